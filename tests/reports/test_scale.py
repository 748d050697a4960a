"""A large estate (500 systems, 3,000 flows) renders into one file under 5 MB with a usable map.

The time target (under 10 s) is measured by ``benchmarks/report_scale.py``, not asserted here:
timings depend on the machine. Size and the map's grouping do not.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from report_html import parse

from assessor.reports.html import HtmlReport

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "report_scale.py"
MAX_BYTES = 5 * 1024 * 1024


@pytest.fixture(scope="module")
def large_page() -> bytes:
    spec = importlib.util.spec_from_file_location("report_scale", BENCHMARK)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return HtmlReport().render(module.generate(500, 3000))


def test_a_500_system_estate_renders_under_5_mb(large_page: bytes) -> None:
    assert len(large_page) < MAX_BYTES


def test_a_500_system_map_groups_systems_by_kind_and_the_table_keeps_every_flow(
    large_page: bytes,
) -> None:
    page = parse(large_page)
    boxes = [g for g in page.find_all("g") if "node" in g.attrs.get("class", "").split()]
    assert 0 < len(boxes) <= 60
    rows = page.by_id("flows-table").find_all("tr")
    assert len(rows) == 3000 + 1  # the header row and one row per flow

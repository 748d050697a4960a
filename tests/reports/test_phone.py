"""The report on a wide screen (1440 px) and a phone (390 px), measured in headless Chromium.

A test-only copy of each report carries a script that measures the layout (``browser.py``); the
facts asserted are ones a reader would notice: a system's name running out of its box, a rank
number spilling out of its badge, a page that scrolls sideways, a table cell with an empty gap,
a wave strip too thin to read or with bars that do not follow effort.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from browser import layout_facts, needs_chromium

pytestmark = [needs_chromium, pytest.mark.slow]

WIDE, PHONE = 1440, 390


@pytest.fixture(scope="module")
def measured(demo_reports: dict[str, Path], no_estate_report: Path) -> dict[tuple[str, int], Any]:
    """Layout facts of the demo and of the no-estate report at both widths."""
    reports = {"demo": demo_reports["full"], "no-estate": no_estate_report}
    return {(n, w): layout_facts(html, w) for n, html in reports.items() for w in (WIDE, PHONE)}


@pytest.mark.parametrize("report", ["demo", "no-estate"])
def test_no_flow_map_text_runs_out_of_its_box(measured: dict, report: str) -> None:
    facts = measured[(report, WIDE)]
    assert facts["nodes"] > 0
    assert facts["overflowing"] == []


@pytest.mark.parametrize("report", ["demo", "no-estate"])
def test_rank_badges_hold_their_number_and_kind_lines_clear_the_eos_badge(
    measured: dict, report: str
) -> None:
    facts = measured[(report, WIDE)]
    assert facts["badges"] == []
    assert facts["eosClash"] == []


@pytest.mark.parametrize("report", ["demo", "no-estate"])
def test_on_a_phone_the_map_is_a_list_of_every_connection(measured: dict, report: str) -> None:
    wide, phone = measured[(report, WIDE)], measured[(report, PHONE)]
    assert wide["mapShown"] and not wide["listShown"]
    assert phone["listShown"] and not phone["mapShown"]
    assert phone["listItems"] >= 1


@pytest.mark.parametrize("report", ["demo", "no-estate"])
def test_on_a_phone_nothing_runs_off_the_side_of_the_page(measured: dict, report: str) -> None:
    facts = measured[(report, PHONE)]
    assert facts["width"] == PHONE
    assert facts["wide"] == []
    assert facts["scrollWidth"] <= PHONE


def test_on_a_phone_rule_cells_have_no_empty_gaps(measured: dict) -> None:
    cells = measured[("demo", PHONE)]["rules"]
    assert len(cells) > 50
    gaps = [(cell, content) for cell, content in cells if cell > content + 16]
    assert gaps == []


@pytest.mark.parametrize("width", [WIDE, PHONE])
def test_the_wave_strip_is_readable_and_its_bars_follow_effort(
    measured: dict, demo_reports: dict[str, Path], width: int
) -> None:
    saved = json.loads((demo_reports["full"].parent / "assessment.json").read_text("utf-8"))
    waves = sorted(saved["waves"], key=lambda w: w["number"])
    efforts = [max(w.get("days") or w["effort_points"], 0) for w in waves]
    rows = measured[("demo", width)]["strip"]
    assert len(rows) == len(efforts) > 1
    for row in rows:
        assert row["nameFits"] and row["font"] >= 12 and row["track"] >= 150
    tracks = {round(row["track"]) for row in rows}
    assert len(tracks) == 1, "every wave is drawn on the same axis"
    for row, effort in zip(rows, efforts, strict=True):
        if effort:
            assert abs(row["bar"] / row["track"] - effort / sum(efforts)) < 0.015
    assert [row["left"] for row in rows] == sorted(row["left"] for row in rows)

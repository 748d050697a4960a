"""Hostile names read from real inputs come out escaped: scanned, scored and reported end to end.

A feed whose MSH-3 is ``<script>…`` and a Mirth channel export whose name is ``<script>…`` go
through ``assessor assess``; no output file may hold the raw markup where a browser or a
spreadsheet would run it. (Column comments need a database server; the fixture assessment
covers them in ``test_hostile_text.py``.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ENGINE_FIXTURE = (
    Path(__file__).resolve().parents[1]
    / "connectors"
    / "engine"
    / "fixtures"
    / "adt_hub_channel.xml"
)
MSH3 = "<script>alert('msh3')</script>LAB"
FEED = "\r".join(
    [
        f"MSH|^~\\&|{MSH3}|SAGH|EHR|SAGH|20260301120000||ORU^R01|C1|P|2.5.1",
        "PID|1||12345^^^SAGH^MR||Doe^Jane||19700101|F",
        "OBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L|||||F",
        "",
    ]
)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from assessor.cli import main

    sources = tmp_path_factory.mktemp("hostile-sources")
    (sources / "hostile.hl7").write_text(FEED, encoding="utf-8")
    shutil.copy(ENGINE_FIXTURE, sources / "channel.xml")
    out = tmp_path_factory.mktemp("hostile-out")
    args = ["assess", str(sources), "-o", str(out), "--today", "2026-11-25", "--quiet"]
    for fmt in ("html", "json", "csv", "markdown"):
        args += ["--format", fmt]
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (0, 1), result.output
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}


def test_the_hostile_names_reached_the_assessment(outputs: dict[str, str]) -> None:
    data = outputs["assessment.json"]
    assert "<script>alert('msh3')</script>" in data or "alert('msh3')" in data
    assert "ADT Hub <script>alert(1)</script>" in data


def test_the_html_holds_no_raw_hostile_markup_only_its_escaped_form(
    outputs: dict[str, str],
) -> None:
    page = outputs["roadmap.html"]
    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(&#39;msh3&#39;)" in page
    assert "ADT Hub &lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_markdown_holds_no_raw_hostile_markup(outputs: dict[str, str]) -> None:
    assert "<script>" not in outputs["summary.md"]

"""`assessor demo`: the bundled sample estate end to end, the same answer every run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result

from assessor.cli import main
from assessor.schema import shipped_schema

# The only fields allowed to differ between two runs on the same inputs (documented in
# docs/output.md).
TIMESTAMPS = ("generated_at", "started_at", "finished_at", "duration_seconds")


def _run_demo(out: Path) -> Result:
    return CliRunner().invoke(main, ["demo", "-o", str(out), "--quiet"])


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path, Path]:
    """The demo in this process, and again in a process with another string-hash seed.

    A set or dict iterated in hash order would give a different JSON or report there.
    """
    first, second = tmp_path_factory.mktemp("demo1"), tmp_path_factory.mktemp("demo2")
    result = _run_demo(first)
    seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    subprocess.run(
        [sys.executable, "-m", "assessor", "demo", "-o", str(second), "--quiet"],
        env={**os.environ, "PYTHONHASHSEED": seed},
        check=True,
        capture_output=True,
    )
    return result, first, second


def _without_timestamps(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_timestamps(v) for k, v in value.items() if k not in TIMESTAMPS}
    if isinstance(value, list):
        return [_without_timestamps(v) for v in value]
    return value


def test_demo_exits_0_although_the_sample_holds_broken_messages_and_says_where_the_report_is(
    demo_runs: tuple[Result, Path, Path],
) -> None:
    result, out, _ = demo_runs
    # README: the two broken messages of the sample's engine error queue are part of the demo.
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"report: {(out / 'roadmap.html').resolve()}"


def test_demo_writes_html_json_and_csv(demo_runs: tuple[Result, Path, Path]) -> None:
    _, out, _ = demo_runs
    assert sorted(p.name for p in out.iterdir()) == [
        "assessment.json",
        "blockers.csv",
        "roadmap.html",
    ]


def test_demo_assessment_is_valid_against_the_schema(demo_runs: tuple[Result, Path, Path]) -> None:
    _, out, _ = demo_runs
    jsonschema.validate(
        json.loads((out / "assessment.json").read_text()), shipped_schema("assessment")
    )


def test_two_demo_runs_give_the_same_json_apart_from_timestamps(
    demo_runs: tuple[Result, Path, Path],
) -> None:
    _, first, second = demo_runs
    a = json.loads((first / "assessment.json").read_text())
    b = json.loads((second / "assessment.json").read_text())
    assert a != {} and _without_timestamps(a) == _without_timestamps(b)


def test_two_demo_runs_give_the_same_csv(demo_runs: tuple[Result, Path, Path]) -> None:
    _, first, second = demo_runs
    assert (first / "blockers.csv").read_bytes() == (second / "blockers.csv").read_bytes()


_SCAN_TIMES = re.compile(r"Generated \d{4}-\d\d-\d\d|Scan started \S+, finished \S+\.")


def test_two_demo_runs_give_the_same_report_apart_from_its_dates(
    demo_runs: tuple[Result, Path, Path],
) -> None:
    _, first, second = demo_runs
    a, b = ((d / "roadmap.html").read_text("utf-8") for d in (first, second))
    assert _SCAN_TIMES.search(a)
    assert _SCAN_TIMES.sub("", a) == _SCAN_TIMES.sub("", b)


def test_demo_scans_every_kind_of_sample_source(demo_runs: tuple[Result, Path, Path]) -> None:
    _, out, _ = demo_runs
    scan = json.loads((out / "assessment.json").read_text())["inventory"]["scan"]
    kinds = {s["kind"] for s in scan["sources"] if s["status"] != "skipped"}
    assert {"hl7v2", "database", "mirth", "fhir", "estate"} <= kinds
    assert sum(s["messages"] for s in scan["sources"]) >= 3000


def test_demo_names_the_sample_files_wherever_the_package_is_installed(
    demo_runs: tuple[Result, Path, Path],
) -> None:
    _, out, _ = demo_runs
    inventory = json.loads((out / "assessment.json").read_text())["inventory"]
    sources = [s["source"].removeprefix("sqlite:///") for s in inventory["scan"]["sources"]]
    assert all(s.startswith("sample_feeds/") for s in sources)
    assert [s["url"] for s in inventory["stores"]] == ["sqlite:///sample_feeds/lis_legacy.sqlite"]


def test_the_demo_report_shows_dates_person_days_and_owners(
    demo_runs: tuple[Result, Path, Path],
) -> None:
    _, first, _ = demo_runs
    page = (first / "roadmap.html").read_text(encoding="utf-8")
    roadmap = page[page.index('<section id="roadmap">') :]
    assert "40.0 person-days a month</b> (the estate file&#39;s capacity)" in roadmap
    assert re.search(r"person-days · 20\d\d-\d\d to 20\d\d-\d\d", roadmap)  # a wave's months
    assert "person-days, " in roadmap and "owner Integration Team" in roadmap
    assert "no plan can meet it" in roadmap  # the engine's support ends in 36 days

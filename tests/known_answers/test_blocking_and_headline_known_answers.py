"""Known answers for blocking only on the path, and for a headline that admits what it cannot tell.

A database holding SSNs fires DB-PH01 wherever it is, but it blocks a use case only when the use
case's data is read out of it (a database extract on the path). With no estate file nothing says
where the AI platform is, so every use case is unknown and the headline says so first.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from estates import TODAY, Interface, System, assess_spec, write_estate
from test_sepsis_known_answers import SEPSIS, blockers, clean

from assessor.config import default_config
from assessor.connectors.scan import ScanOptions, run_scan
from assessor.reports.formats import write_reports
from assessor.rules import all_rules
from assessor.scoring import assess


def patient_db(path: Path) -> None:
    """A SQLite database with a patient table holding SSNs."""
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE patient (id INTEGER PRIMARY KEY, last_name TEXT, ssn TEXT, "
            "birth_date DATE)"
        )
        db.execute("INSERT INTO patient VALUES (1, 'Testperson', '999-00-0001', '1970-01-01')")


def with_database(tmp_path: Path, owner: str, kind: str, extract: bool) -> tuple[str, object]:
    """The clean estate plus a database of SSNs owned by ``owner`` (added if new)."""
    base = clean()
    patient_db(tmp_path / "people.sqlite")
    systems = base.systems
    if owner not in {s.id for s in systems}:
        systems = (*systems, System(owner, kind))
    interfaces = base.interfaces
    if extract:
        interfaces = (*interfaces, Interface(owner, "ai", "database", tls=True))
    toml = (
        f'\n[[databases]]\nid = "{owner}-db"\nsystem = "{owner}"\n'
        f'url = "sqlite:///{tmp_path / "estate" / "people.sqlite"}"\n'
    )
    spec = replace(base, systems=systems, interfaces=interfaces, extra_toml=toml)
    (tmp_path / "estate").mkdir()
    (tmp_path / "estate" / "people.sqlite").write_bytes((tmp_path / "people.sqlite").read_bytes())
    assessment = assess_spec(spec, tmp_path / "estate")
    return f"{owner}-db", assessment


def test_a_billing_database_off_the_ai_path_fires_but_blocks_nothing(tmp_path: Path) -> None:
    store, assessment = with_database(tmp_path, "billing", "billing", extract=False)
    assert any(f.rule_id == "DB-PH01" and f.component == store for f in assessment.findings)
    result = {r.use_case: r for r in assessment.readiness}[SEPSIS]
    assert result.status == "ready" and store not in result.path


def test_the_labs_own_database_behind_its_messages_blocks_nothing(tmp_path: Path) -> None:
    store, assessment = with_database(tmp_path, "lis", "lis", extract=False)
    result = {r.use_case: r for r in assessment.readiness}[SEPSIS]
    assert result.status == "ready" and store not in result.path


def test_a_database_read_by_an_extract_to_the_platform_blocks_with_its_finding(
    tmp_path: Path,
) -> None:
    store, assessment = with_database(tmp_path, "lis", "lis", extract=True)
    result = {r.use_case: r for r in assessment.readiness}[SEPSIS]
    assert store in result.path
    assert "DB-PH01" in blockers(result)["lis"]


def test_without_an_estate_file_the_headline_says_it_cannot_tell_yet(tmp_path: Path) -> None:
    write_estate(clean(), tmp_path)
    inventory = run_scan(ScanOptions(paths=(str(tmp_path / "feeds"),)))
    assessment = assess(inventory, default_config(TODAY))
    assert {r.status for r in assessment.readiness} == {"unknown"}
    count = len(assessment.readiness)
    words = f"cannot tell yet: {count} of {count} use cases lack evidence"
    assert assessment.headline.startswith(words)
    html, markdown = write_reports(assessment, tmp_path / "out", ("html", "markdown"), all_rules())
    first_paragraph = html.read_text().split('id="headline">', 1)[1].split("</p>", 1)[0]
    assert first_paragraph.index("Cannot tell yet") < first_paragraph.index("What was seen scores")
    assert "docs/estate-format.md" in first_paragraph
    bold_lines = [line for line in markdown.read_text().splitlines() if line.startswith("**")]
    assert "Cannot tell yet" in bold_lines[0]


def test_with_the_estate_the_headline_leads_with_use_cases_that_can_run(tmp_path: Path) -> None:
    assessment = assess_spec(clean(), tmp_path)
    assert assessment.headline.startswith("1 of 1 AI use cases can run today")


def test_the_gauge_legend_reads_the_bands_the_scorer_used(tmp_path: Path) -> None:
    assessment = assess_spec(clean(), tmp_path)
    (html,) = write_reports(assessment, tmp_path / "out", ("html",), all_rules())
    text = html.read_text()
    assert "not ready &lt;50%" in text and "&lt;75%" in text

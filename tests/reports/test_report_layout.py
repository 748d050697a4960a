"""How the report is laid out for print and small screens, checked without a browser.

Label fitting, wave bars, rule docstring markup, plain words on the first screen, the appendix
switch and the exclusions shown beside the numbers they change.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from report_html import parse

from assessor.model import Assessment, EffortDays, Wave
from assessor.reports._links import unlink_missing
from assessor.reports._markup import rst_to_html
from assessor.reports._strip import strip
from assessor.reports._textfit import text_width, wrap
from assessor.reports._words import plain_words
from assessor.reports.csv import CsvReport
from assessor.reports.html import HtmlReport
from assessor.reports.markdown import MarkdownReport


def test_a_long_name_wraps_onto_two_lines_each_within_the_width() -> None:
    lines = wrap("Aldhelm Clinical Data Warehouse", 150, 13)
    assert lines == ("Aldhelm Clinical", "Data Warehouse")
    assert all(text_width(line, 13) <= 150 for line in lines)


def test_a_name_too_long_for_two_lines_ends_in_an_ellipsis_inside_the_width() -> None:
    lines = wrap("State Immunization Information System Of The Commonwealth", 150, 13)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(text_width(line, 13) <= 150 for line in lines)


def test_a_single_word_longer_than_the_box_is_cut_not_left_to_overflow() -> None:
    (line,) = wrap("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", 150, 13)
    assert line.endswith("…") and text_width(line, 13) <= 150


def test_wave_bars_are_as_long_as_their_effort_and_follow_one_another() -> None:
    waves = [Wave(0, "quick", effort_points=2), Wave(1, "a", effort_points=6), Wave(2, "b")]
    bars = strip(waves)
    assert [round(b.width, 3) for b in bars[:2]] == [0.25, 0.75]
    assert [b.start for b in bars] == [0.0, 0.25, 1.0]


def test_wave_bars_can_measure_another_effort_figure() -> None:
    waves = [Wave(1, "a", effort_points=1), Wave(2, "b", effort_points=1)]
    days = {1: 30.0, 2: 10.0}
    bars = strip(waves, effort=lambda w: days[w.number])
    assert [b.width for b in bars] == [0.75, 0.25]


def test_rule_docs_render_literals_as_code_and_escape_everything() -> None:
    html = str(rst_to_html("Use ``<MSH>`` fields.\n\nBest practice: a <script> tag."))
    assert html == (
        "<p>Use <code>&lt;MSH&gt;</code> fields.</p>"
        "<p><b>Best practice:</b> a &lt;script&gt; tag.</p>"
    )


def test_the_rule_catalog_in_the_report_has_no_raw_double_backticks(
    estate_assessment: Assessment,
) -> None:
    from assessor.rules import all_rules

    rules = tuple(all_rules())
    assert any("``" in r.doc for r in rules)
    page = parse(HtmlReport(rules=rules).render(estate_assessment).decode("utf-8"))
    catalog = page.by_id("rules-table")
    assert "``" not in catalog.text
    assert catalog.find_all("code")


def test_phi_classes_read_as_kinds_of_patient_data() -> None:
    assert plain_words("8 PHI class(es) over mllp") == "8 kinds of patient data over mllp"
    assert plain_words("1 PHI column(s) of 1 class(es)") == "1 patient-data column of 1 kind"


def test_the_first_screen_keeps_kind_codes_behind_a_hover(estate_assessment: Assessment) -> None:
    page = parse(HtmlReport().render(estate_assessment).decode("utf-8"))
    top = page.by_id("top-blockers")
    assert "(pas)" not in top.text
    assert any(a.attrs.get("title", "").endswith("(pas)") for a in top.find_all("a"))


def test_without_the_appendix_only_the_executive_pages_are_written(
    estate_assessment: Assessment,
) -> None:
    text = HtmlReport(appendix=False).render(estate_assessment).decode("utf-8")
    page = parse(text)
    for kept in ("summary", "readiness", "blockers", "roadmap", "no-appendix"):
        assert page.by_id(kept)
    for left in ("appendix", "flows", "components", "methodology", "rules-table"):
        assert f'id="{left}"' not in text
    assert 'href="#methodology"' not in text and 'href="#flows"' not in text


@pytest.mark.parametrize("appendix", [True, False], ids=["full", "no-appendix"])
def test_every_in_page_link_lands_on_something_in_that_copy(
    estate_assessment: Assessment, appendix: bool
) -> None:
    text = HtmlReport(appendix=appendix).render(estate_assessment).decode("utf-8")
    ids = set(re.findall(r'\sid="([^"]+)"', text))
    targets = re.findall(r'href="#([^"]+)"', text)
    assert targets
    assert sorted({t for t in targets if t not in ids}) == []


def test_a_link_whose_target_was_left_out_keeps_its_text_and_hover() -> None:
    html = (
        '<p id="here"><a href="#here">up</a> <a href="#gone" title="PAS (pas)">PAS</a>'
        ' <a href="#gone">EHR</a></p>'
    )
    assert unlink_missing(html) == (
        '<p id="here"><a href="#here">up</a> <span title="PAS (pas)">PAS</span> EHR</p>'
    )


def test_the_appendix_follows_the_executive_pages_by_default(
    estate_assessment: Assessment,
) -> None:
    text = HtmlReport().render(estate_assessment).decode("utf-8")
    assert text.index('id="roadmap"') < text.index('id="appendix"') < text.index('id="flows"')


def test_the_cli_leaves_the_appendix_out_when_asked(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    from assessor.cli import main

    saved = tmp_path / "assessment.json"
    saved.write_text(json.dumps(estate_assessment.to_dict()), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["report", str(saved), "-o", str(tmp_path / "out"), "--no-appendix"]
    )
    assert result.exit_code == 0, result.output
    assert 'id="no-appendix"' in (tmp_path / "out" / "roadmap.html").read_text("utf-8")


def test_exclusions_sit_beside_the_summary_numbers_in_html(estate_assessment: Assessment) -> None:
    text = HtmlReport().render(estate_assessment).decode("utf-8")
    note = parse(text).by_id("exclusions-note").text
    assert "Theatre scheduler is being decommissioned in Q1" in note
    assert "version age is accepted" in note
    assert (
        text.index('id="counts"')
        < text.index('id="exclusions-note"')
        < text.index('id="readiness"')
    )


def test_markdown_lists_exclusions_with_reasons_under_its_numbers(
    estate_assessment: Assessment,
) -> None:
    text = MarkdownReport().render(estate_assessment).decode("utf-8")
    left_out = text.index("Left out of these numbers")
    assert text.index("| Findings |") < left_out < text.index("## What blocks us")
    assert "rule HL7V2-V01 switched off: All feeds are v2.3 by contract" in text
    assert "component Theatre Scheduler left out of the ranking: Theatre scheduler" in text


def test_csv_ends_with_one_row_per_exclusion_and_its_reason(
    estate_assessment: Assessment,
) -> None:
    rows = list(csv.DictReader(io.StringIO(CsvReport().render(estate_assessment).decode())))
    excluded = [r for r in rows if r["component_type"].startswith("excluded-")]
    assert [(r["component_type"], r["component"], r["rank"]) for r in excluded] == [
        ("excluded-component", "sched", ""),
        ("excluded-rule", "HL7V2-V01", ""),
    ]
    assert rows[-len(excluded) :] == excluded
    assert all(r["excluded_because"] for r in excluded)
    assert not any(r["excluded_because"] for r in rows[: -len(excluded)])


def test_csv_without_exclusions_has_no_extra_rows(estate_assessment: Assessment) -> None:
    plain = replace(estate_assessment, exclusions=())
    rows = list(csv.DictReader(io.StringIO(CsvReport().render(plain).decode())))
    assert all(r["rank"] for r in rows)


def _with_days(assessment: Assessment, component: str, days: EffortDays) -> Assessment:
    waves = tuple(
        replace(
            w,
            actions=tuple(
                replace(a, days=days) if a.component == component else a for a in w.actions
            ),
        )
        for w in assessment.waves
    )
    return replace(assessment, waves=waves)


def test_a_sized_action_gives_the_ranked_table_and_summary_person_days_not_a_size_letter(
    estate_assessment: Assessment,
) -> None:
    first = estate_assessment.scores[0].component
    assert any(a.component == first for w in estate_assessment.waves for a in w.actions)
    sized = _with_days(estate_assessment, first, EffortDays(low=12.5, likely=20.0, high=41.0))
    page = parse(HtmlReport().render(sized).decode("utf-8"))
    row = page.by_id("blockers-table").find_all("tbody")[0].find_all("tr")[0]
    effort = row.find_all("td")[-1]
    assert effort.attrs["data-v"] == "20.0"
    assert "20.0 person-days" in effort.text and "12.5–41.0" in effort.text
    assert "20.0 person-days" in page.by_id("top-blockers").text


def test_a_use_case_whose_way_a_wave_clears_but_lacks_evidence_reads_once_confirmed(
    estate_assessment: Assessment,
) -> None:
    row = next(r for r in estate_assessment.readiness if r.status == "blocked")
    waves = tuple(
        replace(w, unlocks=tuple(u for u in w.unlocks if u != row.use_case))
        for w in estate_assessment.waves
    )
    last = waves[-1]
    waves = (*waves[:-1], replace(last, clears=(row.use_case,)))
    page = parse(HtmlReport().render(replace(estate_assessment, waves=waves)).decode("utf-8"))
    name = next(u.name for u in estate_assessment.use_cases if u.id == row.use_case)
    tr = next(r for r in page.by_id("matrix-table").find_all("tr") if name in r.text)
    assert tr.find_all("td")[-1].text.strip() == f"wave {last.number}, once confirmed"

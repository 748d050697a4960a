"""The report's road to FHIR: each feed's grade, in the HTML section and the ranked CSV."""

import csv
import io
from dataclasses import replace

from assessor.model import Assessment, FeedMappability
from assessor.reports.csv import CsvReport
from assessor.reports.html import HtmlReport


def _with_grades(assessment: Assessment) -> tuple[Assessment, str, str]:
    scored = {s.component for s in assessment.scores}
    flow = next(f for f in assessment.inventory.flows if f.source in scored)
    graded = (
        FeedMappability(
            flow=flow.id,
            grade="D",
            mapped_share=0.4,
            populated_fields=10,
            mapped_fields=4,
            resources=("Patient",),
            reasons=("4 of 10 populated fields have an IG target", "Z-segments: <ZXX>"),
        ),
    )
    return replace(assessment, fhir_mappability=graded), flow.id, flow.source


def test_the_section_lists_each_feed_with_its_grade_in_words_and_escapes_reasons(
    estate_assessment: Assessment,
) -> None:
    assessment, _, _ = _with_grades(estate_assessment)
    html = HtmlReport().render(assessment).decode()
    section = html[html.index('<section id="fhir">') :]
    section = section[: section.index("</section>")]
    assert "D · major gaps" in section and "40%" in section and "4 of 10 fields" in section
    assert "&lt;ZXX&gt;" in section and "<ZXX>" not in section


def test_without_profiled_feeds_the_section_says_unknown(estate_assessment: Assessment) -> None:
    html = HtmlReport().render(replace(estate_assessment, fhir_mappability=())).decode()
    assert "no HL7 v2 feed was profiled" in html


def test_the_ranked_csv_gives_a_feed_its_grade_and_its_sender_the_worst(
    estate_assessment: Assessment,
) -> None:
    assessment, flow_id, sender = _with_grades(estate_assessment)
    rows = list(csv.DictReader(io.StringIO(CsvReport().render(assessment).decode())))
    grade = {r["component"]: r["fhir_grade"] for r in rows}
    assert grade[sender] == "D"
    assert grade.get(flow_id, "D") == "D"
    assert sum(1 for g in grade.values() if g) == 1 + (flow_id in grade)

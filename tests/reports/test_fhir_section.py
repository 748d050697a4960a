"""The report's road to FHIR: each feed's grade, in the HTML section and the ranked CSV."""

import csv
import io
from dataclasses import replace

from assessor.model import Assessment, DomainReadiness, FeedMappability
from assessor.reports._facts import build_facts
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


def _with_samples(assessment: Assessment) -> tuple[Assessment, str, str]:
    scored = {s.component for s in assessment.scores}
    first = next(f for f in assessment.inventory.flows if f.source in scored)
    second = next(
        f for f in assessment.inventory.flows if f.source in scored and f.source != first.source
    )
    flows = [first, second]
    valid, invalid = (
        FeedMappability(
            flow=flows[0].id, grade="A", sample_valid=True, sample_resources=("Patient",)
        ),
        FeedMappability(
            flow=flows[1].id,
            grade="B",
            sample_valid=False,
            sample_resources=("Account",),
            sample_error="Account.status: missing (no IG row fills it)",
        ),
    )
    return replace(assessment, fhir_mappability=(valid, invalid)), flows[0].id, flows[1].id


def test_the_section_gives_the_share_of_valid_sample_bundles_and_the_first_error(
    estate_assessment: Assessment,
) -> None:
    assessment, _, _ = _with_samples(estate_assessment)
    html = HtmlReport().render(assessment).decode()
    section = html[html.index('<section id="fhir">') :]
    section = section[: section.index("</section>")]
    assert "Sample bundle valid" in section
    assert "the sample bundle of 1 of 2 feeds (50%) converts to valid FHIR R4 resources" in section
    assert "Account.status: missing (no IG row fills it)" in section


def test_the_ranked_csv_says_whether_a_feed_s_sample_bundle_validates(
    estate_assessment: Assessment,
) -> None:
    assessment, valid_flow, invalid_flow = _with_samples(estate_assessment)
    flows = {f.id: f for f in assessment.inventory.flows}
    rows = list(csv.DictReader(io.StringIO(CsvReport().render(assessment).decode())))
    verdict = {r["component"]: r["fhir_sample_valid"] for r in rows}
    assert verdict[flows[invalid_flow].source] == "no"
    assert verdict[flows[valid_flow].source] == "yes"


def test_use_cases_reading_fhir_list_each_feed_s_answer_with_the_flow_named(
    estate_assessment: Assessment,
) -> None:
    graded, flow_id, _ = _with_grades(estate_assessment)
    flow = next(f for f in graded.inventory.flows if f.id == flow_id)
    line = f"encounters: ADT^A01 feed yields no Encounter under the IG map on flow {flow.id}"
    first = graded.readiness[0]
    domain = DomainReadiness("encounters", "blocked", fhir_feeds=(line,))
    assessment = replace(
        graded, readiness=(replace(first, domains=(domain,)), *graded.readiness[1:])
    )
    html = HtmlReport().render(assessment).decode()
    reads = html[html.index('<ul id="fhir-reads"') :]
    reads = reads[: reads.index("</section>")]
    assert "ADT^A01 feed yields no Encounter under the IG map on flow " in reads
    assert f"on flow {build_facts(assessment).name(flow.id)}" in reads

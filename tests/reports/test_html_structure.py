"""The HTML report has every section of issue 7, with the right numbers in it."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from conftest import HOSTILE_MSH3, build_empty_assessment, build_estate_assessment
from report_html import Element, parse

from assessor.model import Assessment
from assessor.reports._facts import DIMENSION_LABELS
from assessor.reports.html import HtmlReport, anchor

SECTIONS = (
    "header",
    "summary",
    "readiness",
    "blockers",
    "flows",
    "roadmap",
    "skills",
    "components",
    "methodology",
)


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    return build_estate_assessment()


@pytest.fixture(scope="module")
def page(assessment: Assessment) -> Element:
    return parse(HtmlReport(rules=()).render(assessment))


@pytest.fixture(scope="module")
def empty_page() -> Element:
    return parse(HtmlReport(rules=()).render(build_empty_assessment()))


def _count(page: Element, element_id: str) -> int:
    return int(page.by_id(element_id).find_all("b")[0].text)


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_is_present(page: Element, section: str) -> None:
    assert page.by_id(section)


def test_header_names_estate_date_version_inputs_and_reference_data(page: Element) -> None:
    header = page.by_id("header").text
    assert "St Elsewhere NHS Trust" in header
    assert "Generated 2026-11-20" in header
    assert "assessor 0.1.0" in header
    assert "7 inputs read" in header and "2 read errors" in header
    assert "LOINC 2.77 (2024-02-26)" in header


def test_summary_states_readiness_band_and_confidence(page: Element) -> None:
    overall = page.by_id("overall").text
    assert "34%" in overall and "Not ready" in overall and "Confidence 72%" in overall
    assert "1 of 7 AI use cases can run today" in overall


def test_headline_answers_how_ready_what_blocks_what_to_fund_and_what_it_unlocks(
    page: Element,
) -> None:
    headline = page.by_id("headline").text
    assert "not ready for AI (34%" in headline
    assert "biggest blocker is Meditrak PAS" in headline
    assert "Fund waves 0–1 (Stabilise the integration hub) first" in headline
    assert "Acute kidney injury alert" in headline


def test_summary_lists_the_top_five_blockers_in_rank_order(page: Element) -> None:
    items = page.by_id("top-blockers").find_all("li")
    names = [li.find_all("b")[0].text for li in items]
    assert names == [
        "Meditrak PAS",
        "WinPath LIS",
        "Mirth Connect",
        "Meditrak PAS → Mirth Connect",
        "JAC Pharmacy",
    ]


@pytest.mark.parametrize(
    ("element_id", "expected"),
    [("count-phi-no-tls", 4), ("count-eos", 2), ("count-undeclared", 2)],
)
def test_summary_counts_risks(page: Element, element_id: str, expected: int) -> None:
    assert _count(page, element_id) == expected


def test_summary_counts_systems_and_flows(page: Element) -> None:
    counts = page.by_id("counts").text
    assert "14 systems" in counts and "15 data flows" in counts


def test_fund_first_names_the_wave_its_actions_and_what_it_unlocks(page: Element) -> None:
    fund = page.by_id("fund-first").text
    assert "Wave 1: Stabilise the integration hub" in fund
    assert "after wave 0 (3 actions, 3 person-days)" in fund
    assert "Replatform Mirth Connect" in fund
    assert "Unlocks: Acute kidney injury alert, Bed-flow forecasting" in fund


def test_readiness_matrix_has_a_row_per_use_case_with_a_status_word(page: Element) -> None:
    rows = page.by_id("matrix-table").find_all("tbody")[0].find_all("tr")
    statuses = sorted(row.find_all("span", "badge")[0].text for row in rows)
    assert statuses == ["? Unknown", "✓ Ready"] + ["✕ Blocked"] * 5


def test_readiness_matrix_marks_each_blocking_component_with_its_rules(page: Element) -> None:
    table = page.by_id("matrix-table")
    sepsis = next(r for r in table.find_all("tr") if "Sepsis early warning" in r.text)
    hits = sepsis.find_all("td", "hit")
    assert len(hits) == 4
    assert any("DATA-LOINC01" in hit.attrs["title"] for hit in hits)


def test_readiness_matrix_cells_say_dimensions_in_words_and_keep_rule_ids_in_the_hover(
    page: Element,
) -> None:
    cells = page.by_id("matrix-table").find_all("td", "hit")
    assert cells
    for cell in cells:
        assert not re.search(r"\b[A-Z0-9]+-[A-Z]*\d+\b", cell.text), cell.text
        assert re.search(r"\b[A-Z0-9]+-[A-Z]*\d+\b", cell.attrs["title"])
    words = {w.strip() for c in cells for w in c.text.strip("✕ ").split(",")}
    assert words <= set(DIMENSION_LABELS.values())


def test_blockers_table_has_a_row_per_score_in_priority_order(page: Element) -> None:
    rows = page.by_id("blockers-table").find_all("tbody")[0].find_all("tr")
    priorities = [float(r.find_all("td")[3].attrs["data-v"]) for r in rows]
    assert len(rows) == 8 and priorities == sorted(priorities, reverse=True)


def test_blockers_table_shows_six_dimension_bars_and_marks_unobserved_ones(page: Element) -> None:
    first = page.by_id("blockers-table").find_all("tbody")[0].find_all("tr")[0]
    bars = first.find_all("span", "bar")
    assert len(bars) == 6
    unobserved = [b for b in bars if "none" in b.classes]
    assert [b.attrs["aria-label"] for b in unobserved] == ["Operability & skills n/o"]


def test_blockers_table_shows_criticality_confidence_disposition_and_effort(page: Element) -> None:
    first = page.by_id("blockers-table").find_all("tbody")[0].find_all("tr")[0]
    cells = [td.text for td in first.find_all("td")]
    assert cells[5:] == ["0.8", "80%", "3", "replace", "XL"]


def test_flow_map_draws_a_box_per_system(page: Element, assessment: Assessment) -> None:
    nodes = page.by_id("flows").find_all("g", "node")
    assert len(nodes) == len(assessment.inventory.systems)


def test_flow_map_draws_an_arrow_per_connected_pair(page: Element) -> None:
    assert len(page.by_id("flows").find_all("g", "edge")) == 15


def test_flow_map_marks_phi_without_tls_by_pattern_and_label_not_colour_alone(
    page: Element,
) -> None:
    risky = page.by_id("flows").find_all("g", "risk-high")
    assert len(risky) == 4
    for edge in risky:
        assert edge.find_all("path")[0].attrs["stroke-dasharray"] == "8 4"
        assert "!" in edge.find_all("text")[0].text
        assert "carries PHI" in edge.find_all("title")[0].text


def test_flow_map_marks_undeclared_systems_with_a_dashed_border(page: Element) -> None:
    nodes = page.by_id("flows").find_all("g", "node")
    dashed = [n for n in nodes if "stroke-dasharray" in n.find_all("rect")[0].attrs]
    assert sorted(n.find_all("title")[0].text.split(" (")[0] for n in dashed) == sorted(
        ["GP Link", HOSTILE_MSH3]
    )


def test_flow_map_has_a_table_alternative_with_every_flow(page: Element) -> None:
    table = page.by_id("flows-table")
    assert len(table.find_all("tbody")[0].find_all("tr")) == 15
    assert table.text.count("high: PHI without TLS") == 4


def test_roadmap_shows_each_wave_on_the_timeline(page: Element) -> None:
    rows = page.by_id("wave-strip").find_all("li")
    assert [r.text.split()[:2] for r in rows] == [["Wave", str(n)] for n in range(4)]
    for n in range(4):
        assert page.by_id(f"wave-{n}")


def test_roadmap_marks_the_critical_path_in_words(page: Element) -> None:
    critical = [n for n in range(4) if "critical path" in page.by_id(f"wave-{n}").text]
    assert critical == [1, 2]


def test_roadmap_says_what_each_wave_unlocks(page: Element) -> None:
    assert "Unlocks: Sepsis early warning, 30-day readmission risk" in page.by_id("wave-2").text
    assert "Unlocks no use case on its own" in page.by_id("wave-0").text


def test_drill_down_has_a_details_element_per_scored_or_found_component(page: Element) -> None:
    details = page.by_id("components").find_all("details", "component")
    assert len(details) == 8  # 8 scored components; every finding is on one of them


def test_drill_down_shows_findings_evidence_and_remediation(page: Element) -> None:
    lis = page.by_id(anchor("lis")).text
    assert "DATA-LOINC01" in lis
    assert "Evidence: feeds/lis_oru.hl7 — OBX-3 coding system L (5000×)" in lis
    assert "What to do: Map local test codes to LOINC." in lis


def test_drill_down_explains_every_point_of_the_score(page: Element) -> None:
    pas = page.by_id(anchor("pas"))
    rows = pas.find_all("table", "breakdown")[0].find_all("tbody")[0].find_all("tr")
    assert [r.find_all("td")[0].text for r in rows] == ["3", "3.6", "2"]


def test_drill_down_of_a_system_lists_its_database_tables_and_column_comments(
    page: Element,
) -> None:
    pas = page.by_id(anchor("pas")).text
    assert "pas.person" in pas and "dob_text" in pas and "patient surname" in pas


def test_skills_plan_lists_what_to_learn_for_each_wave(page: Element) -> None:
    skills = page.by_id("skills-table").text
    for skill in (
        "TLS and certificates",
        "FHIR",
        "Terminology mapping (LOINC, SNOMED CT)",
        "Data governance",
        "AI risk management",
    ):
        assert skill in skills
    assert "Wave 3: Medicines" in skills


def test_methodology_lists_weights(page: Element) -> None:
    weights = page.by_id("weights-table").find_all("tbody")[0].find_all("tr")
    assert len(weights) == 6 and "Security 1.5" in page.by_id("weights-table").text


def test_methodology_lists_exclusions_with_reasons(page: Element) -> None:
    exclusions = page.by_id("exclusions-table").text
    assert "HL7V2-V01" in exclusions and "version age is accepted" in exclusions
    assert "being decommissioned in Q1" in exclusions


def test_methodology_lists_unobserved_dimensions_and_unreadable_inputs(page: Element) -> None:
    items = page.by_id("unobserved-list").find_all("li")
    pas = next(li.text for li in items if li.text.startswith("Meditrak PAS :"))
    assert pas == "Meditrak PAS : Operability & skills"
    errors = page.by_id("errors-table").text
    assert "feeds/broken.hl7 not-hl7" in errors and "connection-failed" in errors
    assert "no DICOM traffic was observed" in page.by_id("methodology").text


@dataclass(frozen=True)
class _Rule:
    id: str
    name: str
    dimension: str
    severity: str
    doc: str


def test_methodology_documents_rules_from_the_catalog_given() -> None:
    rules = (
        _Rule(
            "SEC-TLS01",
            "PHI over plain transport",
            "security",
            "critical",
            "Why it matters: PHI in clear text.\nWhat to do: enable TLS.",
        ),
        _Rule("ZZZ-NEVER", "Never fires", "privacy", "low", "A rule with no finding."),
    )
    page = parse(HtmlReport(rules=rules).render(build_estate_assessment()))
    table = page.by_id("rules-table").text
    assert "PHI over plain transport" in table and "What to do: enable TLS." in table
    assert "ZZZ-NEVER" in table  # every rule of the catalog, not only those that fired
    assert "HL7V2-Z01" in table  # a finding's rule missing from the catalog is still listed


def test_methodology_falls_back_to_the_rule_ids_of_the_findings_without_a_catalog(
    page: Element,
) -> None:
    rows = page.by_id("rules-table").find_all("tbody")[0].find_all("tr")
    ids = [r.find_all("code")[0].text for r in rows]
    assert ids == sorted({f.rule_id for f in build_estate_assessment().findings})
    assert "rule catalog was not available" in page.by_id("methodology").text


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ("readiness", "no AI use cases were assessed"),
        ("blockers", "no component was scored"),
        ("flows", "no systems were found"),
        ("flow-table", "no data flows were observed or declared"),
        ("roadmap", "there is no roadmap"),
        ("skills", "no skills plan"),
        ("components", "nothing was found"),
        ("exclusions", ""),
    ],
)
def test_empty_assessment_renders_not_applicable_states(
    empty_page: Element, section: str, message: str
) -> None:
    if section == "exclusions":
        assert "Nothing was excluded" in empty_page.by_id("methodology").text
        return
    assert message in empty_page.by_id(section).text


def test_empty_assessment_says_readiness_could_not_be_scored(empty_page: Element) -> None:
    assert "n/a" in empty_page.by_id("overall").text
    assert "Too little was observed" in empty_page.by_id("overall").text


def test_component_anchors_are_stable_and_markup_safe() -> None:
    assert anchor("pas->engine:mllp") == anchor("pas->engine:mllp")
    assert re.fullmatch(r"c-[0-9a-f]{12}", anchor("<script>"))


def test_fund_first_shows_how_many_use_cases_run_after_each_wave(page: Element) -> None:
    steps = [li.text for li in page.by_id("path-to-ready").find_all("li")]
    assert steps == [
        "Today: 1 of 7",
        "After wave 1: 3 of 7 (+2)",
        "After wave 2: 5 of 7 (+2)",
        "After wave 3: 6 of 7 (+1)",
    ]


def test_headline_emphasises_the_band_the_blocker_and_the_wave(page: Element) -> None:
    strong = [b.text for b in page.by_id("headline").find_all("b")]
    assert strong[:4] == [
        "not ready for AI",
        "1 of 7 AI use cases",
        "Meditrak PAS",
        "waves 0–1 (Stabilise the integration hub)",
    ]


def test_skills_matrix_says_by_which_wave_each_skill_is_needed(page: Element) -> None:
    rows = page.by_id("skills-matrix").find_all("tbody")[0].find_all("tr")
    first = {r.find_all("th")[0].text: r.find_all("td")[0].text for r in rows}
    assert first == {
        "TLS and certificates": "wave 0",
        "Data governance": "wave 1",
        "FHIR": "wave 1",
        "Terminology mapping (LOINC, SNOMED CT)": "wave 1",
        "AI risk management": "wave 3",
    }


def test_skills_matrix_counts_the_components_needing_a_skill_per_wave(page: Element) -> None:
    rows = page.by_id("skills-matrix").find_all("tbody")[0].find_all("tr")
    fhir = next(r for r in rows if r.find_all("th")[0].text == "FHIR")
    assert [td.text for td in fhir.find_all("td")[1:]] == ["", "● 2", "", ""]


def test_without_a_catalog_the_report_imports_the_rules_lazily(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "assessor.rules", None)  # the import now fails
    page = parse(HtmlReport().render(build_estate_assessment()))
    assert "rule catalog was not available" in page.by_id("methodology").text

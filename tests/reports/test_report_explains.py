"""The report explains what the brain concluded, on a small estate scored by the real brain.

An engine relays a PAS feed (PHI seen, captured on the wire) to a LIS over a configured channel
that nobody captured: the rules infer the channel's PHI from the feed into the engine.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest
from report_html import Element, parse

from assessor.config import default_config
from assessor.model import Assessment, Flow, Inventory, PhiClass, System, Transport
from assessor.reports.csv import CsvReport
from assessor.reports.html import HtmlReport
from assessor.reports.markdown import MarkdownReport
from assessor.scoring import assess

CHANNEL = "engine->lis:mllp:adt"
PHI = (PhiClass.NAME, PhiClass.MRN, PhiClass.DATE)


def system(id_: str, kind: str, owner: str) -> System:
    return System(id=id_, name=id_.upper(), kind=kind, owner=owner, declared=True)


def flow(source: str, target: str, **fields: object) -> Flow:
    return Flow(source=source, target=target, **fields)  # type: ignore[arg-type]


def _relay() -> Assessment:
    inventory = Inventory(
        systems=(
            system("pas", "pas", owner="PAS team"),
            system("engine", "interface-engine", owner="Integration"),
            system("lis", "lis", owner="Pathology IT"),
        ),
        flows=(
            flow(
                "pas",
                "engine",
                id="pas->engine:mllp",
                phi_classes=PHI,
                observed=True,
                message_types={"ADT^A01": 9},
                message_count=9,
                transport=Transport.MLLP,
            ),
            flow(
                "engine",
                "lis",
                id=CHANNEL,
                channel="ADT",
                message_types={"ADT": 1},
                tls=False,
                transport=Transport.MLLP,
            ),
        ),
    )
    config = replace(default_config(date(2026, 11, 25)))
    return assess(inventory, config, generated_at="2026-11-25T00:00:00+00:00")


@pytest.fixture(scope="module")
def relay() -> Assessment:
    return _relay()


@pytest.fixture(scope="module")
def page(relay: Assessment) -> Element:
    return parse(HtmlReport().render(relay))


def _flow_row(page: Element) -> str:
    rows = [r.text for r in page.by_id("flows-table").find_all("tr")]
    return next(r for r in rows if "ENGINE" in r and "LIS" in r)


def test_a_channel_whose_phi_is_inferred_counts_as_phi_without_tls(
    relay: Assessment, page: Element
) -> None:
    assert any(f.rule_id == "SEC-T01" and f.component == CHANNEL for f in relay.findings)
    assert page.by_id("count-phi-no-tls").text.split()[0] == "1"


def test_the_flow_table_says_the_channels_phi_was_inferred_and_rates_it_high(
    page: Element,
) -> None:
    row = _flow_row(page)
    assert "inferred from the feeds into the engine" in row
    assert "high: PHI without TLS" in row
    assert "configured (engine export)" in row


def test_the_flow_map_marks_the_inferred_channel_as_phi_without_tls(page: Element) -> None:
    edges = [e for e in page.find_all("g") if "edge" in e.attrs.get("class", "").split()]
    assert any("risk-high" in e.attrs.get("class", "") for e in edges)


def test_a_quick_win_reads_as_the_fix_not_as_retain(page: Element) -> None:
    wave = page.by_id("wave-0").text
    assert "Encrypt" in wave
    assert "Retain" not in wave


def test_a_low_confidence_says_which_flows_were_only_configured(
    relay: Assessment, page: Element
) -> None:
    engine = next(s for s in relay.scores if s.component == "engine")
    assert engine.confidence < 0.5
    row = next(r for r in page.by_id("blockers-table").find_all("tr") if "ENGINE" in r.text)
    assert "its only flow is configured or declared, not captured" in row.text


def test_the_top_finding_is_the_one_adding_most_points_even_on_a_channel(
    relay: Assessment,
) -> None:
    rows = list(csv.DictReader(io.StringIO(CsvReport().render(relay).decode())))
    engine = next(r for r in rows if r["component"] == "engine")
    assert engine["top_finding"] == next(
        f.title for f in relay.findings if f.rule_id == "SEC-T01" and f.component == CHANNEL
    )


def test_the_drill_down_lists_the_findings_counted_on_its_flows(page: Element) -> None:
    engine = next(
        d for d in page.find_all("details") if d.attrs.get("id") and "Findings on its" in d.text
    )
    assert "SEC-T01" in engine.text


def test_the_summary_says_where_a_blockers_top_finding_was_found(page: Element) -> None:
    top = page.by_id("summary").text
    assert "on its interfaces: 3 kinds of patient data over mllp without TLS" in top


def test_the_markdown_roadmap_words_a_quick_win_as_the_fix(relay: Assessment) -> None:
    text = MarkdownReport().render(relay).decode()
    wave0 = next(line for line in text.splitlines() if line.startswith("- **Wave 0"))
    assert "encrypt ENGINE → LIS (ADT)" in wave0
    assert "retain" not in wave0


def test_a_reason_opening_with_the_systems_name_keeps_its_capital() -> None:
    inventory = Inventory(
        systems=(
            System(
                id="pas",
                name="Meditrak PAS",
                kind="pas",
                owner="IT",
                declared=True,
                support_end="2020-01-31",
            ),
        ),
    )
    assessment = assess(inventory, default_config(date(2026, 11, 25)))
    text = MarkdownReport().render(assessment).decode()
    assert ": Meditrak PAS out of support since 2020-01-31." in text


def test_two_flows_between_the_same_systems_get_names_a_reader_can_tell_apart() -> None:
    from assessor.reports._facts import build_facts

    inventory = Inventory(
        systems=(system("pas", "pas", "IT"), system("ehr", "ehr", "IT")),
        flows=(
            flow("pas", "ehr", id="pas->ehr:mllp", transport=Transport.MLLP),
            flow("pas", "ehr", id="pas->ehr:unknown"),
            flow("pas", "ehr", id="pas->ehr:unknown:2"),
        ),
    )
    names = build_facts(assess(inventory, default_config(date(2026, 11, 25)))).names
    labels = [names["pas->ehr:mllp"], names["pas->ehr:unknown"], names["pas->ehr:unknown:2"]]
    assert len(set(labels)) == 3
    assert labels[0] == "PAS → EHR [mllp]"


def test_the_drill_down_explains_a_low_confidence_too(relay: Assessment, page: Element) -> None:
    confidence = next(s.confidence for s in relay.scores if s.component == "engine")
    engine = next(d for d in page.find_all("details") if "Findings on its" in d.text)
    expected = f"Confidence {round(confidence * 100)}% — low: its only flow is configured"
    assert expected in engine.text


def test_missing_evidence_names_a_flow_as_a_reader_knows_it() -> None:
    inventory = Inventory(
        systems=(
            system("lis", "lis", "IT"),
            system("ai", "ai-platform", "IT"),
        ),
        flows=(
            flow(
                "lis",
                "ai",
                id="lis->ai:mllp",
                phi_classes=PHI,
                observed=True,
                message_types={"ORU^R01": 5},
                message_count=5,
                transport=Transport.MLLP,
            ),
        ),
        ai_platform="ai",
    )
    assessment = assess(inventory, default_config(date(2026, 11, 25)))
    assert any("lis->ai:mllp" in m for r in assessment.readiness for m in r.caveats)
    matrix = parse(HtmlReport().render(assessment)).by_id("readiness").text
    assert "TLS status of flow LIS → AI" in matrix
    assert "lis->ai:mllp" not in matrix

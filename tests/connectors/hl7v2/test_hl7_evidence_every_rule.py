"""Every finding built from a feed's profile names the file and message where its evidence was
seen (issue 15.4).

Each case is a flow captured in two files: ``a.hl7`` holds one message without the anti-pattern,
``b.hl7`` one more such message and then, as its second message, the one that shows it. The
finding must cite ``b.hl7, message 2``, never the flow's first file. A statistic over the whole
feed (a fill rate, a mapped share) was counted in every file, and names each of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from hl7_fixtures import build

from assessor.connectors.hl7v2.connector import Hl7v2Connector
from assessor.graph import build_graph
from assessor.merge import merge_inventories
from assessor.model import Finding, Inventory, Transport
from assessor.rules import all_rules, rule_by_id
from assessor.rules.base import GraphFacts, RuleContext, load_reference_data
from assessor.use_cases import resolve_use_cases

PID = "PID|1||MRN48213^^^GENHOSP^MR||ZEBEDEE^QUINTUS||19610923|M"
PID_WITH_IDS = PID + "||||||||||ACCT77120|999-12-3456"  # PID-18 account, PID-19 SSN
PV1 = "PV1|1|I|WARD1^101^A"
ADT = ("EVN||20240105122900", PID, PV1)
ZPV = "ZPV|" + "|".join(map(str, range(1, 13)))
TODAY = date(2026, 12, 2)


def adt(control_id: str, **fields: object) -> bytes:
    """An admission without the SSN and account number the fixture's default carries."""
    return build(control_id=control_id, **{"body": ADT, **fields})


def oru(control_id: str, obx: str, *more: str, **fields: object) -> bytes:
    """A result message with one OBX (and ``more`` segments after it)."""
    body = (PID, "OBR|1||F1|2823-3^Potassium^LN", obx, *more)
    return build(control_id=control_id, message_type="ORU^R01^ORU_R01", body=body, **fields)


def obx(value_type: str = "NM", code: str = "2823-3^Potassium^LN") -> str:
    return f"OBX|1|{value_type}|{code}||4.1|mmol/L|||||F"


@dataclass(frozen=True)
class Case:
    """``clean`` builds a message without the anti-pattern (from its control id); ``shown`` is
    the message that shows it; ``detail`` picks the evidence about it; ``estate`` says what the
    scan cannot (transport, TLS, the AI platform)."""

    clean: Callable[[str], bytes]
    shown: bytes
    detail: str
    estate: Callable[[Inventory], Inventory] = lambda inventory: inventory


def _flows(**fields: object) -> Callable[[Inventory], Inventory]:
    def estate(inventory: Inventory) -> Inventory:
        return replace(inventory, flows=tuple(replace(f, **fields) for f in inventory.flows))

    return estate


def _ai_platform(inventory: Inventory) -> Inventory:
    return replace(inventory, ai_platform="ehr")


CASES: dict[str, Case] = {
    "DATA-T01": Case(adt, adt("B2", timestamp="20240105"), "precision day"),
    "DATA-T02": Case(adt, adt("B2", timestamp="20240105123000"), "MSH-7 without offset"),
    "DATA-D01": Case(adt, adt("B1"), "MSH-10 repeated"),
    "DATA-E01": Case(adt, adt("B2", charset="8859/1"), "MSH-18 = 8859/1"),
    "DATA-E01 undecodable": Case(
        adt,
        build(control_id="B2", charset="UNICODE UTF-8", body=(PID.replace("ZEBEDEE", "ZÉBEDEE"),)),
        "bytes not valid",
    ),
    "DATA-X01": Case(lambda c: oru(c, obx()), oru("B2", obx("TX")), "OBX-2 = TX"),
    "DATA-C01": Case(
        lambda c: oru(c, obx()), oru("B2", obx(code="K^Potassium^99LAB")), "coding system 99LAB"
    ),
    "DATA-C02": Case(
        lambda c: adt(c, body=(*ADT, "DG1|1||I50.9^Heart failure^I10")),
        adt("B2", body=(*ADT, "DG1|1||428.0^CHF^I9")),
        "coding system I9",
    ),
    "DATA-C03": Case(
        lambda c: adt(c, body=(PID, "RXE|1^^^20240105|308191^Amoxicillin^RXNORM")),
        adt("B2", body=(PID, "RXE|1^^^20240105|FORM42^Amoxicillin^99RX")),
        "coding system 99RX",
    ),
    "DATA-C04": Case(
        lambda c: adt(c, body=(PID, "RXA|0|1|20240105|20240105|150^Flu^CVX|0.5")),
        adt("B2", body=(PID, "RXA|0|1|20240105|20240105|FLU^Flu^99VAX|0.5")),
        "coding system 99VAX",
    ),
    "DATA-M01": Case(
        adt,
        build(control_id="B2", message_type="ADT^A40^ADT_A39", body=("EVN|A40", PID, "MRG|M1")),
        "ADT^A40",
    ),
    "HL7V2-V01": Case(adt, adt("B2", version="2.3"), "MSH-12 = 2.3"),
    "HL7V2-Z01": Case(adt, adt("B2", body=(*ADT, "ZPV|1|WARD")), "segment ZPV"),
    "HL7V2-D01": Case(adt, adt("B2", delimiters="|^~\\%"), "MSH-1/MSH-2"),
    "HL7V2-C01 required": Case(adt, adt("B2", body=("EVN|A01", "PID|1", PV1)), "PID-3 empty"),
    "HL7V2-C01 timestamp": Case(adt, adt("B2", timestamp=""), "timestamp-missing"),
    "HL7V2-C01 control id": Case(adt, adt(""), "control-id-missing"),
    "HL7V2-C01 charset": Case(
        adt, adt("B2", body=(PID.replace("ZEBEDEE", "ZÉBEDEE"),)), "charset-undeclared"
    ),
    "HL7V2-C01 validation": Case(
        adt, adt("B2", body=("EVN|A01", "PID|1", PV1)), "strict-validation-failed"
    ),
    "OPS-A01": Case(
        lambda c: build(control_id=c, message_type="ACK^A01^ACK", body=(f"MSA|AA|{c}",)),
        build(control_id="B2", message_type="ACK^A01^ACK", body=("MSA|AE|X",)),
        "MSA-1 = AE",
    ),
    "OPS-P01": Case(adt, adt("B2", processing_id="T"), "MSH-11 = T"),
    "PRIV-S01": Case(adt, adt("B2", body=(PID_WITH_IDS,)), "PHI class ssn"),
    "PRIV-F01": Case(
        adt, adt("B2", body=(PID, "NTE|1||Fasting since midnight")), "PHI class free-text"
    ),
    "PRIV-R01": Case(
        adt,
        adt("B2", body=(PID_WITH_IDS, "NTE|1||Fasting since midnight")),
        "->ehr",
        lambda inventory: replace(
            inventory,
            systems=tuple(
                replace(s, kind="scheduling") if s.id == "ehr" else s for s in inventory.systems
            ),
        ),
    ),
    "PRIV-A01": Case(adt, adt("B2", body=(PID_WITH_IDS,)), "PHI classes", _ai_platform),
    "SEC-T01": Case(
        lambda c: adt(c, body=(PV1,)),
        adt("B2"),
        "tls=false",
        _flows(transport=Transport.MLLP, tls=False),
    ),
    "SEC-F01": Case(
        lambda c: adt(c, body=(PV1,)),
        adt("B2"),
        "encrypted=false",
        _flows(transport=Transport.FILE, tls=False),
    ),
    "FHIR-M01 fields": Case(adt, adt("B2", body=(*ADT, ZPV)), "populated fields with no IG target"),
    "FHIR-M01 z-segments": Case(adt, adt("B2", body=(*ADT, ZPV)), "Z-segments with no FHIR target"),
    "FHIR-M01 local codes": Case(
        lambda c: oru(c, obx()), oru("B2", obx(code="K^Potassium^99LAB"), ZPV), "local codes"
    ),
    "FHIR-M02": Case(
        adt,
        build(control_id="B2", message_type="DFT^P03^DFT_P03", body=("EVN|P03", PID, "FT1|1")),
        "message structures",
    ),
}

WHOLE_FEED: dict[str, Case] = {
    "DATA-I01": Case(adt, adt("B2", body=("PID|1||MRN48213",)), "PID-3.4 filled"),
    "DATA-F01": Case(adt, adt("B2", body=("PID|1",)), "PID-3 filled"),
    "FHIR-M01": Case(adt, adt("B2", body=(*ADT, ZPV)), "populated fields have an IG target"),
}


def _findings(case: Case, rule_id: str, tmp_path: Path) -> list[Finding]:
    (tmp_path / "a.hl7").write_bytes(case.clean("A1"))
    (tmp_path / "b.hl7").write_bytes(b"\r".join([case.clean("B1"), case.shown]))
    connector = Hl7v2Connector()
    scanned = [connector.scan(str(tmp_path / name)) for name in ("a.hl7", "b.hl7")]
    inventory = case.estate(merge_inventories(scanned))
    use_cases = resolve_use_cases(inventory)
    graph = build_graph(inventory)
    facts = GraphFacts.of(graph, use_cases, inventory.ai_platform)
    context = RuleContext(inventory, graph, facts, use_cases, TODAY, load_reference_data())
    outcome = rule_by_id()[rule_id.split()[0]].evaluate(context)
    return list(outcome.findings)


def _sources(findings: list[Finding], detail: str) -> list[str]:
    return [e.source for f in findings for e in f.evidence if detail in e.detail]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_a_finding_names_the_file_and_message_showing_its_evidence(
    rule_id: str, tmp_path: Path
) -> None:
    case = CASES[rule_id]
    sources = _sources(_findings(case, rule_id, tmp_path), case.detail)
    assert sources and all(s == f"{tmp_path / 'b.hl7'}, message 2" for s in sources)


@pytest.mark.parametrize("rule_id", sorted(WHOLE_FEED))
def test_a_statistic_over_the_whole_feed_names_every_file_it_was_counted_in(
    rule_id: str, tmp_path: Path
) -> None:
    case = WHOLE_FEED[rule_id]
    sources = _sources(_findings(case, rule_id, tmp_path), case.detail)
    assert sources == [f"{tmp_path / 'a.hl7'}, {tmp_path / 'b.hl7'}"]


NOT_FROM_A_PROFILE = {
    "DATA-L01": "latency of a hop, from its transport or declared cadence",
    "INT-T01": "the transport",
    "OPS-D01": "an engine channel's enabled flag",
    "OPS-X01": "an engine channel's scripts",
    "SEC-H01": "a declared or exported endpoint",
}


FROM_INCOMING_PROFILES = {"PRIV-R01"}
"""System rules judging what a system's incoming feeds carry."""


def test_every_flow_rule_either_has_a_case_or_reads_no_profile() -> None:
    flow_rules = {r.id for r in all_rules() if r.applies_to == "flow"}
    covered = {rule_id.split()[0] for rule_id in (*CASES, *WHOLE_FEED)}
    assert flow_rules | FROM_INCOMING_PROFILES == covered | set(NOT_FROM_A_PROFILE)


def test_escape_sequences_record_the_message_they_were_first_seen_in(tmp_path: Path) -> None:
    escaped = adt("B2", body=("EVN|A01", PID.replace("ZEBEDEE", "ZE\\T\\BEDEE"), PV1))
    (tmp_path / "b.hl7").write_bytes(b"\r".join([adt("B1"), escaped]))
    (flow,) = Hl7v2Connector().scan(str(tmp_path / "b.hl7")).flows
    assert flow.profile is not None
    assert flow.profile.first_seen["escape_sequences|\\T\\"] == (str(tmp_path / "b.hl7"), 2)

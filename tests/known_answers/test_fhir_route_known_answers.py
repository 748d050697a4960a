"""Known answers for a use case that reads its data over FHIR, fed by HL7 v2 feeds behind it.

The baseline (``fhir_route``) is a PAS and a LIS sending ADT and LOINC-coded results over MLLP to
the EHR, whose scanned FHIR API serves Encounter, Observation and DiagnosticReport to the AI
platform. Where a domain reaches the AI platform over FHIR, the v2 feeds that carry it must yield
the resources it reads under the v2-to-FHIR IG's maps: each feed's answer is a sentence in the
domain's verdict, and a feed that yields none of them, or only at grade D, blocks the domain
(FHIR-M01). The same feeds read directly over MLLP are not judged so.
"""

from __future__ import annotations

import json
from pathlib import Path

from estates import (
    Feed,
    Interface,
    Spec,
    System,
    adt,
    adt_feed,
    assess_spec,
    lab_feed,
    oru,
)

from assessor.model import DomainReadiness, UseCaseReadiness

SEPSIS = "sepsis-early-warning"
US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/"
READ = [{"code": "read"}, {"code": "search-type"}]


def _capability() -> bytes:
    served = {"Encounter": "encounter", "Observation": "observation-lab", "Patient": "patient"}
    served |= {"DiagnosticReport": "diagnosticreport-lab"}
    resources = [
        {"type": t, "supportedProfile": [US_CORE + f"us-core-{p}"], "interaction": READ}
        for t, p in sorted(served.items())
    ]
    statement = {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-09-14",
        "kind": "instance",
        "name": "EHR",
        "software": {"name": "EHR"},
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "rest": [{"mode": "server", "resource": resources}],
    }
    return json.dumps(statement).encode()


def fhir_route() -> Spec:
    """PAS and LIS feed the EHR over MLLP; the AI platform reads the EHR's FHIR API."""
    return Spec(
        systems=(
            System("pas", "pas"),
            System("lis", "lis"),
            System("ehr", "ehr"),
            System("ai", "ai-platform"),
        ),
        interfaces=(
            Interface("pas", "ehr", "mllp", ("ADT^A01", "ADT^A02", "ADT^A03")),
            Interface("lis", "ehr", "mllp", ("ORU^R01",)),
            Interface("ehr", "ai", "fhir"),
        ),
        feeds=(adt_feed("pas", "ehr"), lab_feed("lis", "ehr")),
        files={"feeds/ehr_capability.json": _capability()},
    )


def adt_without_visits(source: str, target: str) -> Feed:
    """ADT messages with no PV1: a patient feed, with nothing the IG makes an Encounter of."""
    messages = []
    for n in range(20):
        segments = adt(source, target, n, "A01").split("\r")
        messages.append("\r".join(s for s in segments if not s.startswith("PV1")))
    return Feed(source, target, tuple(messages))


def lab_mostly_local_segment(source: str, target: str) -> Feed:
    """Results whose every message also carries a 40-field local ZLB segment: grade D."""
    zlb = "ZLB|" + "|".join(f"V{i}" for i in range(40))
    return Feed(
        source,
        target,
        tuple(oru(source, target, n, ("2823-3^Potassium^LN",)) + "\r" + zlb for n in range(20)),
    )


def _sepsis(spec: Spec, tmp_path: Path) -> UseCaseReadiness:
    return next(r for r in assess_spec(spec, tmp_path).readiness if r.use_case == SEPSIS)


def _domain(result: UseCaseReadiness, name: str) -> DomainReadiness:
    return next(d for d in result.domains if d.domain == name)


def _blockers(result: UseCaseReadiness) -> dict[str, tuple[str, ...]]:
    return {b.component: b.rule_ids for b in result.blocked_by}


def test_feeds_whose_ig_map_yields_what_a_fhir_route_serves_support_it_by_name(
    tmp_path: Path,
) -> None:
    result = _sepsis(fhir_route(), tmp_path)
    assert not any("FHIR-M01" in ids for ids in _blockers(result).values())
    encounters = _domain(result, "encounters")
    assert len(encounters.fhir_feeds) == 1
    assert encounters.fhir_feeds[0].startswith(
        "encounters: ADT^A01, ADT^A02, ADT^A03 feed maps to Encounter at grade "
    )
    assert encounters.fhir_feeds[0].endswith(" on flow pas->ehr:mllp")
    lab = _domain(result, "lab-results").fhir_feeds[0]
    assert lab.startswith("lab-results: ORU^R01 feed maps to Observation and DiagnosticReport")


def test_an_adt_feed_with_no_visit_segment_is_a_named_gap_for_encounters_read_over_fhir(
    tmp_path: Path,
) -> None:
    result = _sepsis(fhir_route().with_feed(adt_without_visits("pas", "ehr")), tmp_path)
    encounters = _domain(result, "encounters")
    assert encounters.status == "blocked"
    assert "FHIR-M01" in _blockers(result)["pas"]
    assert encounters.fhir_feeds == (
        "encounters: ADT^A01 feed yields no Encounter under the IG map "
        "(Account, MessageHeader, Patient, Provenance) on flow pas->ehr:mllp",
    )


def test_a_lab_feed_graded_d_is_a_named_gap_for_lab_results_read_over_fhir(
    tmp_path: Path,
) -> None:
    result = _sepsis(fhir_route().with_feed(lab_mostly_local_segment("lis", "ehr")), tmp_path)
    lab = _domain(result, "lab-results")
    assert lab.status == "blocked"
    assert "FHIR-M01" in _blockers(result)["lis"]
    assert lab.fhir_feeds == (
        "lab-results: ORU^R01 feed maps to Observation and DiagnosticReport "
        "only at grade D (major gaps) on flow lis->ehr:mllp",
    )


def test_the_same_feed_read_directly_over_mllp_is_not_judged_by_its_fhir_map(
    tmp_path: Path,
) -> None:
    spec = Spec(
        systems=(System("pas", "pas"), System("lis", "lis"), System("ai", "ai-platform")),
        interfaces=(
            Interface("pas", "ai", "mllp", ("ADT^A01",)),
            Interface("lis", "ai", "mllp", ("ORU^R01",)),
        ),
        feeds=(adt_feed("pas", "ai"), lab_mostly_local_segment("lis", "ai")),
    )
    result = _sepsis(spec, tmp_path)
    assert _domain(result, "lab-results").fhir_feeds == ()
    assert "FHIR-M01" not in _blockers(result).get("lis", ())

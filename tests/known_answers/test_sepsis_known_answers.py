"""Known-answer estates for sepsis early warning, each with its answer written before the run.

The baseline (``clean``) is a PAS, a LIS and an EHR sending ADT, LOINC-coded lab results and
LOINC-coded vital signs over TLS-protected MLLP straight to the AI platform: every data domain of
sepsis early warning has an observed, real-time path, so it is ready. Each other estate changes
one fact of it; the test says what that fact must do to the answer.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from estates import (
    LOCAL,
    LOCAL_WITH_LOINC,
    VITALS,
    Feed,
    Interface,
    Spec,
    System,
    adt_feed,
    assess_spec,
    lab_feed,
    share_feed,
)

from assessor.model import Assessment, UseCaseReadiness

SEPSIS = "sepsis-early-warning"


def clean() -> Spec:
    """PAS, LIS and EHR feeding the AI platform directly, every feed observed and coded."""
    return Spec(
        systems=(
            System("pas", "pas"),
            System("lis", "lis"),
            System("ehr", "ehr"),
            System("ai", "ai-platform"),
        ),
        interfaces=(
            Interface("pas", "ai", "mllp", ("ADT^A01", "ADT^A02", "ADT^A03")),
            Interface("lis", "ai", "mllp", ("ORU^R01",)),
            Interface("ehr", "ai", "mllp", ("ORU^R01",)),
        ),
        feeds=(adt_feed("pas", "ai"), lab_feed("lis", "ai"), lab_feed("ehr", "ai", codes=VITALS)),
    )


def sepsis(spec: Spec, tmp_path: Path) -> UseCaseReadiness:
    return _readiness(assess_spec(spec, tmp_path))[SEPSIS]


def _readiness(assessment: Assessment) -> dict[str, UseCaseReadiness]:
    return {r.use_case: r for r in assessment.readiness}


def blockers(result: UseCaseReadiness) -> dict[str, tuple[str, ...]]:
    return {b.component: b.rule_ids for b in result.blocked_by}


def test_clean_estate_is_ready(tmp_path: Path) -> None:
    result = sepsis(clean(), tmp_path)
    assert result.status == "ready", result.missing_evidence
    assert {d.domain: d.status for d in result.domains} == {
        "encounters": "ready",
        "lab-results": "ready",
        "vital-signs": "ready",
    }


def test_ninety_percent_local_codes_block_at_the_lab(tmp_path: Path) -> None:
    spec = clean().with_feed(share_feed("lis", "ai", local=18, standard=2))
    result = sepsis(spec, tmp_path)
    assert result.status == "blocked"
    assert "DATA-C01" in blockers(result)["lis"]
    assert {d.domain: d.coding_share for d in result.domains}["lab-results"] == 0.1


def test_loinc_sent_as_the_alternate_code_is_ready(tmp_path: Path) -> None:
    spec = clean().with_feed(lab_feed("lis", "ai", codes=LOCAL_WITH_LOINC))
    assert sepsis(spec, tmp_path).status == "ready"


def test_local_codes_only_block(tmp_path: Path) -> None:
    spec = clean().with_feed(lab_feed("lis", "ai", codes=LOCAL))
    assert blockers(sepsis(spec, tmp_path)) == {"lis": ("DATA-C01",)}


def test_no_lab_system_is_unknown_and_says_which_domain(tmp_path: Path) -> None:
    result = sepsis(clean().without("lis"), tmp_path)
    assert result.status == "unknown"
    assert result.missing_evidence == ("lab-results: no system of kind lis in the estate",)


def test_labs_only_through_a_nightly_file_into_the_warehouse_block_on_latency(
    tmp_path: Path,
) -> None:
    base = clean()
    spec = replace(
        base,
        systems=(*base.systems, System("warehouse", "warehouse")),
        interfaces=(
            *(i for i in base.interfaces if i.source != "lis"),
            Interface("lis", "warehouse", "file", ("ORU^R01",)),
            Interface("warehouse", "ai", "database"),
        ),
        feeds=(
            *(f for f in base.feeds if f.source != "lis"),
            lab_feed("lis", "warehouse", framing="plain"),
        ),
    )
    result = sepsis(spec, tmp_path)
    assert result.status == "blocked"
    assert blockers(result) == {"lis": ("DATA-L01",), "warehouse": ("DATA-L01",)}


def test_a_lab_feed_declared_but_never_observed_is_unknown(tmp_path: Path) -> None:
    base = clean()
    spec = replace(base, feeds=tuple(f for f in base.feeds if f.source != "lis"))
    result = sepsis(spec, tmp_path)
    assert result.status == "unknown"
    assert "lab-results: LOINC share of OBX-3 not observed" in result.missing_evidence


def test_a_lab_feed_through_an_engine_declared_but_never_observed_names_the_flow(
    tmp_path: Path,
) -> None:
    base = clean()
    spec = replace(
        base,
        systems=(*base.systems, System("engine", "interface-engine")),
        interfaces=(
            *(i for i in base.interfaces if i.source != "lis"),
            Interface("lis", "engine", "mllp", ("ORU^R01",)),
            Interface("engine", "ai", "mllp", ("ORU^R01",)),
        ),
        feeds=tuple(f for f in base.feeds if f.source != "lis"),
    )
    result = sepsis(spec, tmp_path)
    assert result.status == "unknown"
    assert "lab-results: flow lis->engine:mllp declared but never observed" in (
        result.missing_evidence
    )


def test_an_adt_feed_with_the_discharge_date_only_on_discharges_is_ready(tmp_path: Path) -> None:
    assessment = assess_spec(clean(), tmp_path)
    assert _readiness(assessment)[SEPSIS].status == "ready"
    assert [f for f in assessment.findings if f.rule_id == "DATA-F01"] == []


def test_an_adt_feed_without_discharge_dates_blocks_at_the_pas(tmp_path: Path) -> None:
    spec = clean().with_feed(adt_feed("pas", "ai", discharge=False))
    assert blockers(sepsis(spec, tmp_path)) == {"pas": ("DATA-F01",)}


@pytest.mark.parametrize(("tls", "status"), [(True, "ready"), (False, "blocked")])
def test_twins_that_differ_only_in_the_lab_feeds_tls(
    tmp_path: Path, tls: bool, status: str
) -> None:
    base = clean()
    interfaces = tuple(replace(i, tls=tls) if i.source == "lis" else i for i in base.interfaces)
    result = sepsis(replace(base, interfaces=interfaces), tmp_path)
    assert result.status == status
    if not tls:
        assert blockers(result) == {"lis": ("SEC-T01",)}


def test_a_hub_routes_every_domain_through_the_engine(tmp_path: Path) -> None:
    base = clean()
    spec = replace(
        base,
        systems=(*base.systems, System("engine", "interface-engine")),
        interfaces=(
            *(replace(i, target="engine") for i in base.interfaces),
            Interface("engine", "ai", "mllp", ("ADT^A01", "ADT^A02", "ADT^A03", "ORU^R01")),
        ),
        feeds=tuple(
            Feed(f.source, "engine", tuple(m.replace("|AI|", "|ENGINE|") for m in f.messages))
            for f in base.feeds
        ),
    )
    result = sepsis(spec, tmp_path)
    assert result.status == "ready", result.missing_evidence
    assert {"engine", "pas", "lis", "ehr", "ai"} <= set(result.path)


def test_a_chain_through_a_relay_is_only_as_ready_as_its_observed_hops(tmp_path: Path) -> None:
    base = clean()
    spec = replace(
        base,
        systems=(*base.systems, System("relay", "other")),
        interfaces=(
            *(i for i in base.interfaces if i.source != "lis"),
            Interface("lis", "relay", "mllp", ("ORU^R01",)),
            Interface("relay", "ai", "mllp", ("ORU^R01",)),
        ),
        feeds=(
            *(f for f in base.feeds if f.source != "lis"),
            Feed("lis", "relay", lab_feed("lis", "relay").messages),
        ),
    )
    result = sepsis(spec, tmp_path)
    assert result.status == "ready", result.missing_evidence
    assert {"lis", "relay", "ai"} <= set(result.path)


def test_an_orphan_off_the_path_blocks_nothing(tmp_path: Path) -> None:
    base = clean()
    spec = replace(
        base,
        systems=(*base.systems, System("dictation", "document", owner=None)),
        interfaces=(*base.interfaces, Interface("dictation", "ehr", "mllp", ("MDM^T02",))),
    )
    assessment = assess_spec(spec, tmp_path)
    assert any(f.rule_id == "OPS-O01" and f.component == "dictation" for f in assessment.findings)
    result = _readiness(assessment)[SEPSIS]
    assert result.status == "ready" and "dictation" not in result.path


def test_a_cycle_between_lab_and_ehr_relays_results_to_the_platform(tmp_path: Path) -> None:
    base = clean()
    spec = replace(
        base,
        interfaces=(
            *(i for i in base.interfaces if i.source != "lis"),
            Interface("lis", "ehr", "mllp", ("ORU^R01",)),
            Interface("ehr", "lis", "mllp", ("OML^O21",)),
        ),
        feeds=(
            *(f for f in base.feeds if f.source != "lis"),
            Feed("lis", "ehr", lab_feed("lis", "ehr").messages),
        ),
    )
    result = sepsis(spec, tmp_path)
    assert result.status == "ready", result.missing_evidence
    assert {"lis", "lis->ehr:mllp", "ehr", "ai"} <= set(result.path)


def lab_trends(freshness: str) -> str:
    """An estate-defined use case reading lab results at ``freshness``."""
    return (
        '\n[[use_cases]]\nid = "lab-trends"\nname = "Lab trends"\n'
        'message_types = ["ORU^R01"]\nsource_kinds = ["lis"]\n'
        f'freshness = "{freshness}"\ncoding = ["LOINC"]\n'
    )


@pytest.mark.parametrize(("freshness", "status"), [("daily", "ready"), ("hourly", "blocked")])
def test_a_declared_daily_cadence_serves_a_daily_use_case_only(
    tmp_path: Path, freshness: str, status: str
) -> None:
    spec = Spec(
        systems=(
            System("lis", "lis"),
            System("warehouse", "warehouse"),
            System("ai", "ai-platform"),
        ),
        interfaces=(
            Interface("lis", "warehouse", "file", ("ORU^R01",), cadence="daily"),
            Interface("warehouse", "ai", "database", cadence="daily"),
        ),
        feeds=(lab_feed("lis", "warehouse", framing="plain"),),
        use_cases=(),
        extra_toml=lab_trends(freshness),
    )
    result = _readiness(assess_spec(spec, tmp_path))["lab-trends"]
    assert result.status == status, result.missing_evidence
    if status == "blocked":
        assert blockers(result) == {"lis": ("DATA-L01",), "warehouse": ("DATA-L01",)}


def test_an_adt_feed_declared_straight_into_the_platform_but_never_seen_is_unknown(
    tmp_path: Path,
) -> None:
    base = clean()
    spec = replace(base, feeds=tuple(f for f in base.feeds if f.source != "pas"))
    result = sepsis(spec, tmp_path)
    assert result.status == "unknown"
    assert "encounters: declared only, never observed: pas->ai:mllp" in result.missing_evidence

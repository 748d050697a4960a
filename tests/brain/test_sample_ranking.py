"""The sample estate (sample_feeds/) ranks and reads the way sample_feeds/README.md says.

The inventory is built the way the pipeline builds it: each connector over its files, then
``merge_inventories``. "Today" for the estate is 2026-11-25.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assessor.config import default_config
from assessor.merge import merge_inventories
from assessor.model import Assessment, Inventory
from assessor.scoring import assess

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).resolve().parents[2] / "sample_feeds"
TODAY = date(2026, 11, 25)


def scan_sample(with_estate: bool = True) -> Inventory:
    """Every connector over the sample folder, merged."""
    from assessor.connectors.database import DatabaseConnector
    from assessor.connectors.engine import MirthConnector
    from assessor.connectors.estate import EstateConnector
    from assessor.connectors.fhir import FhirConnector
    from assessor.connectors.hl7v2 import Hl7v2Connector

    fragments = [Hl7v2Connector().scan(str(p)) for p in sorted((SAMPLE / "hl7").iterdir())]
    fragments += [MirthConnector().scan(str(p)) for p in sorted((SAMPLE / "engine").iterdir())]
    fragments.append(FhirConnector().scan(str(SAMPLE / "fhir" / "ehr_capability.json")))
    if with_estate:
        fragments.append(EstateConnector().scan(str(SAMPLE / "estate.toml")))
        # As the command line does: the estate's database, scanned as the store it declares.
        database = DatabaseConnector(store_id="lis-db", system_id="lis")
        fragments.append(database.scan(f"sqlite:///{SAMPLE / 'lis_legacy.sqlite'}"))
    return merge_inventories(fragments)


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    return assess(scan_sample(), default_config(TODAY))


@pytest.fixture(scope="module")
def ranking(assessment: Assessment) -> list[str]:
    return [s.component for s in assessment.scores]


def test_the_engine_ranks_first(ranking: list[str]) -> None:
    assert ranking[0] == "engine"


def test_pas_and_lis_rank_second_and_third(ranking: list[str]) -> None:
    assert set(ranking[1:3]) == {"pas", "lis"}


def test_the_engine_scores_on_privacy_for_the_ssns_it_relays(assessment: Assessment) -> None:
    engine = next(s for s in assessment.scores if s.component == "engine")
    relayed = [
        f
        for f in assessment.findings
        if f.rule_id == "PRIV-S01" and f.component == "engine->pharmacy:mllp:adt-router"
    ]
    assert engine.dimensions["privacy"] >= 0.6
    assert [e.detail for e in relayed[0].evidence] == [
        "PHI class ssn (inferred from 1 feed(s) into engine)"  # the PAS ADT link, one flow
    ]


@pytest.mark.parametrize("system", ["warehouse", "dictation", "billing"])
def test_the_next_blockers_rank_fourth_to_sixth(ranking: list[str], system: str) -> None:
    assert 4 <= ranking.index(system) + 1 <= 6


def test_the_ehr_is_not_among_the_top_six(ranking: list[str]) -> None:
    assert "ehr" not in ranking[:6]


def test_the_ai_platform_is_not_a_blocker(assessment: Assessment) -> None:
    platform = next(s for s in assessment.scores if s.component == "ai-platform")
    assert platform.priority == 0 and platform.use_cases_blocked == ()


STATUS = {
    "sepsis-early-warning": "blocked",
    "readmission-risk": "blocked",
    "medication-safety": "blocked",
    "ambient-documentation": "blocked",
    "capacity-forecasting": "blocked",
    "imaging-triage": "ready",
    "population-health": "blocked",
}

BLOCKED_BY = {
    "sepsis-early-warning": {"pas", "lis", "engine", "warehouse"},
    "readmission-risk": {"pas", "lis", "engine", "warehouse"},
    "medication-safety": {"lis", "engine", "warehouse"},
    "ambient-documentation": {"dictation"},
    "capacity-forecasting": {"pas", "engine", "warehouse"},
    "imaging-triage": set(),
    "population-health": {"pas", "lis", "engine", "warehouse"},
}


def test_the_engine_smb_writers_to_the_warehouse_are_unencrypted_phi_and_the_pacs_drop_medium(
    assessment: Assessment,
) -> None:
    flagged = {
        (f.component, str(f.severity)) for f in assessment.findings if f.rule_id == "SEC-F01"
    }
    assert flagged == {
        ("engine->warehouse:file:adt-router", "high"),
        ("engine->warehouse:file:lis-results-to-ehr", "high"),
        ("pacs->ris:file", "medium"),
    }


@pytest.mark.parametrize("use_case", sorted(STATUS))
def test_use_case_status_is_the_documented_one(assessment: Assessment, use_case: str) -> None:
    readiness = {r.use_case: r for r in assessment.readiness}
    assert readiness[use_case].status == STATUS[use_case]


@pytest.mark.parametrize("use_case", sorted(BLOCKED_BY))
def test_use_case_is_blocked_by_exactly_the_documented_systems(
    assessment: Assessment, use_case: str
) -> None:
    systems = {s.id for s in assessment.inventory.systems}
    readiness = next(r for r in assessment.readiness if r.use_case == use_case)
    assert {b.component for b in readiness.blocked_by if b.component in systems} == (
        BLOCKED_BY[use_case]
    )


def test_every_score_carries_a_breakdown_adding_up_and_a_confidence(
    assessment: Assessment,
) -> None:
    for score in assessment.scores:
        assert sum(t.points for t in score.breakdown) == pytest.approx(score.priority, abs=1e-3)
        assert 0 < score.confidence <= 1


def test_imaging_triage_is_unlocked_before_any_wave_and_ambient_documentation_first(
    assessment: Assessment,
) -> None:
    unlocked = [u for w in assessment.waves for u in w.unlocks]
    assert "imaging-triage" not in unlocked
    assert unlocked.index("ambient-documentation") < unlocked.index("sepsis-early-warning")


def wave_of(assessment: Assessment, component: str) -> int:
    return next(
        w.number
        for w in assessment.waves
        if w.number > 0 and any(a.component == component for a in w.actions)
    )


@pytest.mark.parametrize("system", ["pas", "lis", "warehouse", "billing", "pharmacy"])
def test_the_engine_is_replatformed_before_the_systems_re_pointed_on_it(
    assessment: Assessment, system: str
) -> None:
    assert wave_of(assessment, "engine") < wave_of(assessment, system)


def test_the_engines_deadline_no_plan_can_meet_is_said(assessment: Assessment) -> None:
    engine = next(
        a for w in assessment.waves if w.number > 0 for a in w.actions if a.component == "engine"
    )
    assert "support ends 2026-12-31" in engine.deadline_note


@pytest.mark.parametrize("partner", ["reflab", "state-iis"])
def test_a_partner_is_only_ever_coordinated_with(assessment: Assessment, partner: str) -> None:
    actions = [a for w in assessment.waves[1:] for a in w.actions if a.component == partner]
    assert all(a.disposition == "coordinate" for a in actions)


def test_the_reference_laboratory_is_coordinated_with(assessment: Assessment) -> None:
    # The State registry has no finding left to act on (nothing on it blocks a use case), so
    # only the reference laboratory needs a partner action.
    actions = [a for w in assessment.waves[1:] for a in w.actions if a.component == "reflab"]
    assert [a.disposition for a in actions] == ["coordinate"]


def test_every_action_names_its_person_days(assessment: Assessment) -> None:
    assert all(a.days and a.days.likely > 0 for w in assessment.waves for a in w.actions)


def test_without_the_estate_file_every_use_case_is_unknown() -> None:
    result = assess(scan_sample(with_estate=False), default_config(TODAY))
    assert {r.status for r in result.readiness} == {"unknown"}

"""Which wave unlocks a use case, and which only clears its way while evidence is missing."""

from assessor.model import UseCaseBlocker, UseCaseReadiness
from assessor.rules import rule_by_id
from assessor.unlocks import clear_waves, unlock_waves

RULES = {r: rule_by_id()[r] for r in ("LIFE-S01", "SEC-T01")}
WAVE_OF = {"pas": 2, "lis": 1}


def blocked(use_case: str, *missing: str, caveats: tuple[str, ...] = ()) -> UseCaseReadiness:
    return UseCaseReadiness(
        use_case,
        "blocked",
        blocked_by=(UseCaseBlocker("pas", ("LIFE-S01",)), UseCaseBlocker("lis", ("LIFE-S01",))),
        missing_evidence=missing,
        caveats=caveats,
    )


def test_a_use_case_with_all_evidence_is_unlocked_by_the_wave_clearing_its_last_blocker() -> None:
    readiness = (blocked("sepsis"),)
    assert unlock_waves(readiness, RULES, WAVE_OF) == {2: ("sepsis",)}
    assert clear_waves(readiness, RULES, WAVE_OF) == {}


def test_unknown_tls_alone_does_not_hold_back_the_promise() -> None:
    readiness = (blocked("sepsis", caveats=("TLS status of flow lis->ehr:mllp carrying PHI",)),)
    assert unlock_waves(readiness, RULES, WAVE_OF) == {2: ("sepsis",)}


def test_missing_data_evidence_turns_the_promise_into_a_cleared_way() -> None:
    readiness = (blocked("beds", "bed-movements: latency of flow pas->ai not known"),)
    assert unlock_waves(readiness, RULES, WAVE_OF) == {}
    assert clear_waves(readiness, RULES, WAVE_OF) == {2: ("beds",)}


def test_a_blocker_in_no_wave_is_neither_unlocked_nor_cleared() -> None:
    readiness = (blocked("beds", "bed-movements: latency not known"), blocked("sepsis"))
    assert unlock_waves(readiness, RULES, {"pas": 2}) == {}
    assert clear_waves(readiness, RULES, {"pas": 2}) == {}

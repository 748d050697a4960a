"""The FHIR mappability rules fire on feeds the v2-to-FHIR IG cannot carry, and only there."""

import pytest
from rule_cases import assert_clean, assert_fires, one_flow, rule_ids_of, run, with_profile

from assessor.model import Severity, Transport

IDS = rule_ids_of("fhir_mapping")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


def test_a_feed_mostly_in_z_segments_is_grade_d_and_medium() -> None:
    findings, _ = run(
        "FHIR-M01",
        with_profile(
            message_types={"ADT^A01^ADT_A01": 100},
            segments={"PID": 100, "ZPV": 100},
            field_fill={"PID-5": 100, "ZPV-1": 100, "ZPV-2": 100, "ZPV-3": 100},
        ),
    )
    assert findings[0].severity == Severity.MEDIUM
    assert "grade D" in findings[0].title


def test_a_declared_feed_never_profiled_is_unknown_not_clean() -> None:
    findings, observed = run("FHIR-M01", one_flow(observed=False))
    assert findings == [] and not observed


def test_an_acknowledgment_stream_is_not_judged() -> None:
    findings, observed = run(
        "FHIR-M01",
        with_profile(
            message_types={"ACK^A01^ACK": 100},
            segments={"MSA": 100},
            field_fill={"MSA-1": 100, "MSA-3": 100},
        ),
    )
    assert findings == [] and not observed


def test_a_database_link_is_not_judged() -> None:
    findings, observed = run("FHIR-M01", one_flow(transport=Transport.DATABASE))
    assert findings == [] and not observed

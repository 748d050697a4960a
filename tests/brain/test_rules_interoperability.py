"""The interoperability rules fire on their anti-pattern and stay silent on the best practice."""

import pytest
from brain_estates import context
from rule_cases import assert_clean, assert_fires, one_flow, one_system, rule_ids_of, run, spokes

from assessor.model import Severity, Transport
from assessor.rules import rule_by_id

IDS = rule_ids_of("interoperability")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


@pytest.mark.parametrize(
    ("version", "severity"),
    [("2.5", Severity.LOW), ("2.3.1", Severity.MEDIUM), ("2.3", Severity.HIGH)],
)
def test_severity_grows_with_the_age_of_the_version(version: str, severity: Severity) -> None:
    findings, _ = run("HL7V2-V01", one_flow(hl7_versions={version: 5}))
    assert findings[0].severity == severity


def test_oldest_version_of_a_mixed_feed_is_the_one_reported() -> None:
    findings, _ = run("HL7V2-V01", one_flow(hl7_versions={"2.5.1": 90, "2.3": 10}))
    assert findings[0].evidence[0].detail == "MSH-12 = 2.3"


def test_feed_without_observed_versions_is_unobserved() -> None:
    findings, observed = run("HL7V2-V01", one_flow())
    assert not observed and findings == []


def test_a_rule_that_does_not_concern_a_component_neither_observes_nor_misses_it() -> None:
    inventory, component = one_system("billing")
    outcome = rule_by_id()["FHIR-A01"].evaluate(context(inventory))
    assert component not in outcome.observed and component not in outcome.unobserved


def test_hl7_rules_do_not_concern_a_fhir_api() -> None:
    _, observed = run("HL7V2-V01", one_flow(transport=Transport.FHIR))
    inventory, component = one_flow(transport=Transport.FHIR)
    outcome = rule_by_id()["HL7V2-V01"].evaluate(context(inventory))
    assert not observed and component not in outcome.unobserved


def outcome_of(rule_id: str, case: tuple) -> tuple[bool, bool, int]:
    """(observed, unobserved, number of findings) of ``rule_id`` on the case's component."""
    inventory, component = case
    outcome = rule_by_id()[rule_id].evaluate(context(inventory))
    found = sum(1 for f in outcome.findings if f.component == component)
    return component in outcome.observed, component in outcome.unobserved, found


def test_a_feed_whose_only_version_is_not_a_real_hl7_version_is_unobserved_not_clean() -> None:
    assert outcome_of("HL7V2-V01", one_flow(hl7_versions={"2.x": 6})) == (False, True, 0)


def test_z_segments_of_a_declared_feed_nobody_captured_are_unobserved_not_clean() -> None:
    assert outcome_of("HL7V2-Z01", one_flow(declared=True)) == (False, True, 0)


def test_an_interface_engine_is_not_point_to_point_sprawl() -> None:
    inventory, _ = spokes(via_engine=True)
    assert outcome_of("INT-P01", (inventory, "engine")) == (False, False, 0)

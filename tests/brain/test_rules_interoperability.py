"""The interoperability rules fire on their anti-pattern and stay silent on the best practice."""

import pytest
from rule_cases import assert_clean, assert_fires, one_flow, rule_ids_of, run

from assessor.model import Severity

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

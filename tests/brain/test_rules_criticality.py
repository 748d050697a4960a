"""The criticality rules fire on their anti-pattern and stay silent on the best practice."""

import pytest
from brain_estates import chain, hub
from rule_cases import assert_clean, assert_fires, rule_ids_of, run

from assessor.model import Severity

IDS = rule_ids_of("criticality")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


def test_single_point_of_failure_on_a_use_case_path_is_high() -> None:
    findings, _ = run("CRIT-S01", (chain(), "mid"))
    assert findings[0].severity == Severity.HIGH


def test_interface_engine_is_reported_as_a_hub_not_a_single_point_of_failure() -> None:
    spof, _ = run("CRIT-S01", (hub(), "engine"))
    bottleneck, _ = run("CRIT-B01", (hub(), "engine"))
    assert spof == [] and bottleneck == []

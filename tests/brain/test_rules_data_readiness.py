"""The data-readiness rules fire on their anti-pattern and stay silent on the best practice."""

import pytest
from rule_cases import assert_clean, assert_fires, one_flow, rule_ids_of, run, with_profile

from assessor.model import Severity
from assessor.rules import rule_by_id
from assessor.use_cases import catalog

IDS = rule_ids_of("data_readiness")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_feed_rule_is_unobserved_on_a_declared_flow_without_profile(rule_id: str) -> None:
    findings, observed = run(rule_id, one_flow(declared=True))
    assert not observed and findings == []


def test_results_coded_locally_only_are_high() -> None:
    findings, _ = run("DATA-C01", with_profile(coding_systems={"OBX-3|L": 100}))
    assert findings[0].severity == Severity.HIGH


def test_coding_rules_only_block_use_cases_needing_their_coding_system() -> None:
    loinc = rule_by_id()["DATA-C01"]
    needs = {u.id: loinc.relevant_to(u) for u in catalog()}
    assert needs["sepsis-early-warning"] and not needs["capacity-forecasting"]

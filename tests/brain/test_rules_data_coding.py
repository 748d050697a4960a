"""The data-coding rules fire on their anti-pattern and stay silent on the best practice."""

from dataclasses import replace

import pytest
from brain_estates import context
from rule_cases import assert_clean, assert_fires, one_flow, rule_ids_of, run, with_profile

from assessor.model import Severity
from assessor.rules import rule_by_id

IDS = rule_ids_of("data_coding")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_coding_rule_is_unobserved_on_a_declared_flow_without_profile(rule_id: str) -> None:
    findings, observed = run(rule_id, one_flow(declared=True))
    assert not observed and findings == []


@pytest.mark.parametrize("rule_id", IDS)
def test_coding_rule_names_the_coding_system_it_needs(rule_id: str) -> None:
    assert rule_by_id()[rule_id].coding in {"LOINC", "ICD-10", "RxNorm", "CVX"}


def test_loinc_is_not_asked_of_a_documents_note_lines() -> None:
    case = with_profile(coding_systems={"OBX-3|L": 100})
    inventory, component = case
    mdm = replace(
        inventory, flows=tuple(replace(f, message_types={"MDM^T02": 10}) for f in inventory.flows)
    )
    outcome = rule_by_id()["DATA-C01"].evaluate(context(mdm))
    assert component not in outcome.observed and outcome.findings == ()


def test_ninety_percent_local_codes_fire_high() -> None:
    findings, _ = run("DATA-C01", with_profile(coding_systems={"OBX-3|L": 90, "OBX-3|LN": 10}))
    assert findings[0].severity == Severity.HIGH
    assert "10% LOINC" in findings[0].title


def test_a_local_code_with_loinc_as_the_alternate_is_loinc_coded() -> None:
    alternate = {"OBX-3|L": 100, "OBX-3.6|LN": 100}
    findings, observed = run("DATA-C01", with_profile(coding_systems=alternate))
    assert observed and findings == []


def test_a_share_between_half_and_the_minimum_is_medium() -> None:
    findings, _ = run("DATA-C01", with_profile(coding_systems={"OBX-3|L": 30, "OBX-3|LN": 70}))
    assert findings[0].severity == Severity.MEDIUM

"""The database rules fire on their anti-pattern and stay silent on the best practice."""

import pytest
from rule_cases import assert_clean, assert_fires, rule_ids_of

IDS = rule_ids_of("database")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)

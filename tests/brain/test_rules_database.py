"""The database rules fire on their anti-pattern and stay silent on the best practice."""

import pytest
from brain_estates import table
from rule_cases import assert_clean, assert_fires, one_store, rule_ids_of, run

from assessor.model import TableProfile
from assessor.rules import all_rules

IDS = rule_ids_of("database")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


def marked(*smells: str) -> TableProfile:
    return table("result", ("id", "INTEGER"), smells=smells)


def test_the_connectors_smell_marks_are_authoritative_when_present() -> None:
    findings, _ = run(
        "DB-AUD01",
        one_store(marked("DB-PK01"), table("staff", ("id", "INTEGER"), smells=("DB-AUD01",))),
    )
    assert [e.detail.split(":")[0] for e in findings[0].evidence] == ["table staff"]


def test_a_table_the_connector_did_not_mark_is_clean_even_if_own_detection_differs() -> None:
    findings, observed = run("DB-AUD01", one_store(marked("DB-PK01")))
    assert observed and findings == []


def test_rule_ids_match_the_database_connectors_smell_ids() -> None:
    from assessor.connectors.database.smells import SMELLS

    ours = {r.id for r in all_rules() if r.id.startswith("DB-")}
    assert {s.id for s in SMELLS} <= ours

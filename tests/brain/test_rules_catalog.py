"""The rule catalog: enough documented rules, stable ids, every rule with a firing test."""

import re

import pytest
from rule_cases import CLEAN, FIRES, rule_ids_of

from assessor.model import Dimension, Severity
from assessor.rules import all_rules

RULES = all_rules()


def test_at_least_25_rules_ship() -> None:
    assert len(RULES) >= 25


def test_rules_are_sorted_by_unique_id() -> None:
    ids = [r.id for r in RULES]
    assert ids == sorted(set(ids))


def test_every_dimension_has_rules() -> None:
    assert {r.dimension for r in RULES} == set(Dimension)


def test_schema_smell_rules_use_db_ids() -> None:
    smells = [r.id for r in RULES if r.check.__module__.startswith("assessor.rules.database")]
    assert len(smells) >= 10
    assert all(re.fullmatch(r"DB-[A-Z]{2,4}\d{2}", i) for i in smells)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_doc_says_why_for_ai_the_anti_pattern_and_the_best_practice(rule) -> None:
    assert "Why it matters for AI" in rule.doc
    assert "Anti-pattern" in rule.doc
    assert "Best practice" in rule.doc


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_exposes_what_the_cli_and_report_show(rule) -> None:
    assert isinstance(rule.dimension, Dimension) and isinstance(rule.severity, Severity)
    assert rule.name and rule.remediation and rule.summary == rule.doc.splitlines()[0]


def test_every_rule_has_a_firing_and_a_clean_case() -> None:
    ids = {r.id for r in RULES}
    assert set(FIRES) == ids
    assert set(CLEAN) == ids


def test_lifecycle_rules_cover_products_engines_and_hl7_versions() -> None:
    ids = {r.id for r in RULES}
    assert {"LIFE-S01", "LIFE-D01", "LIFE-S02", "HL7V2-V01"} <= ids


TESTED_MODULES = (
    "criticality",
    "data_coding",
    "data_freshness",
    "data_readiness",
    "database",
    "engine",
    "fhir_mapping",
    "interoperability",
    "operability",
    "privacy",
    "security",
)


def test_every_rule_module_has_its_firing_tests() -> None:
    tested = {i for m in TESTED_MODULES for i in rule_ids_of(m)}
    assert tested == {r.id for r in RULES}

"""A finding's points do not depend on order or on unrelated findings; the terms add up.

Answers written before the run: on two identical labs, FHIR-A01 is worth the same points whether
or not an unrelated SEC-T01 appears on one of them (the issue's 10.08 vs 1.51); evaluating the
rules in any order gives the same assessment; the dimension values shown are the ones the
priority uses.
"""

import random
from dataclasses import replace

import pytest
from brain_estates import config
from evidence_estates import SSN, captured_feed, twin_labs

import assessor.scoring as scoring
from assessor.attribution import OVERLAP_LABEL, finding_terms, severity_of
from assessor.model import Assessment, ComponentScore, Dimension, Finding, Severity
from assessor.rules import all_rules
from assessor.scoring import assess


def twins(plain_phi_on_one: bool) -> Assessment:
    """Two labs with captured feeds; one of them optionally sends SSNs in clear."""
    inventory = twin_labs()
    second = captured_feed("lab-told", "ehr", tls=not plain_phi_on_one, phi_classes=SSN)
    flows = tuple(second if f.source == "lab-told" else f for f in inventory.flows)
    return assess(replace(inventory, flows=flows), config())


def score(assessment: Assessment, component: str) -> ComponentScore:
    return next(s for s in assessment.scores if s.component == component)


def points(s: ComponentScore, rule_id: str) -> float:
    return next(t.points for t in s.breakdown if t.rule_id == rule_id)


def test_a_finding_is_worth_the_same_on_identical_twins_whatever_else_appears() -> None:
    assessment = twins(plain_phi_on_one=True)
    twin = score(assessment, "lab-told")
    assert any(t.rule_id == "SEC-T01" for t in twin.breakdown)
    assert points(twin, "FHIR-A01") == points(score(assessment, "lab-seen"), "FHIR-A01")


def test_a_finding_keeps_its_points_when_an_unrelated_finding_is_added() -> None:
    before = score(twins(plain_phi_on_one=False), "lab-told")
    after = score(twins(plain_phi_on_one=True), "lab-told")
    assert points(after, "FHIR-A01") == points(before, "FHIR-A01") > 0


def test_rule_evaluation_order_changes_no_term(monkeypatch: pytest.MonkeyPatch) -> None:
    inventory = twins(plain_phi_on_one=True).inventory
    expected = assess(inventory, config()).to_dict()
    shuffled = list(all_rules())
    for seed in (1, 2, 3):
        random.Random(seed).shuffle(shuffled)
        monkeypatch.setattr(scoring, "all_rules", lambda order=tuple(shuffled): order)
        assert assess(inventory, config()).to_dict() == expected


def test_finding_terms_do_not_depend_on_the_order_of_the_findings() -> None:
    findings = [
        Finding("A", Dimension.SECURITY, Severity.CRITICAL, "x", "a"),
        Finding("B", Dimension.INTEROPERABILITY, Severity.MEDIUM, "x", "b"),
        Finding("C", Dimension.INTEROPERABILITY, Severity.MEDIUM, "x", "c"),
        Finding("D", Dimension.PRIVACY, Severity.HIGH, "x", "d"),
    ]
    forward = finding_terms("x", findings, config())
    assert finding_terms("x", list(reversed(findings)), config()) == forward


def test_the_overlap_term_makes_the_findings_add_up_to_the_severity() -> None:
    findings = [
        Finding("A", Dimension.SECURITY, Severity.CRITICAL, "x", "a"),
        Finding("B", Dimension.PRIVACY, Severity.HIGH, "x", "b"),
    ]
    terms, severity = finding_terms("x", findings, config())
    base = config().impact_weights["base"]
    assert severity == pytest.approx(severity_of([0.85, 0.6]))
    assert sum(t.points for t in terms) == pytest.approx(100 * base * severity, abs=1e-3)
    assert next(t for t in terms if t.label == OVERLAP_LABEL).points < 0


def test_one_dimension_needs_no_overlap_term() -> None:
    terms, _ = finding_terms(
        "x", [Finding("A", Dimension.SECURITY, Severity.HIGH, "x", "a")], config()
    )
    assert [t.label for t in terms if t.label == OVERLAP_LABEL] == []


def test_a_finding_below_its_dimensions_worst_is_listed_at_zero() -> None:
    findings = [
        Finding("A", Dimension.INTEROPERABILITY, Severity.HIGH, "x", "a"),
        Finding("B", Dimension.INTEROPERABILITY, Severity.MEDIUM, "x", "b"),
    ]
    terms, _ = finding_terms("x", findings, config())
    assert {t.rule_id: t.points for t in terms} == {"A": pytest.approx(100 * 0.5 * 0.48), "B": 0}


def test_the_dimension_values_shown_are_the_ones_the_priority_uses() -> None:
    s = score(twins(plain_phi_on_one=True), "lab-told")
    risks = [v for d, v in s.dimensions.items() if v is not None and d != "criticality"]
    counted = sum(t.points for t in s.breakdown if t.rule_id or t.label == OVERLAP_LABEL)
    assert counted == pytest.approx(100 * config().impact_weights["base"] * severity_of(risks))
    assert s.dimensions["criticality"] == s.criticality


def test_the_breakdown_adds_up_to_the_priority_on_the_twins() -> None:
    for s in twins(plain_phi_on_one=True).scores:
        assert sum(t.points for t in s.breakdown) == pytest.approx(s.priority, abs=1e-3)

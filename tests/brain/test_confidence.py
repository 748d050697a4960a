"""Confidence is evidence coverage: scanned facts count fully, declared ones less, unseen ones not.

Answers written before the run: a lab known only from the estate file is below 0.3 and below its
twin whose feed was captured; a system declared with an id and a name is below 0.3; an engine
whose channels relay captured feeds is well observed; the estate figure leans to critical parts.
"""

from dataclasses import replace
from pathlib import Path

import pytest
from brain_estates import PHI, config
from evidence_estates import (
    ESTATE,
    EXPORT,
    captured_feed,
    declared_system,
    scanned_from,
    twin_labs,
    with_isolated,
)

from assessor.confidence import component_confidence, estate_confidence
from assessor.config import load_config
from assessor.errors import UsageError
from assessor.model import Assessment, ComponentScore, Flow, Inventory, System, Transport
from assessor.rules import rule_by_id
from assessor.rules.base import RuleOutcome
from assessor.scoring import assess


def confidence(assessment: Assessment, component: str) -> float:
    return next(s.confidence for s in assessment.scores if s.component == component)


def test_a_lab_known_only_from_the_estate_file_is_below_0_3() -> None:
    assert confidence(assess(twin_labs(), config()), "lab-told") < 0.3


def test_a_declared_only_lab_is_below_its_twin_whose_feed_was_captured() -> None:
    assessment = assess(twin_labs(), config())
    assert confidence(assessment, "lab-told") < confidence(assessment, "lab-seen")


def test_a_system_declared_with_only_an_id_and_a_name_is_below_0_3() -> None:
    bare = System("bare", "Bare", declared=True, sources=(ESTATE,))
    assert confidence(assess(with_isolated(twin_labs(), bare), config()), "bare") < 0.3


def test_a_declared_fact_earns_the_configured_credit() -> None:
    lower = config(confidence_weights={"declared": 0.1, "use-cases": 1.0})
    higher = config(confidence_weights={"declared": 0.5, "use-cases": 1.0})
    told = [confidence(assess(twin_labs(), c), "lab-told") for c in (lower, higher)]
    assert told[0] < told[1]


def test_a_rule_that_does_not_apply_counts_neither_way() -> None:
    rules = rule_by_id()
    seen = RuleOutcome("SEC-T01", (), ("f",), ())
    unseen = RuleOutcome("DATA-T01", (), (), ("f",))
    not_applicable = RuleOutcome("OPS-X01", (), (), ())
    args = ({"a", "f"}, rules, (), frozenset({"f"}), config())
    without = component_confidence(args[0], [seen, unseen], *args[1:])
    with_it = component_confidence(args[0], [seen, unseen, not_applicable], *args[1:])
    assert with_it == without and 0 < without < 1


def test_an_engine_relaying_captured_feeds_is_well_observed() -> None:
    engine = declared_system("engine", "interface-engine", sources=(ESTATE, EXPORT))
    lab = replace(declared_system("lab"), sources=(ESTATE, "feeds/results.hl7"))
    ehr = declared_system("ehr", "ehr", sources=(ESTATE, EXPORT))
    channel = {
        "transport": Transport.MLLP,
        "channel": "Results",
        "message_types": {"ORU": 0},
        "tls": False,
        "sources": (EXPORT,),
    }
    inventory = Inventory(
        systems=(engine, lab, ehr),
        flows=(
            captured_feed("lab", "engine"),
            Flow("lab--engine--ch", "lab", "engine", **channel),  # type: ignore[arg-type]
            Flow("engine--ehr", "engine", "ehr", **channel),  # type: ignore[arg-type]
        ),
        scan=scanned_from(),
    )
    assert confidence(assess(inventory, config()), "engine") > 0.5


def test_the_estate_figure_is_weighted_by_criticality() -> None:
    critical = ComponentScore("a", "system", "A", 0.0, confidence=1.0, criticality=1.0)
    minor = ComponentScore("b", "system", "B", 0.0, confidence=0.0, criticality=0.0)
    assert estate_confidence([critical, minor]) == pytest.approx(1.5 / 2.0)


def test_the_assessment_reports_the_weighted_estate_figure() -> None:
    assessment = assess(twin_labs(), config())
    assert assessment.overall_confidence == estate_confidence(assessment.scores)


def test_the_confidence_settings_are_recorded_with_the_weights() -> None:
    assert assess(twin_labs(), config()).weights["confidence.declared"] == 0.25


def test_phi_declared_on_an_interface_is_a_declared_fact() -> None:
    told = twin_labs()
    with_phi = replace(
        told,
        flows=tuple(
            replace(f, phi_classes=PHI) if f.source == "lab-told" else f for f in told.flows
        ),
    )
    assert confidence(assess(with_phi, config()), "lab-told") < 0.3


def test_a_declared_credit_above_a_scanned_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "weights.toml"
    path.write_text("[confidence]\ndeclared = 1.5\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"confidence\.declared"):
        load_config(str(path))


def test_the_confidence_settings_can_be_overridden(tmp_path: Path) -> None:
    path = tmp_path / "weights.toml"
    path.write_text("[confidence]\ndeclared = 0.5\n", encoding="utf-8")
    assert load_config(str(path)).confidence_weights == {"declared": 0.5, "use-cases": 1.0}

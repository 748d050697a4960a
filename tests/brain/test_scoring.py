"""Scoring: every point explained, unobserved left unknown, gates, hubs and a stable order."""

from dataclasses import replace

import pytest
from brain_estates import (
    PHI,
    SEPSIS,
    chain,
    config,
    cycle,
    flow,
    hub,
    orphan,
    plain_mllp,
    profile,
    ready_hub,
    system,
)

from assessor.graph import build_graph
from assessor.model import (
    Assessment,
    ComponentScore,
    Dimension,
    Finding,
    Inventory,
    PhiClass,
    Severity,
    Transport,
)
from assessor.rules.base import GraphFacts
from assessor.scoring import GATE_EOL_PLAIN_PHI, Component, assess, score_component


def score(assessment: Assessment, component: str) -> ComponentScore:
    return next(s for s in assessment.scores if s.component == component)


def score_of_findings(findings: list[Finding]) -> ComponentScore:
    """The score of an isolated system answering for ``findings``."""
    facts = GraphFacts.of(build_graph(Inventory()), (), None)
    component = Component(findings[0].component, "system", "x")
    return score_component(component, findings, tuple(findings), [], {}, {}, facts, (), 1, config())


def gated_estate(tls: bool) -> Inventory:
    """pas out of support since 2023, sending ADT to the engine in clear (or not)."""
    base = hub()
    systems = tuple(
        replace(s, support_end="2023-12-31") if s.id == "pas" else s for s in base.systems
    )
    adt = plain_mllp("pas", "engine", tls=tls)
    flows = tuple(adt if f.id == "pas--engine" else f for f in base.flows)
    return replace(base, systems=systems, flows=flows)


ESTATES = {
    "chain": chain,
    "hub": hub,
    "cycle": cycle,
    "orphan": orphan,
    "gated": lambda: gated_estate(tls=False),
}


@pytest.mark.parametrize("name", sorted(ESTATES))
def test_breakdown_adds_up_to_the_priority(name: str) -> None:
    for s in assess(ESTATES[name](), config()).scores:
        assert sum(t.points for t in s.breakdown) == pytest.approx(s.priority, abs=1e-3)


@pytest.mark.parametrize("name", sorted(ESTATES))
def test_every_finding_is_counted_in_exactly_one_breakdown(name: str) -> None:
    assessment = assess(ESTATES[name](), config())
    counted = [(t.rule_id, t.fact) for s in assessment.scores for t in s.breakdown if t.rule_id]
    assert len(counted) == len(assessment.findings)
    assert sorted(r for r, _ in counted) == sorted(f.rule_id for f in assessment.findings)


def test_a_flows_findings_count_for_its_sender() -> None:
    pas = score(assess(gated_estate(tls=False), config()), "pas")
    assert any(t.rule_id == "SEC-T01" and "via pas--engine" in t.label for t in pas.breakdown)


def test_an_engine_channels_findings_count_for_the_engine() -> None:
    inventory = hub()
    channel = flow("lis", "engine", channel="LIS in", custom_script_lines=300, tls=True)
    inventory = replace(
        inventory, flows=tuple(channel if f.id == "lis--engine" else f for f in inventory.flows)
    )
    engine = score(assess(inventory, config()), "engine")
    assert any(t.rule_id == "OPS-X01" for t in engine.breakdown)


def test_flows_are_not_ranked_on_their_own() -> None:
    assert {s.component_type for s in assess(gated_estate(tls=False), config()).scores} == {
        "system"
    }


@pytest.mark.parametrize("name", sorted(ESTATES))
def test_priority_stays_between_0_and_100(name: str) -> None:
    assert all(0 <= s.priority <= 100 for s in assess(ESTATES[name](), config()).scores)


def test_a_component_without_findings_scores_zero_priority() -> None:
    assert score(assess(ready_hub(), config()), "pas").priority == 0


def test_a_dimension_no_rule_could_observe_is_none_not_zero() -> None:
    dimensions = score(assess(chain(), config()), "lis").dimensions
    assert dimensions["data-readiness"] is None and dimensions["security"] == 0.0


def test_confidence_rises_when_the_feed_was_observed() -> None:
    declared = assess(chain(), config())
    observed_flows = tuple(replace(f, observed=True, profile=profile()) for f in chain().flows)
    observed = assess(replace(chain(), flows=observed_flows), config())
    assert score(observed, "lis").confidence > score(declared, "lis").confidence


def test_confidence_is_a_share_between_0_and_1() -> None:
    assert all(0 <= s.confidence <= 1 for s in assess(hub(), config()).scores)


def test_a_pile_of_medium_findings_never_outweighs_one_critical() -> None:
    medium = [Finding("X", Dimension.INTEROPERABILITY, Severity.MEDIUM, "a", "m")] * 6
    critical = [Finding("Y", Dimension.SECURITY, Severity.CRITICAL, "b", "c")]
    a = score_of_findings(medium)
    b = score_of_findings(critical)
    assert b.priority > a.priority


def test_one_more_finding_never_lowers_the_priority() -> None:
    before = assess(
        Inventory(systems=(system("a"), system("b")), flows=(plain_mllp("a", "b"),)), config()
    )
    with_ssn = plain_mllp("a", "b", phi_classes=(*PHI, PhiClass.SSN))
    after = assess(Inventory(systems=(system("a"), system("b")), flows=(with_ssn,)), config())
    assert score(after, "a").priority > score(before, "a").priority


def test_an_articulation_point_is_more_critical_than_a_leaf() -> None:
    assessment = assess(chain(), config())
    assert score(assessment, "mid").criticality > score(assessment, "lis").criticality


def test_an_interface_engine_is_flagged_as_a_hub() -> None:
    assessment = assess(hub(), config())
    assert score(assessment, "engine").is_hub and not score(assessment, "pas").is_hub


def test_hub_criticality_is_damped_by_the_configured_share() -> None:
    damped = assess(hub(), config()).scores
    undamped_config = config()
    undamped_config = replace(
        undamped_config, factor_weights={**undamped_config.factor_weights, "hub_damping": 1.0}
    )
    full = assess(hub(), undamped_config).scores
    engine = next(s for s in damped if s.component == "engine")
    engine_full = next(s for s in full if s.component == "engine")
    assert engine.criticality == pytest.approx(engine_full.criticality * 0.5, abs=1e-3)


def test_past_end_of_support_and_plain_phi_is_gated() -> None:
    pas = score(assess(gated_estate(tls=False), config()), "pas")
    assert pas.gated == (GATE_EOL_PLAIN_PHI,)
    assert pas.priority >= config().gate_floors[GATE_EOL_PLAIN_PHI]


def test_a_gate_lifts_the_priority_to_its_floor_with_a_term_saying_so() -> None:
    cfg = config(gate_floors={GATE_EOL_PLAIN_PHI: 99.0})
    pas = score(assess(gated_estate(tls=False), cfg), "pas")
    assert 99.0 <= pas.priority < 100.0
    assert any(t.label.startswith("hard gate") and t.points > 0 for t in pas.breakdown)


def test_past_end_of_support_alone_is_not_gated() -> None:
    assert score(assess(gated_estate(tls=True), config()), "pas").gated == ()


def test_an_unsupported_system_receiving_plain_phi_is_gated_too() -> None:
    inventory = gated_estate(tls=False)
    systems = tuple(
        replace(s, support_end="2024-01-31") if s.id == "engine" else s for s in inventory.systems
    )
    engine = score(assess(replace(inventory, systems=systems), config()), "engine")
    assert engine.gated == (GATE_EOL_PLAIN_PHI,)


def test_a_component_lists_the_use_cases_it_blocks() -> None:
    pas = score(assess(gated_estate(tls=False), config()), "pas")
    assert pas.use_cases_blocked == ("sepsis-early-warning",)


def test_blocking_use_cases_adds_points() -> None:
    assessment = assess(gated_estate(tls=False), config())
    term = next(t for t in score(assessment, "pas").breakdown if t.label == "use cases blocked")
    assert term.points > 0 and "sepsis-early-warning" in term.fact


def test_scores_are_ranked_by_priority_then_id() -> None:
    scores = assess(gated_estate(tls=False), config()).scores
    keys = [(-s.priority, s.component) for s in scores]
    assert keys == sorted(keys)


def test_the_same_inventory_gives_the_same_assessment_in_any_input_order() -> None:
    inventory = gated_estate(tls=False)
    shuffled = replace(
        inventory,
        systems=tuple(reversed(inventory.systems)),
        flows=tuple(reversed(inventory.flows)),
    )
    assert assess(inventory, config()).to_dict() == assess(shuffled, config()).to_dict()


def test_a_disabled_rule_gives_no_finding_and_is_recorded_with_its_reason() -> None:
    cfg = config().with_exclusions(disabled_rules={"SEC-T01": "tunnel at network level"})
    assessment = assess(gated_estate(tls=False), cfg)
    assert not any(f.rule_id == "SEC-T01" for f in assessment.findings)
    assert [(e.target, e.kind, e.reason) for e in assessment.exclusions] == [
        ("SEC-T01", "rule", "tunnel at network level")
    ]


def test_an_excluded_component_has_no_score_and_no_finding() -> None:
    cfg = config().with_exclusions(excluded_components={"pas": "being decommissioned"})
    assessment = assess(gated_estate(tls=False), cfg)
    assert "pas" not in {s.component for s in assessment.scores}
    assert "pas" not in {f.component for f in assessment.findings}
    assert assessment.exclusions[0].reason == "being decommissioned"


def test_overall_readiness_is_unknown_when_nothing_was_observed() -> None:
    assessment = assess(Inventory(), config())
    assert assessment.overall_readiness is None and assessment.overall_band == "unknown"


def test_a_clean_estate_reads_as_more_ready_than_a_troubled_one() -> None:
    clean = assess(ready_hub(), config())
    troubled = assess(gated_estate(tls=False), config())
    assert clean.overall_readiness > troubled.overall_readiness


def test_assessment_records_weights_and_reference_data() -> None:
    assessment = assess(chain(), config())
    assert assessment.weights["dimension.security"] == 1.0
    assert "hl7_versions.csv" in assessment.reference_data


def test_the_assessment_round_trips_through_json() -> None:
    assessment = assess(gated_estate(tls=False), config())
    assert Assessment.from_dict(assessment.to_dict()) == assessment


def test_an_encrypted_flow_without_phi_scores_zero() -> None:
    inventory = Inventory(
        systems=(system("a"), system("b")),
        flows=(flow("a", "b", transport=Transport.MLLP, tls=True),),
        use_cases=(SEPSIS,),
    )
    assert score(assess(inventory, config()), "a").priority == 0


def test_a_stores_findings_count_for_the_system_that_owns_it() -> None:
    from brain_estates import store, table

    inventory = replace(
        chain(), stores=(store("lis-db", "lis", table("r", ("v", "TEXT"), primary_key=())),)
    )
    assessment = assess(inventory, config())
    assert "lis-db" not in {s.component for s in assessment.scores}
    assert any("via lis-db" in t.label for t in score(assessment, "lis").breakdown)


def test_a_store_no_system_owns_is_scored_on_its_own() -> None:
    from brain_estates import store, table

    orphan_store = store("old-db", "gone", table("r", ("v", "TEXT"), primary_key=()))
    inventory = Inventory(systems=(system("a"),), stores=(replace(orphan_store, system_id=None),))
    assert score(assess(inventory, config()), "old-db").component_type == "store"


def test_the_configuration_is_frozen() -> None:
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        config().wave_months = 3.0  # type: ignore[misc]


def test_assess_without_a_config_uses_the_shipped_defaults() -> None:
    assessment = assess(chain())
    assert assessment.weights == assess(chain(), config()).weights


def test_a_system_only_a_flow_names_is_scored_for_its_feeds() -> None:
    inventory = Inventory(systems=(system("b"),), flows=(plain_mllp("ghost", "b"),))
    ghost = score(assess(inventory, config()), "ghost")
    assert any(t.rule_id == "SEC-T01" for t in ghost.breakdown)

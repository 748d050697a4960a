"""From inventory to assessment: rules, per-component scores with their breakdown, readiness, waves.

The blocking priority of a component (0..100) is

    priority = 100 x severity x (base + w_crit x criticality + w_uc x share of use cases blocked)

floored by hard gates. ``severity`` combines the component's findings as independent risks
(``1 - prod(1 - p_i)``, ``p_i`` = severity points x dimension weight), so one more finding never
lowers it and it never exceeds 1. The breakdown gives each finding its marginal share of the
severity, each graph factor and the use cases their share of the impact, and a gate its lift; the
terms add up to the priority. See ``docs/scoring.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

from assessor.config import ScoringConfig, default_config
from assessor.graph import build_graph, simple_view
from assessor.model import (
    Assessment,
    ComponentScore,
    Dimension,
    Exclusion,
    Finding,
    Inventory,
    ScoreTerm,
    UseCaseReadiness,
)
from assessor.readiness import BLOCKED, assess_readiness
from assessor.roadmap import choose_disposition, plan_roadmap
from assessor.rules import all_rules
from assessor.rules.base import GraphFacts, Rule, RuleContext, RuleOutcome, load_reference_data
from assessor.use_cases import resolve_use_cases

__all__ = ["GATE_EOL_PLAIN_PHI", "assess", "criticality_factors", "score_component"]

GATE_EOL_PLAIN_PHI = "end-of-support-and-plain-phi"
LIFECYCLE_RULES = frozenset({"LIFE-S01", "LIFE-D01"})
PLAIN_PHI_RULE = "SEC-T01"
DECLARED_CRITICALITY = {"low": 0.25, "medium": 0.5, "high": 0.75, "critical": 1.0}
PRECISION = 4


@dataclass(frozen=True)
class Component:
    """A scorable thing: a system, a data store or a flow."""

    id: str
    type: str  # system | store | flow
    name: str
    declared_criticality: str | None = None
    neighbours: tuple[str, ...] = ()  # a flow's ends; a store's owning system
    flows: tuple[str, ...] = ()  # flows touching the system (a store: its owner's)


def assess(
    inventory: Inventory,
    config: ScoringConfig | None = None,
    *,
    generated_at: str = "",
    tool_version: str = "",
) -> Assessment:
    """Run every enabled rule, score every component, judge every use case, plan the waves."""
    config = config or default_config()
    inventory = inventory.sorted()
    use_cases = resolve_use_cases(inventory)
    graph = build_graph(inventory)
    facts = GraphFacts.of(graph, use_cases, inventory.ai_platform)
    excluded = frozenset(config.excluded_components)
    ctx = RuleContext(
        inventory, graph, facts, use_cases, config.today, load_reference_data(), excluded
    )
    rules = {r.id: r for r in all_rules() if r.id not in config.disabled_rules}
    outcomes = [rule.evaluate(ctx) for rule in rules.values()]
    findings = tuple(
        sorted(
            (f for o in outcomes for f in o.findings),
            key=lambda f: (f.component, f.rule_id, f.title),
        )
    )
    readiness = assess_readiness(
        use_cases, inventory, facts, findings, rules, config.blocking_severity, excluded
    )
    components = [c for c in _components(inventory) if c.id not in excluded]
    factors = criticality_factors(graph, facts, components, config)
    scores = tuple(
        sorted(
            (
                score_component(
                    c,
                    findings,
                    outcomes,
                    rules,
                    factors[c.id],
                    facts,
                    readiness,
                    len(use_cases),
                    config,
                )
                for c in components
            ),
            key=lambda s: (-s.priority, s.component),
        )
    )
    waves, critical_path, path_effort = plan_roadmap(
        graph, scores, findings, rules, readiness, config
    )
    overall, band, confidence = _overall(scores, config)
    return Assessment(
        inventory=inventory,
        generated_at=generated_at,
        tool_version=tool_version,
        findings=findings,
        scores=scores,
        use_cases=use_cases,
        readiness=readiness,
        waves=waves,
        exclusions=_exclusions(config),
        overall_readiness=overall,
        overall_band=band,
        overall_confidence=confidence,
        weights=_weights(config),
        reference_data=dict(sorted(ctx.reference.as_of.items())),
        critical_path=critical_path,
        critical_path_effort=path_effort,
    )


def _components(inventory: Inventory) -> list[Component]:
    owners = {s.id: s for s in inventory.systems}
    touching: dict[str, list[str]] = {}
    for flow in inventory.flows:
        for end in (flow.source, flow.target):
            touching.setdefault(end, []).append(flow.id)
    result = [
        Component(s.id, "system", s.name, s.criticality, (), tuple(sorted(touching.get(s.id, ()))))
        for s in inventory.systems
    ]
    for store in inventory.stores:
        owner = owners.get(store.system_id or "")
        result.append(
            Component(
                store.id,
                "store",
                store.id,
                owner.criticality if owner else None,
                (store.system_id,) if store.system_id else (),
                tuple(sorted(touching.get(store.system_id or "", ()))),
            )
        )
    for flow in inventory.flows:
        levels = [
            owners[n].criticality
            for n in (flow.source, flow.target)
            if n in owners and owners[n].criticality
        ]
        declared = max(levels, key=lambda c: DECLARED_CRITICALITY.get(c, 0)) if levels else None
        result.append(
            Component(
                flow.id,
                "flow",
                flow.channel or f"{flow.source} -> {flow.target}",
                declared,
                (flow.source, flow.target),
            )
        )
    return sorted(result, key=lambda c: c.id)


def criticality_factors(
    graph: nx.MultiDiGraph,
    facts: GraphFacts,
    components: list[Component],
    config: ScoringConfig,
) -> dict[str, dict[str, tuple[float, str]]]:
    """Per component, each criticality factor's value in [0, 1] and the graph fact behind it.

    A factor that was not observed (no declared criticality) is left out, never counted as 0.
    """
    max_between = max(facts.betweenness.values(), default=0.0) or 1.0
    max_edge = max(facts.edge_betweenness.values(), default=0.0) or 1.0
    others = max(graph.number_of_nodes() - 1, 1)
    bridges = (
        {frozenset(e) for e in nx.bridges(simple_view(graph).to_undirected())}
        if graph.number_of_nodes()
        else set()
    )
    result: dict[str, dict[str, tuple[float, str]]] = {}
    for c in components:
        factors: dict[str, tuple[float, str]] = {}
        if c.type == "flow":
            flow_between = facts.edge_betweenness.get(c.id, 0.0)
            source, target = c.neighbours
            factors["betweenness"] = (
                flow_between / max_edge,
                f"edge betweenness {flow_between:.3f}",
            )
            bridge = frozenset((source, target)) in bridges
            factors["articulation"] = (
                1.0 if bridge else 0.0,
                "bridge of the flow graph" if bridge else "not a bridge",
            )
            reach = facts.reach.get(target, 0) + 1
            factors["downstream_reach"] = (reach / others, f"reaches {reach} node(s)")
        else:
            between = facts.betweenness.get(c.id, 0.0)
            factors["betweenness"] = (between / max_between, f"betweenness {between:.3f}")
            spof = facts.articulation.get(c.id, False)
            factors["articulation"] = (
                1.0 if spof else 0.0,
                "articulation point" if spof else "not an articulation point",
            )
            reach = facts.reach.get(c.id, 0)
            factors["downstream_reach"] = (reach / others, f"reaches {reach} node(s)")
        if c.declared_criticality in DECLARED_CRITICALITY:
            factors["declared"] = (
                DECLARED_CRITICALITY[c.declared_criticality],
                f"declared criticality {c.declared_criticality}",
            )
        result[c.id] = {k: (min(v, 1.0), fact) for k, (v, fact) in factors.items()}
    return result


def _finding_points(finding: Finding, config: ScoringConfig) -> float:
    return config.severity_points.get(finding.severity, 0.0) * config.dimension_weights.get(
        finding.dimension, 1.0
    )


def score_component(
    component: Component,
    findings: tuple[Finding, ...],
    outcomes: list[RuleOutcome],
    rules: Mapping[str, Rule],
    factors: dict[str, tuple[float, str]],
    facts: GraphFacts,
    readiness: tuple[UseCaseReadiness, ...],
    use_case_count: int,
    config: ScoringConfig,
) -> ComponentScore:
    """The score of one component, with a breakdown whose points add up to its priority."""
    own = [f for f in findings if f.component == component.id]
    ordered = sorted(own, key=lambda f: (-_finding_points(f, config), f.rule_id, f.title))
    terms: list[ScoreTerm] = []
    impact = config.impact_weights
    base = impact.get("base", 0.4)

    severity, remaining = 0.0, 1.0
    for finding in ordered:
        marginal = remaining * _finding_points(finding, config)
        remaining -= marginal
        severity += marginal
        terms.append(
            ScoreTerm(
                f"{finding.rule_id}: {finding.title}",
                round(100 * marginal * base, PRECISION),
                dimension=finding.dimension,
                rule_id=finding.rule_id,
                fact=f"{finding.severity} finding",
            )
        )

    is_hub = component.id in facts.hubs
    damping = config.factor_weights.get("hub_damping", 1.0) if is_hub else 1.0
    weights = {k: config.factor_weights.get(k, 0.0) for k in factors}
    total_weight = sum(weights.values()) or 1.0
    criticality = damping * sum(weights[k] * v for k, (v, _) in factors.items()) / total_weight
    for key, (value, fact) in sorted(factors.items()):
        share = damping * weights[key] * value / total_weight
        if is_hub:
            fact += f"; interface engine hub, counted x{damping:g}"
        terms.append(
            ScoreTerm(
                f"criticality: {key.replace('_', ' ')}",
                round(100 * severity * impact.get("criticality", 0.0) * share, PRECISION),
                dimension=Dimension.CRITICALITY,
                fact=fact,
            )
        )

    blocked = tuple(
        sorted(
            r.use_case
            for r in readiness
            if r.status == BLOCKED and any(b.component == component.id for b in r.blocked_by)
        )
    )
    use_share = len(blocked) / use_case_count if use_case_count else 0.0
    terms.append(
        ScoreTerm(
            "use cases blocked",
            round(100 * severity * impact.get("use_cases", 0.0) * use_share, PRECISION),
            fact=f"blocks {len(blocked)} of {use_case_count} use case(s)"
            + (f": {', '.join(blocked)}" if blocked else ""),
        )
    )

    subtotal = sum(t.points for t in terms)
    gates = _gates(component, own, findings)
    for gate in gates:
        floor = config.gate_floors.get(gate, 0.0)
        if floor > subtotal:
            terms.append(
                ScoreTerm(
                    f"hard gate: {gate.replace('-', ' ')}",
                    round(floor - subtotal, PRECISION),
                    fact="past end of support and PHI over plain TCP",
                )
            )
            subtotal = sum(t.points for t in terms)

    disposition = choose_disposition(component.type, own, rules, config, is_hub)
    return ComponentScore(
        component=component.id,
        component_type=component.type,
        name=component.name,
        priority=round(sum(t.points for t in terms), PRECISION),
        dimensions=_dimension_severities(component.id, own, outcomes, rules, config),
        confidence=_confidence(component.id, outcomes, rules, config),
        criticality=round(criticality, PRECISION),
        is_hub=is_hub,
        use_cases_blocked=blocked,
        disposition=disposition,
        effort=config.effort_of(disposition),
        gated=tuple(gates),
        breakdown=tuple(terms),
    )


def _gates(component: Component, own: list[Finding], findings: tuple[Finding, ...]) -> list[str]:
    """Hard gates holding this component's priority up."""
    by_component: dict[str, set[str]] = {}
    for f in findings:
        by_component.setdefault(f.component, set()).add(f.rule_id)
    own_rules = {f.rule_id for f in own}
    if component.type == "flow":
        lifecycle = bool(own_rules & LIFECYCLE_RULES) or any(
            by_component.get(n, set()) & LIFECYCLE_RULES for n in component.neighbours
        )
        plain = PLAIN_PHI_RULE in own_rules
    else:
        lifecycle = bool(own_rules & LIFECYCLE_RULES)
        plain = any(PLAIN_PHI_RULE in by_component.get(f, set()) for f in component.flows)
    return [GATE_EOL_PLAIN_PHI] if lifecycle and plain else []


def _dimension_severities(
    component_id: str,
    own: list[Finding],
    outcomes: list[RuleOutcome],
    rules: Mapping[str, Rule],
    config: ScoringConfig,
) -> dict[str, float | None]:
    """Per dimension, the findings combined as independent risks; None if no rule could look."""
    observed_dims = {rules[o.rule_id].dimension for o in outcomes if component_id in o.observed}
    result: dict[str, float | None] = {}
    for dimension in Dimension:
        if dimension not in observed_dims:
            result[dimension.value] = None
            continue
        remaining = 1.0
        for f in own:
            if f.dimension == dimension:
                remaining *= 1 - config.severity_points.get(f.severity, 0.0)
        result[dimension.value] = round(1 - remaining, PRECISION)
    return result


def _confidence(
    component_id: str,
    outcomes: list[RuleOutcome],
    rules: Mapping[str, Rule],
    config: ScoringConfig,
) -> float:
    """Share of the signal weight of in-scope rules that could observe this component."""
    seen = unseen = 0.0
    for outcome in outcomes:
        rule = rules[outcome.rule_id]
        weight = config.severity_points.get(rule.severity, 0.0) * config.dimension_weights.get(
            rule.dimension, 1.0
        )
        if component_id in outcome.observed:
            seen += weight
        elif component_id in outcome.unobserved:
            unseen += weight
    return round(seen / (seen + unseen), PRECISION) if seen + unseen else 0.0


def _overall(
    scores: tuple[ComponentScore, ...], config: ScoringConfig
) -> tuple[float | None, str, float]:
    """Criticality-weighted readiness of the estate, its band and confidence."""
    if not scores:
        return None, "unknown", 0.0
    confidence = round(sum(s.confidence for s in scores) / len(scores), PRECISION)
    observed = [s for s in scores if s.confidence > 0]
    if not observed:
        return None, "unknown", confidence
    weights = [0.5 + s.criticality for s in observed]
    severity = [_severity_of(s, config) for s in observed]
    readiness = 1 - sum(w * v for w, v in zip(weights, severity, strict=True)) / sum(weights)
    readiness = round(readiness, PRECISION)
    if confidence < config.bands.get("min-confidence", 0.0):
        band = "unknown"
    elif readiness >= config.bands.get("ready", 0.75):
        band = "ready"
    elif readiness >= config.bands.get("ready-with-conditions", 0.5):
        band = "ready-with-conditions"
    else:
        band = "not-ready"
    return readiness, band, confidence


def _severity_of(score: ComponentScore, config: ScoringConfig) -> float:
    """The component's combined finding severity: its finding terms without the impact factor."""
    base = config.impact_weights.get("base", 0.4) or 1.0
    return min(1.0, sum(t.points for t in score.breakdown if t.rule_id) / (100 * base))


def _exclusions(config: ScoringConfig) -> tuple[Exclusion, ...]:
    entries = [Exclusion(k, "rule", v) for k, v in config.disabled_rules.items()]
    entries += [Exclusion(k, "component", v) for k, v in config.excluded_components.items()]
    return tuple(sorted(entries, key=lambda e: (e.kind, e.target)))


def _weights(config: ScoringConfig) -> dict[str, float]:
    weights = {f"dimension.{k}": v for k, v in config.dimension_weights.items()}
    weights.update({f"impact.{k}": v for k, v in config.impact_weights.items()})
    weights.update({f"criticality.{k}": v for k, v in config.factor_weights.items()})
    weights.update({f"severity.{k}": v for k, v in config.severity_points.items()})
    return dict(sorted(weights.items()))

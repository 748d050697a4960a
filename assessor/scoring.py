"""From inventory to assessment: rules, per-component scores with their breakdown, readiness, waves.

Scored components are the systems, and the data stores no system owns. A flow's findings count
for the system answerable for it (the engine running its channel, else its sender) and a store's
for the system that owns it, so the ranking names what a roadmap acts on; every finding keeps its
own component id and evidence.

The blocking priority of a component (0..100) is

    priority = 100 x severity x (base + w_crit x criticality + w_uc x share of use cases blocked)

floored by hard gates. ``severity`` combines the worst finding of each dimension as independent
risks, and the breakdown gives each finding its points alone, order-free
(``assessor/attribution.py``); each graph factor and the use cases get their share of the impact,
and a gate its lift; the terms add up to the priority. Confidence is the evidence coverage of the
facts deciding the score (``assessor/confidence.py``). See ``docs/scoring.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

from assessor.attribution import (
    PRECISION,
    dimension_risks,
    finding_terms,
    overall_severity,
)
from assessor.confidence import component_confidence, estate_confidence
from assessor.config import ScoringConfig, default_config
from assessor.engine_migration import engine_migrations
from assessor.fhir_mapping import feed_mappability
from assessor.graph import build_graph
from assessor.headline import readiness_headline
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
from assessor.readiness import BLOCKED, accountable, assess_readiness
from assessor.roadmap import choose_disposition, plan_roadmap
from assessor.rules import all_rules
from assessor.rules.base import GraphFacts, Rule, RuleContext, RuleOutcome, load_reference_data
from assessor.use_cases import resolve_use_cases

__all__ = [
    "GATE_EOL_PLAIN_PHI",
    "PLAIN_PHI_RULE",
    "Component",
    "assess",
    "criticality_factors",
    "score_component",
]

GATE_EOL_PLAIN_PHI = "end-of-support-and-plain-phi"
LIFECYCLE_RULES = frozenset({"LIFE-S01", "LIFE-D01"})
PLAIN_PHI_RULE = "SEC-T01"
"""The rule that finds PHI over an unencrypted link, also where the PHI is inferred (an engine's
outbound channel carries what its feeds bring in even though no message was captured on it)."""
DECLARED_CRITICALITY = {"low": 0.25, "medium": 0.5, "high": 0.75, "critical": 1.0}


@dataclass(frozen=True)
class Component:
    """A scored thing: a system, or a data store no system owns."""

    id: str
    type: str  # system | store
    name: str
    declared_criticality: str | None = None
    members: tuple[str, ...] = ()  # itself and the flows and stores it answers for
    flows: tuple[str, ...] = ()  # flows touching it, for the hard gate
    all_flows_disabled: bool = False


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
    owner = accountable(inventory, set(facts.hubs))
    excluded = frozenset(config.excluded_components)
    ctx = RuleContext(
        inventory, graph, facts, use_cases, config.today, load_reference_data(), excluded
    )
    rules = {r.id: r for r in all_rules() if r.id not in config.disabled_rules}
    outcomes = [rule.evaluate(ctx) for rule in rules.values()]
    findings = tuple(
        sorted(
            (
                f
                for o in outcomes
                for f in o.findings
                if owner.get(f.component, f.component) not in excluded
            ),
            key=lambda f: (f.component, f.rule_id, f.title),
        )
    )
    readiness = assess_readiness(
        use_cases, inventory, facts, findings, rules, config.blocking_severity, excluded
    )
    scanned = frozenset(
        c.id for c in (*inventory.systems, *inventory.stores, *inventory.flows) if ctx.scanned(c)
    )
    components = [c for c in _components(inventory, owner) if c.id not in excluded]
    factors = criticality_factors(graph, facts, components, config)
    attributed: dict[str, list[Finding]] = {c.id: [] for c in components}
    for finding in findings:
        target = owner.get(finding.component, finding.component)
        if target in attributed:
            attributed[target].append(finding)
    scores = tuple(
        sorted(
            (
                score_component(
                    c,
                    attributed[c.id],
                    findings,
                    outcomes,
                    rules,
                    factors[c.id],
                    facts,
                    readiness,
                    len(use_cases),
                    config,
                    scanned,
                )
                for c in components
            ),
            key=lambda s: (-s.priority, s.component),
        )
    )
    roadmap = plan_roadmap(graph, scores, findings, attributed, rules, readiness, config, inventory)
    overall, band, confidence = _overall(scores, config)
    return Assessment(
        inventory=inventory,
        generated_at=generated_at,
        tool_version=tool_version,
        findings=findings,
        scores=roadmap.scores,
        use_cases=use_cases,
        readiness=readiness,
        waves=roadmap.waves,
        exclusions=_exclusions(config),
        overall_readiness=overall,
        overall_band=band,
        overall_confidence=confidence,
        weights=_weights(config),
        reference_data=dict(sorted(ctx.reference.as_of.items())),
        critical_path=roadmap.critical_path,
        critical_path_effort=roadmap.critical_path_days,
        fhir_mappability=feed_mappability(inventory),
        headline=readiness_headline(readiness, band, overall),
        bands={k: v for k, v in sorted(config.bands.items()) if k != "min-confidence"},
        schedule=roadmap.schedule,
        engine_migrations=engine_migrations(inventory),
    )


def _components(inventory: Inventory, owner: Mapping[str, str]) -> list[Component]:
    members: dict[str, list[str]] = {}
    for component, answerable in owner.items():
        members.setdefault(answerable, []).append(component)
    touching: dict[str, list[str]] = {}
    enabled: dict[str, list[bool]] = {}
    for flow in inventory.flows:
        for end in (flow.source, flow.target):
            touching.setdefault(end, []).append(flow.id)
            enabled.setdefault(end, []).append(flow.enabled)
    result = [
        Component(
            s.id,
            "system",
            s.name,
            s.criticality,
            tuple(sorted(members.get(s.id, [s.id]))),
            tuple(sorted(touching.get(s.id, ()))),
            bool(enabled.get(s.id)) and not any(enabled[s.id]),
        )
        for s in inventory.systems
    ]
    result += [
        Component(store.id, "store", store.id, None, tuple(sorted(members.get(store.id, ()))))
        for store in inventory.stores
        if owner.get(store.id) == store.id
    ]
    listed = {s.id for s in inventory.systems} | {s.id for s in inventory.stores}
    ghosts = sorted({n for f in inventory.flows for n in (f.source, f.target)} - listed)
    result += [  # named by a flow but listed nowhere: still answerable for its feeds
        Component(
            g,
            "system",
            g,
            None,
            tuple(sorted(members.get(g, [g]))),
            tuple(sorted(touching.get(g, ()))),
        )
        for g in ghosts
    ]
    return sorted(result, key=lambda c: c.id)


def criticality_factors(
    graph: nx.MultiDiGraph,
    facts: GraphFacts,
    components: list[Component],
    config: ScoringConfig,
) -> dict[str, dict[str, tuple[float, str]]]:
    """Per component, each criticality factor's value in [0, 1] and the graph fact behind it.

    Betweenness is relative to the most central node. A factor that was not observed is left out,
    never counted as 0: no declared criticality, or no graph position for a system no flow
    touches (nothing was seen of its interfaces).
    """
    max_between = max(facts.betweenness.values(), default=0.0) or 1.0
    others = max(graph.number_of_nodes() - 1, 1)
    result: dict[str, dict[str, tuple[float, str]]] = {}
    for c in components:
        between = facts.betweenness.get(c.id, 0.0)
        spof = facts.articulation.get(c.id, False)
        reach = facts.reach.get(c.id, 0)
        isolated = c.type == "system" and not c.flows
        factors = (
            {}
            if isolated
            else {
                "betweenness": (between / max_between, f"betweenness {between:.3f}"),
                "articulation": (
                    1.0 if spof else 0.0,
                    "articulation point" if spof else "not an articulation point",
                ),
                "downstream_reach": (min(reach / others, 1.0), f"reaches {reach} node(s)"),
            }
        )
        if c.declared_criticality in DECLARED_CRITICALITY:
            factors["declared"] = (
                DECLARED_CRITICALITY[c.declared_criticality],
                f"declared criticality {c.declared_criticality}",
            )
        result[c.id] = factors
    return result


def score_component(
    component: Component,
    own: list[Finding],
    findings: tuple[Finding, ...],
    outcomes: list[RuleOutcome],
    rules: Mapping[str, Rule],
    factors: dict[str, tuple[float, str]],
    facts: GraphFacts,
    readiness: tuple[UseCaseReadiness, ...],
    use_case_count: int,
    config: ScoringConfig,
    scanned: frozenset[str] = frozenset(),
) -> ComponentScore:
    """The score of one component, with a breakdown whose points add up to its priority.

    ``own`` are the findings it answers for (its own, its flows' and its stores'); ``findings``
    all of them, for the hard gate; ``scanned`` the ids of the components a scan saw, for the
    confidence.
    """
    impact = config.impact_weights
    terms, severity = finding_terms(component.id, own, config)

    is_hub = component.id in facts.hubs
    damping = config.factor_weights.get("hub_damping", 1.0) if is_hub else 1.0
    weights = {k: config.factor_weights.get(k, 0.0) for k in factors}
    total_weight = sum(weights.values()) or 1.0
    criticality = damping * sum(weights[k] * v for k, (v, _) in factors.items()) / total_weight
    for key, (value, fact) in sorted(factors.items()):
        share = damping * weights[key] * value / total_weight
        if is_hub:
            fact += f"; interface engine hub, counted x{damping:g}"
        points = 100 * severity * impact.get("criticality", 0.0) * share
        terms.append(
            ScoreTerm(
                f"criticality: {key.replace('_', ' ')}",
                round(points, PRECISION),
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

    gates = _gates(component, own, findings)
    floor = max((config.gate_floors.get(g, 0.0) for g in gates), default=0.0)
    if gates and floor > 0:
        # A floor: no lift above it; below it, keep the order among gated components.
        subtotal = sum(t.points for t in terms)
        lifted = max(subtotal, floor + subtotal / 100)
        terms.append(
            ScoreTerm(
                f"hard gate: {' and '.join(g.replace('-', ' ') for g in gates)}",
                round(lifted - subtotal, PRECISION),
                fact=f"past end of support and PHI over plain TCP: at least {floor:g}",
            )
        )

    disposition = choose_disposition(
        component.type, own, rules, config, is_hub, component.all_flows_disabled
    )
    members = set(component.members) | {component.id}
    observed = {rules[o.rule_id].dimension for o in outcomes if members & o.observed_set}
    return ComponentScore(
        component=component.id,
        component_type=component.type,
        name=component.name,
        priority=round(sum(t.points for t in terms), PRECISION),
        dimensions=dimension_risks(observed, own, criticality, config),
        confidence=component_confidence(members, outcomes, rules, readiness, scanned, config),
        criticality=round(criticality, PRECISION),
        is_hub=is_hub,
        use_cases_blocked=blocked,
        disposition=disposition,
        effort=config.effort_of(disposition),
        gated=tuple(gates),
        breakdown=tuple(terms),
    )


def _gates(component: Component, own: list[Finding], findings: tuple[Finding, ...]) -> list[str]:
    """Hard gates holding this component's priority up.

    Past end of support (its own product or its database engine) and PHI over plain TCP on a flow
    it answers for or that touches it.
    """
    lifecycle = any(f.rule_id in LIFECYCLE_RULES for f in own)
    touching = set(component.flows)
    plain = any(f.rule_id == PLAIN_PHI_RULE for f in own) or any(
        f.rule_id == PLAIN_PHI_RULE and f.component in touching for f in findings
    )
    return [GATE_EOL_PLAIN_PHI] if lifecycle and plain else []


def _overall(
    scores: tuple[ComponentScore, ...], config: ScoringConfig
) -> tuple[float | None, str, float]:
    """Criticality-weighted readiness of the estate, its band, and its evidence coverage."""
    if not scores:
        return None, "unknown", 0.0
    confidence = estate_confidence(scores)
    observed = [s for s in scores if s.confidence > 0]
    if not observed:
        return None, "unknown", confidence
    weights = [0.5 + s.criticality for s in observed]
    severity = [overall_severity(s.dimensions) for s in observed]
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


def _exclusions(config: ScoringConfig) -> tuple[Exclusion, ...]:
    entries = [Exclusion(k, "rule", v) for k, v in config.disabled_rules.items()]
    entries += [Exclusion(k, "component", v) for k, v in config.excluded_components.items()]
    return tuple(sorted(entries, key=lambda e: (e.kind, e.target)))


def _weights(config: ScoringConfig) -> dict[str, float]:
    weights = {f"dimension.{k}": v for k, v in config.dimension_weights.items()}
    weights.update({f"impact.{k}": v for k, v in config.impact_weights.items()})
    weights.update({f"criticality.{k}": v for k, v in config.factor_weights.items()})
    weights.update({f"severity.{k}": v for k, v in config.severity_points.items()})
    weights.update({f"confidence.{k}": v for k, v in config.confidence_weights.items()})
    return dict(sorted(weights.items()))

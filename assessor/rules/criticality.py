"""Criticality rules: where the graph says one failure stops many data paths."""

from __future__ import annotations

from assessor.model import Dimension, Evidence, Severity, System
from assessor.rules.base import CLEAN, NOT_APPLICABLE, RuleContext, Verdict, fires, rule

DIM = Dimension.CRITICALITY
BOTTLENECK = 0.25


def _paths_through(node: str, ctx: RuleContext) -> list[str]:
    return sorted(u for u, path in ctx.facts.paths.items() if node in path)


@rule(
    "CRIT-S01",
    "single-point-of-failure",
    DIM,
    Severity.MEDIUM,
    "system",
    remediation="Add a redundant path (a second engine node, a standby interface) or an "
    "outage procedure for the data it carries.",
    skills=("HL7 v2",),
)
def single_point_of_failure(system: System, ctx: RuleContext) -> Verdict | None:
    """A system whose outage cuts the estate in two.

    Why it matters for AI: a real-time model (sepsis, medication safety) is only as available as
    the one system its data must pass through.

    Anti-pattern: every feed to the AI platform passing through one LIS gateway.

    Best practice: no single non-redundant node on a real-time AI data path.

    Interface engines are hubs by design and are reported by CRIT-H01 instead.
    """
    if system.id in ctx.facts.hubs:
        return NOT_APPLICABLE
    if system.id not in ctx.facts.articulation:
        return None
    if not ctx.facts.articulation[system.id]:
        return CLEAN
    paths = _paths_through(system.id, ctx)
    return fires(
        "single point of failure" + (f" on {len(paths)} use-case path(s)" if paths else ""),
        Evidence(
            "graph",
            "articulation point of the flow graph"
            + (f"; paths: {', '.join(paths)}" if paths else ""),
        ),
        severity=Severity.HIGH if paths else Severity.MEDIUM,
    )


@rule(
    "CRIT-B01",
    "bottleneck",
    DIM,
    Severity.MEDIUM,
    "system",
    remediation="Spread the load or decouple consumers (publish once through the engine).",
    skills=("HL7 v2",),
)
def bottleneck(system: System, ctx: RuleContext) -> Verdict | None:
    """A system most data paths run through, without being an interface engine.

    Why it matters for AI: changes to it ripple through every path; adding an AI consumer there
    means touching the busiest system in the estate.

    Anti-pattern: an EHR relaying lab results to three downstream systems itself.

    Best practice: routing done by the interface engine, systems at the edges.
    """
    if system.id in ctx.facts.hubs:
        return NOT_APPLICABLE
    if system.id not in ctx.facts.betweenness:
        return None
    value = ctx.facts.betweenness[system.id]
    if value < BOTTLENECK:
        return CLEAN
    return fires(f"betweenness {value:.2f}", Evidence("graph", f"betweenness {value:.2f}"))


@rule(
    "CRIT-H01",
    "interface-engine-hub",
    DIM,
    Severity.INFO,
    "system",
    remediation="Keep the engine highly available and its channels documented; it is on "
    "every AI data path by design.",
    skills=("HL7 v2",),
)
def engine_hub(system: System, ctx: RuleContext) -> Verdict | None:
    """An interface engine: a hub by design.

    Why it matters for AI: the engine is where AI feeds are best tapped, and where an outage
    stops them all. It is reported as a hub so that its centrality informs, rather than drowns,
    the ranking of the systems that actually block.

    Anti-pattern: none in itself; the risk is an engine without high availability or ownership.

    Best practice: a highly available engine with documented channels.
    """
    if system.id not in ctx.graph:
        return None
    if system.id not in ctx.facts.hubs:
        return CLEAN  # the graph shows it routes nobody's messages
    channels = ctx.facts.fan_in.get(system.id, 0) + ctx.facts.fan_out.get(system.id, 0)
    return fires(
        f"interface engine hub with {channels} connected node(s)",
        Evidence("graph", ctx.facts.hubs[system.id], channels),
    )

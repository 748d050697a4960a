"""What the report's "Interface engine" section says about each engine with a channel inventory.

Channel counts by connector kind and data type, the spread of JavaScript sizes, the heaviest
channels, the routing between channels laid out for a small SVG, the migration effort per target
and the engine's findings. Nothing here writes markup: the template does, with escaping on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

from assessor.engine_migration import (
    TARGETS,
    ChannelEffort,
    Effort,
    EngineMigration,
    assumptions,
    plan_migration,
    routing_graph,
)
from assessor.engine_versions import EnginePosition, engine_position
from assessor.model import Assessment, EngineChannel, Finding, System

HEAVIEST = 10
"""How many channels the heaviest-channels table lists."""
MAX_GRAPH_NODES = 40
"""Beyond this many routed channels the SVG is left out (the table still lists every route)."""
JS_BUCKETS = ((0, 0, "none"), (1, 49, "1–49"), (50, 199, "50–199"), (200, 499, "200–499"))
NODE_W, NODE_H, GAP_X, GAP_Y, PAD = 170, 30, 60, 14, 10
DATA_TYPE_LABELS = {
    "HL7V2": "HL7 v2",
    "HL7V3": "HL7 v3",
    "XML": "XML",
    "JSON": "JSON",
    "DELIMITED": "Delimited",
    "DICOM": "DICOM",
    "RAW": "Raw",
    "NCPDP": "NCPDP",
    "EDI/X12": "EDI / X12",
}


@dataclass(frozen=True)
class RouteNode:
    """One channel in the routing SVG, at its place."""

    label: str
    x: int
    y: int
    outside: bool = False  # a route target not in the exports


@dataclass(frozen=True)
class RouteEdge:
    """One route as an SVG path: to the next column straight, within a column as a loop."""

    path: str


@dataclass(frozen=True)
class RoutingMap:
    """The routes between an engine's channels, laid out left to right by routing depth."""

    nodes: tuple[RouteNode, ...]
    edges: tuple[RouteEdge, ...]
    width: int
    height: int
    routes: tuple[tuple[str, str], ...]  # (from, to) names, for the table beside the SVG
    too_large: bool = False


@dataclass(frozen=True)
class EngineSection:
    """Everything the section shows about one engine."""

    id: str
    name: str
    version: str | None
    position: EnginePosition | None
    out_of_support: bool
    channels: int
    enabled: int
    connector_kinds: tuple[tuple[str, int], ...]
    data_types: tuple[tuple[str, int], ...]
    script_lines: int
    js_spread: tuple[tuple[str, int], ...]
    heaviest: tuple[tuple[EngineChannel, ChannelEffort], ...]
    code_templates: int
    global_script_lines: int
    routing: RoutingMap
    migration: EngineMigration
    findings: tuple[Finding, ...]
    assumptions: tuple[str, ...]
    targets: dict[str, str]


def days(effort: Effort) -> str:
    """``Effort(4.2, 8.5, 17)`` -> ``"8.5 (4.2–17)"`` person-days, one decimal at most."""

    def one(value: float) -> str:
        return f"{value:.1f}".removesuffix(".0")

    return f"{one(effort.likely)} ({one(effort.low)}–{one(effort.high)})"


def effort_label(migration: EngineMigration) -> str:
    """The engine's migration effort in the ranked table's words."""
    return (
        f"{len(migration.channels)} channels: fork {days(migration.fork)} d, "
        f"rebuild {days(migration.rebuild)} d"
    )


def _spread(channels: tuple[EngineChannel, ...]) -> tuple[tuple[str, int], ...]:
    counts = Counter()
    for channel in channels:
        lines = channel.total_script_lines
        label = next((lab for low, high, lab in JS_BUCKETS if low <= lines <= high), "500+")
        counts[label] += 1
    order = [label for _, _, label in JS_BUCKETS] + ["500+"]
    return tuple((label, counts[label]) for label in order)


def _edge(start: tuple[int, int], end: tuple[int, int]) -> RouteEdge:
    """A route between two placed nodes; channels of one routing cycle share a column."""
    (x1, y1), (x2, y2) = start, end
    if x1 == x2:  # same column: leave and re-enter on the right, bowed out
        right, bow = x1 + NODE_W, GAP_X // 2
        a, b = y1 + NODE_H // 2 - 5, y2 + NODE_H // 2 + 5
        return RouteEdge(f"M{right},{a} C{right + bow},{a} {right + bow},{b} {right},{b}")
    return RouteEdge(f"M{x1 + NODE_W},{y1 + NODE_H // 2} L{x2},{y2 + NODE_H // 2}")


def routing_map(channels: tuple[EngineChannel, ...], graph: nx.DiGraph) -> RoutingMap:
    """Channels that route or are routed to, in columns by depth; routes outside the exports too."""
    names = {c.id: c.name for c in channels}
    known = {c.id for c in channels} | {c.name.casefold() for c in channels}
    routed = nx.DiGraph(graph.edges)
    for channel in channels:
        for route in channel.routes_to:
            if route not in known and route.casefold() not in known:
                routed.add_edge(channel.id, f"outside:{route}")
    routes = tuple(
        sorted(
            (names.get(a, a), names.get(b, b.removeprefix("outside:") + " (not in the exports)"))
            for a, b in routed.edges
        )
    )
    if routed.number_of_nodes() > MAX_GRAPH_NODES:
        return RoutingMap((), (), 0, 0, routes, too_large=True)
    if routed.number_of_nodes() == 0:
        return RoutingMap((), (), 0, 0, routes)
    condensed = nx.condensation(routed)
    column = {}
    for depth, generation in enumerate(nx.topological_generations(condensed)):
        for group in generation:
            for node in condensed.nodes[group]["members"]:
                column[node] = depth
    places: dict[str, tuple[int, int]] = {}
    nodes = []
    rows: Counter[int] = Counter()
    for node in sorted(routed.nodes, key=lambda n: (column[n], names.get(n, n), n)):
        col = column[node]
        x, y = PAD + col * (NODE_W + GAP_X), PAD + rows[col] * (NODE_H + GAP_Y)
        rows[col] += 1
        places[node] = (x, y)
        outside = node.startswith("outside:")
        label = names.get(node, node.removeprefix("outside:"))
        nodes.append(RouteNode(label if len(label) <= 22 else label[:21] + "…", x, y, outside))
    edges = tuple(_edge(places[a], places[b]) for a, b in sorted(routed.edges))
    width = PAD * 2 + (max(column.values()) + 1) * (NODE_W + GAP_X) - GAP_X + GAP_X // 2
    height = PAD * 2 + max(rows.values()) * (NODE_H + GAP_Y) - GAP_Y
    return RoutingMap(tuple(nodes), edges, width, height, routes)


def engine_section(system: System, assessment: Assessment) -> EngineSection:
    """The section of one engine (``system.engine`` must be set)."""
    assert system.engine is not None
    engine = system.engine
    channels = engine.channels
    # The report shows the plan the JSON carries; an assessment saved before the JSON carried
    # one is planned again from its channels.
    migration = next(
        (m for m in assessment.engine_migrations if m.engine == system.id), None
    ) or plan_migration(engine)
    graph, _ = routing_graph(engine)
    kinds: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for channel in channels:
        for connector in channel.connectors:
            kinds[f"{connector.role}: {connector.kind}"] += 1
        if channel.source and channel.source.inbound_data_type:
            value = channel.source.inbound_data_type
            types[DATA_TYPE_LABELS.get(value.upper(), value)] += 1
    efforts = {e.channel_id: e for e in migration.channels}
    heaviest = sorted(
        ((c, efforts[c.id]) for c in channels),
        key=lambda pair: (-pair[1].rebuild.likely, -pair[0].total_script_lines, pair[0].name),
    )[:HEAVIEST]
    version = system.version or engine.version
    position = engine_position(system.product or engine.product, version)
    as_of = assessment.generated_at[:10]
    out = bool(
        position and position.vendor_support_end and as_of >= str(position.vendor_support_end)
    )
    return EngineSection(
        id=system.id,
        name=system.name,
        version=version,
        position=position,
        out_of_support=out,
        channels=len(channels),
        enabled=sum(1 for c in channels if c.enabled),
        connector_kinds=tuple(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        data_types=tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        script_lines=sum(c.total_script_lines for c in channels),
        js_spread=_spread(channels),
        heaviest=tuple(heaviest),
        code_templates=len(engine.code_templates),
        global_script_lines=sum(engine.global_script_lines.values()),
        routing=routing_map(channels, graph),
        migration=migration,
        findings=tuple(
            sorted(
                (
                    f
                    for f in assessment.findings
                    if f.component == system.id and f.rule_id.startswith("ENG-")
                ),
                key=lambda f: f.rule_id,
            )
        ),
        assumptions=assumptions(),
        targets=TARGETS,
    )


def engine_sections(assessment: Assessment) -> tuple[EngineSection, ...]:
    """One section per engine whose channel inventory was scanned, by id."""
    engines = (s for s in assessment.inventory.systems if s.engine is not None)
    return tuple(engine_section(s, assessment) for s in sorted(engines, key=lambda s: s.id))


def engine_efforts(sections: tuple[EngineSection, ...]) -> dict[str, str]:
    """Component id -> the engine's migration effort, for the ranked table."""
    return {s.id: effort_label(s.migration) for s in sections}

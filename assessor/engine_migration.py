"""What moving an interface engine's channels would cost, per channel, per wave and in total.

Two targets. A **compatible fork** (Open Integration Engine, BridgeLink) reads the same channel
format: channels are imported and re-tested; Java calls and custom jars are checked against the
fork's libraries. **Another engine** (Rhapsody, Cloverleaf, Iguana, InterSystems, a cloud
service) reads none of it: every connector, filter rule, transformer step and line of JavaScript is
re-implemented and tested.

Every figure is in person-days as ``(low, likely, high)``, the sum of the unit costs in
:data:`FORK_COSTS` and :data:`REBUILD_COSTS`, which :func:`assumptions` states in words for the
report. They are planning estimates an integration lead can check channel by channel, not quotes.

Channels that must move together form one wave: channels routing to each other (Channel Writers,
``router.routeMessage``) and channels sharing a code template library (moved apart, the library
would be forked in two). Waves are ordered smallest first, so the first is a pilot.

>>> Effort(1, 2, 3) + Effort(0.5, 1, 2)
Effort(low=1.5, likely=3, high=5)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

import networkx as nx

from assessor.model import (
    ChannelEffort,
    Effort,
    EngineChannel,
    EngineConnector,
    EngineInventory,
    EngineMigration,
    Inventory,
    MigrationWave,
)

__all__ = [
    "TARGETS",
    "ChannelEffort",
    "Effort",
    "EngineMigration",
    "MigrationWave",
    "assumptions",
    "engine_migrations",
    "plan_migration",
]

TARGETS = {
    "fork": "Compatible fork (Open Integration Engine, BridgeLink): same channel format, re-test",
    "rebuild": "Another engine (Rhapsody, Cloverleaf, Iguana, InterSystems, cloud): rebuild",
}


def _sum(efforts: Iterable[Effort]) -> Effort:
    total = Effort()
    for effort in efforts:
        total += effort
    return total


FORK_COSTS = {
    "channel": Effort(0.25, 0.5, 1.0),  # import, deploy, re-test with recorded messages
    "sandbox escape": Effort(0.25, 0.5, 1.0),  # each kind of Java/file/DB/HTTP call re-checked
    "custom resource": Effort(0.5, 1.0, 2.0),  # a custom jar rebuilt against the fork's libraries
    "route": Effort(0.1, 0.25, 0.5),  # each channel it routes to, tested end to end
    "library": Effort(0.25, 0.5, 1.0),  # a code template library imported and re-tested
}
"""Unit costs of moving to a compatible fork, person-days (low, likely, high)."""

REBUILD_COSTS = {
    "channel": Effort(0.5, 1.0, 2.0),  # analysis, message samples, cut-over and parallel run
    "connector": Effort(0.25, 0.5, 1.0),  # MLLP, TCP, HTTP, file, SFTP/FTP, SMTP, channel
    "connector:database-reader": Effort(0.5, 1.0, 2.0),
    "connector:database-writer": Effort(0.5, 1.0, 2.0),
    "connector:web-service": Effort(1.0, 1.5, 3.0),
    "connector:dicom": Effort(1.0, 1.5, 3.0),
    "connector:document": Effort(0.5, 1.0, 2.0),
    "connector:javascript": Effort(0.5, 1.0, 2.0),  # plus its lines of JavaScript
    "connector:other": Effort(0.5, 1.0, 2.0),
    "step": Effort(0.05, 0.1, 0.25),  # mapper, message builder, rule-builder rule
    "step:xslt": Effort(0.25, 0.5, 1.0),
    "step:iterator": Effort(0.1, 0.25, 0.5),
    "step:javascript": Effort(0.1, 0.25, 0.5),  # plus its lines of JavaScript
    "step:external-script": Effort(0.25, 0.5, 1.0),
    "javascript line": Effort(1 / 60, 1 / 40, 1 / 25),  # read, re-implement, test
    "sandbox escape": Effort(0.5, 1.0, 2.0),  # each kind of Java/file/DB/HTTP call re-designed
    "custom resource": Effort(1.0, 2.0, 4.0),  # a custom jar's function re-implemented
    "route": Effort(0.25, 0.5, 1.0),  # each channel it routes to, re-wired and tested
}
"""Unit costs of rebuilding on another engine, person-days (low, likely, high)."""


def assumptions() -> tuple[str, ...]:
    """The unit costs in words, as the report states them."""

    def show(effort: Effort) -> str:
        return f"{effort.low:g}/{effort.likely:g}/{effort.high:g}"

    lines = [f"Fork, {k}: {show(v)} person-days" for k, v in FORK_COSTS.items()]
    for key, effort in REBUILD_COSTS.items():
        if key == "javascript line":
            lines.append("Rebuild, JavaScript: 25 to 60 lines a day (40 likely)")
        else:
            lines.append(f"Rebuild, {key}: {show(effort)} person-days")
    lines.append("Disabled channels are not costed: retire them rather than migrate them.")
    return tuple(lines)


def _connector_rebuild(connector: EngineConnector) -> Effort:
    effort = REBUILD_COSTS.get(f"connector:{connector.kind}", REBUILD_COSTS["connector"])
    for key, count in connector.steps.items():
        kind = key.split(":", 1)[1]
        effort += REBUILD_COSTS.get(f"step:{kind}", REBUILD_COSTS["step"]).times(count)
    return effort


def channel_effort(channel: EngineChannel, routes: int) -> ChannelEffort:
    """The cost of moving one channel, given how many channels of the engine it routes to."""
    lines = channel.total_script_lines
    escapes = {k: n for k, n in channel.sandbox_escapes.items() if k != "custom-resource"}
    resources = channel.sandbox_escapes.get("custom-resource", 0)
    connectors = [c for c in channel.connectors if c.enabled]
    steps = sum(n for c in connectors for n in c.steps.values())
    drivers = [f"{len(connectors)} connector(s), {steps} step(s)"]
    if lines:
        drivers.append(f"{lines} lines of JavaScript")
    if escapes:
        drivers.append(f"sandbox escapes: {', '.join(sorted(escapes))}")
    if resources:
        drivers.append(f"{resources} custom resource(s)")
    if routes:
        drivers.append(f"routes to {routes} channel(s)")
    if not channel.enabled:
        return ChannelEffort(
            channel.id, channel.name, False, Effort(), Effort(), lines, ("disabled", *drivers)
        )
    fork = (
        FORK_COSTS["channel"]
        + FORK_COSTS["sandbox escape"].times(len(escapes))
        + FORK_COSTS["custom resource"].times(resources)
        + FORK_COSTS["route"].times(routes)
    )
    rebuild = (
        REBUILD_COSTS["channel"]
        + _sum(_connector_rebuild(c) for c in connectors)
        + REBUILD_COSTS["javascript line"].times(lines)
        + REBUILD_COSTS["sandbox escape"].times(len(escapes))
        + REBUILD_COSTS["custom resource"].times(resources)
        + REBUILD_COSTS["route"].times(routes)
    )
    return ChannelEffort(channel.id, channel.name, True, fork, rebuild, lines, tuple(drivers))


def routing_graph(engine: EngineInventory) -> tuple[nx.DiGraph, int]:
    """Channels (by id) as nodes, routes as edges; and how many routes lead outside the exports.

    A route names its target by id (Channel Writer, ``routeMessageByChannelId``) or by name
    (``router.routeMessage``); both are looked up among the engine's channels.
    """
    graph = nx.DiGraph()
    by_key: dict[str, str] = {}
    for channel in engine.channels:
        graph.add_node(channel.id)
        by_key.setdefault(channel.id, channel.id)
        by_key.setdefault(channel.name.casefold(), channel.id)
    unresolved = 0
    for channel in engine.channels:
        for route in channel.routes_to:
            target = by_key.get(route) or by_key.get(route.casefold())
            if target is None:
                unresolved += 1
            elif target != channel.id:
                graph.add_edge(channel.id, target)
    return graph, unresolved


def plan_migration(engine: EngineInventory) -> EngineMigration:
    """Per-channel effort, waves of channels that move together, and totals for both targets."""
    graph, unresolved = routing_graph(engine)
    efforts = {c.id: channel_effort(c, graph.out_degree(c.id)) for c in engine.channels}
    names = {c.id: c.name for c in engine.channels}
    together = nx.Graph()
    together.add_nodes_from(graph.nodes)
    reasons: dict[str, set[str]] = {}
    for source, target in graph.edges:
        together.add_edge(source, target)
        for node in (source, target):
            reasons.setdefault(node, set()).add("routing between its channels")
    library_of: dict[str, list[str]] = {}
    for library in engine.code_templates:
        members = [c for c in library.channels if c in names]
        for channel_id in members:
            library_of.setdefault(channel_id, []).append(library.name)
        for first, other in pairwise(members):
            together.add_edge(first, other)
        if len(members) > 1:
            for node in members:
                reasons.setdefault(node, set()).add(f"shared code templates: {library.name}")
    waves = []
    library_efforts = _library_efforts(engine)
    for group in nx.connected_components(together):
        members = sorted(group, key=lambda c: (names[c], c))
        used = sorted({lib for c in members for lib in library_of.get(c, ())})
        fork = _sum(efforts[c].fork for c in members) + _sum(
            library_efforts[lib][0] for lib in used
        )
        rebuild = _sum(efforts[c].rebuild for c in members) + _sum(
            library_efforts[lib][1] for lib in used
        )
        why = sorted({r for c in members for r in reasons.get(c, ())}) or ["independent"]
        waves.append((members, tuple(why), fork, rebuild))
    waves.sort(key=lambda w: (w[3].likely, [names[c] for c in w[0]]))
    planned = tuple(
        MigrationWave(n, tuple(names[c] for c in members), why, fork, rebuild)
        for n, (members, why, fork, rebuild) in enumerate(waves, start=1)
    )
    return EngineMigration(
        channels=tuple(sorted(efforts.values(), key=lambda e: (-e.rebuild.likely, e.name))),
        waves=planned,
        fork=_sum(w.fork for w in planned),
        rebuild=_sum(w.rebuild for w in planned),
        unresolved_routes=unresolved,
    )


def engine_migrations(inventory: Inventory) -> tuple[EngineMigration, ...]:
    """The migration of every interface engine whose channels were read, by system id."""
    return tuple(
        replace(plan_migration(s.engine), engine=s.id)
        for s in sorted(inventory.systems, key=lambda s: s.id)
        if s.engine is not None and s.engine.channels
    )


def _library_efforts(engine: EngineInventory) -> dict[str, tuple[Effort, Effort]]:
    """(fork, rebuild) cost of each code template library, counted once in the wave that uses it."""
    costs = {}
    for library in engine.code_templates:
        escapes = len(library.sandbox_escapes)
        fork = FORK_COSTS["library"] + FORK_COSTS["sandbox escape"].times(escapes)
        rebuild = REBUILD_COSTS["javascript line"].times(library.lines) + REBUILD_COSTS[
            "sandbox escape"
        ].times(escapes)
        costs[library.name] = (fork, rebuild)
    return costs

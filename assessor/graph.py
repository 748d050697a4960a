"""The estate as a flow graph, and the graph facts scoring uses.

Systems and data stores are nodes; every Flow is one edge keyed by its id (a data store has one
``store-of`` edge to the system that owns it, because its data reaches the world through that
system). Metrics are plain functions ``(graph) -> dict`` in the NetworkX style, each keyed by node
id (or flow id) and sorted, so the same inventory always gives the same facts.

>>> from assessor.model import Inventory, System, Flow
>>> inv = Inventory(systems=(System("a", "A"), System("b", "B")), flows=(Flow("f", "a", "b"),))
>>> downstream_reach(build_graph(inv))
{'a': 1, 'b': 0}
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from assessor.model import DataDomain, Flow, Inventory, System, UseCase

__all__ = [
    "HUB_KINDS",
    "articulation_points",
    "betweenness",
    "build_graph",
    "carries",
    "downstream_reach",
    "edge_betweenness",
    "fan_in",
    "fan_out",
    "flow_view",
    "hubs",
    "message_type",
    "phi_reach",
    "responsible_system",
    "simple_view",
    "sources_of",
    "through_channels",
    "use_case_paths",
]

HUB_KINDS = frozenset({"interface-engine", "engine", "integration-engine", "esb"})
"""System kinds that route other systems' messages: central by design, not by accident."""

STORE_EDGE = "store-of"


def build_graph(inventory: Inventory) -> nx.MultiDiGraph:
    """Systems and stores as nodes, flows as edges keyed by flow id.

    A flow naming a system the inventory does not list still gets its node (``kind`` "unknown",
    ``declared`` False): the wire saw it, so the graph keeps it.
    """
    graph = nx.MultiDiGraph()
    for system in sorted(inventory.systems, key=lambda s: s.id):
        graph.add_node(
            system.id,
            type="system",
            name=system.name,
            kind=system.kind,
            declared=system.declared,
            criticality=system.criticality,
            fhir=_served(system),
        )
    for store in sorted(inventory.stores, key=lambda s: s.id):
        graph.add_node(store.id, type="store", name=store.id, kind="database", declared=True)
        if store.system_id:
            _ensure_node(graph, store.system_id)
            graph.add_edge(
                store.id,
                store.system_id,
                key=f"{store.id}->{store.system_id}",
                relation=STORE_EDGE,
                flow=None,
                phi=_store_phi(store),
                tls=None,
            )
    for flow in sorted(inventory.flows, key=lambda f: f.id):
        _ensure_node(graph, flow.source)
        _ensure_node(graph, flow.target)
        graph.add_edge(
            flow.source,
            flow.target,
            key=flow.id,
            relation="flow",
            flow=flow.id,
            transport=str(flow.transport),
            phi=tuple(sorted(str(p) for p in flow.phi_classes)),
            tls=flow.tls,
            enabled=flow.enabled,
            messages=flow.message_count,
            types=tuple(sorted(flow.message_types)),
            channel=flow.channel,
            observed=flow.observed or flow.profile is not None or flow.message_count > 0,
            declared=flow.declared,
            cadence=flow.cadence,
        )
    return graph


def _served(system: System) -> dict[str, tuple[str, ...]] | None:
    """Resource type -> interactions of a system's scanned FHIR capability; None when unknown."""
    if system.fhir is None:
        return None
    return {r.type: tuple(sorted(r.interactions)) for r in system.fhir.resources}


def _ensure_node(graph: nx.MultiDiGraph, node: str) -> None:
    if node not in graph:
        graph.add_node(
            node,
            type="system",
            name=node,
            kind="unknown",
            declared=False,
            criticality=None,
            fhir=None,
        )


def _store_phi(store: object) -> tuple[str, ...]:
    classes = {
        str(mark.phi_class)
        for table in getattr(store, "tables", ())
        for column in table.columns
        for mark in column.phi
    }
    return tuple(sorted(classes))


def simple_view(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """The graph with parallel flows collapsed into one directed edge (for path metrics)."""
    simple = nx.DiGraph()
    simple.add_nodes_from(sorted(graph.nodes(data=True)))
    simple.add_edges_from(sorted({(u, v) for u, v in graph.edges()}))
    return simple


def flow_view(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """The simple view without data stores: the systems and the flows between them.

    A store hangs off its owning system; left in, it would make every owner of a database look
    like a single point of failure and a relay.
    """
    simple = simple_view(graph)
    simple.remove_nodes_from([n for n, d in graph.nodes(data=True) if d.get("type") == "store"])
    return simple


EXACT_BETWEENNESS_NODES = 300
"""Up to this many systems betweenness is exact; above, it is estimated from
:data:`BETWEENNESS_SAMPLE` sources.

Exact betweenness costs one shortest-path search per system (``O(nodes x flows)``): minutes on an
estate of thousands. The estimate (Brandes and Pich) samples sources with a fixed seed, so the
same estate always gives the same figures.
"""
BETWEENNESS_SAMPLE = 150


def _sample(view: nx.DiGraph) -> dict[str, object]:
    if view.number_of_nodes() <= EXACT_BETWEENNESS_NODES:
        return {}
    return {"k": BETWEENNESS_SAMPLE, "seed": 0}


def betweenness(graph: nx.MultiDiGraph) -> dict[str, float]:
    """Normalised betweenness centrality of every node (stores: 0): share of shortest paths."""
    view = flow_view(graph)
    values = nx.betweenness_centrality(view, normalized=True, **_sample(view))
    return {node: round(values.get(node, 0.0), 6) for node in sorted(graph.nodes)}


def edge_betweenness(graph: nx.MultiDiGraph) -> dict[str, float]:
    """Normalised betweenness of each flow (parallel flows share their pair's value)."""
    view = flow_view(graph)
    values = nx.edge_betweenness_centrality(view, normalized=True, **_sample(view))
    result = {}
    for u, v, data in graph.edges(data=True):
        if data.get("flow"):
            result[data["flow"]] = round(values.get((u, v), 0.0), 6)
    return dict(sorted(result.items()))


def articulation_points(graph: nx.MultiDiGraph) -> dict[str, bool]:
    """Whether each node is a single point of failure: its outage cuts data that passes through
    it from one system to another.

    A cut point of the undirected system graph is one only when it relays: some system sending
    to it can no longer reach, without it, some system it sends to. A receiver that sends
    nothing (a warehouse, an AI platform) or a sender that receives nothing splits the drawing
    of the estate in two, but no data between two other systems passes through it.

    >>> articulation_points(nx.MultiDiGraph([("pas", "ai"), ("lis", "ai")]))["ai"]
    False
    >>> articulation_points(nx.MultiDiGraph([("pas", "engine"), ("engine", "ai")]))["engine"]
    True
    """
    view = flow_view(graph)
    cuts = set(nx.articulation_points(view.to_undirected()))
    points = {node for node in cuts if _relays(view, node)}
    return {node: node in points for node in sorted(graph.nodes)}


def _relays(view: nx.DiGraph, node: str) -> bool:
    """Whether some sender to ``node`` reaches one of its receivers only through it."""
    receivers = set(view.successors(node)) - {node}
    senders = set(view.predecessors(node)) - {node}
    if not receivers or not senders:
        return False
    without = nx.restricted_view(view, [node], [])
    return any(receivers - {s} - nx.descendants(without, s) for s in sorted(senders))


def downstream_reach(graph: nx.MultiDiGraph) -> dict[str, int]:
    """How many other nodes lose data when each node is down: its outage reach.

    A node's data reaches everything downstream of it, and through an interface engine only the
    destinations of the channels it feeds (a sender into the ADT router does not reach the lab
    results channel's receivers). An engine's outage stops every flow through it: its reach is
    every system downstream of any of its channels and every system feeding it.

    One pass over the condensation of the channel-expanded graph in reverse topological order,
    reach held as bit sets of nodes: no search per node, so it stays fast on large estates.
    """
    hub_ids = {n for n, d in graph.nodes(data=True) if d.get("kind") in HUB_KINDS}
    expanded = nx.DiGraph()
    expanded.add_nodes_from(graph.nodes)
    expanded.add_edges_from(
        (a, b) for a, b, _ in through_channels(list(graph.edges(data=True)), hub_ids) if a != b
    )
    real = {n: n.split(CHANNEL_MARK, 1)[0] for n in expanded.nodes}
    position = {n: i for i, n in enumerate(sorted(graph.nodes))}
    condensed = nx.condensation(expanded)
    own_bits = {
        c: _bitset(position[real[n]] for n in condensed.nodes[c]["members"])
        for c in condensed.nodes
    }
    reach_bits: dict[int, int] = {}
    for c in reversed(list(nx.topological_sort(condensed))):
        reach = own_bits[c]
        for d in condensed.successors(c):
            reach |= reach_bits[d]
        reach_bits[c] = reach
    mapping = condensed.graph["mapping"]
    by_node: dict[str, int] = {}
    for n in expanded.nodes:
        by_node[real[n]] = by_node.get(real[n], 0) | reach_bits[mapping[n]]
    for hub in hub_ids & set(graph.nodes):
        by_node[hub] |= _bitset(position[p] for p in graph.predecessors(hub))
    return {
        node: (by_node[node] & ~(1 << position[node])).bit_count() for node in sorted(graph.nodes)
    }


def _bitset(positions: Iterable[int]) -> int:
    bits = 0
    for p in positions:
        bits |= 1 << p
    return bits


def fan_in(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Distinct nodes sending data to each node."""
    simple = simple_view(graph)
    return {node: simple.in_degree(node) for node in sorted(simple.nodes)}


def fan_out(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Distinct nodes each node sends data to."""
    simple = simple_view(graph)
    return {node: simple.out_degree(node) for node in sorted(simple.nodes)}


def hubs(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Interface engines and the reason they are hubs; central by design, reported as such."""
    return {
        node: f"{data.get('kind')}: routes other systems' messages"
        for node, data in sorted(graph.nodes(data=True))
        if data.get("kind") in HUB_KINDS
    }


def phi_reach(graph: nx.MultiDiGraph) -> dict[str, tuple[str, ...]]:
    """Per PHI class, every node that holds or receives it along PHI-carrying edges.

    A class enters the graph at the source of every edge carrying it (and at every store with a
    column of that class) and spreads along edges carrying the same class. An interface engine
    passes messages through: an edge out of an engine whose PHI was not observed carries the
    classes of the edges into the engine with the same message types.
    """
    carrying = _phi_edges(graph)
    reach: dict[str, set[str]] = {}
    for phi_class, edges in carrying.items():
        # Every node downstream along edges of the class is the end of one of those edges.
        reach.setdefault(phi_class, set()).update(n for edge in edges for n in edge)
    return {phi_class: tuple(sorted(nodes)) for phi_class, nodes in sorted(reach.items())}


def _phi_edges(graph: nx.MultiDiGraph) -> dict[str, set[tuple[str, str]]]:
    """Per PHI class, the (from, to) pairs carrying it, engine pass-through included."""
    carrying: dict[str, set[tuple[str, str]]] = {}
    inferred = _engine_pass_through(graph)
    for u, v, data in graph.edges(data=True):
        for phi_class in (*data.get("phi", ()), *inferred.get(data.get("flow", ""), ())):
            carrying.setdefault(phi_class, set()).add((u, v))
    return carrying


def _engine_pass_through(graph: nx.MultiDiGraph) -> dict[str, tuple[str, ...]]:
    """Flows out of an engine with no PHI observed: the PHI of its feeds of the same types."""
    hub_ids = set(hubs(graph))
    edges = list(graph.edges(data=True))
    feeds: dict[str, list[dict]] = {}
    for _u, v, data in edges:
        if v in hub_ids and data.get("phi"):
            feeds.setdefault(v, []).append(data)
    result: dict[str, tuple[str, ...]] = {}
    for u, _v, data in edges:
        if u not in hub_ids or data.get("phi") or data.get("observed") or not data.get("flow"):
            continue
        classes = {
            phi_class
            for into in feeds.get(u, ())
            if carries(into.get("types", ()), data.get("types", ()))
            for phi_class in into["phi"]
        }
        if classes:
            result[data["flow"]] = tuple(sorted(classes))
    return result


def message_type(key: str) -> str:
    """``ADT^A01^ADT_A01`` -> ``ADT^A01``; a bare family (``ADT``) stays as it is."""
    return "^".join(key.strip().split("^")[:2])


def carries(flow_types: Iterable[str], wanted: Iterable[str]) -> bool:
    """Whether a flow with ``flow_types`` can carry any of ``wanted``.

    A flow whose types are unknown (declared without types, a FHIR API, a database link) may
    carry anything; a bare family (``ADT``, from an engine filter) matches every event of it,
    on either side.
    """
    have = {message_type(t) for t in flow_types if t.strip()}
    if not have:
        return True
    want = {message_type(w) for w in wanted}
    return any(
        h == w
        or ("^" not in h and w.startswith(h + "^"))
        or ("^" not in w and h.startswith(w + "^"))
        for h in have
        for w in want
    )


def responsible_system(flow: Flow, hub_ids: Iterable[str]) -> str:
    """The system answerable for a flow: the engine running its channel, else its sender."""
    hub_set = set(hub_ids)
    if flow.channel:
        for end in (flow.target, flow.source):
            if end in hub_set:
                return end
    return flow.source


def use_case_paths(
    graph: nx.MultiDiGraph, use_cases: Iterable[UseCase], ai_platform: str | None
) -> dict[str, tuple[str, ...]]:
    """Per use case, the nodes and flow ids on any data path of its domains and the AI platform.

    A domain's path runs from the systems of its source kinds (and their stores) to the AI
    platform (for a ``from-ai`` domain, from the platform to them) over the flows that can or may
    carry it (:mod:`assessor.data_paths`); a path through an interface engine stays inside one
    channel: what enters the ADT router leaves through the ADT router's destinations. The tuple
    is empty when no AI platform is known or no domain has a path: the path is then unknown.
    """
    from assessor.data_paths import domain_hops, domain_route
    from assessor.use_cases import domains_of

    result: dict[str, tuple[str, ...]] = {}
    hub_ids = set(hubs(graph))
    for use_case in sorted(use_cases, key=lambda u: u.id):
        members: set[str] = set()
        if ai_platform and ai_platform in graph:
            for domain in domains_of(use_case):
                hops = domain_hops(graph, domain, ai_platform)
                ends = sources_of(graph, domain)
                if domain.direction == "from-ai":
                    nodes, flows = domain_route(hops, [ai_platform], ends, hub_ids)
                else:
                    nodes, flows = domain_route(hops, ends, [ai_platform], hub_ids)
                members |= nodes | flows
        result[use_case.id] = tuple(sorted(members))
    return result


CHANNEL_MARK = "#channel:"


def through_channels(
    edges: list[tuple[str, str, dict]], hub_ids: set[str]
) -> list[tuple[str, str, str | None]]:
    """Edges with each engine split into one node per channel: ``(from, to, flow id)``.

    A flow with a channel attaches to that channel's node. A flow into an engine without a
    channel (a feed captured on the wire) enters every channel whose listener takes its message
    types; one out of an engine without a channel leaves from every channel node.
    """
    channels: dict[str, dict[str, set[str]]] = {}  # hub -> channel -> listener message types
    for u, v, d in edges:
        for end in (u, v):
            if end in hub_ids and d.get("channel"):
                types = channels.setdefault(end, {}).setdefault(d["channel"], set())
                if end == v:
                    types.update(d.get("types", ()))
    result: list[tuple[str, str, str | None]] = []
    for u, v, d in edges:
        flow = d.get("flow")
        channel = d.get("channel")
        sources = _ends(u, channel, channels, None)
        targets = _ends(v, channel, channels, d.get("types", ()))
        result += [(a, b, flow) for a in sources for b in targets]
    return result


def _ends(
    node: str,
    channel: str | None,
    channels: dict[str, dict[str, set[str]]],
    entering: Iterable[str] | None,
) -> list[str]:
    """The expanded node(s) a flow end attaches to."""
    if node not in channels:
        return [node]
    if channel:
        return [f"{node}{CHANNEL_MARK}{channel}"]
    names = sorted(channels[node])
    if entering is not None:
        entering = list(entering)
        names = [c for c in names if not channels[node][c] or carries(entering, channels[node][c])]
    return [f"{node}{CHANNEL_MARK}{c}" for c in names] or [node]


def sources_of(graph: nx.MultiDiGraph, domain: DataDomain) -> list[str]:
    """The systems of the domain's source kinds, and their stores, sorted."""
    kinds = set(domain.source_kinds)
    systems = [
        n for n, d in graph.nodes(data=True) if d.get("type") == "system" and d.get("kind") in kinds
    ]
    if domain.direction == "from-ai":
        return sorted(systems)
    stores = [
        u for u, v, d in graph.edges(data=True) if d.get("relation") == STORE_EDGE and v in systems
    ]
    return sorted(set(systems) | set(stores))

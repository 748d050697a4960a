"""Data paths per data domain: which flows can carry a domain, which are evidenced, how fast.

A domain (:class:`~assessor.model.DataDomain`) reaches the AI platform over hops, each a flow of
the graph. Whether a hop can carry the domain (:func:`carriage`):

- a flow whose message types are known carries it when one of them is the domain's (type and
  trigger event, see :func:`assessor.graph.carries`);
- a FHIR hop carries it when the FHIR server's capability serves one of the domain's resources
  (read or search to the AI platform, create or update from it); a server whose capability was not
  scanned may carry it (content unknown);
- a DICOM hop carries only domains whose payload is images (``transports = ["dicom"]``);
- any other hop with no known types (a database link, a file share, a declared interface without
  types) passes on whatever reached its sender.

A hop is *evidenced* when it was observed (messages captured) or read from an engine's
configuration, or when it enters the AI platform (for a ``from-ai`` domain: leaves it): the
platform is usually being planned, so the architect's declaration of its feeds is the evidence
there is. Parallel flows between the same two systems are one link: a capture of the messages
and the declared interface that names their transport are the same link seen twice.

Latency of a hop (:func:`latency`): MLLP, HTTP, FHIR, DICOM and engine channels deliver each
message as it is sent (real time); a file drop or a database extract is a batch at its
``cadence`` when declared, else at an unknown cadence (slower than real time, by how much
unknown); another or unknown transport has an unknown latency.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import networkx as nx

from assessor.model import DataDomain

__all__ = [
    "CARRIES",
    "LATENCY_ORDER",
    "PASSES",
    "UNKNOWN_CONTENT",
    "Hop",
    "carriage",
    "domain_hops",
    "domain_route",
    "latency",
    "latency_words",
    "slow_hops",
    "tolerance",
]

CARRIES, PASSES, UNKNOWN_CONTENT, CANNOT = "carries", "passes", "unknown-content", "cannot"

LATENCY_ORDER = ("real-time", "hourly", "daily", "weekly")
"""Latency classes, fastest first; a use case tolerates its ``freshness`` and anything faster."""

UNKNOWN_LATENCY = (0, math.inf)

REAL_TIME_TRANSPORTS = frozenset({"mllp", "http", "fhir", "dicom", "engine-channel"})
BATCH_TRANSPORTS = frozenset({"file", "database"})
READ = frozenset({"read", "search-type", "vread", "history-instance", "history-type"})
WRITE = frozenset({"create", "update", "patch", "transaction", "batch"})


@dataclass(frozen=True)
class Hop:
    """One flow (or a store's link to its owner) as a hop of a domain's data path."""

    source: str
    target: str
    flow: str | None
    data: dict
    carriage: str
    evidenced: bool
    latency: tuple[float, float]  # (fastest, slowest) index into LATENCY_ORDER; inf: unbounded


def tolerance(freshness: str) -> int:
    """The index of a freshness in :data:`LATENCY_ORDER` (unknown words: daily)."""
    return LATENCY_ORDER.index(freshness) if freshness in LATENCY_ORDER else 2


def latency(data: dict) -> tuple[float, float]:
    """(fastest, slowest) latency of one edge, as indexes into :data:`LATENCY_ORDER`."""
    if data.get("relation") == "store-of":
        return (0, 0)
    transport = data.get("transport", "unknown")
    if transport in REAL_TIME_TRANSPORTS:
        return (0, 0)
    if transport in BATCH_TRANSPORTS:
        cadence = data.get("cadence")
        if cadence in LATENCY_ORDER:
            return (LATENCY_ORDER.index(cadence),) * 2
        return (1, math.inf)
    return UNKNOWN_LATENCY


def latency_words(bounds: tuple[float, float]) -> str:
    """``(0, 0)`` -> ``real-time``; a batch of unknown cadence -> ``batch``; unknown -> ``""``."""
    low, high = bounds
    if low == high:
        return LATENCY_ORDER[int(low)]
    return "batch" if low > 0 else ""


@lru_cache(maxsize=4096)
def _carries(types: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """:func:`assessor.graph.carries`, remembered: edges repeat a few type sets many times."""
    from assessor.graph import carries  # late: graph imports this module

    return carries(types, wanted)


def carriage(data: dict, server_fhir: dict | None, domain: DataDomain) -> str:
    """Whether an edge can carry ``domain``: CARRIES, PASSES, UNKNOWN_CONTENT or CANNOT.

    ``server_fhir`` is the FHIR server end's capability (resource -> interactions), None when
    not scanned.
    """
    if data.get("relation") == "store-of":
        return PASSES
    if not data.get("enabled", True):
        return CANNOT
    types = data.get("types", ())
    transport = data.get("transport", "unknown")
    if types:
        wanted = domain.message_types
        return CARRIES if wanted and _carries(tuple(types), wanted) else CANNOT
    if transport == "dicom":
        return CARRIES if "dicom" in domain.transports else CANNOT
    if transport == "fhir":
        if not domain.fhir_resources:
            return CANNOT
        if server_fhir is None:
            return UNKNOWN_CONTENT
        wanted_interactions = WRITE if domain.direction == "from-ai" else READ
        served = any(
            set(server_fhir.get(r, ())) & wanted_interactions for r in domain.fhir_resources
        )
        return CARRIES if served else CANNOT
    if "dicom" in domain.transports and not domain.message_types and not domain.fhir_resources:
        return CANNOT  # images travel as DICOM, not through a database or a file share
    return PASSES


@lru_cache(maxsize=64)
def domain_hops(graph: nx.MultiDiGraph, domain: DataDomain, ai_platform: str) -> tuple[Hop, ...]:
    """Every edge that can (or may) carry ``domain``, with its evidence and latency.

    A data store is on a path only when its data is read out of it: its owner sends a database
    flow. A database behind an application that sends messages is not on the messages' path.
    Remembered per graph (graphs hash by identity and are not changed once built), as paths,
    readiness and DATA-L01 all ask it of the same domains.
    """
    extracted = {
        u
        for u, _, d in graph.edges(data=True)
        if d.get("relation") == "flow" and d.get("transport") == "database"
    }
    hops = []
    for u, v, data in graph.edges(data=True):
        if data.get("relation") == "store-of" and v not in extracted:
            continue
        server = v if domain.direction == "from-ai" else u
        how = carriage(data, graph.nodes[server].get("fhir"), domain)
        if how == CANNOT:
            continue
        platform_end = u == ai_platform if domain.direction == "from-ai" else v == ai_platform
        evidenced = data.get("relation") == "store-of" or (
            how != UNKNOWN_CONTENT
            and (data.get("observed") or not data.get("declared") or platform_end)
        )
        hops.append(Hop(u, v, data.get("flow"), data, how, evidenced, latency(data)))
    return tuple(_as_links(hops))


def _as_links(hops: list[Hop]) -> list[Hop]:
    """Parallel hops between two systems share their evidence and their best known latency."""
    by_pair: dict[tuple[str, str], list[Hop]] = {}
    for hop in hops:
        by_pair.setdefault((hop.source, hop.target), []).append(hop)
    result = []
    for group in by_pair.values():
        evidenced = any(h.evidenced for h in group)
        # A transport known (even a batch of unknown cadence) says more than an unknown one.
        known = [h.latency for h in group if h.latency != UNKNOWN_LATENCY]
        best = min(known, key=lambda b: (b[1], b[0])) if known else UNKNOWN_LATENCY
        result += [
            Hop(
                h.source,
                h.target,
                h.flow,
                h.data,
                h.carriage,
                evidenced and h.carriage != UNKNOWN_CONTENT,
                best,
            )
            for h in group
        ]
    return result


def domain_route(
    hops: Iterable[Hop],
    sources: Iterable[str],
    targets: Iterable[str],
    hub_ids: set[str],
    keep: Callable[[Hop], bool] = lambda hop: True,
) -> tuple[frozenset[str], frozenset[str]]:
    """(nodes, flow ids) on any path from a source to a target over the hops ``keep`` accepts.

    A path through an interface engine stays inside one channel (see
    :func:`assessor.graph.through_channels`). Both sets are empty when no source reaches a
    target.
    """
    from assessor.graph import CHANNEL_MARK, through_channels  # late: graph imports this module

    kept = [(h.source, h.target, h.data) for h in hops if keep(h)]
    expanded = through_channels(kept, hub_ids)
    forward: dict[str, set[str]] = {}
    backward: dict[str, set[str]] = {}
    for u, v, _ in expanded:
        forward.setdefault(u, set()).add(v)
        backward.setdefault(v, set()).add(u)
    target_set = set(targets)
    expanded_targets = {
        n for n in (*forward, *backward) if n.split(CHANNEL_MARK, 1)[0] in target_set
    }
    upstream = _reach(backward, expanded_targets)
    on_path = _reach(forward, {s for s in sources if s in upstream}) & upstream
    if not on_path & expanded_targets or on_path <= expanded_targets:
        return frozenset(), frozenset()
    flows = {flow for u, v, flow in expanded if flow and u in on_path and v in on_path}
    nodes = {n.split(CHANNEL_MARK, 1)[0] for n in on_path}
    return frozenset(nodes), frozenset(flows)


def _reach(neighbours: dict[str, set[str]], starts: set[str]) -> set[str]:
    """Every node reachable from ``starts`` (included) along ``neighbours``."""
    seen = set(starts)
    frontier = list(starts)
    while frontier:
        for nxt in neighbours.get(frontier.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return seen


def slow_hops(
    graph: nx.MultiDiGraph,
    domain: DataDomain,
    freshness: str,
    ai_platform: str,
    ends: list[str],
    hub_ids: set[str],
) -> list[Hop]:
    """The hops known slower than ``freshness`` when every route of the domain has one; else none.

    A route whose hops are fast enough or of unknown latency spares every hop: only when no such
    route exists do the slow hops stand between the use case and its data.
    """
    hops = domain_hops(graph, domain, ai_platform)
    sources, targets = (
        ([ai_platform], ends) if domain.direction == "from-ai" else (ends, [ai_platform])
    )
    tol = tolerance(freshness)
    nodes, flows = domain_route(hops, sources, targets, hub_ids)
    if not nodes or domain_route(hops, sources, targets, hub_ids, lambda h: h.latency[0] <= tol)[0]:
        return []
    return [h for h in hops if h.flow in flows and h.latency[0] > tol]

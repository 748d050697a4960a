"""Per data domain of a use case: ready, blocked (by which systems, which rules) or unknown.

A domain (:class:`~assessor.model.DataDomain`) is judged on its own data path
(:mod:`assessor.data_paths`):

- **unknown** when no system of its source kinds exists, no flow can carry it to the AI platform,
  no route of *evidenced* hops does (a feed declared but never observed, a FHIR server whose
  capability was not scanned), the latency of its route is not known, or its coding was never
  observed. ``missing_evidence`` names each, prefixed with the domain;
- **blocked** when declared or observed facts show it cannot meet the use case: every route has a
  hop slower than the use case tolerates (DATA-L01), a feed on its path codes less than the
  domain's minimum share in the standard (the coding rule of that standard), or leaves a field
  the domain needs for an event emptier than :data:`~assessor.field_fill.FILL_MINIMUM`
  (DATA-F01), or, read over FHIR, is carried by a feed whose IG map yields none of the resources
  it needs or only at grade D (FHIR-M01, :mod:`assessor.fhir_readiness`);
- **ready** otherwise.

Blockers are the systems answerable for the offending hop: the engine running a channel, else the
sender of a flow; the owner of a store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import networkx as nx

from assessor.coding import CODED_FIELDS, coding_share
from assessor.data_paths import (
    CARRIES,
    LATENCY_ORDER,
    WRITE,
    Hop,
    domain_hops,
    domain_route,
    latency_words,
    slow_hops,
    tolerance,
)
from assessor.fhir_readiness import FHIR_RULE, feed_support
from assessor.field_fill import FILL_MINIMUM, event_fill, expected_fields
from assessor.graph import build_graph, responsible_system, sources_of
from assessor.model import DataDomain, DomainReadiness, Flow, Inventory, UseCase
from assessor.rules.base import GraphFacts, Rule

__all__ = [
    "BLOCKED",
    "FIELDS_RULE",
    "LATENCY_RULE",
    "READY",
    "UNKNOWN",
    "DomainVerdict",
    "Estate",
    "accountable",
    "domain_readiness",
]

READY, BLOCKED, UNKNOWN = "ready", "blocked", "unknown"
LATENCY_RULE = "DATA-L01"
FIELDS_RULE = "DATA-F01"


def accountable(inventory: Inventory, hub_ids: set[str] | frozenset[str]) -> dict[str, str]:
    """Component id -> the system answerable for it (systems and unowned stores: themselves)."""
    systems = {s.id for s in inventory.systems}
    result = {s: s for s in systems}
    for store in inventory.stores:
        owner = store.system_id
        result[store.id] = owner if owner in systems else store.id
    for flow in inventory.flows:
        result[flow.id] = responsible_system(flow, hub_ids)
    return result


@dataclass(frozen=True)
class Estate:
    """What judging a domain reads: the inventory, its graph, who answers for what."""

    inventory: Inventory
    graph: nx.MultiDiGraph
    owner: Mapping[str, str]
    hub_ids: frozenset[str]
    coding_rules: Mapping[str, str]  # code system -> the rule id judging it
    excluded: frozenset[str] = frozenset()
    flows: Mapping[str, Flow] = field(default_factory=dict)  # flow id -> flow

    @classmethod
    def of(
        cls,
        inventory: Inventory,
        facts: GraphFacts,
        rules: Mapping[str, Rule],
        excluded: frozenset[str] = frozenset(),
    ) -> Estate:
        """The estate of an inventory, with the coding rule of each code system."""
        graph = build_graph(inventory)
        hub_ids = frozenset(facts.hubs)
        coding = {r.coding: r.id for r in sorted(rules.values(), key=lambda r: r.id) if r.coding}
        owner = accountable(inventory, hub_ids)
        flows = {f.id: f for f in inventory.flows}
        return cls(inventory, graph, owner, hub_ids, coding, excluded, flows)

    def flow(self, flow_id: str | None) -> Flow | None:
        """The flow with this id."""
        return self.flows.get(flow_id or "")

    def answerable(self, component: str) -> str | None:
        """The system answering for a component, None when the user excluded either."""
        owner = self.owner.get(component, component)
        return None if {component, owner} & self.excluded else owner


@dataclass(frozen=True)
class DomainVerdict:
    """A domain's readiness, the blockers it found and the components on its path."""

    readiness: DomainReadiness
    blockers: Mapping[str, frozenset[str]]
    members: frozenset[str]


def domain_readiness(domain: DataDomain, use_case: UseCase, estate: Estate) -> DomainVerdict:
    """Whether one domain of a use case reaches the AI platform as the use case needs."""
    ai = estate.inventory.ai_platform
    label = domain.name
    ends = sources_of(estate.graph, domain) if ai else []
    if not ends:
        what = "/".join(sorted(domain.source_kinds)) or "any"
        return _unknown(label, f"{label}: no system of kind {what} in the estate")
    assert ai is not None
    hops = domain_hops(estate.graph, domain, ai)
    route = _router(domain, ends, ai, hops, estate.hub_ids)
    nodes, flows = route(lambda h: True)
    if not nodes and domain.direction == "from-ai":
        return _written_through_api(domain, ends, ai, estate)
    if not nodes:
        return _unknown(label, _no_path(domain))
    members = frozenset(nodes | flows)
    on_path = [
        h for h in hops if (h.flow in flows) or (not h.flow and {h.source, h.target} <= nodes)
    ]
    missing: list[str] = []
    blockers: dict[str, set[str]] = {}
    tol = tolerance(domain.freshness or use_case.freshness)

    def block(component: str, rule_id: str) -> None:
        owner = estate.answerable(component)
        if owner is not None:
            blockers.setdefault(owner, set()).add(rule_id)

    freshness = domain.freshness or use_case.freshness
    for hop in slow_hops(estate.graph, domain, freshness, ai, ends, set(estate.hub_ids)):
        block(hop.flow or hop.source, LATENCY_RULE)
    evidenced, evidenced_flows = route(lambda h: h.evidenced)
    if not evidenced:
        missing += _unevidenced(label, on_path, estate)
    elif not any(_shows_data(h) for h in on_path if h.flow in evidenced_flows or not h.flow):
        declared = sorted(h.flow for h in on_path if h.flow in evidenced_flows)
        missing.append(f"{label}: declared only, never observed: {', '.join(declared)}")
    latency = ""
    for level in range(len(LATENCY_ORDER)):
        if route(lambda h, level=level: h.evidenced and h.latency[1] <= level)[0]:
            latency = LATENCY_ORDER[level]
            break
    if evidenced and not latency:
        slowest = max((h.latency for h in on_path if h.evidenced), key=lambda b: b[1])
        latency = latency_words(slowest)
    if evidenced and not route(lambda h: h.evidenced and h.latency[1] <= tol)[0]:
        unknown = sorted({h.flow for h in on_path if h.flow and h.latency[1] > tol >= h.latency[0]})
        missing += [
            f"{label}: latency of flow {f} not known (declare its transport or cadence)"
            for f in unknown
        ]
    carrying = [
        flow
        for h in on_path
        if h.carriage == CARRIES and h.data.get("types") and (flow := estate.flow(h.flow))
    ]
    share = _coding(domain, carrying, on_path, estate, block, missing)
    caveats = _fields(domain, carrying, block)
    fhir_feeds = _fhir_feeds(domain, carrying, on_path, block)
    status = BLOCKED if blockers else UNKNOWN if missing else READY
    return DomainVerdict(
        DomainReadiness(
            label,
            status,
            latency,
            share,
            tuple(sorted(set(missing))),
            tuple(sorted(caveats)),
            fhir_feeds,
        ),
        {c: frozenset(ids) for c, ids in blockers.items()},
        members,
    )


Route = Callable[[Callable[[Hop], bool]], tuple[frozenset[str], frozenset[str]]]


def _router(
    domain: DataDomain, ends: list[str], ai: str, hops: tuple[Hop, ...], hub_ids: frozenset[str]
) -> Route:
    """Routes of the domain over the hops a predicate keeps, in the domain's direction."""
    sources, targets = ([ai], ends) if domain.direction == "from-ai" else (ends, [ai])

    def route(keep: Callable[[Hop], bool]) -> tuple[frozenset[str], frozenset[str]]:
        return domain_route(hops, sources, targets, set(hub_ids), keep)

    return route


def _written_through_api(
    domain: DataDomain, ends: list[str], ai: str, estate: Estate
) -> DomainVerdict:
    """A from-ai domain with no flow: ready when a target's scanned FHIR API accepts the writes.

    The AI platform calls that API itself, so the API is the path; a target whose capability
    was not scanned leaves it unknown.
    """
    writers, unscanned = [], []
    for end in ends:
        served = estate.graph.nodes[end].get("fhir")
        if served is None:
            unscanned.append(end)
        elif any(set(served.get(r, ())) & WRITE for r in domain.fhir_resources):
            writers.append(end)
    if writers:
        members = frozenset({ai, *writers})
        return DomainVerdict(DomainReadiness(domain.name, READY, "real-time"), {}, members)
    if unscanned and domain.fhir_resources:
        return _unknown(
            domain.name,
            f"{domain.name}: FHIR capability of {', '.join(unscanned)} not scanned "
            f"(does it accept {'/'.join(domain.fhir_resources)} writes?)",
        )
    return _unknown(domain.name, _no_path(domain))


def _unknown(label: str, why: str) -> DomainVerdict:
    return DomainVerdict(DomainReadiness(label, UNKNOWN, missing_evidence=(why,)), {}, frozenset())


def _no_path(domain: DataDomain) -> str:
    kinds = "/".join(sorted(domain.source_kinds))
    wanted = [
        *sorted(domain.message_types),
        *(f"FHIR {r}" for r in sorted(domain.fhir_resources)),
        *(t.upper() for t in sorted(domain.transports)),
    ]
    what = ", ".join(wanted) or "its data"
    if domain.direction == "from-ai":
        return (
            f"{domain.name}: no flow from the AI platform and no FHIR API accepting its writes "
            f"carries {what} into {kinds} systems"
        )
    return (
        f"{domain.name}: no flow seen or declared carries {what} from {kinds} systems "
        "to the AI platform"
    )


def _shows_data(hop: Hop) -> bool:
    """Whether a hop shows the domain's data is really there: messages captured, a route read from
    an engine, a scanned FHIR capability serving it, a scanned database read by an extract. A
    DICOM link counts as declared: assessor reads no images, so the declaration is all the
    evidence there can be."""
    data = hop.data
    if data.get("relation") == "store-of":
        return True
    if data.get("observed") or not data.get("declared"):
        return True
    return hop.carriage == CARRIES and data.get("transport") in ("fhir", "dicom")


def _unevidenced(label: str, on_path: list[Hop], estate: Estate) -> list[str]:
    """Why no route of the domain is evidenced: each hop that lacks evidence."""
    result = []
    for hop in on_path:
        if hop.evidenced or not hop.flow:
            continue
        if hop.data.get("transport") == "fhir" and hop.carriage != CARRIES:
            server = hop.target if hop.source == estate.inventory.ai_platform else hop.source
            result.append(f"{label}: FHIR capability of {server} not scanned")
        else:
            result.append(f"{label}: flow {hop.flow} declared but never observed")
    return sorted(set(result)) or [f"{label}: no observed route to the AI platform"]


def _coding(
    domain: DataDomain,
    carrying: list[Flow],
    on_path: list[Hop],
    estate: Estate,
    block: Callable[[str, str], None],
    missing: list[str],
) -> float | None:
    """The lowest standard share on the path; blocks feeds below the domain's minimum."""
    if not domain.coding or not domain.coded_field:
        return None
    shares = []
    for flow in carrying:
        seen = coding_share(flow.profile, (domain.coded_field,), domain.coding)
        if seen is None:
            continue
        shares.append(seen.share)
        if seen.share < domain.coding_minimum:
            block(flow.id, _coding_rule(domain, estate))
    if not shares and not _us_core_on_route(domain, on_path, estate):
        missing.append(f"{domain.name}: {domain.coding} share of {domain.coded_field} not observed")
    return round(min(shares), 4) if shares else None


def _coding_rule(domain: DataDomain, estate: Estate) -> str:
    """The rule judging the domain's code system, else the one judging its coded field (SNOMED
    CT diagnoses are DATA-C02's, which accepts ICD-10 or SNOMED CT)."""
    if domain.coding in estate.coding_rules:
        return estate.coding_rules[domain.coding]
    by_field = {CODED_FIELDS[c]: r for c, r in estate.coding_rules.items() if c in CODED_FIELDS}
    return by_field.get(domain.coded_field or "", "DATA-C01")


def _us_core_on_route(domain: DataDomain, on_path: list[Hop], estate: Estate) -> bool:
    """Whether a FHIR hop on the path serves the domain under a US Core profile, which binds
    its codes to the standard (LOINC results and vital signs, CVX immunizations, RxNorm...)."""
    for hop in on_path:
        if hop.carriage != CARRIES or hop.data.get("transport") != "fhir":
            continue
        server = next((s for s in estate.inventory.systems if s.id == hop.source), None)
        if server is None or server.fhir is None:
            continue
        if any(
            r.type in domain.fhir_resources and any("/us/core/" in p for p in r.profiles)
            for r in server.fhir.resources
        ):
            return True
    return False


def _fhir_feeds(
    domain: DataDomain, carrying: list[Flow], on_path: list[Hop], block: Callable[[str, str], None]
) -> tuple[str, ...]:
    """Where a FHIR hop carries the domain, how each v2 feed on its path serves the resources."""
    if not any(h.carriage == CARRIES and h.data.get("transport") == "fhir" for h in on_path):
        return ()
    lines = []
    for flow in carrying:
        support = feed_support(domain.fhir_resources, flow, domain.message_types)
        if support is None:
            continue
        if support.gap:
            block(flow.id, FHIR_RULE)
        lines.append(f"{domain.name}: {support.reason}")
    return tuple(sorted(lines))


def _fields(
    domain: DataDomain, carrying: list[Flow], block: Callable[[str, str], None]
) -> list[str]:
    """Blocks feeds leaving a needed field empty; caveats when no feed's fields were seen."""
    needed = {f for r in domain.fields for f in r.fields}
    if not needed or not carrying:
        return []
    profiled = [(f.id, f.profile) for f in carrying if f.profile is not None]
    for flow_id, profile in profiled:
        for path, events in expected_fields(profile.message_types, (domain,)).items():
            fill = event_fill(profile, path, events) if path in needed else None
            if fill is not None and fill < FILL_MINIMUM:
                block(flow_id, FIELDS_RULE)
    if profiled:
        return []
    return [f"{domain.name}: fill of {', '.join(sorted(needed))} not observed"]

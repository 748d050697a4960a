"""Where a rule's evidence comes from: scanned, only declared, or nowhere.

A rule reads one kind of evidence (:data:`EvidenceKind`). Evaluating it can then tell what it
could not have seen -- a data-readiness rule on a flow nobody captured is unobserved whatever the
flow's declared summary says; a rule about a system's interfaces is unobserved on a system no flow
touches -- and whether an observed verdict rests on a scan or only on a declaration (the estate
file, a CMDB export). Confidence weighs the two differently (``assessor/confidence.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Literal

from assessor.model import DataStore, Flow, Inventory, System

__all__ = [
    "DECLARATION_KINDS",
    "EvidenceKind",
    "captured_pairs",
    "content_seen_elsewhere",
    "declaration_sources",
    "flow_observed",
    "seen_by_scan",
]

EvidenceKind = Literal["component", "content", "interfaces", "declaration"]
"""What a rule reads. ``component``: the component's own record, scanned when a scan saw it;
``content``: the messages of a flow, so a flow whose messages nobody captured is unobserved;
``interfaces``: the flows touching a system, so a system no flow touches is unobserved (an
isolated declared system is unknown, not clean), scanned when one of them was; ``declaration``:
what only an architect can state (an owner, a support date), so always declared."""

DECLARATION_KINDS = frozenset({"estate", "estate-csv"})
"""Source kinds that declare an estate rather than scan it (the estate file, a CMDB export)."""


def flow_observed(flow: Flow) -> bool:
    """Whether messages of this flow were seen (not only declared)."""
    return flow.observed or flow.profile is not None or flow.message_count > 0


def declaration_sources(inventory: Inventory) -> frozenset[str]:
    """The sources that declared the estate (estate file, CMDB export), not scanned it."""
    return frozenset(s.source for s in inventory.scan.sources if s.kind in DECLARATION_KINDS)


def seen_by_scan(component: System | DataStore | Flow, declarations: frozenset[str]) -> bool:
    """Whether a scan saw ``component``: messages of a flow, tables of a store, or any source
    other than a declaration (a feed naming a system, an engine export, a database server)."""
    if isinstance(component, Flow) and flow_observed(component):
        return True
    if isinstance(component, DataStore) and component.tables:
        return True
    return any(source not in declarations for source in component.sources)


def captured_pairs(inventory: Inventory) -> frozenset[tuple[str, str]]:
    """The (sender, receiver) pairs of the flows whose messages were captured."""
    return frozenset((f.source, f.target) for f in inventory.flows if flow_observed(f))


def content_seen_elsewhere(
    flow: Flow,
    inventory: Inventory,
    hubs: Mapping[str, str],
    captured: frozenset[tuple[str, str]] | None = None,
    feeds_into: Callable[[str, tuple[str, ...]], Sequence[Flow]] | None = None,
) -> bool:
    """Whether the messages of an uncaptured flow were captured on other flows.

    Either a captured flow joins the same sender to the same receiver (an engine's inbound
    channel and the capture at its listener), or the flow leaves an interface engine (one of
    ``hubs``) and every enabled feed into it with the same message types was so captured: the
    engine relays them, as ``effective_phi`` reads their PHI. ``captured`` and ``feeds_into``
    (the flows into a node that can carry given message types) may come precomputed, as the rule
    context keeps them: without them each question scans every flow.
    """
    if flow_observed(flow):
        return False
    if captured is None:
        captured = captured_pairs(inventory)
    if (flow.source, flow.target) in captured:
        return True
    if flow.source not in hubs:
        return False
    types = tuple(sorted(flow.message_types))
    if feeds_into is None:
        from assessor.graph import carries  # late: keeps this module's imports light

        into = [
            f
            for f in inventory.flows
            if f.target == flow.source and (not types or carries(f.message_types, types))
        ]
    else:
        into = list(feeds_into(flow.source, types))
    # A disabled channel relays nothing.
    feeds = [f for f in into if f.id != flow.id and f.enabled]
    return bool(feeds) and all((f.source, f.target) in captured for f in feeds)

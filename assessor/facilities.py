"""One application name at two facilities is two systems (HL7 v2 identity across files).

The HL7 v2 connector names a system after MSH-3/MSH-5 and records the facility (MSH-4/MSH-6) it
was seen at. Within one file it already tells ``EPIC`` at a US hospital from ``EPIC`` at a UK
trust; :func:`split_by_facility` does the same across fragments, before they merge by id: an
observed system id seen at two or more facilities becomes one system per facility,
``epic-us-hosp`` named ``EPIC (US-HOSP)``, and each fragment's flows follow its own. Its
names stay aliases, so an estate that declares the name still claims every one of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from assessor.model import Inventory, System
from assessor.naming import alias_key, flow_id, slugify

__all__ = ["split_by_facility"]


def split_by_facility(fragments: Sequence[Inventory]) -> list[Inventory]:
    """The fragments with every observed system id that was seen at two or more facilities
    renamed per facility (a system seen at none keeps its id)."""
    seen_at: dict[str, set[str]] = defaultdict(set)
    for fragment in fragments:
        for system in fragment.systems:
            if not system.declared:  # facilities compared as aliases are: GenHosp is GENHOSP
                seen_at[system.id].update(alias_key(f) or f for f in system.facilities)
    clashing = {sid for sid, facilities in seen_at.items() if len(facilities) > 1}
    if not clashing:
        return list(fragments)
    return [_renamed(fragment, clashing) for fragment in fragments]


def _renamed(fragment: Inventory, clashing: set[str]) -> Inventory:
    renames: dict[str, str] = {}
    systems: list[System] = []
    for system in fragment.systems:
        if system.declared or system.id not in clashing or len(system.facilities) != 1:
            systems.append(system)
            continue
        (facility,) = system.facilities
        renames[system.id] = slugify(f"{system.id} {facility}")
        aliases = tuple(dict.fromkeys((system.name, *system.aliases)))
        name = f"{system.name} ({facility})"
        systems.append(replace(system, id=renames[system.id], name=name, aliases=aliases))
    if not renames:
        return fragment
    flows = []
    for flow in fragment.flows:
        source, target = (
            renames.get(flow.source, flow.source),
            renames.get(flow.target, flow.target),
        )
        if (source, target) != (flow.source, flow.target):
            fid = flow_id(source, target, flow.transport.value, flow.channel)
            flow = replace(flow, id=fid, source=source, target=target)
        flows.append(flow)
    stores = tuple(
        replace(s, system_id=renames[s.system_id]) if s.system_id in renames else s
        for s in fragment.stores
    )
    return replace(fragment, systems=tuple(systems), flows=tuple(flows), stores=stores)

"""Effort in person-days for one roadmap action, sized from what the scan saw of the component.

An action's likely effort is a base per disposition plus one term per thing the action has to
move, re-point or re-test: interfaces and message types carried, engine channels and lines of
transformer code, tables, columns and PHI columns of its databases, and the systems downstream
that must be regression-tested. The range is ``low = likely x 0.7`` and ``high = likely x 1.8``
(estimates of software work run over far more often than under). Every term is listed in the
basis so that a reader can check the sum. The figures and their reasons are in
``docs/scoring.md`` ("Effort"); an interface engine whose channel inventory was scanned is sized
by :mod:`assessor.engine_migration` instead, and an estate file can pin any component's effort.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Set
from dataclasses import dataclass, replace

from assessor.engine_migration import plan_migration
from assessor.graph import message_type
from assessor.model import EffortDays, EngineInventory, Inventory, TableProfile

__all__ = [
    "HIGH_FACTOR",
    "LOW_FACTOR",
    "QUICK_WIN_DAYS",
    "ComponentSize",
    "component_sizes",
    "engine_effort",
    "pinned_effort",
    "size_action",
    "size_quick_win",
    "tshirt",
]

LOW_FACTOR, HIGH_FACTOR = 0.7, 1.8
QUICK_WIN_DAYS = 2.0
"""One quick-win rule fixed on one component (TLS on a link, naming an owner): two days."""

# disposition -> (base days, per term); a term missing from a disposition costs nothing there.
_RATES: dict[str, tuple[float, dict[str, float]]] = {
    "replace": (
        30.0,
        {
            "interfaces": 3.0,
            "message types": 1.0,
            "channels": 2.0,
            "transformer lines": 0.01,
            "tables": 0.5,
            "columns": 0.02,
            "PHI columns": 0.1,
            "downstream consumers": 1.0,
        },
    ),
    "replatform": (
        15.0,
        {
            "interfaces": 2.0,
            "message types": 0.5,
            "channels": 2.0,
            "transformer lines": 0.01,
            "tables": 0.25,
            "columns": 0.01,
            "PHI columns": 0.1,
            "downstream consumers": 1.0,
        },
    ),
    "rehost": (8.0, {"interfaces": 0.5, "tables": 0.1, "PHI columns": 0.05}),
    "refactor": (
        5.0,
        {"interfaces": 1.0, "message types": 0.5, "channels": 0.5, "transformer lines": 0.01},
    ),
    "retire": (3.0, {"interfaces": 0.5, "downstream consumers": 0.5}),
    "coordinate": (2.0, {"interfaces": 1.0}),
}
_UNITS = {
    "interfaces": "interface(s) re-pointed and tested",
    "message types": "message type(s) mapped",
    "channels": "engine channel(s) rebuilt",
    "transformer lines": "line(s) of transformer code",
    "tables": "table(s) migrated",
    "columns": "column(s) mapped",
    "PHI columns": "PHI column(s) reviewed",
    "downstream consumers": "downstream system(s) regression-tested",
}
_ENGINE_TARGETS = {"fork": "moved to a compatible fork", "rebuild": "rebuilt on another engine"}
# Upper bounds of the T-shirt labels, in likely person-days.
_TSHIRT = (("S", 10.0), ("M", 30.0), ("L", 90.0))


@dataclass(frozen=True)
class ComponentSize:
    """What the scan saw of one component, the inputs of its effort."""

    interfaces: int = 0
    message_types: int = 0
    channels: int = 0
    transformer_lines: int = 0
    tables: int = 0
    columns: int = 0
    phi_columns: int = 0
    downstream_consumers: int = 0

    def counts(self) -> dict[str, int]:
        """The counts by the names the rates use."""
        return {
            "interfaces": self.interfaces,
            "message types": self.message_types,
            "channels": self.channels,
            "transformer lines": self.transformer_lines,
            "tables": self.tables,
            "columns": self.columns,
            "PHI columns": self.phi_columns,
            "downstream consumers": self.downstream_consumers,
        }


def size_action(disposition: str, size: ComponentSize) -> EffortDays:
    """Person-days (low / likely / high) of one action, with the terms it was summed from.

    >>> size_action("refactor", ComponentSize(interfaces=2)).likely
    7.0
    """
    base, rates = _RATES.get(disposition, (0.0, {}))
    basis = [f"{disposition}: {base:g} d base"] if base else []
    likely = base
    for term, count in size.counts().items():
        rate = rates.get(term, 0.0)
        if rate and count:
            likely += rate * count
            basis.append(f"{count} {_UNITS[term]} x {rate:g} d")
    return _range(likely, tuple(basis))


def size_quick_win(rule_count: int) -> EffortDays:
    """Person-days of the quick wins on one component: two days per rule fixed."""
    likely = QUICK_WIN_DAYS * rule_count
    return _range(likely, (f"{rule_count} quick-win fix(es) x {QUICK_WIN_DAYS:g} d",))


def pinned_effort(days: float, reason: str) -> EffortDays:
    """An effort pinned by hand: the architect's figure, no range."""
    return EffortDays(days, days, days, (f"pinned: {days:g} d ({reason})",))


def tshirt(days: float) -> str:
    """The T-shirt label of a likely effort: S up to 10 d, M to 30, L to 90, XL beyond."""
    return next((label for label, upper in _TSHIRT if days <= upper), "XL")


def _range(likely: float, basis: tuple[str, ...]) -> EffortDays:
    likely = round(likely, 1)
    return EffortDays(round(likely * LOW_FACTOR, 1), likely, round(likely * HIGH_FACTOR, 1), basis)


def component_sizes(inventory: Inventory, hub_ids: Set[str]) -> dict[str, ComponentSize]:
    """What the scan saw of every system and store, in one pass over flows and stores.

    Enabled interfaces touching the component and the message types they carry; an engine's
    channels and every line of its transformer code (those of its channels with no flow too); the
    tables, columns and PHI columns of its databases; the distinct systems its data goes to.
    """
    interfaces: dict[str, int] = defaultdict(int)
    types: dict[str, set[str]] = defaultdict(set)
    consumers: dict[str, set[str]] = defaultdict(set)
    lines: dict[str, int] = defaultdict(int)
    for flow in inventory.flows:
        if not flow.enabled:
            continue
        for end in {flow.source, flow.target}:
            interfaces[end] += 1
            types[end].update(message_type(t) for t in flow.message_types)
        consumers[flow.source].add(flow.target)
        if flow.channel and flow.source not in hub_ids and flow.target not in hub_ids:
            lines[flow.source] += flow.custom_script_lines
    tables: dict[str, list[TableProfile]] = defaultdict(list)
    for store in inventory.stores:
        tables[store.id].extend(store.tables)
        if store.system_id:
            tables[store.system_id].extend(store.tables)
    ids = {s.id for s in inventory.systems} | {s.id for s in inventory.stores} | set(interfaces)
    systems = {s.id: s for s in inventory.systems}
    sizes = {}
    for component in sorted(ids):
        system = systems.get(component)
        own = tables.get(component, [])
        sizes[component] = ComponentSize(
            interfaces=interfaces.get(component, 0),
            message_types=len(types.get(component, ())),
            channels=len(system.channels) if system else 0,
            transformer_lines=(system.custom_script_lines if system else 0)
            + lines.get(component, 0),
            tables=len(own),
            columns=sum(len(t.columns) for t in own),
            phi_columns=sum(1 for t in own for c in t.columns if c.phi),
            downstream_consumers=len(consumers.get(component, ())),
        )
    return sizes


def engine_effort(
    disposition: str, engine: EngineInventory, size: ComponentSize
) -> EffortDays | None:
    """An engine's migration: the disposition's base, interfaces, message types and consumers as
    for any system, with its channels costed from the channel inventory
    (:mod:`assessor.engine_migration`) instead of per channel and line here — moved to a
    compatible fork for a replatform or rehost, rebuilt on another engine for a replacement.
    None when the inventory holds no channel to cost."""
    if disposition not in ("replatform", "rehost", "replace"):
        return None
    plan = plan_migration(engine)
    target = "rebuild" if disposition == "replace" else "fork"
    channels = plan.rebuild if target == "rebuild" else plan.fork
    if channels.likely <= 0:
        return None
    rest = size_action(disposition, replace(size, channels=0, transformer_lines=0))
    enabled = sum(1 for c in plan.channels if c.enabled)
    return EffortDays(
        round(rest.low + channels.low, 1),
        round(rest.likely + channels.likely, 1),
        round(rest.high + channels.high, 1),
        (
            *rest.basis,
            f"{enabled} engine channel(s) {_ENGINE_TARGETS[target]}: {channels.likely:g} d "
            f"(docs/engine.md)",
        ),
    )

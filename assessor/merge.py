"""One inventory out of many fragments, with identity resolution through aliases.

Each connector sees a system under its own name: ``PAS`` in MSH-3, ``pas-prod:2575`` in an
engine channel, ``Meditrak PAS`` in the estate file. :func:`merge_inventories` maps every observed
system onto a declared one when one of its names (id, name, aliases; compared with
:func:`assessor.naming.alias_key`) is a name of that declared system, re-points the flows and data
stores to the resolved ids and merges what then coincides. What stays unmatched stays an
observed-only system and its names are listed in ``Inventory.unmatched_names``: seen on the wire,
not in the estate.

The result does not depend on the order of the fragments: everything is processed in an order
derived from the content alone.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from functools import reduce
from typing import Any

from assessor.facilities import split_by_facility
from assessor.graph import carries
from assessor.model import (
    DataStore,
    EngineInventory,
    Flow,
    Inventory,
    ScanMetadata,
    System,
    TableProfile,
    Transport,
    UseCase,
)
from assessor.naming import alias_key, flow_id, slugify, url_hosts

__all__ = ["merge_inventories"]

# Declared knowledge ranks by how deliberately it was written: the estate file, then a CMDB export.
_AUTHORITY = {"estate": 0, "estate-csv": 1}
_ENGINE_KIND = "interface-engine"
_SQLITE = re.compile(r"^sqlite(?:\+\w+)?:///(.+)$")


def merge_inventories(fragments: Sequence[Inventory]) -> Inventory:
    """Merge Inventory fragments into one, resolving every system to a declared one if it can."""
    ranked = _rank(split_by_facility(fragments))
    systems, id_map, unmatched = _resolve_systems(ranked)
    flows = _merge_flows(_repoint(flow, id_map) for fragment in ranked for flow in fragment.flows)
    stores = _merge_stores([s for fragment in ranked for s in fragment.stores], id_map, systems)
    return Inventory(
        estate_name=next((f.estate_name for f in ranked if f.estate_name), None),
        systems=tuple(systems),
        stores=tuple(stores),
        flows=tuple(flows),
        use_cases=tuple(_merge_use_cases(u for f in ranked for u in f.use_cases)),
        ai_platform=next(
            (id_map.get(f.ai_platform, f.ai_platform) for f in ranked if f.ai_platform), None
        ),
        unmatched_names=tuple(unmatched),
        scan=_merge_scans([f.scan for f in ranked]),
        capacity_days_per_month=next(
            (f.capacity_days_per_month for f in ranked if f.capacity_days_per_month), None
        ),
    ).sorted()


def _keys(names: Iterable[str]) -> list[str]:
    return [k for k in map(alias_key, names) if k is not None]


# --- ordering ------------------------------------------------------------------------------


def _canonical(item: Any) -> str:
    return json.dumps(item.to_dict(), sort_keys=True, ensure_ascii=False, default=str)


def _authority_rank(fragment: Inventory) -> int:
    kinds = [_AUTHORITY.get(s.kind, len(_AUTHORITY)) for s in fragment.scan.sources]
    return min(kinds, default=len(_AUTHORITY))


def _rank(fragments: Sequence[Inventory]) -> list[Inventory]:
    """Fragments by the authority of their sources; fragments of equal authority by their
    canonical JSON, computed only for them (a database of 2,000 tables takes seconds to dump)."""
    ranks = {id(f): _authority_rank(f) for f in fragments}
    shared = Counter(ranks.values())
    return sorted(
        fragments,
        key=lambda f: (ranks[id(f)], _canonical(f) if shared[ranks[id(f)]] > 1 else ""),
    )


def _system_authority(system: System, source_kinds: dict[str, int]) -> int:
    lowest = len(_AUTHORITY)
    return min((source_kinds.get(s, lowest) for s in system.sources), default=lowest)


# --- systems -------------------------------------------------------------------------------


_PRODUCTION = re.compile(r"[\s_-]*[(\[]?\s*\b(?:prod|production|live)\b\s*[)\]]?\s*$", re.I)
"""A trailing production qualifier: ``Mirth Connect (PROD)`` is the ``Mirth Connect`` in use."""
_QUALIFIER = re.compile(r"(?:prod|production|live)", re.I)
_LABELLED = re.compile(r"(.*?)\s*\(([^()]*)\)\s*")  # "Mirth Connect (North Trust / PROD)"


def _names(system: System) -> list[str]:
    """Every name a system matches by; an engine also by its names without ``(PROD)``.

    Only production is read through: ``Mirth Connect (TEST)`` is another server.
    """
    names = [system.id, system.name, *system.aliases]
    if system.kind == _ENGINE_KIND:
        names += [bare for n in names if (bare := _without_production(n)) and bare != n]
    return names


def _without_production(name: str) -> str:
    """A name without its production qualifiers, however many labels say it: ``Mirth Connect
    (Production / PROD)`` and ``mirth-connect-production-prod`` are ``Mirth Connect``; ``Mirth
    Connect (North Trust / PROD)`` is ``Mirth Connect (North Trust)``."""
    labelled = _LABELLED.fullmatch(name)
    if labelled:
        labels = [label.strip() for label in labelled.group(2).split("/")]
        kept = [label for label in labels if label and not _QUALIFIER.fullmatch(label)]
        return f"{labelled.group(1)} ({' / '.join(kept)})" if kept else labelled.group(1)
    bare = _PRODUCTION.sub("", name)
    return name if bare == name else _without_production(bare)


def _clean(name: str) -> str:
    """A name with its whitespace trimmed and runs of it made one space."""
    return " ".join(name.split())


def _resolve_systems(
    fragments: Sequence[Inventory],
) -> tuple[list[System], dict[str, str], list[str]]:
    """Merged systems, the map from every original id to its resolved id, and unmatched names."""
    source_kinds = {
        s.source: _AUTHORITY.get(s.kind, len(_AUTHORITY)) for f in fragments for s in f.scan.sources
    }
    every = [s for f in fragments for s in f.systems]
    declared = sorted(
        (s for s in every if s.declared),
        key=lambda s: (_system_authority(s, source_kinds), s.id, _canonical(s)),
    )
    observed = _group_by_id(s for s in every if not s.declared)

    anchors: dict[str, list[System]] = {}  # resolved id -> its systems, most authoritative first
    by_key: dict[str, str] = {}
    id_map: dict[str, str] = {}
    for system in declared:
        anchor = next((by_key[k] for k in _keys(_names(system)) if k in by_key), None)
        anchor = anchor or system.id
        anchors.setdefault(anchor, []).append(system)
        id_map[system.id] = anchor
        for key in _keys(_names(system)):
            by_key.setdefault(key, anchor)

    engines = sorted({a for a, group in anchors.items() if group[0].kind == _ENGINE_KIND})
    # An engine no name matches is the only declared engine when it is the only such engine: two
    # of them are two servers (a prod and a test engine), and the estate must say which is which.
    # Counted by identity: "Mirth Connect" and "Mirth Connect (PROD)" are one engine.
    nameless_engines = len(
        {
            min(_keys(_names(replace(s, aliases=()))), default=s.id)
            for s in observed
            if s.kind == _ENGINE_KIND and not any(k in by_key for k in _keys(_names(s)))
        }
    )
    observed_keys: dict[str, str] = {}
    observed_only: list[str] = []
    for system in observed:
        anchor = next((by_key[k] for k in _keys(_names(system)) if k in by_key), None)
        if (
            anchor is None
            and system.kind == _ENGINE_KIND
            and len(engines) == 1
            and nameless_engines == 1
        ):
            anchor = engines[0]
        if anchor is None:
            own_keys = _keys([system.id, system.name])
            if system.kind == _ENGINE_KIND:
                own_keys = _keys(_names(replace(system, aliases=())))
            anchor = next((observed_keys[k] for k in own_keys if k in observed_keys), None)
            if anchor is None:
                anchor = system.id
                observed_only.append(anchor)
            for key in own_keys:
                observed_keys.setdefault(key, anchor)
        anchors.setdefault(anchor, []).append(system)
        id_map[system.id] = anchor

    merged = [_merge_systems(anchor, group) for anchor, group in anchors.items()]
    # One name per way of writing it: "DMCOE" and "DMCOE " are one unmatched name.
    spellings: dict[str, str] = {}
    for anchor in observed_only:
        for name in sorted(_clean(n) for n in _names_of(anchors[anchor]) if _clean(n)):
            spellings.setdefault(alias_key(name) or name, name)
    unmatched = sorted(set(spellings.values()))
    return merged, id_map, unmatched


def _group_by_id(systems: Iterable[System]) -> list[System]:
    """Observed systems with the same id are one system seen twice: merge them first."""
    groups: dict[str, list[System]] = defaultdict(list)
    for system in systems:
        groups[system.id].append(system)
    return [
        _merge_systems(system_id, sorted(groups[system_id], key=_canonical), sort_aliases=False)
        for system_id in sorted(groups)
    ]


def _names_of(group: list[System]) -> list[str]:
    return [name for system in group for name in (system.name, *system.aliases)]


def _merge_systems(anchor: str, group: list[System], sort_aliases: bool = True) -> System:
    """Field by field the first non-empty value wins; ``group`` is ordered by authority.

    Aliases are the union of every name the group was seen under, sorted for the output; before
    resolution (``sort_aliases=False``) they keep their order, which is the order of preference
    in which a connector offers them for matching.
    """
    head = group[0]
    if len(group) == 1 and head.id == anchor and not sort_aliases:
        return head
    values: dict[str, Any] = {}
    for f in fields(System):
        if f.name in ("id", "aliases", "sources", "declared"):
            continue
        candidates = [getattr(s, f.name) for s in group]
        if f.name == "kind":
            values["kind"] = next((k for k in candidates if k and k != "other"), head.kind)
        elif f.name in ("channels", "facilities"):
            values[f.name] = tuple(sorted({c for names in candidates for c in names}))
        elif f.name == "custom_script_lines":
            values[f.name] = sum(candidates)  # each export's channels, added up
        elif f.name == "engine":
            inventories = [c for c in candidates if c is not None]  # one engine, many exports
            values[f.name] = reduce(EngineInventory.merge, inventories) if inventories else None
        else:
            values[f.name] = next((v for v in candidates if v not in (None, "", ())), None)
    name = _clean(values.pop("name") or "") or anchor
    names = list(
        dict.fromkeys(
            _clean(n)
            for s in group
            for n in (s.name, *s.aliases)
            if _clean(n) and _clean(n) != name
        )
    )
    if sort_aliases:
        names.sort(key=lambda n: (n.casefold(), n))
    return System(
        id=anchor,
        name=name,
        aliases=tuple(names),
        declared=any(s.declared for s in group),
        sources=tuple(sorted({src for s in group for src in s.sources})),
        **values,
    )


# --- flows ---------------------------------------------------------------------------------


def _repoint(flow: Flow, id_map: dict[str, str]) -> Flow:
    source = id_map.get(flow.source, flow.source)
    target = id_map.get(flow.target, flow.target)
    return replace(
        flow,
        source=source,
        target=target,
        id=flow_id(source, target, flow.transport.value, flow.channel),
    )


def _merge_flows(flows: Iterable[Flow]) -> list[Flow]:
    """One flow per link: the evidence of one link from every source merged into one flow.

    Flows between the same two systems are one link when they name the same channel or the same
    endpoint, or when one of them names neither and is the only link it can be (same transport,
    or transport unknown, such as an archive of the feed; message types decide between several
    candidates). Two channels or two endpoints are two links; so are two transports stated (by
    the estate, a CMDB or an engine's configuration) or two read from captures' framing. A
    capture's transport read from its framing (MLLP frames, a batch file's envelope) is a hint,
    not a statement: the capture joins the one link declared between the same two systems
    whatever transport that names, and a link of its own transport when several are declared.
    """
    pairs: dict[tuple[str, str], list[Flow]] = defaultdict(list)
    for flow in flows:
        pairs[(flow.source, flow.target)].append(flow)
    by_id: dict[str, list[Flow]] = {}
    for pair in sorted(pairs):
        for group in _links(sorted(pairs[pair], key=_link_order)):
            # Two links that would get one id (two endpoints, one transport, no channel) cannot
            # be told apart in the outputs: they stay one flow, as before links were matched.
            by_id.setdefault(_merge_flow_group(group).id, []).extend(group)
    return [_merge_flow_group(sorted(group, key=_link_order)) for group in by_id.values()]


def _link_order(flow: Flow) -> tuple[bool, bool, bool, str]:
    """Anchored evidence first (a channel or an endpoint), declared first, known transport first."""
    anchored = bool(flow.channel or flow.endpoint)
    return (not anchored, not flow.declared, flow.transport == Transport.UNKNOWN, _canonical(flow))


def _links(flows: list[Flow]) -> list[list[Flow]]:
    """The flows of one sender and receiver grouped into links (see :func:`_merge_flows`)."""
    links: list[list[Flow]] = []
    for flow in flows:
        fits = [link for link in links if _same_link(link, flow)]
        if len(fits) > 1:
            own = [link for link in fits if flow.transport in {f.transport for f in link}]
            fits = own or fits
        if len(fits) > 1:
            by_types = [link for link in fits if _types_agree(link, flow)]
            fits = by_types if len(by_types) == 1 else []
        if len(fits) == 1:
            fits[0].append(flow)
        else:
            links.append([flow])
    return links


def _same_link(link: list[Flow], flow: Flow) -> bool:
    channels = {slugify(f.channel) for f in link if f.channel}
    endpoints = {f.endpoint for f in link if f.endpoint}
    # a stated transport only clashes with a stated one, one read from framing with one so read
    transports = {
        f.transport
        for f in link
        if f.transport != Transport.UNKNOWN and _stated(f) == _stated(flow)
    }
    channel = slugify(flow.channel) if flow.channel else None
    if channel and channels and channel not in channels:
        return False
    if flow.endpoint and endpoints and flow.endpoint not in endpoints:
        return False
    if flow.transport != Transport.UNKNOWN and transports and flow.transport not in transports:
        return False
    if channel or flow.endpoint:  # anchored: only a shared channel or endpoint makes it one
        return channel in channels or flow.endpoint in endpoints
    return True


def _stated(flow: Flow) -> bool:
    """Whether a flow's transport is stated (declared, or an engine channel's or endpoint's
    configuration) rather than read from the framing of captured messages."""
    return flow.declared or bool(flow.channel or flow.endpoint)


def _types_agree(link: list[Flow], flow: Flow) -> bool:
    have = {t for f in link for t in f.message_types}
    return bool(have) and bool(flow.message_types) and carries(have, flow.message_types)


def _add_counts(maps: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for counts in maps:
        for key, count in counts.items():
            total[key] = total.get(key, 0) + count
    return total


def _merge_flow_group(group: list[Flow]) -> Flow:
    head = group[0]
    if len(group) == 1:
        return head
    transport = next(
        (f.transport for f in group if f.transport != Transport.UNKNOWN), head.transport
    )
    channel = next((f.channel for f in group if f.channel), None)
    tls_values = {f.tls for f in group if f.tls is not None}
    profiles = [f.profile for f in group if f.profile is not None]
    profile = None
    for part in profiles:
        profile = part if profile is None else profile.merge(part)
    first_seen = [f.first_seen for f in group if f.first_seen]
    last_seen = [f.last_seen for f in group if f.last_seen]
    return replace(
        head,
        id=flow_id(head.source, head.target, transport.value, channel),
        transport=transport,
        channel=channel,
        message_types=_add_counts(f.message_types for f in group),
        hl7_versions=_add_counts(f.hl7_versions for f in group),
        z_segments=tuple(sorted({z for f in group for z in f.z_segments})),
        phi_classes=tuple(sorted({p for f in group for p in f.phi_classes})),
        tls=_tls(tls_values),
        message_count=sum(f.message_count for f in group),
        first_seen=min(first_seen, default=None),
        last_seen=max(last_seen, default=None),
        enabled=any(f.enabled for f in group),
        custom_script_lines=sum(f.custom_script_lines for f in group),
        endpoint=next((f.endpoint for f in group if f.endpoint), None),
        declared=any(f.declared for f in group),
        observed=any(f.observed for f in group),
        profile=profile,
        conformance=_add_counts(f.conformance for f in group),
        sources=tuple(sorted({s for f in group for s in f.sources})),
    )


def _tls(values: set[bool]) -> bool | None:
    """Plain text anywhere on the flow makes it plain text; unknown only when nothing says."""
    if False in values:
        return False
    return True if values else None


# --- data stores ---------------------------------------------------------------------------


def _store_keys(store: DataStore) -> list[str]:
    keys = [f"id:{store.id}"]
    if match := _SQLITE.match(store.url):
        keys.append(f"sqlite:{match.group(1)}")
    elif "${" not in store.url:
        keys.append(f"url:{store.url}")
    return keys


def _store_order(store: DataStore) -> tuple[bool, str]:
    return (not store.declared, _canonical(store))


def _merge_stores(
    stores: list[DataStore], id_map: dict[str, str], systems: list[System]
) -> list[DataStore]:
    """Stores sharing an id, a SQLite file or a URL are one store; the declared one leads."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    owner_of_key: dict[str, int] = {}
    for index, store in enumerate(stores):
        for key in _store_keys(store):
            if key in owner_of_key:
                parent[root(index)] = root(owner_of_key[key])
            else:
                owner_of_key[key] = index
    groups: dict[int, list[DataStore]] = defaultdict(list)
    for index, store in enumerate(stores):
        groups[root(index)].append(store)

    by_key = {k: s.id for s in systems if s.declared for k in _keys(_names(s))}
    merged = []
    for group in groups.values():
        ordered = group if len(group) == 1 else sorted(group, key=_store_order)
        store = _merge_store_group(ordered)
        system_id = id_map.get(store.system_id, store.system_id) if store.system_id else None
        if system_id is None:
            hosts = (k for s in ordered for k in _keys(url_hosts(s.url)))
            system_id = next((by_key[h] for h in hosts if h in by_key), None)
        merged.append(replace(store, system_id=system_id))
    return merged


def _merge_store_group(group: list[DataStore]) -> DataStore:
    head = group[0]
    if len(group) == 1:
        return head
    values: dict[str, Any] = {}
    for f in fields(DataStore):
        if f.name in ("id", "tables", "schemas", "declared", "sources"):
            continue
        values[f.name] = next(
            (v for v in (getattr(s, f.name) for s in group) if v not in (None, "", "unknown")),
            getattr(head, f.name),
        )
    scanned = [s for s in group if s.tables]
    if scanned and "${" in values["url"]:
        values["url"] = scanned[0].url  # the scanned URL is the real one, masked
    return DataStore(
        id=head.id,
        tables=_union_tables(t for s in scanned for t in s.tables),
        schemas=tuple(sorted({n for s in group for n in s.schemas})),
        declared=any(s.declared for s in group),
        sources=tuple(sorted({src for s in group for src in s.sources})),
        **values,
    )


def _union_tables(tables: Iterable[TableProfile]) -> tuple[TableProfile, ...]:
    seen: dict[str, TableProfile] = {}
    for table in tables:
        seen.setdefault(table.qualified_name, table)
    return tuple(seen[name] for name in sorted(seen))


# --- use cases and scan metadata -----------------------------------------------------------


def _merge_use_cases(use_cases: Iterable[UseCase]) -> list[UseCase]:
    """One use case per id; an inline definition (with a name) wins over a bare catalog id."""
    by_id: dict[str, list[UseCase]] = defaultdict(list)
    for use_case in use_cases:
        by_id[use_case.id].append(use_case)
    merged = []
    for group in by_id.values():
        ordered = sorted(group, key=lambda u: (not u.name, _canonical(u)))
        priority = min((u.priority for u in group if u.priority is not None), default=None)
        merged.append(replace(ordered[0], priority=priority))
    return merged


def _merge_scans(scans: Sequence[ScanMetadata]) -> ScanMetadata:
    started = [s.started_at for s in scans if s.started_at]
    finished = [s.finished_at for s in scans if s.finished_at]
    return ScanMetadata(
        tool_version=next((s.tool_version for s in scans if s.tool_version), ""),
        started_at=min(started, default=""),
        finished_at=max(finished, default=""),
        duration_seconds=sum(s.duration_seconds for s in scans),
        sources=tuple(src for s in scans for src in s.sources),
        errors=tuple(e for s in scans for e in s.errors),
    )

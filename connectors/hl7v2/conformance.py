"""hl7apy's reference data for one HL7 version, compiled once into rules a token walk can apply.

hl7apy validates a message by building an object tree and checking it against nested reference
tuples. Those tuples are read here once per version and turned into plain, hashable rules: a
:class:`Node` per field, component and subcomponent (datatype, table values, maximum length,
children by name with their cardinality) and a :class:`Level` per message structure and segment
group (which segment or group each segment id belongs to, and how often each child may occur).
:mod:`assessor.connectors.hl7v2.conformance_check` applies them to a message's split text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from hl7apy import load_library, load_reference
from hl7apy.core import is_base_datatype
from hl7apy.exceptions import ChildNotFound

__all__ = ["Child", "Level", "Node", "SegmentRules", "message_level", "segment_rules", "table"]


@dataclass(frozen=True, slots=True)
class Node:
    """A field, component or subcomponent: a leaf (one value) or a sequence of named children."""

    name: str  # ``PID_3``, ``CX_4``, ``HD_1``
    long_name: str
    datatype: str | None
    leaf: bool
    base: bool  # the datatype is one of the version's base (primitive) datatypes
    table: frozenset[str] | None  # the allowed values, None when the table does not ship
    table_id: str | None
    max_length: int  # -1: no limit (hl7apy's data gives none today)
    children: dict[str, Child] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Child:
    """One allowed child of a sequence, with how many times it may occur (-1: unbounded)."""

    name: str
    minimum: int
    maximum: int
    node: Node | None  # None for a child whose reference is not a field-like tuple


@dataclass(frozen=True, slots=True)
class SegmentRules:
    """One segment's fields by name, in order, and whether extra fields are of type varies."""

    name: str
    fields: tuple[Child, ...]
    by_name: dict[str, Child] = field(compare=False, hash=False)
    open_ended: bool  # the last field is ``varies``: hl7apy names fields past it, too


@dataclass(eq=False, slots=True)
class Level:
    """A message structure or segment group: its children in order and where each id is found.

    ``find`` maps a segment id to the path of groups (outermost first) that leads to it from
    this level, as hl7apy's group finder chooses it: a segment directly here wins, otherwise
    the first group, depth first, that holds it anywhere.
    """

    name: str
    children: tuple[Child, ...]
    limits: dict[str, tuple[int, int]]
    segments: dict[str, SegmentRules | None]
    groups: dict[str, Level]
    find: dict[str, tuple[Level, ...]] = field(default_factory=dict)


@cache
def _library(version: str) -> Any:
    return load_library(version)


@cache
def table(table_id: str, version: str) -> frozenset[str] | None:
    """The values of an HL7 table as hl7apy ships it, or None when it has none."""
    try:
        entry = load_reference(table_id, "Table", version)
    except ChildNotFound:
        return None  # hl7apy checks only the tables it ships
    try:
        return frozenset(entry[1])
    except (IndexError, TypeError):
        return None


_nodes: dict[tuple[str, int, str], Node | None] = {}


def _node(name: str, ref: Any, version: str) -> Node | None:
    """The compiled node of a reference tuple, made once: hl7apy's tuples are module-level
    constants shared by every segment and structure, so their ids stay theirs."""
    key = (name, id(ref), version)
    if key not in _nodes:
        _nodes[key] = _compile(name, ref, version)
    return _nodes[key]


def _compile(name: str, ref: Any, version: str) -> Node | None:
    """Compile a ``('leaf'|'sequence', children-or-None, datatype, long name, table, max)``."""
    try:
        kind, children, datatype, long_name, table_id, max_length = ref
    except (TypeError, ValueError):
        return None
    leaf = kind == "leaf"
    node = Node(
        name=name,
        long_name=long_name or "",
        datatype=datatype,
        leaf=leaf,
        base=bool(datatype) and is_base_datatype(datatype, version),
        table=table(table_id, version) if table_id else None,
        table_id=table_id,
        max_length=max_length if isinstance(max_length, int) else -1,
    )
    if not leaf and children:
        for child_name, child_ref, (low, high), _kind in children:
            node.children[child_name] = Child(
                child_name, low, high, _node(child_name, child_ref, version)
            )
    return node


@cache
def segment_rules(segment: str, version: str) -> SegmentRules | None:
    """The compiled fields of ``segment`` in ``version``; None when hl7apy does not know it."""
    entry = _library(version).SEGMENTS.get(segment)
    if entry is None:
        return None
    return _segment(segment, entry, version)


def _segment(segment: str, ref: Any, version: str) -> SegmentRules | None:
    try:
        children = ref[1]
        fields = tuple(
            Child(name, low, high, _node(name, child_ref, version))
            for name, child_ref, (low, high), _kind in children
        )
    except (IndexError, TypeError, ValueError):
        return None  # a withdrawn segment hl7apy describes without fields (QRD in 2.7)
    last = fields[-1].node if fields else None
    return SegmentRules(
        name=segment,
        fields=fields,
        by_name={f.name: f for f in fields},
        open_ended=last is not None and last.datatype == "varies",
    )


def _level(name: str, children: Any, version: str) -> Level:
    compiled: list[Child] = []
    segments: dict[str, SegmentRules | None] = {}
    groups: dict[str, Level] = {}
    for child_name, child_ref, (low, high), kind in children:
        compiled.append(Child(child_name, low, high, None))
        if kind == "GRP":
            groups[child_name] = _level(child_name, child_ref[1], version)
        elif child_name not in segments:
            segments[child_name] = _segment(child_name, child_ref, version)
    level = Level(
        name=name,
        children=tuple(compiled),
        limits={c.name: (c.minimum, c.maximum) for c in reversed(compiled)},  # first wins
        segments=segments,
        groups=groups,
    )
    return level


def path_to(level: Level, segment: str) -> tuple[Level, ...] | None:
    """The groups leading from ``level`` to ``segment`` (empty: directly here), or None."""
    found = level.find.get(segment, False)
    if found is not False:
        return found  # type: ignore[return-value]
    result: tuple[Level, ...] | None = None
    if segment in level.segments:
        result = ()
    else:
        for group in level.groups.values():
            below = path_to(group, segment)
            if below is not None:
                result = (group, *below)
                break
    level.find[segment] = result
    return result


@cache
def message_level(structure: str, version: str) -> Level | None:
    """The compiled message structure (``ADT_A01``) of ``version``, or None when unknown."""
    entry = _library(version).MESSAGES.get(structure)
    if entry is None:
        return None
    return _level(structure, entry[1], version)

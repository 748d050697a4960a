"""Every message checked against the compiled hl7apy rules, on split text, no object tree.

:func:`check_message` reports what hl7apy's strict validation reports for the same message
(:func:`assessor.connectors.hl7v2.validation.validate_message`), as the same ``kind|path`` keys:
missing required segments, groups, fields and components; too many repetitions; children a
structure does not define; wrong datatypes (a primitive field or component holding components or
subcomponents); values outside a table hl7apy ships; values over a maximum length. Segments are
placed in groups the way hl7apy's group finder places them, with one deliberate difference: a
segment the structure does not define anywhere is reported (``unexpected-child|STRUCTURE:SEG``,
Z-segments excepted) and the walk goes on where it was, where hl7apy drops it silently and starts
again from the top of the structure. No value is ever part of a key.

Work is done once per distinct thing and remembered (bounded caches): the placing of segments
in groups once per sequence of segment ids, the checks of a segment once per *shape* (its text
with every run of content turned into ``x``, blank runs kept, as hl7apy strips blanks), which
decides every problem but a table's or a length's; those read only the few values they need.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from operator import itemgetter
from typing import Any, NamedTuple

from assessor.connectors.hl7v2.conformance import (
    Child,
    Level,
    Node,
    SegmentRules,
    message_level,
    path_to,
)
from assessor.connectors.hl7v2.reference import known_segments

__all__ = ["check_message"]

_MSH = re.compile(r"^MSH(\S)")
_SEGMENT_ID = re.compile(r"[A-Z][A-Z0-9]{2}")
_SHORT = 256  # a segment longer than this has its blank runs shortened before it is shaped
_CACHE_SIZE = 100_000  # distinct segment texts, and id sequences, remembered per process
_NAME = re.compile(r"\b([A-Z][A-Z0-9]{1,2}(?:_[A-Z0-9]+)*)\b")
_FIELD = re.compile(r"^([A-Z][A-Z0-9]{1,2})_(\d+)$")


def _path(name: str) -> str:
    match = _FIELD.match(name)
    return f"{match.group(1)}-{match.group(2)}" if match else name


def _join(parent: str, child: str) -> str:
    """``PID_3`` + ``CX_1`` -> ``PID-3.1``; ``PID`` + ``PID_3`` -> ``PID-3`` (hl7apy's names)."""
    if _FIELD.match(parent) and _FIELD.match(child):
        return f"{_path(parent)}.{child.rsplit('_', 1)[1]}"
    return _path(child)


def _names(text: str) -> list[str]:
    return [n for n in _NAME.findall(text) if n not in {"Segment", "Field", "Group", "Message"}]


def _unexpected(described: str, children: Iterable[str | None]) -> str:
    """The key hl7apy's ``Invalid children detected for <element>: [...]`` reduces to: the
    element's own name, then whatever code-like words its description and the children hold."""
    names = _names(f"{described}: {sorted(children, key=str)!r}")
    if not names:
        return "unexpected-child|"
    rest = "+".join(sorted(_path(n) for n in names[1:]))
    return f"unexpected-child|{names[0]}:{rest}" if rest else f"unexpected-child|{names[0]}"


def _pair(kind: str, parent: str, child: str) -> str:
    names = _names(f"{parent}.{child}")
    if len(names) >= 2:
        return f"{kind}|{_join(names[-2], names[-1])}"
    return f"{kind}|{_path(names[-1]) if names else ''}"


def _described(classname: str, node: Node) -> str:
    return f"<{classname} {node.name} ({node.long_name or None}) of type {node.datatype}>"


class _Delimiters:
    __slots__ = ("comp", "fs", "rep", "sub")

    def __init__(self, fs: str, comp: str, rep: str, sub: str) -> None:
        self.fs, self.comp, self.rep, self.sub = fs, comp, rep, sub


def _cardinality(out: list[str], parent: str, child: Child, n: int) -> None:
    if n < child.minimum:
        out.append(_pair("missing-required", parent, child.name))
    elif child.maximum != -1 and n > child.maximum:
        out.append(_pair("too-many-repetitions", parent, child.name))


class _Probe(NamedTuple):
    """A leaf whose value a check reads (a table, a maximum length): where it is in the segment
    (field, repetition, component, subcomponent; -1: not split that far) and what it reports."""

    field: int
    repetition: int
    component: int
    subcomponent: int
    table: frozenset[str] | None
    max_length: int
    not_in_table: str
    too_long: str


def _leaf(
    out: list[str],
    probes: list[_Probe],
    where: tuple[int, int, int, int],
    parent: str,
    node: Node,
    datatype: str | None,
) -> None:
    """What hl7apy checks of a leaf: its table and length (on the value, later), its datatype."""
    if node.table is not None or node.max_length > -1:
        probes.append(
            _Probe(
                *where,
                node.table,
                node.max_length,
                _pair("warning-value-not-in-table", parent, node.name),
                _pair("warning-too-long", parent, node.name),
            )
        )
    if datatype == "varies":
        return
    if datatype != node.datatype:
        out.append(_pair("wrong-datatype", parent, node.name))


def _component(
    out: list[str],
    probes: list[_Probe],
    where: tuple[int, int, int],
    field: str,
    node: Node,
    text: str,
    d: _Delimiters,
) -> None:
    if node.leaf:
        datatype = node.datatype
        if node.base and d.sub in text:
            datatype = None  # hl7apy makes a primitive holding subcomponents untyped
        _leaf(out, probes, (*where, -1), field, node, datatype)
        return
    present: Counter[str | None] = Counter()
    known: list[tuple[Node, int]] = []
    prefix = f"{node.datatype}_"
    for index, part in enumerate(text.split(d.sub), start=1):
        child = node.children.get(f"{prefix}{index}")
        if child is None:
            present["ST"] += 1  # hl7apy keeps an unknown subcomponent, empty or not, as ST
        elif part.strip():
            present[child.name] += 1
            if child.node is not None and child.node.leaf:
                known.append((child.node, index - 1))
    extra = set(present) - set(node.children)
    if extra:
        out.append(_unexpected(_described("Component", node), extra))
    for child in node.children.values():
        _cardinality(out, node.name, child, present[child.name])
    for sub, index in known:
        _leaf(out, probes, (*where, index), node.name, sub, sub.datatype)


def _field(
    out: list[str],
    probes: list[_Probe],
    where: tuple[int, int],
    segment: str,
    node: Node,
    text: str,
    d: _Delimiters,
) -> None:
    if node.leaf:
        datatype = node.datatype
        if node.base and d.comp in text:
            datatype = None  # hl7apy makes a primitive holding components untyped
        _leaf(out, probes, (*where, -1, -1), segment, node, datatype)
        return
    present: Counter[str | None] = Counter()
    parts: list[tuple[Node, str, int]] = []
    prefix = f"{node.datatype}_"
    for index, part in enumerate(text.split(d.comp), start=1):
        if not part.strip():
            continue
        child = node.children.get(f"{prefix}{index}")
        if child is None:
            present[None] += 1  # an unknown component is an unnamed child
            continue
        present[child.name] += 1
        if child.node is not None:
            parts.append((child.node, part, index - 1))
    extra = set(present) - set(node.children)
    if extra:
        out.append(_unexpected(_described("Field", node), extra))
    for child in node.children.values():
        _cardinality(out, node.name, child, present[child.name])
    for component, part, index in parts:
        _component(out, probes, (*where, index), node.name, component, part, d)


class _Shape(NamedTuple):
    """What a segment's shape decides: the problems found on it, and the values to read."""

    problems: tuple[str, ...]
    probes: tuple[_Probe, ...]
    probed: Callable[[list[str]], Any] | None  # the fields the probes read, from the split


def _segment(rules: SegmentRules, text: str, d: _Delimiters) -> _Shape:
    """The problems of one segment shape (content runs as ``x``, blank runs kept as blanks):
    all but what a value decides, and the probes that read those values."""
    out: list[str] = []
    probes: list[_Probe] = []
    sid = rules.name
    msh = sid == "MSH"
    values = (text[3:] if msh else text[4:]).split(d.fs)
    present: Counter[str | None] = Counter()
    checks: list[tuple[Node, str, tuple[int, int]]] = []
    for index, value in enumerate(values, start=1):
        name = f"{sid}_{index}"
        child = rules.by_name.get(name)
        if msh and index <= 2:
            present[name] += 1 if index == 1 or value.strip() else 0
            continue  # MSH-1 and MSH-2 are plain strings to hl7apy
        if not value.strip():
            continue
        reps = value.split(d.rep)
        if child is None:
            present[name if rules.open_ended else None] += len(reps)
            continue
        present[name] += len(reps)
        if child.node is not None:
            checks.extend((child.node, rep, (index - 1, r)) for r, rep in enumerate(reps))
    extra = set(present) - set(rules.by_name)
    if extra:
        out.append(_unexpected(f"<Segment {sid}>", extra))
    for child in rules.fields:
        _cardinality(out, sid, child, present[child.name])
    for node, rep, where in checks:
        _field(out, probes, where, sid, node, rep, d)
    fields = sorted({p.field for p in probes})
    return _Shape(tuple(out), tuple(probes), itemgetter(*fields) if fields else None)


_read_cache: dict[tuple[int, Any], tuple[str, ...]] = {}


def _read(shape: _Shape, rules: SegmentRules, text: str, d: _Delimiters) -> tuple[str, ...]:
    """What the values at the probes add: a table they are not in, a length they exceed.

    Remembered per shape and the texts of the fields probed, which repeat (codes, flags)."""
    values = (text[3:] if rules.name == "MSH" else text[4:]).split(d.fs)
    key = (id(shape), shape.probed(values))  # type: ignore[misc]
    known = _read_cache.get(key)
    if known is not None:
        return known
    found: list[str] = []
    for probe in shape.probes:
        value = values[probe.field].split(d.rep)[probe.repetition]
        if probe.component >= 0:
            value = value.split(d.comp)[probe.component]
            if probe.subcomponent >= 0:
                value = value.split(d.sub)[probe.subcomponent]
        if probe.table is not None and value not in probe.table:
            found.append(probe.not_in_table)
        if -1 < probe.max_length < len(value):
            found.append(probe.too_long)
    if len(_read_cache) >= _CACHE_SIZE:
        _read_cache.clear()
    known = _read_cache[key] = tuple(found)
    return known


@cache
def _content(delimiters: str) -> Callable[[str, str], str]:
    """A segment's shape: runs of content holding more than blanks become ``x``.

    The pattern backtracks over a blank run (quadratic in its length), so in a long segment
    the blank runs are first made one blank long (linear): the shape is the same."""
    chars = re.escape(delimiters)
    content = re.compile(rf"[^{chars}]*[^{chars}\s][^{chars}]*").sub
    blanks = re.compile(rf"[^\S{chars}]{{2,}}").sub

    def shape(segment: str) -> str:
        if len(segment) > _SHORT:
            segment = blanks(" ", segment)
        return segment[:4] + content("x", segment[4:])

    return shape


class _Group:
    __slots__ = ("children", "level", "parent")

    def __init__(self, level: Level, parent: _Group | None) -> None:
        self.level = level
        self.parent = parent
        self.children: list[_Group | tuple[str, int]] = []  # groups and (id, segment index)

    def names(self) -> list[str]:
        return [c.level.name if isinstance(c, _Group) else c[0] for c in self.children]


def _tree(root: Level, sids: Iterable[str]) -> tuple[_Group, list[str]]:
    """The segments placed in groups as hl7apy's ``find_groups`` places them; ids it would drop."""
    top = _Group(root, None)
    current = top
    dropped: list[str] = []
    for index, sid in enumerate(sids):
        walk: _Group | None = current
        while walk is not None:
            path = path_to(walk.level, sid)
            if path is not None:
                break
            walk = walk.parent
        if walk is None or path is None:
            dropped.append(sid)
            continue  # hl7apy would also climb back to the top here; see the module's doc
        current = walk
        if path:
            for level in path:
                group = _Group(level, current)
                current.children.append(group)
                current = group
        elif current is not top and sid in current.names() and current.level.limits[sid][1] == 1:
            parent = current.parent or top
            group = _Group(current.level, parent)
            parent.children.append(group)
            current = group
        current.children.append((sid, index))
    return top, dropped


class _Plan(NamedTuple):
    """What a sequence of segment ids decides in a structure: the structure's problems, and
    which rules check which segment."""

    problems: tuple[str, ...]
    segments: tuple[tuple[int, SegmentRules], ...]


def _plan(root: Level, sids: tuple[str, ...]) -> _Plan:
    tree, dropped = _tree(root, sids)
    problems = [
        f"unexpected-child|{root.name}:{sid}"
        for sid in dropped
        if not sid.startswith("Z") and _SEGMENT_ID.fullmatch(sid)
    ]
    segments: list[tuple[int, SegmentRules]] = []

    def walk(group: _Group) -> None:
        level = group.level
        counts = Counter(group.names())
        for child in level.children:
            _cardinality(problems, level.name, child, counts[child.name])
        for item in group.children:
            if isinstance(item, _Group):
                walk(item)
                continue
            rules = level.segments.get(item[0])
            if rules is not None:
                segments.append((item[1], rules))

    walk(tree)
    return _Plan(tuple(problems), tuple(segments))


_plans: dict[tuple[int, tuple[str, ...]], _Plan] = {}
_shapes: dict[tuple[int, str, str], _Shape] = {}
_FIRST_THREE = itemgetter(slice(0, 3))


def header_problems(seps: str, version: str) -> str | None:
    """The one problem hl7apy's parser stops at in MSH-2 (``seps``), None when it reads on."""
    if (
        len(seps) > len(set(seps))
        or len(seps) < 4
        or (len(seps) > 4 and not (len(seps) == 5 and version >= "2.7"))
    ):
        return "parse-invalid-encoding-chars|"
    return None


def structure_of(msh9: str, comp: str) -> str:
    """The message structure hl7apy validates against, as it reads MSH-9 (upper case)."""
    parts = msh9.strip().split(comp)
    if len(parts) > 2:
        structure = parts[2]
    elif len(parts) == 2:
        structure = f"{parts[0]}_{parts[1]}"
    else:
        structure = ""
    return structure.upper()


def unstructured_problems(sids: Iterable[str], version: str) -> str:
    """The one problem of a message whose structure hl7apy does not know: the first segment it
    does not know either stops it, else the structure is an unknown element. ``sids`` are the
    first three characters of each segment, stripped."""
    for sid in sids:
        if not sid.startswith("Z") and sid not in known_segments(version):
            return f"parse-invalid-name|{sid if _SEGMENT_ID.fullmatch(sid) else ''}"
    return "unknown-element|"


def structure_plan(root: Level, sids: tuple[str, ...]) -> _Plan:
    """What a sequence of segment ids decides in a structure (remembered)."""
    plan = _plans.get((id(root), sids))
    if plan is None:
        if len(_plans) >= _CACHE_SIZE:
            _plans.clear()
        plan = _plans[(id(root), sids)] = _plan(root, sids)
    return plan


CANONICAL = _Delimiters("|", "^", "~", "&")
"""The delimiters of a shape made by the profiler's tally, whatever the message's."""


def shape_check(rules: SegmentRules, shape: str) -> _Shape:
    """The problems of one segment shape written with :data:`CANONICAL` delimiters (content
    runs as ``x``, blank runs as blanks), and the probes that read its values (remembered)."""
    key = (id(rules), "|^~&", shape)
    found = _shapes.get(key)
    if found is None:
        if len(_shapes) >= _CACHE_SIZE:
            _shapes.clear()
        found = _shapes[key] = _segment(rules, shape, CANONICAL)
    return found


def check_message(text: str, version: str) -> Counter[str]:
    """``kind|path`` -> count for one message (``\\r``-separated, MSH-12 naming ``version``).

    The keys are those :func:`assessor.connectors.hl7v2.validation.validate_message` gives
    for the same message, apart from the deliberate difference the module's doc states.
    """
    problems: Counter[str] = Counter()
    text = text.lstrip()
    match = _MSH.match(text)
    if match is None:
        problems["parse-parser-error|"] += 1
        return problems
    fs = match.group(1)
    header = text.split("\r", 1)[0].split(fs)
    seps = header[1] if len(header) > 1 else ""
    stop = header_problems(seps, header[11] if len(header) > 11 else "")
    if stop is not None:
        problems[stop] += 1
        return problems
    d = _Delimiters(fs, seps[0], seps[1], seps[3])
    structure = structure_of(header[8], d.comp) if len(header) > 8 else ""
    if structure.startswith("Z"):
        return problems  # a site-defined structure: hl7apy checks nothing of it, nor do we
    segments = [s for s in text.split("\r") if s]
    root = message_level(structure, version) if structure else None
    if root is None:
        # hl7apy reads the segments without a structure: the first it does not know stops it
        problems[unstructured_problems((s.strip()[:3] for s in segments), version)] += 1
        return problems
    plan = structure_plan(root, tuple(map(_FIRST_THREE, segments)))
    found = list(plan.problems)
    delimiters = d.fs + d.comp + d.rep + d.sub
    shape_of_segment = _content(delimiters)
    for index, rules in plan.segments:
        segment = segments[index].strip()
        shape_of = shape_of_segment(segment)
        key = (id(rules), delimiters, shape_of)
        shape = _shapes.get(key)
        if shape is None:
            if len(_shapes) >= _CACHE_SIZE:
                _shapes.clear()
            shape = _shapes[key] = _segment(rules, shape_of, d)
        found.extend(shape.problems)
        if shape.probes:
            found.extend(_read(shape, rules, segment, d))
    problems.update(found)
    return problems

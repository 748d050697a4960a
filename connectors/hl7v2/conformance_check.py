"""Every message checked against the compiled hl7apy rules, on split text, no object tree.

:func:`check_message` reports what hl7apy's strict validation reports for the same message
(:func:`connectors.hl7v2.validation.validate_message`), as the same ``kind|path`` keys:
missing required segments, groups, fields and components; too many repetitions; children a
structure does not define; wrong datatypes (a primitive field or component holding components or
subcomponents); values outside a table hl7apy ships; values over a maximum length. Segments are
placed in groups the way hl7apy's group finder places them, with one deliberate difference: a
segment the structure does not define anywhere is reported (``unexpected-child|STRUCTURE:SEG``,
Z-segments excepted) and the walk goes on where it was, where hl7apy drops it silently and starts
again from the top of the structure. No value is ever part of a key.

Each distinct segment text is checked once per structure level and remembered (a bounded cache):
a feed repeats most of its segments, so most messages cost a split and a few lookups.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from connectors.hl7v2.conformance import Child, Level, Node, SegmentRules, message_level, path_to
from connectors.hl7v2.reference import known_segments

__all__ = ["check_message"]

_MSH = re.compile(r"^MSH(\S)")
_SEGMENT_ID = re.compile(r"[A-Z][A-Z0-9]{2}")
_SEGMENT_CACHE = 200_000  # distinct (rules, segment text) pairs remembered per process
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


def _leaf(out: list[str], parent: str, node: Node, value: str, datatype: str | None) -> None:
    """What hl7apy checks of a leaf: its table, its length, its datatype."""
    if node.table is not None and value not in node.table:
        out.append(_pair("warning-value-not-in-table", parent, node.name))
    if -1 < node.max_length < len(value):
        out.append(_pair("warning-too-long", parent, node.name))
    if datatype == "varies":
        return
    if datatype != node.datatype:
        out.append(_pair("wrong-datatype", parent, node.name))


def _component(out: list[str], field: str, node: Node, text: str, d: _Delimiters) -> None:
    if node.leaf:
        datatype = node.datatype
        if node.base and d.sub in text:
            datatype = None  # hl7apy makes a primitive holding subcomponents untyped
        _leaf(out, field, node, text, datatype)
        return
    present: Counter[str | None] = Counter()
    known: list[tuple[Node, str]] = []
    prefix = f"{node.datatype}_"
    for index, part in enumerate(text.split(d.sub), start=1):
        child = node.children.get(f"{prefix}{index}")
        if child is None:
            present["ST"] += 1  # hl7apy keeps an unknown subcomponent, empty or not, as ST
        elif part.strip():
            present[child.name] += 1
            if child.node is not None and child.node.leaf:
                known.append((child.node, part))
    extra = set(present) - set(node.children)
    if extra:
        out.append(_unexpected(_described("Component", node), extra))
    for child in node.children.values():
        _cardinality(out, node.name, child, present[child.name])
    for sub, part in known:
        _leaf(out, node.name, sub, part, sub.datatype)


def _field(out: list[str], segment: str, node: Node, text: str, d: _Delimiters) -> None:
    if node.leaf:
        datatype = node.datatype
        if node.base and d.comp in text:
            datatype = None  # hl7apy makes a primitive holding components untyped
        _leaf(out, segment, node, text, datatype)
        return
    present: Counter[str | None] = Counter()
    parts: list[tuple[Node, str]] = []
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
            parts.append((child.node, part))
    extra = set(present) - set(node.children)
    if extra:
        out.append(_unexpected(_described("Field", node), extra))
    for child in node.children.values():
        _cardinality(out, node.name, child, present[child.name])
    for component, part in parts:
        _component(out, node.name, component, part, d)


def _segment(rules: SegmentRules, text: str, d: _Delimiters) -> tuple[str, ...]:
    """The problems of one segment (its text without the trailing ``\\r``)."""
    out: list[str] = []
    sid = rules.name
    msh = sid == "MSH"
    values = (text[3:] if msh else text[4:]).split(d.fs)
    present: Counter[str | None] = Counter()
    checks: list[tuple[Node, str]] = []
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
            checks.extend((child.node, rep) for rep in reps)
    extra = set(present) - set(rules.by_name)
    if extra:
        out.append(_unexpected(f"<Segment {sid}>", extra))
    for child in rules.fields:
        _cardinality(out, sid, child, present[child.name])
    for node, rep in checks:
        _field(out, sid, node, rep, d)
    return tuple(out)


class _Group:
    __slots__ = ("children", "level", "parent")

    def __init__(self, level: Level, parent: _Group | None) -> None:
        self.level = level
        self.parent = parent
        self.children: list[_Group | tuple[str, str]] = []  # groups and (id, segment text)

    def names(self) -> list[str]:
        return [c.level.name if isinstance(c, _Group) else c[0] for c in self.children]


def _tree(root: Level, segments: list[str]) -> tuple[_Group, list[str]]:
    """The segments placed in groups as hl7apy's ``find_groups`` places them; ids it would drop."""
    top = _Group(root, None)
    current = top
    dropped: list[str] = []
    for text in segments:
        sid = text[:3]
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
        current.children.append((sid, text.strip()))
    return top, dropped


_cache: dict[tuple[int, str, str], tuple[str, ...]] = {}


def _check_group(out: Counter[str], group: _Group, d: _Delimiters) -> None:
    level = group.level
    counts = Counter(group.names())
    for child in level.children:
        _cardinality_into(out, level.name, child, counts[child.name])
    for item in group.children:
        if isinstance(item, _Group):
            _check_group(out, item, d)
            continue
        sid, text = item
        rules = level.segments.get(sid)
        if rules is None:
            continue
        key = (id(rules), d.fs + d.comp + d.rep + d.sub, text)
        found = _cache.get(key)
        if found is None:
            if len(_cache) >= _SEGMENT_CACHE:
                _cache.clear()
            found = _cache[key] = _segment(rules, text, d)
        out.update(found)


def _cardinality_into(out: Counter[str], parent: str, child: Child, n: int) -> None:
    found: list[str] = []
    _cardinality(found, parent, child, n)
    out.update(found)


def check_message(text: str, version: str) -> Counter[str]:
    """``kind|path`` -> count for one message (``\\r``-separated, MSH-12 naming ``version``).

    The keys are those :func:`connectors.hl7v2.validation.validate_message` gives for the same
    message, apart from the deliberate difference the module's doc states.
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
    if (
        len(seps) > len(set(seps))
        or len(seps) < 4
        or (len(seps) > 4 and not (len(seps) == 5 and len(header) > 11 and header[11] >= "2.7"))
    ):
        problems["parse-invalid-encoding-chars|"] += 1
        return problems
    d = _Delimiters(fs, seps[0], seps[1], seps[3])
    msh9 = header[8].strip().split(d.comp) if len(header) > 8 else []
    if len(msh9) > 2:
        structure = msh9[2]
    elif len(msh9) == 2:
        structure = f"{msh9[0]}_{msh9[1]}"
    else:
        structure = ""
    structure = structure.upper()
    if structure.startswith("Z"):
        return problems  # a site-defined structure: hl7apy checks nothing of it, nor do we
    segments = [s for s in text.split("\r") if s]
    root = message_level(structure, version) if structure else None
    if root is None:
        # hl7apy reads the segments without a structure: the first it does not know stops it
        for segment in segments:
            sid = segment.strip()[:3]
            if not sid.startswith("Z") and sid not in known_segments(version):
                problems[f"parse-invalid-name|{sid if _SEGMENT_ID.fullmatch(sid) else ''}"] += 1
                return problems
        problems["unknown-element|"] += 1
        return problems
    tree, dropped = _tree(root, segments)
    for sid in dropped:
        if not sid.startswith("Z") and _SEGMENT_ID.fullmatch(sid):
            problems[f"unexpected-child|{root.name}:{sid}"] += 1
    _check_group(problems, tree, d)
    return problems

"""The tokenizer: a message's bytes reduced to segment *shapes*, and what each shape means.

A shape keeps a segment's delimiters and turns every run of content into one ``x``
(``PID|x||x^^^x^x||x^x``): it says which fields, components and repetitions are filled and
nothing else, so it repeats from message to message and is taken apart once (:class:`ShapeCache`).
A :class:`Plan` says which values of a segment of that shape a statistic must read (coded
fields' coding systems, OBX-2, MSA-1, a Z-segment's masked layout). The helpers that turn a
value into something a profile may keep (:func:`safe`, :func:`mask`) live here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from assessor.connectors.hl7v2.phi import PHI_FIELDS
from assessor.connectors.hl7v2.reference import segment_reference
from assessor.connectors.hl7v2.vocabulary import CODED_SEGMENTS

__all__ = [
    "FREE_TEXT_TYPES",
    "MAX_FIELD_COMPONENTS",
    "MAX_FIELD_REPETITIONS",
    "MAX_SEGMENT_FIELDS",
    "SEGMENT_ID",
    "Plan",
    "Plans",
    "SegmentKind",
    "Shape",
    "ShapeCache",
    "charset_name",
    "mask",
    "safe",
    "segment_shapes",
]

FREE_TEXT_TYPES = frozenset({b"TX", b"FT"})

MAX_SEGMENT_FIELDS = 500
"""Fields of one segment that are looked at; HL7's widest segment defines fewer than 100. A
wider segment (a hostile or broken one: 50,000 fields, a megabyte of separators) is counted
as ``segment-over-cap`` and profiled from its first fields only."""
MAX_FIELD_REPETITIONS = 20
"""Repetitions of one field whose components are looked at; past it the field is over cap."""
MAX_FIELD_COMPONENTS = 50
"""Components of one repetition that are looked at; past it the field is over cap."""

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,23}")
SEGMENT_ID = re.compile(rb"[A-Z][A-Z0-9]{2}")
_MASK = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    b"A" * 52 + b"9" * 10,
)
_LETTER_RUNS, _DIGIT_RUNS = re.compile(rb"A{2,}"), re.compile(rb"9{2,}")
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")


@dataclass(frozen=True, slots=True)
class Shape:
    """What one distinct segment shape means, computed once."""

    segment: str
    valid: bool
    filled: tuple[str, ...]  # field and component paths
    repeated: tuple[str, ...]
    filled_fields: frozenset[int]
    phi: frozenset[str]
    over_cap: bool = False  # more fields, repetitions or components than are looked at


def safe(value: bytes, limit: int = 24) -> str:
    """A code-like token as text; anything else reduced to its masked shape."""
    text = value.decode("latin-1")
    if _CODE.fullmatch(text) and len(text) <= limit:
        return text
    return mask(value)


_CHARSET = re.compile(r"[A-Za-z0-9][A-Za-z0-9 /_.\-]{0,23}")


def charset_name(value: bytes) -> str:
    text = value.decode("latin-1").strip()
    return text if _CHARSET.fullmatch(text) else mask(value)


def mask(value: bytes) -> str:
    """Letters -> A, digits -> 9, runs collapsed: the layout of a value, never the value.

    A run of bytes past ASCII (a letter in some 8-bit charset) is one ``A`` of its own, after
    the runs of ``A`` are collapsed: ``Caf\xe9`` is ``AA``. Three substitutions by a literal
    are faster than one that calls back to Python for each run.
    """
    masked = value.translate(_MASK)
    return _HIGH_RUNS.sub(b"A", _DIGIT_RUNS.sub(b"9", _LETTER_RUNS.sub(b"A", masked))).decode(
        "latin-1"
    )


def segment_shapes(data: bytes, table: bytes) -> list[bytes]:
    """Each segment's shape: content runs become one ``x``, delimiters stay, ``\\r`` splits.

    ``table`` maps content to spaces, ``\\r`` to ``#`` and each delimiter to its mark. The
    runs are collapsed without a Python loop or a token per run: content becomes 0x81 and the
    bytes one big integer ``s``; ``s & s >> 8`` keeps bit 7 where content follows content,
    which (shifted to bit 6) turns such bytes into 0xC1 for ``bytes.translate`` to delete.
    The first byte of each run, still 0x81, becomes the ``x``.
    """
    if not data or table[data[0]] != 32:  # not starting with content: the token way
        return _shapes_by_tokens(data, table)
    marks = _RUN_TABLES.get(table) or _run_table(table)
    size = len(data)
    high_bits = _HIGH_BITS[1] if _HIGH_BITS[0] >= size else _high_bits(size)
    s = int.from_bytes(data.translate(marks), "big")
    z = s | ((s & (s >> 8) & high_bits) >> 1)
    shapes = z.to_bytes(size, "big").translate(_RUN_STARTS, b"\xc1").split(b"#")
    if shapes == [b"x"]:  # nothing but content: the token way says "xx"; keep its answer
        return _shapes_by_tokens(data, table)
    return shapes


_RUN_TABLES: dict[bytes, bytes] = {}  # shape table -> the same with content as 0x81
_RUN_STARTS = bytes.maketrans(b"\x81", b"x")
_HIGH_BITS: tuple[int, int] = (0, 0)  # (n, an integer of n bytes 0x80), grown on demand


def _run_table(table: bytes) -> bytes:
    """A shape table with content as 0x81; every mark is ASCII, so bit 7 means content."""
    marks = _RUN_TABLES[table] = bytes(0x81 if m == 32 else m for m in table)
    return marks


def _high_bits(size: int) -> int:
    """An integer with bit 7 set in each of at least ``size`` bytes (kept for the next call)."""
    global _HIGH_BITS
    n = max(size, 2 * _HIGH_BITS[0], 1 << 16)
    _HIGH_BITS = (n, int.from_bytes(b"\x80" * n, "big"))
    return _HIGH_BITS[1]


def _shapes_by_tokens(data: bytes, table: bytes) -> list[bytes]:
    """:func:`segment_shapes` by ``bytes.split()`` (C) finding the content runs and joining
    on ``x`` collapsing each to one ``x`` whatever its length; the first run is taken to be
    content (an ``x``) even when the data starts with a delimiter."""
    spaced = data.translate(table)
    tail = b"x" if spaced[-1:] == b" " else b""
    return (b"x" + b"x".join(spaced.split()) + tail).split(b"#")


def parse_shape(segment: bytes, shape: bytes) -> Shape:
    sid = segment.decode("latin-1")
    # the segment id itself collapsed to one "x": a segment's shape starts "x|" (a line
    # without a field separator after its first word is wrapped text, whatever that word is)
    valid = bool(SEGMENT_ID.fullmatch(segment)) and shape.startswith(b"x|")
    # split no further than the caps: the work per shape stays bounded however wide it is
    fields = shape.split(b"|", MAX_SEGMENT_FIELDS + 1)
    over_cap = len(fields) > MAX_SEGMENT_FIELDS + 1
    msh = sid == "MSH"
    filled: list[str] = []
    repeated: list[str] = []
    numbers: set[int] = set()
    for index, body in enumerate(fields[1 : MAX_SEGMENT_FIELDS + 1], start=1):
        number = index + 1 if msh else index
        if msh and number == 2:
            body = b"x"  # MSH-2 holds the encoding characters themselves
        if b"x" not in body:
            continue
        path = f"{sid}-{number}"
        numbers.add(number)
        filled.append(path)
        reps = body.split(b"~", MAX_FIELD_REPETITIONS)
        over_cap |= len(reps) > MAX_FIELD_REPETITIONS
        if sum(1 for r in reps if b"x" in r) > 1:
            repeated.append(path)
        if b"^" in body:
            seen = set()
            for rep in reps[:MAX_FIELD_REPETITIONS]:
                components = rep.split(b"^", MAX_FIELD_COMPONENTS)
                over_cap |= len(components) > MAX_FIELD_COMPONENTS
                for position, component in enumerate(components[:MAX_FIELD_COMPONENTS], 1):
                    if b"x" in component:
                        seen.add(position)
            filled.extend(f"{path}.{p}" for p in sorted(seen))
    if msh:
        numbers.add(1)
        filled.insert(0, "MSH-1")
    phi = frozenset(str(PHI_FIELDS[p]) for p in filled if p in PHI_FIELDS)
    return Shape(sid, valid, tuple(filled), tuple(repeated), frozenset(numbers), phi, over_cap)


class ShapeCache(dict):
    """(segment id, shape) -> _Shape, computing a shape the first time it is seen."""

    def __missing__(self, key: tuple[bytes, bytes]) -> Shape:
        value = self[key] = parse_shape(*key)
        return value


class Plan(NamedTuple):
    """What to read from the values of segments of one shape, in one version."""

    fields: tuple[int, ...]  # indexes into the segment split on its field separator
    reads: tuple[tuple[str, str], ...]  # (path, kind) per field read: coded | value-type | ack
    z: str  # the Z-segment id whose layout is masked, or ""
    free_text_field: int  # OBX-2's index when a TX/FT value type makes OBX-5 free text, else -1
    seen: dict[Any, int]  # values -> id of what they add


class Plans(dict):
    """(segment id, shape) -> the :class:`_Plan` for it, or None when nothing is read."""

    def __init__(self, shapes: ShapeCache, version: str) -> None:
        super().__init__()
        self.shapes = shapes
        self.version = version

    def __missing__(self, key: tuple[bytes, bytes]) -> Plan | None:
        parsed = self.shapes[key]
        indexes: list[int] = []
        reads: list[tuple[str, str]] = []
        sid = parsed.segment
        z = ""
        if parsed.valid and not parsed.over_cap:  # an over-cap segment's values are not read
            # coding systems only of coded clinical facts: a patient's coded fields are not read
            coded = (
                segment_reference(sid, self.version).coded if sid in CODED_SEGMENTS else frozenset()
            )
            for number in sorted(parsed.filled_fields & coded):
                indexes.append(number - 1 if sid == "MSH" else number)
                reads.append((f"{sid}-{number}", "coded"))
            if sid == "OBX" and 2 in parsed.filled_fields:
                indexes.append(2)
                reads.append(("OBX-2", "value-type"))
            elif sid == "MSA" and 1 in parsed.filled_fields:
                indexes.append(1)
                reads.append(("MSA-1", "ack"))
            elif sid.startswith("Z"):
                z = sid
        plan = None
        if indexes or z:
            free = sid == "OBX" and {2, 5} <= parsed.filled_fields
            plan = Plan(tuple(indexes), tuple(reads), z, 2 if free else -1, {})
        self[key] = plan
        return plan


class SegmentKind:
    """One distinct (segment id, shape) in one version: what counting a segment of it needs.

    Hashed and compared by identity (one object per key and version), so counting kinds is
    cheaper than counting their (segment id, shape) keys, whose tuple hash is recomputed on
    every lookup.
    """

    __slots__ = ("index_key", "key", "phi", "plan")

    def __init__(
        self, key: tuple[bytes, bytes], phi: frozenset[str], plan: Plan | None, index_key: bytes
    ) -> None:
        self.key = key
        self.phi = phi
        self.plan = plan
        self.index_key = index_key  # the key tally looks it up by

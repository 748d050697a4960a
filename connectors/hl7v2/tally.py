"""The profiler's inner loop: every segment of a group of messages shaped, looked up, counted.

:func:`tally` runs once per group of messages that share delimiters, feed and version, given
their shape table (content -> space, ``\\r`` -> ``#``, each delimiter -> its mark). For each
segment it builds a *key*: the segment id's length (one byte), the id (up to three bytes), then
the segment's shape (see :mod:`assessor.connectors.hl7v2.shapes`), and looks the key up in
``index``;
the length is 4 when the segment's fourth byte is content (its first word is longer than an id,
so it is no segment: a wrapped line of text).
``index`` maps a key to an :data:`Entry`; a key not yet in it is handed to ``missing``, which
must store and return its entry. Segment ids must be one object per id (the C implementation
compares them by identity first).

It counts into the three dicts it is given:

- ``kind_counts[kind]``: segments of each kind;
- ``sid_counts[segment_id]``: messages holding at least one segment with that id;
- ``reads[(token, values)]``: segments whose entry reads fields, by what they hold.

Validating, it takes six more arguments: ``checks`` (per message: the
:class:`~assessor.connectors.hl7v2.validation_tally.Structure` whose segment checks count, a
non-set to take the message the slow way, None to leave it); it counts into
``check_counts[check]`` (segments of validated messages, by their entry's check),
``check_reads[(check, values)]`` (the values each check probes) and
``sequences[(structure, flags and ids)]``, sets ``firsts[that key]`` to the first message of the
group holding it, and lists in ``slow`` the messages whose keys cannot tell their verdict. The
keys then tell blank runs apart (see :func:`_validation_key`), and entries have three more
items: the check, its probed positions and its flags.

It returns ``(masks, outside, z_segments, z_tokens)``:

- ``masks[k]``: the OR of the PHI class bits of message ``k``'s segments (and ``free_bit``
  where a free-text field said so);
- ``outside``: the messages holding a segment id not in their ``allowed[k]`` (a set of ids, or
  None to skip the check);
- the segments whose entry asks for them (Z-segments), with their entries' tokens.

The C extension ``assessor.connectors.hl7v2._tally`` does this in one pass over the bytes and
is used when it was built; this module's :func:`tally_python` is the same in Python, for installs
without a C compiler, and the reference the tests hold the C one to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, MutableMapping
from functools import reduce
from itertools import accumulate, chain, compress, count, groupby, repeat
from operator import add, itemgetter, or_
from typing import Any

from assessor.connectors.hl7v2.shapes import segment_shapes

__all__ = ["IMPLEMENTATION", "Entry", "coding_systems", "marked", "tally", "tally_python"]

Entry = tuple[Any, int, bytes, int, tuple[int, ...], tuple[bool, ...], int, bool]
"""What ``index`` holds for a key: (kind, PHI class bits, segment id, token, fields, coded,
free-text field, z). ``fields`` are the indexes, in the segment split on its field separator, of
the values to read (none: nothing is read); ``token`` names the plan they are read for; where
``coded`` is true, only the field's :func:`coding_systems` are read. When
``free_field`` is not -1 and that field's value is in ``free_types``, the message's mask gains
``free_bit``. ``z`` asks for the segment itself (a Z-segment whose layout is counted)."""

Tally = Callable[
    [
        list[bytes],
        bytes,
        dict[bytes, Entry],
        Callable[[bytes], Entry],
        list["frozenset[bytes] | None"],
        dict[Any, int],
        dict[bytes, int],
        dict[tuple[int, Any], int],
        frozenset[bytes],
        int,
    ],
    tuple[list[int], list[int], list[bytes], list[int]],
]

try:  # the C helper behind Counter.update, without its per-call isinstance checks
    from _collections import _count_elements
except ImportError:  # pragma: no cover - other interpreters

    def _count_elements(mapping: MutableMapping[Hashable, int], items: Iterable[Hashable]) -> None:
        for item in items:
            mapping[item] = mapping.get(item, 0) + 1


_SEGMENT_ID_OF = itemgetter(slice(0, 3))
_KIND, _BITS, _SID, _TOKEN, _Z = (itemgetter(i) for i in (0, 1, 2, 3, 7))


def _reads_any(entry: Entry) -> bool:
    """Whether an entry reads anything from its segments."""
    return bool(entry[4]) or entry[6] >= 0


# a key's first byte: the id's length, or 4 when content runs on past the id's three bytes
_PREFIXES = {(n, False): bytes([n]) for n in range(4)} | {(3, True): b"\x04"}
_FOURTH_OF = itemgetter(slice(3, 4))


def tally_python(
    messages: list[bytes],
    table: bytes,
    index: dict[bytes, Entry],
    missing: Callable[[bytes], Entry],
    allowed: list[frozenset[bytes] | None],
    kind_counts: dict[Any, int],
    sid_counts: dict[bytes, int],
    reads: dict[tuple[int, Any], int],
    free_types: frozenset[bytes],
    free_bit: int,
    *validating: Any,
) -> tuple[list[int], list[int], list[bytes], list[int]]:
    """:func:`tally` in Python: C-level calls over the whole group, a loop only over the
    segments whose values are read (and, validating, over the messages)."""
    joined = b"\r".join(messages)
    segments = joined.split(b"\r")
    sids = list(map(_SEGMENT_ID_OF, segments))
    fourths = map(bytes.translate, map(_FOURTH_OF, segments), repeat(table))
    runs_on = map(b" ".__eq__, fourths)  # the fourth byte is content: the line has no id
    prefixes = map(_PREFIXES.__getitem__, zip(map(len, sids), runs_on, strict=True))
    keys = list(map(b"".join, zip(prefixes, sids, segment_shapes(joined, table), strict=True)))
    if validating:
        keys = list(map(_validation_key, segments, keys, repeat(table)))
    entries = list(map(index.get, keys))
    if None in entries:  # keys met for the first time: each handed to ``missing`` once
        entries = [
            entry or index.get(key) or missing(key)
            for entry, key in zip(entries, keys, strict=True)
        ]
    _count_elements(kind_counts, map(_KIND, entries))
    # message k holds segments starts[k]:ends[k]
    ends = list(map(add, accumulate(map(bytes.count, messages, repeat(b"\r"))), count(1)))
    slices = list(map(slice, [0, *ends[:-1]], ends))
    bits = list(map(_BITS, entries))
    masks = list(map(reduce, repeat(or_), map(bits.__getitem__, slices), repeat(0)))
    entry_sids = list(map(_SID, entries))
    present = list(map(set, map(entry_sids.__getitem__, slices)))
    _count_elements(sid_counts, chain.from_iterable(present))
    outside = [
        k
        for k, (ids, ok) in enumerate(zip(present, allowed, strict=True))
        if ok is not None and not ids <= ok
    ]
    _read_python(segments, entries, ends, table, masks, reads, free_types, free_bit)
    if validating:
        _validate_python(segments, entries, slices, table, *validating)
    z_at = list(compress(count(), map(_Z, entries)))
    return masks, outside, [segments[i] for i in z_at], [entries[i][3] for i in z_at]


def _read_python(
    segments: list[bytes],
    entries: list[Entry],
    ends: list[int],
    table: bytes,
    masks: list[int],
    reads: dict[tuple[int, Any], int],
    free_types: frozenset[bytes],
    free_bit: int,
) -> None:
    """The reads of :func:`tally_python`, a plan at a time: its segments are split and their
    values picked with C-level calls, and only each distinct value is reduced and counted."""
    fs, comp, rep = (marked(table, mark) for mark in b"|^~")
    tokens = list(map(_TOKEN, entries))
    at = sorted(compress(count(), map(_reads_any, entries)), key=tokens.__getitem__)
    for token, group in groupby(at, key=tokens.__getitem__):
        where = sorted(group)
        _, _, _, _, fields, coded, free_field, _ = entries[where[0]][:8]
        last = max((*fields, free_field))
        splits = list(
            map(bytes.split, map(segments.__getitem__, where), repeat(fs), repeat(last + 1))
        )
        if min(map(len, splits)) <= last:
            raise IndexError("tally(): a segment has fewer fields than its plan")
        if free_field >= 0:
            free = map(free_types.__contains__, map(itemgetter(free_field), splits))
            for k in compress(_message_of(where, ends), free):
                masks[k] |= free_bit
        if not fields:
            continue
        for value, n in Counter(map(itemgetter(*fields), splits)).items():
            found = [
                coding_systems(v, comp, rep) if is_coded else v
                for v, is_coded in zip((value,) if len(fields) == 1 else value, coded, strict=True)
            ]
            key = (token, found[0] if len(found) == 1 else tuple(found))
            reads[key] = reads.get(key, 0) + n


_ASCII_BLANKS = b" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"  # what str.strip() takes in ASCII
_BLANKISH = bytes([*_ASCII_BLANKS, *range(0x80, 0x100)])
_BLANKISH_FOUND = re.compile(b"[" + re.escape(_BLANKISH) + b"]").search
_CONTENT_RUN = re.compile(rb" +")
_EDGE = 0x10  # segment_checks.SUSPECT_EDGE


def _validation_key(segment: bytes, key: bytes, table: bytes) -> bytes:
    """A segment's key as :func:`tally` builds it when validating: each content run ``x`` when
    it holds a byte other than an ASCII blank, ``u`` when it holds bytes past ASCII and blanks
    only, ``w`` when it is blank; the first byte gains 0x10 when the segment starts with a blank
    or a byte past ASCII, or ends with a byte past ASCII, or is an MSH ending with a blank
    (elsewhere an ASCII blank at its end changes no problem of its shape; the values read leave
    it out, as hl7apy strips it; an MSH's may end up inside MSH-9 once MSH-12 is set)."""
    if not segment or not _BLANKISH_FOUND(segment):
        return key
    head = 1 + min(key[0], 3)

    def run(match: re.Match[bytes]) -> bytes:
        content = segment[match.start() : match.end()]
        if content.translate(None, _BLANKISH):
            return b"x"
        return b"w" if content.isascii() else b"u"

    shape = _CONTENT_RUN.sub(run, segment.translate(table))
    edge = (
        segment[0] in _BLANKISH
        or segment[-1] >= 0x80
        or (segment[-1] in _ASCII_BLANKS and segment.startswith(b"MSH"))
    )
    return bytes([key[0] | (_EDGE if edge else 0)]) + key[1:head] + shape


def _validate_python(
    segments: list[bytes],
    entries: list[Entry],
    slices: list[slice],
    table: bytes,
    checks: list[Any],
    check_counts: dict[Any, int],
    check_reads: dict[tuple[Any, Any], int],
    sequences: dict[tuple[Any, bytes], int],
    slow: list[int],
    firsts: dict[tuple[Any, bytes], int],
) -> None:
    """The validation counts of :func:`tally_python`, a message at a time."""
    fs = marked(table, ord("|"))
    marks = tuple(marked(table, mark) for mark in b"~^&")
    for k, (structure, where) in enumerate(zip(checks, slices, strict=True)):
        if structure is None:
            continue
        if not isinstance(structure, frozenset):
            slow.append(k)
            continue
        held = [
            (segment, entry)
            for segment, entry in zip(segments[where], entries[where], strict=True)
            if entry[8] is not None and entry[2] in structure
        ]
        here = [(s, e) for s, e in zip(segments[where], entries[where], strict=True) if s]
        if any(e[10] & 2 for _, e in here) or any(e[10] & 4 for _, e in here[1:]):
            slow.append(k)
            continue
        flags = 0
        for segment, entry in held:
            check, positions = entry[8], entry[9]
            check_counts[check] = check_counts.get(check, 0) + 1
            flags |= entry[10] & 1
            if positions:
                values = _probe_values(segment.rstrip(_ASCII_BLANKS).split(fs), positions, marks)
                value = values[0] if len(values) == 1 else values
                check_reads[(check, value)] = check_reads.get((check, value), 0) + 1
        ids = b"".join(bytes([len(s[:3])]) + s[:3] for s, _ in here)
        key = (structure, bytes([flags]) + ids)
        sequences[key] = sequences.get(key, 0) + 1
        firsts.setdefault(key, k)


def _probe_values(
    fields: list[bytes], positions: tuple[int, ...], marks: tuple[bytes | None, ...]
) -> tuple[bytes, ...]:
    """The values at ``positions`` (field, repetition, component, subcomponent; four numbers
    each, -1: not split that far) of a segment split into ``fields``."""
    values = []
    for at in range(0, len(positions), 4):
        value = fields[positions[at]]
        for index, mark in zip(positions[at + 1 : at + 4], marks, strict=True):
            if index >= 0:
                parts = value.split(mark) if mark else [value]
                value = parts[index] if index < len(parts) else b""
        values.append(value)
    return tuple(values)


def coding_systems(value: bytes, comp: bytes | None, rep: bytes | None) -> bytes:
    """What a coded field holds that a profile counts: each repetition reduced to its coding
    system (component 3) and alternate coding system (component 6), ``^^LN`` or ``^^LN^^^L``,
    empty when it has neither; repetitions kept. Codes and texts differ from message to
    message and would make every value new; their coding systems repeat."""
    reduced = []
    for item in value.split(rep) if rep else (value,):
        parts = item.split(comp) if comp else [item]
        three = parts[2] if len(parts) > 2 else b""
        six = parts[5] if len(parts) > 5 else b""
        if (three or six) and comp:
            reduced.append(comp * 2 + three + (comp * 3 + six if six else b""))
        else:
            reduced.append(b"")
    return rep.join(reduced) if rep else reduced[0]


def marked(table: bytes, mark: int) -> bytes | None:
    """The byte ``table`` marks with ``mark``, None when it marks none."""
    at = table.find(bytes([mark]))
    return None if at < 0 else bytes([at])


def _message_of(positions: list[int], ends: list[int]) -> list[int]:
    """The message of each segment position (positions ascending; ``ends`` as in the caller)."""
    out: list[int] = []
    k = 0
    for i in positions:
        while ends[k] <= i:
            k += 1
        out.append(k)
    return out


try:
    from assessor.connectors.hl7v2._tally import tally as _tally_c
except ImportError:  # no C compiler at install time: the same loop in Python
    _tally_c = None

tally: Tally = _tally_c if _tally_c is not None else tally_python  # type: ignore[assignment]
IMPLEMENTATION = "c" if _tally_c is not None else "python"
"""Which implementation :func:`tally` is: ``c`` or ``python`` (printed by the benchmark)."""

"""Where a profile's facts were first seen: the message of a group that holds a segment kind or
a read value met for the first time, and the first message of a feed with each MSH-7 layout or a
control id sent before (:class:`MessageFacts`).

The profiler counts segments by kind and values by what they reduce to, not by message, so when
a group of messages brings something new (a Z-segment, a coding system, a message type) it asks
:func:`locate` which message of the group holds it. That costs one more pass over the group, and
only for groups that bring something new: a profile's ``first_seen`` grows with the variety of a
feed, not with its volume.
"""

from __future__ import annotations

import operator
from collections.abc import Hashable
from itertools import compress, repeat
from typing import Any
from zlib import crc32

from assessor.connectors.hl7v2.facts import stamp_facts
from assessor.connectors.hl7v2.shapes import segment_shapes
from assessor.connectors.hl7v2.tally import Entry, coding_systems, marked

__all__ = ["MessageFacts", "RepeatFinder", "locate"]

_MASK_DIGITS = bytes.maketrans(b"0123456789", b"9" * 10)
_IDS_KEPT = 4096
REPEATED_CONTROL_ID = ("duplicate_control_ids", "MSH-10")
"""The fact of a control id sent again: ``FeedProfile.first_seen`` key
``duplicate_control_ids|MSH-10``."""


def locate(
    messages: list[bytes],
    table: bytes,
    index: dict[bytes, Entry],
    keys: set[bytes],
    reads: set[tuple[int, Any]],
) -> dict[Hashable, int]:
    """For each of ``keys`` (segment keys as :func:`assessor.connectors.hl7v2.tally.tally`
    builds them) and ``reads`` ((token, values) as it counts them), the position in ``messages``
    of the first message holding it; what no message holds is left out."""
    fs, comp, rep = (marked(table, mark) for mark in b"|^~")
    wanted = len(keys) + len(reads)
    found: dict[Hashable, int] = {}
    for k, message in enumerate(messages):
        shapes = segment_shapes(message, table)
        for segment, shape in zip(message.split(b"\r"), shapes, strict=True):
            sid = segment[:3]
            runs_on = len(sid) == 3 and segment[3:4].translate(table) == b" "
            key = bytes([4 if runs_on else len(sid)]) + sid + shape
            if key in keys:
                found.setdefault(key, k)
            entry = index.get(key) if reads else None
            if entry is None or not entry[4] or fs is None:
                continue
            fields, coded = entry[4], entry[5]
            split = segment.split(fs, max(fields) + 1)
            if len(split) <= max(fields):
                continue
            values = tuple(
                coding_systems(split[f], comp, rep) if is_coded else split[f]
                for f, is_coded in zip(fields, coded, strict=True)
            )
            read = (entry[3], values[0] if len(values) == 1 else values)
            if read in reads:
                found.setdefault(read, k)
        if len(found) == wanted:
            break
    return found


class RepeatFinder:
    """The first control id of a feed that repeats one sent before, in bounded memory.

    Ids are kept as sent, so a repeat found is a true one. Past ``capacity`` ids, only those
    whose CRC-32 ends in ``level`` zero bits are kept, the level rising each time the kept ids
    fill up again: a deterministic sample of the ids, the same on every run. A repeat of an id
    left out of the sample is missed, so on a long feed the repeat found may be a later one than
    the first, or none; the duplicate count itself does not depend on this.
    """

    def __init__(self, capacity: int = _IDS_KEPT) -> None:
        self.capacity = capacity
        self._seen: set[bytes] = set()
        self._level = 0

    def first(self, control_ids: list[bytes]) -> int | None:
        """The position in ``control_ids`` (the next messages of the feed, MSH-10 as sent,
        empty when missing) of the first id sent before, or None."""
        positions: range | list[int] = range(len(control_ids))
        if self._level:  # the sample, with C-level calls: ids whose CRC-32 ends in zero bits
            mask = (1 << self._level) - 1
            kept = list(map(operator.not_, map(mask.__and__, map(crc32, control_ids))))
            control_ids = list(compress(control_ids, kept))
            positions = list(compress(positions, kept))
        seen = self._seen
        distinct = set(control_ids)
        if len(distinct) == len(control_ids) and b"" not in distinct and seen.isdisjoint(distinct):
            seen |= distinct  # the common case: nothing sent before, no id missing
        else:
            for k, control_id in zip(positions, control_ids, strict=True):
                if control_id:
                    if control_id in seen:
                        return k
                    seen.add(control_id)
        self._bound()
        return None

    @property
    def kept(self) -> int:
        """How many ids are kept now: at most ``capacity``."""
        return len(self._seen)

    def _bound(self) -> None:
        while len(self._seen) > self.capacity:
            self._level += 1
            mask = (1 << self._level) - 1
            self._seen = {c for c in self._seen if not crc32(c) & mask}


class MessageFacts:
    """Where one feed's per-message facts were first seen: the precision and missing zone of
    MSH-7, a missing MSH-7 or MSH-10, a control id sent again. The profiler counts these per
    group of messages; this tells which message of a group brings one that is new."""

    def __init__(self) -> None:
        self._repeats: RepeatFinder | None = RepeatFinder()

    def new(
        self, stamps: list[bytes], control_ids: list[bytes], comp: bytes | None
    ) -> dict[tuple[str, str], int]:
        """The facts among the next messages (their MSH-7 and MSH-10 as sent), each with the
        position of the first message holding it. Facts seen before are given again: the
        profiler counts a batch's groups one after the other, not in message order, so a later
        group may hold an earlier message (the profiler keeps the earliest)."""
        found: dict[tuple[str, str], int] = {}
        layouts = list(map(bytes.translate, stamps, repeat(_MASK_DIGITS)))
        for layout in set(layouts):
            for fact in stamp_facts(layout, comp):
                k = layouts.index(layout)
                found[fact] = min(found.get(fact, k), k)
        missing = ("conformance", "control-id-missing")
        if b"" in control_ids:
            found[missing] = control_ids.index(b"")
        if self._repeats is not None:
            k = self._repeats.first(control_ids)
            if k is not None:
                found[REPEATED_CONTROL_ID] = k
                self._repeats = None  # the first is all a finding cites
        return found

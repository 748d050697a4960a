"""Where a profile's facts were first seen: the message of a group that holds a segment kind or
a read value met for the first time, and the first message of a feed with each MSH-7 layout or
a missing control id (:func:`message_facts`). Where a control id was sent again is kept with the
control-id counts instead (``FeedProfile.repeat_places``), so that it does not depend on how a
feed was split.

The profiler counts segments by kind and values by what they reduce to, not by message, so when
a group of messages brings something new (a Z-segment, a coding system, a message type) it asks
:func:`locate` which message of the group holds it. That costs one more pass over the group, and
only for groups that bring something new: a profile's ``first_seen`` grows with the variety of a
feed, not with its volume.
"""

from __future__ import annotations

from collections.abc import Hashable
from itertools import repeat
from typing import Any

from assessor.connectors.hl7v2.facts import stamp_facts
from assessor.connectors.hl7v2.shapes import segment_shapes
from assessor.connectors.hl7v2.tally import Entry, coding_systems, marked

__all__ = ["locate", "message_facts"]

_MASK_DIGITS = bytes.maketrans(b"0123456789", b"9" * 10)


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


def message_facts(
    stamps: list[bytes], control_ids: list[bytes], comp: bytes | None
) -> dict[tuple[str, str], int]:
    """The per-message facts among a group of messages (their MSH-7 and MSH-10 as sent): the
    precision and missing zone of MSH-7, a missing MSH-7 or MSH-10, each with the position of
    the first message holding it. Facts seen before are given again: the profiler counts a
    batch's groups one after the other, not in message order, so a later group may hold an
    earlier message (the profiler keeps the earliest)."""
    found: dict[tuple[str, str], int] = {}
    layouts = list(map(bytes.translate, stamps, repeat(_MASK_DIGITS)))
    for layout in set(layouts):
        for fact in stamp_facts(layout, comp):
            k = layouts.index(layout)
            found[fact] = min(found.get(fact, k), k)
    if b"" in control_ids:
        found[("conformance", "control-id-missing")] = control_ids.index(b"")
    return found

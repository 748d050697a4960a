"""Where a profile's facts were first seen: the message of a group that holds a segment kind or
a read value met for the first time.

The profiler counts segments by kind and values by what they reduce to, not by message, so when
a group of messages brings something new (a Z-segment, a coding system, a message type) it asks
:func:`locate` which message of the group holds it. That costs one more pass over the group, and
only for groups that bring something new: a profile's ``first_seen`` grows with the variety of a
feed, not with its volume.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from assessor.connectors.hl7v2.shapes import segment_shapes
from assessor.connectors.hl7v2.tally import Entry, coding_systems, marked

__all__ = ["locate"]


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

"""What validation says of one segment kind: the check of its shape and the values it probes.

The profiler's tally keys every segment by its shape (:mod:`assessor.connectors.hl7v2.tally`);
validating, the key also tells a blank run of content (``w``) from a run that may be blank in
the message's charset (``u``) and from one that is not (``x``), and flags a segment whose edges
hl7apy would strip differently. :func:`check_part` turns such a key into what the tally needs to
count it: the :class:`SegmentCheck` of its shape (computed by
:func:`assessor.connectors.hl7v2.conformance_check.shape_check`, once per shape), the positions
of the values that check reads for tables and lengths, and flags. :func:`probed` judges the
values read. :mod:`assessor.connectors.hl7v2.validation_tally` adds it all up.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import chain
from typing import Any

from hl7apy import load_library

from assessor.connectors.hl7v2.conformance import segment_rules
from assessor.connectors.hl7v2.conformance_check import shape_check
from assessor.connectors.hl7v2.reference import structure_segments

__all__ = [
    "CHECK_ERROR",
    "CHECK_HEADER",
    "CHECK_SUSPECT",
    "SUSPECT_EDGE",
    "SegmentCheck",
    "canonical_key",
    "check_part",
    "probed",
]

SUSPECT_EDGE = 0x10
"""Set in a validation key's first byte: the segment starts with a blank or a byte past ASCII,
or ends with a byte past ASCII (which may be a blank hl7apy strips), or is an MSH ending with
a blank (which ends up inside a field when MSH-12 is set to the version)."""
CHECK_ERROR, CHECK_SUSPECT, CHECK_HEADER = 1, 2, 4
"""An entry's check flags: its segments fail; its segments need the slow way; it is an MSH
(a message with a second one takes the slow way)."""

_SEGMENT_ID = re.compile(rb"[A-Z][A-Z0-9]{2}")
_RUNS = bytes.maketrans(b"wu", b"xx")
_CACHE_SIZE = 100_000


def canonical_key(key: bytes) -> bytes:
    """The profiler's key of a validation key: blank and maybe-blank runs are content, ``x``."""
    code = key[0] & 0x0F
    head = 1 + min(code, 3)
    if key[0] == code and b"w" not in key[head:] and b"u" not in key[head:]:
        return key
    return bytes([code]) + key[1:head] + key[head:].translate(_RUNS)


class SegmentCheck:
    """What validation says of the segments of one shape: their problems, whether any is an
    error, and where the values the tally reads for tables and lengths are (``positions``, see
    :func:`_positions`). Hashed by identity."""

    __slots__ = ("error", "msh", "positions", "probes", "problems")

    def __init__(
        self, problems: tuple[str, ...], probes: tuple, positions: tuple, msh: bool
    ) -> None:
        self.problems = problems
        self.error = any(not p.startswith("warning-") for p in problems)
        self.probes = probes
        self.positions = positions
        self.msh = msh


_checks: dict[tuple[int, str], SegmentCheck] = {}


def check_part(key: bytes, version: str) -> tuple[SegmentCheck | None, tuple[int, ...], int]:
    """The validation part of the index entry of a validation key: (check, the positions it
    reads, four numbers each, flags)."""
    code = key[0] & 0x0F
    flags = CHECK_SUSPECT if key[0] & SUSPECT_EDGE else 0
    head = 1 + min(code, 3)
    sid, shape = key[1:head], key[head:]
    if b"u" in shape:
        flags |= CHECK_SUSPECT
    if not (code >= 3 and _SEGMENT_ID.fullmatch(sid)):
        return None, (), flags  # no segment id: placed nowhere, checked by nothing
    if code != 3 or not shape.startswith(b"x|"):
        # a line that starts like a segment but is none to the profiler: hl7apy reads it as
        # one if a structure has its id (then only the slow way knows), else drops it
        placed = sid.decode("ascii") in _placeable(version)
        return None, (), flags | (CHECK_SUSPECT if placed else 0)
    name = sid.decode("ascii")
    rules = segment_rules(name, version)
    if rules is None:
        return None, (), flags
    msh = name == "MSH"
    text = name + shape[1:].decode("ascii").replace("w", " ")
    if msh:
        flags |= CHECK_HEADER
        text = _with_version_shape(text)
    cache_key = (id(rules), text)
    check = _checks.get(cache_key)
    if check is None:
        if len(_checks) >= _CACHE_SIZE:
            _checks.clear()
        found = shape_check(rules, text)
        check = _checks[cache_key] = SegmentCheck(
            found.problems, found.probes, _positions(found.probes, msh, text), msh
        )
    if check.error:
        flags |= CHECK_ERROR
    return check, tuple(chain.from_iterable(check.positions)), flags


def _positions(probes: tuple, msh: bool, text: str) -> tuple[tuple[int, int, int, int], ...]:
    """Where the values ``probes`` read are, in the segment split on its field separator (MSH
    is numbered from MSH-1 by the conformance check, the others from field 1): each distinct
    (field, repetition, component, subcomponent), -1 for "not split that far". MSH-12 is the
    version validated against: it is read whole, and only when it has components to keep."""
    found: list[tuple[int, int, int, int]] = []
    for probe in probes:
        if msh and probe.field == 11:
            if "^" in text.split("|")[11]:
                found.append((11, -1, -1, -1))
            continue
        shift = 0 if msh else 1
        found.append((probe.field + shift, probe.repetition, probe.component, probe.subcomponent))
    return tuple(dict.fromkeys(found))


@cache
def _placeable(version: str) -> frozenset[str]:
    """Every segment id some message structure of ``version`` holds."""
    return frozenset(
        sid for name in load_library(version).MESSAGES for sid in structure_segments(name, version)
    )


def _with_version_shape(text: str) -> str:
    """An MSH shape as validation sees it: MSH-12's first component set to the version."""
    parts = text.split("|")
    while len(parts) < 12:
        parts.append("")
    twelve = parts[11]
    parts[11] = "x" + twelve[twelve.index("^") :] if "^" in twelve else "x"
    return "|".join(parts)


def probed(
    check: SegmentCheck, values: Any, delimiters: tuple[bytes, bytes, bytes], version: bytes
) -> list[str]:
    """What the values read for ``check`` add: a table they are not in, a length they exceed."""
    comp, rep, sub = delimiters
    several = len(check.positions) > 1
    read = dict(zip(check.positions, values if several else (values,), strict=True))
    found: list[str] = []
    for probe in check.probes:
        if check.msh and probe.field == 11:  # what ``with_version`` made of MSH-12
            raw = read.get((11, -1, -1, -1))
            value = version + comp + raw.split(comp, 1)[1] if raw is not None else version
            value = value.split(rep)[probe.repetition]
            if probe.component >= 0:
                value = value.split(comp)[probe.component]
                if probe.subcomponent >= 0:
                    value = value.split(sub)[probe.subcomponent]
        else:
            shift = 0 if check.msh else 1
            where = (probe.field + shift, probe.repetition, probe.component, probe.subcomponent)
            value = read[where]
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError:
            text = value.decode("latin-1")
        if probe.table is not None and text not in probe.table:
            found.append(probe.not_in_table)
        if -1 < probe.max_length < len(text):
            found.append(probe.too_long)
    return found

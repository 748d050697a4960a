"""What one distinct header, segment kind or MSH-7 adds to a profile, as (count map, key) pairs.

The profiler counts headers and segment kinds, not messages; when it freezes a profile it adds
each one's facts times its count, and when it meets one for the first time it records where
(``FeedProfile.first_seen``). Both read the facts from here.
"""

from __future__ import annotations

from functools import lru_cache

from assessor.connectors.hl7v2.headers import Headers
from assessor.connectors.hl7v2.reference import known_segments, segment_reference
from assessor.connectors.hl7v2.shapes import SegmentKind, ShapeCache, charset_name, safe

__all__ = ["header_facts", "kind_facts", "precision_name", "stamp_facts"]

_PRECISION = {4: "year", 6: "month", 8: "day", 10: "hour", 12: "minute", 14: "second"}


def header_facts(heads: Headers, header_key: tuple) -> list[tuple[str, str]]:
    """The facts one distinct header (``FeedCounters.headers``' key) adds."""
    msh9, msh12, comp, msh11, msh18, declared, oddity, framing, marker = header_key
    header = heads.header(msh9, msh12, comp)
    raw_version = msh12.split(comp)[0] if comp else msh12
    facts = [
        ("message_types", header.message_type),
        ("versions", safe(raw_version, 12) if raw_version else ""),
        ("reference_versions", header.version),
        ("encoding_characters", declared),
        ("framing", framing),
    ]
    if header.declared_structure:
        facts.append(("message_structures", f"{header.message_type}|{header.declared_structure}"))
    for problem in (oddity, header.oddity, "text-before-msh" if marker else None):
        if problem:
            facts.append(("conformance", problem))
    if msh11:
        facts.append(("processing_ids", safe(msh11.split(comp)[0] if comp else msh11, 2)))
    if msh18:
        facts.append(("charsets", charset_name(msh18)))
    return facts


def kind_facts(shapes: ShapeCache, kind: SegmentKind, version: str) -> list[tuple[str, str]]:
    """The facts one segment kind adds in ``version``, field fill and PHI classes aside."""
    parsed = shapes[kind.key]
    sid = parsed.segment
    if not parsed.valid:  # no "XXX|" with a valid id: text wrapped onto a line
        return [("conformance", "wrapped-line")]
    facts = [("segments", sid)]
    if parsed.over_cap:
        facts.append(("conformance", "segment-over-cap"))
    if sid not in known_segments(version) and not sid.startswith("Z"):
        facts.append(("segments_not_in_version", sid))
    reference = segment_reference(sid, version)
    for number in sorted(reference.required - parsed.filled_fields):
        facts.append(("required_missing", f"{sid}-{number}"))
        facts.append(("conformance", "required-field-missing"))
    return facts


def precision_name(digits: int) -> str:
    """How precise an MSH-7 of ``digits`` digits (before any fraction or zone) is."""
    return _PRECISION.get(digits, "fraction" if digits > 14 else "partial")


@lru_cache(maxsize=1024)
def stamp_facts(stamp: bytes, comp: bytes | None) -> tuple[tuple[str, str], ...]:
    """The facts one MSH-7 adds that a finding may cite: its precision and a missing zone, or
    that it is missing or invalid. Read as :meth:`FeedCounters.count_stamp` counts it; digits
    may be masked (all ``9``), so that one call stands for every stamp of a layout."""
    if comp and comp in stamp:
        stamp = stamp.split(comp)[0]
    if not stamp:
        return (("conformance", "timestamp-missing"),)
    zone = b"+" in stamp or b"-" in stamp
    digits = stamp.split(b"+")[0].split(b"-")[0] if zone else stamp
    if not digits[:4].isdigit():
        return (("conformance", "timestamp-invalid"),)
    precision = ("timestamp_precision", precision_name(len(digits)))
    return (precision,) if zone else (precision, ("timestamp_zone", "absent"))

"""What one distinct header or segment kind adds to a profile, as (count map, key) pairs.

The profiler counts headers and segment kinds, not messages; when it freezes a profile it adds
each one's facts times its count, and when it meets one for the first time it records where
(``FeedProfile.first_seen``). Both read the facts from here.
"""

from __future__ import annotations

from assessor.connectors.hl7v2.headers import Headers
from assessor.connectors.hl7v2.reference import known_segments, segment_reference
from assessor.connectors.hl7v2.shapes import SegmentKind, ShapeCache, charset_name, safe

__all__ = ["header_facts", "kind_facts"]


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

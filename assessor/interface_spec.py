"""The observed interface specification of an HL7 v2 feed: what it really sends, field by field.

What an architect hands the team building a replacement interface: the segments and fields a
feed actually populated, with observed usage in HL7 conformance terms (R: filled in every
occurrence, RE: sometimes, X: never), cardinality, datatypes, the coding systems seen per coded
field, and its Z-segments. Built from the FeedProfile alone: counts and names, never a value.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessor.feed_profile import FeedProfile
from assessor.fhir_mapping import field_definitions
from assessor.model import Flow, Inventory

__all__ = ["SpecRow", "feed_spec", "inventory_spec"]


@dataclass(frozen=True)
class SpecRow:
    """One field of one segment of one feed, as observed."""

    feed: str
    sender: str
    receiver: str
    message_types: str
    segment: str
    segment_usage: str  # R: in every message, RE: in some
    segment_per_message: float  # occurrences per message holding it
    field: str
    name: str
    datatype: str
    standard_usage: str  # R / O from the standard's minimum cardinality, "" when unknown
    usage: str  # R / RE / X as observed
    cardinality: str  # observed: "1..1", "0..*" ...
    fill_rate: float
    coding_systems: str
    z_segment: bool


def _segment_order(segment: str) -> tuple[int, str]:
    return (0 if segment == "MSH" else 2 if segment.startswith("Z") else 1, segment)


def _field_number(path: str) -> int:
    number = path.split("-", 1)[1].split(".")[0]
    return int(number) if number.isdigit() else 0


def _coding(profile: FeedProfile) -> dict[str, list[str]]:
    """Coding-system names seen per field (components folded into their field)."""
    seen: dict[str, set[str]] = {}
    for key, count in profile.coding_systems.items():
        path, _, system = key.partition("|")
        if count > 0 and system:
            seen.setdefault(path.split(".")[0], set()).add(system)
    return {path: sorted(names) for path, names in seen.items()}


def feed_spec(flow: Flow) -> tuple[SpecRow, ...]:
    """The observed specification of one profiled feed (empty without a profile)."""
    profile = flow.profile
    if profile is None or not profile.messages:
        return ()
    definitions = field_definitions()
    coding = _coding(profile)
    types = ", ".join(sorted("^".join(t.split("^")[:2]) for t in profile.message_types))
    rows = []
    for segment in sorted((s for s, n in profile.segments.items() if n > 0), key=_segment_order):
        occurrences = profile.segments[segment]
        holding = profile.segment_messages.get(segment, occurrences)
        segment_usage = "R" if holding >= profile.messages else "RE"
        known = {d.path: d for d in definitions.get(segment, ())}
        filled = {
            p
            for p, n in profile.field_fill.items()
            if n > 0 and p.split("-")[0] == segment and "." not in p
        }
        for path in sorted(set(known) | filled, key=_field_number):
            definition = known.get(path)
            fills = profile.field_fill.get(path, 0)
            usage = "X" if fills == 0 else "R" if fills >= occurrences else "RE"
            most = "*" if profile.field_repeats.get(path, 0) > 0 else "1"
            least = "1" if usage == "R" else "0"
            rows.append(
                SpecRow(
                    feed=flow.id,
                    sender=flow.source,
                    receiver=flow.target,
                    message_types=types,
                    segment=segment,
                    segment_usage=segment_usage,
                    segment_per_message=round(occurrences / holding, 2) if holding else 0.0,
                    field=path,
                    name=definition.name if definition else "",
                    datatype=definition.datatype if definition else "",
                    standard_usage=("R" if definition.required else "O") if definition else "",
                    usage=usage,
                    cardinality="0..0" if usage == "X" else f"{least}..{most}",
                    fill_rate=round(fills / occurrences, 4) if occurrences else 0.0,
                    coding_systems=" ".join(coding.get(path, ())),
                    z_segment=segment.startswith("Z"),
                )
            )
    return tuple(rows)


def inventory_spec(inventory: Inventory) -> tuple[SpecRow, ...]:
    """Every profiled feed's specification, feeds in id order."""
    return tuple(
        row for flow in sorted(inventory.flows, key=lambda f: f.id) for row in feed_spec(flow)
    )

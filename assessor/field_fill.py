"""Which fields a feed is expected to fill, per message type and trigger event, and how well.

A field is expected of a feed only for the events that need it: the patient identifier (PID-3)
wherever a PID segment is sent, and each field a wanted use case's data domain lists for an event
the feed carries (PV1-45, the discharge date, on ADT^A03; not on ADT^A01, ORU, SIU or DFT). A
field of a segment the feed never sends is not observed, so it is never "empty".

The FeedProfile counts a field's fills per segment occurrence over the whole feed, not per event,
so the fill among the messages of some events is estimated as ``fills / (messages of those
events holding the segment x occurrences per holding message)``, capped at 1. It is exact when
the field is filled only on the events that need it or on every event, and an upper bound when
other events fill it too.
"""

from __future__ import annotations

from collections.abc import Iterable

from assessor.feed_profile import FeedProfile
from assessor.model import DataDomain, UseCase

__all__ = [
    "FILL_MINIMUM",
    "domains_of_use_cases",
    "event_fill",
    "expected_fields",
    "matches_event",
]

FILL_MINIMUM = 0.9
"""Share of the messages that need a field in which it must be filled."""

PATIENT_IDENTIFIER = "PID-3"


def matches_event(message_type: str, event: str) -> bool:
    """Whether ``ADT^A03^ADT_A03`` is an instance of ``ADT^A03`` (or of the family ``ADT``)."""
    from assessor.graph import message_type as type_of  # late: keeps imports light

    have, want = type_of(message_type), type_of(event)
    return have == want or ("^" not in want and have.startswith(want + "^"))


def expected_fields(
    message_types: Iterable[str], domains: Iterable[DataDomain]
) -> dict[str, tuple[str, ...]]:
    """Field path -> the events of this feed that need it, from the domains the feed serves."""
    sent = sorted({t for t in message_types if t.strip()})
    wanted: dict[str, set[str]] = {}
    for domain in domains:
        if domain.direction != "to-ai":
            continue
        for requirement in domain.fields:
            # Only the events the domain takes: an ADT^A31 needs nothing of an "ADT" field list
            # whose domain reads A01-A08.
            events = {
                t
                for t in sent
                if matches_event(t, requirement.event)
                and any(matches_event(t, w) for w in domain.message_types)
            }
            for path in requirement.fields if events else ():
                wanted.setdefault(path, set()).update(events)
    wanted.setdefault(PATIENT_IDENTIFIER, set()).update(sent)
    return {path: tuple(sorted(events)) for path, events in sorted(wanted.items())}


def event_fill(profile: FeedProfile, path: str, events: Iterable[str]) -> float | None:
    """Estimated share of the messages of ``events`` holding the field's segment that fill it.

    With no events (a feed whose message types were not counted) every occurrence of the
    segment is weighed. None when the feed never sent the segment or none of the events.
    """
    events = tuple(events)
    if not events:
        return profile.fill_rate(path)
    segment = path.split("-", 1)[0]
    occurrences = profile.segments.get(segment, 0)
    if not occurrences:
        return None
    holding = profile.segment_messages.get(segment, 0) or occurrences
    of_events = sum(
        n for t, n in profile.message_types.items() if any(matches_event(t, e) for e in events)
    )
    if not of_events:
        return None
    expected = min(of_events, holding) * occurrences / holding
    return min(1.0, profile.field_fill.get(path, 0) / expected)


def domains_of_use_cases(use_cases: Iterable[UseCase]) -> tuple[DataDomain, ...]:
    """Every data domain of the use cases (flat definitions as their one domain)."""
    from assessor.use_cases import domains_of  # late: use_cases imports the model only

    return tuple(d for u in use_cases for d in domains_of(u))

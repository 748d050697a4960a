"""Whether the HL7 v2 feeds behind a FHIR route yield the FHIR resources a data domain needs.

Where a use case reads a data domain over FHIR (a FHIR hop on the domain's route to the AI
platform), the resources it reads are built from the v2 feeds that carry the domain upstream.
Each such feed is judged by its IG map (:mod:`assessor.fhir_mapping`): a feed whose map yields a
resource the domain needs, at grade A to C, supports the domain; one whose map yields none of
them, or only at grade D, is a named gap that blocks the domain (rule FHIR-M01). Either way the
verdict carries one sentence per feed saying which.

>>> from assessor.feed_profile import FeedProfile
>>> from assessor.model import Flow
>>> adt = FeedProfile(messages=2, segments={"PID": 2, "PV1": 2},
...                   field_fill={"PID-5": 2, "PV1-2": 2}, message_types={"ADT^A01": 2})
>>> feed = Flow(id="pas->ehr", source="pas", target="ehr", profile=adt)
>>> feed_support(("Encounter",), feed).reason
'ADT^A01 feed maps to Encounter at grade A (direct) on flow pas->ehr'
"""

from __future__ import annotations

from dataclasses import dataclass

from assessor.fhir_mapping import GRADE_WORDS, carries_data, mappability
from assessor.model import Flow

__all__ = ["FHIR_RULE", "FeedSupport", "feed_support"]

FHIR_RULE = "FHIR-M01"
"""The rule a gap blocks a domain under: the feed maps poorly to what the domain needs."""


@dataclass(frozen=True)
class FeedSupport:
    """One feed's answer for a domain read over FHIR: supports it, or is a named gap."""

    flow: str
    gap: bool
    reason: str


def feed_support(
    needed: tuple[str, ...], flow: Flow, wanted: tuple[str, ...] = ()
) -> FeedSupport | None:
    """How ``flow`` serves the resources ``needed``; None for a feed with no profiled data.

    The sentence names the feed's message types among ``wanted`` (all it sends when none is).
    """
    if flow.profile is None or not carries_data(flow.profile) or not needed:
        return None
    found = mappability(flow.id, flow.profile)
    if found.grade == "unknown":
        return None
    sent = sorted(t for t in flow.profile.message_types if t and not t.startswith("ACK"))
    types = ", ".join([t for t in sent if "^".join(t.split("^")[:2]) in wanted] or sent)
    feed, on = f"{types} feed", f"on flow {flow.id}"
    yielded = [r for r in needed if r in found.resources]
    grade = f"grade {found.grade} ({GRADE_WORDS[found.grade]})"
    if not yielded:
        made = ", ".join(found.resources) or "no resource"
        why = f"{feed} yields no {' or '.join(needed)} under the IG map ({made}) {on}"
        return FeedSupport(flow.id, True, why)
    what = " and ".join(yielded)
    if found.grade == "D":
        return FeedSupport(flow.id, True, f"{feed} maps to {what} only at {grade} {on}")
    return FeedSupport(flow.id, False, f"{feed} maps to {what} at {grade} {on}")

"""FeedProfile: the statistics of one HL7 v2 feed, built while streaming.

A FeedProfile is a monoid: ``FeedProfile.empty()`` is the identity and ``merge(a, b)`` profiles
the concatenation of the two feeds' messages. That is what lets a scan be split by file or byte
range across processes or machines and still give one answer. Every field is therefore a count
map, a min/max, or a sample of fixed size (:mod:`assessor.sketches`), never a list of
observations and never a patient value: a profile's size is bounded by the variety of its feed,
not by its volume, and the merged profile is the same, bit for bit, however the feed was split and
in whatever order the parts merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, Self

from assessor.serialization import from_plain, to_plain
from assessor.sketches import (
    decode_sample,
    encode_sample,
    estimate_duplicates,
    histogram_quantile,
    smallest_distinct,
    unite_samples,
)

_MINIMUM_FIELDS = frozenset({"first_timestamp", "size_min"})
_MAXIMUM_FIELDS = frozenset({"last_timestamp", "size_max"})
_KEY_FIELDS = frozenset(
    {"sending_application", "sending_facility", "receiving_application", "receiving_facility"}
)
_DERIVED_FIELDS = frozenset({"control_id_sample", "duplicate_control_ids", "repeat_places"})
_UNION_FIELDS = frozenset({"field_labels"})
_EARLIEST_FIELDS = frozenset({"first_seen"})

DIGEST_BITS = 53
"""The bits of a control id's blake2b digest kept: profiles merge only if it never changes."""

REPEAT_WITNESSES = 64
"""Control ids (the smallest digests) whose first two sendings are kept, to cite a repeat."""

REPEATED_CONTROL_ID = "duplicate_control_ids|MSH-10"
"""The ``first_seen`` key of the repeat a finding cites (see :func:`first_repeat`)."""


@dataclass(frozen=True)
class FeedProfile:
    """Counts over every message one sender sent to one receiver.

    Keys of the count maps: ``message_types`` "ADT^A01" (type and trigger, the notation used
    everywhere); ``message_structures`` "ADT^A04|ADT_A01" (the structure MSH-9.3 declares for a
    type, when it declares one); ``senders`` and ``receivers`` "LAB^1.2.3^ISO|GENHOSP" (the
    application and facility HDs of every end merged into this profile: a flow built from several
    sending applications names each); ``field_fill``,
    ``field_repeats`` and ``required_missing`` field paths ("PID-5", "PID-3.4", "OBX-3.3");
    ``coding_systems`` "OBX-3|LN"; ``z_segment_shapes`` a masked layout ("ZPV|A|9", runs of
    letters -> A, of digits -> 9); ``segments_not_in_structure`` "ORM_O01|EVN";
    ``validation_errors`` "kind|path" from hl7apy's rules, compiled, on every message (the
    default, ``--validate all``), or from hl7apy's strict validation of a sample (the same keys);
    ``field_labels`` "version|path" -> hl7apy's label of the path ("PID-5 Patient Name, XPN,
    required") for the paths a problem was counted on.

    Field counts are per segment occurrence: ``field_fill[p] / segments[segment of p]`` is the
    fill rate of ``p`` (:meth:`fill_rate`), so a field of a repeating segment (OBX-5) is weighed
    over every OBX, not once per message. ``segment_messages`` counts messages holding a segment.
    ``phi_classes`` counts messages in which a field of that PHI class was filled.
    ``first_seen`` says, for each key of the count maps above that a finding may cite, the
    source and message ordinal where it was first seen (bounded by the variety of the feed);
    ``timestamp_zone|absent`` and ``duplicate_control_ids|MSH-10`` stand for an MSH-7 without
    zone and a control id sent again.

    Volume is summarised in structures of bounded size that merge exactly:
    ``size_histogram`` counts messages per size bucket (the key is the bucket's lower bound in
    bytes; :meth:`size_quantile` reads it within 3.1%); ``timestamp_months`` ("2024-01") and
    ``timestamp_hours`` ("00" to "23", the hour of day as sent) count MSH-7 values precise enough
    for the bucket. ``control_id_sample`` is a sample of the feed's MSH-10 values: the
    :data:`~assessor.sketches.CONTROL_ID_SAMPLE` smallest distinct 53-bit digests (all of them
    when the feed has fewer distinct ids) with the times each was seen, encoded
    (:attr:`control_id_counts` reads it); ``duplicate_control_ids`` is derived from it, exact
    when the sample holds every id (:attr:`duplicates_exact`), estimated from it otherwise.
    """

    sending_application: str = ""
    sending_facility: str = ""
    receiving_application: str = ""
    receiving_facility: str = ""
    messages: int = 0
    bytes: int = 0
    size_min: int | None = None
    size_max: int | None = None
    size_histogram: dict[str, int] = field(default_factory=dict)  # bucket's lower bound -> messages
    message_types: dict[str, int] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)  # MSH-12 as sent ("" when empty)
    reference_versions: dict[str, int] = field(default_factory=dict)  # hl7apy version used
    segments: dict[str, int] = field(default_factory=dict)  # occurrences
    segment_messages: dict[str, int] = field(default_factory=dict)  # messages holding it
    segments_not_in_version: dict[str, int] = field(default_factory=dict)
    segments_not_in_structure: dict[str, int] = field(default_factory=dict)
    field_fill: dict[str, int] = field(default_factory=dict)
    field_repeats: dict[str, int] = field(default_factory=dict)
    required_missing: dict[str, int] = field(default_factory=dict)
    coding_systems: dict[str, int] = field(default_factory=dict)
    value_types: dict[str, int] = field(default_factory=dict)  # OBX-2
    first_timestamp: str | None = None  # MSH-7 as ISO 8601, as precise as sent
    last_timestamp: str | None = None
    timestamp_precision: dict[str, int] = field(default_factory=dict)  # day|minute|second|...
    timestamp_months: dict[str, int] = field(default_factory=dict)  # "2024-01" -> messages
    timestamp_hours: dict[str, int] = field(default_factory=dict)  # "07" (hour of day) -> messages
    timestamps_with_zone: int = 0
    processing_ids: dict[str, int] = field(default_factory=dict)  # MSH-11: P/T/D
    ack_codes: dict[str, int] = field(default_factory=dict)  # MSA-1: AA/AE/AR/CA/CE/CR
    charsets: dict[str, int] = field(default_factory=dict)  # MSH-18 as declared
    undecodable_bytes: int = 0
    encoding_characters: dict[str, int] = field(default_factory=dict)  # MSH-1 + MSH-2
    escape_sequences: dict[str, int] = field(default_factory=dict)  # "\\F\\", "\\X\\", ...
    framing: dict[str, int] = field(default_factory=dict)  # mllp | batch | plain -> messages
    control_ids_seen: int = 0
    control_id_sample: str = ""  # assessor.sketches.encode_sample
    duplicate_control_ids: int = 0
    z_segment_shapes: dict[str, int] = field(default_factory=dict)
    phi_classes: dict[str, int] = field(default_factory=dict)  # PHI class -> messages carrying
    conformance: dict[str, int] = field(default_factory=dict)  # problem kind -> count
    validated_messages: int = 0
    validation_errors: dict[str, int] = field(default_factory=dict)
    field_labels: dict[str, str] = field(default_factory=dict)  # "2.5|PID-5" -> hl7apy's label
    message_structures: dict[str, int] = field(default_factory=dict)  # "ORU^R01|ORU_R01" (MSH-9.3)
    senders: dict[str, int] = field(default_factory=dict)  # "MSH-3|MSH-4" -> messages
    receivers: dict[str, int] = field(default_factory=dict)  # "MSH-5|MSH-6" -> messages
    # "segments|ZPV" (a count map's name and key) -> (source, message ordinal) it was first seen at
    first_seen: dict[str, tuple[str, int]] = field(default_factory=dict)
    # (digest, source, ordinal): the first two sendings of the REPEAT_WITNESSES smallest control-id
    # digests (repeat_places); where a repeat is cited from, the same however the feed was split
    repeat_places: tuple[tuple[int, str, int], ...] = ()

    @classmethod
    def empty(cls) -> Self:
        """The identity of ``merge``."""
        return cls()

    @property
    def key(self) -> tuple[str, str, str, str]:
        """(sending application, sending facility, receiving application, receiving facility)."""
        return (
            self.sending_application,
            self.sending_facility,
            self.receiving_application,
            self.receiving_facility,
        )

    @property
    def z_segments(self) -> tuple[str, ...]:
        """Z-segment ids seen, sorted."""
        return tuple(sorted(s for s in self.segments if s.startswith("Z")))

    def fill_rate(self, path: str) -> float | None:
        """Share of the occurrences of the path's segment in which the path was filled."""
        holding = self.segments.get(path.split("-", 1)[0], 0)
        return self.field_fill.get(path, 0) / holding if holding else None

    def __post_init__(self) -> None:
        self._sample  # noqa: B018  read once: a damaged sample is refused where it is loaded

    @cached_property
    def _sample(self) -> dict[int, int]:
        return decode_sample(self.control_id_sample)

    @property
    def control_id_counts(self) -> dict[int, int]:
        """The control-id sample as digest -> times seen."""
        return dict(self._sample)

    @property
    def duplicates_exact(self) -> bool:
        """Whether ``duplicate_control_ids`` is a count rather than an estimate: the sample
        holds every control id seen."""
        return self.control_ids_seen == sum(self._sample.values())

    def size_quantile(self, q: float) -> int | None:
        """The ``q``-quantile of message sizes in bytes (0.5: the median), within 3.1%, kept
        between ``size_min`` and ``size_max``; None when no message was counted."""
        middle = histogram_quantile(((int(k), n) for k, n in self.size_histogram.items()), q)
        if middle is None or self.size_min is None or self.size_max is None:
            return middle
        return min(max(middle, self.size_min), self.size_max)

    def merge(self, other: FeedProfile) -> FeedProfile:
        """The profile of this feed's messages followed by ``other``'s."""
        return merge(self, other)

    def to_dict(self) -> dict:
        """Plain JSON-ready data."""
        return to_plain(self)

    @classmethod
    def from_dict(cls, data: dict) -> Self:
        """Rebuild from ``to_dict`` output."""
        return from_plain(cls, data)


def add_counts(x: dict[str, int], y: dict[str, int]) -> dict[str, int]:
    """Key-wise sum that keeps every key, zero counts included (``Counter +`` drops them)."""
    if not y:
        return dict(x)
    total = dict(x)
    for k, n in y.items():
        total[k] = total.get(k, 0) + n
    return total


def earliest(
    x: dict[str, tuple[str, int]], y: dict[str, tuple[str, int]]
) -> dict[str, tuple[str, int]]:
    """Key-wise the smaller (source, ordinal): where a fact was first seen, in an order that
    does not depend on which profile came first."""
    out = dict(x)
    for key, at in y.items():
        out[key] = min(out[key], at) if key in out else at
    return out


def control_id_fields(seen: int, sample: Mapping[int, int]) -> dict[str, Any]:
    """The FeedProfile fields of ``seen`` control ids whose sample (digest -> times seen, any
    size) is ``sample``: the sample cut to its fixed size, and the duplicates it shows."""
    kept = smallest_distinct(sample)
    return {
        "control_id_sample": encode_sample(kept),
        "duplicate_control_ids": estimate_duplicates(seen, kept),
    }


def repeat_places(
    places: Iterable[tuple[int, str, int]],
) -> tuple[tuple[int, str, int], ...]:
    """The ``REPEAT_WITNESSES`` smallest digests among ``places``, each with its two earliest
    (source, ordinal), sorted: what a whole feed keeps, whichever parts the places came from (a
    digest among the smallest of the whole is among the smallest of any part holding it)."""
    by_digest: dict[int, set[tuple[str, int]]] = {}
    for digest, source, ordinal in places:
        by_digest.setdefault(digest, set()).add((source, ordinal))
    return tuple(
        (digest, source, ordinal)
        for digest in sorted(by_digest)[:REPEAT_WITNESSES]
        for source, ordinal in sorted(by_digest[digest])[:2]
    )


def first_repeat(places: tuple[tuple[int, str, int], ...]) -> tuple[str, int] | None:
    """Where the control id of the smallest digest sent twice was sent again, or None.

    Not the first repeat in time (finding that would need every id of the feed kept) but a true
    one, chosen the same way however the feed was split and merged; a feed whose repeats all
    fall outside the kept digests has none, and its evidence names the feed's files.
    """
    seen: dict[int, tuple[str, int]] = {}
    for digest, source, ordinal in places:
        if digest in seen:
            return source, ordinal
        seen[digest] = (source, ordinal)
    return None


def with_first_repeat(
    first_seen: dict[str, tuple[str, int]], places: tuple[tuple[int, str, int], ...]
) -> dict[str, tuple[str, int]]:
    """``first_seen`` whose repeated-control-id entry is the one ``places`` give."""
    out = {k: v for k, v in first_seen.items() if k != REPEATED_CONTROL_ID}
    at = first_repeat(places)
    if at is not None:
        out[REPEATED_CONTROL_ID] = at
    return out


def merge(a: FeedProfile, b: FeedProfile) -> FeedProfile:
    """Combine two profiles: counts add, extremes take min/max, control-id samples unite."""
    values: dict[str, object] = {}
    for f in fields(FeedProfile):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if f.name in _KEY_FIELDS:
            values[f.name] = x or y
        elif f.name in _DERIVED_FIELDS:
            continue
        elif f.name in _EARLIEST_FIELDS:
            values[f.name] = earliest(x, y)
        elif f.name in _UNION_FIELDS:
            values[f.name] = {**x, **y}  # the same key always carries the same label
        elif f.name in _MINIMUM_FIELDS:
            values[f.name] = min((v for v in (x, y) if v is not None), default=None)
        elif f.name in _MAXIMUM_FIELDS:
            values[f.name] = max((v for v in (x, y) if v is not None), default=None)
        elif isinstance(x, dict):
            values[f.name] = add_counts(x, y)
        else:
            values[f.name] = x + y
    sample = unite_samples(a._sample, b._sample)
    values.update(control_id_fields(a.control_ids_seen + b.control_ids_seen, sample))
    places = repeat_places((*a.repeat_places, *b.repeat_places))
    values["repeat_places"] = places
    values["first_seen"] = with_first_repeat(values["first_seen"], places)  # type: ignore[arg-type]
    return FeedProfile(**values)  # type: ignore[arg-type]

"""The counters of one feed while its messages stream by, and how MSH values go into them.

The profiler owns one :class:`FeedCounters` per feed and freezes it into a FeedProfile at the
end. Timestamps, control ids and sizes are counted here, one message at a time or a whole
group at once (``add_many``): the same counts either way, and in memory bounded by the feed's
variety (hours of its time span, size buckets, a fixed-size sample of control ids).
"""

from __future__ import annotations

from collections import Counter, deque
from hashlib import blake2b
from itertools import repeat
from operator import itemgetter, rshift

from assessor.connectors.hl7v2.shapes import SegmentKind
from assessor.feed_profile import DIGEST_BITS, REPEAT_WITNESSES
from assessor.sketches import CONTROL_ID_SAMPLE, size_bucket, smallest_distinct

__all__ = ["FeedCounters", "FeedKey", "iso_timestamp"]

FeedKey = tuple[str, str, str, str]
_DROPPED = 64 - DIGEST_BITS  # the digest is the top DIGEST_BITS of an 8-byte blake2b
_EMPTY_HASH = blake2b(digest_size=8)
_Blake2b = type(_EMPTY_HASH)
_HOUR_PREFIX = itemgetter(slice(0, 10))  # YYYYMMDDHH of an HL7 TS
_YEAR = itemgetter(slice(0, 4))
_FIRST = itemgetter(0)
_SIZES_KEPT = 65_536  # distinct sizes counted as seen before they are folded into buckets


class FeedCounters:
    """The mutable counters of one feed while its messages stream by."""

    def __init__(self, key: FeedKey) -> None:
        self.key = key
        self.messages = 0
        self.bytes = 0
        self.size_min: int | None = None
        self.size_max: int | None = None
        self.counts: dict[str, Counter[str]] = {}
        self.headers: Counter[tuple] = Counter()
        self.shapes: dict[str, Counter[SegmentKind]] = {}  # version -> counts of each shape
        self.reads: Counter[int] = Counter()  # id of what a segment's values added -> times
        self.segment_messages: Counter[bytes] = Counter()
        self.phi: Counter[frozenset[str]] = Counter()
        self.ts_min: bytes | None = None
        self.ts_max: bytes | None = None
        self.timestamps: Counter[tuple[int, bool]] = Counter()
        self.stamp_hours: Counter[bytes] = Counter()  # YYYYMMDDHH (or less, as sent) -> messages
        # sizes as seen (one C-level count a message), folded into buckets past a bound
        self.sizes: Counter[int] = Counter()
        self.folded_sizes: Counter[int] = Counter()  # a bucket's lower bound -> messages
        # the smallest distinct control-id digests -> times seen; trimmed to the sample's size
        # when it holds twice that, after which no digest above ``digest_cut`` can get in
        self.digests: Counter[int] = Counter()
        self.digest_cut: int | None = None
        # the smallest digests -> ordinals of their first two sendings (FeedProfile.repeat_places),
        # trimmed likewise past twice REPEAT_WITNESSES digests
        self.witnesses: dict[int, list[int]] = {}
        self.witness_cut: int | None = None
        self.control_ids = 0
        self.undecodable = 0
        # "name|key" of a fact -> (source, message ordinal) where it was first seen
        self.first_seen: dict[str, tuple[str, int]] = {}

    def count(self, name: str, key: str, n: int = 1) -> None:
        """Add ``n`` to the count of ``key`` in the count map ``name``."""
        counter = self.counts.get(name)
        if counter is None:
            counter = self.counts[name] = Counter()
        counter[key] += n

    def count_stamp(self, stamp: bytes, comp: bytes | None) -> None:
        """Count one MSH-7: its precision, time zone, and the feed's first and last."""
        if comp and comp in stamp:
            stamp = stamp.split(comp)[0]
        if stamp:
            zone = b"+" in stamp or b"-" in stamp
            digits = stamp.split(b"+")[0].split(b"-")[0] if zone else stamp
            if not digits[:4].isdigit():
                self.count("conformance", "timestamp-invalid")
            else:
                self.timestamps[(len(digits), zone)] += 1
                self.stamp_hours[digits[:10]] += 1
                if self.ts_min is None or stamp < self.ts_min:
                    self.ts_min = stamp
                if self.ts_max is None or stamp > self.ts_max:
                    self.ts_max = stamp
        else:
            self.count("conformance", "timestamp-missing")

    def count_stamps(self, stamps: list[bytes], comp: bytes | None) -> None:
        """What :meth:`count_stamp` does for each, with C-level calls unless one is missing,
        holds a component or does not start with a year."""
        if all(stamps) and b"".join(stamps).isdigit():
            self._plain_stamps(stamps)
            return
        digits = None
        if all(stamps) and not (comp and any(map(bytes.__contains__, stamps, repeat(comp)))):
            # a time zone or a fraction: the digits are what stands before the zone
            before_plus = map(_FIRST, map(bytes.split, stamps, repeat(b"+"), repeat(1)))
            digits = list(map(_FIRST, map(bytes.split, before_plus, repeat(b"-"), repeat(1))))
        if digits is None or not all(map(bytes.isdigit, map(_YEAR, digits))):
            for stamp in stamps:
                self.count_stamp(stamp, comp)
            return
        zones = map(bytes.__ne__, digits, stamps)  # a zone was split off
        self.timestamps.update(zip(map(len, digits), zones, strict=True))
        self.stamp_hours.update(map(_HOUR_PREFIX, digits))
        self._span(min(stamps), max(stamps))

    def _plain_stamps(self, stamps: list[bytes]) -> None:
        """Count MSH-7s of digits only (no zone, no component)."""
        for digits, n in Counter(map(len, stamps)).items():
            self.timestamps[(digits, False)] += n
        first, last = min(stamps), max(stamps)
        hour = first[:10]
        if first == last or (len(hour) == 10 and last[:10] == hour):
            # every stamp between two that share an hour shares it: the common case of a
            # feed in time order, counted without a look at each stamp
            self.stamp_hours[hour] += len(stamps)
        else:
            self.stamp_hours.update(map(_HOUR_PREFIX, stamps))
        self._span(first, last)

    def _span(self, first: bytes, last: bytes) -> None:
        if self.ts_min is None or first < self.ts_min:
            self.ts_min = first
        if self.ts_max is None or last > self.ts_max:
            self.ts_max = last

    def count_control_ids(
        self, control_ids: list[bytes], ordinals: list[int] | None = None
    ) -> None:
        """Count these MSH-10 values: as 53-bit digests, or as missing when empty; with the
        messages' ``ordinals``, keep where the smallest digests were sent (``witnesses``)."""
        missing = control_ids.count(b"")
        if missing:
            self.count("conformance", "control-id-missing", missing)
            if ordinals is not None:
                ordinals = [o for c, o in zip(control_ids, ordinals, strict=True) if c]
            control_ids = [c for c in control_ids if c]
        self.control_ids += len(control_ids)
        # copies of one empty hash, fed and read with C-level calls: half the time of making
        # a blake2b object per id
        hashes = list(map(_Blake2b.copy, repeat(_EMPTY_HASH, len(control_ids))))
        deque(map(_Blake2b.update, hashes, control_ids), maxlen=0)
        digests = list(
            map(
                rshift,
                map(int.from_bytes, map(_Blake2b.digest, hashes), repeat("big")),
                repeat(_DROPPED),
            )
        )
        if ordinals is not None:
            self._witness(digests, ordinals)
        kept = digests if self.digest_cut is None else filter(self.digest_cut.__ge__, digests)
        self.digests.update(kept)
        if len(self.digests) >= 2 * CONTROL_ID_SAMPLE:
            self.digests = Counter(smallest_distinct(self.digests))
            self.digest_cut = max(self.digests)

    def _witness(self, digests: list[int], ordinals: list[int]) -> None:
        """Keep the two earliest ordinals of each digest among the smallest seen so far; a digest
        above ``witness_cut`` has REPEAT_WITNESSES smaller ones and can never be kept."""
        cut, witnesses = self.witness_cut, self.witnesses
        for digest, ordinal in zip(digests, ordinals, strict=True):
            if cut is not None and digest > cut:
                continue
            places = witnesses.get(digest)
            if places is None:
                witnesses[digest] = [ordinal]
            elif len(places) < 2 or ordinal < places[1]:
                # groups of a batch are counted one after another, not in message order
                places.append(ordinal)
                places.sort()
                del places[2:]
        if len(witnesses) >= 2 * REPEAT_WITNESSES:
            kept = sorted(witnesses)[:REPEAT_WITNESSES]
            self.witnesses = {d: witnesses[d] for d in kept}
            self.witness_cut = kept[-1]

    def count_sizes(self, sizes: list[int]) -> None:
        """Count messages of these sizes (bytes)."""
        self.messages += len(sizes)
        self.bytes += sum(sizes)
        self.sizes.update(sizes)
        if len(self.sizes) > _SIZES_KEPT:
            self.folded_sizes = self.size_buckets()
            self.sizes.clear()
        smallest, largest = min(sizes), max(sizes)
        if self.size_min is None or smallest < self.size_min:
            self.size_min = smallest
        if self.size_max is None or largest > self.size_max:
            self.size_max = largest

    def size_buckets(self) -> Counter[int]:
        """Messages per size bucket (:func:`assessor.sketches.size_bucket`)."""
        buckets = Counter(self.folded_sizes)
        for size, n in self.sizes.items():
            buckets[size_bucket(size)] += n
        return buckets


def iso_timestamp(stamp: bytes | None) -> str | None:
    """An HL7 TS/DTM as ISO 8601, as precise as it was sent (``20240105`` -> ``2024-01-05``)."""
    if stamp is None:
        return None
    text = stamp.decode("latin-1")
    zone = ""
    for sign in "+-":
        if sign in text[4:]:
            head, _, tail = text.rpartition(sign)
            text, zone = head, f"{sign}{tail[:2]}:{tail[2:4]}" if len(tail) >= 4 else ""
            break
    digits, _, fraction = text.partition(".")
    cut = [(0, 4, ""), (4, 6, "-"), (6, 8, "-"), (8, 10, "T"), (10, 12, ":"), (12, 14, ":")]
    out = "".join(sep + digits[a:b] for a, b, sep in cut if len(digits) >= b)
    if fraction and len(digits) >= 14:
        out += "." + fraction
    return out + zone if len(digits) >= 10 else out


def stamp_buckets(stamp_hours: Counter[bytes]) -> list[tuple[str, str, int]]:
    """The ("timestamp_months" | "timestamp_hours", key, messages) counts of MSH-7 prefixes
    (YYYYMMDDHH, or shorter as sent); a month or hour out of range is not counted."""
    months: Counter[bytes] = Counter()
    hours: Counter[bytes] = Counter()
    for prefix, n in stamp_hours.items():  # a year of hours: keep the loop this small
        if prefix.isdigit():
            months[prefix[:6]] += n
            hours[prefix[8:10]] += n
    counted = [
        ("timestamp_months", f"{m[:4].decode()}-{m[4:].decode()}", n)
        for m, n in months.items()
        if len(m) == 6 and b"01" <= m[4:] <= b"12"
    ]
    counted += [("timestamp_hours", h.decode(), n) for h, n in hours.items() if h and h <= b"23"]
    return counted

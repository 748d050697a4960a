"""A feed's counters stay bounded while messages stream by, and count what the profile says."""

from __future__ import annotations

from collections import Counter

import pytest

from assessor.connectors.hl7v2.counters import FeedCounters
from assessor.sketches import CONTROL_ID_SAMPLE, size_bucket


def test_sizes_folded_into_buckets_mid_stream_count_as_if_bucketed_at_the_end():
    counters = FeedCounters(("PAS", "H", "EHR", "H"))
    sizes = list(range(1, 150_000))
    for start in range(0, len(sizes), 1000):
        counters.count_sizes(sizes[start : start + 1000])
    assert len(counters.sizes) <= 65_536 + 1000
    assert counters.size_buckets() == Counter(map(size_bucket, sizes))


def test_the_control_ids_kept_while_streaming_never_exceed_twice_the_sample():
    counters = FeedCounters(("PAS", "H", "EHR", "H"))
    for start in range(0, 50_000, 1000):
        counters.count_control_ids([f"C{n}".encode() for n in range(start, start + 1000)])
        assert len(counters.digests) < 2 * CONTROL_ID_SAMPLE
    assert counters.control_ids == 50_000


def test_stamps_within_one_hour_count_as_when_each_is_looked_at():
    stamps = [b"2024010512", b"202401051230", b"20240105125959", b"202401051201"]
    at_once = FeedCounters(("PAS", "H", "EHR", "H"))
    at_once.count_stamps(stamps, b"^")
    one_by_one = FeedCounters(("PAS", "H", "EHR", "H"))
    for stamp in stamps:
        one_by_one.count_stamps([stamp], b"^")
    assert at_once.stamp_hours == one_by_one.stamp_hours == {b"2024010512": 4}


def test_stamps_shorter_than_an_hour_count_under_their_own_prefix():
    counters = FeedCounters(("PAS", "H", "EHR", "H"))
    counters.count_stamps([b"20240105", b"2024010512"], b"^")
    assert counters.stamp_hours == {b"20240105": 1, b"2024010512": 1}


def counted_stamps(counters: FeedCounters) -> tuple:
    return (
        counters.timestamps,
        counters.stamp_hours,
        counters.ts_min,
        counters.ts_max,
        counters.counts,
    )


@pytest.mark.parametrize(
    "stamps",
    [
        [b"20240105123000+0100", b"20240105123000-0500", b"202401051230"],
        [b"20240105123000.1234+0000", b"20231231235959.5", b"20240105"],
        [b"20240105123000^S", b"20240105123000+0100"],
        [b"20240105123000+0100", b""],
        [b"20240105123000+0100", b"-0500", b"NOW"],
    ],
    ids=["zones", "fractions", "component", "missing", "invalid"],
)
def test_stamps_with_zones_or_fractions_count_at_once_as_one_by_one(stamps):
    at_once = FeedCounters(("PAS", "H", "EHR", "H"))
    at_once.count_stamps(stamps, b"^")
    one_by_one = FeedCounters(("PAS", "H", "EHR", "H"))
    for stamp in stamps:
        one_by_one.count_stamp(stamp, b"^")
    assert counted_stamps(at_once) == counted_stamps(one_by_one)

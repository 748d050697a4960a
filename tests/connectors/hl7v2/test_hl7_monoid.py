"""The monoid law over real profiling: merge(profile(a), profile(b)) == profile(a + b), and
its consequence a split scan relies on: however a feed is cut and its parts merged, the JSON is
the same, bit for bit."""

from __future__ import annotations

import json
import random
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.connectors.hl7v2.profiler import Profiler, profile_messages
from assessor.feed_profile import FeedProfile, merge
from assessor.sketches import CONTROL_ID_SAMPLE

pytestmark = pytest.mark.usefixtures("each_tally")

SENDERS = ("PAS", "LIS", "")
TYPES = ("ADT^A01^ADT_A01", "ORU^R01", "ORM^O01^ORM_O01", "ACK", "")
VERSIONS = ("2.3", "2.5.1", "2.3.0", "", "2.9")
STAMPS = (
    "20240105123000+0100",
    "202401051230",
    "20240105",
    "2024010512-0500",
    "20240105123000.25",
    "2023",
    "202401051200^M",
    "",
    "notadate",
)
SEGMENTS = (
    "PID|1||MRN1^^^H^MR~X^^^Y^NH||DOE^J||19600101",
    "PID|1||",
    "PV1|1|I|W^1",
    "OBX|1|NM|2093-3^Chol^LN||5|mg/dL^^UCUM",
    "OBX|2|TX|N^Note^99X||free text",
    "OBX|3|CE|A^B~C^D^SCT||X^Y^L",
    "ZPV|abc|123",
    "EVN|A01",
    "MSA|AA|1",
    "NTE|1||a\\T\\b",
    "PRT|1",
    "BAD",
    "PID|1||caf\xe9",
)


@st.composite
def messages(draw) -> bytes:
    header = "|".join(
        [
            "MSH",
            "^~\\&",
            draw(st.sampled_from(SENDERS)),
            "H",
            draw(st.sampled_from(("EHR", "RIS"))),
            "H",
            draw(st.sampled_from(STAMPS)),
            "",
            draw(st.sampled_from(TYPES)),
            draw(st.sampled_from(("1", "2", "3", ""))),
            draw(st.sampled_from(("P", "T", ""))),
            draw(st.sampled_from(VERSIONS)),
            "",
            "",
            "",
            "",
            "",
            draw(st.sampled_from(("", "8859/1", "UNICODE UTF-8"))),
        ]
    )
    body = draw(st.lists(st.sampled_from(SEGMENTS), max_size=6))
    return "\r".join([header, *body]).encode("latin-1")


def merged(a: dict, b: dict) -> dict:
    return {k: merge(a.get(k, FeedProfile.empty()), b.get(k, FeedProfile.empty())) for k in a | b}


@settings(max_examples=60, deadline=None)
@given(st.lists(messages(), max_size=12), st.lists(messages(), max_size=12))
def test_merging_the_profiles_of_two_parts_equals_profiling_the_whole(first, second):
    assert merged(profile_messages(first), profile_messages(second)) == profile_messages(
        first + second
    )


@settings(max_examples=30, deadline=None)
@given(st.lists(messages(), max_size=10))
def test_the_empty_profile_is_the_identity_of_merge(batch):
    for profile in profile_messages(batch).values():
        assert merge(FeedProfile.empty(), profile) == profile
        assert merge(profile, FeedProfile.empty()) == profile


@settings(max_examples=30, deadline=None)
@given(st.lists(messages(), max_size=8), st.lists(messages(), max_size=8))
def test_merge_still_counts_duplicates_after_a_json_round_trip(first, second):
    def round_trip(profiles: dict) -> dict:
        return {
            k: FeedProfile.from_dict(json.loads(json.dumps(p.to_dict())))
            for k, p in profiles.items()
        }

    assert merged(
        round_trip(profile_messages(first)), round_trip(profile_messages(second))
    ) == profile_messages(first + second)


@settings(max_examples=80, deadline=None)
@given(st.lists(messages(), max_size=15), st.sampled_from(("|^~\\&", "#$*!@", "%^~\\&")))
def test_adding_many_at_once_profiles_like_adding_one_by_one(batch, delimiters):
    table = bytes.maketrans(b"|^~\\&", delimiters.encode().ljust(5, b"&"))
    batch = [m.translate(table) if delimiters != "|^~\\&" else m for m in batch]
    one_by_one = Profiler()
    expected = [one_by_one.add(m) for m in batch]
    at_once = Profiler()
    assert at_once.add_many(batch) == expected
    assert at_once.profiles() == one_by_one.profiles()


def profile_part(batch: list[bytes], start: int, end: int) -> dict:
    """Profile messages ``start`` to ``end`` of a source, with their ordinals in it."""
    profiler = Profiler(source="feed.hl7")
    profiler.add_many(batch[start:end], ordinals=list(range(start + 1, end + 1)))
    return profiler.profiles()


def split_and_merge(batch: list[bytes], data: st.DataObject) -> dict:
    """Profile ``batch`` cut at random places, merging the parts in a random order."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(batch)), max_size=5), label="cuts"))
    bounds = [0, *cuts, len(batch)]
    parts = [profile_part(batch, a, b) for a, b in pairwise(bounds)]
    parts = data.draw(st.permutations(parts), label="order")
    while len(parts) > 1:
        i = data.draw(st.integers(0, len(parts) - 2), label="merge at")
        parts[i : i + 2] = [merged(parts[i], parts[i + 1])]
    return parts[0] if parts else {}


def as_json(profiles: dict) -> str:
    return json.dumps({"|".join(k): p.to_dict() for k, p in sorted(profiles.items())})


@settings(max_examples=60, deadline=None)
@given(st.lists(messages(), max_size=30), st.data())
def test_profiles_of_random_parts_merged_in_random_order_are_the_whole_to_the_bit(batch, data):
    assert as_json(split_and_merge(batch, data)) == as_json(profile_part(batch, 0, len(batch)))


@st.composite
def large_feeds(draw) -> list[bytes]:
    """Thousands of small messages, some control ids resent: enough to fill the sample."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    count = draw(st.integers(CONTROL_ID_SAMPLE, 3 * CONTROL_ID_SAMPLE))
    resent = draw(st.floats(0, 0.3))
    ids = [rng.randrange(i + 1) if rng.random() < resent else i for i in range(count)]
    return [
        f"MSH|^~\\&|PAS|H|EHR|H|2024{1 + i % 12:02d}0{1 + i % 9}{i % 24:02d}||ADT^A01|C{c}|P|2.5\r"
        f"PID|1||{i}{'X' * (i % 700)}".encode()
        for i, c in enumerate(ids)
    ]


@settings(max_examples=6, deadline=None)
@given(large_feeds(), st.data())
def test_a_full_control_id_sample_still_merges_to_the_whole_to_the_bit(batch, data):
    whole = profile_part(batch, 0, len(batch))
    assert as_json(split_and_merge(batch, data)) == as_json(whole)
    assert all(len(p.control_id_counts) <= CONTROL_ID_SAMPLE for p in whole.values())


def test_first_seen_names_the_earliest_message_when_a_later_header_shows_the_same_problem():
    # the headers of a batch are read before its segments: message 3's empty MSH-10 is met
    # before message 2's empty PID-3, both a required-field-missing
    batch = [
        b"MSH|^~\\&|PAS|H|RIS|H|20240105||ADT^A01^ADT_A01|1|P|2.3",
        b"MSH|^~\\&|PAS|H|RIS|H|20240105||ADT^A01^ADT_A01|2|P|2.5.1\rPID|1||",
        b"MSH|^~\\&|PAS|H|RIS|H|20240105||ADT^A01^ADT_A01||P|2.3",
    ]
    profiler = Profiler(source="feed.hl7")
    profiler.add_many(batch)
    (profile,) = profiler.profiles().values()
    assert profile.first_seen["conformance|required-field-missing"] == ("feed.hl7", 2)


def test_first_seen_of_a_timestamp_precision_names_the_earliest_message_of_any_group():
    # messages 1 and 3 are counted together (version 2.3) before message 2 (version 2.5.1)
    batch = [
        b"MSH|^~\\&|PAS|H|RIS|H|20240105123000+0100||ADT^A01^ADT_A01|1|P|2.3",
        b"MSH|^~\\&|PAS|H|RIS|H|202401051230||ADT^A01^ADT_A01|2|P|2.5.1",
        b"MSH|^~\\&|PAS|H|RIS|H|202401051230||ADT^A01^ADT_A01|3|P|2.3",
    ]
    profiler = Profiler(source="feed.hl7")
    profiler.add_many(batch)
    (profile,) = profiler.profiles().values()
    assert profile.first_seen["timestamp_precision|minute"] == ("feed.hl7", 2)
    assert profile.first_seen["timestamp_zone|absent"] == ("feed.hl7", 2)

"""The monoid law over real profiling: merge(profile(a), profile(b)) == profile(a + b)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.connectors.hl7v2.profiler import Profiler, profile_messages
from assessor.feed_profile import FeedProfile, merge

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

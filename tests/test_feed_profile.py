"""FeedProfile's own algebra: identity, associativity, zero counts, JSON round trip.

The law over profiling itself, ``merge(profile(a), profile(b)) == profile(a + b)``, is proven
over generated message lists in ``tests/connectors/hl7v2/test_hl7_monoid.py``, next to the
profiler (this folder holds a ``connectors`` test folder that would shadow the package).
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.feed_profile import (
    REPEAT_WITNESSES,
    REPEATED_CONTROL_ID,
    FeedProfile,
    control_id_fields,
    merge,
    repeat_places,
)

_COUNTS = st.dictionaries(
    st.sampled_from(("PID-3", "PID-5", "OBX-3|LN", "ADT^A01")), st.integers(0, 9)
)
_STAMPS = st.none() | st.sampled_from(("2024-01-03", "2024-01-05T12:30", "2023"))


@st.composite
def profiles(draw) -> FeedProfile:
    sample = draw(st.dictionaries(st.integers(0, 2**53 - 1), st.integers(1, 4), max_size=5))
    seen = sum(sample.values())
    first, last = draw(_STAMPS), draw(_STAMPS)
    sizes = draw(st.none() | st.tuples(st.integers(1, 50), st.integers(50, 99)))
    return FeedProfile(
        sending_application="PAS",
        messages=draw(st.integers(0, 20)),
        bytes=draw(st.integers(0, 999)),
        size_min=sizes[0] if sizes else None,
        size_max=sizes[1] if sizes else None,
        message_types=draw(_COUNTS),
        field_fill=draw(_COUNTS),
        conformance=draw(_COUNTS),
        first_timestamp=first,
        last_timestamp=last,
        control_ids_seen=seen,
        **control_id_fields(seen, sample),
    )


@settings(max_examples=100)
@given(profiles(), profiles(), profiles())
def test_merge_is_associative(a, b, c):
    assert merge(merge(a, b), c) == merge(a, merge(b, c))


@settings(max_examples=100)
@given(profiles())
def test_empty_is_the_identity_of_merge(a):
    assert merge(FeedProfile.empty(), a) == a
    assert merge(a, FeedProfile.empty()) == a


@settings(max_examples=100)
@given(profiles(), profiles())
def test_a_json_round_trip_loses_nothing_merge_needs(a, b):
    def again(p: FeedProfile) -> FeedProfile:
        return FeedProfile.from_dict(json.loads(json.dumps(p.to_dict())))

    assert again(a) == a
    assert merge(again(a), again(b)) == merge(a, b)


def test_merge_counts_a_control_id_seen_in_both_parts_as_a_duplicate():
    a = FeedProfile(control_ids_seen=1, **control_id_fields(1, {7: 1}))
    assert merge(a, a).duplicate_control_ids == 1


def test_merge_keeps_keys_whose_counts_are_zero():
    a = FeedProfile(conformance={"strict-validation-failed": 0})
    assert merge(a, FeedProfile.empty()).conformance == {"strict-validation-failed": 0}


def test_fill_rate_is_none_for_a_segment_never_seen():
    assert FeedProfile.empty().fill_rate("PID-3") is None


def test_z_segments_lists_the_z_segment_ids_sorted():
    profile = FeedProfile(segments={"ZPV": 2, "PID": 3, "ZAB": 1})
    assert profile.z_segments == ("ZAB", "ZPV")


def test_key_is_sender_then_receiver():
    profile = FeedProfile(
        sending_application="PAS",
        sending_facility="H",
        receiving_application="EHR",
        receiving_facility="H2",
    )
    assert profile.key == ("PAS", "H", "EHR", "H2")


def test_merge_unites_field_labels():
    a = FeedProfile(field_labels={"2.5|PID-3": "PID-3 Patient Identifier List, CX, required"})
    b = FeedProfile(field_labels={"2.5|PID-5": "PID-5 Patient Name, XPN, required"})
    assert merge(a, b).field_labels == {**a.field_labels, **b.field_labels}


def _places(*rows: tuple[int, str, int]) -> FeedProfile:
    return FeedProfile(repeat_places=repeat_places(rows), first_seen={})


def test_a_control_id_sent_in_two_parts_is_cited_where_it_was_sent_again():
    whole = merge(_places((7, "a.hl7", 3)), _places((7, "a.hl7", 9), (8, "a.hl7", 10)))
    assert whole.first_seen[REPEATED_CONTROL_ID] == ("a.hl7", 9)


def test_the_repeat_cited_is_that_of_the_smallest_digest_whatever_the_order_of_parts():
    parts = [_places((9, "a", 1)), _places((5, "a", 2)), _places((9, "a", 3), (5, "a", 4))]
    forward = merge(merge(parts[0], parts[1]), parts[2])
    backward = merge(parts[2], merge(parts[1], parts[0]))
    assert forward == backward
    assert forward.first_seen[REPEATED_CONTROL_ID] == ("a", 4)


def test_only_the_smallest_digests_keep_their_places_and_two_places_each():
    rows = [(d, "a", o) for d in range(REPEAT_WITNESSES + 10) for o in (30, 10, 20)]
    kept = repeat_places(rows)
    assert {d for d, _, _ in kept} == set(range(REPEAT_WITNESSES))
    assert [o for d, _, o in kept if d == 0] == [10, 20]


def test_a_feed_whose_kept_ids_were_sent_once_cites_no_repeat():
    profile = merge(_places((1, "a", 1)), _places((2, "a", 2)))
    assert REPEATED_CONTROL_ID not in profile.first_seen

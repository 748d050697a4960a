"""The bounded summaries of a feed: a control-id sample and a size histogram that merge to the
same bits however the feed is split, with the error docs/output.md states."""

from __future__ import annotations

import math
import pickle
import random
from collections import Counter
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.feed_profile import FeedProfile, control_id_fields, merge
from assessor.serialization import PlainDataError
from assessor.sketches import (
    CONTROL_ID_SAMPLE,
    bucket_middle,
    decode_sample,
    encode_sample,
    estimate_duplicates,
    histogram_quantile,
    size_bucket,
    smallest_distinct,
    unite_samples,
)


def profile_of(ids: list[int]) -> FeedProfile:
    """A profile holding only control ids (as digests), the way the profiler counts them."""
    return FeedProfile(control_ids_seen=len(ids), **control_id_fields(len(ids), Counter(ids)))


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 12_000), st.integers(1, 30_000), st.integers(0, 2**32))
def test_a_sample_of_parts_merged_in_any_order_is_the_sample_of_the_whole(count, span, seed):
    rng = random.Random(seed)
    ids = [rng.randrange(span) for _ in range(count)]
    cuts = sorted(rng.randint(0, count) for _ in range(rng.randint(0, 6)))
    bounds = [0, *cuts, count]
    parts = [profile_of(ids[a:b]) for a, b in pairwise(bounds)]
    rng.shuffle(parts)
    while len(parts) > 1:
        i = rng.randrange(len(parts) - 1)
        parts[i : i + 2] = [merge(parts[i], parts[i + 1])]
    assert parts[0].to_dict() == profile_of(ids).to_dict()


def test_the_sample_keeps_the_smallest_digests_with_their_counts():
    sample = {9: 1, 3: 2, 7: 1, 1: 5}
    assert smallest_distinct(sample, k=2) == {1: 5, 3: 2}


def test_uniting_samples_adds_the_counts_of_a_digest_both_hold():
    assert unite_samples({5: 1, 8: 1}, {5: 2, 9: 1}, k=2) == {5: 3, 8: 1}


def test_duplicates_are_exact_while_the_sample_holds_every_id():
    ids = list(range(1000)) + list(range(0, 1000, 10))
    profile = profile_of(ids)
    assert profile.duplicate_control_ids == 100
    assert profile.duplicates_exact


def test_a_feed_with_no_repeated_id_has_no_duplicates_however_large():
    profile = profile_of(list(range(200_000)))
    assert profile.duplicate_control_ids == 0
    assert not profile.duplicates_exact


def test_the_sample_never_holds_more_than_its_size():
    profile = profile_of(list(range(3 * CONTROL_ID_SAMPLE)))
    assert len(profile.control_id_counts) == CONTROL_ID_SAMPLE


def test_duplicates_past_the_sample_are_estimated_within_the_stated_error():
    # 200,000 distinct ids, 5% of them sent twice: about 205 repeated ids in the sample, so
    # the relative standard error is about 1/sqrt(205) = 7%; three of them is 21%
    rng = random.Random(16)
    digests = rng.sample(range(2**53), 200_000)
    ids = digests + digests[:10_000]
    estimate = profile_of(ids).duplicate_control_ids
    assert abs(estimate - 10_000) <= 0.21 * 10_000


def test_the_estimate_is_the_repeat_share_of_the_sample_applied_to_every_id():
    # 4 distinct ids in the sample, 2 repeats: a third of the sample's messages repeat an id
    assert estimate_duplicates(600, {1: 2, 2: 2, 3: 1, 4: 1}) == 200


def test_a_size_bucket_is_at_most_a_sixteenth_of_its_lower_bound_wide():
    for size in (31, 32, 33, 1000, 4097, 65_535, 10**9):
        lower = size_bucket(size)
        upper = next(s for s in range(size, 2 * size + 2) if size_bucket(s) != lower)
        assert lower <= size < upper
        assert upper - lower <= max(1, lower / 16)


def test_sizes_under_32_bytes_are_their_own_bucket():
    assert [size_bucket(s) for s in range(32)] == list(range(32))


def test_a_quantile_read_from_the_histogram_is_within_three_percent():
    rng = random.Random(3)
    sizes = sorted(rng.randint(200, 90_000) for _ in range(5001))
    histogram = Counter(map(size_bucket, sizes))
    for q in (0.01, 0.5, 0.99):
        true = sizes[math.ceil(q * len(sizes)) - 1]  # nearest rank
        assert abs(histogram_quantile(histogram.items(), q) - true) <= true / 32


def test_the_middle_of_a_bucket_lies_inside_it():
    lower = size_bucket(50_000)
    assert size_bucket(bucket_middle(lower)) == lower


def test_the_size_quantile_of_a_profile_stays_between_its_smallest_and_largest():
    profile = FeedProfile(size_min=100, size_max=101, size_histogram={"100": 2})
    assert profile.size_quantile(0.5) == 101
    assert FeedProfile.empty().size_quantile(0.5) is None


@given(st.dictionaries(st.integers(0, 2**53 - 1), st.integers(1, 2**40), max_size=50))
def test_a_sample_reads_back_as_it_was_written(sample):
    assert decode_sample(encode_sample(sample)) == sample


def test_a_sample_takes_eight_bytes_an_id_before_base64():
    assert len(encode_sample(dict.fromkeys(range(3000), 1))) == 4 * 3000 * 8 // 3


def test_a_damaged_sample_is_refused_when_a_saved_profile_is_loaded():
    written = profile_of(list(range(10))).to_dict()
    for damaged in (written["control_id_sample"][:-4], "not base64!"):
        with pytest.raises(PlainDataError, match="control-id sample"):
            FeedProfile.from_dict({**written, "control_id_sample": damaged})


def test_a_profile_with_its_sample_read_still_pickles_for_another_process():
    profile = profile_of([1, 2, 2])
    assert pickle.loads(pickle.dumps(profile)) == profile

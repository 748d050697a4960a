"""Segment shapes (the big-integer way of collapsing content runs agrees with the token way)
and masked layouts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.connectors.hl7v2.shapes import _shapes_by_tokens, mask, segment_shapes


def shape_table(delimiters: bytes) -> bytes:
    """What the profiler builds: content -> space, CR -> #, each delimiter -> its mark."""
    table = bytearray(b" " * 256)
    table[ord("\r")] = ord("#")
    for char, mark in zip(delimiters, b"|^~&", strict=False):
        table[char] = mark
    return bytes(table)


def test_content_runs_collapse_to_one_x_and_segments_split():
    data = b"PID|1||12345^^^HOSP^MR~99^^^NHS||DOE^JANE\rPV1||I|WARD^1\rZPV"
    assert segment_shapes(data, shape_table(b"|^~&")) == [
        b"x|x||x^^^x^x~x^^^x||x^x",
        b"x||x|x^x",
        b"x",
    ]


def test_a_message_of_nothing_but_content_keeps_the_token_ways_answer():
    assert segment_shapes(b"MSH", shape_table(b"|^~&")) == [b"xx"]


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from([b"|^~&", b"#*!$", b"|^~"]),
    st.lists(st.sampled_from(b"ab \\\r\x00\x01\x80\x81\xc1\xfe\xff#|^~&*!$"), max_size=40),
)
def test_segment_shapes_agree_with_the_token_way(delimiters, chars):
    data = bytes(chars)
    table = shape_table(delimiters)
    assert segment_shapes(data, table) == _shapes_by_tokens(data, table)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"GIDEON", "A"),
        (b"AB1 2CD", "A9 9A"),
        (b"555-0147", "9-9"),
        (b"Caf\xe9", "AA"),
        (b"\xe9\xe8t\xe9", "AAA"),
        (b"|3|ZEBEDEE^Q|Y", "|9|A^A|A"),
        (b"", ""),
    ],
)
def test_a_value_is_masked_to_its_layout(value, expected):
    assert mask(value) == expected

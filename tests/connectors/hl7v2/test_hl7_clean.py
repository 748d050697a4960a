"""Framing's look at a whole buffer: the C pass and the Python scans give the same answers."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.connectors.hl7v2 import framing

try:
    from assessor.connectors.hl7v2 import _scan
except ImportError:
    _scan = None

pytestmark = pytest.mark.skipif(
    _scan is None and os.environ.get("CI") != "true",
    reason="the C extension assessor.connectors.hl7v2._scan was not built (no C compiler)",
)

PIECES = (
    *("MSH", "|", "^", "\r", "\r\r", " ", "S", "H", "T", "HS", "BHS|", "A", "1", "\xe9"),
    *("]", "[SOM]", "\xef\xbb\xbf", "\xfe", "\xff", "FTS", "BHS^"),
    *("\x00", "\x07", "\t", "\n", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f"),
)


@pytest.mark.parametrize(
    ("buffer", "expected"),
    [
        (b"MSH|^~\\&|A\rPID|1\rMSH|^~\\&|B", (True, False)),
        (b"MSH|^~\\&|A\r\rPID|1", (True, True)),
        (b"MSH|^~\\&|A\r PID|1", (True, True)),
        (b"MSH|^~\\&|A \rPID|1 \rMSH|^~\\&|B", (True, False)),
        (b"MSH|^~\\&|A\rBHS|1", (False, False)),
        (b"MSH|^~\\&|A\rBHS^1", (False, False)),
        (b"MSH|^~\\&|A\r[SOM]MSH|1", (False, False)),
        (b"MSH|^~\\&|A\rPID|1|S|MSH|2", (True, False)),
        (b"MSH|^~\\&|A\x00\rPID|1", (False, False)),
        (b"MSH#^~\\&#A\rFTS#1", (False, False)),
    ],
)
def test_the_c_pass_tells_a_clean_buffer(buffer, expected):
    assert framing._clean_in_c(buffer) == expected
    assert framing._clean_python(buffer) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_c_pass_and_the_python_scans_agree(pieces):
    buffer = "".join(pieces).encode("latin-1")
    assert framing._clean_in_c(buffer) == framing._clean_python(buffer)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_c_and_python_checks_of_one_message_agree(pieces):
    message = ("MSH" + "".join(pieces)).encode("latin-1")
    assert framing._one_message_in_c(message) == framing._one_message_python(message)


@pytest.mark.parametrize(
    ("message", "plain"),
    [
        (b"MSH|^~\\&|A\rPID|1 \rPV1|1", True),
        (b"MSH|^~\\&|A\rPID|1\rMSH|^~\\&|B", False),
        (b"MSH|^~\\&|A\rPID|1 [SOM]MSH|^~\\&|B", False),
        (b"MSH|^~\\&|A\rPID|1|S|MSH|2", True),
        (b"MSH|^~\\&|A\rBTS|1", False),
        (b"MSH|^~\\&|A\rPID|1\x00", False),
    ],
)
def test_one_message_is_framed_as_it_stands_unless_it_holds_more(message, plain):
    assert framing._one_message_in_c(message) is plain
    assert framing._one_message_python(message) is plain

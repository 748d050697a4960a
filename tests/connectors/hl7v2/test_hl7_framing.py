"""Reading and framing: every way real files wrap messages yields the same messages."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from assessor.connectors.hl7v2.framing import (
    FramingProblem,
    RawMessage,
    open_binary,
    read_messages,
)


def frame(data: bytes, **options: int) -> tuple[list[RawMessage], list[FramingProblem]]:
    items = list(read_messages(io.BytesIO(data), **options))
    return (
        [i for i in items if isinstance(i, RawMessage)],
        [i for i in items if isinstance(i, FramingProblem)],
    )


def test_cr_lf_and_crlf_segment_ends_give_the_same_messages(message):
    two = [message(control_id="A"), message(control_id="B")]
    with_cr = b"\r".join(two) + b"\r"
    as_lf = with_cr.replace(b"\r", b"\n")
    as_crlf = with_cr.replace(b"\r", b"\r\n")
    expected = [m.data for m in frame(with_cr)[0]]
    assert expected == two
    assert [m.data for m in frame(as_lf)[0]] == expected
    assert [m.data for m in frame(as_crlf)[0]] == expected


def test_mllp_frames_are_unwrapped_and_marked(message):
    data = b"".join(b"\x0b" + message(control_id=c) + b"\r\x1c\r" for c in "ABC")
    messages, problems = frame(data)
    assert [m.data for m in messages] == [message(control_id=c) for c in "ABC"]
    assert {m.framing for m in messages} == {"mllp"}
    assert problems == []


def test_batch_envelope_segments_are_not_part_of_any_message(message):
    data = b"\r".join(
        [
            b"FHS|^~\\&|PAS|GENHOSP",
            b"BHS|^~\\&|PAS|GENHOSP",
            message(control_id="A"),
            message(control_id="B"),
            b"BTS|2",
            b"FTS|1",
        ]
    )
    messages, problems = frame(data)
    assert [m.data for m in messages] == [message(control_id="A"), message(control_id="B")]
    assert {m.framing for m in messages} == {"batch"}
    assert problems == []


def test_bom_and_stray_white_space_before_the_first_message_are_skipped(message):
    messages, problems = frame(b"\xef\xbb\xbf \r\n\t" + message() + b"\r\n\r\n  \r\n")
    assert [m.data for m in messages] == [message()]
    assert problems == []


def test_text_marker_before_msh_is_read_and_flagged(message):
    messages, _ = frame(b"[SOM]" + message() + b"[EOM]")
    assert len(messages) == 1
    assert messages[0].marker is True
    assert messages[0].data.startswith(b"MSH|")


def test_a_message_split_across_read_chunks_is_read_whole(message):
    data = b"\r".join(message(control_id=f"C{i}") for i in range(50))
    messages, problems = frame(data, chunk_bytes=37)
    assert [m.data for m in messages] == [message(control_id=f"C{i}") for i in range(50)]
    assert problems == []


def test_messages_carry_ordinal_and_byte_offset(message):
    first, second = message(control_id="A"), message(control_id="B")
    messages, _ = frame(first + b"\r" + second)
    assert [(m.ordinal, m.offset) for m in messages] == [(1, 0), (2, len(first) + 1)]


@pytest.mark.parametrize("ending", [b"\r", b"\r\n", b"\n"])
@pytest.mark.parametrize("chunk_bytes", [1 << 20, 997])
def test_every_message_of_a_long_file_carries_its_ordinal_and_byte_offset(
    message, ending, chunk_bytes
):
    sent = [message(control_id=f"C{i}").replace(b"\r", ending) for i in range(200)]
    data = b"".join(m + ending for m in sent)
    messages, problems = frame(data, chunk_bytes=chunk_bytes)
    starts, at = [], 0
    for m in sent:
        starts.append(at)
        at += len(m) + len(ending)
    assert [(m.ordinal, m.offset) for m in messages] == list(enumerate(starts, start=1))
    assert [m.data for m in messages] == [message(control_id=f"C{i}") for i in range(200)]
    assert problems == []


def test_a_10_mb_segment_is_skipped_and_the_next_message_still_read(message):
    huge = message(control_id="BIG") + b"\rOBX|1|ED|PDF||" + b"A" * (10 << 20)
    messages, problems = frame(message(control_id="A") + b"\r" + huge + b"\r" + message())
    assert [m.data for m in messages] == [message(control_id="A"), message()]
    assert [(p.kind, p.location) for p in problems] == [("oversized-message", "message 2")]
    assert [m.ordinal for m in messages] == [1, 3]


def test_binary_junk_between_messages_is_reported_with_its_byte_offset(message):
    junk = bytes(range(256)) * 4
    first = message(control_id="A")
    messages, problems = frame(first + b"\r" + junk + b"\r" + message(control_id="B"))
    assert [m.data[:40] for m in messages] == [
        message(control_id="A")[:40],
        message(control_id="B")[:40],
    ]
    assert "binary-junk" in {p.kind for p in problems}
    assert all("\x00" not in p.message for p in problems)


def test_segments_before_any_msh_are_reported_as_missing_msh(message):
    messages, problems = frame(b"PID|1||MRN48213\rPV1|1|I\r" + message())
    assert len(messages) == 1
    assert [(p.kind, p.location) for p in problems] == [("missing-msh", "byte 0")]


def test_text_that_is_not_hl7_is_reported_as_such():
    messages, problems = frame(b"Dear colleague,\nplease find the results attached.\n")
    assert messages == []
    assert [p.kind for p in problems] == ["not-hl7"]


@pytest.mark.parametrize("data", [b"", b"  \r\n\r\n\t "])
def test_an_empty_file_is_reported_as_empty(data):
    messages, problems = frame(data)
    assert messages == []
    assert [p.kind for p in problems] == ["empty-file"]


def test_an_mllp_frame_never_closed_is_reported_as_truncated(message):
    messages, problems = frame(b"\x0b" + message(control_id="A") + b"\x1c\r\x0b" + message())
    assert len(messages) == 2
    assert [p.kind for p in problems] == ["truncated-message"]


def test_gzip_files_are_read_transparently(tmp_path: Path, message):
    path = tmp_path / "feed.hl7.gz"
    path.write_bytes(gzip.compress(message()))
    with open_binary(path) as stream:
        assert [m.data for m in read_messages(stream)] == [message()]


def test_a_truncated_gzip_stream_reports_truncation_and_keeps_what_was_read(tmp_path, message):
    packed = gzip.compress(b"\r".join(message(control_id=f"C{i}") for i in range(2000)))
    path = tmp_path / "cut.hl7.gz"
    path.write_bytes(packed[: len(packed) // 2])
    with open_binary(path) as stream:
        items = list(read_messages(stream, chunk_bytes=4096))
    kinds = [i.kind for i in items if isinstance(i, FramingProblem)]
    assert kinds == ["truncated-gzip"]
    assert sum(isinstance(i, RawMessage) for i in items) > 0


def test_progress_reports_every_byte_consumed(message):
    data = b"\r".join(message(control_id=f"C{i}") for i in range(20))
    seen: list[int] = []
    list(read_messages(io.BytesIO(data), seen.append, chunk_bytes=100))
    assert sum(seen) == len(data)

"""A damaged gzip file gives every byte before the damage, then a classified error."""

from __future__ import annotations

import gzip
import io
import random

import pytest

from assessor.connectors.gunzip import GzipDamage, GzipReader

DATA = random.Random(7).randbytes(40_000) + b"MSH|^~\\&|A|B\r" * 20_000


def read_all(data: bytes, size: int = 4096) -> tuple[bytes, str | None]:
    """What the reader hands out, and the kind of damage it reported (None at a clean end)."""
    reader = GzipReader(io.BytesIO(data))
    out = b""
    try:
        while chunk := reader.read(size):
            out += chunk
    except GzipDamage as damage:
        return out, damage.kind
    return out, None


def test_an_intact_file_reads_whole() -> None:
    assert read_all(gzip.compress(DATA)) == (DATA, None)


def test_concatenated_members_read_as_one_stream() -> None:
    assert read_all(gzip.compress(DATA) + gzip.compress(b"tail")) == (DATA + b"tail", None)


def test_zero_padding_after_the_data_is_ignored() -> None:
    assert read_all(gzip.compress(DATA) + b"\0" * 512) == (DATA, None)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9])
def test_a_truncated_file_hands_out_what_came_before_the_cut(keep: float) -> None:
    packed = gzip.compress(DATA)
    out, kind = read_all(packed[: int(len(packed) * keep)])
    assert kind == "truncated-gzip"
    assert DATA.startswith(out)
    assert out


def test_garbage_after_the_data_is_corrupt() -> None:
    out, kind = read_all(gzip.compress(DATA) + b"junk")
    assert (out, kind) == (DATA, "corrupt-gzip")


def test_a_header_with_nothing_valid_after_it_is_corrupt() -> None:
    assert read_all(b"\x1f\x8b" + b"\0" * 9) == (b"", "corrupt-gzip")


def test_a_bomb_never_inflates_past_what_was_asked() -> None:
    reader = GzipReader(io.BytesIO(gzip.compress(b"\0" * (64 << 20))))
    assert len(reader.read(1000)) == 1000


def test_damage_is_raised_once_then_the_stream_is_over() -> None:
    reader = GzipReader(io.BytesIO(gzip.compress(DATA)[:100]))
    with pytest.raises(GzipDamage):
        while reader.read(4096):
            pass
    assert reader.read(4096) == b""

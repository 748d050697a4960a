"""The first repeated control id of a feed is found exactly on short feeds and in bounded memory
on long ones (where a finding on duplicates says it was seen)."""

from __future__ import annotations

from zlib import crc32

from assessor.connectors.hl7v2.provenance import RepeatFinder


def test_a_control_id_sent_again_is_found_at_its_position() -> None:
    finder = RepeatFinder()
    assert finder.first([b"A1", b"A2"]) is None
    assert finder.first([b"A3", b"A1", b"A2"]) == 1


def test_a_repeat_inside_one_group_is_found_at_the_second_copy() -> None:
    assert RepeatFinder().first([b"A1", b"A2", b"A1"]) == 2


def test_missing_control_ids_are_never_repeats() -> None:
    finder = RepeatFinder()
    assert finder.first([b"", b"A1", b""]) is None
    assert finder.first([b""]) is None


def test_the_ids_kept_stay_within_the_capacity_on_a_long_feed() -> None:
    finder = RepeatFinder(capacity=64)
    for start in range(0, 20_000, 1_000):
        assert finder.first([f"M{n}".encode() for n in range(start, start + 1_000)]) is None
    assert 0 < finder.kept <= 64


def test_past_the_capacity_a_repeat_of_a_sampled_id_is_still_found() -> None:
    # an id whose CRC-32 ends in 16 zero bits stays in the sample at every level up to 16
    sampled = next(i for i in (f"S{n}".encode() for n in range(1_000_000)) if not crc32(i) & 0xFFFF)
    finder = RepeatFinder(capacity=64)
    for start in range(0, 20_000, 1_000):
        finder.first([f"M{n}".encode() for n in range(start, start + 1_000)])
    assert finder.first([b"X", sampled]) is None
    assert finder.first([b"Y", b"Z", sampled]) == 2

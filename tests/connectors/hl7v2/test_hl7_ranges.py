"""Byte ranges of a file, read one by one and joined, give what one read of the file gives."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from assessor.connectors.hl7v2 import Hl7v2Connector
from assessor.connectors.hl7v2.framing import CHUNK_BYTES
from assessor.connectors.hl7v2.ranges import (
    MAX_RANGE_BYTES,
    MIN_RANGE_BYTES,
    RANGES_PER_WORKER,
    byte_ranges,
    file_size,
    range_size,
    read_range,
    read_ranges,
    wrong_guesses,
)
from assessor.model import Inventory

SAMPLE_HL7 = Path(__file__).parents[3] / "sample_feeds" / "hl7"
REPEAT_FACT = "duplicate_control_ids|MSH-10"  # not split-invariant: see docs/scale.md


def _message(n: int) -> bytes:
    return (
        f"MSH|^~\\&|PAS|GENHOSP|EHR|GENHOSP|202403{1 + n % 28:02d}1200||ADT^A01^ADT_A01|"
        f"ID{n}|P|2.5.1\rEVN|A01\rPID|1||MRN{n}^^^GENHOSP^MR||DOE^J\rPV1|1|I|W{n % 5}"
    ).encode()


def _comparable(inventory: Inventory) -> dict:
    data = inventory.to_dict()
    for flow in data["flows"]:
        flow["profile"]["first_seen"].pop(REPEAT_FACT, None)
    return data


@pytest.mark.parametrize("range_bytes", [997, 8_192, 65_537])
@pytest.mark.parametrize("path", sorted(SAMPLE_HL7.iterdir()), ids=lambda p: p.name)
def test_the_sample_feeds_read_by_ranges_give_the_whole_files_inventory(
    path: Path, range_bytes: int
) -> None:
    connector = Hl7v2Connector(validate="none")
    whole = connector.scan(str(path))
    joined = connector.finish(read_ranges(connector, str(path), str(path), range_bytes))
    assert _comparable(joined) == _comparable(whole)


def test_a_range_that_guessed_its_framing_wrong_is_read_again(tmp_path: Path) -> None:
    # plain messages for more than the first chunk, then MLLP frames: a range after the first
    # chunk guesses "plain" from the file's head, and the ranges before it prove it wrong
    plain = b"\r".join(_message(n) for n in range(9000)) + b"\r"
    assert len(plain) > CHUNK_BYTES
    mllp = b"".join(b"\x0b" + _message(n) + b"\x1c\r" for n in range(9000, 9500))
    path = tmp_path / "turns_mllp.hl7"
    path.write_bytes(plain + mllp)
    connector = Hl7v2Connector(validate="none")
    where = byte_ranges(str(path), file_size(str(path)), 100_000)
    reads = [read_range(connector, w, str(path)) for w in where]
    assert wrong_guesses([r.report for r in reads])
    whole = connector.scan(str(path))
    joined = connector.finish(read_ranges(connector, str(path), str(path), 100_000))
    assert _comparable(joined) == _comparable(whole)
    assert joined.flows[0].profile.framing == whole.flows[0].profile.framing


def test_a_gzip_file_is_one_range_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "old.hl7.gz"
    path.write_bytes(gzip.compress(b"\r".join(_message(n) for n in range(2000))))
    assert len(byte_ranges(str(path), file_size(str(path)), 1_000)) == 1
    connector = Hl7v2Connector(validate="none")
    joined = connector.finish(read_ranges(connector, str(path), str(path), 1_000))
    assert joined.scan.sources[0].messages == 2000


def test_a_file_is_cut_into_the_fewest_even_ranges_within_the_size(tmp_path: Path) -> None:
    path = tmp_path / "feed.hl7"
    path.write_bytes(b"\r".join(_message(n) for n in range(100)))
    size = file_size(str(path))
    where = byte_ranges(str(path), size, size // 3 + 1)
    assert [(w.start, w.end) for w in where] == [(0, size // 3), (size // 3, 2 * size // 3),
                                                 (2 * size // 3, size)]  # fmt: skip


def test_the_archive_is_cut_into_ranges_enough_for_every_worker_thread() -> None:
    share = 4 * MIN_RANGE_BYTES
    assert range_size(share * 2 * RANGES_PER_WORKER, 2) == share


def test_ranges_are_never_cut_smaller_than_their_fixed_cost_allows() -> None:
    assert range_size(10 * MIN_RANGE_BYTES, 50) == MIN_RANGE_BYTES


def test_ranges_are_never_larger_than_a_lost_worker_should_cost() -> None:
    assert range_size(1000 * MAX_RANGE_BYTES, 1) == MAX_RANGE_BYTES

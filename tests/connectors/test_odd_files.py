"""A folder of odd real-world files: every message of every MSH-bearing file is accounted for,
every other file is listed with the reason it was skipped, and the scan never hangs or raises."""

from __future__ import annotations

import gzip
import json
import os
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import main


def message(sender: str, n: int) -> bytes:
    """One small ADT message from ``sender``; a distinct sender per file keeps flows apart."""
    return (
        f"MSH|^~\\&|{sender}|H|EHR|H|20260301083000||ADT^A01|{sender}{n}|P|2.5\r"
        f"EVN|A01|20260301083000\rPID|1||{n}^^^H^MR||DOE^JANE\r"
    ).encode()


def readable_prefix(packed: bytes) -> bytes:
    """What a gzip reader can inflate before the data stops."""
    return zlib.decompressobj(31).decompress(packed)


@pytest.fixture
def odd_folder(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The odd files, and for each MSH-bearing file how many messages it holds."""
    folder = tmp_path / "odd"
    folder.mkdir()
    expected: dict[str, int] = {}

    def put(name: str, data: bytes, messages: int | None = None) -> None:
        (folder / name).write_bytes(data)
        if messages is not None:
            expected[(folder / name).as_posix()] = messages

    put("good.hl7", b"".join(message("GOOD", i) for i in range(5)), 5)
    put("empty.txt", b"")
    put("binary.bin", bytes(range(256)) * 4)
    put("bom.txt", b"\xef\xbb\xbf")
    put("notes.txt", b"minutes of the interface meeting\n")
    put("no_encoding.hl7", b"MSH|\rPID|1||123\r", 1)
    put("late_header.txt", b"export of 2026-03-01\n" * 400 + message("LATE", 1), 1)
    whole = b"".join(message("CUT", i) + b"NTE|1||" + b"x" * 300 + b"\r" for i in range(400))
    packed = gzip.compress(whole)[:2000]
    put("cut.hl7.gz", packed, readable_prefix(packed).count(b"MSH|"))
    put("text.gz", gzip.compress(b"hello\n" * 10))
    put("fake.gz", b"MSH is not here, and this is not gzip\n")
    put("tiny.gz", b"\x1f\x8b" + b"\x00" * 9)
    os.mkfifo(folder / "pipe.hl7")
    os.symlink(folder / "loop_a", folder / "loop_b")
    os.symlink(folder / "loop_b", folder / "loop_a")
    return folder, expected


def scan(folder: Path, *args: str) -> tuple[int, str, dict]:
    out = folder.parent / "inventory.json"
    result = CliRunner().invoke(main, ["scan", str(folder), "-o", str(out), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stderr, json.loads(out.read_text())


def test_every_message_of_every_msh_bearing_file_is_read_or_counted_as_an_error(
    odd_folder: tuple[Path, dict[str, int]],
) -> None:
    folder, expected = odd_folder
    _, _, data = scan(folder)
    sources = {s["source"]: s for s in data["scan"]["sources"]}
    for name, count in expected.items():
        assert sources[name]["kind"] == "hl7v2", name
        assert sources[name]["messages"] == count, name
        profiled = sum(f["message_count"] for f in data["flows"] if name in f["sources"])
        failed = {
            e["location"]
            for e in data["scan"]["errors"]
            if e["source"] == name and e["location"].startswith("message ")
        }
        assert profiled + len(failed) == count, name


def test_a_truncated_gzip_keeps_its_messages_and_records_the_truncation(
    odd_folder: tuple[Path, dict[str, int]],
) -> None:
    folder, expected = odd_folder
    _, _, data = scan(folder)
    cut = (folder / "cut.hl7.gz").as_posix()
    assert expected[cut] > 0
    assert {e["kind"] for e in data["scan"]["errors"] if e["source"] == cut} == {"truncated-gzip"}
    assert next(s for s in data["scan"]["sources"] if s["source"] == cut)["status"] == "partial"


def test_every_other_file_is_skipped_with_its_reason_or_is_an_error(
    odd_folder: tuple[Path, dict[str, int]],
) -> None:
    folder, _ = odd_folder
    code, stderr, data = scan(folder)
    assert code == 1
    skipped = {
        Path(s["source"]).name: s["reason"]
        for s in data["scan"]["sources"]
        if s["status"] == "skipped"
    }
    assert skipped == {
        "empty.txt": "an empty file",
        "binary.bin": "binary content",
        "bom.txt": "only white space or a byte-order mark",
        "notes.txt": "text of no kind assessor reads",
        "text.gz": "gzipped text of no kind assessor reads",
        "pipe.hl7": "a named pipe (FIFO), not a file: never opened",
    }
    for name, reason in skipped.items():
        assert f"skipped {(folder / name).as_posix()}: {reason}" in stderr
    errors = {
        Path(e["source"]).name: e["kind"] for e in data["scan"]["errors"] if not e["location"]
    }
    assert errors == {
        "fake.gz": "not-gzip",
        "tiny.gz": "corrupt-gzip",
        "loop_a": "unreadable-file",
        "loop_b": "unreadable-file",
    }
    listed = {Path(s["source"]).name for s in data["scan"]["sources"]} | set(errors)
    assert listed == {p.name for p in folder.iterdir()}


def test_a_named_fifo_is_an_error_and_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    code, stderr, data = scan(tmp_path / "pipe")
    assert code == 2
    assert [e["kind"] for e in data["scan"]["errors"]] == ["not-a-file"]
    assert "named pipe" in stderr

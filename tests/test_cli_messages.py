"""What the console says without -v: where the scan wrote, and why nothing could be scanned."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from assessor.cli import main

ADT = b"MSH|^~\\&|PAS|H|EHR|H|20260301||ADT^A01|1|P|2.5\rPID|1||1^^^H^MR\r"


def test_scan_says_where_it_wrote(tmp_path: Path) -> None:
    (tmp_path / "adt.hl7").write_bytes(ADT)
    out = tmp_path / "out" / "inventory.json"
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "adt.hl7"), "-o", str(out)])
    assert f"wrote {out}" in result.stderr.splitlines()


def test_a_folder_of_skipped_files_lists_each_reason_without_verbose(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("minutes of the interface meeting\n")
    (tmp_path / "empty.dat").write_bytes(b"")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "-o", str(tmp_path / "i.json")])
    assert result.exit_code == 2
    assert f"skipped {(tmp_path / 'empty.dat').as_posix()}: an empty file" in result.stderr
    assert f"skipped {(tmp_path / 'notes.txt').as_posix()}: text of no kind" in result.stderr


def test_a_scan_whose_every_source_failed_lists_the_errors_without_verbose(
    tmp_path: Path,
) -> None:
    (tmp_path / "feed.hl7.gz").write_bytes(b"\x1f\x8b" + b"\x00" * 9)
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "-o", str(tmp_path / "i.json")])
    assert result.exit_code == 2
    assert "feed.hl7.gz: corrupt-gzip: the gzip data is corrupt" in result.stderr


def test_assess_on_an_empty_folder_says_there_was_nothing_to_scan(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    result = CliRunner().invoke(
        main, ["assess", str(tmp_path / "feeds"), "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 2
    assert "error: nothing could be scanned: no file was found" in result.stderr
    assert "see the errors above" not in result.stderr

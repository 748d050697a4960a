"""Where the command line writes: checked before the work, never over an input, a link or a
device, private files in private folders, and one clear line (exit 2) when it cannot."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import main

ADT = (
    "MSH|^~\\&|PAS|H|EHR|H|20260301083000||ADT^A01|MSG{n}|P|2.3\r"
    "PID|1||{n}^^^H^MR||DOE^JANE||19700101|F\r"
)


def _feed(path: Path) -> Path:
    path.write_bytes("".join(ADT.format(n=1000 + i) for i in range(3)).encode())
    return path


def _run(*args: str | Path) -> object:
    return CliRunner().invoke(main, [str(a) for a in args])


def _one_error_line(result: object, *parts: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: ")
    for part in parts:
        assert part in line


def test_scan_refuses_to_write_its_inventory_over_its_input(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "adt.hl7")
    before = feed.read_bytes()
    result = _run("scan", feed, "-o", feed)
    _one_error_line(result, "is an input of this run")
    assert feed.read_bytes() == before


def test_scan_refuses_an_existing_feed_inside_the_folder_it_scans(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "adt.hl7")
    before = feed.read_bytes()
    result = _run("scan", tmp_path, "-o", feed)
    _one_error_line(result, "is an input of this run")
    assert feed.read_bytes() == before


def test_a_previous_inventory_inside_the_scanned_folder_may_be_replaced(tmp_path: Path) -> None:
    _feed(tmp_path / "adt.hl7")
    out = tmp_path / "inventory.json"
    assert _run("scan", tmp_path, "-o", out).exit_code in (0, 1)
    assert _run("scan", tmp_path, "-o", out).exit_code in (0, 1)
    assert '"schema_version"' in out.read_text()


def test_a_planted_temporary_link_beside_the_inventory_redirects_nothing(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "inventory.json"
    for name in ("inventory.json.tmp", ".inventory.json.tmp"):
        (out_dir / name).symlink_to(victim)
    result = _run("scan", _feed(tmp_path / "adt.hl7"), "-o", out)
    assert result.exit_code == 0, result.output
    assert victim.read_text() == "keep me"
    assert not out.is_symlink() and '"schema_version"' in out.read_text()


def test_an_output_that_is_a_link_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "inventory.json"
    out.symlink_to(victim)
    result = _run("scan", _feed(tmp_path / "adt.hl7"), "-o", out)
    _one_error_line(result, "is a symbolic link")
    assert victim.read_text() == "keep me" and out.is_symlink()


@pytest.fixture
def device(tmp_path: Path) -> Path:
    """A character device like /dev/null, made in the test's own folder."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot make a device node here (not root)")
    return node


def test_a_device_as_output_is_refused_and_stays_a_device(tmp_path: Path, device: Path) -> None:
    result = _run("scan", _feed(tmp_path / "adt.hl7"), "-o", device)
    _one_error_line(result, "not a regular file")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_named_pipe_as_output_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = _run("scan", _feed(tmp_path / "adt.hl7"), "-o", pipe)
    _one_error_line(result, "not a regular file")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_the_inventory_is_private_and_new_folders_are_private(tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper" / "inventory.json"
    previous = os.umask(0o022)
    try:
        result = _run("scan", _feed(tmp_path / "adt.hl7"), "-o", out)
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)
    modes = [oct(p.stat().st_mode & 0o777) for p in (out.parent.parent, out.parent)]
    assert modes == [oct(0o700)] * 2


def test_an_unwritable_inventory_path_is_refused_before_the_scan(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _run("scan", _feed(tmp_path / "adt.hl7"), "-o", blocker / "inventory.json")
    _one_error_line(result, "a-file")
    assert "scanned" not in result.stderr  # the summary line: the scan never ran


def test_assess_with_an_unwritable_report_folder_fails_before_the_scan(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _run("assess", _feed(tmp_path / "adt.hl7"), "-o", blocker / "reports")
    _one_error_line(result, "a-file")
    assert blocker.read_text() == "not a folder"


def test_assess_refuses_a_report_file_that_is_a_device(tmp_path: Path, device: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    os.rename(device, out / "blockers.csv")
    result = _run("assess", _feed(tmp_path / "adt.hl7"), "-o", out)
    _one_error_line(result, "blockers.csv is not a regular file")
    assert not (out / "roadmap.html").exists()


def test_report_refuses_to_overwrite_the_saved_file_it_reads(tmp_path: Path) -> None:
    inventory = tmp_path / "inventory.json"
    assert _run("scan", _feed(tmp_path / "adt.hl7"), "-o", inventory).exit_code == 0
    saved = tmp_path / "assessment.json"
    inventory.rename(saved)
    before = saved.read_bytes()
    result = _run("report", saved, "-o", tmp_path, "--format", "json")
    _one_error_line(result, "is an input of this run")
    assert saved.read_bytes() == before


def test_report_with_an_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    inventory = tmp_path / "inventory.json"
    assert _run("scan", _feed(tmp_path / "adt.hl7"), "-o", inventory).exit_code == 0
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = _run("report", inventory, "-o", blocker / "out")
    _one_error_line(result, "a-file")

"""``write_file``: a whole file or the previous one, never a half one or a stray temporary."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assessor.errors import UsageError
from assessor.safe_write import check_output_file, write_file


def test_a_write_replaces_the_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "inventory.json"
    target.write_text("old")
    write_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["inventory.json"]


def test_a_failed_write_keeps_the_previous_file_and_removes_its_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "inventory.json"
    target.write_text("old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(UsageError, match=r"cannot write .*: No space left on device"):
        write_file(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["inventory.json"]


def test_a_target_is_checked_against_the_inputs_by_what_it_is_not_how_it_is_named(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "adt.hl7"
    feed.write_text("MSH|")
    (tmp_path / "link.hl7").symlink_to(feed)
    with pytest.raises(UsageError, match="is an input of this run"):
        check_output_file(tmp_path / "sub" / ".." / "adt.hl7", [tmp_path / "link.hl7"])

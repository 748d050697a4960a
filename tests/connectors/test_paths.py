"""SQLite files are named relative to the working folder when they lie inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.connectors.paths import sqlite_url


def test_a_file_inside_the_working_folder_gets_a_relative_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert sqlite_url(tmp_path / "db" / "lis.sqlite") == "sqlite:///db/lis.sqlite"


def test_a_file_elsewhere_keeps_its_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert (
        sqlite_url(tmp_path / "lis.sqlite") == f"sqlite:///{(tmp_path / 'lis.sqlite').as_posix()}"
    )

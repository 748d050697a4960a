"""Fixtures for the HL7 v2 connector's tests (the messages themselves are in hl7_fixtures)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hl7_fixtures import build


@pytest.fixture
def message() -> Callable[..., bytes]:
    """A builder of invented messages (see :func:`build`)."""
    return build


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """Write bytes to a file under a temporary folder and return its path."""

    def _write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _write

"""Fixtures for the HL7 v2 connector's tests (the messages themselves are in hl7_fixtures)."""

from __future__ import annotations

import os
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


@pytest.fixture(params=["c", "python"])
def each_tally(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with each implementation of the profiler's inner loop
    (assessor.connectors.hl7v2.tally).

    The C one is skipped where it was not built (no C compiler at install), except in CI, where
    not building it is a failure.
    """
    from assessor.connectors.hl7v2 import profiler, tally

    if request.param == "c" and tally.IMPLEMENTATION != "c":
        if os.environ.get("CI") == "true":
            pytest.fail("the C extension assessor.connectors.hl7v2._tally was not built")
        pytest.skip(
            "the C extension assessor.connectors.hl7v2._tally was not built (no C compiler)"
        )
    chosen = tally.tally if request.param == "c" else tally.tally_python
    monkeypatch.setattr(profiler, "tally", chosen)
    return request.param

"""Fixtures for the HL7 v2 connector's tests (the messages themselves are in hl7_fixtures)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hl7_fixtures import build


def _real_connectors_package() -> None:
    """Make ``connectors`` the package, not the ``tests/connectors`` folder of tests.

    When a test module from ``tests/`` itself was collected first, ``tests/`` sits on sys.path
    and the folder ``tests/connectors`` (no ``__init__``) is found as a namespace package
    before the editable install's finder is asked.
    """
    found = sys.modules.get("connectors")
    if found is not None and getattr(found, "__file__", None):
        return
    for name in [m for m in sys.modules if m == "connectors" or m.startswith("connectors.")]:
        del sys.modules[name]
    tests = str(Path(__file__).parents[2])
    saved = sys.path[:]
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(tests).resolve()]
    try:
        importlib.import_module("connectors.hl7v2")
    finally:
        sys.path[:] = saved


_real_connectors_package()


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

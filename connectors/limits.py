"""How much one input file may cost to read: the byte limits of files parsed whole.

The nesting and number limits of what is parsed are in :mod:`assessor.limits`; the README
lists them all.
"""

from __future__ import annotations

from pathlib import Path

from assessor.limits import LimitExceeded

__all__ = ["MAX_ESTATE_BYTES", "MAX_FHIR_BYTES", "MAX_XML_BYTES", "read_bounded"]

MAX_ESTATE_BYTES = 16 << 20
"""An estate TOML file: a few KB for a hospital of 300 systems."""
MAX_FHIR_BYTES = 32 << 20
"""A CapabilityStatement (file or ``/metadata`` answer): the largest public ones are ~2 MB."""
MAX_XML_BYTES = 256 << 20
"""An interface-engine export, parsed whole: a full Mirth server backup is tens of MB."""


def read_bounded(path: str | Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, refusing a file of more than ``limit`` bytes before reading it all.

    Raises LimitExceeded, or OSError when the file cannot be read.
    """
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise LimitExceeded(f"{what} is larger than {limit:,} bytes, the limit")
    return data

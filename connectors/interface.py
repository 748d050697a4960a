"""What every connector promises, and the vocabulary of source kinds.

A connector is built with its options and scans one target at a time (a file path, or a
database URL) into an Inventory fragment. Bad content never raises: it is counted in the
fragment's ``scan.errors`` and the rest of the target is still read. Only a target that
cannot be read at all raises :class:`assessor.errors.SourceError`, which the caller records.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar

from assessor.model import Inventory

Progress = Callable[[int], None]
"""Called with the number of units (bytes for files, tables for databases) just finished."""


def no_progress(_done: int) -> None:
    """A progress callback that ignores progress."""


class SourceKind(StrEnum):
    """The kinds of source the scan understands."""

    HL7V2 = "hl7v2"
    MIRTH = "mirth"
    FHIR = "fhir"
    ESTATE = "estate"
    ESTATE_CSV = "estate-csv"
    SQLITE = "sqlite"
    DATABASE = "database"


class Connector(ABC):
    """Turns one target of its kind into an Inventory fragment."""

    kind: ClassVar[SourceKind]

    @abstractmethod
    def scan(self, target: str, progress: Progress = no_progress) -> Inventory:
        """Scan ``target`` (a path or a URL) and return what was found, errors included."""

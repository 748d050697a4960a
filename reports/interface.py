"""What every report format promises.

A format renders an Assessment to bytes without changing it; the caller decides where they go.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar, Protocol

from assessor.model import Assessment


class RuleDoc(Protocol):
    """What a report needs to know of a rule to document it (``assessor.rules.all_rules()``)."""

    id: str
    name: str
    dimension: object  # a Dimension or its value
    severity: object  # a Severity or its value
    doc: str


class ReportFormat(ABC):
    """One output format: a name for ``--format`` and the file name it is written to."""

    name: ClassVar[str]
    filename: ClassVar[str]

    @abstractmethod
    def render(self, assessment: Assessment) -> bytes:
        """The whole report as bytes, deterministic for the same assessment."""

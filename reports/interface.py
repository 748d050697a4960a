"""What every report format promises.

A format renders an Assessment to bytes without changing it; the caller decides where they go.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from assessor.model import Assessment


class ReportFormat(ABC):
    """One output format: a name for ``--format`` and the file name it is written to."""

    name: ClassVar[str]
    filename: ClassVar[str]

    @abstractmethod
    def render(self, assessment: Assessment) -> bytes:
        """The whole report as bytes, deterministic for the same assessment."""

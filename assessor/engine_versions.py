"""Where an interface engine's version stands: its licence and whether the vendor still ships fixes.

The facts come from ``data/engine_versions.csv`` (sources in ``data/SOURCES.md``): Mirth Connect
4.5.2 is the last open-source release; from 4.6 (2025-03-19) Mirth Connect is commercial only.

>>> engine_position("Mirth Connect", "4.5.2").licence
'open-source (MPL)'
>>> engine_position("Mirth Connect", "4.6.1").licence
'commercial'
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

__all__ = ["EnginePosition", "engine_position", "version_key"]


@dataclass(frozen=True)
class EnginePosition:
    """One release line of an engine: its licence, support end and the source that says so."""

    product: str
    first_version: str
    last_version: str
    licence: str
    vendor_support_end: date | None
    position: str
    source: str

    @property
    def commercial(self) -> bool:
        """Whether running the line needs a commercial licence."""
        return self.licence.startswith("commercial")

    def out_of_support(self, today: date) -> bool:
        """Whether the vendor ships no further release of this line on ``today``."""
        return self.vendor_support_end is not None and today >= self.vendor_support_end


def version_key(version: str) -> tuple[int, ...]:
    """A version as a tuple of its numbers, for comparing: ``4.5.2`` -> ``(4, 5, 2)``.

    >>> version_key("4.10.0") > version_key("4.9.1")
    True
    """
    numbers = []
    for part in version.strip().split("."):
        digits = "".join(c for c in part if c.isdigit())
        if not digits:
            break
        numbers.append(int(digits))
    return tuple(numbers)


@cache
def _lines() -> tuple[EnginePosition, ...]:
    text = resources.files("assessor").joinpath("data/engine_versions.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return tuple(
        EnginePosition(
            product=row["product"],
            first_version=row["first_version"],
            last_version=row["last_version"],
            licence=row["licence"],
            vendor_support_end=(
                date.fromisoformat(row["vendor_support_end"]) if row["vendor_support_end"] else None
            ),
            position=row["position"],
            source=row["source"],
        )
        for row in rows
    )


def engine_position(product: str | None, version: str | None) -> EnginePosition | None:
    """The release line ``version`` of ``product`` belongs to, or None when the table has none."""
    if not version or not version_key(version):
        return None
    wanted = (product or "Mirth Connect").casefold()
    if wanted in ("nextgen connect", "mirth"):
        wanted = "mirth connect"
    key = version_key(version)
    for line in _lines():
        if line.product.casefold() != wanted:
            continue
        if key >= version_key(line.first_version) and (
            not line.last_version or key <= version_key(line.last_version)
        ):
            return line
    return None

"""End of support: where a product version stands in its vendor's lifecycle on a given day.

The facts come from ``data/eol.csv``, copied from the endoflife.date project (each row keeps the
page it cites in its ``source`` column). Columns follow the reference file:
``end_of_support_eol`` is when the vendor stops fixing the cycle, ``extended_or_esu_end`` when
paid extended support (Microsoft ESU, Oracle extended, MariaDB's enterprise support) ends too.

>>> from datetime import date
>>> support_status("PostgreSQL", "15.20 (Debian 15.20-0+deb12u1)", date(2026, 11, 25)).status
'supported'
>>> support_status("postgresql", "10.23", date(2026, 11, 25)).status
'ended'
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

__all__ = ["LifecycleRow", "SupportStatus", "load_lifecycle", "normalise_product", "support_status"]

_PRODUCT_ALIASES = {
    "postgres": "postgresql",
    "postgresql": "postgresql",
    "pg": "postgresql",
    "mariadb": "mariadb",
    "mysql": "mysql",
    "mssql": "mssqlserver",
    "sqlserver": "mssqlserver",
    "mssqlserver": "mssqlserver",
    "microsoftsqlserver": "mssqlserver",
    "oracle": "oracle-database",
    "oracledatabase": "oracle-database",
    "db2": "ibm-db2",
    "ibmdb2": "ibm-db2",
    "windowsserver": "windows-server",
    "rhel": "rhel",
    "redhatenterpriselinux": "rhel",
}
_VERSION = re.compile(r"\d+(?:\.\d+)*")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_MARIADB_PREFIX = re.compile(r"^\s*5\.5\.5-")


@dataclass(frozen=True)
class LifecycleRow:
    """One release cycle of one product, as the reference table lists it."""

    product: str
    cycle: str
    label: str
    release_date: date | None
    end_of_active: date | None
    support_end: date | None
    extended_end: date | None
    source: str


@dataclass(frozen=True)
class SupportStatus:
    """Where one product version stands on one day.

    ``status`` is ``supported`` (vendor support runs), ``extended-only`` (only paid extended
    support is left), ``ended`` (no support at all) or ``unknown`` (product or cycle not in the
    table: the user must declare its dates).
    """

    product: str
    cycle: str | None
    support_end: date | None
    extended_end: date | None
    status: str
    source: str


def normalise_product(product: str) -> str:
    """The reference table's product id for a name as users and servers spell it.

    >>> normalise_product("Microsoft SQL Server")
    'mssqlserver'
    """
    key = _NOT_ALNUM.sub("", product.lower())
    return _PRODUCT_ALIASES.get(key, product.strip().lower())


def _parse_date(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def parse_lifecycle(text: str) -> tuple[LifecycleRow, ...]:
    """The rows of a lifecycle CSV in the reference layout."""
    return tuple(
        LifecycleRow(
            product=row["product"],
            cycle=row["cycle"],
            label=row["label"],
            release_date=_parse_date(row["release_date"]),
            end_of_active=_parse_date(row["end_of_active_or_premier"]),
            support_end=_parse_date(row["end_of_support_eol"]),
            extended_end=_parse_date(row["extended_or_esu_end"]),
            source=row["source"],
        )
        for row in csv.DictReader(io.StringIO(text))
    )


@cache
def load_lifecycle() -> tuple[LifecycleRow, ...]:
    """The lifecycle table shipped in ``assessor/data/eol.csv``."""
    text = resources.files("assessor").joinpath("data/eol.csv").read_text("utf-8")
    return parse_lifecycle(text)


def _numbers(text: str) -> tuple[int, ...]:
    match = _VERSION.search(text)
    return tuple(int(part) for part in match.group().split(".")) if match else ()


def _cycle_numbers(cycle: str) -> tuple[int, ...]:
    # "13.0-sp3" is the cycle of every 13.0 build the table still lists (its latest service pack).
    return _numbers(cycle.split("-")[0]) if cycle[:1].isdigit() else ()


def match_cycle(rows: Sequence[LifecycleRow], version: str) -> LifecycleRow | None:
    """The cycle a version belongs to: the longest cycle a version number in it begins with
    (``10.11.19`` -> ``10.11``; ``Microsoft SQL Server 2012 (SP4) 11.0.7001.0`` -> ``11.0``),
    else the release a label names (``2019``, ``2016 SP3``, ``19c``), as an estate file gives it.
    """
    for text in _VERSION.findall(version):
        numbers = _numbers(text)
        best: LifecycleRow | None = None
        for row in rows:
            cycle = _cycle_numbers(row.cycle)
            if not cycle and row.cycle == version.strip().lower():
                return row
            longer = best is None or len(cycle) > len(_cycle_numbers(best.cycle))
            if cycle and numbers[: len(cycle)] == cycle and longer:
                best = row
        if best is not None:
            return best
    return _match_label(rows, version)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _match_label(rows: Sequence[LifecycleRow], version: str) -> LifecycleRow | None:
    """The row whose label's words appear together in ``version`` (the longest label), or the
    one row whose label begins with all of ``version``'s words (``2016`` -> ``2016 SP3``)."""
    words = _words(version)
    if not words:
        return None
    best: LifecycleRow | None = None
    for row in rows:
        label = _words(row.label)
        inside = any(words[i : i + len(label)] == label for i in range(len(words)))
        if label and inside and (best is None or len(label) > len(_words(best.label))):
            best = row
    if best is not None:
        return best
    starting = [row for row in rows if _words(row.label)[: len(words)] == words]
    return starting[0] if len(starting) == 1 else None


def support_status(
    product: str,
    version: str,
    today: date,
    table: Sequence[LifecycleRow] | None = None,
) -> SupportStatus:
    """Where ``product`` ``version`` stands on ``today`` (against the shipped table by default).

    >>> support_status("mariadb", "10.5.27-MariaDB", date(2025, 7, 1)).status
    'extended-only'
    >>> support_status("postgresql", "17.2", date(2026, 1, 1)).status
    'unknown'
    """
    rows = load_lifecycle() if table is None else table
    product_id = normalise_product(product)
    if "mariadb" in version.lower():
        # MariaDB answers MySQL clients as "5.5.5-10.11.6-MariaDB": the prefix is not its version.
        product_id = "mariadb"
        version = _MARIADB_PREFIX.sub("", version)
    row = match_cycle([r for r in rows if r.product == product_id], version)
    if row is None:
        return SupportStatus(product_id, None, None, None, "unknown", "")
    if row.support_end is None:
        status = "unknown"
    elif today <= row.support_end:
        status = "supported"
    elif row.extended_end is not None and today <= row.extended_end:
        status = "extended-only"
    else:
        status = "ended"
    return SupportStatus(
        product=product_id,
        cycle=row.cycle,
        support_end=row.support_end,
        extended_end=row.extended_end,
        status=status,
        source=row.source,
    )

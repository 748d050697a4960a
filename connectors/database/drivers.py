"""The URL most people type (``postgresql://``, ``mysql://``) mapped to a driver that is installed.

SQLAlchemy reads a bare ``postgresql://`` as ``postgresql+psycopg2://`` and ``mysql://`` as
``mysql+mysqldb://``; assessor's extras install psycopg 3 and PyMySQL instead. When the default
driver is missing and another one for the same database is installed, the URL names that one,
and the scan says so once.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass

from assessor.connectors.database.urls import DRIVERS

__all__ = ["DriverChoice", "choose_driver"]

# dialect as typed -> (dialect SQLAlchemy knows, drivers in order of preference; default first)
_CANDIDATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "postgresql": ("postgresql", ("psycopg2", "psycopg")),
    "postgres": ("postgresql", ("psycopg2", "psycopg")),
    "mysql": ("mysql", ("mysqldb", "pymysql")),
    "mariadb": ("mariadb", ("mysqldb", "pymysql")),
    "mssql": ("mssql", ("pyodbc", "pymssql")),
    "oracle": ("oracle", ("oracledb", "cx_oracle")),
}
_BARE_SCHEME = re.compile(r"^([A-Za-z]+)://")


@dataclass(frozen=True)
class DriverChoice:
    """A URL with its driver named, and what to tell the user about the choice (or ``""``)."""

    url: str
    note: str = ""


def choose_driver(url: str) -> DriverChoice:
    """``url`` with an installed driver named when it names none and the default is missing.

    A URL that names its driver, or whose default driver is installed, or for which no driver
    is installed at all (the scan then says which to install), is returned unchanged.

    >>> choose_driver("sqlite:///lis.sqlite").url
    'sqlite:///lis.sqlite'
    """
    match = _BARE_SCHEME.match(url)
    typed = match.group(1).lower() if match else ""
    if typed not in _CANDIDATES:
        return DriverChoice(url)
    dialect, drivers = _CANDIDATES[typed]
    installed = [d for d in drivers if importlib.util.find_spec(DRIVERS[d][0]) is not None]
    if not installed or (installed[0] == drivers[0] and typed == dialect):
        return DriverChoice(url)
    scheme = f"{dialect}+{installed[0]}" if installed[0] != drivers[0] else dialect
    return DriverChoice(
        f"{scheme}://{url[match.end() :]}",  # type: ignore[union-attr]
        f"{typed}:// URLs are read with the installed {installed[0]} driver ({scheme}://)",
    )

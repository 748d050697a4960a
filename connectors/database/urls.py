"""Database URLs: environment expansion, masking, and what to say when a driver is missing.

A URL may hold ``${VAR}`` references so that no password sits in a file; they are expanded by
:mod:`assessor.environment`, and everything shown to a user goes through
:func:`assessor.masking.mask_url`.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from assessor import DISTRIBUTION
from assessor.environment import expand_url
from assessor.errors import SourceError
from assessor.masking import mask_url
from assessor.naming import slugify

__all__ = [
    "DRIVERS",
    "SUPPORTED_URLS",
    "check_driver",
    "expand_env",
    "masked",
    "parse_url",
    "product_family",
    "store_slug",
]

# driver module -> the extra that installs it (setup.cfg [options.extras_require])
DRIVERS: dict[str, tuple[str, str]] = {
    "psycopg": ("psycopg", "postgres"),
    "psycopg2": ("psycopg2", "postgres"),
    "pymysql": ("pymysql", "mysql"),
    "mysqldb": ("MySQLdb", "mysql"),
    "pyodbc": ("pyodbc", "mssql"),
    "pymssql": ("pymssql", "mssql"),
    "oracledb": ("oracledb", "oracle"),
    "cx_oracle": ("cx_Oracle", "oracle"),
}
SUPPORTED_URLS = (
    "sqlite:///path/to/file",
    "postgresql+psycopg://",
    "mysql+pymysql:// (MariaDB and MySQL)",
    "mssql+pyodbc://",
    "oracle+oracledb://",
)
_PREFERRED = {
    "postgresql": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mariadb": "mariadb+pymysql",
}
_EXTRAS = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql"}
_DEFAULT_DRIVER = {
    "postgresql": "psycopg2",
    "mysql": "mysqldb",
    "mariadb": "mysqldb",
    "mssql": "pyodbc",
    "oracle": "oracledb",
}


def expand_env(url: str, environ: Mapping[str, str] | None = None) -> str:
    """``url`` with every ``${VAR}`` replaced from ``environ`` (the process environment by default).

    >>> expand_env("postgresql://lis:${PW}@db/lis", {"PW": "s3cret"})
    'postgresql://lis:s3cret@db/lis'

    Raises :class:`SourceError` (kind ``bad-url``) naming the variable when one is not set.
    """
    return expand_url(url, "database URL", environ)


def parse_url(url: str) -> URL:
    """The SQLAlchemy URL object, or a :class:`SourceError` that shows only the masked URL.

    A URL whose password cannot be told apart from its host (a raw ``@``, or a ``:`` where no
    username ends) is refused before anything is resolved: connecting would look up a host
    made of part of the password.
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise SourceError(
            f"{mask_url(url)} is not a database URL; write it as "
            "dialect+driver://user:password@host:port/database or sqlite:///path/to/file",
            kind="bad-url",
        ) from None
    if _ambiguous_userinfo(url, parsed):
        raise SourceError(
            f"{mask_url(url)}: where the password ends cannot be told; percent-encode "
            "@ as %40, : as %3A and / as %2F in the user name and password",
            kind="bad-url",
        )
    return parsed


def _ambiguous_userinfo(text: str, parsed: URL) -> bool:
    """Whether ``text`` has an ``@`` that SQLAlchemy may not have read as the userinfo's end."""
    rest = text.partition("://")[2]
    last = rest.rfind("@")
    if rest.startswith("/") or last < 0 or ":" not in rest[:last]:
        return False
    return rest.count("@") > 1 or parsed.username is None


def check_driver(url: URL) -> None:
    """Raise :class:`SourceError` (kind ``driver-missing``) if the URL's DB-API driver is absent.

    The message names the extra to install, e.g.
    ``pip install 'healthcare-estate-assessor[mssql]'``; a dialect SQLAlchemy does not know is
    a ``bad-url`` whose message lists the URLs assessor reads.
    """
    backend = url.get_backend_name()
    if backend == "sqlite":
        return
    if backend not in _DEFAULT_DRIVER:
        try:
            url.get_dialect()  # loads the dialect: the only way to learn an unknown one's driver
        except NoSuchModuleError:
            raise SourceError(
                f"{masked(url)}: {url.drivername!r} is not a database dialect and driver "
                f"assessor knows; write the URL as one of {', '.join(SUPPORTED_URLS)}",
                kind="bad-url",
            ) from None
    driver = url.drivername.partition("+")[2] or _DEFAULT_DRIVER.get(backend, "")
    driver = driver or url.get_driver_name()
    module, extra = DRIVERS.get(driver.lower(), (driver, _EXTRAS.get(backend, backend)))
    if module and importlib.util.find_spec(module) is not None:
        return
    advice = f"install {DISTRIBUTION}[{extra}] (pip install '{DISTRIBUTION}[{extra}]')"
    if "+" not in url.drivername and backend in _PREFERRED:
        # SQLAlchemy's default driver is not the one the extra installs: name ours in the URL.
        advice = f"write the URL as {_PREFERRED[backend]}://... and {advice}"
    raise SourceError(
        f"the {backend}+{driver} driver ({module}) is not installed: {advice} "
        f"to scan {masked(url)}",
        kind="driver-missing",
    )


def masked(url: URL) -> str:
    """The URL as it may be shown: no password, in the userinfo or in the query string."""
    return mask_url(url.render_as_string(hide_password=True))


def product_family(url: URL) -> str:
    """The product a URL's dialect names before the server says more (``mysql`` covers MariaDB)."""
    backend = url.get_backend_name()
    return {"mssql": "mssqlserver", "oracle": "oracle-database"}.get(backend, backend)


def store_slug(url: URL) -> str:
    """A stable store id from what the masked URL shows: host and database, or the file's stem.

    >>> store_slug(make_url("postgresql+psycopg://u:pw@db.local:5432/lis"))
    'db-local-lis'
    >>> store_slug(make_url("sqlite:///data/lis_legacy.sqlite"))
    'lis-legacy'
    """
    if url.get_backend_name() == "sqlite":
        return slugify(Path(url.database or "memory").stem)
    return slugify(f"{url.host or 'localhost'}-{url.database or ''}")

"""A read-only, time-bounded connection to the database being scanned.

Each dialect is told in its own words that the session may not write and that no statement may
run longer than the scan's statement timeout:

- PostgreSQL: ``default_transaction_read_only=on``, ``statement_timeout`` and ``lock_timeout`` as
  startup options of the connection, so they hold before the first query.
- MariaDB / MySQL: ``SET SESSION TRANSACTION READ ONLY`` and ``max_statement_time`` (MariaDB) or
  ``max_execution_time`` (MySQL) on connect, plus socket read timeouts.
- SQLite: the file is opened through a ``mode=ro`` URI with ``PRAGMA query_only``, and a progress
  handler interrupts any statement past its deadline.

SQL Server and Oracle get their drivers' statement timeouts (pyodbc ``timeout``, oracledb
``call_timeout``) and the connector's own guarantee: it issues catalog queries and bounded
SELECTs, nothing else.
"""

from __future__ import annotations

import math
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import NullPool

from assessor.errors import SourceError

from .sniff import looks_like_sqlite
from .urls import masked

__all__ = ["open_engine", "sqlite_path"]

_CONNECT_TIMEOUT = 10  # seconds to wait for a server that does not answer


def sqlite_path(url: URL) -> Path:
    """The file an ``sqlite:///path`` URL names; in-memory databases have nothing to scan."""
    if not url.database or url.database == ":memory:":
        raise SourceError(
            "sqlite URLs must name a database file: sqlite:///path/to/file", "bad-url"
        )
    return Path(url.database)


def open_engine(url: URL, statement_timeout: float) -> Engine:
    """An engine whose every connection is read-only and bounded by ``statement_timeout`` seconds.

    Connections run in autocommit so that one refused statement (a permission error, a timeout)
    does not poison the statements after it; read-only is a session property, not a transaction's.
    """
    backend = url.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url, statement_timeout)
    if backend == "postgresql":
        return _postgresql_engine(url, statement_timeout)
    if backend in ("mysql", "mariadb"):
        return _mysql_engine(url, statement_timeout)
    return _other_engine(url, statement_timeout)


def _other_engine(url: URL, statement_timeout: float) -> Engine:
    """SQL Server and Oracle: the drivers' own per-statement timeouts, set on connect."""
    engine = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")

    @event.listens_for(engine, "connect")
    def _bound(dbapi_connection: Any, _record: Any) -> None:
        if hasattr(dbapi_connection, "call_timeout"):  # oracledb, in milliseconds
            dbapi_connection.call_timeout = max(1, round(statement_timeout * 1000))
        elif hasattr(dbapi_connection, "timeout"):  # pyodbc, in whole seconds
            dbapi_connection.timeout = max(1, math.ceil(statement_timeout))

    return engine


def _postgresql_engine(url: URL, statement_timeout: float) -> Engine:
    millis = max(1, round(statement_timeout * 1000))
    # client_encoding=UTF8: a SQL_ASCII database (common in legacy systems) otherwise hands
    # psycopg bytes, and SQLAlchemy cannot even read the server's version from them.
    ours = (
        f"-c default_transaction_read_only=on -c statement_timeout={millis} "
        f"-c lock_timeout={millis} -c client_encoding=UTF8"
    )
    existing = url.query.get("options")
    existing = existing if isinstance(existing, str) else " ".join(existing or ())
    options = f"{existing} {ours}".strip()
    return create_engine(
        url.difference_update_query(["options"]),
        poolclass=NullPool,
        isolation_level="AUTOCOMMIT",
        connect_args={"options": options, "connect_timeout": _CONNECT_TIMEOUT},
    )


def _mysql_engine(url: URL, statement_timeout: float) -> Engine:
    connect_args: dict[str, Any] = {}
    if url.get_driver_name() == "pymysql":
        socket_timeout = math.ceil(statement_timeout) + 5
        connect_args = {
            "connect_timeout": _CONNECT_TIMEOUT,
            "read_timeout": socket_timeout,
            "write_timeout": socket_timeout,
        }
    engine = create_engine(
        url, poolclass=NullPool, isolation_level="AUTOCOMMIT", connect_args=connect_args
    )

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT VERSION()")
            version = str(cursor.fetchone()[0])
            if "mariadb" in version.lower():
                bound = f"SET SESSION max_statement_time = {statement_timeout:.3f}"
            else:
                bound = (
                    f"SET SESSION max_execution_time = {max(1, round(statement_timeout * 1000))}"
                )
            for statement in ("SET SESSION TRANSACTION READ ONLY", bound):
                try:
                    cursor.execute(statement)
                except Exception:  # MySQL 5.5 and MariaDB 10.0 know neither: still scan them
                    continue
        finally:
            cursor.close()

    return engine


def _sqlite_open_mode(path: Path, head: bytes) -> str:
    """``mode=ro``, or ``immutable=1`` for a WAL database nobody has open.

    Opening a WAL-mode file, even read-only, makes SQLite create its ``-wal`` and ``-shm``
    files. When no ``-wal`` file exists the database is fully checkpointed and closed, so it
    can be read as immutable, which touches nothing. A database in use keeps mode=ro: its
    side files exist already and are the owner's.
    """
    wal_mode = len(head) >= 20 and head[18] == 2  # file format read/write version 2: WAL
    wal_file = path.with_name(path.name + "-wal")
    return "?immutable=1" if wal_mode and not wal_file.exists() else "?mode=ro"


def _lenient_text(raw: bytes) -> str:
    """SQLite TEXT as str: UTF-8, undecodable bytes replaced."""
    return raw.decode("utf-8", errors="replace")


def _sqlite_engine(url: URL, statement_timeout: float) -> Engine:
    path = sqlite_path(url)
    try:
        with path.open("rb") as handle:
            head = handle.read(20)
    except OSError as error:
        raise SourceError(
            f"cannot open {masked(url)}: {error.strerror or error}; check the path", "unreadable"
        ) from None
    if not looks_like_sqlite(head):
        raise SourceError(
            f"{masked(url)} is not an SQLite database file; point the URL at the database file",
            "not-a-database",
        )
    uri = path.resolve().as_uri() + _sqlite_open_mode(path, head)
    deadline = [math.inf]

    def _past_deadline() -> int:
        return 1 if time.monotonic() > deadline[0] else 0

    def _connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        # Legacy files hold latin-1 text in TEXT columns; decoding must not fail (and the
        # driver's error would quote the value).
        connection.text_factory = _lenient_text
        connection.execute("PRAGMA query_only = ON")
        connection.set_progress_handler(_past_deadline, 10_000)
        return connection

    engine = create_engine("sqlite://", creator=_connect, poolclass=NullPool)

    @event.listens_for(engine, "before_cursor_execute")
    def _arm(*_args: Any) -> None:
        deadline[0] = time.monotonic() + statement_timeout

    return engine

"""Real PostgreSQL and MariaDB for the database connector's tests, one schema/database per test.

The servers are the ones on loopback (PostgreSQL 127.0.0.1:5432, trust auth, user ``postgres``,
database ``test``; MariaDB 127.0.0.1:3306, ``root`` with no password). A test that asks for
``pg_schema`` or ``mariadb_database`` gets a fresh, uniquely named schema or database that is
dropped afterwards, and is marked ``postgres`` or ``mariadb``. Without the server the test is
skipped with the reason; with ``CI=true`` it fails instead, so CI cannot pass by skipping.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_HOST, PG_PORT, PG_DB = "127.0.0.1", 5432, "test"
MARIADB_HOST, MARIADB_PORT = "127.0.0.1", 3306
SAMPLE_FEEDS = Path(__file__).resolve().parents[3] / "sample_feeds"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of this folder by the server it needs, from the fixtures it uses."""
    here = Path(__file__).parent
    for item in items:
        if here not in Path(item.path).parents:
            continue
        names = getattr(item, "fixturenames", ())
        if any(name.startswith("pg_") for name in names):
            item.add_marker(pytest.mark.postgres)
        if any(name.startswith("mariadb_") for name in names):
            item.add_marker(pytest.mark.mariadb)


def _listening(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def _require(name: str, host: str, port: int, driver: str) -> None:
    """Skip (or, with CI=true, fail) when the server or its driver is missing."""
    problem = None
    try:
        __import__(driver)
    except ImportError:
        problem = f"the {driver} driver is not installed"
    if problem is None and not _listening(host, port):
        problem = f"no {name} server listening on {host}:{port}"
    if problem is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{problem} (CI=true: database tests must run)")
    pytest.skip(problem)


def unique_name(prefix: str) -> str:
    """A fresh lowercase identifier for a schema, database, role or user."""
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


@dataclass(frozen=True)
class PgSchema:
    """A fresh PostgreSQL schema in database ``test``, and the superuser URL that can scan it."""

    name: str
    url: str

    def run(self, sql: str) -> None:
        """Run an SQL script (several statements allowed) with this schema first on the path."""
        pg_execute(f'SET search_path TO "{self.name}";\n{sql}')


@dataclass(frozen=True)
class MariaDatabase:
    """A fresh MariaDB database, and the root URL that can scan it."""

    name: str
    url: str

    def run(self, sql: str) -> None:
        """Run an SQL script (several statements allowed) in this database."""
        mariadb_execute(sql, database=self.name)


def pg_execute(sql: str) -> None:
    """Run SQL as the PostgreSQL superuser, autocommit, outside the connector under test."""
    import psycopg

    with psycopg.connect(
        host=PG_HOST, port=PG_PORT, user="postgres", dbname=PG_DB, autocommit=True
    ) as connection:
        connection.execute(sql)  # type: ignore[arg-type]


def mariadb_execute(sql: str, database: str | None = None) -> None:
    """Run SQL as MariaDB root, autocommit, outside the connector under test."""
    import pymysql
    from pymysql.constants import CLIENT

    connection = pymysql.connect(
        host=MARIADB_HOST,
        port=MARIADB_PORT,
        user="root",
        password="",
        database=database,
        autocommit=True,
        client_flag=CLIENT.MULTI_STATEMENTS,
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            while cursor.nextset():
                pass
    finally:
        connection.close()


@pytest.fixture
def pg_schema() -> Iterator[PgSchema]:
    """A schema of its own in PostgreSQL's ``test`` database, dropped after the test."""
    _require("PostgreSQL", PG_HOST, PG_PORT, "psycopg")
    name = unique_name("assessor_t")
    pg_execute(f'CREATE SCHEMA "{name}"')
    try:
        yield PgSchema(name, f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/{PG_DB}")
    finally:
        pg_execute(f'DROP SCHEMA "{name}" CASCADE')


@pytest.fixture
def mariadb_database() -> Iterator[MariaDatabase]:
    """A database of its own in MariaDB, dropped after the test."""
    _require("MariaDB", MARIADB_HOST, MARIADB_PORT, "pymysql")
    name = unique_name("assessor_t")
    mariadb_execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    try:
        yield MariaDatabase(name, f"mysql+pymysql://root@{MARIADB_HOST}:{MARIADB_PORT}/{name}")
    finally:
        mariadb_execute(f"DROP DATABASE IF EXISTS `{name}`")


@pytest.fixture
def pg_server() -> str:
    """The PostgreSQL superuser URL, for tests that need the server but no schema."""
    _require("PostgreSQL", PG_HOST, PG_PORT, "psycopg")
    return f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/{PG_DB}"


@pytest.fixture
def mariadb_server() -> str:
    """The MariaDB root URL, for tests that need the server but no database."""
    _require("MariaDB", MARIADB_HOST, MARIADB_PORT, "pymysql")
    return f"mysql+pymysql://root@{MARIADB_HOST}:{MARIADB_PORT}/"


@pytest.fixture
def pg_admin() -> Callable[[str], None]:
    """Run SQL as the PostgreSQL superuser (to set up roles and grants around a scan)."""
    _require("PostgreSQL", PG_HOST, PG_PORT, "psycopg")
    return pg_execute


@pytest.fixture
def mariadb_admin() -> Callable[..., None]:
    """Run SQL as MariaDB root (to set up users and grants around a scan)."""
    _require("MariaDB", MARIADB_HOST, MARIADB_PORT, "pymysql")
    return mariadb_execute


@pytest.fixture
def fresh_name() -> Callable[[str], str]:
    """Make a unique identifier for a schema, database, role or user created by a test."""
    return unique_name

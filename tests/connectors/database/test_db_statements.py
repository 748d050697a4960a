"""A scan issues catalog queries and bounded SELECTs only: every statement is recorded and read."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from assessor.connectors.database import DatabaseConnector

READ_ONLY = re.compile(r"^\s*(SELECT|SHOW|PRAGMA|DESCRIBE|WITH)\b", re.IGNORECASE)
WRITES = re.compile(
    r"\b(INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE|GRANT|REVOKE|VACUUM|ANALYZE"
    r"|LOCK|COPY|CALL|EXEC)\b",
    re.IGNORECASE,
)


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement any engine sends while the test runs."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, _parameters, _context, _many) -> None:
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)


def _check(statements: list[str], table: str) -> None:
    assert statements, "no statement was recorded"
    for statement in statements:
        verb = READ_ONLY.match(statement)
        assert verb, statement
        if verb.group(1).upper() == "PRAGMA":
            assert "=" not in statement, statement  # a PRAGMA with a value sets something
        if verb.group(1).upper() in ("SELECT", "WITH"):
            without_names = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", "", statement)
            assert not WRITES.search(without_names), statement
    reads = [s for s in statements if re.search(rf"\bFROM\s+[\"`]?\w*[\"`]?\.?[\"`]?{table}\b", s)]
    assert reads and all("LIMIT" in s.upper() or "COUNT(" in s.upper() for s in reads)


def test_an_sqlite_scan_only_reads_the_catalog_and_bounded_rows(tmp_path, statements):
    path = tmp_path / "lis.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE TABLE patient (id INTEGER, surname TEXT); CREATE VIEW v AS SELECT * FROM patient;"
    )
    connection.close()
    DatabaseConnector(sample_rows=5).scan(f"sqlite:///{path}")
    _check(statements, "patient")


def test_a_postgresql_scan_only_reads_the_catalog_and_bounded_rows(pg_schema, statements):
    pg_schema.run("CREATE TABLE patient (id int PRIMARY KEY, surname text);")
    statements.clear()
    DatabaseConnector(schemas=(pg_schema.name,), sample_rows=5).scan(pg_schema.url)
    _check(statements, "patient")


def test_a_mariadb_scan_only_reads_the_catalog_and_bounded_rows(mariadb_database, statements):
    mariadb_database.run("CREATE TABLE patient (id INT PRIMARY KEY, surname TEXT);")
    statements.clear()
    DatabaseConnector(sample_rows=5).scan(mariadb_database.url)
    _check(statements, "patient")


def _tables(count: int, timestamp: str) -> str:
    return "".join(
        f"CREATE TABLE t{i:03d} (id INT PRIMARY KEY, prev_id INT, note TEXT, taken_at {timestamp});"
        for i in range(count)
    )


def _statements_for(scan, statements: list[str]) -> int:
    statements.clear()
    scan()
    return len(statements)


def test_a_postgresql_scan_costs_the_same_statements_for_5_or_50_tables(
    pg_schema, pg_admin, fresh_name, statements
):
    other = fresh_name("assessor_t")
    pg_admin(f'CREATE SCHEMA "{other}"')
    try:
        pg_schema.run(_tables(5, "TIMESTAMP"))
        pg_admin(f'SET search_path TO "{other}";' + _tables(50, "TIMESTAMP"))
        few = _statements_for(
            lambda: DatabaseConnector(schemas=(pg_schema.name,)).scan(pg_schema.url), statements
        )
        many = _statements_for(
            lambda: DatabaseConnector(schemas=(other,)).scan(pg_schema.url), statements
        )
    finally:
        pg_admin(f'DROP SCHEMA "{other}" CASCADE')
    assert few == many


def test_a_mariadb_scan_costs_the_same_statements_for_5_or_50_tables(
    mariadb_database, mariadb_admin, fresh_name, statements
):
    other = fresh_name("assessor_t")
    mariadb_admin(f"CREATE DATABASE `{other}`")
    try:
        mariadb_database.run(_tables(5, "DATETIME"))
        mariadb_admin(_tables(50, "DATETIME"), database=other)
        url = mariadb_database.url.rsplit("/", 1)[0] + f"/{other}"
        few = _statements_for(lambda: DatabaseConnector().scan(mariadb_database.url), statements)
        many = _statements_for(lambda: DatabaseConnector().scan(url), statements)
    finally:
        mariadb_admin(f"DROP DATABASE `{other}`")
    assert few == many

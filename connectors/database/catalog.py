"""What the catalog says beyond the inspector: server, sizes, storage engines, routines, triggers.

Each function issues catalog queries only (or, for SQLite row counts, a bounded ``count``) and
returns plain data keyed by ``(schema, table)``; the connector folds it into the model.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

__all__ = [
    "ServerInfo",
    "TableStorage",
    "exact_count",
    "refused_schemas",
    "routine_and_trigger_counts",
    "server_info",
    "table_storage",
]

TableKey = tuple[str | None, str]

SQLITE_EXACT_BOUND = 100_000
"""SQLite tables are counted exactly up to this many rows; larger ones only with exact counts."""

_VERSION_NUMBER = re.compile(r"\d+(?:\.\d+)+|\d+")


@dataclass(frozen=True)
class ServerInfo:
    """The product behind the connection, its version number and the database's character set."""

    product: str
    version: str | None
    charset: str | None


@dataclass(frozen=True)
class TableStorage:
    """Row count and, where the dialect has them, storage engine and character set of a table."""

    rows: int | None = None
    exact: bool = False
    engine: str | None = None
    charset: str | None = None
    non_utf8_columns: int = 0


def _version_number(text_: str | None) -> str | None:
    match = _VERSION_NUMBER.search(text_ or "")
    return match.group() if match else None


def server_info(connection: Connection) -> ServerInfo:
    """Product (``postgresql``, ``mariadb``, ``mysql``, ``sqlite``, ...), version and charset."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        encoding = connection.exec_driver_sql("PRAGMA encoding").scalar()
        return ServerInfo("sqlite", sqlite3.sqlite_version, str(encoding) if encoding else None)
    if dialect == "postgresql":
        row = connection.execute(
            text(
                "SELECT current_setting('server_version'), pg_encoding_to_char(encoding) "
                "FROM pg_database WHERE datname = current_database()"
            )
        ).one()
        return ServerInfo("postgresql", _version_number(row[0]), row[1])
    if dialect in ("mysql", "mariadb"):
        row = connection.execute(text("SELECT VERSION(), @@character_set_database")).one()
        product = "mariadb" if "mariadb" in str(row[0]).lower() else "mysql"
        return ServerInfo(product, _version_number(row[0]), row[1])
    info = connection.dialect.server_version_info
    version = ".".join(str(part) for part in info) if info else None
    product = {"mssql": "mssqlserver", "oracle": "oracle-database"}.get(dialect, dialect)
    return ServerInfo(product, version, None)


def refused_schemas(connection: Connection, schemas: Sequence[str]) -> tuple[str, ...]:
    """PostgreSQL schemas whose catalog entries are visible but which the role may not use."""
    if connection.dialect.name != "postgresql" or not schemas:
        return ()
    rows = connection.execute(
        text(
            "SELECT nspname FROM pg_namespace WHERE nspname IN :schemas "
            "AND NOT has_schema_privilege(oid, 'USAGE')"
        ).bindparams(bindparam("schemas", expanding=True)),
        {"schemas": list(schemas)},
    )
    return tuple(sorted(row[0] for row in rows))


def table_storage(
    connection: Connection,
    schemas: Sequence[str],
    names: Sequence[TableKey],
    exact_counts: bool = False,
    legacy_charset_columns: Mapping[TableKey, int] | None = None,
    row_estimates: Mapping[TableKey, int | None] | None = None,
) -> dict[TableKey, TableStorage]:
    """Row counts (catalog estimates, exact where cheap or asked for), engines and charsets.

    ``legacy_charset_columns``: the tables' columns in a character set other than UTF-8, when
    the reflection counted them already (MySQL/MariaDB); otherwise they are counted here.
    ``row_estimates``: PostgreSQL's row estimates of every schema, when the reflection read
    them already; otherwise they are read here.
    """
    dialect = connection.dialect.name
    if dialect != "sqlite" and not schemas:  # every schema asked for was refused or absent
        return {}
    if dialect == "postgresql":
        if row_estimates is None:
            row_estimates = _postgresql_row_estimates(connection, schemas)
        return {key: TableStorage(rows=rows) for key, rows in row_estimates.items()}
    if dialect in ("mysql", "mariadb"):
        return _mysql_storage(connection, schemas, legacy_charset_columns)
    if dialect == "sqlite":
        return {key: _sqlite_count(connection, key[1], exact_counts) for key in names}
    return {}


def _postgresql_row_estimates(
    connection: Connection, schemas: Sequence[str]
) -> dict[TableKey, int | None]:
    """The planner's row estimate of every table, materialized view and foreign table."""
    # reltuples is -1 for a table never vacuumed or analysed: its size is then unknown.
    rows = connection.execute(
        text(
            "SELECT n.nspname, c.relname, c.reltuples::bigint FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname IN :schemas AND c.relkind IN ('r', 'p', 'm', 'f')"
        ).bindparams(bindparam("schemas", expanding=True)),
        {"schemas": list(schemas)},
    )
    return {
        (schema, name): None if estimate < 0 else int(estimate) for schema, name, estimate in rows
    }


# Engines whose TABLE_ROWS is an exact count rather than a sampled estimate.
_EXACT_COUNT_ENGINES = {"MyISAM", "Aria", "MEMORY", "ARCHIVE"}


def _mysql_storage(
    connection: Connection,
    schemas: Sequence[str],
    legacy_charset_columns: Mapping[TableKey, int] | None,
) -> dict:
    # Joined to the collations in SQL, this query took five times as long on MariaDB 10.11
    # (0.5 s for 2,000 tables): the small collation table is read once and looked up here.
    # MariaDB 10.10+ lists a UCA 14.0 collation once per charset under one short name
    # (`uca1400_ai_ci`) and the name tables carry in FULL_COLLATION_NAME, which MySQL lacks.
    charsets = {
        row.get("FULL_COLLATION_NAME") or row["COLLATION_NAME"]: row["CHARACTER_SET_NAME"]
        for row in connection.execute(
            text("SELECT * FROM information_schema.COLLATION_CHARACTER_SET_APPLICABILITY")
        ).mappings()
    }
    tables = connection.execute(
        text(
            "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS, ENGINE, TABLE_COLLATION "
            "FROM information_schema.TABLES WHERE TABLE_SCHEMA IN :schemas"
        ).bindparams(bindparam("schemas", expanding=True)),
        {"schemas": list(schemas)},
    ).all()
    odd_columns = legacy_charset_columns
    if odd_columns is None:
        odd_columns = _legacy_charset_columns(connection, schemas)
    return {
        (schema, name): TableStorage(
            rows=None if rows is None else int(rows),
            exact=engine in _EXACT_COUNT_ENGINES,
            engine=engine,
            charset=charsets.get(collation),
            non_utf8_columns=odd_columns.get((schema, name), 0),
        )
        for schema, name, rows, engine, collation in tables
    }


def _legacy_charset_columns(connection: Connection, schemas: Sequence[str]) -> dict:
    """Columns in a character set other than UTF-8, by table, counted by the server."""
    return dict(
        ((row[0], row[1]), int(row[2]))
        for row in connection.execute(
            text(
                "SELECT TABLE_SCHEMA, TABLE_NAME, COUNT(*) FROM information_schema.COLUMNS "
                "WHERE TABLE_SCHEMA IN :schemas AND CHARACTER_SET_NAME IS NOT NULL "
                "AND CHARACTER_SET_NAME NOT LIKE 'utf8%' GROUP BY TABLE_SCHEMA, TABLE_NAME"
            ).bindparams(bindparam("schemas", expanding=True)),
            {"schemas": list(schemas)},
        )
    )


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sqlite_count(connection: Connection, name: str, exact: bool) -> TableStorage:
    if exact:
        count = connection.exec_driver_sql(f"SELECT count(*) FROM {_quote(name)}").scalar()
        return TableStorage(rows=int(count or 0), exact=True)
    bounded = connection.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {_quote(name)} LIMIT {SQLITE_EXACT_BOUND + 1})"
    ).scalar()
    if bounded is not None and bounded <= SQLITE_EXACT_BOUND:
        return TableStorage(rows=int(bounded), exact=True)
    return TableStorage(rows=_sqlite_stat_rows(connection, name), exact=False)


def _sqlite_stat_rows(connection: Connection, name: str) -> int | None:
    """ANALYZE's row estimate, when the database was ever analysed."""
    has_stats = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).scalar()
    if not has_stats:
        return None
    stat = connection.exec_driver_sql(
        "SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", (name,)
    ).scalar()
    first = str(stat or "").split(" ")[0]
    return int(first) if first.isdigit() else None


def exact_count(connection: Connection, schema: str | None, name: str) -> int:
    """``count(*)`` of one table, for ``--exact-counts`` on server databases."""
    target = f"{_quote(schema)}.{_quote(name)}" if schema else _quote(name)
    if connection.dialect.name in ("mysql", "mariadb"):
        target = ".".join(
            "`" + part.replace("`", "``") + "`" for part in ([schema] if schema else []) + [name]
        )
    return int(connection.exec_driver_sql(f"SELECT count(*) FROM {target}").scalar() or 0)


def routine_and_trigger_counts(
    connection: Connection,
    schemas: Sequence[str],
    triggered_relations: Collection[int] | None = None,
) -> tuple[int | None, int | None]:
    """How many stored routines and triggers the scanned schemas hold (None: not exposed).

    ``triggered_relations``: on PostgreSQL, the oids of the schemas' relations that have or had
    triggers, when the reflection read them; otherwise they are looked for here.
    """
    dialect = connection.dialect.name
    if dialect == "sqlite":
        triggers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
        ).scalar()
        return None, int(triggers or 0)
    parameters: dict[str, object] = {"schemas": list(schemas)}
    if dialect == "postgresql" and triggered_relations is not None:
        # pg_trigger by these relations' oids: the schemas' relations are not read again from
        # pg_class, the largest catalog table where many tables were created and dropped.
        query = (
            "SELECT (SELECT count(*) FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname IN :schemas), "
            "(SELECT count(*) FROM pg_trigger t "
            "WHERE t.tgrelid = ANY(CAST(:relations AS oid[])) AND NOT t.tgisinternal)"
        )
        parameters["relations"] = list(triggered_relations)
    elif dialect == "postgresql":
        query = (
            "SELECT (SELECT count(*) FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname IN :schemas), "
            "(SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname IN :schemas AND NOT t.tgisinternal)"
        )
    elif dialect in ("mysql", "mariadb"):
        query = (
            "SELECT (SELECT count(*) FROM information_schema.ROUTINES "
            "WHERE ROUTINE_SCHEMA IN :schemas), "
            "(SELECT count(*) FROM information_schema.TRIGGERS "
            "WHERE TRIGGER_SCHEMA IN :schemas)"
        )
    else:
        return None, None
    if not schemas:
        return 0, 0
    row = connection.execute(
        text(query).bindparams(bindparam("schemas", expanding=True)), parameters
    ).one()
    return int(row[0]), int(row[1])

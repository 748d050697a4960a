"""Reflect tables and views through SQLAlchemy's inspector, in bulk, on one connection.

``Inspector.get_multi_*`` asks the catalog once per schema for every table's columns, keys,
indexes and comments (PostgreSQL answers each in one query). Per-table calls cost one round trip
each, which is what made large schemas slow. SQLAlchemy's MySQL dialect has no bulk query, so
MySQL/MariaDB schemas are read from ``information_schema`` instead (:mod:`.mysql_catalog`);
SQLite's per-table PRAGMAs are local and cheap. When a bulk call raises (a broken view, a table
the role may not read), the schema is reflected table by table so the one bad object is
recorded and the rest still comes back.
"""

from __future__ import annotations

import contextlib
import dataclasses
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.dialects import mssql
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.engine.reflection import Inspector, ObjectKind
from sqlalchemy.exc import NoSuchTableError, SAWarning, SQLAlchemyError
from sqlalchemy.types import NullType

from assessor.model import ForeignKey, Index, TableColumn, TableProfile

from .failures import classify, describe

__all__ = [
    "Failure",
    "SchemaReflection",
    "list_schemas",
    "quiet_unknown_types",
    "reflect_schema",
    "reflect_tables_one_by_one",
    "type_name",
]

SYSTEM_SCHEMAS = {
    "postgresql": {"information_schema", "pg_catalog", "pg_toast"},
    "mysql": {"information_schema", "mysql", "performance_schema", "sys"},
    "mariadb": {"information_schema", "mysql", "performance_schema", "sys"},
    "mssql": {"INFORMATION_SCHEMA", "sys", "guest", "db_owner", "db_accessadmin"},
    "oracle": {"SYS", "SYSTEM", "XDB", "OUTLN", "DBSNMP", "APPQOSSYS", "CTXSYS", "MDSYS"},
}


@dataclass(frozen=True)
class Failure:
    """One object that could not be read: where, a stable kind, and a masked message."""

    location: str
    kind: str
    message: str


@dataclass(frozen=True)
class SchemaReflection:
    """The tables and views of one schema that could be reflected, and what could not."""

    tables: tuple[TableProfile, ...]
    failures: tuple[Failure, ...] = ()
    bulk: bool = True  # False when the schema had to be read table by table
    # Columns in a character set other than UTF-8, by table, when the catalog queries said so
    # (MySQL/MariaDB's information_schema); None when not read here.
    legacy_charset_columns: Mapping[str, int] | None = None
    # The planner's row estimate by table (None: never analysed), when read with the names
    # (PostgreSQL's reltuples, :mod:`.postgres_catalog`); None when not read here.
    row_estimates: Mapping[str, int | None] | None = None
    # The oid of each relation that has or had a trigger, when read with the names
    # (PostgreSQL's relhastriggers); None when not read here.
    triggered_relations: Mapping[str, int] | None = None


def type_name(column_type: Any, dialect: Dialect) -> str:
    """The column type as the dialect writes it: ``VARCHAR(12)``, ``TIMESTAMP WITH TIME ZONE``.

    SQL Server's ``timestamp`` is its row version (eight bytes a write bumps), not a time: it is
    named ``ROWVERSION``, which SQL Server takes as the same type and no reader takes for a date.
    """
    if isinstance(column_type, mssql.TIMESTAMP):
        return "ROWVERSION"
    try:
        return str(column_type.compile(dialect=dialect))
    except Exception:  # types the dialect cannot render (NullType, unknown user types)
        return type(column_type).__name__.upper()


@contextlib.contextmanager
def quiet_unknown_types() -> Iterator[None]:
    """SQLAlchemy warns on stderr of each column type it does not know (PostGIS's geometry,
    ``point``, ``ltree``); the scan keeps the server's own name for them instead
    (:func:`_server_type_names`)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Did not recognize type", category=SAWarning)
        yield


def _server_type_names(
    connection: Connection,
    schema: str | None,
    columns: Mapping[tuple[str | None, str], list[dict[str, Any]]],
) -> None:
    """Give the columns of a type SQLAlchemy does not know (``NullType``) the name PostgreSQL
    writes for it (``point``, ``geometry(Point,4326)``), in place; one catalog query, and only
    when such a column was reflected."""
    unknown = {
        (table, column["name"])
        for (_schema, table), found in columns.items()
        for column in found
        if isinstance(column["type"], NullType)
    }
    if not unknown or connection.dialect.name != "postgresql":
        return
    rows = connection.execute(
        text(
            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) "
            "FROM pg_catalog.pg_attribute a "
            "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = coalesce(:schema, current_schema()) "
            "AND a.attnum > 0 AND NOT a.attisdropped AND c.relname = ANY(:tables)"
        ),
        {"schema": schema, "tables": sorted({table for table, _column in unknown})},
    )
    named = {(table, column): type_text.upper() for table, column, type_text in rows}
    for (_schema, table), found in columns.items():
        for column in found:
            if isinstance(column["type"], NullType) and (table, column["name"]) in named:
                column["type"] = named[(table, column["name"])]


def list_schemas(
    connection: Connection, requested: Sequence[str], default: str | None
) -> tuple[tuple[str, ...], tuple[Failure, ...]]:
    """The schemas to scan: the requested ones, else the URL's database, else all non-system ones.

    A requested schema the server refuses or does not show is a ``permission-denied`` or
    ``not-found`` failure, and the others are still scanned.
    """
    dialect = connection.dialect.name
    if dialect == "sqlite":
        return (), ()
    inspector = inspect(connection)
    visible = set(inspector.get_schema_names())
    if not requested:
        if default and dialect in ("mysql", "mariadb"):
            return (default,), ()
        system = SYSTEM_SCHEMAS.get(dialect, set())
        return tuple(sorted(s for s in visible if s not in system and not s.startswith("pg_"))), ()
    failures = []
    chosen = []
    for schema in sorted(set(requested)):
        if schema in visible:
            chosen.append(schema)
        else:
            failures.append(
                Failure(
                    f"schema {schema}",
                    "not-found",
                    f"schema {schema} does not exist or the scan's user cannot see it",
                )
            )
    return tuple(chosen), tuple(failures)


def _object_names(inspector: Inspector, schema: str | None) -> dict[str, str]:
    """Every table and view of the schema, name -> kind."""
    names = {name: "table" for name in inspector.get_table_names(schema)}
    names.update({name: "view" for name in inspector.get_view_names(schema)})
    with contextlib.suppress(NotImplementedError):
        names.update({name: "view" for name in inspector.get_materialized_view_names(schema)})
    return names


def _optional(call: Callable[[], Any], empty: Any) -> Any:
    try:
        return call()
    except NotImplementedError:
        return empty


def reflect_schema(
    connection: Connection, schema: str | None, secrets: tuple[str, ...] = ()
) -> SchemaReflection:
    """Every table and view of ``schema`` with the bulk ``get_multi_*`` calls.

    Falls back to :func:`reflect_tables_one_by_one` when a bulk call raises, so that one broken
    object costs one failure, not the schema. SQLAlchemy's MySQL dialect has no bulk catalog
    query (its ``get_multi_*`` issue one ``SHOW CREATE TABLE`` per table), so on MySQL/MariaDB
    tables and views are read from ``information_schema`` in a few queries instead
    (:mod:`.mysql_catalog`). On PostgreSQL the names, kinds and row estimates come from one
    query, and the columns from another (:mod:`.postgres_catalog`).
    """
    inspector = inspect(connection)
    estimates: Mapping[str, int | None] | None = None
    triggered: Mapping[str, int] | None = None
    if connection.dialect.name == "postgresql":  # one query, where the inspector asks three
        from .postgres_catalog import postgres_relations

        names, estimates, triggered = postgres_relations(connection, schema)
    else:
        names = _object_names(inspector, schema)
    if not names:
        return SchemaReflection((), row_estimates=estimates, triggered_relations=triggered)
    if connection.dialect.name in ("mysql", "mariadb") and schema is not None:
        return _reflect_mysql(connection, inspector, schema, names, secrets)
    reflection = _reflect_bulk(connection, inspector, schema, names, secrets)
    return dataclasses.replace(reflection, row_estimates=estimates, triggered_relations=triggered)


def _reflect_mysql(
    connection: Connection,
    inspector: Inspector,
    schema: str,
    names: dict[str, str],
    secrets: tuple[str, ...],
) -> SchemaReflection:
    """Tables and views from ``information_schema``; the tables through the inspector when
    the server does not answer those queries."""
    from .mysql_catalog import mysql_tables, mysql_views

    legacy: dict[str, int] = {}
    views, view_failures = mysql_views(
        connection, schema, sorted(n for n, k in names.items() if k == "view"), legacy
    )
    tables_only = {n: k for n, k in names.items() if k == "table"}
    try:
        tables = mysql_tables(connection, schema, sorted(tables_only), legacy)
    except SQLAlchemyError:  # an old or unusual server: let the inspector try, table by table
        return _reflect_bulk(
            connection, inspector, schema, tables_only, secrets, views=(views, view_failures)
        )
    return SchemaReflection(
        tuple(sorted((*tables, *views), key=lambda t: t.name)),
        view_failures,
        legacy_charset_columns=legacy,
    )


def _reflect_bulk(
    connection: Connection,
    inspector: Inspector,
    schema: str | None,
    names: dict[str, str],
    secrets: tuple[str, ...],
    views: tuple[tuple[TableProfile, ...], tuple[Failure, ...]] = ((), ()),
) -> SchemaReflection:
    """The tables and views ``names`` lists (name -> kind) through the inspector's
    ``get_multi_*`` calls (PostgreSQL's columns from :mod:`.postgres_catalog`); ``views``
    already read elsewhere (MySQL/MariaDB's), with their failures."""
    mysql = connection.dialect.name in ("mysql", "mariadb")
    kind = ObjectKind.TABLE if mysql else ObjectKind.ANY
    unreflectable: dict[tuple[str | None, str], Exception] = {}
    try:
        columns = None
        if connection.dialect.name == "postgresql":
            from .postgres_catalog import postgres_columns

            columns = postgres_columns(connection, schema)
        if columns is None:
            with quiet_unknown_types():
                columns = inspector.get_multi_columns(
                    schema, kind=kind, unreflectable=unreflectable
                )
            _server_type_names(connection, schema, columns)
        primary_keys = inspector.get_multi_pk_constraint(schema, kind=kind)
        foreign_keys = inspector.get_multi_foreign_keys(schema, kind=kind)
        indexes = inspector.get_multi_indexes(schema, kind=kind)
        uniques = _optional(lambda: inspector.get_multi_unique_constraints(schema, kind=kind), {})
        comments = _optional(lambda: inspector.get_multi_table_comment(schema, kind=kind), {})
    except SQLAlchemyError:
        return _one_by_one(connection, schema, names, *views, secrets)
    tables = list(views[0])
    failures = list(views[1])
    for name in sorted(names):
        key = (schema, name)
        if key not in columns:
            reason = unreflectable.get(key)
            failures.append(
                Failure(
                    f"table {schema}.{name}" if schema else f"table {name}",
                    "broken-view" if names[name] == "view" or reason else "reflection-failed",
                    describe(reason, secrets) if reason else "the catalog returned no columns",
                )
            )
            continue
        tables.append(
            build_profile(
                schema,
                name,
                names[name],
                connection.dialect,
                columns[key],
                primary_keys.get(key, {}),
                foreign_keys.get(key, []),
                indexes.get(key, []),
                uniques.get(key, []),
                comments.get(key, {}),
            )
        )
    return SchemaReflection(tuple(sorted(tables, key=lambda t: t.name)), tuple(failures))


def _one_by_one(
    connection: Connection,
    schema: str | None,
    names: dict[str, str],
    views: tuple[TableProfile, ...],
    view_failures: tuple[Failure, ...],
    secrets: tuple[str, ...],
) -> SchemaReflection:
    """The bulk calls raised: each of ``names`` (name -> kind, known already, not asked again)
    table by table, beside the views read elsewhere."""
    fallback = reflect_tables_one_by_one(connection, schema, sorted(names), secrets, kinds=names)
    return SchemaReflection(
        tuple(sorted((*fallback.tables, *views), key=lambda t: t.name)),
        (*fallback.failures, *view_failures),
        bulk=False,
    )


def reflect_tables_one_by_one(
    connection: Connection,
    schema: str | None,
    names: Iterable[str],
    secrets: tuple[str, ...] = (),
    *,
    kinds: Mapping[str, str] | None = None,
) -> SchemaReflection:
    """The per-table inspector calls: slow on large schemas, but one failure costs one table.
    ``kinds`` (name -> kind) when the caller read them already, else they are asked here."""
    inspector = inspect(connection)
    if kinds is None:
        kinds = _object_names(inspector, schema)
    tables = []
    failures = []
    for name in names:
        try:
            comment = _optional(lambda n=name: inspector.get_table_comment(n, schema), {})
            with quiet_unknown_types():
                columns = inspector.get_columns(name, schema)
            _server_type_names(connection, schema, {(schema, name): columns})
            tables.append(
                build_profile(
                    schema,
                    name,
                    kinds.get(name, "table"),
                    connection.dialect,
                    columns,
                    inspector.get_pk_constraint(name, schema),
                    inspector.get_foreign_keys(name, schema),
                    inspector.get_indexes(name, schema),
                    _optional(lambda n=name: inspector.get_unique_constraints(n, schema), []),
                    comment,
                )
            )
        except (SQLAlchemyError, NoSuchTableError) as error:
            where = f"{schema}.{name}" if schema else name
            failures.append(Failure(f"table {where}", classify(error), describe(error, secrets)))
    return SchemaReflection(tuple(tables), tuple(failures), bulk=False)


def _rendered(column_type: Any, dialect: Dialect) -> str:
    return column_type if isinstance(column_type, str) else type_name(column_type, dialect)


def build_profile(
    schema: str | None,
    name: str,
    kind: str,
    dialect: Dialect,
    columns: Sequence[Mapping[str, Any] | TableColumn],
    primary_key: Mapping[str, Any],
    foreign_keys: Sequence[Mapping[str, Any]],
    indexes: Sequence[Mapping[str, Any]],
    uniques: Sequence[Mapping[str, Any]],
    comment: Mapping[str, Any],
) -> TableProfile:
    """One TableProfile from the inspector's dictionaries (no PHI, smells or sizes yet).

    A column's ``type`` may be a SQLAlchemy type or a name already rendered; a column may come
    already read (:mod:`.postgres_catalog`'s).
    """
    return TableProfile(
        name=name,
        schema=schema,
        kind=kind,
        columns=tuple(
            col
            if isinstance(col, TableColumn)
            else TableColumn(
                name=col["name"],
                type=col["type"]
                if isinstance(col["type"], str)
                else type_name(col["type"], dialect),
                nullable=bool(col.get("nullable", True)),
                default=None if col.get("default") is None else str(col["default"]),
                comment=col.get("comment") or None,
            )
            for col in columns
        ),
        primary_key=tuple(primary_key.get("constrained_columns") or ()),
        foreign_keys=tuple(
            sorted(
                (
                    ForeignKey(
                        columns=tuple(fk["constrained_columns"]),
                        referred_table=fk["referred_table"],
                        referred_columns=tuple(fk["referred_columns"]),
                        referred_schema=fk.get("referred_schema") or schema,
                        name=fk.get("name"),
                    )
                    for fk in foreign_keys
                ),
                key=lambda fk: (fk.columns, fk.referred_table, fk.name or ""),
            )
        ),
        indexes=_indexes(indexes, uniques),
        comment=comment.get("text") or None,
    )


def _indexes(
    indexes: Sequence[Mapping[str, Any]], uniques: Sequence[Mapping[str, Any]]
) -> tuple[Index, ...]:
    found: dict[tuple[tuple[str, ...], str], Index] = {}
    for index in indexes:
        names = index.get("column_names") or ()
        expressions = index.get("expressions") or ()
        columns = tuple(
            str(col if col is not None else expr)
            for col, expr in zip(names, list(expressions) + [None] * len(names), strict=False)
        )
        found[(columns, index.get("name") or "")] = Index(
            columns=columns, name=index.get("name"), unique=bool(index.get("unique"))
        )
    for unique in uniques:
        columns = tuple(unique.get("column_names") or ())
        key = (columns, unique.get("name") or "")
        if key not in found:
            found[key] = Index(columns=columns, name=unique.get("name"), unique=True)
    return tuple(found[key] for key in sorted(found))

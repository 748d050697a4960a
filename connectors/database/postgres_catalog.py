"""PostgreSQL relations of a schema: their names, kinds and row estimates from one catalog query,
and the columns of every table and view, each distinct type read once.

The inspector names a schema's tables, views and materialized views in three queries
(``get_table_names``, ``get_view_names``, ``get_materialized_view_names``) and the row counts took
a fourth; each reads ``pg_class`` whole, which costs most where the catalog is largest or most
bloated. :func:`postgres_relations` asks once, with the inspector's own filters.

SQLAlchemy's ``get_multi_columns`` asks the catalog in one query, then builds a type object for
every column it returns (a quarter of a second of CPU for 60,000 columns), where a schema holds a
few dozen distinct types. Here the dialect's own query is run and each distinct type is read by
the dialect's own reader once, rendered as :func:`.reflection.type_name` renders the inspector's,
so the columns read exactly as ``get_multi_columns`` shows them. Both are private to SQLAlchemy:
when either is missing or has changed, :func:`postgres_columns` returns None and the caller asks
the inspector.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.engine.reflection import ObjectKind, ObjectScope
from sqlalchemy.types import NullType

from assessor.model import TableColumn

from .reflection import quiet_unknown_types, type_name

__all__ = ["Relations", "postgres_columns", "postgres_relations"]

_SEQUENCE_DEFAULT = re.compile(r"(nextval\(')([^']+)('.*$)")
# The columns query's fields read here, in the order they are unpacked.
_FIELDS = (
    "table_name", "name", "format_type", "collation", "default", "generated", "not_null",
    "comment",
)  # fmt: skip

# The kind each relkind is listed as, as the inspector's name queries list them: tables
# (get_table_names: plain and partitioned), views and materialized views. A foreign table ('f')
# is in none of them, so it is left out here too; it still has a row estimate.
_KINDS = {"r": "table", "p": "table", "v": "view", "m": "view"}
# The relkinds catalog.py's row-count query reads estimates of.
_ESTIMATED = frozenset("rpmf")

# With the inspector's filters (SQLAlchemy's _pg_class_filter_scope_schema, ObjectScope.DEFAULT):
# no temporary relation; the schema's, or with none those the search path shows, outside
# pg_catalog.
_RELATIONS = (
    "SELECT c.relname, c.relkind, c.reltuples::bigint, c.oid, c.relhastriggers "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relpersistence <> 't' AND "
)
_IN_SCHEMA = text(_RELATIONS + "n.nspname = :schema")
_ON_PATH = text(_RELATIONS + "pg_catalog.pg_table_is_visible(c.oid) AND n.nspname <> 'pg_catalog'")


class Relations(NamedTuple):
    """A schema's tables and views, its row estimates, and where its triggers may be."""

    # name -> "table" or "view", as :func:`.reflection._object_names` names them
    kinds: dict[str, str]
    # name -> the planner's row estimate (None: never analysed) of each table, materialized
    # view and foreign table, as catalog.py's row-count query reads them
    rows: dict[str, int | None]
    # name -> oid of each relation that has or had a trigger (relhastriggers): the trigger
    # count then looks up those alone, not the whole pg_class again
    triggered: dict[str, int]


def postgres_relations(connection: Connection, schema: str | None) -> Relations:
    """The tables, views and materialized views of ``schema`` by kind, their row estimates,
    and the relations that may hold triggers, from one query of ``pg_class``."""
    query = _ON_PATH if schema is None else _IN_SCHEMA.bindparams(schema=schema)
    relations = Relations({}, {}, {})
    for name, relkind, estimate, oid, has_triggers in connection.execute(query):
        if relkind in _KINDS:
            relations.kinds[name] = _KINDS[relkind]
        if relkind in _ESTIMATED:
            # reltuples is -1 for a table never vacuumed or analysed: its size is unknown.
            relations.rows[name] = None if estimate < 0 else int(estimate)
        if has_triggers:
            relations.triggered[name] = int(oid)
    return relations


class _ReadType(NamedTuple):
    """What a column takes from its type: its name, and a domain's NOT NULL and default."""

    name: str
    not_null: bool
    default: str | None


def postgres_columns(
    connection: Connection, schema: str | None
) -> dict[tuple[str | None, str], list[TableColumn]] | None:
    """The columns of every table, view and materialized view of ``schema`` by (schema, name),
    read as :func:`.reflection.build_profile` reads ``Inspector.get_multi_columns``'s (name,
    type rendered, nullable, default, comment; an unknown type as PostgreSQL writes it:
    ``POINT``); None when this SQLAlchemy does not offer what is read here."""
    dialect = connection.dialect
    try:
        from sqlalchemy.dialects.postgresql import DOMAIN
        from sqlalchemy.dialects.postgresql.base import _NamedTypeLoader  # private

        query = dialect._columns_query(  # type: ignore[attr-defined]
            schema, False, ObjectScope.DEFAULT, ObjectKind.ANY
        )
        loader = _NamedTypeLoader(dialect, connection, {})  # type: ignore[arg-type]
    except (ImportError, AttributeError, TypeError):
        return None
    result = connection.execute(query)
    at = {key: position for position, key in enumerate(result.keys())}
    # One call takes a row's fields in this order: cheaper than indexing the row eight times.
    fields = itemgetter(*(at[key] for key in _FIELDS))
    read: dict[str | tuple[str, str | None, str | None], _ReadType] = {}

    def read_type(format_type: str, collation: dict[str, Any] | None) -> _ReadType:
        named, in_schema = (collation["name"], collation["schema"]) if collation else (None, None)
        column_type = dialect._reflect_type(  # type: ignore[attr-defined]
            format_type,
            loader,
            type_description=f"type '{format_type}'",
            collation=named,
            collation_schema=in_schema,
        )
        domain = isinstance(column_type, DOMAIN)
        found = read[(format_type, named, in_schema) if collation else format_type] = _ReadType(
            format_type.upper()
            if isinstance(column_type, NullType)
            else type_name(column_type, dialect),
            domain and bool(column_type.not_null),
            column_type.default if domain else None,
        )
        return found

    columns: dict[tuple[str | None, str], list[TableColumn]] = {}
    found: list[TableColumn] = []
    current = None
    try:
        with quiet_unknown_types():
            # one fetch: row by row costs a call a column
            for table, name, format_type, collation, default, generated, not_null, comment in map(
                fields, result.all()
            ):
                if table != current:  # the rows come ordered by table
                    current = table
                    found = columns.setdefault((schema, table), [])
                if name is None:  # a table with no column
                    continue
                # most columns have their type's own collation: their type is read by its name
                kind = read.get(
                    (format_type, collation["name"], collation["schema"])
                    if collation
                    else format_type
                ) or read_type(format_type, collation)
                if not default and kind.default is not None:
                    default = kind.default  # a domain's, unless the column sets its own
                if generated not in (None, "", b"\x00"):
                    default = None  # a generated column's expression is no default
                elif default is not None and schema is not None:
                    default = _qualified_sequence(default, schema)
                found.append(
                    TableColumn.read(
                        name,
                        kind.name,
                        not not_null and not kind.not_null,
                        None if default is None else str(default),
                        comment or None,
                    )
                )
    except (AttributeError, TypeError):  # the private reader has changed: ask the inspector
        return None
    return columns


def _qualified_sequence(default: str, schema: str) -> str:
    """A sequence's default named with its schema, as the inspector writes it."""
    match = _SEQUENCE_DEFAULT.search(default)
    if match is None or "." in match.group(2):
        return default
    return f'{match.group(1)}"{schema}".{match.group(2)}{match.group(3)}'

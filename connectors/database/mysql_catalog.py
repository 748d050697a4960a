"""MySQL/MariaDB tables and views from ``information_schema``, a handful of queries per schema.

SQLAlchemy's MySQL dialect reflects one ``SHOW CREATE TABLE`` per table, and ``SHOW CREATE`` on a
view needs the SHOW VIEW privilege a read-only user rarely holds. ``information_schema`` answers
for every table the user may read at once. Column types go through SQLAlchemy's own MySQL
parser, so they read as the inspector would show them (``int(11)`` -> ``INTEGER(11)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection, Dialect

from assessor.model import TableColumn, TableProfile

from .reflection import Failure, build_profile, type_name

__all__ = ["legacy_charset", "mysql_tables", "mysql_views"]


@lru_cache(maxsize=4096)
def mysql_type(dialect: Dialect, column_type: str) -> str:
    """A MySQL column type as the inspector would render it (``int(11)`` -> ``INTEGER(11)``).

    Cached: a schema uses a few dozen distinct types across all its columns.
    """
    try:
        from sqlalchemy.dialects.mysql.reflection import ReflectedState  # private, may move

        state = ReflectedState()
        dialect._tabledef_parser._parse_column(f"  `c` {column_type}", state)  # type: ignore[attr-defined]
        return type_name(state.columns[0]["type"], dialect)
    except Exception:  # a private parser: if it changes, show the catalog's own words
        return column_type.upper()


def legacy_charset(charset: str | None) -> bool:
    """A column character set other than UTF-8 (``latin1``, ``cp1252``): None is no text."""
    return charset is not None and not charset.lower().startswith("utf8")


def mysql_views(
    connection: Connection, schema: str, views: Sequence[str], legacy: dict[str, int]
) -> tuple[tuple[TableProfile, ...], tuple[Failure, ...]]:
    """Views and their columns from ``information_schema.COLUMNS``, in one query; ``legacy``
    gets, by view, how many of its columns are in a character set other than UTF-8."""
    if not views:
        return (), ()
    rows = connection.execute(
        text(
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, "
            "COLUMN_COMMENT, CHARACTER_SET_NAME FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = :schema AND TABLE_NAME IN :views "
            "ORDER BY TABLE_NAME, ORDINAL_POSITION"
        ).bindparams(bindparam("views", expanding=True)),
        {"schema": schema, "views": list(views)},
    ).all()
    by_view: dict[str, list[TableColumn]] = {}
    for view, name, column_type, nullable, default, comment, charset in rows:
        if legacy_charset(charset):
            legacy[view] = legacy.get(view, 0) + 1
        by_view.setdefault(view, []).append(
            TableColumn(
                name=name,
                type=mysql_type(connection.dialect, column_type),
                nullable=nullable == "YES",
                default=None if default is None else str(default),
                comment=comment or None,
            )
        )
    profiles = tuple(
        TableProfile(name=view, schema=schema, kind="view", columns=tuple(by_view[view]))
        for view in views
        if view in by_view
    )
    failures = tuple(
        Failure(
            f"table {schema}.{view}",
            "broken-view",
            "the view's columns cannot be read: it refers to tables that are gone or that the "
            "scan's user may not read",
        )
        for view in views
        if view not in by_view
    )
    return profiles, failures


def _default(value: object) -> str | None:
    # MariaDB writes the default of a nullable column as the word NULL
    return None if value is None or value == "NULL" else str(value)


def mysql_tables(
    connection: Connection, schema: str, names: Sequence[str], legacy: dict[str, int]
) -> tuple[TableProfile, ...]:
    """The base tables ``names`` of ``schema``: columns, keys, indexes and comments; ``legacy``
    gets, by table, how many of its columns are in a character set other than UTF-8 (read with
    the columns, so that the row counts need not scan ``information_schema.COLUMNS`` again)."""
    if not names:
        return ()
    wanted = set(names)
    params = {"schema": schema}

    def rows(query: str) -> list[Any]:
        return [r for r in connection.execute(text(query), params).all() if r[0] in wanted]

    columns: dict[str, list[dict[str, Any]]] = {}
    for table, name, column_type, nullable, default, comment, charset in rows(
        "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, "
        "COLUMN_COMMENT, CHARACTER_SET_NAME FROM information_schema.COLUMNS "
        "WHERE TABLE_SCHEMA = :schema ORDER BY TABLE_NAME, ORDINAL_POSITION"
    ):
        if legacy_charset(charset):
            legacy[table] = legacy.get(table, 0) + 1
        columns.setdefault(table, []).append(
            {
                "name": name,
                "type": mysql_type(connection.dialect, column_type),
                "nullable": nullable == "YES",
                "default": _default(default),
                "comment": comment or None,
            }
        )
    primary: dict[str, list[str]] = {}
    indexes: dict[str, dict[str, dict[str, Any]]] = {}
    for table, index, non_unique, column in rows(
        "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS "
        "WHERE TABLE_SCHEMA = :schema ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"
    ):
        if index == "PRIMARY":
            primary.setdefault(table, []).append(column)
            continue
        entry = indexes.setdefault(table, {}).setdefault(
            index, {"name": index, "unique": not int(non_unique), "column_names": []}
        )
        entry["column_names"].append(column)
    foreign: dict[str, dict[str, dict[str, Any]]] = {}
    for table, constraint, column, ref_schema, ref_table, ref_column in rows(
        "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, "
        "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
        "WHERE TABLE_SCHEMA = :schema AND REFERENCED_TABLE_NAME IS NOT NULL "
        "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"
    ):
        entry = foreign.setdefault(table, {}).setdefault(
            constraint,
            {
                "name": constraint,
                "constrained_columns": [],
                "referred_schema": ref_schema,
                "referred_table": ref_table,
                "referred_columns": [],
            },
        )
        entry["constrained_columns"].append(column)
        entry["referred_columns"].append(ref_column)
    comments = dict(
        rows(
            "SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = :schema AND TABLE_TYPE = 'BASE TABLE'"
        )
    )
    return tuple(
        build_profile(
            schema,
            name,
            "table",
            connection.dialect,
            columns[name],
            {"constrained_columns": primary.get(name, [])},
            list(foreign.get(name, {}).values()),
            list(indexes.get(name, {}).values()),
            [],
            {"text": comments.get(name) or None},
        )
        for name in sorted(columns)
    )

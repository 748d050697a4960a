"""PostgreSQL columns read with each distinct type parsed once read as SQLAlchemy's inspector
reads them, on a real server, for every kind of column a schema may hold."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.reflection import Inspector, ObjectKind
from sqlalchemy.exc import OperationalError

from assessor.connectors.database import DatabaseConnector, postgres_catalog, reflection
from assessor.connectors.database.catalog import (
    _postgresql_row_estimates,
    routine_and_trigger_counts,
)
from assessor.connectors.database.postgres_catalog import postgres_columns, postgres_relations
from assessor.connectors.database.reflection import quiet_unknown_types, reflect_schema

EVERY_KIND = """
CREATE DOMAIN mrn_text AS varchar(20) NOT NULL DEFAULT 'unknown';
CREATE DOMAIN plain_text AS text;
CREATE TYPE visit_kind AS ENUM ('inpatient', 'outpatient');
CREATE TABLE patient (
    id serial PRIMARY KEY,
    code integer GENERATED ALWAYS AS IDENTITY,
    mrn mrn_text,
    own_mrn mrn_text DEFAULT 'set here',
    note plain_text,
    kind visit_kind,
    name varchar(60) COLLATE "C",
    born date NOT NULL,
    seen timestamp with time zone,
    wait interval,
    flags bit(4),
    tags text[],
    grid integer[][],
    place point,
    amount numeric(10, 2),
    amount_doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
    photo bytea,
    answers jsonb,
    key uuid,
    "Mixed Case" text
);
COMMENT ON COLUMN patient.name IS 'as <script>typed</script>';
CREATE TABLE nothing ();
CREATE TABLE reading (id bigint, at timestamp) PARTITION BY RANGE (at);
CREATE VIEW patient_names AS SELECT id, name FROM patient;
CREATE MATERIALIZED VIEW kinds AS SELECT kind, count(*) AS n FROM patient GROUP BY kind;
"""


@pytest.fixture
def every_kind(pg_schema):
    pg_schema.run(EVERY_KIND)
    return pg_schema


def _reflected(url: str, schema: str, *, inspector_only: bool = False, on_path: bool = False):
    engine = create_engine(url)
    original = postgres_catalog.postgres_columns
    if inspector_only:
        postgres_catalog.postgres_columns = lambda *_: None
    try:
        with engine.connect() as connection:
            if on_path:  # the catalog then names the schema's sequences without it
                connection.execute(text(f'SET search_path TO "{schema}"'))
            return reflect_schema(connection, schema)
    finally:
        postgres_catalog.postgres_columns = original
        engine.dispose()


@pytest.mark.parametrize("on_path", [False, True])
def test_every_kind_of_column_reads_as_the_inspector_reads_it(every_kind, on_path):
    fast = _reflected(every_kind.url, every_kind.name, on_path=on_path)
    inspected = _reflected(every_kind.url, every_kind.name, inspector_only=True, on_path=on_path)
    assert (fast.tables, fast.failures, fast.bulk) == (
        inspected.tables,
        inspected.failures,
        inspected.bulk,
    )
    assert [t.name for t in fast.tables] == [
        "kinds", "nothing", "patient", "patient_names", "reading"
    ]  # fmt: skip


def test_a_domains_not_null_and_default_and_a_sequences_schema_are_kept(every_kind):
    reflected = _reflected(every_kind.url, every_kind.name, on_path=True)
    patient = next(t for t in reflected.tables if t.name == "patient")
    columns = {c.name: c for c in patient.columns}
    assert not columns["mrn"].nullable and columns["mrn"].default == "'unknown'::character varying"
    assert columns["own_mrn"].default == "'set here'::character varying"
    assert columns["id"].default == f"nextval('\"{every_kind.name}\".patient_id_seq'::regclass)"
    assert columns["amount_doubled"].default is None  # a generated column's expression
    assert columns["place"].type == "POINT"


def test_columns_are_read_from_one_query_of_the_catalog(every_kind):
    engine = create_engine(every_kind.url)
    with engine.connect() as connection:
        columns = postgres_columns(connection, every_kind.name)
    engine.dispose()
    assert columns is not None
    assert columns[(every_kind.name, "nothing")] == []
    assert len(columns[(every_kind.name, "patient")]) == 20


KINDS = {
    "kinds": "view",
    "nothing": "table",
    "patient": "table",
    "patient_names": "view",
    "reading": "table",
    "reading_2026": "table",
}


@pytest.fixture
def partitioned(every_kind):
    every_kind.run(
        "CREATE TABLE reading_2026 PARTITION OF reading "
        "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
    )
    return every_kind


@contextmanager
def _statements() -> Iterator[list[str]]:
    """Every statement any engine sends while the block runs."""
    sent: list[str] = []

    def record(_connection, _cursor, statement, *_args) -> None:
        sent.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(Engine, "before_cursor_execute", record)


def test_tables_views_and_materialized_views_are_named_with_their_kinds_in_one_query(partitioned):
    engine = create_engine(partitioned.url)
    with engine.connect() as connection:
        relations = postgres_relations(connection, partitioned.name)
        listed = reflection._object_names(inspect(connection), partitioned.name)
        reflected = reflect_schema(connection, partitioned.name)
    engine.dispose()
    assert relations.kinds == listed == KINDS  # as the inspector's three name queries say
    assert {t.name: t.kind for t in reflected.tables} == KINDS
    assert reflected.failures == () and reflected.bulk


def test_without_a_schema_the_relations_the_search_path_shows_are_named(partitioned):
    engine = create_engine(partitioned.url)
    with engine.connect() as connection:
        connection.execute(text(f'SET search_path TO "{partitioned.name}"'))
        relations = postgres_relations(connection, None)
        listed = reflection._object_names(inspect(connection), None)
    engine.dispose()
    assert relations.kinds == listed == KINDS


def test_row_estimates_read_with_the_names_are_the_row_count_querys(every_kind, pg_admin):
    every_kind.run("INSERT INTO patient (born) SELECT date '2000-01-01' FROM generate_series(1, 7)")
    pg_admin(f'ANALYZE "{every_kind.name}".patient')
    engine = create_engine(every_kind.url)
    with engine.connect() as connection:
        estimates = reflect_schema(connection, every_kind.name).row_estimates
        queried = _postgresql_row_estimates(connection, [every_kind.name])
    engine.dispose()
    assert estimates == {name: rows for (_schema, name), rows in queried.items()}
    assert estimates["patient"] == 7 and estimates["nothing"] is None  # never analysed
    assert "patient_names" not in estimates  # a view holds no rows


def _sent(url: str, read: Callable[[Connection], object]) -> list[str]:
    """The statements ``read`` sends on a fresh engine (the dialect keeps some answers)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection, _statements() as sent:
            read(connection)
    finally:
        engine.dispose()
    return sent


def _bare_reflection(schema: str) -> Callable[[Connection], None]:
    def read(connection: Connection) -> None:
        inspector = inspect(connection)
        for call in (
            inspector.get_multi_columns,
            inspector.get_multi_pk_constraint,
            inspector.get_multi_foreign_keys,
            inspector.get_multi_indexes,
            inspector.get_multi_unique_constraints,
            inspector.get_multi_table_comment,
        ):
            with quiet_unknown_types():
                call(schema, kind=ObjectKind.ANY)

    return read


def test_the_reflection_asks_the_catalog_once_more_than_sqlalchemys_bulk_calls(partitioned):
    ours = _sent(partitioned.url, lambda connection: reflect_schema(connection, partitioned.name))
    bare = _sent(partitioned.url, _bare_reflection(partitioned.name))
    assert len(ours) == len(bare) + 1  # the names, kinds and row estimates, in one query


def _timeout() -> OperationalError:
    import psycopg

    cancelled = psycopg.errors.QueryCanceled("canceling statement due to statement timeout")
    return OperationalError("SELECT", {}, cancelled)


def test_when_a_bulk_call_fails_each_table_is_read_with_the_kinds_already_known(
    partitioned, monkeypatch
):
    def refused(*_args, **_kwargs):
        raise _timeout()

    monkeypatch.setattr(Inspector, "get_multi_indexes", refused)
    asked = []
    monkeypatch.setattr(reflection, "_object_names", lambda *args: asked.append(args) or {})
    fell_back = _reflected(partitioned.url, partitioned.name)
    assert not fell_back.bulk and not asked  # the names were not asked again
    assert {t.name: t.kind for t in fell_back.tables} == KINDS
    assert fell_back.failures == ()


def test_a_view_that_cannot_be_read_table_by_table_is_one_failure_and_the_rest_is_read(
    partitioned, monkeypatch
):
    def refused(*_args, **_kwargs):
        raise _timeout()

    read_columns = Inspector.get_columns

    def columns(self, name, schema=None, **kw):
        if name == "patient_names":
            raise _timeout()
        return read_columns(self, name, schema, **kw)

    monkeypatch.setattr(Inspector, "get_multi_foreign_keys", refused)
    monkeypatch.setattr(Inspector, "get_columns", columns)
    fell_back = _reflected(partitioned.url, partitioned.name)
    assert {t.name: t.kind for t in fell_back.tables} == {
        name: kind for name, kind in KINDS.items() if name != "patient_names"
    }
    [failure] = fell_back.failures
    assert (failure.location, failure.kind) == (
        f"table {partitioned.name}.patient_names",
        "timeout",
    )


def test_a_scan_asks_the_catalog_five_things_beyond_sqlalchemys_bulk_calls(partitioned):
    bare = _sent(partitioned.url, _bare_reflection(partitioned.name))
    with _statements() as scan:
        DatabaseConnector(schemas=(partitioned.name,)).scan(partitioned.url)
    # The server's version, the schemas, the role's USAGE of them, the names, kinds and row
    # estimates of their tables and views, their routines and triggers.
    assert len(scan) == len(bare) + 5


TRIGGERS = """
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER patient_touch BEFORE UPDATE ON patient FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER reading_touch BEFORE UPDATE ON reading FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER names_instead INSTEAD OF INSERT ON patient_names
    FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE visit (id int PRIMARY KEY, patient_id int REFERENCES patient (id));
CREATE TABLE once_touched (id int);
CREATE TRIGGER gone BEFORE UPDATE ON once_touched FOR EACH ROW EXECUTE FUNCTION touch();
DROP TRIGGER gone ON once_touched;
"""


def test_triggers_are_counted_by_the_relations_named_as_by_the_whole_catalog(partitioned):
    partitioned.run(TRIGGERS)  # on a table, a partitioned table (and so its partition), a view
    engine = create_engine(partitioned.url)
    with engine.connect() as connection:
        triggered = postgres_relations(connection, partitioned.name).triggered
        by_relations = routine_and_trigger_counts(
            connection, [partitioned.name], triggered.values()
        )
        by_catalog = routine_and_trigger_counts(connection, [partitioned.name])
        none_triggered = routine_and_trigger_counts(connection, [partitioned.name], [])
    engine.dispose()
    # the foreign key's triggers are the server's own; a dropped trigger leaves the flag set
    assert {"patient", "reading", "reading_2026", "patient_names", "once_touched"} <= set(triggered)
    assert by_relations == by_catalog
    assert by_catalog[1] == 4  # the partition's is a clone of its table's
    assert none_triggered == (by_catalog[0], 0)

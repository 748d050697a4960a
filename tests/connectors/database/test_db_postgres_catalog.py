"""PostgreSQL columns read with each distinct type parsed once read as SQLAlchemy's inspector
reads them, on a real server, for every kind of column a schema may hold."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from assessor.connectors.database import postgres_catalog
from assessor.connectors.database.postgres_catalog import postgres_columns
from assessor.connectors.database.reflection import reflect_schema

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
    assert fast == inspected
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

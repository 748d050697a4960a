"""PostgreSQL, for real: bulk reflection, catalog sizes, read-only sessions, roles and refusals."""

from __future__ import annotations

import json
import warnings
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from assessor.connectors.database import DatabaseConnector
from assessor.connectors.database.session import open_engine
from assessor.errors import SourceError
from assessor.lifecycle import load_lifecycle, support_status
from assessor.model import PhiClass

WARD_AND_ADMISSIONS = """
CREATE TABLE ward (ward_code varchar(8) PRIMARY KEY, ward_name text);
CREATE TABLE patient (
    id serial PRIMARY KEY,
    mrn varchar(12) NOT NULL UNIQUE,
    family_name text,
    birth_date date,
    created_at timestamptz DEFAULT now()
);
COMMENT ON TABLE patient IS 'People the hospital treats';
COMMENT ON COLUMN patient.mrn IS 'Hospital number';
CREATE TABLE admission (
    id bigint PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patient(id),
    ward_code varchar(8) REFERENCES ward(ward_code),
    admitted_at timestamp,
    notes text
);
CREATE INDEX admission_by_patient ON admission (patient_id, admitted_at);
CREATE TABLE bed_log (bed_no integer, admission_id bigint, logged text);
CREATE VIEW current_admission AS SELECT * FROM admission;
CREATE MATERIALIZED VIEW admissions_per_patient AS
    SELECT patient_id, count(*) AS n FROM admission GROUP BY patient_id;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER admission_touch BEFORE INSERT ON admission
    FOR EACH ROW EXECUTE FUNCTION touch();
INSERT INTO ward VALUES ('W1', 'Keats'), ('W2', 'Shelley');
INSERT INTO patient (mrn, family_name, birth_date)
    SELECT 'H' || g, 'Family' || g, date '1960-01-01' + g FROM generate_series(1, 25) g;
INSERT INTO admission SELECT g, g, 'W1', timestamp '2026-03-01' + g * interval '1 hour', 'ok'
    FROM generate_series(1, 25) g;
"""


@pytest.fixture
def admissions(pg_schema):
    pg_schema.run(WARD_AND_ADMISSIONS)
    return pg_schema


def _scan(schema, **options):
    return DatabaseConnector(schemas=(schema.name,), **options).scan(schema.url)


def test_tables_views_columns_keys_indexes_and_comments_are_reflected(admissions):
    store = _scan(admissions).stores[0]
    tables = {table.name: table for table in store.tables}
    assert list(tables) == [
        "admission",
        "admissions_per_patient",
        "bed_log",
        "current_admission",
        "patient",
        "ward",
    ]
    assert tables["current_admission"].kind == "view"
    assert tables["admissions_per_patient"].kind == "view"
    patient = tables["patient"]
    assert patient.comment == "People the hospital treats"
    mrn = next(c for c in patient.columns if c.name == "mrn")
    assert (mrn.type, mrn.nullable, mrn.comment) == ("VARCHAR(12)", False, "Hospital number")
    assert [(i.columns, i.unique) for i in patient.indexes] == [(("mrn",), True)]
    admission = tables["admission"]
    assert admission.primary_key == ("id",)
    assert [
        (fk.columns, fk.referred_table, fk.referred_schema, fk.implied)
        for fk in admission.foreign_keys
    ] == [
        (("patient_id",), "patient", admissions.name, False),
        (("ward_code",), "ward", admissions.name, False),
    ]
    assert ("patient_id", "admitted_at") in [i.columns for i in admission.indexes]


def test_a_type_sqlalchemy_does_not_know_keeps_the_servers_name_and_warns_no_one(pg_schema):
    pg_schema.run("CREATE TABLE visit (id integer PRIMARY KEY, seen_at point, path int4range)")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning on the user's terminal fails the test
        store = _scan(pg_schema).stores[0]
    types = {c.name: c.type for c in store.tables[0].columns}
    assert types == {"id": "INTEGER", "seen_at": "POINT", "path": "INT4RANGE"}


def test_server_version_routines_and_triggers_come_from_the_catalog(admissions):
    store = _scan(admissions).stores[0]
    assert store.product == "postgresql"
    assert store.server_version and store.server_version.split(".")[0].isdigit()
    status = support_status(store.product, store.server_version, date(2026, 1, 1))
    known = {row.cycle for row in load_lifecycle() if row.product == "postgresql"}
    if store.server_version.split(".")[0] in known:
        assert status.cycle == store.server_version.split(".")[0]
    assert (store.routines, store.triggers) == (1, 1)
    assert store.charset == "UTF8"
    assert store.schemas == (admissions.name,)


def test_row_counts_are_the_catalog_estimate_known_only_after_analyse(admissions, pg_admin):
    before = {t.name: t.estimated_rows for t in _scan(admissions).stores[0].tables}
    assert before["admission"] is None  # never analysed: unknown, not zero
    pg_admin(f'ANALYZE "{admissions.name}".admission')
    after = {t.name: (t.estimated_rows, t.rows_exact) for t in _scan(admissions).stores[0].tables}
    assert after["admission"] == (25, False)
    exact = {
        t.name: (t.estimated_rows, t.rows_exact)
        for t in _scan(admissions, exact_counts=True).stores[0].tables
    }
    assert exact["patient"] == (25, True)


def test_implied_keys_are_reported_apart_from_declared_ones_and_can_be_switched_off(admissions):
    bed_log = next(t for t in _scan(admissions).stores[0].tables if t.name == "bed_log")
    [implied] = bed_log.foreign_keys
    assert (implied.columns, implied.referred_table, implied.referred_columns) == (
        ("admission_id",),
        "admission",
        ("id",),
    )
    assert implied.implied and 0 < implied.confidence < 1
    assert "DB-FK01" in bed_log.smells
    off = _scan(admissions, infer_relationships=False).stores[0]
    assert next(t for t in off.tables if t.name == "bed_log").foreign_keys == ()


def test_phi_and_smells_follow_the_declared_patient_key(admissions):
    tables = {t.name: t for t in _scan(admissions).stores[0].tables}
    admission = {c.name: {m.phi_class for m in c.phi} for c in tables["admission"].columns}
    assert admission["admitted_at"] == {PhiClass.DATE}
    assert admission["notes"] == {PhiClass.FREE_TEXT}
    assert admission["ward_code"] == set()
    assert "DB-TZ01" in tables["admission"].smells  # timestamp without time zone
    assert "DB-TZ01" not in tables["patient"].smells  # timestamptz
    assert {c.name for c in tables["ward"].columns if c.phi} == set()


def test_the_session_is_read_only_and_bounded_by_the_statement_timeout(admissions):
    engine = open_engine(make_url(admissions.url), statement_timeout=1.5)
    with engine.connect() as connection:
        assert connection.execute(text("SHOW transaction_read_only")).scalar() == "on"
        assert connection.execute(text("SHOW statement_timeout")).scalar() == "1500ms"
        with pytest.raises(DBAPIError, match="read-only transaction"):
            connection.execute(text(f'CREATE TABLE "{admissions.name}".intruder (x int)'))
        with pytest.raises(DBAPIError, match="read-only transaction"):
            connection.execute(text(f'DELETE FROM "{admissions.name}".ward'))
    engine.dispose()


def test_a_statement_past_the_timeout_is_cancelled(pg_server):
    engine = open_engine(make_url(pg_server), statement_timeout=0.2)
    with engine.connect() as connection, pytest.raises(DBAPIError, match="statement timeout"):
        connection.execute(text("SELECT pg_sleep(30)"))
    engine.dispose()


@pytest.fixture
def pg_reader(admissions, pg_admin, fresh_name):
    """A login role holding only USAGE on the schema and SELECT on its tables."""
    role = fresh_name("assessor_ro")
    pg_admin(
        f'CREATE ROLE "{role}" LOGIN;'
        f'GRANT USAGE ON SCHEMA "{admissions.name}" TO "{role}";'
        f'GRANT SELECT ON ALL TABLES IN SCHEMA "{admissions.name}" TO "{role}";'
    )
    try:
        yield role
    finally:
        pg_admin(f'DROP OWNED BY "{role}"; DROP ROLE "{role}";')


def test_a_role_with_only_usage_and_select_scans_the_same_inventory(admissions, pg_reader):
    url = f"postgresql+psycopg://{pg_reader}@127.0.0.1:5432/test"
    as_reader = DatabaseConnector(schemas=(admissions.name,), sample_rows=5).scan(url)
    as_owner = DatabaseConnector(schemas=(admissions.name,), sample_rows=5).scan(admissions.url)
    assert as_reader.scan.errors == ()
    assert as_reader.stores[0].tables == as_owner.stores[0].tables


def test_a_refused_schema_and_a_refused_table_are_reported_and_the_rest_is_scanned(
    admissions, pg_reader, pg_admin, fresh_name
):
    hidden = fresh_name("assessor_hidden")
    pg_admin(
        f'CREATE SCHEMA "{hidden}"; CREATE TABLE "{hidden}".secret (id int);'
        f'REVOKE SELECT ON "{admissions.name}".patient FROM "{pg_reader}";'
    )
    try:
        url = f"postgresql+psycopg://{pg_reader}@127.0.0.1:5432/test"
        inventory = DatabaseConnector(schemas=(admissions.name, hidden), sample_rows=5).scan(url)
    finally:
        pg_admin(f'DROP SCHEMA "{hidden}" CASCADE')
    errors = {(e.location, e.kind) for e in inventory.scan.errors}
    assert errors == {
        (f"schema {hidden}", "permission-denied"),
        (f"table {admissions.name}.patient", "permission-denied"),
    }
    names = {t.name for t in inventory.stores[0].tables}
    assert {"admission", "patient", "ward"} <= names and "secret" not in names
    assert inventory.scan.sources[0].status == "partial"


def test_an_unreachable_server_is_a_source_error_with_the_password_masked():
    url = "postgresql+psycopg://postgres:Sup3r-S3cret@127.0.0.1:1/test"
    with pytest.raises(SourceError) as raised:
        DatabaseConnector(statement_timeout=2).scan(url)
    assert raised.value.kind == "connection-failed"
    assert "Sup3r-S3cret" not in str(raised.value)
    assert "postgresql+psycopg://postgres:***@127.0.0.1:1/test" in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_an_unknown_role_is_an_authentication_error(pg_server):
    url = "postgresql+psycopg://no_such_assessor_role:Sup3r-S3cret@127.0.0.1:5432/test"
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan(url)
    assert raised.value.kind == "auth-failed"
    assert "Sup3r-S3cret" not in str(raised.value)


def test_the_password_appears_nowhere_in_the_inventory(admissions):
    url = admissions.url.replace("postgres@", "postgres:Sup3r-S3cret@")
    inventory = DatabaseConnector(schemas=(admissions.name, "no_such_schema")).scan(url)
    dumped = json.dumps(inventory.to_dict())
    assert "Sup3r-S3cret" not in dumped and "postgres:***@" in dumped
    assert [e.kind for e in inventory.scan.errors] == ["not-found"]


def test_without_a_schema_list_every_non_system_schema_is_scanned(admissions):
    store = DatabaseConnector().scan(admissions.url).stores[0]
    assert admissions.name in store.schemas
    assert not {"pg_catalog", "information_schema", "pg_toast"} & set(store.schemas)
    assert any(t.schema == admissions.name and t.name == "patient" for t in store.tables)


def test_a_table_locked_by_another_session_costs_one_timeout_and_the_rest_is_scanned(admissions):
    import psycopg

    with psycopg.connect("host=127.0.0.1 user=postgres dbname=test") as holder:
        holder.execute(f'LOCK TABLE "{admissions.name}".ward IN ACCESS EXCLUSIVE MODE')
        inventory = DatabaseConnector(
            schemas=(admissions.name,), sample_rows=5, statement_timeout=0.5
        ).scan(admissions.url)
        holder.rollback()
    errors = [(e.location, e.kind) for e in inventory.scan.errors]
    assert errors == [(f"table {admissions.name}.ward", "timeout")]
    names = {t.name for t in inventory.stores[0].tables}
    assert {"admission", "patient", "ward"} <= names


def test_a_scan_of_only_a_refused_schema_reports_that_one_refusal(pg_reader, pg_admin, fresh_name):
    hidden = fresh_name("assessor_hidden")
    pg_admin(f'CREATE SCHEMA "{hidden}"; CREATE TABLE "{hidden}".secret (id int);')
    try:
        url = f"postgresql+psycopg://{pg_reader}@127.0.0.1:5432/test"
        inventory = DatabaseConnector(schemas=(hidden,), exact_counts=True).scan(url)
    finally:
        pg_admin(f'DROP SCHEMA "{hidden}" CASCADE')
    errors = [(e.location, e.kind) for e in inventory.scan.errors]
    assert errors == [(f"schema {hidden}", "permission-denied")]
    assert inventory.stores[0].tables == ()
    assert inventory.scan.sources[0].status == "failed"


def test_a_table_refused_to_both_counting_and_sampling_is_one_error(
    admissions, pg_reader, pg_admin
):
    pg_admin(f'REVOKE SELECT ON "{admissions.name}".patient FROM "{pg_reader}";')
    url = f"postgresql+psycopg://{pg_reader}@127.0.0.1:5432/test"
    inventory = DatabaseConnector(
        schemas=(admissions.name,), sample_rows=5, exact_counts=True
    ).scan(url)
    errors = [(e.location, e.kind) for e in inventory.scan.errors]
    assert errors == [(f"table {admissions.name}.patient", "permission-denied")]


@pytest.fixture
def sql_ascii_database(pg_admin, fresh_name):
    """A database of its own in the legacy SQL_ASCII encoding, with latin-1 bytes in a name."""
    import psycopg

    name = fresh_name("assessor_ascii")
    pg_admin(
        f"CREATE DATABASE \"{name}\" ENCODING 'SQL_ASCII' TEMPLATE template0 "
        "LC_COLLATE 'C' LC_CTYPE 'C'"
    )
    try:
        with psycopg.connect(
            host="127.0.0.1", user="postgres", dbname=name, autocommit=True
        ) as connection:
            connection.execute(
                "CREATE TABLE patient (id int PRIMARY KEY, surname text, born date);"
                "INSERT INTO patient VALUES (1, E'Zanzib\\xe9rina', '1961-02-03')"
            )
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        pg_admin(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_a_sql_ascii_database_is_scanned_and_smells_of_its_character_set(sql_ascii_database):
    inventory = DatabaseConnector().scan(sql_ascii_database)
    store = inventory.stores[0]
    assert inventory.scan.errors == ()
    assert store.charset == "SQL_ASCII"
    assert "DB-CS01" in next(t for t in store.tables if t.name == "patient").smells


def test_sampling_text_that_is_not_utf8_costs_one_error_that_quotes_no_value(sql_ascii_database):
    inventory = DatabaseConnector(sample_rows=5).scan(sql_ascii_database)
    errors = [(e.location, e.kind) for e in inventory.scan.errors]
    assert errors == [("table public.patient", "unreadable-values")]
    dumped = json.dumps(inventory.to_dict())
    assert "Zanzib" not in dumped and "0xe9" not in dumped
    assert [t.name for t in inventory.stores[0].tables] == ["patient"]


def test_an_unknown_database_is_not_found(pg_server):
    url = "postgresql+psycopg://postgres:Sup3r-S3cret@127.0.0.1:5432/no_such_assessor_db"
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan(url)
    assert raised.value.kind == "not-found"
    assert "check the database name" in str(raised.value)
    assert "Sup3r-S3cret" not in str(raised.value)


def test_past_the_deadline_the_tables_not_reached_are_listed_as_not_sampled(admissions):
    inventory = _scan(admissions, sample_rows=5, deadline=0)
    errors = {(e.location, e.kind) for e in inventory.scan.errors}
    tables = [t for t in inventory.stores[0].tables if t.kind == "table"]
    assert errors == {(f"table {admissions.name}.{t.name}", "deadline") for t in tables}
    assert all("not sampled" in e.message for e in inventory.scan.errors)
    assert inventory.scan.sources[0].status == "partial"


def test_within_the_deadline_nothing_is_said(admissions):
    assert _scan(admissions, sample_rows=5, deadline=600).scan.errors == ()

"""SQLite: opened read-only, left byte-identical, sizes counted within a bound, failures kept."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from assessor.connectors.database import DatabaseConnector, catalog, connector
from assessor.connectors.database.session import open_engine
from assessor.errors import SourceError
from assessor.model import PhiClass

CLINIC = """
CREATE TABLE patient (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    dob DATE,
    email TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE visit (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    seen_at TIMESTAMP,
    note TEXT,
    ward_code TEXT
);
CREATE INDEX visit_patient ON visit(patient_id);
CREATE VIEW recent_visit AS SELECT patient_id, seen_at FROM visit;
CREATE TRIGGER visit_touch AFTER INSERT ON visit BEGIN SELECT 1; END;
INSERT INTO patient (id, first_name, dob, email) VALUES
    (1, 'Zanzibarina', '1961-02-03', 'zanzibarina@example.org'),
    (2, 'Quillonette', '1975-06-07', 'quillonette@example.org');
INSERT INTO visit (patient_id, seen_at, note, ward_code) VALUES
    (1, '2026-03-01 10:00', 'Complains of Xyloquartz pain', 'W1'),
    (2, '2026-03-02 11:00', 'Follow-up', 'W2');
"""


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(CLINIC)
    connection.commit()
    connection.close()
    return path


def _digest(path: Path) -> dict[str, str]:
    """Every file in the folder (journal or WAL files included) and its SHA-256."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.parent.iterdir())
    }


def test_a_scan_leaves_the_sqlite_file_byte_identical(clinic):
    before = _digest(clinic)
    DatabaseConnector(sample_rows=10, exact_counts=True).scan(f"sqlite:///{clinic}")
    assert _digest(clinic) == before


def test_a_scan_of_a_wal_mode_database_creates_no_side_files(clinic):
    connection = sqlite3.connect(clinic)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()  # checkpointed: the -wal and -shm files are gone
    before = _digest(clinic)
    store = DatabaseConnector(sample_rows=10).scan(f"sqlite:///{clinic}").stores[0]
    assert _digest(clinic) == before
    assert {t.name for t in store.tables} == {"patient", "recent_visit", "visit"}


def test_the_session_refuses_to_write(clinic):
    engine = open_engine(make_url(f"sqlite:///{clinic}"), statement_timeout=5)
    with engine.connect() as connection, pytest.raises(OperationalError):
        connection.execute(text("INSERT INTO patient (id, first_name) VALUES (3, 'x')"))
    engine.dispose()


def test_the_session_interrupts_a_statement_past_its_timeout(clinic):
    engine = open_engine(make_url(f"sqlite:///{clinic}"), statement_timeout=0.05)
    endless = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    )
    with engine.connect() as connection, pytest.raises(OperationalError, match="interrupt"):
        connection.execute(text(endless))
    engine.dispose()


def test_tables_views_columns_keys_and_indexes_are_reflected(clinic):
    store = DatabaseConnector().scan(f"sqlite:///{clinic}").stores[0]
    tables = {table.name: table for table in store.tables}
    assert list(tables) == ["patient", "recent_visit", "visit"]
    assert tables["recent_visit"].kind == "view"
    visit = tables["visit"]
    assert visit.primary_key == ("id",)
    declared = [fk for fk in visit.foreign_keys if not fk.implied]
    assert [(fk.columns, fk.referred_table, fk.referred_columns) for fk in declared] == [
        (("patient_id",), "patient", ("id",))
    ]
    assert [(i.columns, i.name) for i in visit.indexes] == [(("patient_id",), "visit_patient")]
    first_name = next(c for c in tables["patient"].columns if c.name == "first_name")
    assert (first_name.type, first_name.nullable) == ("TEXT", False)
    assert (store.product, store.dialect, store.triggers, store.routines) == (
        "sqlite",
        "sqlite",
        1,
        None,
    )


def test_small_tables_are_counted_exactly(clinic):
    store = DatabaseConnector().scan(f"sqlite:///{clinic}").stores[0]
    sizes = {t.name: (t.estimated_rows, t.rows_exact) for t in store.tables if t.kind == "table"}
    assert sizes == {"patient": (2, True), "visit": (2, True)}


def test_tables_above_the_bound_are_not_counted_unless_asked(clinic, monkeypatch):
    monkeypatch.setattr(catalog, "SQLITE_EXACT_BOUND", 1)
    bounded = DatabaseConnector().scan(f"sqlite:///{clinic}").stores[0]
    assert {(t.estimated_rows, t.rows_exact) for t in bounded.tables if t.kind == "table"} == {
        (None, False)
    }
    exact = DatabaseConnector(exact_counts=True).scan(f"sqlite:///{clinic}").stores[0]
    assert {(t.estimated_rows, t.rows_exact) for t in exact.tables if t.kind == "table"} == {
        (2, True)
    }


def test_patient_dates_and_notes_are_phi_through_the_declared_key(clinic):
    store = DatabaseConnector().scan(f"sqlite:///{clinic}").stores[0]
    visit = next(t for t in store.tables if t.name == "visit")
    classes = {c.name: {m.phi_class for m in c.phi} for c in visit.columns}
    assert classes["seen_at"] == {PhiClass.DATE}
    assert classes["note"] == {PhiClass.FREE_TEXT}
    assert classes["ward_code"] == set()
    assert visit.patient_linked


def test_a_broken_view_is_one_error_and_the_rest_is_scanned(clinic):
    connection = sqlite3.connect(clinic)
    connection.execute("CREATE VIEW broken AS SELECT * FROM no_such_table")
    connection.commit()
    connection.close()
    inventory = DatabaseConnector().scan(f"sqlite:///{clinic}")
    names = [table.name for table in inventory.stores[0].tables]
    assert names == ["patient", "recent_visit", "visit"]
    [error] = inventory.scan.errors
    assert (error.location, error.kind) == ("table broken", "broken-view")
    [source] = inventory.scan.sources
    assert (source.status, source.tables, source.errors) == ("partial", 3, 1)


def test_a_file_that_is_not_sqlite_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "export.sqlite"
    path.write_bytes(b"MSH|^~\\&|LAB\r")
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan(f"sqlite:///{path}")
    assert raised.value.kind == "not-a-database"
    assert path.read_bytes() == b"MSH|^~\\&|LAB\r"


def test_a_missing_file_is_refused_and_not_created(tmp_path):
    path = tmp_path / "nowhere.sqlite"
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan(f"sqlite:///{path}")
    assert raised.value.kind == "unreadable"
    assert not path.exists()


def test_two_scans_give_the_same_inventory(clinic):
    first = DatabaseConnector(sample_rows=5).scan(f"sqlite:///{clinic}").to_dict()
    second = DatabaseConnector(sample_rows=5).scan(f"sqlite:///{clinic}").to_dict()
    assert first == second


def test_progress_reports_every_table_reflected(clinic):
    done: list[int] = []
    store = DatabaseConnector().scan(f"sqlite:///{clinic}", progress=done.append).stores[0]
    assert sum(done) == len(store.tables) == 3


def test_the_store_takes_the_ids_it_is_given(clinic):
    inventory = DatabaseConnector(store_id="lis-db", system_id="lis").scan(f"sqlite:///{clinic}")
    store = inventory.stores[0]
    assert (store.id, store.system_id, store.url) == ("lis-db", "lis", f"sqlite:///{clinic}")
    assert [(s.kind, s.tables, s.status) for s in inventory.scan.sources] == [("database", 3, "ok")]


def test_a_file_with_an_sqlite_header_but_no_database_behind_it_is_refused(tmp_path):
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan(f"sqlite:///{path}")
    assert raised.value.kind == "not-a-database"
    assert str(path) in str(raised.value)


def test_a_bare_path_to_an_sqlite_file_is_scanned_like_its_url(clinic):
    by_path = DatabaseConnector().scan(str(clinic)).stores[0]
    by_url = DatabaseConnector().scan(f"sqlite:///{clinic}").stores[0]
    assert by_path.tables == by_url.tables
    assert by_path.url == f"sqlite:///{clinic.resolve()}"


def test_latin1_text_in_a_text_column_is_sampled_and_never_quoted(tmp_path):
    path = tmp_path / "legacy.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE patient (id INTEGER PRIMARY KEY, surname TEXT, email TEXT)")
    connection.execute(
        "INSERT INTO patient VALUES (1, CAST(? AS TEXT), 'zanzibarina@example.org')",
        ("Zanzib\xe9rina".encode("latin-1"),),
    )
    connection.commit()
    connection.close()
    inventory = DatabaseConnector(sample_rows=5).scan(f"sqlite:///{path}")
    assert inventory.scan.errors == ()
    email = next(c for c in inventory.stores[0].tables[0].columns if c.name == "email")
    assert any("values:" in s for mark in email.phi for s in mark.signals)
    assert "Zanzib" not in json.dumps(inventory.to_dict())


def test_a_sampling_error_that_quotes_a_value_is_recorded_without_it(clinic, monkeypatch):
    def choke(*_args):
        raise OperationalError(
            "SELECT", {}, sqlite3.OperationalError("could not decode text 'Zanzibarina'")
        )

    monkeypatch.setattr(connector, "sample_table", choke)
    inventory = DatabaseConnector(sample_rows=5).scan(f"sqlite:///{clinic}")
    assert {(e.location, e.kind) for e in inventory.scan.errors} == {
        ("table patient", "unreadable-values"),
        ("table visit", "unreadable-values"),
    }
    assert "Zanzibarina" not in json.dumps(inventory.to_dict())
    assert {t.name for t in inventory.stores[0].tables} == {"patient", "visit", "recent_visit"}

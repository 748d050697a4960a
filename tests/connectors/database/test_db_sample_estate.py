"""The sample estate's legacy LIS database scans to the same inventory on all three dialects."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assessor.connectors.database import DatabaseConnector
from assessor.model import DataStore, PhiClass

SAMPLE = Path(__file__).resolve().parents[3] / "sample_feeds"
SQLITE = SAMPLE / "lis_legacy.sqlite"
SQL = SAMPLE / "sql"

pytestmark = pytest.mark.skipif(
    not SQLITE.exists(), reason="sample_feeds/lis_legacy.sqlite not generated"
)


def _shape(store: DataStore) -> dict[str, object]:
    """What must match across dialects: tables, columns, keys, PHI classes, smells, sizes."""
    return {
        table.name: {
            "kind": table.kind,
            "columns": [column.name for column in table.columns],
            "primary_key": table.primary_key,
            "implied": sorted(
                (fk.columns, fk.referred_table, fk.referred_columns)
                for fk in table.foreign_keys
                if fk.implied
            ),
            "phi": {
                column.name: sorted(mark.phi_class.value for mark in column.phi)
                for column in table.columns
                if column.phi
            },
            "patient_linked": table.patient_linked,
            "smells": table.smells,
        }
        for table in store.tables
    }


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> DataStore:
    copy = tmp_path_factory.mktemp("lis") / "lis_legacy.sqlite"
    shutil.copyfile(SQLITE, copy)
    return DatabaseConnector().scan(f"sqlite:///{copy}").stores[0]


def test_the_legacy_lis_shows_what_its_generator_built_it_to_show(sqlite_store):
    tables = {table.name: table for table in sqlite_store.tables}
    assert len(tables) == 11
    patient = {c.name: {m.phi_class for m in c.phi} for c in tables["patient"].columns}
    assert patient["ssn"] == {PhiClass.SSN}
    assert patient["birth_dt"] == {PhiClass.DATE}
    assert patient["last_name"] == {PhiClass.NAME}
    assert patient["mrn"] == {PhiClass.MRN}
    assert patient["sex"] == set()
    assert "DB-EAV01" in tables["patient_attribute"].smells
    assert "DB-PK01" in tables["result"].smells and "DB-PK01" not in tables["staff"].smells
    assert "DB-DT01" in tables["lab_order"].smells
    assert "DB-TXT01" in tables["result_comment"].smells
    staff_names = {c.name: c.phi for c in tables["staff"].columns}
    assert staff_names["staff_name"] == ()
    implied = {(fk.columns, fk.referred_table) for fk in tables["result"].foreign_keys}
    assert (("patient_id",), "patient") in implied
    assert all(fk.implied for t in tables.values() for fk in t.foreign_keys)
    assert tables["result"].estimated_rows == 132 and tables["result"].rows_exact


def test_postgresql_scan_of_the_lis_equals_the_sqlite_scan(sqlite_store, pg_schema):
    pg_schema.run((SQL / "lis_legacy.postgresql.sql").read_text("utf-8"))
    store = DatabaseConnector(schemas=(pg_schema.name,)).scan(pg_schema.url).stores[0]
    assert _shape(store) == _shape(sqlite_store)
    assert (store.product, store.schemas) == ("postgresql", (pg_schema.name,))


def test_mariadb_scan_of_the_lis_equals_the_sqlite_scan(sqlite_store, mariadb_database):
    mariadb_database.run((SQL / "lis_legacy.mariadb.sql").read_text("utf-8"))
    store = DatabaseConnector().scan(mariadb_database.url).stores[0]
    assert _shape(store) == _shape(sqlite_store)
    assert store.product == "mariadb"
    assert {table.engine for table in store.tables} == {"InnoDB"}

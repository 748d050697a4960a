"""MariaDB, for real: engines and charsets per table, catalog sizes, read-only sessions, users."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from assessor.connectors.database import DatabaseConnector
from assessor.connectors.database.reflection import reflect_schema, reflect_tables_one_by_one
from assessor.connectors.database.session import open_engine
from assessor.errors import SourceError
from assessor.lifecycle import load_lifecycle, support_status
from assessor.model import PhiClass

LEGACY = """
CREATE TABLE patient (
    id INT PRIMARY KEY,
    surname VARCHAR(40) COMMENT 'family name',
    dob DATE,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='people we treat';
CREATE TABLE old_notes (
    patient_id INT,
    written DATETIME,
    note_text TEXT
) ENGINE=MyISAM DEFAULT CHARSET=latin1;
CREATE TABLE visit (
    id INT PRIMARY KEY,
    patient_id INT NOT NULL,
    seen_at DATETIME,
    KEY visit_patient (patient_id),
    CONSTRAINT visit_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB;
CREATE VIEW recent_visit AS SELECT patient_id, seen_at FROM visit;
CREATE PROCEDURE noop() SELECT 1;
CREATE TRIGGER visit_touch BEFORE INSERT ON visit FOR EACH ROW SET NEW.seen_at = NEW.seen_at;
INSERT INTO patient (id, surname, dob) VALUES (1, 'Brontë', '1961-02-03'), (2, 'Keats', NULL);
INSERT INTO old_notes VALUES (1, '2001-01-01 10:00', 'seen'), (2, '2001-01-02 10:00', 'seen');
INSERT INTO visit VALUES (1, 1, '2026-03-01 10:00'), (2, 2, '2026-03-02 10:00');
"""


@pytest.fixture
def legacy(mariadb_database):
    mariadb_database.run(LEGACY)
    return mariadb_database


def test_tables_views_keys_comments_engines_and_charsets_are_reflected(legacy):
    store = DatabaseConnector().scan(legacy.url).stores[0]
    tables = {t.name: t for t in store.tables}
    assert list(tables) == ["old_notes", "patient", "recent_visit", "visit"]
    assert tables["recent_visit"].kind == "view"
    assert {t.schema for t in store.tables} == {legacy.name}
    assert (tables["old_notes"].engine, tables["old_notes"].charset) == ("MyISAM", "latin1")
    assert (tables["patient"].engine, tables["patient"].charset) == ("InnoDB", "utf8mb4")
    assert tables["patient"].comment == "people we treat"
    surname = next(c for c in tables["patient"].columns if c.name == "surname")
    assert (surname.type, surname.comment) == ("VARCHAR(40)", "family name")
    [declared] = [fk for fk in tables["visit"].foreign_keys if not fk.implied]
    assert (declared.columns, declared.referred_table, declared.name) == (
        ("patient_id",),
        "patient",
        "visit_patient_fk",
    )
    assert (store.routines, store.triggers, store.product) == (1, 1, "mariadb")
    assert store.server_version and store.server_version[0].isdigit()
    cycle = ".".join(store.server_version.split(".")[:2])
    if cycle in {row.cycle for row in load_lifecycle() if row.product == "mariadb"}:
        assert support_status(store.product, store.server_version, date(2026, 1, 1)).cycle == cycle


def test_legacy_storage_is_smelled(legacy):
    tables = {t.name: t for t in DatabaseConnector().scan(legacy.url).stores[0].tables}
    assert {"DB-ENG01", "DB-CS01", "DB-PK01", "DB-TXT01"} <= set(tables["old_notes"].smells)
    assert not {"DB-ENG01", "DB-CS01", "DB-PK01"} & set(tables["patient"].smells)
    assert "DB-TZ01" in tables["visit"].smells  # DATETIME keeps no zone
    assert "DB-TZ01" not in tables["patient"].smells  # TIMESTAMP is stored in UTC


def test_myisam_row_counts_are_exact_and_innodb_ones_estimates(legacy):
    tables = {t.name: t for t in DatabaseConnector().scan(legacy.url).stores[0].tables}
    assert (tables["old_notes"].estimated_rows, tables["old_notes"].rows_exact) == (2, True)
    assert tables["visit"].rows_exact is False
    exact = {
        t.name: t for t in DatabaseConnector(exact_counts=True).scan(legacy.url).stores[0].tables
    }
    assert (exact["visit"].estimated_rows, exact["visit"].rows_exact) == (2, True)


def test_patient_phi_is_found_through_names_and_keys(legacy):
    tables = {t.name: t for t in DatabaseConnector().scan(legacy.url).stores[0].tables}
    notes = {c.name: {m.phi_class for m in c.phi} for c in tables["old_notes"].columns}
    assert notes == {
        "patient_id": set(),
        "written": {PhiClass.DATE},
        "note_text": {PhiClass.FREE_TEXT},
    }
    patient = {c.name: {m.phi_class for m in c.phi} for c in tables["patient"].columns}
    assert patient["surname"] == {PhiClass.NAME} and patient["dob"] == {PhiClass.DATE}


def test_the_session_is_read_only_and_bounded_by_the_statement_timeout(legacy):
    engine = open_engine(make_url(legacy.url), statement_timeout=1.5)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT @@session.tx_read_only")).scalar() == 1
        assert (
            float(connection.execute(text("SELECT @@session.max_statement_time")).scalar()) == 1.5
        )
        with pytest.raises(DBAPIError, match="READ ONLY"):
            connection.execute(text("DELETE FROM visit"))
        with pytest.raises(DBAPIError, match="max_statement_time"):
            cube = ", ".join(f"information_schema.COLUMNS {alias}" for alias in "abc")
            connection.execute(text(f"SELECT count(*) FROM {cube}"))  # never ends by itself
    engine.dispose()


@pytest.fixture
def mariadb_reader(legacy, mariadb_admin, fresh_name):
    """A user holding only SELECT on the test database, with a password to keep secret."""
    user = fresh_name("ro")
    mariadb_admin(
        f"CREATE USER '{user}'@'%' IDENTIFIED BY 'Sup3r-S3cret';"
        f"GRANT SELECT ON `{legacy.name}`.* TO '{user}'@'%';"
    )
    try:
        yield f"mysql+pymysql://{user}:Sup3r-S3cret@127.0.0.1:3306/{legacy.name}"
    finally:
        mariadb_admin(f"DROP USER '{user}'@'%'")


def test_a_select_only_user_scans_the_same_inventory(legacy, mariadb_reader):
    as_reader = DatabaseConnector(sample_rows=5).scan(mariadb_reader)
    as_root = DatabaseConnector(sample_rows=5).scan(legacy.url)
    assert as_reader.scan.errors == ()
    assert as_reader.stores[0].tables == as_root.stores[0].tables
    dumped = json.dumps(as_reader.to_dict())
    assert "Sup3r-S3cret" not in dumped and ":***@" in dumped


def test_a_refused_database_is_reported_and_the_rest_is_scanned(
    legacy, mariadb_reader, mariadb_admin, fresh_name
):
    other = fresh_name("assessor_other")
    mariadb_admin(f"CREATE DATABASE `{other}`; CREATE TABLE `{other}`.secret (id INT);")
    try:
        inventory = DatabaseConnector(schemas=(legacy.name, other)).scan(mariadb_reader)
    finally:
        mariadb_admin(f"DROP DATABASE `{other}`")
    [error] = inventory.scan.errors
    assert (error.location, error.kind) == (f"schema {other}", "permission-denied")
    assert "Sup3r-S3cret" not in error.message
    assert {t.name for t in inventory.stores[0].tables} >= {"patient", "visit"}
    assert inventory.scan.sources[0].status == "partial"


def test_a_view_whose_table_is_gone_is_one_error_and_the_rest_is_scanned(legacy, mariadb_admin):
    mariadb_admin(
        "CREATE TABLE doomed (id INT); CREATE VIEW orphan AS SELECT id FROM doomed;"
        "DROP TABLE doomed;",
        database=legacy.name,
    )
    inventory = DatabaseConnector().scan(legacy.url)
    [error] = inventory.scan.errors
    assert error.location == f"table {legacy.name}.orphan"
    assert {t.name for t in inventory.stores[0].tables} == {
        "old_notes",
        "patient",
        "recent_visit",
        "visit",
    }


def test_a_wrong_password_is_an_authentication_error_with_the_password_masked(mariadb_server):
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan("mysql+pymysql://root:Wr0ng-S3cret@127.0.0.1:3306/test")
    assert raised.value.kind == "auth-failed"
    assert "Wr0ng-S3cret" not in str(raised.value)
    assert "root:***@127.0.0.1" in str(raised.value)
    assert "--db 'mysql+pymysql://user:${DB_PASSWORD}@host/db'" in str(raised.value)


def test_an_unreachable_server_is_a_connection_error():
    with pytest.raises(SourceError) as raised:
        DatabaseConnector(statement_timeout=2).scan("mysql+pymysql://root:pw@127.0.0.1:1/test")
    assert raised.value.kind == "connection-failed"


def test_the_information_schema_reading_equals_the_inspectors_table_by_table(legacy):
    legacy.run(
        """
        CREATE TABLE ward (
            site CHAR(3), code VARCHAR(8), label VARCHAR(40) NOT NULL DEFAULT 'unnamed',
            beds SMALLINT UNSIGNED DEFAULT 0, kind ENUM('acute', 'rehab'), fee DECIMAL(8, 2),
            PRIMARY KEY (site, code), UNIQUE KEY ward_label (label), KEY ward_kind (kind, beds)
        ) COMMENT 'wards by site';
        CREATE TABLE bed (
            id INT AUTO_INCREMENT PRIMARY KEY, site CHAR(3), code VARCHAR(8),
            CONSTRAINT bed_ward FOREIGN KEY (site, code) REFERENCES ward (site, code)
        );
        """
    )
    engine = open_engine(make_url(legacy.url), statement_timeout=10)
    with engine.connect() as connection:
        names = sorted(inspect(connection).get_table_names(legacy.name))
        bulk = {t.name: t for t in reflect_schema(connection, legacy.name).tables}
        one_by_one = reflect_tables_one_by_one(connection, legacy.name, names)
    engine.dispose()
    assert one_by_one.failures == ()
    assert [bulk[t.name] for t in one_by_one.tables] == list(one_by_one.tables)


@pytest.fixture
def mariadb_table_reader(legacy, mariadb_admin, fresh_name):
    """A user granted SELECT on one table of the test database only."""
    user = fresh_name("part")
    mariadb_admin(
        f"CREATE USER '{user}'@'%' IDENTIFIED BY 'Sup3r-S3cret';"
        f"GRANT SELECT ON `{legacy.name}`.`patient` TO '{user}'@'%';"
    )
    try:
        yield f"mysql+pymysql://{user}:Sup3r-S3cret@127.0.0.1:3306/{legacy.name}"
    finally:
        mariadb_admin(f"DROP USER '{user}'@'%'")


def test_a_user_granted_only_some_tables_is_told_the_others_may_be_invisible(
    legacy, mariadb_table_reader
):
    inventory = DatabaseConnector().scan(mariadb_table_reader)
    assert [t.name for t in inventory.stores[0].tables] == ["patient"]
    [error] = inventory.scan.errors
    assert (error.location, error.kind) == (f"schema {legacy.name}", "limited-grants")
    assert f"grant SELECT ON `{legacy.name}`.*" in error.message
    assert "Sup3r-S3cret" not in error.message
    assert inventory.scan.sources[0].status == "partial"


def test_a_user_granted_the_whole_database_gets_no_grants_warning(mariadb_reader):
    assert DatabaseConnector().scan(mariadb_reader).scan.errors == ()


def test_an_unknown_database_is_not_found(mariadb_server):
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan(f"{mariadb_server}no_such_assessor_db")
    assert raised.value.kind == "not-found"


def test_past_the_deadline_the_tables_not_reached_are_listed_as_not_sampled(legacy):
    inventory = DatabaseConnector(sample_rows=5, deadline=0).scan(legacy.url)
    errors = {(e.location, e.kind) for e in inventory.scan.errors}
    assert errors == {
        (f"table {legacy.name}.{name}", "deadline") for name in ("old_notes", "patient", "visit")
    }
    assert "not sampled" in inventory.scan.errors[0].message
    assert {t.name for t in inventory.stores[0].tables} >= {"patient", "visit"}
    assert inventory.scan.sources[0].status == "partial"


MIXED_CHARSETS = """
CREATE TABLE referral (
    id INT PRIMARY KEY,
    reason VARCHAR(200) CHARACTER SET latin1,
    note VARCHAR(200) CHARACTER SET cp1250,
    code VARCHAR(20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE VIEW referral_reason AS SELECT id, reason FROM referral;
"""


def test_a_utf8_table_with_a_legacy_charset_column_is_flagged(mariadb_database):
    mariadb_database.run(MIXED_CHARSETS)
    store = DatabaseConnector().scan(mariadb_database.url).stores[0]
    referral = next(t for t in store.tables if t.name == "referral")
    assert referral.charset == "utf8mb4"
    assert "DB-CS01" in referral.smells


def test_legacy_charset_columns_are_counted_with_the_columns_as_the_server_counts_them(
    mariadb_database,
):
    from assessor.connectors.database.catalog import _legacy_charset_columns

    mariadb_database.run(MIXED_CHARSETS)
    name = mariadb_database.name
    engine = open_engine(make_url(mariadb_database.url), statement_timeout=30)
    with engine.connect() as connection:
        counted = reflect_schema(connection, name).legacy_charset_columns
        by_server = _legacy_charset_columns(connection, [name])
    engine.dispose()
    assert counted == {"referral": 2, "referral_reason": 1}
    assert {(name, table): n for table, n in counted.items()} == by_server


def test_a_table_in_a_collation_shared_by_several_charsets_keeps_its_charset(mariadb_database):
    # MariaDB 10.10+ names a UCA 14.0 collation once for many charsets (`uca1400_ai_ci`); a
    # table's TABLE_COLLATION gives the full name, which is the default from MariaDB 11.5 on.
    mariadb_database.run(
        "CREATE TABLE chart (id INT PRIMARY KEY) ENGINE=InnoDB "
        "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;"
    )
    store = DatabaseConnector().scan(mariadb_database.url).stores[0]
    assert [(t.name, t.charset) for t in store.tables] == [("chart", "utf8mb4")]

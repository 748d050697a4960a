"""Database URLs: environment variables, masked passwords, missing drivers, store ids."""

from __future__ import annotations

import importlib.util
import json
import sqlite3

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import make_url

from assessor.cli import main
from assessor.connectors.database import DatabaseConnector
from assessor.connectors.database.sniff import looks_like_sqlite
from assessor.connectors.database.urls import expand_env, masked, store_slug
from assessor.errors import SourceError


def test_environment_references_are_expanded_so_no_password_sits_in_a_file():
    url = expand_env("mysql+pymysql://lis:${LIS_PW}@db:3306/lis", {"LIS_PW": "pa55"})
    assert url == "mysql+pymysql://lis:pa55@db:3306/lis"


def test_an_unset_variable_is_named_in_the_error():
    with pytest.raises(SourceError) as raised:
        expand_env("${LIS_DB_URL}", {})
    assert "LIS_DB_URL" in str(raised.value) and raised.value.kind == "bad-url"


def test_the_connector_expands_variables_itself(tmp_path, monkeypatch):
    database = tmp_path / "lis.sqlite"
    sqlite3.connect(database).execute("CREATE TABLE t (id INTEGER PRIMARY KEY)").connection.close()
    monkeypatch.setenv("ASSESSOR_TEST_DB", str(database))
    store = DatabaseConnector().scan("sqlite:///${ASSESSOR_TEST_DB}").stores[0]
    assert [table.name for table in store.tables] == ["t"]
    assert store.id == "lis"


def test_a_shown_url_never_holds_the_password():
    url = make_url("postgresql+psycopg://lis:Sup3r-S3cret@db:5432/lis?sslpassword=K3y-S3cret")
    shown = masked(url)
    assert "Sup3r-S3cret" not in shown and "K3y-S3cret" not in shown
    assert shown.startswith("postgresql+psycopg://lis:***@db:5432/lis")


@pytest.mark.parametrize(
    ("url", "extra"),
    [
        ("mssql+pyodbc://sa:Sup3r-S3cret@sqlhost/lis?driver=ODBC+Driver+18", "mssql"),
        ("oracle+oracledb://lis:Sup3r-S3cret@orahost:1521/?service_name=LIS", "oracle"),
    ],
)
def test_a_missing_driver_says_which_extra_to_install(url, extra):
    if importlib.util.find_spec({"mssql": "pyodbc", "oracle": "oracledb"}[extra]):
        pytest.skip("the driver is installed here")
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan(url)
    message = str(raised.value)
    assert raised.value.kind == "driver-missing"
    assert f"install healthcare-estate-assessor[{extra}]" in message
    assert "Sup3r-S3cret" not in message and "***" in message


def test_a_target_that_is_neither_a_url_nor_a_file_is_a_source_error():
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan("no such database")
    assert raised.value.kind == "bad-url"


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("postgresql+psycopg://u:pw@db.local:5432/lis", "db-local-lis"),
        ("mysql+pymysql://root@10.0.0.7/billing", "10-0-0-7-billing"),
        ("sqlite:////var/data/LIS_Legacy.sqlite", "lis-legacy"),
    ],
)
def test_a_store_id_comes_from_the_host_and_database_or_the_file_stem(url, slug):
    assert store_slug(make_url(url)) == slug


def test_an_sqlite_file_is_recognised_by_its_header():
    assert looks_like_sqlite(b"SQLite format 3\x00\x10\x00\x01\x01")
    assert not looks_like_sqlite(b"SQLite format 2\x00")
    assert not looks_like_sqlite(b"")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://lis:Sup3r-S3cret@[::1/lis",
        "postgresql+psycopg://lis:Sup3r-S3cret@db:fivefourthreetwo/lis",
    ],
)
def test_a_url_that_does_not_parse_is_a_bad_url_without_its_password(url):
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan(url)
    message = str(raised.value)
    assert raised.value.kind == "bad-url"
    assert "dialect+driver://user:password@host:port/database" in message
    assert "Sup3r-S3cret" not in message


@pytest.mark.parametrize(
    "url", ["sybase7://sa:Sup3r-S3cret@h/lis", "nosuch+drv://sa:Sup3r-S3cret@h/d"]
)
def test_an_unknown_dialect_lists_the_urls_assessor_reads(url):
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan(url)
    message = str(raised.value)
    assert raised.value.kind == "bad-url"
    assert "postgresql+psycopg://" in message and "mysql+pymysql://" in message
    assert "Sup3r-S3cret" not in message and "***" in message


def test_a_url_without_a_driver_names_the_driver_the_extra_installs(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg2" else real(name, *a)
    )
    with pytest.raises(SourceError) as raised:
        DatabaseConnector().scan("postgresql://lis:Sup3r-S3cret@db/lis")
    message = str(raised.value)
    assert raised.value.kind == "driver-missing"
    assert "postgresql+psycopg://" in message and "healthcare-estate-assessor[postgres]" in message
    assert "Sup3r-S3cret" not in message


def _patient_db(path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE patient (id INTEGER PRIMARY KEY, surname TEXT)")
    connection.close()


def test_db_is_repeatable_and_an_estate_database_takes_its_url_from_the_environment(
    tmp_path, monkeypatch
):
    for name in ("lab", "billing", "pas"):
        _patient_db(tmp_path / f"{name}.sqlite")
    (tmp_path / "estate.toml").write_text(
        '[[systems]]\nid = "pas"\nname = "PAS"\n'
        '[[databases]]\nid = "pas-db"\nsystem = "pas"\nurl = "${ASSESSOR_TEST_PAS_URL}"\n'
    )
    monkeypatch.setenv("ASSESSOR_TEST_PAS_URL", f"sqlite:///{tmp_path / 'pas.sqlite'}")
    out = tmp_path / "inventory.json"
    arguments = ["scan", "-q", "-o", str(out), "--estate", str(tmp_path / "estate.toml")]
    arguments += ["--db", f"sqlite:///{tmp_path / 'lab.sqlite'}"]
    arguments += ["--db", f"sqlite:///{tmp_path / 'billing.sqlite'}"]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    stores = {s["id"]: s for s in json.loads(out.read_text())["stores"]}
    assert sorted(stores) == ["billing", "lab", "pas-db"]
    assert all([t["name"] for t in s["tables"]] == ["patient"] for s in stores.values())
    assert stores["pas-db"]["system_id"] == "pas"

"""``postgresql://`` and ``mysql://``, the URLs people type, are read with the installed driver."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import main
from assessor.connectors.database import drivers
from assessor.connectors.database.drivers import choose_driver


def _installed(*modules: str):
    return lambda name: object() if name in modules else None


def test_a_bare_postgresql_url_names_psycopg_when_psycopg2_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(drivers.importlib.util, "find_spec", _installed("psycopg"))
    choice = choose_driver("postgresql://lis:pw@db.local/lis")
    assert choice.url == "postgresql+psycopg://lis:pw@db.local/lis"
    assert "psycopg" in choice.note and "pw" not in choice.note


def test_a_bare_url_whose_default_driver_is_installed_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(drivers.importlib.util, "find_spec", _installed("psycopg2", "psycopg"))
    assert choose_driver("postgresql://db.local/lis") == drivers.DriverChoice(
        "postgresql://db.local/lis"
    )


def test_postgres_the_heroku_spelling_becomes_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drivers.importlib.util, "find_spec", _installed("psycopg2"))
    assert choose_driver("postgres://db.local/lis").url == "postgresql://db.local/lis"


def test_a_url_naming_its_driver_or_with_no_driver_installed_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(drivers.importlib.util, "find_spec", _installed())
    assert choose_driver("mysql://root@db/x").url == "mysql://root@db/x"
    assert choose_driver("mysql+pymysql://root@db/x").note == ""


def _scan(tmp_path: Path, *args: str) -> tuple[str, dict]:
    out = tmp_path / "inventory.json"
    result = CliRunner().invoke(main, ["scan", *args, "-o", str(out)])
    return result.stderr, json.loads(out.read_text())


def test_postgresql_urls_are_read_with_psycopg_and_said_once(pg_schema, tmp_path: Path) -> None:
    pg_schema.run("CREATE TABLE patient (id integer PRIMARY KEY)")
    pg = pg_schema.url.replace("postgresql+psycopg://", "postgresql://")
    stderr, data = _scan(
        tmp_path, "--db", pg, "--db", pg + "?application_name=x", "--schema", pg_schema.name
    )
    assert stderr.count("note: postgresql:// URLs are read with the installed psycopg") == 1
    assert data["scan"]["errors"] == []
    assert {t["name"] for s in data["stores"] for t in s["tables"]} == {"patient"}


def test_mysql_urls_are_read_with_pymysql(mariadb_database, tmp_path: Path) -> None:
    mariadb_database.run("CREATE TABLE result (id integer PRIMARY KEY)")
    stderr, data = _scan(
        tmp_path, "--db", mariadb_database.url.replace("mysql+pymysql://", "mysql://")
    )
    assert "note: mysql:// URLs are read with the installed pymysql driver" in stderr
    assert data["scan"]["errors"] == []
    assert [t["name"] for s in data["stores"] for t in s["tables"]] == ["result"]

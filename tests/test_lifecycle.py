"""End-of-support status of a product version on a given day, from the shipped lifecycle table."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from assessor.lifecycle import (
    load_lifecycle,
    normalise_product,
    parse_lifecycle,
    support_status,
)

REFERENCE = Path("/work/shared/reference/eol_endoflife_date.csv")
HEADER = (
    "product,cycle,label,release_date,end_of_active_or_premier,end_of_support_eol,"
    "extended_or_esu_end,per_release_link,source"
)


def test_the_shipped_table_keeps_the_reference_columns_and_cites_a_source_on_every_row():
    text = resources.files("assessor").joinpath("data/eol.csv").read_text("utf-8")
    assert text.splitlines()[0] == HEADER
    rows = list(csv.DictReader(text.splitlines()))
    assert rows and all(row["source"].startswith("endoflife.date products/") for row in rows)
    assert {"postgresql", "mariadb", "mysql", "mssqlserver", "oracle-database"} <= {
        row["product"] for row in rows
    }


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared reference folder not on this machine")
def test_every_shipped_fact_is_the_reference_fact():
    shipped = resources.files("assessor").joinpath("data/eol.csv").read_text("utf-8")
    reference = set(REFERENCE.read_text("utf-8").splitlines())
    assert set(shipped.splitlines()) <= reference


@pytest.mark.parametrize(
    ("product", "version", "cycle"),
    [
        ("postgresql", "15.20 (Debian 15.20-0+deb12u1)", "15"),
        ("PostgreSQL", "9.6.24", "9.6"),
        ("mariadb", "10.11.19-MariaDB-0+deb12u1", "10.11"),
        ("mariadb", "10.1.48-MariaDB", None),  # 10.1 is not 10.11 nor in the table
        ("mysql", "5.7.44-log", "5.7"),
        ("Microsoft SQL Server", "13.0.6300.2", "13.0-sp3"),
        ("oracle", "19.3.0.0.0", "19"),
        ("oracle", "12.2.0.1", "12.2"),
    ],
)
def test_a_server_version_matches_the_longest_cycle_it_starts_with(product, version, cycle):
    assert support_status(product, version, date(2026, 1, 1)).cycle == cycle


@pytest.mark.parametrize(
    ("product", "version", "cycle"),
    [
        ("mssqlserver", "Microsoft SQL Server 2012 (SP4) 11.0.7001.0", "11.0-sp4"),
        ("oracle", "Oracle Database 11g Enterprise Edition Release 11.2.0.4.0", "11.2"),
        ("postgresql", "PostgreSQL 9.6.24 on x86_64-pc-linux-gnu", "9.6"),
    ],
)
def test_a_version_banner_matches_by_the_first_number_that_is_a_cycle(product, version, cycle):
    assert support_status(product, version, date(2026, 1, 1)).cycle == cycle


@pytest.mark.parametrize(
    ("product", "version", "cycle"),
    [
        ("Microsoft SQL Server", "2019", "15.0"),
        ("SQL Server", "2016 SP3", "13.0-sp3"),
        ("SQL Server", "2016", "13.0-sp3"),
        ("Oracle", "12c Release 2", "12.2"),
    ],
)
def test_a_release_name_as_an_estate_file_gives_it_matches_its_label(product, version, cycle):
    assert support_status(product, version, date(2026, 1, 1)).cycle == cycle


def test_a_release_name_that_could_be_two_releases_is_unknown():
    assert support_status("SQL Server", "2008", date(2026, 1, 1)).status == "unknown"


def test_mariadb_answering_as_mysql_is_judged_as_mariadb():
    status = support_status("mysql", "5.5.5-10.11.6-MariaDB", date(2026, 1, 1))
    assert (status.product, status.cycle) == ("mariadb", "10.11")


def test_a_cycle_is_supported_until_and_including_its_end_of_support_day():
    on_the_day = support_status("postgresql", "13.4", date(2025, 11, 13))
    day_after = support_status("postgresql", "13.4", date(2025, 11, 14))
    assert (on_the_day.status, day_after.status) == ("supported", "ended")
    assert on_the_day.support_end == date(2025, 11, 13)
    assert on_the_day.source == "endoflife.date products/postgresql.md @a70eca33"


def test_paid_extended_support_after_the_end_of_support_is_extended_only():
    status = support_status("mssql", "11.0.7001", date(2024, 1, 1))
    assert status.status == "extended-only"
    assert (status.support_end, status.extended_end) == (date(2022, 7, 12), date(2025, 7, 8))
    assert support_status("mssql", "11.0.7001", date(2025, 7, 9)).status == "ended"


def test_a_product_or_cycle_missing_from_the_table_is_unknown_not_supported():
    assert support_status("postgresql", "17.2", date(2026, 1, 1)).status == "unknown"
    unknown = support_status("Mirth Connect", "3.12", date(2026, 1, 1))
    assert (unknown.status, unknown.cycle, unknown.support_end) == ("unknown", None, None)


def test_a_caller_can_pass_its_own_table():
    table = parse_lifecycle(
        HEADER + "\nacme-db,2,,2020-01-01,,2021-01-01,,,declared by the estate file\n"
    )
    status = support_status("acme-db", "2.1", date(2020, 6, 1), table)
    assert (status.status, status.source) == ("supported", "declared by the estate file")


def test_product_names_are_normalised_to_the_table_ids():
    assert normalise_product("Postgres") == "postgresql"
    assert normalise_product("SQL Server") == "mssqlserver"
    assert normalise_product("IBM DB2") == "ibm-db2"


def test_the_loaded_table_is_the_same_object_every_time():
    assert load_lifecycle() is load_lifecycle()

"""Schema smells: a documented, stable list, and each smell found on the table that has it."""

from __future__ import annotations

import re

import pytest

from assessor.connectors.database.smells import SMELLS, StoreFacts, detect_smells, smell
from assessor.model import Dimension, ForeignKey, PhiClass, PhiMark, TableColumn, TableProfile

POSTGRES = StoreFacts("postgresql", "UTF8")
CLEAN = TableProfile(
    "visit",
    columns=(
        TableColumn("id", "INTEGER"),
        TableColumn("patient_id", "INTEGER"),
        TableColumn("seen_at", "TIMESTAMP WITH TIME ZONE"),
        TableColumn("created_at", "TIMESTAMP WITH TIME ZONE"),
    ),
    primary_key=("id",),
    foreign_keys=(ForeignKey(("patient_id",), "patient", ("id",)),),
)


def _with(**changes) -> TableProfile:
    from dataclasses import replace

    return replace(CLEAN, **changes)


def _column(name: str, type_: str, *phi: PhiClass) -> TableColumn:
    return TableColumn(name, type_, phi=tuple(PhiMark(c, 0.9) for c in phi))


def test_every_smell_has_a_stable_id_a_name_and_both_texts():
    ids = [s.id for s in SMELLS]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"DB-[A-Z]{2,4}\d\d", i) for i in ids)
    assert all(s.name and len(s.why) > 40 and s.remedy for s in SMELLS)
    assert all(isinstance(s.dimension, Dimension) for s in SMELLS)
    assert smell("DB-PK01").name == "table without a primary key"


def test_a_clean_table_has_no_smells():
    assert detect_smells(CLEAN, POSTGRES) == ()


@pytest.mark.parametrize(
    ("table", "store", "implied", "expected"),
    [
        (_with(primary_key=()), POSTGRES, (), "DB-PK01"),
        (
            _with(foreign_keys=()),
            POSTGRES,
            (ForeignKey(("patient_id",), "patient", ("id",), implied=True),),
            "DB-FK01",
        ),
        (
            _with(columns=(*CLEAN.columns, _column("taken_dt", "VARCHAR(20)"))),
            POSTGRES,
            (),
            "DB-DT01",
        ),
        (
            _with(
                columns=(
                    *CLEAN.columns,
                    _column("attr_name", "TEXT"),
                    _column("attr_value", "TEXT"),
                )
            ),
            POSTGRES,
            (),
            "DB-EAV01",
        ),
        (
            _with(columns=(*CLEAN.columns, *(_column(f"c_{n}", "INTEGER") for n in range(80)))),
            POSTGRES,
            (),
            "DB-WIDE01",
        ),
        (
            _with(
                patient_linked=True,
                columns=(*CLEAN.columns, _column("note", "TEXT", PhiClass.FREE_TEXT)),
            ),
            POSTGRES,
            (),
            "DB-TXT01",
        ),
        (
            _with(columns=(*CLEAN.columns, _column("ward_code", "VARCHAR(8)"))),
            POSTGRES,
            (),
            "DB-CODE01",
        ),
        (_with(columns=CLEAN.columns[:3]), POSTGRES, (), "DB-AUD01"),
        (CLEAN, StoreFacts("postgresql", "SQL_ASCII"), (), "DB-CS01"),
        (_with(charset="latin1"), StoreFacts("mysql", "utf8mb4"), (), "DB-CS01"),
        (_with(engine="MyISAM"), StoreFacts("mysql", "utf8mb4"), (), "DB-ENG01"),
        (
            _with(columns=(*CLEAN.columns, _column("notes", "NTEXT"))),
            StoreFacts("mssql"),
            (),
            "DB-TYPE01",
        ),
        (_with(columns=(*CLEAN.columns, _column("fee", "MONEY"))), POSTGRES, (), "DB-TYPE01"),
        (
            _with(columns=(*CLEAN.columns, _column("ended", "TIMESTAMP WITHOUT TIME ZONE"))),
            POSTGRES,
            (),
            "DB-TZ01",
        ),
        (
            _with(columns=(*CLEAN.columns, _column("ended", "DATETIME"))),
            StoreFacts("mysql", "utf8mb4"),
            (),
            "DB-TZ01",
        ),
        (
            _with(columns=(*CLEAN.columns, *(_column(f"dx{n}", "VARCHAR(8)") for n in (1, 2, 3)))),
            POSTGRES,
            (),
            "DB-REP01",
        ),
        (_with(primary_key=(), indexes=()), POSTGRES, (), "DB-IDX01"),
    ],
)
def test_each_smell_is_found_on_the_table_that_has_it(table, store, implied, expected):
    assert expected in detect_smells(table, store, implied)
    assert set(detect_smells(table, store, implied)) <= {s.id for s in SMELLS}


def test_legacy_character_sets_on_single_columns_count_too():
    assert "DB-CS01" in detect_smells(CLEAN, StoreFacts("mysql", "utf8mb4"), non_utf8_columns=2)


def test_mysql_timestamps_are_stored_in_utc_and_do_not_smell():
    table = _with(columns=(*CLEAN.columns, _column("ended", "TIMESTAMP")))
    assert "DB-TZ01" not in detect_smells(table, StoreFacts("mysql", "utf8mb4"))


def test_views_are_not_blamed_for_keys_engines_or_audit_columns():
    view = _with(kind="view", primary_key=(), foreign_keys=(), columns=CLEAN.columns[:2])
    assert detect_smells(view, POSTGRES, (ForeignKey(("patient_id",), "patient", ("id",)),)) == ()


def test_a_code_lists_own_codes_need_no_reference_table():
    codes = _with(columns=(*CLEAN.columns, _column("icd_code", "VARCHAR(8)")))
    assert "DB-CODE01" in detect_smells(codes, POSTGRES)
    assert "DB-CODE01" not in detect_smells(codes, POSTGRES, role="reference")

"""A column named by a code is read by what its comment says it holds, on the servers too."""

from __future__ import annotations

import pytest

from assessor.connectors.database import DatabaseConnector
from assessor.connectors.database.phi import mark_table
from assessor.model import PhiClass, TableColumn, TableProfile


def _marks(comment: str, type_name: str = "VARCHAR(40)", name: str = "C07"):
    table = TableProfile("T01", columns=(TableColumn(name, type_name, comment=comment),))
    return mark_table(table, "patient").columns[0].phi


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        ("患者姓名", PhiClass.NAME),
        ("出生日期", PhiClass.DATE),
        ("联系电话", PhiClass.PHONE),
        ("身份证号码", PhiClass.SSN),
        ("生年月日", PhiClass.DATE),
        ("주민등록번호", PhiClass.SSN),
        ("Date of admission", PhiClass.DATE),
    ],
)
def test_a_column_named_by_a_code_is_read_by_what_its_comment_says(comment, expected):
    assert {mark.phi_class for mark in _marks(comment)} == {expected}


def test_a_mark_read_from_a_comment_says_so_and_quotes_the_words_read_not_the_comment():
    (mark,) = _marks("患者姓名")
    assert mark.reasons[0] == "comment: patient name"
    assert "comment:read" in mark.signals
    assert not any("患者" in reason for reason in mark.reasons)


def test_a_comment_of_prose_or_of_a_things_name_marks_nothing():
    assert _marks("The value the nightly job copied from the old system before 2019") == ()
    assert _marks("药品名称") == ()  # a drug's name


def test_a_name_that_gives_a_mark_keeps_it_whatever_its_comment():
    (mark,) = _marks("备注", name="birth_date", type_name="DATE")
    assert mark.phi_class is PhiClass.DATE
    assert not mark.reasons[0].startswith("comment:")


SCHEMA = """
CREATE TABLE T_PATIENT (ID integer PRIMARY KEY, C01 varchar(40), C02 varchar(10), C03 text);
CREATE TABLE T_VISIT (ID integer PRIMARY KEY, PID integer REFERENCES T_PATIENT(ID),
    V01 varchar(20));
"""


# What each commented column of SCHEMA is marked, on either server: a name, a birth date, no
# mark for prose, an admission date on a row keyed to the patient.
COMMENTED = {
    "t_patient.c01": {PhiClass.NAME},
    "t_patient.c02": {PhiClass.DATE},
    "t_patient.c03": set(),
    "t_visit.v01": {PhiClass.DATE},
}


def _commented(store) -> dict[str, set[PhiClass]]:
    return {
        f"{table.name}.{column.name}".lower(): {mark.phi_class for mark in column.phi}
        for table in store.tables
        for column in table.columns
        if column.comment
    }


def test_postgresql_comments_are_read(pg_schema):
    pg_schema.run(
        SCHEMA
        + """
        COMMENT ON COLUMN T_PATIENT.C01 IS '患者姓名';
        COMMENT ON COLUMN T_PATIENT.C02 IS '出生日期';
        COMMENT ON COLUMN T_PATIENT.C03 IS 'Internal code of the ward the nightly feed assigned';
        COMMENT ON COLUMN T_VISIT.V01 IS '入院日期';
        """
    )
    store = DatabaseConnector(schemas=(pg_schema.name,)).scan(pg_schema.url).stores[0]
    assert _commented(store) == COMMENTED


def test_mariadb_comments_are_read(mariadb_database):
    mariadb_database.run(
        """
        CREATE TABLE T_PATIENT (ID integer PRIMARY KEY,
            C01 varchar(40) COMMENT '患者姓名', C02 varchar(10) COMMENT '出生日期',
            C03 text COMMENT 'Internal code of the ward the nightly feed assigned');
        CREATE TABLE T_VISIT (ID integer PRIMARY KEY, PID integer,
            V01 varchar(20) COMMENT '入院日期', FOREIGN KEY (PID) REFERENCES T_PATIENT(ID));
        """
    )
    store = DatabaseConnector().scan(mariadb_database.url).stores[0]
    assert _commented(store) == COMMENTED

"""PHI rules of the third round: what a table's structure says beyond its columns' names.

Each is a general behaviour seen across the development set and the tuned-on hold-outs
(tests/data/schemas), never a schema's own column list: a row's change log is not narrative,
staff tables show themselves by employment and login columns, flags and codes only look like
identifiers, durations only look like times.
"""

from __future__ import annotations

from assessor.connectors.database.context import linkage
from assessor.connectors.database.phi import mark_table
from assessor.model import PhiClass, TableColumn, TableProfile


def _table(name: str, *columns: tuple[str, str]) -> TableProfile:
    return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns))


def _marked(table: TableProfile, role: str = "linked") -> dict[str, set[PhiClass]]:
    return {
        column.name: {mark.phi_class for mark in column.phi}
        for column in mark_table(table, role).columns
        if column.phi
    }


def _roles(*tables: TableProfile) -> dict[str, str]:
    return linkage(tables, {})[0]


def test_a_history_column_beside_who_changed_the_row_is_its_change_log():
    visit = _table("visit", ("notes", "TEXT"), ("history", "TEXT"), ("modify_id", "VARCHAR(35)"))
    assert _marked(visit) == {"notes": {PhiClass.FREE_TEXT}}


def test_a_history_column_without_record_keeping_is_still_narrative():
    visit = _table("visit", ("history", "TEXT"))
    assert _marked(visit) == {"history": {PhiClass.FREE_TEXT}}


def test_an_employment_record_is_staff_even_when_keyed_by_a_person_number():
    staff = _table(
        "care_personel",
        ("pid", "INTEGER"),
        ("job_function_title", "VARCHAR(60)"),
        ("contract_start", "DATE"),
        ("pay_class", "VARCHAR(25)"),
    )
    assert _roles(staff)[staff.qualified_name] == "staff"


def test_a_table_with_a_password_beside_a_login_holds_accounts_not_patients():
    accounts = _table(
        "accounts", ("login", "VARCHAR(35)"), ("pwd", "VARCHAR(255)"), ("email", "VARCHAR(60)")
    )
    assert _roles(accounts)[accounts.qualified_name] == "staff"


def test_staff_in_a_national_language_are_staff():
    pegawai = _table("pegawai", ("nama", "VARCHAR(50)"), ("pid", "INTEGER"))
    assert _roles(pegawai)[pegawai.qualified_name] == "staff"

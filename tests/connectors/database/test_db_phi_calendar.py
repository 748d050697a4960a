"""A warehouse's date dimension: a patient's fact row keeps the day of its event as a key to the
calendar's row for that day, which is Safe Harbor's date whatever the key is named; the calendar
itself is shared by every row and links none to a patient."""

from __future__ import annotations

from assessor.connectors.database.context import linkage
from assessor.connectors.database.phi import mark_table
from assessor.connectors.database.phi_calendar import CALENDAR_KEY_REASON, calendars
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


def _table(name: str, *columns: str, key: str = "", fks: tuple[ForeignKey, ...] = ()):
    return TableProfile(
        name,
        columns=tuple(TableColumn(column, "INTEGER") for column in columns),
        primary_key=(key,) if key else (),
        foreign_keys=fks,
    )


DATE_DIM = _table("DateDim", "DateKey", "DayOfMonth", "MonthNumber", "Year", key="DateKey")
DIM_TEMPO = _table("tb_dim_tempo", "co_seq_dim_tempo", "nu_dia", "nu_mes", "nu_ano",
                   key="co_seq_dim_tempo")  # fmt: skip
PATIENT = _table("PatientDim", "PatientKey", "BirthDateKey", key="PatientKey")
VISIT = _table(
    "EncounterFact",
    "EncounterKey", "PatientKey", "DateKey", "AdmissionDateKey", "DepartmentKey",
    key="EncounterKey",
    fks=(ForeignKey(("PatientKey",), "PatientDim", ("PatientKey",)),
         ForeignKey(("DateKey",), "DateDim", ("DateKey",))),
)  # fmt: skip


def _dated(table: TableProfile, role: str = "linked", tables=(DATE_DIM,)) -> dict[str, set]:
    """Each marked column's classes and signals."""
    marked = mark_table(table, role, days=calendars(tables))
    return {
        c.name: {m.phi_class for m in c.phi} | {s for m in c.phi for s in m.signals}
        for c in marked.columns
        if c.phi
    }


def test_a_tables_days_kept_apart_by_name_are_a_calendar_in_any_language():
    assert calendars([DATE_DIM, DIM_TEMPO]) == {
        (None, "DateDim"): "DateKey",
        (None, "tb_dim_tempo"): "co_seq_dim_tempo",
    }


def test_one_date_kept_in_parts_on_a_persons_row_is_no_calendar():
    person = _table("person_dim", "person_id", "birth_day", "birth_month", "birth_year",
                    key="person_id")  # fmt: skip
    assert calendars([person]) == {}


def test_days_kept_apart_on_a_row_that_refers_to_another_are_no_calendar():
    dates = _table("visit_date", "id", "visit_id", "day", "month", "year", key="id",
                   fks=(ForeignKey(("visit_id",), "visit", ("id",)),))  # fmt: skip
    assert calendars([dates]) == {}


def test_a_key_declared_to_the_calendar_on_a_patients_row_is_the_date_of_its_event():
    assert {PhiClass.DATE, CALENDAR_KEY_REASON} <= _dated(VISIT)["DateKey"]


def test_a_whole_number_named_for_the_calendars_key_is_a_date_without_a_declared_key():
    assert {PhiClass.DATE, CALENDAR_KEY_REASON} <= _dated(VISIT)["AdmissionDateKey"]


def test_a_whole_number_holding_the_calendars_name_is_a_date_without_a_declared_key():
    fact = _table("tb_fat_cidadao", "co_seq_fat_cidadao", "co_dim_tempo_nascimento",
                  key="co_seq_fat_cidadao")  # fmt: skip
    assert set(_dated(fact, tables=(DIM_TEMPO,))) == {"co_dim_tempo_nascimento"}


def test_a_key_to_the_calendar_on_no_patients_row_is_no_ones_date():
    assert _dated(VISIT, role="other") == {}


def test_other_keys_of_a_patients_fact_row_are_not_dates():
    assert "DepartmentKey" not in _dated(VISIT)


def test_the_calendar_shared_by_every_row_links_none_to_the_patient():
    payroll = _table("PayrollFact", "PayrollKey", "DateKey", key="PayrollKey",
                     fks=(ForeignKey(("DateKey",), "DateDim", ("DateKey",)),))  # fmt: skip
    roles, _paths = linkage([PATIENT, DATE_DIM, VISIT, payroll], {})
    assert roles["EncounterFact"] == "linked"
    assert roles["DateDim"] == "reference"
    assert roles["PayrollFact"] == "other"

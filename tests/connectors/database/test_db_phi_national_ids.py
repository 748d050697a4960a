"""A person's national numbers and the number of a patient's record, under the names countries
and hospitals give them: Safe Harbor's social security number stands for each country's one
number for a person, its health plan beneficiary number for each national health number, and a
patient's own row numbered by its record, file or folder is the medical record number; but a
key holding another table's own row key (a UUID the database made) identifies no one."""

from __future__ import annotations

import pytest

from assessor.connectors.database.phi import mark_table
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


def _marked(name: str, column: str, role: str) -> dict[str, set[PhiClass]]:
    table = TableProfile(name, columns=(TableColumn(column, "VARCHAR(20)"),))
    return {
        c.name: {mark.phi_class for mark in c.phi} for c in mark_table(table, role).columns if c.phi
    }


@pytest.mark.parametrize(
    "name", ["aadhaar", "pesel", "bsn", "personnummer", "nric", "hkid", "mothercnic"]
)
def test_a_countrys_number_for_a_person_is_a_social_security_number(name):
    assert _marked("patients", name, "patient") == {name: {PhiClass.SSN}}


@pytest.mark.parametrize("name", ["ohip_no", "ramq"])
def test_a_provinces_health_card_number_is_a_health_plan_number(name):
    assert _marked("patients", name, "patient") == {name: {PhiClass.HEALTH_PLAN}}


@pytest.mark.parametrize("name", ["nhsno", "nhsnum", "nhs_number"])
def test_the_nhs_number_glued_or_not_is_the_patients_number(name):
    assert _marked("new_patients", name, "patient") == {name: {PhiClass.MRN}}


@pytest.mark.parametrize("name", ["record_number", "file_no", "folder_number", "dossier_nr"])
def test_a_patients_own_row_numbered_by_its_record_is_the_medical_record_number(name):
    assert _marked("patient", name, "patient") == {name: {PhiClass.MRN}}


@pytest.mark.parametrize("name", ["record_number", "file_no"])
def test_a_record_number_on_other_rows_is_not_the_patients_record_number(name):
    assert PhiClass.MRN not in _marked("lab_result", name, "linked").get(name, set())


def _encounters(*keys: ForeignKey, implied: tuple[ForeignKey, ...] = ()) -> set[str]:
    table = TableProfile(
        "encounters",
        columns=(TableColumn("id", "VARCHAR(255)"), TableColumn("patient_id", "VARCHAR(255)")),
        primary_key=("id",),
        foreign_keys=keys,
    )
    marked = mark_table(table, "linked", implied=implied)
    return {column.name for column in marked.columns if column.phi}


def test_a_text_key_to_another_tables_own_row_key_identifies_no_one():
    assert _encounters(ForeignKey(("patient_id",), "patients", ("id",))) == set()


def test_an_inferred_key_to_another_tables_own_row_key_identifies_no_one_either():
    implied = (ForeignKey(("patient_id",), "patients", ("id",), implied=True),)
    assert _encounters(implied=implied) == set()


def test_a_text_patient_key_no_key_says_is_a_row_key_is_still_read_by_its_name():
    assert _encounters() == {"patient_id"}


def test_a_key_to_a_number_issued_to_people_keeps_its_identifier():
    assert _encounters(ForeignKey(("patient_id",), "patients", ("patient_no",))) == {"patient_id"}


@pytest.mark.parametrize(
    ("name", "phi_class"), [("patient_hn", PhiClass.MRN), ("vn", PhiClass.OTHER_ID)]
)
def test_thai_hospital_and_visit_numbers_are_read_for_their_meaning(name, phi_class):
    assert _marked("t_health_anc", name, "linked") == {name: {phi_class}}


def _allergies(*keys: ForeignKey, typed: str = "BIGINT") -> set[str]:
    table = TableProfile(
        "allergies",
        columns=(TableColumn("id", "BIGINT"), TableColumn("medical_record_code", typed)),
        primary_key=("id",),
        foreign_keys=keys,
    )
    return {column.name for column in mark_table(table, "linked").columns if column.phi}


_TO_THE_RECORD = ForeignKey(("medical_record_code",), "records", ("record_seq",))


def test_a_whole_number_declared_to_key_another_row_is_that_rows_number_whatever_its_name():
    assert _allergies(_TO_THE_RECORD) == set()


def test_a_whole_number_named_as_the_record_without_a_declared_key_keeps_its_identifier():
    assert _allergies() == {"medical_record_code"}


def test_an_inferred_key_does_not_make_a_whole_number_a_row_number():
    implied = ForeignKey(("medical_record_code",), "records", ("record_seq",), implied=True)
    assert _allergies(implied) == {"medical_record_code"}


def test_a_text_number_declared_to_key_another_row_keeps_its_identifier():
    assert _allergies(_TO_THE_RECORD, typed="VARCHAR(20)") == {"medical_record_code"}


def _module_table(table: str, column: str) -> set[str]:
    marked = mark_table(
        TableProfile(
            table,
            columns=(
                TableColumn(f"{table}_id", "VARCHAR(255)"),
                TableColumn(column, "VARCHAR(255)"),
            ),
            primary_key=(f"{table}_id",),
        ),
        "linked",
    )
    return {c.name for c in marked.columns if c.phi}


@pytest.mark.parametrize("column", ["t_patient_id", "t_visit_id"])
def test_a_key_named_as_the_modules_tables_are_is_another_tables_row_key(column):
    assert _module_table("t_health_anc", column) == set()


def test_a_key_sharing_a_long_first_word_with_its_table_is_still_read_by_its_name():
    assert _module_table("care_anc", "care_patient_id") == {"care_patient_id"}


@pytest.mark.parametrize("name", ["NUMERO_PIS", "nu_pis_pasep"])
def test_brazils_pis_number_for_a_worker_is_a_social_security_number(name):
    assert _marked("AIP_PACIENTES", name, "patient") == {name: {PhiClass.SSN}}


@pytest.mark.parametrize("name", ["FONE_RESIDENCIAL", "nu_fone_referencia"])
def test_portugueses_fone_is_a_phone(name):
    assert _marked("AIP_PACIENTES", name, "patient") == {name: {PhiClass.PHONE}}


def test_a_vaccines_name_on_a_persons_row_is_no_persons_name():
    # an immunisation registry's adverse-event form: the vaccines given, by row
    assert _marked("aefi_case_investigation_form", "vacc_r1_name", "person") == {}

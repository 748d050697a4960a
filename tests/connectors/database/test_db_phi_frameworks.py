"""PHI rules drawn from schemas written by frameworks and ORMs (openIMIS, Frappe's Marley Health,
Mediboard, OpenHIS): a row key the database made is no identifier whoever's row it keys, a
number with decimals holds no identifier, a child row of any document is kept for patients'
documents among the rest, and a few names read for what they hold."""

from __future__ import annotations

import pytest

from assessor.connectors.database.context import linkage
from assessor.connectors.database.phi import classify_column, mark_table
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


def _classes(name: str, type_name: str, role: str = "linked") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_name), role)}


def _marked(table: TableProfile, role: str = "linked") -> set[str]:
    return {column.name for column in mark_table(table, role).columns if column.phi}


@pytest.mark.parametrize("name", ["PhotoUUID", "photo_folder"])
def test_where_a_photo_is_kept_is_not_the_photo(name):
    assert PhiClass.PHOTO not in _classes(name, "VARCHAR(100)", "patient")


def test_a_patient_code_is_the_patients_number():
    assert _classes("patientcode", "VARCHAR(32)") == {PhiClass.MRN}


def test_an_identity_cards_number_is_the_national_id():
    assert _classes("idcardno", "VARCHAR(32)") == {PhiClass.SSN}


@pytest.mark.parametrize("name", ["Explanation", "Justification"])
def test_an_explanation_written_out_on_a_patients_row_is_narrative(name):
    assert _classes(name, "LONGTEXT") == {PhiClass.FREE_TEXT}


def test_a_tables_own_counted_key_named_for_it_identifies_no_one():
    policy = TableProfile(
        "tblPolicy",
        columns=(TableColumn("PolicyID", "INTEGER"), TableColumn("EnrollDate", "DATE")),
        primary_key=("PolicyID",),
    )
    assert _marked(policy) == {"EnrollDate"}


def test_a_key_to_another_tables_own_key_named_for_it_identifies_no_one():
    premium = TableProfile(
        "tblPremium",
        columns=(TableColumn("PremiumId", "INTEGER"), TableColumn("PolicyID", "INTEGER")),
        primary_key=("PremiumId",),
        foreign_keys=(ForeignKey(("PolicyID",), "tblPolicy", ("PolicyID",)),),
    )
    assert _marked(premium) == set()


def test_a_document_keyed_by_its_name_column_is_not_named_for_a_person():
    patient = TableProfile(
        "tabPatient",
        columns=(TableColumn("name", "VARCHAR(140)"), TableColumn("first_name", "VARCHAR(140)")),
        primary_key=("name",),
    )
    assert _marked(patient, "patient") == {"first_name"}


def test_a_practitioners_name_on_a_patients_row_is_not_the_patients():
    assert _classes("practitioner_name", "VARCHAR(140)", "patient") == set()


def test_a_number_with_decimals_holds_no_identifier():
    assert _classes("DedIP", "DECIMAL(18,2)") == set()


def test_a_coordinate_with_decimals_is_still_a_place():
    assert _classes("latitude", "DECIMAL(9,6)", "patient") == {PhiClass.ADDRESS}


def _frappe(*child_columns: str) -> dict[str, str]:
    patient = TableProfile(
        "tabPatient", columns=(TableColumn("name", "VARCHAR(140)"),), primary_key=("name",)
    )
    child = TableProfile(
        "tabDrug Prescription",
        columns=tuple(TableColumn(c, "VARCHAR(140)") for c in ("name", *child_columns)),
        primary_key=("name",),
    )
    return linkage([patient, child], {})[0]


def test_a_child_row_of_any_document_is_kept_for_patients_documents_among_them():
    roles = _frappe("parent", "parenttype", "parentfield", "drug_code", "comment")
    assert roles["tabDrug Prescription"] == "linked"


def test_a_row_with_a_parent_alone_is_no_child_row_of_any_document():
    assert _frappe("parent", "drug_code", "comment")["tabDrug Prescription"] == "other"


@pytest.mark.parametrize(
    ("name", "phi_class"),
    [
        ("matricule", PhiClass.SSN),
        ("surnom", PhiClass.NAME),
        ("lieu_naissance", PhiClass.ADDRESS),
        ("remarques", PhiClass.FREE_TEXT),
    ],
)
def test_french_names_of_a_patients_details_are_read_for_their_meaning(name, phi_class):
    assert _classes(name, "TEXT" if name == "remarques" else "VARCHAR(50)", "patient") == {
        phi_class
    }


def test_a_french_doctors_table_holds_staff():
    medecin = TableProfile("medecin", columns=(TableColumn("nom", "VARCHAR(50)"),))
    assert linkage([medecin], {})[0]["medecin"] == "staff"


@pytest.mark.parametrize(("type_name", "dated"), [("CHAR(10)", True), ("VARCHAR(80)", False)])
def test_a_birth_alone_kept_as_a_dates_text_is_the_birth_date(type_name, dated):
    assert (PhiClass.DATE in _classes("naissance", type_name, "patient")) is dated


def test_a_medical_record_kept_for_a_row_of_any_table_is_a_patients():
    record = TableProfile(
        "dossier_medical",
        columns=(
            TableColumn("dossier_medical_id", "INTEGER"),
            TableColumn("object_id", "INTEGER"),
            TableColumn("object_class", "VARCHAR(25)"),
            TableColumn("facteurs_risque", "TEXT"),
        ),
        primary_key=("dossier_medical_id",),
    )
    patients = TableProfile("patients", columns=(TableColumn("patient_id", "INTEGER"),))
    assert linkage([patients, record], {})[0]["dossier_medical"] == "linked"


@pytest.mark.parametrize("name", ["isPhotoFee", "has_email", "HasLogin"])
def test_a_yes_or_no_about_an_identifier_is_not_the_identifier(name):
    assert _classes(name, "INTEGER", "patient") == set()


def test_an_officers_table_holds_staff():
    officer = TableProfile(
        "tblOfficer",
        columns=(TableColumn("LastName", "VARCHAR(100)"), TableColumn("DOB", "DATE")),
    )
    assert linkage([officer], {})[0]["tblOfficer"] == "staff"


@pytest.mark.parametrize("name", ["tobacco", "alcohol_current_use", "sleep_patterns"])
def test_a_social_history_topic_written_out_on_a_patients_row_is_narrative(name):
    assert _classes(name, "LONGTEXT", "patient") == {PhiClass.FREE_TEXT}


def test_an_allergys_substance_is_no_social_history():
    assert _classes("substance", "TEXT") == set()


def test_a_dicom_studys_identity_and_date_make_its_row_a_patients_study():
    study = TableProfile(
        "generalstudymoduleattr",
        columns=(
            TableColumn("id", "INTEGER"),
            TableColumn("study_instance_uid", "VARCHAR(64)"),
            TableColumn("study_date", "DATE"),
        ),
        primary_key=("id",),
    )
    assert linkage([study], {})[0]["generalstudymoduleattr"] == "linked"


def test_a_trials_study_dates_without_a_dicom_identity_are_not_a_patients_study():
    study = TableProfile(
        "study",
        columns=(TableColumn("study_id", "INTEGER"), TableColumn("study_start_date", "DATE")),
        primary_key=("study_id",),
    )
    assert linkage([study], {})[0]["study"] == "other"

"""PHI behind a table's module prefix, under text UIDs, and in narrative named for its topic.

Round 6 of the hold-out work (tests/data/schemas/holdout/RESULTS.md): older EHRs run a module
prefix into every column (``ptlname``), key rows by text UIDs or glued patient words, and name
a note for its clinical topic rather than with a note word.
"""

from __future__ import annotations

import pytest

from assessor.connectors.database.context import linkage
from assessor.connectors.database.phi import classify_column, mark_table
from assessor.connectors.database.prefixes import field_names, separated_field
from assessor.model import PhiClass, TableColumn, TableProfile


def _table(name: str, *columns: tuple[str, str], **options) -> TableProfile:
    return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns), **options)


def _classes(name: str, type_name: str, role: str = "linked") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_name), role)}


def _marked(table: TableProfile, role: str) -> dict[str, set[PhiClass]]:
    marked = mark_table(table, role)
    return {column.name: {mark.phi_class for mark in column.phi} for column in marked.columns}


PATIENT = _table(
    "patient",
    ("id", "INT"),
    ("ptlname", "VARCHAR(50)"),
    ("ptfname", "VARCHAR(50)"),
    ("pthphone", "VARCHAR(16)"),
    ("ptssn", "CHAR(9)"),
    primary_key=("id",),
)


def test_a_shared_prefix_run_into_each_column_is_set_apart_from_the_field():
    names = tuple(column.name for column in PATIENT.columns)
    assert field_names(names) == {
        "ptlname": "lname",
        "ptfname": "fname",
        "pthphone": "h_phone",
        "ptssn": "ssn",
    }


def test_fields_behind_a_module_prefix_are_classed_by_their_words():
    marks = _marked(PATIENT, "patient")
    assert marks["ptlname"] == {PhiClass.NAME}
    assert marks["pthphone"] == {PhiClass.PHONE}
    assert marks["ptssn"] == {PhiClass.SSN}


def test_a_prefix_followed_by_a_separator_is_a_word_and_is_left_alone():
    names = ("cdm_source_name", "cdm_etl_reference", "cdm_release_date", "cdm_version")
    assert field_names(names) == {}


def test_columns_sharing_a_real_word_are_not_stripped():
    assert field_names(("lastname", "firstname", "language", "lastvisit")) == {}


def test_letters_shared_inside_an_english_word_are_no_module_prefix():
    # GaiaEHR's immunisations: "admini" starts five columns, but administer is a word, and
    # "ster_amount" read alone became a death date
    names = ("administer_amount", "administer_units", "administered_date", "administration_site")
    assert field_names(names) == {}


def test_a_text_patient_uid_behind_separated_prefix_words_links_the_table():
    prescriptions = _table(
        "OC_PRESCRIPTIONS",
        ("OC_PRESCR_OBJECTID", "INT"),
        ("OC_PRESCR_PATIENTUID", "VARCHAR(255)"),
        ("OC_PRESCR_BEGIN", "DATETIME"),
    )
    names = tuple(column.name for column in prescriptions.columns)
    assert separated_field("OC_PRESCR_PATIENTUID", names) == "patient_uid"
    assert linkage((prescriptions,), {})[0]["OC_PRESCRIPTIONS"] == "linked"


def test_a_uid_is_the_systems_row_key_not_the_patients_record_number():
    assert _classes("patient_uid", "VARCHAR(255)") == set()
    assert _classes("patient_id", "VARCHAR(255)") == {PhiClass.MRN}


def test_a_glued_patient_word_typed_as_the_patient_key_links_the_table():
    rx = _table(
        "rx", ("rxpatient", "INT"), ("rxdrug", "VARCHAR(50)"), ("rxnote", "TEXT"), ("id", "INT")
    )
    assert linkage((PATIENT, rx), {})[0]["rx"] == "linked"


def test_a_glued_patient_word_of_another_type_does_not_link_the_table():
    rx = _table(
        "rx", ("rxpatient", "TEXT"), ("rxdrug", "VARCHAR(50)"), ("rxnote", "TEXT"), ("id", "INT")
    )
    assert linkage((PATIENT, rx), {})[0]["rx"] == "other"


def test_a_name_and_phone_beside_a_website_are_an_organisations_not_a_persons():
    insurer = _table(
        "insco",
        ("name", "VARCHAR(50)"),
        ("phone", "VARCHAR(16)"),
        ("website", "VARCHAR(100)"),
    )
    caller = _table("callin", ("name", "VARCHAR(50)"), ("phone", "VARCHAR(16)"))
    roles = linkage((insurer, caller), {})[0]
    assert (roles["insco"], roles["callin"]) == ("other", "person")


def test_the_unit_of_a_time_is_no_date():
    assert _classes("time_unit", "VARCHAR(255)") == set()


def test_a_long_text_named_for_a_clinical_topic_is_narrative():
    assert _classes("concurrentProblems", "TEXT") == {PhiClass.FREE_TEXT}
    assert _classes("physicalCondition", "TEXT") == {PhiClass.FREE_TEXT}
    assert _classes("allergies", "TEXT") == {PhiClass.FREE_TEXT}


def test_a_short_field_named_for_a_clinical_topic_holds_a_code():
    assert _classes("allergies", "VARCHAR(20)") == set()


def test_a_drug_named_alone_is_the_drug_not_narrative():
    assert _classes("medication", "TEXT") == set()


def test_a_notes_soapier_parts_are_narrative():
    assert _classes("pnotes_S", "TEXT") == {PhiClass.FREE_TEXT}
    assert _classes("pnotes_R", "TEXT") == {PhiClass.FREE_TEXT}


def test_a_contact_on_a_row_keyed_by_a_service_is_the_services():
    service = _table(
        "externalcontacts",
        ("serviceid", "VARCHAR(100)"),
        ("contactperson", "VARCHAR(255)"),
        ("contacttelephone", "VARCHAR(255)"),
        primary_key=("serviceid",),
    )
    assert linkage((service,), {})[0]["externalcontacts"] == "other"


def test_a_name_and_phone_on_a_row_keyed_by_a_code_are_a_list_entrys():
    centres = _table(
        "entries", ("code", "VARCHAR(255)"), ("name", "VARCHAR(255)"), ("fax", "VARCHAR(20)")
    )
    assert linkage((centres,), {})[0]["entries"] != "person"


def test_a_name_and_phone_on_a_row_keyed_by_its_own_number_are_a_persons():
    caller = _table(
        "callers", ("id", "INT"), ("name", "VARCHAR(255)"), ("phone", "VARCHAR(20)"),
        primary_key=("id",),
    )  # fmt: skip
    assert linkage((caller,), {})[0]["callers"] == "person"


def test_a_bare_patient_column_typed_as_the_patient_key_links_a_lookup_table():
    lookup = _table(
        "patient_keypad_lookup", ("id", "INT"), ("patient", "INT"), ("last_name", "VARCHAR(30)"),
        primary_key=("id",),
    )  # fmt: skip
    assert linkage((PATIENT, lookup), {})[0]["patient_keypad_lookup"] == "linked"


def test_a_subdivision_on_a_row_holding_an_address_is_part_of_it():
    private = _table(
        "private",
        ("personid", "INT"),
        ("address", "VARCHAR(255)"),
        ("city", "VARCHAR(100)"),
        ("sanitarydistrict", "VARCHAR(255)"),
        ("sector", "VARCHAR(255)"),
    )
    marks = _marked(private, "linked")
    assert marks["sanitarydistrict"] == marks["sector"] == {PhiClass.ADDRESS}


@pytest.mark.parametrize("name", ["settlement", "building", "village", "locality"])
def test_a_town_or_building_on_a_row_holding_an_address_is_part_of_it(name):
    # Ukraine's eHealth person_addresses: region, area, settlement, street, building, apartment
    home = _table(
        "person_addresses",
        ("person_id", "INT"),
        ("street", "TEXT"),
        ("zip", "TEXT"),
        (name, "TEXT"),
    )
    assert _marked(home, "linked")[name] == {PhiClass.ADDRESS}


@pytest.mark.parametrize("name", ["complemento", "ds_complemento", "curr_complement"])
def test_an_addresss_complement_on_a_row_holding_an_address_is_part_of_it(name):
    home = _table(
        "tb_cidadao",
        ("co_cidadao", "INT"),
        ("ds_logradouro", "VARCHAR(150)"),
        ("no_bairro", "VARCHAR(72)"),
        (name, "VARCHAR(50)"),
    )
    assert _marked(home, "patient")[name] == {PhiClass.ADDRESS}


def test_a_complement_on_a_row_without_an_address_is_no_place():
    result = _table("lab_result", ("patient_id", "INT"), ("complement", "VARCHAR(50)"))
    assert _marked(result, "linked")["complement"] == set()


def test_a_sector_on_a_row_without_an_address_is_no_place():
    business = _table("employment", ("personid", "INT"), ("sector", "VARCHAR(255)"))
    assert _marked(business, "linked")["sector"] == set()


def test_a_long_texts_content_on_a_patients_row_is_what_was_written():
    assert _classes("content", "TEXT") == {PhiClass.FREE_TEXT}
    assert _classes("content", "VARCHAR(20)") == set()


def test_a_long_text_box_of_a_patients_form_is_what_the_clinician_wrote():
    form = _table("formAlpha", ("demographic_no", "INT"), ("depression", "TEXT"))
    assert _marked(form, "linked")["depression"] == {PhiClass.FREE_TEXT}


def test_the_boxes_of_a_laboratory_requests_form_are_no_narrative():
    form = _table(
        "form_vl",
        ("patient_id", "INT"),
        ("sample_condition", "TEXT"),
        ("result", "TEXT"),
        ("current_regimen", "TEXT"),
    )
    assert _marked(form, "linked")["current_regimen"] == set()


def test_the_same_box_on_a_table_not_named_for_a_form_is_not_read_so():
    screening = _table("screening", ("demographic_no", "INT"), ("depression", "TEXT"))
    assert _marked(screening, "linked")["depression"] == set()


def test_a_forms_template_text_is_no_answer():
    form = _table("form", ("demographic_no", "INT"), ("form_template", "TEXT"))
    assert _marked(form, "linked")["form_template"] == set()


def test_a_name_qualified_by_the_patient_tables_word_is_a_patients_name():
    assert _classes("demographic_name", "VARCHAR(60)") == {PhiClass.NAME}


def test_a_box_of_a_form_wide_enough_for_a_phrase_is_an_answer():
    form = _table("formAdf", ("demographic_no", "INT"), ("skin", "VARCHAR(80)"))
    assert _marked(form, "linked")["skin"] == {PhiClass.FREE_TEXT}


def test_a_forms_vital_sign_or_its_user_is_no_answer():
    form = _table(
        "form_vitals",
        ("pid", "INT"),
        ("pulse", "VARCHAR(80)"),
        ("weight", "VARCHAR(80)"),
        ("user", "VARCHAR(255)"),
    )
    marks = _marked(form, "linked")
    assert marks["pulse"] == marks["weight"] == marks["user"] == set()


def test_a_fhir_name_part_behind_a_module_prefix_is_read():
    names = ("ptlname", "ptfname", "ptsuffix", "id")
    assert field_names(names)["ptsuffix"] == "suffix"


def test_a_numbered_line_beside_an_addresss_parts_is_an_address_line():
    address = _table(
        "patient_address",
        ("patient", "INT"),
        ("line1", "VARCHAR(100)"),
        ("city", "VARCHAR(100)"),
        ("postal", "CHAR(10)"),
    )
    assert _marked(address, "patient")["line1"] == {PhiClass.ADDRESS}


def test_a_numbered_line_without_an_address_is_no_address():
    invoice = _table("invoice_line", ("pid", "INT"), ("line1", "VARCHAR(100)"))
    assert _marked(invoice, "linked")["line1"] == set()


def test_a_column_named_a_note_outright_holds_one_once_a_sentence_fits():
    assert _classes("notes", "VARCHAR(80)") == {PhiClass.FREE_TEXT}
    assert _classes("remarks", "VARCHAR(50)") == {PhiClass.FREE_TEXT}
    assert _classes("notes", "VARCHAR(30)") == set()


def test_a_numbered_run_of_short_comments_are_a_sites_slots():
    assert _classes("comment3", "VARCHAR(100)") == set()


def test_two_letters_after_a_shared_prefix_end_a_code_and_are_no_field():
    # ADaM's TRTA, TRTAN, TRTSDT: the actual treatment, its number, its start date
    names = ("STUDYID", "USUBJID", "TRTA", "TRTAN", "TRTSDT", "TRTEDT")
    assert "TRTAN" not in field_names(names)
    assert field_names(("ptlname", "ptfname", "ptdob", "id"))["ptdob"] == "dob"

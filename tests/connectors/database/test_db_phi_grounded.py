"""PHI classes from standards' words, column types and the patient link path, with reasons."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import mssql

from assessor.connectors.database.coltypes import family
from assessor.connectors.database.context import MAX_HOPS, linkage
from assessor.connectors.database.phi import classify_column, mark_table
from assessor.connectors.database.reflection import type_name
from assessor.connectors.database.tokens import tokens
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


def _classes(name: str, type_name: str, role: str = "linked") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_name), role)}


def _marked(table: TableProfile, role: str = "linked") -> dict[str, set[PhiClass]]:
    """The rules' marks on a table's columns (the learned model left out), by column."""
    return {
        column.name: {mark.phi_class for mark in column.phi}
        for column in mark_table(table, role, learned=False).columns
        if column.phi
    }


@pytest.mark.parametrize(
    ("name", "type_name", "expected"),
    [
        ("placer_order_no", "VARCHAR(22)", PhiClass.OTHER_ID),
        ("specimen_id", "VARCHAR(20)", PhiClass.OTHER_ID),
        ("visit_nr", "INTEGER", PhiClass.OTHER_ID),
        ("claim_number", "VARCHAR(30)", PhiClass.OTHER_ID),
        ("prior_auth_no", "VARCHAR(30)", PhiClass.OTHER_ID),
        ("policy_no", "VARCHAR(30)", PhiClass.HEALTH_PLAN),
        ("account_nr", "VARCHAR(30)", PhiClass.ACCOUNT),
        ("study_iuid", "VARCHAR(64)", PhiClass.OTHER_ID),
    ],
)
def test_identifiers_named_with_hl7_and_claims_words_are_phi_on_a_patients_rows(
    name, type_name, expected
):
    assert _classes(name, type_name) == {expected}


def test_an_integer_id_is_this_databases_row_number_not_an_identifier():
    assert _classes("specimen_id", "INTEGER") == set()
    assert _classes("order_id", "BIGINT") == set()


def test_a_text_chart_id_is_the_patients_chart_number():
    assert _classes("chart_id", "VARCHAR(16)") == {PhiClass.MRN}
    assert _classes("chart_id", "INTEGER") == set()


def test_a_text_patient_key_is_the_patients_record_number():
    assert _classes("pat_id", "VARCHAR(64)", "patient") == {PhiClass.MRN}
    assert _classes("pat_id", "INTEGER", "patient") == set()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("sss_nr", PhiClass.SSN),
        ("nat_id_nr", PhiClass.OTHER_ID),
        ("portal_username", PhiClass.OTHER_ID),
        ("name_2", PhiClass.NAME),
        ("name_others", PhiClass.NAME),
        ("suffix", PhiClass.NAME),
        ("contact_person", PhiClass.NAME),  # issue #13 lists it among names missed
        ("contact_person_name", PhiClass.NAME),
        ("sender_name", PhiClass.NAME),
        ("alphabetic_name", PhiClass.NAME),
    ],
)
def test_local_and_standard_names_of_a_persons_identifiers(name, expected):
    assert _classes(name, "VARCHAR(60)", "patient") == ({expected} if expected else set())


def test_a_things_name_on_a_persons_row_is_not_a_persons_name():
    assert _classes("facility_name", "VARCHAR(60)", "patient") == set()
    assert _classes("insurance_name", "VARCHAR(60)", "patient") == set()


@pytest.mark.parametrize("name", ["domain_name", "safe_source_name"])
def test_an_identifier_domains_or_a_sources_name_is_not_a_persons(name):
    # E-PIX keeps the domain a person's identifier was issued in beside the person
    assert _classes(name, "VARCHAR(255)", "patient") == set()


def test_portuguese_is_not_a_patient():
    assert tokens("title_pt_br") == ("title",)
    assert _classes("name_pt_br", "VARCHAR(60)", "other") == set()


def test_a_tinyint_named_like_an_email_is_a_flag():
    assert _classes("email", "TINYINT(1)", "patient") == set()
    assert _classes("email", "VARCHAR(80)", "patient") == {PhiClass.EMAIL}


def test_a_network_presentation_address_is_not_a_postal_one():
    assert _classes("sending_pres_addr", "VARCHAR(255)", "linked") == set()


@pytest.mark.parametrize(
    ("name", "type_name", "free_text"),
    [
        ("comments", "VARCHAR(4000)", True),
        ("comments", "TEXT", True),
        ("note", "VARCHAR(255)", True),
        ("scanned_document", "BLOB", True),
        ("reason_for_no_barcode", "TEXT", True),
        ("void_reason", "VARCHAR(255)", False),
        ("amendment_reason", "TEXT", False),
        ("reason_for_correction", "TEXT", False),
        ("denialReason", "TEXT", False),
        ("description", "VARCHAR(255)", False),
        ("stop_reason", "VARCHAR(20)", False),
        ("dilution_text", "VARCHAR(10)", False),
        ("comments_editedby", "VARCHAR(30)", False),
        ("diagnosis_codes", "TEXT", False),
        ("exam_fields", "TEXT", False),
        ("body_part", "VARCHAR(255)", False),
    ],
)
def test_free_text_by_name_and_width_not_by_type_alone(name, type_name, free_text):
    assert (PhiClass.FREE_TEXT in _classes(name, type_name)) is free_text


@pytest.mark.parametrize(
    ("name", "type_name"),
    [
        ("date_changed", "DATETIME"),
        ("date_created", "DATETIME"),
        ("visit_date", "VARCHAR(10)"),
        ("admit_epoch", "INTEGER"),
        ("charted_time", "BIGINT"),
    ],
)
def test_dates_on_a_patients_rows_include_changes_text_dates_and_epoch_numbers(name, type_name):
    assert _classes(name, type_name) == {PhiClass.DATE}


@pytest.mark.parametrize("type_name", ["TSTZRANGE", "TSRANGE", "DATERANGE"])
def test_a_range_of_times_on_a_patients_rows_dates_them(type_name):
    assert _classes("sys_period", type_name) == {PhiClass.DATE}


@pytest.mark.parametrize(
    ("name", "type_name", "dated"),
    [
        ("pat_enc_date_real", "FLOAT", True),  # Epic's contact date, a day and its fraction
        ("ord_date_real", "DOUBLE PRECISION", True),
        ("dt_target", "REAL", False),  # a dialysate's target temperature
        ("infusion_time", "FLOAT", False),  # how long, in hours
    ],
)
def test_a_date_kept_as_a_real_number_is_named_for_the_date_itself(name, type_name, dated):
    assert (PhiClass.DATE in _classes(name, type_name)) is dated


def test_an_integer_date_key_is_not_a_date():
    assert _classes("date_id", "INTEGER") == set()


def _table(name, *columns, pk=(), fks=()):
    return TableProfile(
        name,
        columns=tuple(TableColumn(n, t) for n, t in columns),
        primary_key=pk,
        foreign_keys=fks,
    )


def _fk(column, target, implied=False):
    return ForeignKey((column,), target, ("id",), implied=implied)


def test_a_table_a_few_keys_from_the_patient_is_linked_and_keeps_the_path():
    tables = [
        _table("patient", ("id", "INTEGER"), pk=("id",)),
        _table("visit", ("id", "INTEGER"), ("patient_ref", "INTEGER"), pk=("id",),
               fks=(_fk("patient_ref", "patient"),)),
        _table("lab_order", ("id", "INTEGER"), ("visit_ref", "INTEGER"), pk=("id",),
               fks=(_fk("visit_ref", "visit"),)),
    ]  # fmt: skip
    roles, paths = linkage(tables, {})
    assert roles["lab_order"] == "linked"
    assert paths["lab_order"] == (
        "lab_order.visit_ref -> visit (declared)",
        "visit.patient_ref -> patient (declared)",
    )


def test_a_table_further_than_the_limit_from_the_patient_is_not_linked():
    chain = [_table("patient", ("id", "INTEGER"), pk=("id",))]
    for hop in range(MAX_HOPS + 1):
        previous = chain[-1].name
        chain.append(
            _table(f"t{hop}", ("id", "INTEGER"), ("up", "INTEGER"), pk=("id",),
                   fks=(_fk("up", previous),))
        )  # fmt: skip
    roles, _paths = linkage(chain, {})
    assert roles[f"t{MAX_HOPS - 1}"] == "linked"
    assert roles[f"t{MAX_HOPS}"] == "other"


def test_job_and_config_tables_are_kept_out_unless_their_own_key_names_the_patient():
    tables = [
        _table("patient", ("id", "INTEGER"), pk=("id",)),
        _table("study", ("id", "INTEGER"), ("patient_ref", "INTEGER"), pk=("id",),
               fks=(_fk("patient_ref", "patient"),)),
        _table("export_task", ("id", "INTEGER"), ("study_ref", "INTEGER"),
               ("scheduled_time", "TIMESTAMP"), pk=("id",), fks=(_fk("study_ref", "study"),)),
        _table("reminder_job", ("id", "INTEGER"), ("patient_id", "INTEGER"), pk=("id",)),
        _table("global_settings", ("id", "INTEGER"), ("setting_value", "TEXT"), pk=("id",)),
    ]  # fmt: skip
    roles, _paths = linkage(tables, {})
    assert roles["export_task"] == "job"
    assert roles["reminder_job"] == "linked"
    assert roles["global_settings"] == "reference"
    task = mark_table(tables[2], roles["export_task"])
    assert all(not column.phi for column in task.columns)


def test_an_audit_trail_declared_to_key_a_patients_row_is_the_patients_however_far_the_patient():
    tables = [
        _table("patient", ("id", "INTEGER"), pk=("id",)),
        _table("appointment", ("id", "INTEGER"), ("patient_ref", "INTEGER"), pk=("id",),
               fks=(_fk("patient_ref", "patient"),)),
        _table("appointment_audit", ("id", "INTEGER"), ("appointment_ref", "INTEGER"),
               ("start_time", "TIMESTAMP"), pk=("id",),
               fks=(_fk("appointment_ref", "appointment"),)),
    ]  # fmt: skip
    roles, paths = linkage(tables, {})
    assert roles["appointment_audit"] == "linked"
    assert paths["appointment_audit"][0] == (
        "appointment_audit.appointment_ref -> appointment (declared)"
    )


def test_every_mark_says_why_in_tokens_type_and_link_path():
    tables = [
        _table("patient", ("id", "INTEGER"), pk=("id",)),
        _table("visit", ("id", "INTEGER"), ("patient_ref", "INTEGER"), ("seen_at", "TIMESTAMP"),
               pk=("id",), fks=(_fk("patient_ref", "patient"),)),
    ]  # fmt: skip
    roles, paths = linkage(tables, {})
    visit = mark_table(tables[1], roles["visit"], path=paths["visit"])
    [mark] = next(c for c in visit.columns if c.name == "seen_at").phi
    assert mark.phi_class == PhiClass.DATE and 0.5 <= mark.confidence <= 1
    assert "type: TIMESTAMP" in mark.reasons
    assert "linked: visit.patient_ref -> patient (declared)" in mark.reasons
    dob = classify_column(TableColumn("date_of_birth", "DATE"), "patient")[0]
    assert "tokens: date of birth" in dob.reasons


@pytest.mark.parametrize("name", ["EMPI_ID", "mpi", "empi_number"])
def test_the_master_patient_indexs_number_is_the_record_number(name):
    assert _classes(name, "VARCHAR(40)") == {PhiClass.MRN}


def test_a_surgical_pathology_number_is_the_reports_accession_number():
    assert _classes("SURGICAL_PATHOLOGY_NUMBER", "VARCHAR(50)") == {PhiClass.OTHER_ID}
    assert _classes("pathology_type", "VARCHAR(50)") == set()


def test_a_post_code_in_two_words_is_a_postcode():
    assert _classes("POST_CODE", "VARCHAR(10)") == {PhiClass.ADDRESS}


def test_a_phones_area_code_is_part_of_the_phone_number():
    assert _classes("AREA_CODE", "VARCHAR(10)") == {PhiClass.PHONE}
    assert _classes("area_code_type", "VARCHAR(10)") == set()


def test_a_patients_number_in_another_system_is_an_identifier_but_not_on_staff_rows():
    assert _classes("external_id", "VARCHAR(20)") == {PhiClass.OTHER_ID}
    assert _classes("external_id", "VARCHAR(20)", role="staff") == set()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("nm_ibu", PhiClass.NAME), ("nama_ayah", PhiClass.NAME), ("nomr", PhiClass.MRN),
     ("tmp_lahir", PhiClass.ADDRESS)],
)  # fmt: skip
def test_indonesian_parents_names_record_number_and_birthplace(name, expected):
    assert _classes(name, "VARCHAR(50)", role="patient") == {expected}


def test_a_temporary_file_is_no_birthplace():
    assert _classes("tmp_file", "VARCHAR(50)", role="patient") == set()


@pytest.mark.parametrize("name", ["kesimpulan", "saran", "balasan", "pesan"])
def test_indonesian_words_for_a_conclusion_advice_a_reply_or_a_message_are_narrative(name):
    assert _classes(name, "TEXT") == {PhiClass.FREE_TEXT}


def _contacts_shared_with(other: str) -> dict[str, str]:
    contact = _table(
        "contact", ("id", "INTEGER"), ("first_name", "VARCHAR(100)"),
        ("last_name", "VARCHAR(100)"), ("primary_phone", "VARCHAR(20)"), pk=("id",),
    )  # fmt: skip
    tables = [
        contact,
        _table("patient", ("id", "INTEGER"), ("contact_id", "INTEGER"), pk=("id",),
               fks=(_fk("contact_id", "contact"),)),
        _table(other, ("id", "INTEGER"), ("contact_id", "INTEGER"), ("created_date", "DATETIME"),
               pk=("id",), fks=(_fk("contact_id", "contact"),)),
    ]  # fmt: skip
    return linkage(tables, {})[0]


def test_a_register_of_persons_the_patient_row_points_to_is_the_patients():
    assert _contacts_shared_with("site")["contact"] == "person"


def test_other_rows_keeping_their_contact_in_the_patients_register_are_not_linked_by_it():
    assert _contacts_shared_with("site")["site"] == "other"


def test_sql_servers_timestamp_is_its_row_version_not_a_date():
    reported = type_name(mssql.TIMESTAMP(), mssql.dialect())
    assert family(reported) == "binary"
    assert _classes("last_changed", reported) == set()
    assert _classes("last_changed", "DATETIME") == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["BIRTH_YM", "HOSTZ_YMD", "admit_yyyymmdd"])
def test_a_date_written_as_its_pattern_year_month_or_year_month_day_is_a_date(name):
    assert _classes(name, "VARCHAR(8)") == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["doctor_ssn", "employee_ssn", "PracownikPesel"])
def test_a_clinicians_or_an_employees_national_number_is_the_staffs_not_the_patients(name):
    assert _classes(name, "VARCHAR(11)") == set()
    assert _classes("patient_ssn", "VARCHAR(11)") == {PhiClass.SSN}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Pid5", PhiClass.NAME),
        ("PID_7", PhiClass.DATE),
        ("Pid11", PhiClass.ADDRESS),
        ("PID_3", PhiClass.MRN),
        ("NK1_2", PhiClass.NAME),
        ("PV1_19", PhiClass.OTHER_ID),
    ],
)
def test_a_column_named_by_an_hl7_field_is_read_as_that_fields_name(name, expected):
    assert _classes(name, "VARCHAR(255)") == {expected}


def test_a_lower_case_word_and_a_number_run_together_is_no_hl7_field():
    assert tokens("pid1") == ("pid", "1")  # eTB Manager's parent ids pid0..pid3


def test_a_master_patient_indexs_enterprise_id_is_the_record_number():
    assert _classes("EUID", "VARCHAR(20)") == {PhiClass.MRN}


def test_an_acronym_in_mixed_case_is_one_word():
    assert tokens("DoB") == ("dob",)
    assert tokens("ProbandDoD") == ("proband", "dod")
    assert tokens("isA") == ("is", "a")
    assert _classes("DoB", "DATE") == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["commenttext", "note_text"])
def test_a_notes_text_is_free_text_as_soon_as_a_sentence_fits(name):
    assert _classes(name, "VARCHAR(100)") == {PhiClass.FREE_TEXT}
    assert _classes("status_text", "VARCHAR(100)") == set()


@pytest.mark.parametrize(
    ("name", "type_name", "expected"),
    [
        ("z01_cnh", "VARCHAR(20)", PhiClass.LICENCE),  # Brazil's driver's licence
        ("apelido", "VARCHAR(60)", PhiClass.NAME),  # the surname, in Portugal and Mozambique
    ],
)
def test_portuguese_names_of_a_licence_and_a_surname_are_read(name, type_name, expected):
    assert _classes(name, type_name) == {expected}


def test_a_cpr_kept_as_text_on_a_persons_row_is_denmarks_personal_number():
    assert _classes("cpr", "VARCHAR(128)", "patient") == {PhiClass.SSN}
    assert _classes("patient_cpr", "VARCHAR(11)") == {PhiClass.SSN}
    assert _classes("cpr", "BOOLEAN", "patient") == set()
    assert _classes("cpr_performed", "VARCHAR(10)") == set()


@pytest.mark.parametrize("name", ["STATE_C_NAME", "ACCOUNT_TYPE_C_NAME", "LANGUAGE_C_NAME"])
def test_a_categorys_display_name_is_a_value_of_a_list(name):
    # Epic's Clarity keeps a category's number (STATE_C) and its display name (STATE_C_NAME)
    assert _classes(name, "VARCHAR(255)", "patient") == set()


def test_the_name_beside_an_id_is_the_name_of_the_row_it_refers_to():
    assert _classes("PROV_ID_PROV_NAME", "VARCHAR(255)", "patient") == set()
    assert _classes("alphabetic_name", "VARCHAR(255)", "patient") == {PhiClass.NAME}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("hihokensha_bangou", {PhiClass.HEALTH_PLAN}),  # the insured person's number (romaji)
        ("jukyuusha", {PhiClass.HEALTH_PLAN}),  # a public-expense recipient's number
        ("PATIENT_MELLANNAMN", {PhiClass.NAME}),  # Swedish: the patient's middle name
        ("ENHETS_NAMN", set()),  # Swedish: the care unit's name
    ],
)
def test_japanese_and_swedish_words_of_a_record_are_read(name, expected):
    assert _classes(name, "VARCHAR(64)", "patient") == expected


def test_a_number_named_for_something_of_a_date_is_no_date():
    # CanDIG keeps beside each field the access level it needs: dateOfBirthTier is no birth date
    assert _classes("dateOfBirthTier", "INTEGER", "patient") == set()
    assert _classes("admit_date", "INTEGER") == {PhiClass.DATE}


@pytest.mark.parametrize(
    ("name", "named"),
    [("Mom1", True), ("Dad2", True), ("mum", True), ("guardian_2", True), ("momentum", False)],
)
def test_a_parent_named_as_the_family_calls_them_or_numbered_is_a_relatives_name(name, named):
    # a paediatric chart's parents (eClinicalWorks' ptparentinfo.Mom1, Dad2): their names
    assert (PhiClass.NAME in _classes(name, "VARCHAR(60)", "patient")) is named


@pytest.mark.parametrize(
    ("name", "type_name", "expected"),
    [
        ("HomePhoneArea", "SMALLINT", {PhiClass.PHONE}),  # TouchWorks' split numbers
        ("HomePhoneLast4", "SMALLINT", {PhiClass.PHONE}),
        ("ContactFaxExchange", "SMALLINT", {PhiClass.FAX}),
        ("HomeAreaCode", "VARCHAR(10)", {PhiClass.PHONE}),  # Sunrise's
        ("request_tele", "SMALLINT", set()),  # MIMIC's flag
        ("phone_type", "SMALLINT", set()),
        ("catchment_area_code", "VARCHAR(10)", set()),
    ],
)
def test_a_part_of_a_split_phone_number_is_the_phone(name, type_name, expected):
    assert _classes(name, type_name, "patient") == expected


@pytest.mark.parametrize("name", ["ConsentGiverName", "consent_giver_name"])
def test_the_name_of_who_gave_consent_for_the_patient_is_a_persons_name(name):
    # HCS eMR's PatientConsent.ConsentGiverName: the patient or a relative who consented
    assert _classes(name, "VARCHAR(100)") == {PhiClass.NAME}


@pytest.mark.parametrize("name", ["create_timestamp_tz", "service_date_tz", "admit_timezone"])
def test_the_zone_a_time_was_kept_in_is_no_date(name):
    # NextGen keeps each timestamp's zone beside it (create_timestamp, create_timestamp_tz)
    assert PhiClass.DATE not in _classes(name, "SMALLINT")
    assert PhiClass.DATE not in _classes(name, "VARCHAR(32)")


@pytest.mark.parametrize(
    ("name", "type_name", "expected"),
    [
        # Oracle's VARCHAR2(n): its length is n, not the 2 of its name (a length of 2 held no
        # date and no number, so an Oracle scan lost them)
        ("THIS_HOSTZ_YMD", "VARCHAR2(7)", PhiClass.DATE),
        ("visit_date", "NVARCHAR2(10)", PhiClass.DATE),
        ("claim_number", "VARCHAR2(30)", PhiClass.OTHER_ID),
    ],
)
def test_an_oracle_string_is_as_long_as_its_brackets_say(name, type_name, expected):
    assert _classes(name, type_name) == {expected}


@pytest.mark.parametrize(
    ("name", "type_name", "keyed"),
    [
        ("enc_id", "CHAR(36)", True),  # a UUID written out, as MySQL and MariaDB keep them
        ("county_id", "VARCHAR(36)", True),
        ("enc_id", "UNIQUEIDENTIFIER", True),
        ("claim_number", "VARCHAR(36)", False),  # a number issued, whatever its width
    ],
)
def test_a_key_kept_as_a_uuids_36_characters_is_a_key(name, type_name, keyed):
    assert (_classes(name, type_name) == set()) is keyed


@pytest.mark.parametrize("name", ["PhoneType1", "phone_type_2", "PhoneTypeName", "email_type_desc"])
def test_the_kind_of_a_contact_numbered_or_named_is_no_contact(name):
    # CGM APRIMA's PhoneType1 ... PhoneType4 beside the numbers: which kind each number is
    assert _classes(name, "CHAR(50)", "patient") == set()


@pytest.mark.parametrize(
    "name",
    ["telecom_system", "telecom_use", "telecom_rank", "identifier_use", "identifier_system",
     "identifier_assigner", "address_use"],
)  # fmt: skip
def test_the_elements_fhir_keeps_beside_a_value_are_not_the_value(name):
    # One Medical's flattened Patient: identifier_system is the number's namespace, not it
    assert _classes(name, "TEXT", "patient") == set()


@pytest.mark.parametrize(
    ("name", "hipaa"),
    [("telecom_value", PhiClass.PHONE), ("identifier_value", PhiClass.OTHER_ID),
     ("het_encours_dt_lastUse", PhiClass.DATE)],
)  # fmt: skip
def test_the_value_beside_them_and_a_time_of_use_stay_marked(name, hipaa):
    assert hipaa in _classes(name, "TIMESTAMP" if "dt" in name else "TEXT", "patient")


@pytest.mark.parametrize("name", ["Relation to Guarantor", "PatientRelationshipToInsured"])
def test_the_relation_to_a_related_person_is_no_name(name):
    # GlaceEMR's Relation to Guarantor: self, spouse, child; not the guarantor's name
    assert PhiClass.NAME not in _classes(name, "VARCHAR(40)", "patient")
    assert PhiClass.NAME in _classes("Guarantor", "VARCHAR(40)", "patient")


def test_a_doctors_name_shortened_to_doc_is_no_patients_name():
    # CGM APRIMA's Doc First Name, Doc Last Name on each clinical file of a patient's
    assert _classes("Doc First Name", "CHAR(50)") == set()
    assert _classes("First Name", "CHAR(50)") == {PhiClass.NAME}


def test_who_wrote_a_history_section_is_no_section_of_it():
    # GlaceEMR's history files keep each answer and who created and last modified it
    table = TableProfile(
        "Family_History",
        columns=tuple(
            TableColumn(name, "TEXT")
            for name in ("History Element Value", "Created By", "Last Modified By")
        ),
    )
    marked = set(_marked(table))
    assert marked == {"History Element Value"}


@pytest.mark.parametrize(
    "name", ["Client Name", "member_name", "consumer_name", "Dependent Name #1"]
)
def test_the_patient_named_as_other_fields_of_care_call_them_is_a_persons_name(name):
    # Credible's Client Name on a patient's appointment: behavioural health's patient, as a
    # health plan's member and mental health's consumer are; and those the patient supports
    assert _classes(name, "VARCHAR(100)") == {PhiClass.NAME}


@pytest.mark.parametrize("name", ["confirmationLmp", "updateFinalEdd", "edc", "lnmp"])
def test_obstetrics_dates_named_by_their_abbreviations_are_dates_kept_as_text(name):
    # iSALUS's pregnancy file keeps the last menstrual period and the due dates as text
    assert _classes(name, "TEXT") == {PhiClass.DATE}


def test_keys_typed_as_the_text_the_table_keys_its_own_rows_by_are_row_keys():
    # ModMed's export writes every key as VARCHAR(20): a bill's visit and staff keys are rows
    # of other tables, not numbers issued to the patient; the patient's own id stays theirs
    bill = TableProfile(
        "bill",
        columns=tuple(
            TableColumn(name, "VARCHAR(20)")
            for name in ("bill_id", "patient_id", "visit_id", "referral_staff_id", "claim_no")
        ),
        primary_key=("bill_id",),
    )
    marked = _marked(bill)
    assert "visit_id" not in marked and "referral_staff_id" not in marked
    assert marked["patient_id"] == {PhiClass.MRN}
    assert marked["claim_no"] == {PhiClass.OTHER_ID}


@pytest.mark.parametrize("name", ["date_of_current_illness_qualifier", "ssn_qual", "IdQualifier"])
def test_the_code_that_qualifies_a_value_is_no_value(name):
    # X12's qualifiers, as ModMed and Open Dental keep them: which date or which id it is
    assert _classes(name, "VARCHAR(20)", "patient") == set()


@pytest.mark.parametrize("name", ["fax_outbound_id", "fax_inbound_id", "phone_uuid"])
def test_the_key_of_a_fax_or_a_phones_row_is_no_number(name):
    # ModMed's task_fax_inbound.fax_inbound_id: which fax job, not which fax number
    assert _classes(name, "VARCHAR(30)") == set()
    assert _classes("fax_no", "VARCHAR(30)") == {PhiClass.FAX}


def test_the_address_and_phone_of_a_patients_pharmacy_are_the_pharmacys():
    # iSALUS keeps the patient's pharmacies, keyed to the patient: address, city, zip, phone
    pharmacy = TableProfile(
        "pharmacy",
        columns=tuple(
            TableColumn(name, "TEXT")
            for name in ("patientId", "name", "address", "city", "zip", "phone", "patientPhone")
        ),
    )
    marked = set(_marked(pharmacy))
    assert marked.isdisjoint({"address", "city", "zip", "phone"})
    assert "patientPhone" in marked


@pytest.mark.parametrize("name", ["Remit To Address Line 1", "remit_to_zip", "payee_phone"])
def test_where_a_statements_payment_goes_is_the_payees_contact(name):
    # Credible's statement header: the practice's remit-to address, not the client's
    assert _classes(name, "VARCHAR(100)", "patient") == set()


def test_an_insurers_name_on_a_persons_row_is_a_companys():
    # Credible's 834 enrolment row: the member's names beside the insurer's
    assert _classes("Insurer Name", "VARCHAR(100)", "person") == set()
    assert _classes("Member Name", "VARCHAR(100)", "person") == {PhiClass.NAME}


@pytest.mark.parametrize(
    "name",
    [
        "OverseasVisitorStatusClassificationAtCDSActivityDate",
        "MentalHealthActLegalStatusClassificationCodeAtCensusDate",
        "weight_at_admission_date",
    ],
)
def test_a_status_or_a_measure_as_it_stood_at_a_date_is_no_date(name):
    # NHS CDS: the patient's overseas-visitor status as it stood at the activity's date
    assert PhiClass.DATE not in _classes(name, "VARCHAR(500)")
    assert PhiClass.DATE in _classes("CDSActivityDate", "VARCHAR(500)")


@pytest.mark.parametrize(
    ("name", "words"),
    [("ONSETMONTH", ("onset", "month")), ("LASTOCCURRENCEYEAR", ("last", "occurrence", "year"))],
)
def test_a_month_or_a_year_run_into_a_name_is_read_as_a_word(name, words):
    # Juno's ALLERGY keeps ONSETYEAR, ONSETMONTH, ONSETDAY; HCUP its PRMONTHn, PRYEARn
    assert tokens(name) == words


def test_the_day_and_month_kept_beside_a_year_in_capitals_are_a_dates_parts():
    allergy = TableProfile(
        "ALLERGY",
        columns=tuple(
            TableColumn(name, "INT")
            for name in ("PATIENTID", "ONSETYEAR", "ONSETMONTH", "ONSETDAY")
        ),
    )
    marked = set(_marked(allergy))
    assert {"ONSETMONTH", "ONSETDAY"} <= marked


@pytest.mark.parametrize("name", ["CREATEDDATETIMEOFFSET", "onset_time_zone_offset"])
def test_a_times_offset_from_utc_kept_as_minutes_is_no_date(name):
    # Juno keeps each time's offset in minutes beside it (CREATEDDATETIME, ...OFFSET INT)
    assert PhiClass.DATE not in _classes(name, "INT")
    assert PhiClass.DATE in _classes("CREATEDDATETIMEOFFSET", "DATETIMEOFFSET")


@pytest.mark.parametrize("name", ["patient_NIC", "nic_no", "NID", "nida_number"])
def test_national_identity_numbers_of_sri_lanka_mozambique_and_tanzania_are_ssns(name):
    assert _classes(name, "VARCHAR(20)", "patient") == {PhiClass.SSN}


def test_three_letters_left_after_a_shared_prefix_are_no_national_number():
    # PCORnet's obs_clin: obsclinid, obsclin_code... "obscli" shared, "nid" left by chance
    table = TableProfile(
        "obs_clin",
        columns=tuple(
            TableColumn(name, "VARCHAR(50)")
            for name in ("obsclinid", "obsclin_code", "obsclin_type", "obsclin_result_text")
        ),
    )
    assert PhiClass.SSN not in _marked(table).get("obsclinid", set())


def test_the_names_and_contacts_of_a_patients_care_team_are_the_clinicians():
    # iSALUS's and QSuite's care-team files: each of the patient's clinicians, their office
    team = TableProfile(
        "care_team",
        columns=tuple(
            TableColumn(name, "TEXT")
            for name in ("patientId", "firstName", "lastName", "address1", "phoneWork", "notes")
        ),
    )
    marked = set(_marked(team))
    assert marked.isdisjoint({"firstName", "lastName", "address1", "phoneWork"})
    assert "notes" in marked


@pytest.mark.parametrize("table", ["CLIENT_PCP", "CLIENT_PAYER_PLAN", "insurer"])
def test_the_contacts_on_a_row_of_the_patients_pcp_or_payer_are_theirs(table):
    # CareLogic's CLIENT_PCP and CLIENT_PAYER_PLAN: the office's and the payer's phone
    row = TableProfile(
        table,
        columns=tuple(
            TableColumn(name, "TEXT") for name in ("CLIENT_ID", "PHONE_NUMBER", "FAX_NUMBER")
        ),
    )
    assert set(_marked(row)).isdisjoint({"PHONE_NUMBER", "FAX_NUMBER"})


def test_the_contacts_on_a_patients_birth_plan_are_still_the_patients_people():
    row = TableProfile(
        "birth_plan",
        columns=tuple(TableColumn(name, "TEXT") for name in ("patient_id", "support_phone")),
    )
    assert "support_phone" in _marked(row)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("DATEADDED", ("date", "added")),
        ("DATECLOSED", ("date", "closed")),
        ("PHARMNAME", ("pharm", "name")),
        ("dateresolved", ("date", "resolved")),
    ],
)
def test_record_keeping_participles_and_pharm_run_into_a_name_are_read_as_words(name, words):
    # Picasso's export names its columns in capitals run together (DATEADDED, PHARMNAME)
    assert tokens(name) == words


def test_a_pharmacys_name_run_together_in_capitals_is_no_patients_name():
    assert _classes("PHARMNAME", "TEXT", "patient") == set()
    assert _classes("DATEADDED", "TEXT") == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["created", "updated", "lastModified", "date_changed"])
def test_a_record_keeping_event_kept_as_text_is_a_time(name):
    # CanDIG keeps each row's created and updated times as ISO text
    assert _classes(name, "TEXT") == {PhiClass.DATE}
    assert _classes("is_updated", "TEXT") == set()


@pytest.mark.parametrize("name", ["nextappointment", "NextAppointment", "nextDue", "next_visit"])
def test_the_next_appointment_or_due_date_kept_as_text_is_a_date(name):
    # webADT's patient.nextappointment VARCHAR(20), iSALUS's immunization.nextDue
    assert _classes(name, "VARCHAR(20)") == {PhiClass.DATE}


def test_the_month_part_of_a_date_run_together_is_a_dates_element():
    # AfyaPro keeps each log row's month apart as monthpart INTEGER
    assert tokens("monthpart") == ("month", "part")
    assert _classes("monthpart", "INTEGER") == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["claim_reference", "prior_auth_ref", "order_reference"])
def test_a_claims_or_an_orders_reference_kept_as_text_is_its_number(name):
    # OpenEMR's medicaid_original_reference, HCS's PreauthorizationReference
    assert _classes(name, "VARCHAR(30)") == {PhiClass.OTHER_ID}
    assert _classes("claim_reference", "INTEGER") == set()


@pytest.mark.parametrize(
    ("name", "type_name"),
    [("general_examine", "TEXT"), ("investigation", "TEXT"), ("investigations_results", "TEXT"),
     ("surgery", "TEXT"), ("surgeries", "TEXT"), ("special_instruction", "VARCHAR(255)"),
     ("admission_instruction", "TEXT")],
)  # fmt: skip
def test_an_examination_investigations_surgery_or_an_instruction_written_out_is_free_text(
    name, type_name
):
    # DrM Hope's diagnoses.general_examine, investigation, surgery; a prescription's
    # special_instruction
    assert _classes(name, type_name) == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize("name", ["taluka", "tehsil", "landmark", "brought_person_taluka"])
def test_an_indian_sub_district_and_an_address_landmark_are_address(name):
    assert _classes(name, "VARCHAR(50)", "patient") == {PhiClass.ADDRESS}


@pytest.mark.parametrize(
    "name", ["professionalTimeSeconds", "survey_time_limit_minutes", "time_min", "wait_time_hrs"]
)
def test_a_number_of_time_units_is_a_duration_not_an_epoch_date(name):
    assert _classes(name, "INTEGER") == set()
    assert _classes("event_time", "INTEGER") == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["GP_name", "gp_phone", "pcp_first_name", "txt_pcp_lname"])
def test_the_patients_general_practitioners_details_are_no_patients(name):
    # a Romanian PCI registry's patients.GP_name, gp_phone beside the patient's own
    assert _classes(name, "VARCHAR(100)", "patient") == set()


@pytest.mark.parametrize(
    "name", ["discussionnotes_lastmodifiedby", "AllergiesAddedBy", "CarePlanAgreedBy"]
)
def test_who_wrote_or_changed_a_note_is_not_the_note(name):
    # athenaOne's assessment_and_plan.discussionnotes_lastmodifiedby beside the notes
    assert _classes(name, "TEXT") == set()
    assert _classes("discussion_notes", "TEXT") == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize(
    ("name", "type_name"),
    [("date_verified", "DATETIME"), ("time_verified", "TIMESTAMP"), ("dateofcount", "DATE"),
     ("StartDateRestrictiveIntType", "DATE")],
)  # fmt: skip
def test_a_date_typed_as_one_is_a_date_whatever_word_it_ends_in(name, type_name):
    # C4G BLIS's test.date_verified: when the result was verified, not a flag that it was
    assert _classes(name, type_name) == {PhiClass.DATE}
    assert _classes("result_verified", "BOOLEAN") == set()


@pytest.mark.parametrize("name", ["Pat UPI", "UPI Number [C]", "anon_chi", "chi_number"])
def test_scotlands_chi_number_and_the_unique_patient_identifier_are_health_numbers(name):
    assert _classes(name, "VARCHAR(10)", "patient") == {PhiClass.HEALTH_PLAN}


def test_a_vietnamese_chi_syllable_is_no_chi_number():
    # QLBV's ma_chi_so: the code of an indicator
    assert _classes("ma_chi_so", "VARCHAR(50)", "patient") == set()


@pytest.mark.parametrize("name", ["uhid", "patient_uhid_snapshot"])
def test_indias_unique_health_identification_number_is_a_record_number(name):
    # a Nepali pathology laboratory's patients.uhid, the hospital number Indian systems issue
    assert _classes(name, "VARCHAR(20)", "patient") == {PhiClass.MRN}


def test_a_biobanks_address_on_an_order_is_the_biobanks():
    # All of Us's biobank_mail_kit_order.biobank_street_address_1 beside the participant's
    assert _classes("biobank_street_address_1", "VARCHAR(255)") == set()


def _expiry_marks(table: str, column: str) -> set[PhiClass]:
    row = TableProfile(
        table,
        columns=(TableColumn("patient_id", "INTEGER"), TableColumn(column, "DATE")),
    )
    return _marked(row).get(column, set())


@pytest.mark.parametrize(
    ("table", "column"),
    [("immunizations", "expiration_date"), ("patient_implantable_device", "ExpirationDate"),
     ("stock_line", "expiry_date"), ("public_report_tokens", "expires_at")],
)  # fmt: skip
def test_the_bare_expiry_of_a_product_or_token_is_not_the_patients_date(table, column):
    # OpenEMR's immunizations.expiration_date: when the vaccine lot expires
    assert _expiry_marks(table, column) == set()


@pytest.mark.parametrize(
    ("table", "column"),
    [("patient_medication", "prior_auth_expiration_date"), ("patient_consent", "expiration_date"),
     ("patient_insurance", "expiration_date")],
)  # fmt: skip
def test_the_expiry_of_an_authorisation_a_consent_or_a_policy_stays_a_date(table, column):
    assert _expiry_marks(table, column) == {PhiClass.DATE}


@pytest.mark.parametrize(
    "name", ["period_start", "effective_period_end", "issued", "recorded", "authored_on"]
)
def test_fhirs_times_named_without_a_date_word_are_dates_when_kept_as_text(name):
    # Sevocity's flattened Encounter.period_start, DiagnosticReport.issued as ISO text
    assert _classes(name, "TEXT") == {PhiClass.DATE}
    assert _classes("period", "VARCHAR(140)") == set()  # a prescription's period: how long


@pytest.mark.parametrize(
    "name", ["situation", "background", "planning", "pemeriksaan_fisik", "evaluasi", "asesmen"]
)
def test_a_handovers_sbar_and_an_indonesian_notes_parts_are_free_text_in_a_long_text(name):
    # RSUD Otista's emr.situation, emr.pemeriksaan_fisik (the physical examination)
    assert _classes(name, "TEXT") == {PhiClass.FREE_TEXT}
    assert _classes(name, "VARCHAR(20)") == set()


@pytest.mark.parametrize(
    ("name", "hipaa"),
    [("tgllahir", PhiClass.DATE), ("tmplahir", PhiClass.ADDRESS), ("nohp", PhiClass.PHONE)],
)  # fmt: skip
def test_an_indonesian_registers_glued_fields_read_as_their_words(name, hipaa):
    # RSUD Otista's pasiens.tgllahir (tanggal lahir, the birth date), nohp (the mobile number)
    assert _classes(name, "VARCHAR(50)", "patient") == {hipaa}
    assert _classes("IncludeInHP", "VARCHAR(50)", "patient") == set()


def test_a_contact_no_show_is_a_missed_appointment_not_a_contact_number():
    # PMHC MDS's service_contact_no_show beside its own contact's number
    assert _classes("service_contact_no_show", "VARCHAR(10)", "patient") == set()
    assert _classes("contact_no", "VARCHAR(20)", "patient") == {PhiClass.PHONE}


def test_a_times_offset_kept_as_text_is_no_date():
    # HL7 v2's TQ1/ARQ start date/time offset ("+2D"): how long after a time, not the time
    assert _classes("start_date_time_offset1", "VARCHAR(20)") == set()


def test_how_many_of_a_unit_a_thing_took_is_no_date():
    # Australia's HCP1: Minutes of operating theatre time, a count of minutes
    assert _classes("Minutes of operating theatre time", "NUMERIC") == set()
    assert _classes("Day of birth", "VARCHAR(2)") == {PhiClass.DATE}

"""PHI rules that the hold-out schemas (tests/data/schemas/holdout) showed were missing.

Each is a general behaviour, not a hold-out's column name: abbreviations other conventions use,
people a row names by themselves, spare fields, note sections, times of day, stored messages,
subdivisions below a state, and the things that only look like identifiers.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assessor.connectors.database.coltypes import family
from assessor.connectors.database.context import linkage
from assessor.connectors.database.phi import classify_column, mark_table
from assessor.connectors.database.tokens import tokens
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile

SCHEMAS = Path(__file__).resolve().parents[2] / "data" / "schemas"
sys.path.insert(0, str(SCHEMAS))

import corpus  # noqa: E402  (one module for every test: its scans and labels are kept)


def _classes(name: str, type_name: str, role: str = "linked") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_name), role)}


def test_run_together_abbreviations_split_into_their_words():
    assert tokens("pc_conttel") == ("pc", "cont", "tel")
    assert tokens("PAT_SNAME") == ("pat", "sname")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("PAT_TELE", PhiClass.PHONE), ("PAT_SNAME", PhiClass.NAME), ("pc_contname", PhiClass.NAME)],
)
def test_abbreviated_phone_surname_and_contact_names_are_phi(name, expected):
    assert _classes(name, "VARCHAR(50)", "patient") == {expected}


def test_a_smallint_named_like_a_phone_is_a_flag_not_a_number():
    assert _classes("REQUEST_TELE", "SMALLINT", "patient") == set()


@pytest.mark.parametrize("name", ["PAT_NEXT_KIN", "subscriber_employer", "guardian"])
def test_a_relative_or_employer_named_by_itself_on_a_patients_row_is_a_name(name):
    assert _classes(name, "VARCHAR(255)") == {PhiClass.NAME}


def test_a_one_character_column_holds_a_flag_whatever_its_name():
    assert _classes("guardian", "CHAR(1)", "patient") == set()


@pytest.mark.parametrize("name", ["usertext3", "genericval1", "custom_2"])
def test_a_sites_numbered_spare_field_says_nothing_by_its_name(name):
    assert _classes(name, "VARCHAR(255)", "patient") == set()


def test_a_users_notes_are_not_a_spare_field():
    assert _classes("user_notes", "TEXT") == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize("name", ["subjective", "plan", "dictation", "relatives_cancer"])
def test_parts_of_a_clinical_note_in_a_long_text_are_free_text(name):
    assert _classes(name, "TEXT") == {PhiClass.FREE_TEXT}


def test_a_short_plan_is_a_label_not_a_note():
    assert _classes("plan", "VARCHAR(20)") == set()


def test_a_time_of_day_on_a_patients_row_dates_the_event():
    assert _classes("pc_startTime", "TIME") == {PhiClass.DATE}


def test_a_stored_hl7_message_is_phi_whatever_table_keeps_it():
    assert _classes("hl7_data", "MEDIUMTEXT", "job") == {PhiClass.OTHER_ID}
    assert _classes("hl7_data", "MEDIUMTEXT", "other") == {PhiClass.OTHER_ID}


def test_the_key_of_an_hl7_message_is_not_the_message():
    assert _classes("hl7_source_key", "TEXT", "other") == set()


@pytest.mark.parametrize("name", ["township_division", "neighborhood_cell", "village"])
def test_geographic_subdivisions_below_a_state_are_addresses(name):
    assert _classes(name, "VARCHAR(50)", "person") == {PhiClass.ADDRESS}


@pytest.mark.parametrize("name", ["CCG_RESIDENCE", "district_of_residence", "domicile_code"])
def test_the_area_a_patient_lives_in_by_any_code_is_an_address(name):
    assert _classes(name, "VARCHAR(10)") == {PhiClass.ADDRESS}


@pytest.mark.parametrize("name", ["residence_type", "years_at_residence", "residence"])
def test_a_residence_alone_what_it_is_or_how_long_it_was_lived_in_is_no_address(name):
    assert _classes(name, "VARCHAR(10)") == set()


def test_a_residences_phone_state_or_changed_number_is_no_area_of_residence():
    assert _classes("PHONE_NUMBER_RESIDENCE", "VARCHAR(20)") == {PhiClass.PHONE}
    assert _classes("state_of_residence", "VARCHAR(2)") == set()
    assert _classes("RESIDENCE_NUMB_CHAN_DT_TM", "TIMESTAMP") == {PhiClass.DATE}
    assert _classes("partOf", "TEXT") == set()  # a part of a thing: no residence at all


def test_an_insurers_own_number_is_not_a_patients_health_plan_number():
    assert _classes("insurance_company_no", "VARCHAR(20)") == set()
    assert _classes("policy_number", "VARCHAR(20)") == {PhiClass.HEALTH_PLAN}


def test_a_name_prefix_alone_is_a_title_not_a_name():
    assert _classes("prefix", "VARCHAR(50)", "person") == set()


def test_an_invoice_reference_number_is_an_account_number():
    assert _classes("invoice_refno", "VARCHAR(31)") == {PhiClass.ACCOUNT}


def test_an_emails_subject_is_not_an_email_address():
    assert _classes("email_subject", "VARCHAR(255)", "patient") == set()


def _table(name: str, *columns: tuple[str, str]) -> TableProfile:
    return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns))


def test_a_register_of_visits_without_a_patient_key_is_still_a_patients():
    roles, paths = linkage(
        [_table("OPD", ("OPD_ID", "INTEGER"), ("OPD_DATE_VIS", "DATE"), ("OPD_AGE", "INTEGER"))],
        {},
    )
    assert roles["OPD"] == "linked"
    assert paths["OPD"] == ("OPD: a register of patients' visits",)


def test_a_patients_employer_table_holds_an_identifier_of_the_patient():
    roles, _paths = linkage(
        [_table("employer_data", ("id", "INTEGER"), ("name", "VARCHAR(255)"), ("pid", "INTEGER"))],
        {},
    )
    assert roles["employer_data"] == "person"
    assert _classes("name", "VARCHAR(255)", roles["employer_data"]) == {PhiClass.NAME}


def test_the_hold_out_set_is_labelled_apart_from_the_development_set():
    holdout = corpus.labels(holdout=True)
    assert {label.schema for label in holdout} == set(corpus.HOLDOUTS)
    assert not {label.schema for label in holdout} & set(corpus.SCHEMAS)
    for schema in ("openemr", "openmrs"):
        assert sum(label.schema == schema for label in holdout) >= 500


@pytest.mark.parametrize("schema", corpus.HOLDOUTS)
def test_every_labelled_hold_out_column_is_reflected_from_the_schema_facts(schema):
    reflected = {
        (table.name.lower(), column.name.lower())
        for table in corpus.reflected(schema)
        for column in table.columns
    }
    labelled = {
        (label.table.lower(), label.column.lower()) for label in corpus.schema_labels(schema)
    }
    assert labelled == reflected


def test_a_hold_outs_times_load_into_sqlite_as_times_whatever_server_wrote_them():
    # Snowflake's timestamp_ntz (NHS England's Data Lake), SQL Server's datetime2: SQLite's
    # type affinity would read either as NUMERIC, where a scan of the server reports a time
    times = {
        column.type
        for table in corpus.reflected("mhsds")
        for column in table.columns
        if column.name == "ReportingPeriodStartDate"
    }
    assert times == {"TIMESTAMP"}


@pytest.mark.parametrize(
    "schema",
    [s for s in corpus.HOLDOUTS if corpus.HOLDOUT_SERVER.get(s) in ("postgres", "mariadb")],
)
def test_every_declared_key_of_a_hold_out_meets_a_column_of_its_kind(schema):
    # a key the server refuses (a date column keyed to an integer id: a DDL's missing comma
    # read into the facts) would stop the schema loading on the server it is written for
    columns = corpus.holdout_columns(schema)
    kinds = {(row["table"], row["column"]): family(row["type"]) for row in columns}
    mismatched = [
        f"{row['table']}.{row['column']} -> {row['references']}"
        for row in columns
        if row["references"]
        and (referred := kinds.get(tuple(row["references"].rsplit(".", 1)))) is not None
        and {family(row["type"]), referred} not in ({referred}, {"integer", "numeric"})
    ]
    assert mismatched == []


def test_a_warehouses_load_time_is_not_a_date_of_the_patient():
    assert _classes("IMPORT_DATE", "TIMESTAMP") == set()
    assert _classes("DOWNLOAD_DATE", "TIMESTAMP") == set()
    assert _classes("UPDATE_DATE", "TIMESTAMP") == {PhiClass.DATE}


def test_an_opaque_blob_on_a_patients_row_holds_the_patients_data():
    assert _classes("PATIENT_BLOB", "TEXT", "patient") == {PhiClass.OTHER_ID}
    assert _classes("CONCEPT_BLOB", "TEXT", "reference") == set()


def test_the_integer_key_rows_link_to_the_patient_by_is_not_the_record_number():
    assert _classes("PATIENT_NUM", "INTEGER") == set()
    assert _classes("patient_number", "VARCHAR(20)", "patient") == {PhiClass.MRN}


def test_a_run_together_state_city_and_zip_is_an_address():
    assert tokens("STATECITYZIP_PATH") == ("state", "city", "zip", "path")
    assert _classes("STATECITYZIP_PATH", "VARCHAR(700)", "patient") == {PhiClass.ADDRESS}


@pytest.mark.parametrize("name", ["PATIENT_CLASS_NM", "patient_type_name", "insured_plan_name"])
def test_the_word_before_a_name_says_whose_name_it_is(name):
    assert _classes(name, "VARCHAR(100)", "patient") == set()
    assert _classes("patient_first_name", "VARCHAR(100)", "patient") == {PhiClass.NAME}


def _marked(table: TableProfile, role: str = "linked") -> dict[str, set[PhiClass]]:
    marked = mark_table(table, role, learned=False)
    return {c.name: {m.phi_class for m in c.phi} for c in marked.columns if c.phi}


def test_a_specimens_barcode_is_the_number_on_its_label():
    specimen = _table("specimen", ("id", "INTEGER"), ("barcode", "VARCHAR(255)"))
    assert _marked(specimen) == {"barcode": {PhiClass.OTHER_ID}}


def test_a_consumed_items_barcode_is_a_products():
    item = _table("procedure_item", ("id", "INTEGER"), ("barcode", "VARCHAR(255)"))
    assert _marked(item) == {}
    assert _marked(_table("specimen", ("barcode_type", "VARCHAR(20)"))) == {}


def test_a_list_of_texts_is_labels_not_a_narrative():
    assert _classes("notes", "TEXT[]", "patient") == set()
    assert _classes("notes", "TEXT", "patient") == {PhiClass.FREE_TEXT}


def test_a_reference_to_the_patient_kept_as_text_links_the_row():
    patient = TableProfile("Patient", columns=(TableColumn("id", "UUID"),), primary_key=("id",))
    coverage = _table("Coverage", ("id", "UUID"), ("patient", "TEXT"), ("content", "TEXT"))
    roles, paths = linkage([patient, coverage], {})
    assert roles["Coverage"] == "linked"
    assert paths["Coverage"] == ("Coverage.patient: a patient key",)


def test_a_slim_history_copy_of_a_patients_record_is_the_patients():
    patient = TableProfile("Patient", columns=(TableColumn("id", "UUID"),), primary_key=("id",))
    observation = _table("Observation", ("id", "UUID"), ("patient", "TEXT"), ("content", "TEXT"))
    history = TableProfile(
        "Observation_History",
        columns=(
            TableColumn("versionId", "UUID"),
            TableColumn("id", "UUID"),
            TableColumn("content", "TEXT"),
        ),
        primary_key=("versionId",),
    )
    roles, paths = linkage([patient, observation, history], {})
    assert roles["Observation_History"] == "linked"
    assert paths["Observation_History"][0] == "Observation_History: a copy of Observation's rows"


@pytest.mark.parametrize("name", ["AuditLog_Specimens", "specimens_history_archive"])
def test_a_copy_named_with_several_copy_words_is_still_the_originals_copy(name):
    accessions = _table("Accessions", ("AccessionId", "INTEGER"), ("patient", "TEXT"))
    specimens = TableProfile(
        "Specimens",
        columns=(TableColumn("SpecimenId", "INTEGER"), TableColumn("AccessionId", "INTEGER")),
        foreign_keys=(ForeignKey(("AccessionId",), "Accessions", ("AccessionId",)),),
    )
    copy = _table(
        name, ("LoggedTime", "DATETIME"), ("SpecimenId", "INTEGER"), ("AccessionId", "INTEGER")
    )
    roles, paths = linkage([accessions, specimens, copy], {})
    assert roles[name] == "linked"
    assert paths[name][0] == f"{name}: a copy of Specimens's rows"


def test_a_row_that_takes_its_type_from_a_code_a_patient_is_linked_to_is_not_the_patients():
    visit = _table("visit", ("id", "INTEGER"), ("patient_id", "INTEGER"))
    values = _table("permissible_value", ("id", "INTEGER"), ("value", "VARCHAR(255)"))
    diagnoses = TableProfile(
        "visit_diagnoses",
        columns=(TableColumn("visit_id", "INTEGER"), TableColumn("diagnosis_id", "INTEGER")),
        foreign_keys=(
            ForeignKey(("visit_id",), "visit", ("id",)),
            ForeignKey(("diagnosis_id",), "permissible_value", ("id",)),
        ),
    )
    site = TableProfile(
        "site",
        columns=(TableColumn("id", "INTEGER"), TableColumn("TYPE_ID", "INTEGER")),
        foreign_keys=(ForeignKey(("TYPE_ID",), "permissible_value", ("id",)),),
    )
    roles, _paths = linkage([visit, values, diagnoses, site], {})
    assert roles["permissible_value"] == "linked"  # through the link table, as before
    assert roles["site"] == "other"


def test_an_ehr_table_stands_for_the_patient_whose_record_it_is():
    ehr = TableProfile(
        "ehr",
        columns=(TableColumn("id", "UUID"), TableColumn("creation_date", "TIMESTAMP")),
        primary_key=("id",),
    )
    version = _table("comp_version", ("vo_id", "UUID"), ("ehr_id", "UUID"))
    roles, paths = linkage([ehr, version], {})
    assert roles["ehr"] == "patient"
    assert paths["comp_version"] == ("comp_version.ehr_id: a patient key",)


def test_a_whole_document_kept_on_a_patients_row_carries_the_patient():
    record = _table("comp_data", ("patient_id", "INTEGER"), ("data", "JSONB"), ("num", "INTEGER"))
    assert _marked(record) == {"data": {PhiClass.OTHER_ID}}
    short = _table("visit_flag", ("patient_id", "INTEGER"), ("data", "VARCHAR(20)"))
    assert _marked(short) == {}


def test_an_entitys_name_is_not_a_persons_name():
    assert _classes("entity_name", "TEXT", "patient") == set()


def test_a_contact_with_a_postal_code_is_a_persons_not_a_things():
    contacts = _table(
        "ck_contacts",
        ("contact_id", "INTEGER"),
        ("first_name", "VARCHAR(50)"),
        ("last_name", "VARCHAR(50)"),
        ("phone_number", "VARCHAR(15)"),
        ("postal_code", "VARCHAR(50)"),
    )
    assert linkage([contacts], {})[0]["ck_contacts"] == "person"


@pytest.mark.parametrize("name", ["pe_gen1", "ros_eye", "oh_pmh", "hpi"])
def test_an_abbreviated_section_of_a_history_and_physical_in_a_long_text_is_free_text(name):
    assert _classes(name, "LONGTEXT") == {PhiClass.FREE_TEXT}
    assert _classes(name, "VARCHAR(3)") == set()


@pytest.mark.parametrize(("name", "type_name"), [("LASTUPDATE", "BIGINT"), ("changed", "INT(11)")])
def test_a_record_keeping_event_kept_as_a_whole_number_is_an_epoch_date(name, type_name):
    assert _classes(name, type_name) == {PhiClass.DATE}


@pytest.mark.parametrize(("name", "type_name"), [("is_changed", "INT"), ("updated", "TINYINT(1)")])
def test_a_flag_named_for_a_record_keeping_event_is_no_date(name, type_name):
    assert _classes(name, type_name) == set()


def test_german_names_are_read_for_their_meaning():
    assert tokens("ZEIT") == ("time",)
    assert _classes("ORT", "VARCHAR(50)", "patient") == {PhiClass.ADDRESS}
    assert _classes("GRUND", "LONGTEXT") == {PhiClass.FREE_TEXT}


def test_dicom_attributes_kept_as_rows_hold_the_patients_name_and_id():
    tags = _table(
        "maindicomtags",
        ("id", "BIGINT"),
        ("tagGroup", "INT"),
        ("tagElement", "INT"),
        ("value", "TEXT"),
    )
    assert _marked(tags, role="other") == {"value": {PhiClass.OTHER_ID}}


def test_dicom_keywords_are_read_as_their_words():
    assert tokens("SOPInstanceUID") == ("sop", "instance", "uid")
    assert _classes("seriesinstanceuid", "TEXT") == {PhiClass.OTHER_ID}


def test_a_clinicians_birth_date_on_a_patients_row_is_not_the_patients():
    assert _classes("provider_bday", "DATE") == set()
    assert _classes("patient_bday", "DATE") == {PhiClass.DATE}


def test_the_account_that_wrote_a_link_row_is_no_party_to_it():
    record = TableProfile(
        "record",
        columns=(TableColumn("id", "INTEGER"), TableColumn("patient_id", "INTEGER")),
        primary_key=("id",),
    )
    principal = TableProfile(
        "principal",
        columns=(TableColumn("id", "INTEGER"), TableColumn("email", "VARCHAR(255)")),
        primary_key=("id",),
    )
    share = _table("autoshare", ("record_id", "INTEGER"), ("creator_id", "INTEGER"))
    keys = {
        "autoshare": (
            ForeignKey(("record_id",), "record", ("id",)),
            ForeignKey(("creator_id",), "principal", ("id",)),
        )
    }
    roles = linkage([record, principal, share], keys)[0]
    assert roles["autoshare"] == "linked"
    assert roles["principal"] != "linked"


def test_a_sortable_copy_of_a_field_holds_the_fields_value():
    table = _table(
        "Encounter",
        ("patient_id", "INTEGER"),
        ("__patientIdentifierSort", "TEXT"),
        ("sort_order", "INTEGER"),
    )
    assert _marked(table) == {"__patientIdentifierSort": {PhiClass.MRN}}


def test_cdisc_sdtm_names_its_subject_and_its_text_dates():
    dm = _table(
        "dm", ("USUBJID", "VARCHAR(200)"), ("BRTHDTC", "VARCHAR(200)"), ("AGE", "DOUBLE PRECISION")
    )
    roles, paths = linkage([dm], {})
    assert paths["dm"] == ("dm.USUBJID: a patient key",)
    assert _marked(dm, roles["dm"]) == {"USUBJID": {PhiClass.MRN}, "BRTHDTC": {PhiClass.DATE}}


def test_a_row_that_names_its_patient_is_the_patients():
    board = _table("synopt_encours", ("EC_NomPatient", "VARCHAR(50)"), ("EC_Commentaire", "TEXT"))
    paths = linkage([board], {})[1]
    assert paths["synopt_encours"] == ("synopt_encours.EC_NomPatient: the patient's name",)
    contacts = _table("externalcontacts", ("contactperson", "VARCHAR(50)"), ("fax", "VARCHAR(20)"))
    assert linkage([contacts], {})[0]["externalcontacts"] != "linked"


def test_a_column_opening_with_the_patient_outweighs_a_thing_in_the_tables_name():
    checks = _table(
        "check_insurances", ("patient_code", "VARCHAR(255)"), ("patient_name", "VARCHAR(255)")
    )
    assert linkage([checks], {})[0]["check_insurances"] == "linked"
    counts = _table("facility_stats", ("num_patient_confirmed_positive", "INTEGER"))
    assert linkage([counts], {})[0]["facility_stats"] != "linked"


def test_a_document_whose_index_row_is_a_patients_is_the_patients():
    event = TableProfile(
        "event",
        columns=(TableColumn("id", "BIGINT"), TableColumn("json", "JSONB")),
        primary_key=("id",),
    )
    index = TableProfile(
        "event_metadata",
        columns=(TableColumn("event_id", "BIGINT"), TableColumn("patient_id", "VARCHAR(36)")),
        foreign_keys=(ForeignKey(("event_id",), "event", ("id",)),),
    )
    roles, paths = linkage([event, index], {})
    assert roles["event"] == "linked"
    assert paths["event"][0] == "event_metadata.event_id -> event (declared) (its index row)"


@pytest.mark.parametrize("type_name", ["POINT", "GEOMETRY(POINT,4326)", "GEOGRAPHY"])
def test_a_point_on_the_map_on_a_patients_row_is_a_place(type_name):
    assert _classes("registration_location", type_name) == {PhiClass.ADDRESS}
    assert _classes("registration_location", type_name, "reference") == set()


def test_a_rows_text_id_in_the_system_it_was_migrated_from_is_an_identifier():
    assert _classes("legacy_id", "VARCHAR(255)") == {PhiClass.OTHER_ID}
    assert _classes("LegacyID", "INT") == set()  # an earlier row of this database


def test_numbered_parts_of_a_notes_section_are_written_numbered_codes_are_not():
    exam = _table("pe", ("pid", "INTEGER"), *((f"pe_ent{n}", "LONGTEXT") for n in range(1, 7)))
    assert set(_marked(exam)) == {f"pe_ent{n}" for n in range(1, 7)}
    claim = _table(
        "claims", ("patient_id", "INTEGER"), *((f"diagnosis{n}", "TEXT") for n in range(1, 7))
    )
    assert _marked(claim) == {}


def test_the_long_texts_of_a_patients_history_are_its_sections_as_written():
    history = _table(
        "other_history",
        ("pid", "INTEGER"),
        ("oh_etoh", "LONGTEXT"),
        ("soap_cat", "TEXT"),
        ("age_noted", "TEXT"),
    )
    assert _marked(history) == {"oh_etoh": {PhiClass.FREE_TEXT}}


def test_a_records_own_identifier_kept_as_text_on_a_patients_record_is_an_identifier():
    assert _classes("identifier", "VARCHAR(64)") == {PhiClass.OTHER_ID}
    assert _classes("identifier", "INTEGER") == set()  # caTissue's row key
    assert _classes("identifier", "VARCHAR(64)", "reference") == set()


def test_an_indian_pin_code_is_a_postal_code():
    assert _classes("pincode", "VARCHAR(6)", "patient") == {PhiClass.ADDRESS}
    assert _classes("pincode", "VARCHAR(6)", "reference") == set()


def test_a_prescriptions_directions_are_written():
    assert _classes("directions", "TEXT") == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize(
    "name", ["discontinued_reason", "reason_for_cancellation", "RejectionReason"]
)
def test_the_reason_a_row_was_voided_or_cancelled_is_the_workflows_not_a_note(name):
    assert _classes(name, "TEXT") == set()
    assert _classes("visit_reason", "TEXT") == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize("role", ["patient", "linked", "other"])
def test_columns_named_with_no_word_are_read_without_failing(role):
    odd = ("__", "_", "1", "Ünïcödé", "$", "sort")
    table = TableProfile(
        "history_metadata", columns=tuple(TableColumn(name, "TEXT") for name in odd)
    )
    assert [c.name for c in mark_table(table, role).columns] == list(odd)


def test_a_phone_or_postcode_run_together_with_unknown_words_is_still_read():
    assert tokens("correspondphone") == ("correspond", "phone")
    assert tokens("correspondpostcode") == ("correspond", "postcode")
    assert tokens("microphone") == ("microphone",)
    assert tokens("ethnicity") == ("ethnicity",)


@pytest.mark.parametrize("name", ["TimeOfStay", "HeartSurgeryCrossClampTime", "survival_time"])
def test_a_whole_number_time_named_for_what_lasts_is_how_long_not_when(name):
    assert _classes(name, "BIGINT") == set()
    assert _classes("StartTime", "INTEGER") == {PhiClass.DATE}  # when a procedure began


def test_a_text_beside_a_column_named_for_a_code_system_is_the_codes_display():
    cases = _table(
        "cases", ("patient_id", "INTEGER"), ("ICD10Main", "TEXT"), ("ICD10MainText", "TEXT")
    )
    assert _marked(cases) == {}
    assert _classes("EC_Chief_Complaint_SNOMED_CT", "TEXT") == set()


def test_a_records_site_defined_attributes_may_hold_phi_on_a_patients_record():
    def attributes(name: str) -> TableProfile:
        return _table(
            name,
            ("visit_id", "INTEGER"),
            ("attribute_type_id", "INTEGER"),
            ("value_reference", "TEXT"),
        )

    assert _marked(attributes("visit_attribute")) == {"value_reference": {PhiClass.OTHER_ID}}
    assert _marked(attributes("location_attribute"), "reference") == {}
    assert _marked(attributes("visit_reason")) == {}  # not named for attributes


@pytest.mark.parametrize(
    "name",
    [
        "daily_crp_lborres.day1",  # REDCap's event of the first day
        "Age_at_CDS_Activity_Date",
        "EC_Departure_Time_Since_Arrival",
        "snapDate",
    ],
)
def test_a_numbered_day_an_age_at_a_date_a_time_since_and_a_snapshot_are_no_dates(name):
    assert _classes(name, "VARCHAR(1000)") == set()


@pytest.mark.parametrize("name", ["HOSTDAT", "icu_hostdat2", "mbdat_v2", "HOSTTIM"])
def test_cdash_dates_and_times_are_dates(name):
    assert _classes(name, "VARCHAR(20)") == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["measuredat", "victim", "mandat"])
def test_words_merely_ending_like_a_cdash_date_are_not(name):
    assert PhiClass.DATE not in _classes(name, "VARCHAR(20)")


@pytest.mark.parametrize(
    "name",
    [
        "admission_signs_and_symptoms_complete",
        "DQ_Primary_Diagnosis_Valid",
        "consent_given",
        "symptom_count",
    ],
)
def test_a_text_ending_in_a_state_is_a_yes_or_no_not_narrative(name):
    assert _classes(name, "VARCHAR(1000)") == set()
    assert _classes("signs_and_symptoms", "VARCHAR(1000)") == {PhiClass.FREE_TEXT}


def test_a_forms_numbered_run_of_boxes_holds_measures_not_phrases():
    boxes = _table(
        "form_eye_neuro",
        ("pid", "INTEGER"),
        *((f"ACT{n}CCDIST", "TEXT") for n in range(1, 12)),
        ("NEURO_COMMENTS", "TEXT"),
    )
    assert _marked(boxes) == {"NEURO_COMMENTS": {PhiClass.FREE_TEXT}}


@pytest.mark.parametrize("name", ["MSOACode", "lsoa", "Pseudo_uprn"])
def test_englands_census_areas_and_property_numbers_are_places(name):
    assert _classes(name, "VARCHAR(20)", "patient") == {PhiClass.ADDRESS}


def test_rows_that_log_in_are_users_even_in_a_table_called_person():
    users = _table(
        "person",
        ("id", "INTEGER"),
        ("firstname", "VARCHAR(40)"),
        ("last_login", "TIMESTAMP"),
        ("logged_in", "BOOLEAN"),
    )
    vista = _table(
        "NEW_PERSON", ("NAME", "VARCHAR(35)"), ("DOB", "DATE"), ("LOCKOUT_USER_UNTIL", "INT")
    )
    patients = _table(
        "patient", ("id", "INTEGER"), ("birthdate", "DATE"), ("last_login", "TIMESTAMP")
    )
    assert linkage([users], {})[0]["person"] == "staff"
    assert linkage([vista], {})[0]["NEW_PERSON"] == "staff"  # its users' birth dates too
    assert linkage([patients], {})[0]["patient"] != "staff"  # a patient with a portal login


def test_a_message_store_keeps_messages_whole_and_is_no_dictionary():
    content = _table(
        "d_mc1", ("message_id", "BIGINT"), ("content_type", "INTEGER"), ("content", "TEXT")
    )
    roles, _paths = linkage([content], {})
    assert roles["d_mc1"] != "reference"
    assert _marked(content, roles["d_mc1"]) == {"content": {PhiClass.OTHER_ID}}
    # a dictionary keeps no message (MIMIC's d_items)
    assert linkage([_table("d_items", ("itemid", "INTEGER"), ("label", "TEXT"))], {})[0] == {
        "d_items": "reference"
    }


@pytest.mark.parametrize(
    "name", ["code_system_uri", "documents_url", "redirect_url", "target_resource_url"]
)
def test_a_url_named_for_a_thing_is_its_address_not_a_persons(name):
    assert _classes(name, "VARCHAR(255)", "patient") == set()
    assert _classes("website", "VARCHAR(255)", "patient") == {PhiClass.URL}


def test_a_storage_partitions_date_dates_the_partition():
    assert _classes("partition_date", "DATE") == set()
    assert _classes("res_published", "TIMESTAMP") == {PhiClass.DATE}


@pytest.mark.parametrize(
    ("type_column", "content_column", "content_type"),
    [
        (("ResourceTypeId", "SMALLINT"), "RawResource", "LONGBLOB"),
        (("res_type", "VARCHAR(40)"), "res_text", "OID"),
    ],
)
def test_a_store_of_typed_resources_keeps_them_whole_wherever_its_tables_are(
    type_column, content_column, content_type
):
    store = _table("Resource", ("id", "BIGINT"), type_column, (content_column, content_type))
    assert _marked(store, "other") == {content_column: {PhiClass.OTHER_ID}}


def test_a_patients_table_declaring_no_key_keys_its_patients_by_its_one_id_column():
    patients = _table(
        "patient_all_orgs",
        ("registration_id", "VARCHAR(128)"),
        ("nhs_no", "VARCHAR(10)"),
        ("date_of_birth", "DATE"),
    )
    observations = _table(
        "observation_all_orgs", ("registration_id", "VARCHAR(128)"), ("effective_date", "TIMESTAMP")
    )
    roles, paths = linkage([patients, observations], {})
    assert roles["observation_all_orgs"] == "linked"
    assert paths["observation_all_orgs"] == (
        "observation_all_orgs.registration_id: the key of patient_all_orgs, which declares none",
    )


def test_data_beside_the_id_of_the_item_it_holds_is_a_charted_value_not_a_document():
    charted = _table("data_range", ("CaseID", "BIGINT"), ("DataID", "BIGINT"), ("Data", "TEXT"))
    assert _marked(charted) == {}
    composition = _table("composition", ("ehr_id", "BIGINT"), ("data", "TEXT"))
    assert _marked(composition) == {"data": {PhiClass.OTHER_ID}}


def test_who_issued_a_patients_id_is_not_the_id_and_a_yes_or_no_is_no_key():
    partition = _table(
        "ServerPartition",
        ("GUID", "CHAR(36)"),
        ("MatchPatientId", "TINYINT(1)"),
        ("MatchIssuerOfPatientId", "BIT"),
    )
    roles, _paths = linkage([partition], {})
    assert roles["ServerPartition"] != "linked"
    assert _classes("IssuerOfPatientId", "VARCHAR(64)", "patient") == set()


def test_a_patient_id_beside_a_declared_key_to_the_patients_is_their_number_not_the_link():
    patient = TableProfile(
        "Patient",
        columns=(TableColumn("GUID", "CHAR(36)"), TableColumn("PatientId", "VARCHAR(64)")),
        primary_key=("GUID",),
    )
    study = TableProfile(
        "Study",
        columns=(
            TableColumn("GUID", "CHAR(36)"),
            TableColumn("PatientGUID", "CHAR(36)"),
            TableColumn("PatientId", "VARCHAR(64)"),
            TableColumn("StudyDate", "DATE"),
        ),
        primary_key=("GUID",),
        foreign_keys=(ForeignKey(("PatientGUID",), "Patient", ("GUID",)),),
    )
    roles, paths = linkage([patient, study], {})
    assert paths["Study"] == ("Study.PatientGUID -> Patient (declared)",)
    marked = {c.name: c.phi for c in mark_table(study, roles["Study"], path=paths["Study"]).columns}
    assert [m.phi_class for m in marked["PatientId"]] == [PhiClass.MRN]


@pytest.mark.parametrize("role", ["audit", "linked"])
def test_an_audit_logs_recorded_statements_and_data_values_copy_the_data(role):
    log = _table(
        "redcap_log_event",
        ("log_event_id", "INTEGER"),
        ("sql_log", "MEDIUMTEXT"),
        ("data_values", "TEXT"),
        ("description", "VARCHAR(100)"),
    )
    assert _marked(log, role) == {
        "sql_log": {PhiClass.OTHER_ID},
        "data_values": {PhiClass.OTHER_ID},
    }
    report = _table("dataset", ("dataset_id", "INTEGER"), ("sql_statement", "TEXT"))
    assert _marked(report, "other") == {}  # a saved report's query is no log's


@pytest.mark.parametrize(
    ("name", "type_name"),
    [
        ("Der_Activity_Month", "VARCHAR(6)"),
        ("Arrival_Month", "BIGINT"),
        ("month_of_birth", "CHAR(2)"),
    ],
)
def test_the_month_of_an_event_is_an_element_of_its_date(name, type_name):
    assert _classes(name, type_name) == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["treatment_month", "months_since_last_test", "monthly_income"])
def test_months_counted_into_a_course_or_since_an_event_are_no_date(name):
    assert PhiClass.DATE not in _classes(name, "INTEGER")


def test_thai_hospital_systems_admission_number_is_read_as_one():
    assert tokens("an") == ("admission", "no")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("no_cidadao", {PhiClass.NAME}),  # the citizen's name
        ("no_mae", {PhiClass.NAME}),
        ("nu_cns", {PhiClass.HEALTH_PLAN}),  # the SUS card's number
        ("nu_cartao_sus", {PhiClass.HEALTH_PLAN}),
        ("tp_logradouro", set()),  # the street's type: Rua, Avenida
    ],
)
def test_brazils_type_prefixes_are_read_beside_a_portuguese_word(name, expected):
    assert _classes(name, "VARCHAR(100)", "patient") == expected


def test_type_prefixes_are_not_read_in_other_languages():
    assert tokens("no_rkm_medis") == ("record", "medical", "no")  # Indonesian: nomor
    assert tokens("fn_name") != ("name", "phone")


def test_a_dicom_objects_attributes_kept_whole_on_a_patients_row_are_its_header():
    study = _table("study", ("patient_fk", "BIGINT"), ("study_attrs", "LONGBLOB"))
    assert _marked(study) == {"study_attrs": {PhiClass.OTHER_ID}}


@pytest.mark.parametrize(
    "name",
    ["adr_country", "temporary_address_province", "confidential_address_state", "address_year"],
)
def test_an_addresss_country_state_or_year_is_no_part_of_the_address(name):
    assert _classes(name, "VARCHAR(50)", "patient") == set()


def test_a_bare_region_on_a_patients_row_is_still_a_subdivision():
    assert _classes("region", "VARCHAR(50)", "patient") == {PhiClass.ADDRESS}


@pytest.mark.parametrize(
    "name", ["NumberOfPatientRelatedStudies", "num_patient_referred", "no_of_sessions"]
)
def test_a_count_of_things_identifies_nobody(name):
    assert _classes(name, "INTEGER", "patient") == set()


def test_a_number_of_the_patient_is_still_the_patients_number():
    assert _classes("num_patient", "VARCHAR(20)", "patient") == {PhiClass.MRN}


def test_a_text_type_given_a_short_length_holds_no_narrative():
    history = _table("address_history", ("patient_id", "INTEGER"), ("address_state", "TEXT(2)"))
    assert "address_state" not in _marked(history)


def test_a_setting_named_for_a_patients_name_is_no_patients_name():
    assert _classes("patientNameComposition", "VARCHAR(50)", "linked") == set()


def test_tables_under_a_workspace_that_sets_how_names_are_shown_are_no_patients():
    workspace = TableProfile(
        "workspace",
        columns=(TableColumn("id", "INTEGER"), TableColumn("patientNameComposition", "INTEGER")),
        primary_key=("id",),
    )
    unit = TableProfile(
        "unit",
        columns=(TableColumn("id", "INTEGER"), TableColumn("workspace_id", "INTEGER")),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("workspace_id",), "workspace", ("id",)),),
    )
    roles, _paths = linkage([workspace, unit], {})
    assert roles["unit"] != "linked"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("TELS", PhiClass.PHONE), ("MAILS", PhiClass.EMAIL), ("faxes", PhiClass.FAX)],
)
def test_several_phones_emails_or_faxes_in_one_column_are_each_phi(name, expected):
    assert _classes(name, "VARCHAR(2000)", "patient") == {expected}


def test_a_rate_identifies_nobody():
    assert _classes("emails_per_minute", "INTEGER", "patient") == set()


def test_what_hangs_on_the_tables_a_patients_table_extends_is_the_patients():
    entity = TableProfile(
        "ent_tbl", columns=(TableColumn("ent_id", "UUID"),), primary_key=("ent_id",)
    )
    person = TableProfile(
        "psn_tbl",
        columns=(TableColumn("ent_id", "UUID"), TableColumn("dob", "DATE")),
        primary_key=("ent_id",),
        foreign_keys=(ForeignKey(("ent_id",), "ent_tbl", ("ent_id",)),),
    )
    patient = TableProfile(
        "pat_tbl",
        columns=(TableColumn("ent_id", "UUID"), TableColumn("gndr_cd_id", "UUID")),
        primary_key=("ent_id",),
        foreign_keys=(ForeignKey(("ent_id",), "psn_tbl", ("ent_id",)),),
    )
    phone = TableProfile(
        "ent_tel_tbl",
        columns=(
            TableColumn("tel_id", "UUID"),
            TableColumn("ent_id", "UUID"),
            TableColumn("tel_val", "TEXT"),
        ),
        primary_key=("tel_id",),
        foreign_keys=(ForeignKey(("ent_id",), "ent_tbl", ("ent_id",)),),
    )
    roles, paths = linkage([entity, person, patient, phone], {})
    assert roles["ent_tel_tbl"] in ("linked", "person")
    assert paths["ent_tbl"] == (
        "psn_tbl.ent_id -> ent_tbl (declared) (the patients' table extends it)",
    )


def test_another_table_extending_the_same_register_is_no_patients():
    party = TableProfile("party", columns=(TableColumn("id", "INTEGER"),), primary_key=("id",))
    patient = TableProfile(
        "patient",
        columns=(TableColumn("id", "INTEGER"), TableColumn("birth_date", "DATE")),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("id",), "party", ("id",)),),
    )
    supplier = TableProfile(
        "supplier",
        columns=(TableColumn("id", "INTEGER"), TableColumn("terms", "TEXT")),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("id",), "party", ("id",)),),
    )
    roles, _paths = linkage([party, patient, supplier], {})
    assert roles["supplier"] not in ("linked", "person")


def test_a_text_id_on_the_patients_row_that_keys_nothing_is_an_identifier_of_the_patient():
    patient = TableProfile(
        "patient",
        columns=(TableColumn("internal_id", "INTEGER"), TableColumn("stable_id", "VARCHAR(50)")),
        primary_key=("internal_id",),
    )
    assert _marked(patient, "patient") == {"stable_id": {PhiClass.MRN}}


@pytest.mark.parametrize("name", ["doctor_id", "create_id", "session_id", "id"])
def test_a_text_id_of_staff_a_writer_or_the_row_is_no_identifier_of_the_patient(name):
    patient = TableProfile(
        "patient",
        columns=(TableColumn("pk", "INTEGER"), TableColumn(name, "VARCHAR(40)")),
        primary_key=("pk",),
    )
    assert name not in _marked(patient, "patient")


def test_a_text_id_that_keys_another_row_is_no_identifier_of_the_patient():
    patient = TableProfile(
        "patient",
        columns=(TableColumn("pk", "INTEGER"), TableColumn("village_id", "VARCHAR(40)")),
        primary_key=("pk",),
        foreign_keys=(ForeignKey(("village_id",), "village", ("id",)),),
    )
    assert "village_id" not in _marked(patient, "patient")


def test_the_day_and_month_kept_beside_a_dates_year_on_a_patients_row_are_its_date():
    visit = _table(
        "visit",
        ("patient_id", "INTEGER"),
        ("visitDateDd", "CHAR(2)"),
        ("visitDateMm", "CHAR(2)"),
        ("visitDateYy", "CHAR(2)"),
    )
    assert _marked(visit) == {"visitDateDd": {PhiClass.DATE}, "visitDateMm": {PhiClass.DATE}}


def test_millimetres_are_no_month_without_a_year_beside_them():
    lesion = _table("lesion", ("patient_id", "INTEGER"), ("size_mm", "INTEGER"))
    assert "size_mm" not in _marked(lesion)


def test_a_key_naming_who_did_it_links_no_row_to_that_person():
    person = _table(
        "person",
        ("id", "INTEGER"),
        ("first_name", "VARCHAR(50)"),
        ("last_name", "VARCHAR(50)"),
        ("birth_date", "DATE"),
    )
    person = person.evolve(primary_key=("id",))
    fulfillment = TableProfile(
        "fulfillment",
        columns=(TableColumn("id", "INTEGER"), TableColumn("fulfilled_by_id", "INTEGER")),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("fulfilled_by_id",), "person", ("id",)),),
    )
    roles, _paths = linkage([person, fulfillment], {})
    assert roles["fulfillment"] != "linked"


@pytest.mark.parametrize(
    "name", ["AccessionInstitution", "AccessionProcName", "AccessionAnatomicSite"]
)
def test_what_an_accession_names_besides_its_number_is_no_accession_number(name):
    assert PhiClass.OTHER_ID not in _classes(name, "VARCHAR(50)")


@pytest.mark.parametrize("name", ["AccessionNumber", "accession", "AccessionN"])
def test_an_accessions_number_is_still_one(name):
    assert _classes(name, "VARCHAR(50)") == {PhiClass.OTHER_ID}


def test_a_number_of_tubes_kept_as_text_is_a_count_not_a_specimens_number():
    accession = _table(
        "specimen_accession", ("patient_id", "INTEGER"), ("NumberTubesEDTA", "VARCHAR(10)")
    )
    assert "NumberTubesEDTA" not in _marked(accession)


def test_a_rate_per_day_kept_as_text_is_no_date():
    social = _table(
        "social_history", ("patient_id", "INTEGER"), ("TobaccoPacksPerDay", "VARCHAR(50)")
    )
    assert "TobaccoPacksPerDay" not in _marked(social)


def test_a_dicom_attribute_run_together_behind_dcm_is_read_as_its_words():
    assert tokens("dcmpatientname") == ("dcm", "patient", "name")
    assert _classes("dcmpatientname", "VARCHAR(255)") == {PhiClass.NAME}


@pytest.mark.parametrize("name", ["investigators", "xnat_investigatorData", "study_researcher"])
def test_a_trials_investigators_are_staff_not_participants(name):
    participant = _table("participants", ("id", "INTEGER"), ("first_name", "VARCHAR(50)"))
    investigators = TableProfile(
        name,
        columns=(
            TableColumn("id", "INTEGER"),
            TableColumn("first_name", "VARCHAR(50)"),
            TableColumn("last_name", "VARCHAR(50)"),
            TableColumn("participant_id", "INTEGER"),
        ),
        foreign_keys=(ForeignKey(("participant_id",), "participants", ("id",)),),
    )
    roles, _paths = linkage([participant, investigators], {})
    assert roles[name] == "staff"


@pytest.mark.parametrize("name", ["descriptions", "observations", "explanations"])
def test_a_plural_narrative_word_names_narrative_in_a_long_text(name):
    assert _classes(name, "TEXT") == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize("name", ["medical_advice", "advice_on_discharge", "chief_complain"])
def test_a_clinicians_advice_and_a_chief_complaint_as_spelt_are_narrative_in_a_long_text(name):
    assert _classes(name, "TEXT") == {PhiClass.FREE_TEXT}
    assert _classes(name, "VARCHAR(20)") == set()


@pytest.mark.parametrize("name", ["phone_type_cd", "address_type_code", "email_class_cd"])
def test_the_code_of_a_contact_details_kind_is_no_contact_detail(name):
    assert _classes(name, "VARCHAR(20)", "patient") == set()


def test_a_phones_country_code_is_no_phone_number():
    assert _classes("phone_country_code", "VARCHAR(5)", "patient") == set()
    assert _classes("phone_area_code", "VARCHAR(5)", "patient") == {PhiClass.PHONE}


def test_a_research_participant_is_a_patient_and_their_address_table_holds_theirs():
    addresses = _table("addresses", ("id", "INTEGER"), ("street_address", "VARCHAR(200)"))
    participants = TableProfile(
        "participants",
        columns=(
            TableColumn("id", "INTEGER"),
            TableColumn("first_name", "VARCHAR(200)"),
            TableColumn("add_id", "INTEGER"),
        ),
        foreign_keys=(ForeignKey(("add_id",), "addresses", ("id",)),),
    )
    roles, paths = linkage([addresses, participants], {})
    assert roles["participants"] == "patient"
    assert paths["addresses"] == ("participants.add_id -> addresses (declared) (the patient's)",)


def test_an_organisation_keeping_its_address_beside_the_patients_does_not_reach_them():
    addresses = _table("addresses", ("id", "INTEGER"), ("street_address", "VARCHAR(200)"))
    patients = TableProfile(
        "patients",
        columns=(TableColumn("id", "INTEGER"), TableColumn("address_id", "INTEGER")),
        foreign_keys=(ForeignKey(("address_id",), "addresses", ("id",)),),
    )
    sites = TableProfile(
        "sites",
        columns=(TableColumn("id", "INTEGER"), TableColumn("address_id", "INTEGER")),
        foreign_keys=(ForeignKey(("address_id",), "addresses", ("id",)),),
    )
    roles, _paths = linkage([addresses, patients, sites], {})
    assert roles["addresses"] == "person"
    assert roles["sites"] == "other"


@pytest.mark.parametrize("name", ["gov_code", "government_id", "govt_no", "national_code"])
def test_a_government_issued_number_on_a_patients_row_is_a_national_id(name):
    assert _classes(name, "VARCHAR(30)", "patient") == {PhiClass.OTHER_ID}


def test_a_branch_with_a_name_and_a_phone_is_an_organisation_not_a_person():
    branches = _table(
        "branches",
        ("id", "UUID"),
        ("branch_name", "VARCHAR(255)"),
        ("phone", "VARCHAR(20)"),
        ("email", "VARCHAR(255)"),
    )
    camps = TableProfile(
        "blood_camps",
        columns=(TableColumn("id", "UUID"), TableColumn("branch_id", "UUID")),
        foreign_keys=(ForeignKey(("branch_id",), "branches", ("id",)),),
    )
    roles, _paths = linkage([branches, camps], {})
    assert roles["branches"] == "other"
    assert roles["blood_camps"] == "other"


@pytest.mark.parametrize("name", ["Patient_EntityID", "patient_record_id"])
def test_a_patient_key_naming_the_patients_row_by_another_word_is_a_patient_key(name):
    patients = _table("rPatients", ("PatID", "VARCHAR(10)"), ("Surname", "VARCHAR(128)"))
    prescription = _table(
        "rAMMPrescription", ("RequestID", "INTEGER"), (name, "INTEGER"), ("CreatedDate", "DATETIME")
    )
    roles, paths = linkage([patients, prescription], {})
    assert roles["rAMMPrescription"] == "linked"
    assert paths["rAMMPrescription"] == (f"rAMMPrescription.{name}: a patient key",)


def test_a_row_keyed_by_the_patients_visit_is_the_patients():
    summary = _table("ADT_DischargeSummary", ("PatientVisitId", "INTEGER"), ("CaseSummary", "TEXT"))
    roles, paths = linkage([summary], {})
    assert roles["ADT_DischargeSummary"] == "linked"
    assert paths["ADT_DischargeSummary"] == ("ADT_DischargeSummary.PatientVisitId: a visit key",)


@pytest.mark.parametrize(
    ("name", "type_name", "phi_class"),
    [
        ("SeriyaPasporta", "VARCHAR(10)", PhiClass.OTHER_ID),
        ("snils", "VARCHAR(14)", PhiClass.SSN),
        ("GorodCodeEditBox", "VARCHAR(20)", PhiClass.ADDRESS),
        ("Primechanie", "TEXT", PhiClass.FREE_TEXT),
        ("familiya", "VARCHAR(60)", PhiClass.NAME),
    ],
)
def test_russian_names_of_a_patients_details_are_read_for_their_meaning(name, type_name, phi_class):
    assert _classes(name, type_name, "patient") == {phi_class}


def test_a_fraction_of_inspired_oxygen_is_no_russian_full_name():
    assert _classes("daily_fio2_lborres", "VARCHAR(20)", "patient") == set()


@pytest.mark.parametrize("table", ["identifiers", "catissue_external_identifier"])
def test_the_value_of_a_patients_identifier_row_is_the_identifier(table):
    ids = _table(table, ("id", "BIGINT"), ("type", "VARCHAR(200)"), ("VALUE", "VARCHAR(200)"))
    assert _marked(ids) == {"VALUE": {PhiClass.OTHER_ID}}
    assert _marked(ids, "reference") == {}


def test_a_value_in_a_table_of_identifier_settings_is_no_identifier():
    attributes = _table("identifier_domain_attribute", ("id", "BIGINT"), ("value", "VARCHAR(200)"))
    assert _marked(attributes) == {}


@pytest.mark.parametrize("name", ["CancelledRemarks", "cancel_comment", "void_remarks"])
def test_a_remark_on_cancelling_a_row_is_the_workflows_reason_not_narrative(name):
    assert _classes(name, "TEXT") == set()
    assert _classes("clinical_remarks", "TEXT") == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize("name", ["Sys_Paciente", "dim_patient", "lkp_patient_data"])
def test_a_systems_or_a_dimensions_patients_table_is_the_patients_table(name):
    patients = _table(name, ("idPaciente", "INTEGER"), ("apellido", "VARCHAR(50)"))
    roles, _paths = linkage([patients], {})
    assert roles[name] == "patient"
    assert (
        linkage([_table("sys_patient_type", ("id", "INTEGER"))], {})[0]["sys_patient_type"]
        == "reference"
    )


@pytest.mark.parametrize("name", ["calle", "barrio", "localidad"])
def test_spanish_names_of_an_address_part_are_read_for_their_meaning(name):
    assert _classes(name, "VARCHAR(50)", "patient") == {PhiClass.ADDRESS}


@pytest.mark.parametrize(
    ("name", "phi_class"),
    [
        ("BRXM", PhiClass.NAME),
        ("SFZH", PhiClass.SSN),
        ("HKDZ", PhiClass.ADDRESS),
        ("LXDH", PhiClass.PHONE),
        ("CSNY", PhiClass.DATE),
    ],
)
def test_pinyin_initials_of_a_patients_details_are_read_for_their_meaning(name, phi_class):
    assert _classes(name, "VARCHAR(60)", "patient") == {phi_class}


@pytest.mark.parametrize(
    ("name", "type_name", "phi_class"),
    [
        ("ryrq", "DATETIME", PhiClass.DATE),
        ("gxrqtimestr", "VARCHAR(50)", PhiClass.DATE),
        ("jkkh", "VARCHAR(50)", PhiClass.HEALTH_PLAN),
        ("xbs", "NVARCHAR(1000)", PhiClass.FREE_TEXT),
        ("mjzh", "VARCHAR(64)", PhiClass.OTHER_ID),
    ],
)
def test_the_initials_of_chinas_national_emr_data_set_are_read_for_their_meaning(
    name, type_name, phi_class
):
    assert _classes(name, type_name, "linked") == {phi_class}


def test_a_table_keyed_by_the_pinyin_patient_id_is_the_patients():
    roles, paths = linkage([_table("YS_MZ_JZLS", ("JZXH", "INTEGER"), ("BRID", "INTEGER"))], {})
    assert roles["YS_MZ_JZLS"] == "linked"
    assert paths["YS_MZ_JZLS"] == ("YS_MZ_JZLS.BRID: a patient key",)


def test_a_devices_sync_of_a_patients_row_dates_it_but_a_sync_tables_times_date_the_job():
    assert _classes("SyncedDate", "DATETIME") == {PhiClass.DATE}
    state = _table("patient_sync_state", ("id", "BIGINT"), ("last_sync_date", "DATE"))
    assert linkage([state], {})[0]["patient_sync_state"] == "job"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("PermPinCode", PhiClass.ADDRESS),
        ("CurrCoordinate", PhiClass.ADDRESS),
        ("ben_name", PhiClass.NAME),
        ("identification_number", PhiClass.SSN),
        ("num_ident_usuario", PhiClass.SSN),
        ("num_factura", PhiClass.ACCOUNT),
        ("CSN", PhiClass.OTHER_ID),
    ],
)
def test_pin_codes_coordinates_identity_numbers_invoices_and_epics_encounter_number(name, expected):
    assert _classes(name, "VARCHAR(40)") == {expected}


def test_versions_declared_to_belong_to_a_patients_row_are_the_patients_not_configuration():
    reports = TableProfile(
        "reports",
        columns=(TableColumn("id", "INTEGER"), TableColumn("patient_id", "INTEGER")),
        primary_key=("id",),
    )
    versions = TableProfile(
        "report_versions",
        columns=(TableColumn("report_id", "INTEGER"), TableColumn("findings", "TEXT")),
        foreign_keys=(ForeignKey(("report_id",), "reports", ("id",)),),
    )
    schema = _table("schema_version", ("version", "VARCHAR(20)"), ("installed_on", "DATE"))
    roles = linkage([reports, versions, schema], {})[0]
    assert roles["report_versions"] == "linked"
    assert roles["schema_version"] == "reference"


@pytest.mark.parametrize("name", ["subject_cell", "indirect_contact_cell_alt", "subject_work_cell"])
def test_a_persons_cell_is_their_cellphone(name):
    assert _classes(name, "VARCHAR(20)") == {PhiClass.PHONE}


def test_a_cell_alone_is_no_phone_and_a_persons_initials_are_their_name():
    assert _classes("cell", "VARCHAR(20)", "patient") == set()
    assert _classes("initials", "VARCHAR(5)", "patient") == {PhiClass.NAME}
    assert _classes("creator_initials", "VARCHAR(5)", "patient") == set()


def test_a_keyless_extracts_files_repeating_a_persons_record_key_first_are_that_record():
    header = _table("lpr_adm", ("recnum", "TEXT"), ("pnr", "TEXT"), ("d_inddto", "DATE"))
    satellite = _table("lpr_bes", ("recnum", "TEXT"), ("d_ambdto", "DATE"))
    roles, paths = linkage([header, satellite], {})
    assert roles["lpr_bes"] == "linked"
    assert paths["lpr_bes"][0] == "lpr_bes.recnum: lpr_adm's record key, repeated"


def test_a_bare_id_first_is_each_rows_own_not_a_record_key():
    header = _table("careplans", ("id", "TEXT"), ("patient", "TEXT"), ("start", "DATE"))
    payers = _table("payers", ("id", "TEXT"), ("name", "TEXT"))
    assert linkage([header, payers], {})[0]["payers"] != "linked"


def test_an_institutions_person_is_its_contact_not_a_patient():
    parties = TableProfile(
        "party",
        columns=(
            TableColumn("id", "INTEGER"),
            TableColumn("dob", "DATE"),
            TableColumn("gender", "TEXT"),
        ),
        primary_key=("id",),
    )

    def pointing(name: str) -> TableProfile:
        return TableProfile(
            name,
            columns=(TableColumn("id", "INTEGER"), TableColumn("party", "INTEGER")),
            primary_key=("id",),
            foreign_keys=(ForeignKey(("party",), "party", ("id",)),),
        )

    roles = linkage([parties, pointing("health_institution"), pointing("insurance")], {})[0]
    assert roles["party"] == "person"
    assert roles["health_institution"] != "linked"
    assert roles["insurance"] == "linked"


@pytest.mark.parametrize("name", ["sample_id", "SampleNumber", "lab_sample_no"])
def test_a_laboratorys_sample_is_hl7s_specimen(name):
    assert _classes(name, "VARCHAR(64)") == {PhiClass.OTHER_ID}


@pytest.mark.parametrize("name", ["sample_code", "remote_sample_code"])
def test_a_samples_code_is_the_number_on_its_tube(name):
    assert _classes(name, "VARCHAR(64)") == {PhiClass.OTHER_ID}


@pytest.mark.parametrize("name", ["specimen_code", "sample_code_format", "sample_type_code"])
def test_a_specimens_code_or_a_samples_codes_format_is_no_ones_number(name):
    assert _classes(name, "VARCHAR(64)") == set()


@pytest.mark.parametrize("name", ["beneficiary_reg_id", "insurance_id", "subscriber_id"])
def test_an_integer_id_named_for_a_plan_is_a_row_key_not_the_plans_number(name):
    assert _classes(name, "BIGINT") == set()
    assert _classes(name, "VARCHAR(30)") == {PhiClass.HEALTH_PLAN}


@pytest.mark.parametrize("name", ["when_created", "when_last_modified", "erased_at"])
def test_an_event_time_kept_as_text_is_a_date(name):
    assert _classes(name, "VARCHAR(32)") == {PhiClass.DATE}


def test_a_when_or_at_alone_is_no_time():
    assert _classes("when", "VARCHAR(32)") == set()
    assert _classes("at", "VARCHAR(32)") == set()


@pytest.mark.parametrize("name", ["lang_name_picture3", "photo_blobid"])
def test_an_integer_named_for_a_picture_is_no_picture(name):
    assert PhiClass.PHOTO not in _classes(name, "INTEGER", "patient")


def test_an_integer_item_of_a_numbered_series_named_for_an_address_is_a_score():
    assert _classes("mem_recall_address1", "INTEGER", "patient") == set()
    assert _classes("mem_recall_address1", "VARCHAR(100)", "patient") == {PhiClass.ADDRESS}


@pytest.mark.parametrize("name", ["presenting_issue", "mse_perception", "systems_review"])
def test_a_psychiatric_clerkings_sections_in_a_long_text_are_narrative(name):
    assert _classes(name, "TEXT") == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize("name", ["latex", "html", "result_rtf"])
def test_a_document_rendered_in_markup_on_a_patients_row_is_phi(name):
    assert _classes(name, "TEXT") == {PhiClass.OTHER_ID}


def test_a_short_markup_field_is_no_document():
    assert _classes("result_rtf", "VARCHAR(20)") == set()


def test_a_patients_assessment_asking_about_their_job_is_no_employment_record():
    patients = _table("patients", ("id", "INTEGER"), ("first_name", "TEXT"), ("dob", "DATE"))
    assessment = TableProfile(
        "hca_assessments",
        columns=(
            TableColumn("id", "INTEGER"),
            TableColumn("patient_id", "INTEGER"),
            TableColumn("job_provider", "TEXT"),
            TableColumn("employment_status", "TEXT"),
            TableColumn("completed_on", "DATE"),
        ),
        primary_key=("id",),
    )
    assert linkage([patients, assessment], {})[0]["hca_assessments"] != "staff"


@pytest.mark.parametrize("name", ["patient_strengths", "barriers", "goals"])
def test_a_care_plans_goals_strengths_and_barriers_are_narrative(name):
    assert _classes(name, "TEXT") == {PhiClass.FREE_TEXT}


def test_a_goals_code_is_no_narrative():
    assert _classes("goal_code", "TEXT") == set()


@pytest.mark.parametrize("name", ["philHealthID", "philhealth"])
def test_a_philhealth_number_is_a_health_plans(name):
    assert _classes(name, "VARCHAR(24)", "patient") == {PhiClass.HEALTH_PLAN}
    assert _classes("philHealthApproved", "BOOLEAN", "patient") == set()


def test_the_run_that_loaded_every_table_links_no_table_to_the_patient():
    beneficiaries = _table(
        "taf_ann_de_base",
        ("DA_RUN_ID", "INTEGER"),
        ("MSIS_IDENT_NUM", "VARCHAR(20)"),
        ("BIRTH_DT", "DATE"),
        ("ELGBL_LAST_NAME", "VARCHAR(50)"),
    )
    contacts = _table(
        "taf_ann_de_cntct_dtls",
        ("DA_RUN_ID", "INTEGER"),
        ("first_name", "VARCHAR(50)"),
        ("last_name", "VARCHAR(50)"),
        ("birth_date", "DATE"),
    )
    providers = _table(
        "taf_ann_pr_base",
        ("DA_RUN_ID", "INTEGER"),
        ("PRVDR_ID", "VARCHAR(30)"),
        ("FAC_NAME", "TEXT"),
    )
    roles = linkage([beneficiaries, contacts, providers], {})[0]
    assert roles["taf_ann_pr_base"] != "linked"


@pytest.mark.parametrize("name", ["province", "district"])
def test_a_table_of_a_countrys_divisions_with_an_offices_contacts_holds_places(name):
    division = _table(
        name, ("uid", "TEXT"), ("name", "TEXT"), ("email", "TEXT"), ("mobile_phone", "TEXT")
    )
    assert linkage([division], {})[0][name] != "person"

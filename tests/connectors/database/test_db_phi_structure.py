"""PHI rules of the third round: what a table's structure says beyond its columns' names.

Each is a general behaviour seen across the development set and the tuned-on hold-outs
(tests/data/schemas), never a schema's own column list: a row's change log is not narrative,
staff tables show themselves by employment and login columns, flags and codes only look like
identifiers, durations only look like times.
"""

from __future__ import annotations

import pytest

from assessor.connectors.database.context import linkage
from assessor.connectors.database.phi import classify_column, mark_table
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


def _table(name: str, *columns: tuple[str, str], **options) -> TableProfile:
    return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns), **options)


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


def _classes(name: str, type_name: str, role: str = "linked") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_name), role)}


@pytest.mark.parametrize("name", ["remind_email", "send_by_fax", "notify_phone"])
def test_a_channel_to_use_is_a_preference_not_the_number_or_address(name):
    assert _classes(name, "VARCHAR(60)", "patient") == set()


@pytest.mark.parametrize("name", ["insurance_class_nr", "encounter_class_nr", "unit_type_nr"])
def test_the_number_of_a_class_or_type_identifies_no_one(name):
    assert _classes(name, "VARCHAR(25)") == set()


def test_an_insurers_id_is_an_organisations_not_a_policy_number():
    assert _classes("insurance_firm_id", "VARCHAR(25)") == set()
    assert _classes("insurance_nr", "VARCHAR(25)") == {PhiClass.HEALTH_PLAN}


def test_an_integer_named_for_an_address_part_and_a_number_is_a_key_to_a_place_list():
    assert _classes("addr_citytown_nr", "INTEGER", "patient") == set()
    assert _classes("addr_zip", "INTEGER", "patient") == {PhiClass.ADDRESS}


def test_no_integer_holds_an_email_address():
    assert _classes("email", "INTEGER", "patient") == set()


@pytest.mark.parametrize("name", ["time_after_onset", "primary_cause_time_after_onset",
                                  "time_before_surgery"])  # fmt: skip
def test_a_time_after_or_before_an_event_is_how_long_between_not_a_date(name):
    assert _classes(name, "INTEGER") == set()


def test_a_time_to_something_is_a_span_not_a_time_but_a_bare_time_to_is_a_time():
    assert _classes("time_to_spont_resp", "INTEGER") == set()
    assert _classes("duration_min", "TIME") == set()
    assert _classes("time_to", "TIME") == {PhiClass.DATE}


def test_an_integer_count_of_days_is_no_date():
    assert _classes("nr_workday", "INTEGER") == set()
    assert _classes("los_days", "INTEGER") == set()


def test_an_uploaded_image_is_dated_unless_the_rows_came_by_a_warehouse_upload():
    image = _table("encounter_image", ("upload_date", "DATE"), ("notes", "TEXT"))
    assert _marked(image)["upload_date"] == {PhiClass.DATE}
    mapping = _table("patient_map", ("UPLOAD_DATE", "DATE"), ("UPLOAD_ID", "INTEGER"))
    assert "UPLOAD_DATE" not in _marked(mapping)


def test_the_last_time_an_exam_was_done_kept_as_text_is_a_date():
    assert _classes("last_physical_exam", "VARCHAR(255)", "patient") == {PhiClass.DATE}
    assert _classes("last_name", "VARCHAR(255)", "patient") == {PhiClass.NAME}


def test_a_bill_number_is_an_account_number():
    assert _classes("bill_no", "BIGINT") == {PhiClass.ACCOUNT}


def test_first_names_in_national_languages_are_names():
    assert _classes("vorname", "VARCHAR(45)") == {PhiClass.NAME}
    assert _classes("apellidos", "VARCHAR(45)") == {PhiClass.NAME}


def test_a_contact_person_on_a_patients_row_is_a_name():
    assert _classes("contact_person", "VARCHAR(255)", "patient") == {PhiClass.NAME}


def test_a_region_of_a_persons_address_is_a_subdivision():
    assert _classes("region", "VARCHAR(50)", "person") == {PhiClass.ADDRESS}


@pytest.mark.parametrize("name", ["req_proc_id", "requested_procedure_id", "sps_id"])
def test_imaging_procedure_ids_of_hl7s_ipc_segment_are_identifiers_abbreviated_or_not(name):
    assert _classes(name, "VARCHAR(64)") == {PhiClass.OTHER_ID}


def test_a_procedure_numbered_by_its_row_is_no_identifier():
    assert _classes("procedure_nr", "INTEGER") == set()


@pytest.mark.parametrize("name", ["diagnosis", "purpose", "reply_services", "recom_therapy"])
def test_a_diagnosis_purpose_or_reply_written_out_in_a_long_text_is_free_text(name):
    assert _classes(name, "TEXT") == {PhiClass.FREE_TEXT}


def test_a_short_diagnosis_may_hold_a_code_and_is_not_called_free_text():
    assert _classes("diagnosis", "VARCHAR(64)") == set()


def test_a_submitted_form_kept_whole_in_a_queue_carries_the_patient():
    assert _classes("form_data", "MEDIUMTEXT", "job") == {PhiClass.OTHER_ID}
    assert _classes("xml_data", "MEDIUMTEXT", "other") == set()


def test_where_a_photo_is_kept_is_not_the_photo():
    assert _classes("photo_filename", "VARCHAR(60)", "patient") == set()
    assert _classes("photo", "BLOB", "patient") == {PhiClass.PHOTO}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ssn_hash", PhiClass.SSN),
        ("email_sha256", PhiClass.EMAIL),
        ("mrn_encrypted", PhiClass.MRN),
        ("name_soundex", PhiClass.NAME),
        ("family_metaphone", PhiClass.NAME),
    ],
)
def test_an_encoded_or_hashed_identifier_is_still_the_identifier(name, expected):
    assert _classes(name, "VARCHAR(64)", "patient") == {expected}


def test_a_text_mining_runs_date_dates_the_run_not_the_note():
    assert _classes("nlp_date", "DATE") == set()
    assert _classes("note_date", "DATE") == {PhiClass.DATE}


def test_a_devices_production_identifier_is_a_device_identifier():
    assert _classes("production_id", "VARCHAR(255)") == {PhiClass.DEVICE_ID}


def _keyed(name: str, key: str, *columns: tuple[str, str], **options) -> TableProfile:
    return TableProfile(
        name,
        columns=tuple(TableColumn(n, t) for n, t in ((key, "BIGINT"), *columns)),
        primary_key=(key,),
        **options,
    )


def test_a_patient_key_name_that_is_the_tables_own_primary_key_numbers_its_own_rows():
    search = _keyed("hfj_search", "pid", ("search_last_returned", "DATETIME"))
    assert _roles(search)[search.qualified_name] == "other"


def test_a_patient_key_beside_the_tables_own_primary_key_still_links_it():
    link = _table("hfj_res_link", ("pid", "BIGINT"), ("src_resource_id", "BIGINT"))
    assert _roles(link)[link.qualified_name] == "linked"


def test_a_table_keyed_by_the_patient_tables_own_key_extends_the_patients_row():
    patient = _keyed("patient_data", "pid", ("fname", "VARCHAR(255)"))
    history = _keyed("history_extra", "pid", ("notes", "TEXT"))
    assert _roles(patient, history)[history.qualified_name] == "linked"


def test_an_own_primary_key_also_declared_a_foreign_key_to_the_patients_links():
    patient = _keyed("patients", "id", ("dob", "DATE"))
    death = _keyed(
        "death_record",
        "subject_id",
        ("reported", "DATETIME"),
        foreign_keys=(ForeignKey(("subject_id",), "patients", ("id",)),),
    )
    roles, paths = linkage((patient, death), {})
    assert roles[death.qualified_name] == "linked"
    assert paths[death.qualified_name][0].startswith("death_record.subject_id -> patients")


def test_a_patient_key_name_declared_a_key_to_a_table_of_no_persons_refers_to_that_table():
    forced = _keyed("hfj_forced_id", "pid", ("forced_id", "VARCHAR(100)"))
    resource = _keyed(
        "hfj_resource",
        "res_id",
        ("forced_id_pid", "BIGINT"),
        ("res_updated", "DATETIME"),
        foreign_keys=(ForeignKey(("forced_id_pid",), "hfj_forced_id", ("pid",)),),
    )
    assert _roles(forced, resource)[resource.qualified_name] == "other"


def test_a_patient_key_declared_a_key_to_the_patients_table_links():
    patient = _keyed("patient_data", "id", ("fname", "VARCHAR(255)"))
    visit = _keyed(
        "visits",
        "visit_no",
        ("pid", "BIGINT"),
        foreign_keys=(ForeignKey(("pid",), "patient_data", ("id",)),),
    )
    assert _roles(patient, visit)[visit.qualified_name] == "linked"


def test_an_audit_row_copying_a_changed_values_before_and_after_holds_what_the_column_held():
    values = _table(
        "audit_event_values",
        ("audit_id", "INTEGER"),
        ("column_name", "VARCHAR(255)"),
        ("old_value", "VARCHAR(2000)"),
        ("new_value", "VARCHAR(2000)"),
    )
    assert _marked(values, "audit") == {
        "old_value": {PhiClass.OTHER_ID},
        "new_value": {PhiClass.OTHER_ID},
    }


def test_a_value_without_its_counterpart_is_no_audit_copy():
    settings = _table("audit_settings", ("setting", "VARCHAR(60)"), ("new_value", "VARCHAR(200)"))
    assert _marked(settings, "audit") == {}


def test_the_audit_copy_of_a_staff_or_code_lists_change_is_not_a_patients():
    values = _table("user_audit", ("old_value", "VARCHAR(200)"), ("new_value", "VARCHAR(200)"))
    assert _marked(values, "staff") == {}


def test_a_flag_named_for_a_birth_date_is_a_setting_not_a_persons_data():
    saved_query = _table(
        "dataset",
        ("name", "VARCHAR(255)"),
        ("show_subject_dob", "BOOLEAN"),
        ("show_subject_gender", "BOOLEAN"),
    )
    assert _roles(saved_query)[saved_query.qualified_name] == "other"


def test_a_key_with_only_a_name_and_a_description_is_a_code_list_whatever_its_name():
    status = _keyed("subject_event_status", "id", ("name", "VARCHAR(255)"), ("description", "TEXT"))
    assert _roles(status)[status.qualified_name] == "reference"


def test_a_table_named_for_patients_is_theirs_even_with_few_columns():
    patients = _keyed("patient", "id", ("name", "VARCHAR(255)"))
    assert _roles(patients)[patients.qualified_name] == "patient"


@pytest.mark.parametrize("name", ["annotations", "validator_annotations"])
def test_plural_words_for_narrative_are_narrative(name):
    assert _marked(_table("event_crf", (name, "VARCHAR(4000)"))) == {name: {PhiClass.FREE_TEXT}}


def test_a_note_a_link_table_attaches_to_a_patients_row_is_about_the_patient():
    subject = _keyed("subject", "subject_id", ("date_of_birth", "DATE"))
    note = _keyed("discrepancy_note", "note_id", ("detailed_notes", "VARCHAR(1000)"))
    link = _table(
        "dn_subject_map",
        ("subject_id", "INTEGER"),
        ("note_id", "INTEGER"),
        foreign_keys=(
            ForeignKey(("subject_id",), "subject", ("subject_id",)),
            ForeignKey(("note_id",), "discrepancy_note", ("note_id",)),
        ),
    )
    roles, paths = linkage((subject, note, link), {})
    assert roles[note.qualified_name] == "linked"
    assert paths[note.qualified_name][0].startswith("dn_subject_map.note_id -> discrepancy_note")


def test_a_list_of_note_categories_a_patients_row_points_to_is_no_note():
    subject = _keyed("subject", "subject_id", ("date_of_birth", "DATE"))
    kinds = _keyed("note_category", "kind_id", ("label", "VARCHAR(50)"), ("rank", "INTEGER"))
    link = _table(
        "subject_note_kind",
        ("subject_id", "INTEGER"),
        ("kind_id", "INTEGER"),
        foreign_keys=(
            ForeignKey(("subject_id",), "subject", ("subject_id",)),
            ForeignKey(("kind_id",), "note_category", ("kind_id",)),
        ),
    )
    assert linkage((subject, kinds, link), {})[0][kinds.qualified_name] != "linked"


def test_a_store_of_whole_typed_resources_holds_patients_resources_among_them():
    store = _keyed(
        "hfj_resource",
        "res_id",
        ("res_type", "VARCHAR(30)"),
        ("res_text", "LONGBLOB"),
        ("res_updated", "DATETIME"),
        ("res_title", "VARCHAR(100)"),
    )
    role = _roles(store)[store.qualified_name]
    assert role == "linked"
    assert _marked(store, role) == {
        "res_text": {PhiClass.OTHER_ID},
        "res_updated": {PhiClass.DATE},
    }


def test_a_blob_without_a_resource_type_is_no_resource_store():
    images = _keyed("icons", "icon_id", ("res_text", "LONGBLOB"), ("updated", "DATETIME"))
    assert _roles(images)[images.qualified_name] == "other"


def test_a_text_subject_identifier_is_the_patients_record_number():
    extract = _table("extract_data_table", ("subject_identifier", "VARCHAR(30)"))
    assert _marked(extract) == {"subject_identifier": {PhiClass.MRN}}


def test_a_birth_date_beside_a_sex_makes_a_register_of_persons_and_links_their_names():
    identity = _table(
        "identity",
        ("pk", "INTEGER"),
        ("gender", "TEXT"),
        ("dob", "TIMESTAMP"),
        primary_key=("pk",),
    )
    names = _table(
        "names",
        ("id", "INTEGER"),
        ("id_identity", "INTEGER"),
        ("lastnames", "TEXT"),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("id_identity",), "identity", ("pk",)),),
    )
    assert _roles(identity, names) == {"identity": "person", "names": "linked"}


def test_a_reference_range_by_sex_and_age_is_no_register_of_persons():
    ranges = _table("result_limits", ("gender", "CHAR(1)"), ("min_age", "INTEGER"))
    assert _roles(ranges) == {"result_limits": "other"}


def test_a_key_named_for_the_patient_says_its_target_holds_patients_whatever_it_is_called():
    register = _table("xlnk_identity", ("xfk_identity", "INTEGER"), primary_key=("xfk_identity",))
    encounter = _table(
        "clin_encounter",
        ("id", "INTEGER"),
        ("fk_patient", "INTEGER"),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("fk_patient",), "xlnk_identity", ("xfk_identity",)),),
    )
    note = _table(
        "clin_narrative",
        ("pk", "INTEGER"),
        ("fk_encounter", "INTEGER"),
        ("narrative", "TEXT"),
        primary_key=("pk",),
        foreign_keys=(ForeignKey(("fk_encounter",), "clin_encounter", ("id",)),),
    )
    assert _roles(register, encounter, note) == {
        "xlnk_identity": "person",
        "clin_encounter": "linked",
        "clin_narrative": "linked",
    }


def test_a_key_named_by_an_alias_to_another_table_refers_to_that_tables_rows():
    forced = _table("hfj_forced_id", ("pid", "BIGINT"), primary_key=("pid",))
    tag = _table(
        "hfj_tag",
        ("id", "BIGINT"),
        ("forced_id_pid", "BIGINT"),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("forced_id_pid",), "hfj_forced_id", ("pid",)),),
    )
    assert _roles(forced, tag) == {"hfj_forced_id": "other", "hfj_tag": "other"}


def test_the_whole_number_a_row_reaches_the_patient_by_is_no_identifier_of_the_patient():
    path = ("apr.serialno -> new_patients (implied)",)
    apr = _table("apr", ("serialno", "INTEGER"), ("adate", "DATE"))
    marked = mark_table(apr, "linked", path=path)
    assert {c.name: bool(c.phi) for c in marked.columns} == {"serialno": False, "adate": True}
    patients = _table("new_patients", ("serialno", "INTEGER"), primary_key=("serialno",))
    assert not mark_table(patients, "patient").columns[0].phi


def test_a_record_number_the_rows_are_keyed_by_is_still_the_record_number():
    visit = _table("kunjungan", ("mrn", "INTEGER"))
    marked = mark_table(visit, "linked", path=("kunjungan.mrn -> pasien (implied)",))
    assert {mark.phi_class for mark in marked.columns[0].phi} == {PhiClass.MRN}


_SUMMARY = _table(
    "DC_CYXJ",
    ("xh", "NUMERIC(12)"),
    ("patid", "VARCHAR(64)"),
    ("createtime", "DATETIME"),
    primary_key=(),
)


def _summary_part(**options) -> TableProfile:
    return _table(
        "DC_CYXJ_RYXYZD", ("zyjlxh", "VARCHAR(64)"), ("createtime", "DATETIME"), **options
    )


def test_a_keyless_table_named_as_a_patients_record_and_more_holds_that_records_rows():
    part = _summary_part()
    roles, paths = linkage((_SUMMARY, part), {})
    assert roles[part.qualified_name] == "linked"
    assert paths[part.qualified_name][0] == "DC_CYXJ_RYXYZD: detail rows of DC_CYXJ"
    assert _marked(part, roles[part.qualified_name]) == {"createtime": {PhiClass.DATE}}


def test_a_table_named_as_a_patients_record_and_more_with_a_key_of_its_own_is_its_own_thing():
    part = _summary_part(primary_key=("zyjlxh",))
    assert _roles(_SUMMARY, part)[part.qualified_name] == "other"


def test_a_table_named_as_a_patients_record_and_more_that_others_refer_to_is_a_code_list():
    part = _summary_part()
    referring = _table(
        "visit",
        ("zyjlxh", "VARCHAR(64)"),
        foreign_keys=(ForeignKey(("zyjlxh",), "DC_CYXJ_RYXYZD", ("zyjlxh",)),),
    )
    assert _roles(_SUMMARY, part, referring)[part.qualified_name] != "linked"


def test_a_table_named_as_a_patients_record_and_more_whose_keys_say_where_it_belongs_is_not_its():
    ward = _table("ward", ("id", "INTEGER"), primary_key=("id",))
    part = _table(
        "DC_CYXJ_WARD",
        ("ward_id", "INTEGER"),
        foreign_keys=(ForeignKey(("ward_id",), "ward", ("id",)),),
    )
    assert _roles(_SUMMARY, part, ward)[part.qualified_name] != "linked"


def _report(*columns: tuple[str, str]) -> TableProfile:
    return _table("vaers_data", ("vaers_id", "INTEGER"), *columns, primary_key=("vaers_id",))


def test_a_report_of_a_persons_age_sex_and_dates_is_that_persons_case():
    report = _report(
        ("age_yrs", "DECIMAL(5,2)"),
        ("sex", "CHAR(1)"),
        ("onset_date", "DATE"),
        ("recvdate", "DATE"),
        ("symptom_text", "TEXT"),
    )
    roles, paths = linkage((report,), {})
    assert roles[report.qualified_name] == "linked"
    assert paths[report.qualified_name] == (
        "vaers_data: a case report of one person's age, sex and dates",
    )
    assert _marked(report) == {
        "onset_date": {PhiClass.DATE},
        "recvdate": {PhiClass.DATE},
        "symptom_text": {PhiClass.FREE_TEXT},
    }


def test_a_reference_range_by_age_and_sex_is_no_ones_case():
    ranges = _report(
        ("age_min", "INTEGER"),
        ("age_max", "INTEGER"),
        ("sex", "CHAR(1)"),
        ("valid_from", "DATE"),
        ("valid_to", "DATE"),
    )
    assert _roles(ranges)[ranges.qualified_name] == "other"


def test_an_age_and_a_sex_dated_once_are_no_case_report():
    tally = _report(("age", "INTEGER"), ("sex", "CHAR(1)"), ("loaded", "DATE"))
    assert _roles(tally)[tally.qualified_name] == "other"


def test_settings_to_show_a_subjects_age_and_sex_make_no_case_report():
    dataset = _report(
        ("show_subject_age_at_event", "BOOLEAN"),
        ("show_subject_gender", "BOOLEAN"),
        ("date_start", "DATE"),
        ("date_end", "DATE"),
    )
    assert _roles(dataset)[dataset.qualified_name] == "other"


def test_a_coded_tariff_for_an_age_and_a_sex_is_a_kind_of_thing_not_a_case():
    tariff = _report(
        ("code", "VARCHAR(64)"),
        ("sex", "INTEGER"),
        ("age", "VARCHAR(9)"),
        ("begDate", "DATE"),
        ("endDate", "DATE"),
    )
    assert _roles(tariff)[tariff.qualified_name] == "other"

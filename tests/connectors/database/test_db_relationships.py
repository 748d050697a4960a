"""Relationships kept only by naming convention are inferred, with a confidence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assessor.connectors.database.relationships import SHOWN_CONFIDENCE, infer_relationships
from assessor.model import ForeignKey, Index, TableColumn, TableProfile


def _table(name, *columns, pk=(), fks=(), schema=None):
    return TableProfile(
        name,
        schema=schema,
        columns=tuple(TableColumn(n, t) for n, t in columns),
        primary_key=pk,
        foreign_keys=fks,
    )


def _pairs(found, table):
    return {(fk.columns[0], fk.referred_table, fk.referred_columns[0]) for fk in found[table]}


PATIENT = _table("patient", ("id", "INTEGER"), ("mrn", "VARCHAR(12)"), pk=("id",))


def test_a_key_named_after_a_table_refers_to_that_tables_primary_key():
    result = _table("result", ("id", "INTEGER"), ("patient_id", "INTEGER"), pk=("id",))
    found = infer_relationships([PATIENT, result])
    [fk] = found["result"]
    assert (fk.columns, fk.referred_table, fk.referred_columns) == (
        ("patient_id",),
        "patient",
        ("id",),
    )
    assert fk.implied and 0.5 < fk.confidence <= 1


def test_plural_and_prefixed_table_names_match_too():
    patients = _table("tbl_patients", ("patient_key", "INTEGER"), pk=("patient_key",))
    visit = _table("visit", ("patient_key", "INTEGER"), ("visit_no", "INTEGER"))
    assert _pairs(infer_relationships([patients, visit]), "visit") == {
        ("patient_key", "tbl_patients", "patient_key")
    }


def test_a_table_prefix_run_into_the_name_is_no_part_of_its_stem():
    # eTB Manager's tbcase beside medicinedispensingcase: case_id is the TB case's
    case = _table("tbcase", ("id", "INTEGER"), pk=("id",))
    dispensing = _table("medicinedispensingcase", ("id", "INTEGER"), pk=("id",))
    exam = _table("examxray", ("id", "INTEGER"), ("case_id", "INTEGER"), pk=("id",))
    assert _pairs(infer_relationships([case, dispensing, exam]), "examxray") == {
        ("case_id", "tbcase", "id")
    }


def test_patient_keys_by_alias_reach_the_patient_table():
    patient_data = _table("patient_data", ("id", "BIGINT"), ("pid", "BIGINT"), pk=("id",))
    vitals = _table("form_vitals", ("id", "BIGINT"), ("pid", "BIGINT"), pk=("id",))
    assert _pairs(infer_relationships([patient_data, vitals]), "form_vitals") == {
        ("pid", "patient_data", "pid")
    }


def test_a_bare_column_named_like_a_table_refers_to_it():
    encounter = _table("form_encounter", ("id", "BIGINT"), ("encounter", "BIGINT"), pk=("id",))
    vitals = _table("form_vitals", ("id", "BIGINT"), ("encounter", "BIGINT"), pk=("id",))
    assert ("encounter", "form_encounter", "encounter") in _pairs(
        infer_relationships([encounter, vitals]), "form_vitals"
    )


def test_a_column_named_like_another_tables_primary_key_refers_to_it():
    staff = _table("staff", ("staff_id", "INTEGER"), ("staff_name", "TEXT"), pk=("staff_id",))
    audit = _table("audit_log", ("staff_id", "INTEGER"), ("detail", "TEXT"))
    assert _pairs(infer_relationships([staff, audit]), "audit_log") == {
        ("staff_id", "staff", "staff_id")
    }


def test_incompatible_types_are_not_a_relationship():
    result = _table("result", ("patient_id", "DATE"))
    assert infer_relationships([PATIENT, result]) == {}


def test_declared_keys_are_not_inferred_again():
    declared = ForeignKey(("patient_id",), "patient", ("id",))
    result = _table("result", ("patient_id", "INTEGER"), fks=(declared,))
    assert infer_relationships([PATIENT, result]) == {}


def test_a_table_is_not_its_own_reference_and_unmatched_names_imply_nothing():
    lonely = _table("panel", ("panel_id", "INTEGER"), ("test_code", "VARCHAR(8)"))
    assert infer_relationships([lonely]) == {}


def test_the_same_schema_wins_when_two_schemas_hold_the_table():
    here = _table("patient", ("id", "INTEGER"), pk=("id",), schema="lab")
    there = _table("patient", ("id", "INTEGER"), pk=("id",), schema="billing")
    result = _table("result", ("patient_id", "INTEGER"), schema="lab")
    [fk] = infer_relationships([there, here, result])["lab.result"]
    assert fk.referred_schema == "lab"


def test_a_tables_own_key_is_not_a_reference_to_another_table():
    labevents = _table("labevents", ("labevent_id", "INTEGER"), ("subject_id", "INTEGER"))
    events = _table("calendar_events", ("event_id", "INTEGER"), pk=("event_id",))
    assert infer_relationships([labevents, events]) == {}


def test_names_match_with_or_without_separators():
    lab_events = _table("lab_events", ("id", "INTEGER"), pk=("id",))
    comment = _table("comment", ("labevent_id", "INTEGER"))
    assert _pairs(infer_relationships([lab_events, comment]), "comment") == {
        ("labevent_id", "lab_events", "id")
    }


def test_a_key_named_after_its_table_is_surer_than_one_known_only_as_a_patient_alias():
    result = _table(
        "result", ("id", "INTEGER"), ("patient_id", "INTEGER"), ("pid", "INTEGER"), pk=("id",)
    )
    confidence = {
        fk.columns[0]: fk.confidence for fk in infer_relationships([PATIENT, result])["result"]
    }
    assert set(confidence) == {"patient_id", "pid"}
    assert 0 < confidence["pid"] < confidence["patient_id"] <= 1


def test_a_key_name_several_tables_hold_goes_to_the_table_named_for_its_stem():
    encounter = _table("care_encounter", ("encounter_nr", "INTEGER"), pk=("encounter_nr",))
    sticker = _table("encounter_sticker", ("encounter_nr", "INTEGER"), pk=("encounter_nr",))
    billing = _table("billing_status", ("encounter_nr", "INTEGER"), pk=("encounter_nr",))
    result = _table("lab_result", ("id", "INTEGER"), ("encounter_nr", "INTEGER"), pk=("id",))
    found = infer_relationships([billing, encounter, result, sticker])
    assert _pairs(found, "lab_result") == {("encounter_nr", "care_encounter", "encounter_nr")}


def test_a_key_name_two_unnamed_tables_hold_alike_is_given_up():
    first = _table("alpha", ("ward_nr", "INTEGER"), pk=("ward_nr",))
    second = _table("beta", ("ward_nr", "INTEGER"), pk=("ward_nr",))
    stay = _table("stay", ("id", "INTEGER"), ("ward_nr", "INTEGER"), pk=("id",))
    assert "stay" not in infer_relationships([first, second, stay])


def test_the_holder_most_like_the_referring_table_wins_between_two_named_for_the_stem():
    items = _table("d_items", ("row_id", "INTEGER"), ("itemid", "INTEGER"), pk=("row_id",))
    lab_items = _table("d_labitems", ("row_id", "INTEGER"), ("itemid", "INTEGER"), pk=("row_id",))
    items = replace(items, indexes=(Index(("itemid",), unique=True),))
    lab_items = replace(lab_items, indexes=(Index(("itemid",), unique=True),))
    chart = _table("chartevents", ("row_id", "INTEGER"), ("itemid", "INTEGER"), pk=("row_id",))
    lab = _table("labevents", ("row_id", "INTEGER"), ("itemid", "INTEGER"), pk=("row_id",))
    found = infer_relationships([items, lab_items, chart, lab])
    assert _pairs(found, "chartevents") == {("itemid", "d_items", "itemid")}
    assert _pairs(found, "labevents") == {("itemid", "d_labitems", "itemid")}
    assert "d_items" not in found and "d_labitems" not in found  # their own keys


def test_nr_no_and_num_are_key_suffixes_like_id():
    ward = _table("ward", ("id", "INTEGER"), pk=("id",))
    bed = _table("bed", ("id", "INTEGER"), pk=("id",))
    room = _table("room", ("id", "INTEGER"), pk=("id",))
    stay = _table(
        "stay", ("id", "INTEGER"), ("ward_nr", "INTEGER"), ("bed_no", "INTEGER"),
        ("room_num", "INTEGER"), pk=("id",),
    )  # fmt: skip
    assert _pairs(infer_relationships([ward, bed, room, stay]), "stay") == {
        ("ward_nr", "ward", "id"), ("bed_no", "bed", "id"), ("room_num", "room", "id")
    }  # fmt: skip


def test_a_number_of_things_is_a_count_not_a_key_to_them():
    bed = _table("beds", ("id", "INTEGER"), pk=("id",))
    room = _table("rooms", ("id", "INTEGER"), ("no_of_beds", "INTEGER"), pk=("id",))
    assert not infer_relationships([bed, room]).get("rooms")


def test_uid_is_a_key_suffix_like_id():
    observation = _table("observation", ("observation_uid", "BIGINT"), pk=("observation_uid",))
    value = _table(
        "obs_value_coded", ("observation_uid", "BIGINT"), ("code", "VARCHAR(20)"),
        pk=("observation_uid", "code"),
    )  # fmt: skip
    assert _pairs(infer_relationships([observation, value]), "obs_value_coded") == {
        ("observation_uid", "observation", "observation_uid")
    }


def test_a_code_that_is_one_part_of_a_tables_composite_key_is_referred_to_by_no_column():
    race = _table(
        "person_race", ("person_uid", "BIGINT"), ("race_cd", "VARCHAR(20)"),
        pk=("person_uid", "race_cd"),
    )  # fmt: skip
    person = _table(
        "person", ("person_uid", "BIGINT"), ("race_cd", "VARCHAR(20)"), pk=("person_uid",)
    )
    assert "person" not in infer_relationships([race, person])


def test_the_id_of_a_table_keyed_by_it_and_another_column_is_still_its_rows_identity():
    study = _table("study", ("id", "INTEGER"), ("site", "INTEGER"), pk=("id", "site"))
    consent = _table("consent", ("id", "INTEGER"), ("study_id", "INTEGER"), pk=("id",))
    assert _pairs(infer_relationships([study, consent]), "consent") == {("study_id", "study", "id")}


def test_generic_names_are_never_matched_to_a_table_keyed_by_them():
    acl = _table("gacl_aro", ("name", "VARCHAR(40)"), pk=("name",))
    recent = _table("recent_patients", ("user_id", "INTEGER"), pk=("user_id",))
    note = _table(
        "note", ("id", "INTEGER"), ("name", "VARCHAR(40)"), ("user_id", "INTEGER"), pk=("id",)
    )
    assert "note" not in infer_relationships([acl, recent, note])


def _keyed(name):
    return _table(name, ("id", "INTEGER"), pk=("id",))


def test_a_key_qualified_by_a_general_last_word_is_given_up_among_tables_ending_in_it():
    appointments = _table(
        "appointments", ("id", "INTEGER"), ("appointment_type_id", "INTEGER"), pk=("id",)
    )
    panel = _table(
        "lab_test_panel_lab_test_types",
        ("lab_test_panel_id", "INTEGER"),
        ("lab_test_type_id", "INTEGER"),
        pk=("lab_test_panel_id", "lab_test_type_id"),
    )
    found = infer_relationships([_keyed("lab_test_types"), panel, appointments])
    assert "appointments" not in found


def test_a_key_qualified_by_a_general_last_word_refers_to_the_one_table_ending_in_it():
    patient = _table("patient", ("pk", "INTEGER"), ("pat_name_fk", "INTEGER"), pk=("pk",))
    person_name = _table("person_name", ("pk", "INTEGER"), pk=("pk",))
    assert _pairs(infer_relationships([person_name, patient]), "patient") == {
        ("pat_name_fk", "person_name", "pk")
    }


def test_a_word_in_a_keys_name_is_no_abbreviation_of_a_longer_tables_name():
    departments = _table("tbl_departments", ("id", "INTEGER"), pk=("id",))
    diagnoses = _table("tbl_diagnoses", ("id", "INTEGER"), ("visit_date_id", "INTEGER"), pk=("id",))
    assert "tbl_diagnoses" not in infer_relationships([departments, diagnoses])


def test_a_word_in_a_keys_name_is_no_cut_of_a_longer_tables_name():
    comments = _table("casecomment", ("id", "INTEGER"), pk=("id",))
    cultures = _table("examculture", ("id", "INTEGER"), ("case_id", "INTEGER"), pk=("id",))
    assert "examculture" not in infer_relationships([comments, cultures])


def test_user_id_goes_to_the_users_table_not_to_another_table_keyed_by_it():
    users = _table("users", ("id", "INTEGER"), pk=("id",))
    recent = _table("recent_patients", ("user_id", "INTEGER"), pk=("user_id",))
    note = _table("note", ("id", "INTEGER"), ("user_id", "INTEGER"), pk=("id",))
    assert _pairs(infer_relationships([users, recent, note]), "note") == {
        ("user_id", "users", "id")
    }


def test_a_code_column_is_a_key_only_where_it_meets_a_text_key():
    ward = _table("ward", ("code", "VARCHAR(8)"), pk=("code",))
    texts = _table("stay", ("id", "INTEGER"), ("ward_code", "VARCHAR(8)"), pk=("id",))
    numbers = _table("tally", ("id", "INTEGER"), ("ward_code", "INTEGER"), pk=("id",))
    found = infer_relationships([ward, texts, numbers])
    assert _pairs(found, "stay") == {("ward_code", "ward", "code")}
    assert "tally" not in found


def test_a_qualified_key_may_refer_back_to_its_own_table():
    visit = _table(
        "visit", ("visit_id", "INTEGER"), ("preceding_visit_id", "INTEGER"), pk=("visit_id",)
    )
    assert _pairs(infer_relationships([visit]), "visit") == {
        ("preceding_visit_id", "visit", "visit_id")
    }


def test_keys_under_the_shown_confidence_are_kept_only_when_asked_for():
    first = _table("alpha", ("ward_nr", "INTEGER"), pk=("ward_nr",))
    second = _table("beta", ("ward_nr", "INTEGER"), pk=("ward_nr",))
    stay = _table("stay", ("id", "INTEGER"), ("ward_nr", "INTEGER"), pk=("id",))
    [fk] = infer_relationships([first, second, stay], minimum=0.0)["stay"]
    assert fk.confidence < SHOWN_CONFIDENCE


def test_a_number_word_put_first_is_a_key_suffix_too():
    visit = _table("registration", ("no_visit", "VARCHAR(17)"), pk=("no_visit",))
    queue = _table("pharmacy_queue", ("no_visit", "VARCHAR(17)"), ("status", "CHAR(1)"))
    assert _pairs(infer_relationships([visit, queue]), "pharmacy_queue") == {
        ("no_visit", "registration", "no_visit")
    }


def test_a_key_name_held_by_a_table_extending_another_goes_to_the_one_extended():
    visit = _table("registration", ("no_visit", "VARCHAR(17)"), pk=("no_visit",))
    extends = ForeignKey(("no_visit",), "registration", ("no_visit",))
    allergy = _table("allergy", ("no_visit", "VARCHAR(17)"), pk=("no_visit",), fks=(extends,))
    queue = _table("pharmacy_queue", ("no_visit", "VARCHAR(17)"), ("status", "CHAR(1)"))
    assert _pairs(infer_relationships([allergy, visit, queue]), "pharmacy_queue") == {
        ("no_visit", "registration", "no_visit")
    }


def test_a_qualified_run_together_item_key_is_not_read_as_the_item_tables():
    items = _table("d_items", ("row_id", "INTEGER"), ("itemid", "INTEGER"), pk=("row_id",))
    items = replace(items, indexes=(Index(("itemid",), unique=True),))
    micro = _table(
        "microbiologyevents", ("row_id", "INTEGER"), ("spec_itemid", "INTEGER"), pk=("row_id",)
    )
    assert "microbiologyevents" not in infer_relationships([items, micro])


def test_an_issued_number_kept_as_text_refers_to_the_table_holding_it_as_a_unique_key():
    sample = replace(
        _table("sample", ("id", "INTEGER"), ("accession_number", "VARCHAR(20)"), pk=("id",)),
        indexes=(Index(("accession_number",), unique=True),),
    )
    results = _table("analyzer_results", ("id", "INTEGER"), ("accession_number", "VARCHAR(20)"))
    assert _pairs(infer_relationships([sample, results]), "analyzer_results") == {
        ("accession_number", "sample", "accession_number")
    }


def test_a_number_kept_as_an_integer_is_a_value_not_a_key():
    codes = _table("d_cpt", ("row_id", "INTEGER"), ("cpt_number", "INTEGER"), pk=("row_id",))
    events = _table("cptevents", ("row_id", "INTEGER"), ("cpt_number", "INTEGER"), pk=("row_id",))
    assert "cptevents" not in infer_relationships([codes, events])


def test_a_key_qualified_by_another_noun_is_not_a_reference_back_to_its_own_table():
    component = _table(
        "inventory_component",
        ("id", "INTEGER"),
        ("material_component_id", "INTEGER"),
        pk=("id",),
    )
    assert "inventory_component" not in infer_relationships([component])


def test_a_generic_stem_refers_only_to_a_table_named_for_it_outright():
    result_status = _table("analyzer_result_status", ("id", "INTEGER"), pk=("id",))
    sample = _table("sample", ("id", "INTEGER"), ("status_id", "INTEGER"), pk=("id",))
    assert "sample" not in infer_relationships([result_status, sample])
    status = _table("status", ("id", "INTEGER"), pk=("id",))
    assert _pairs(infer_relationships([result_status, status, sample]), "sample") == {
        ("status_id", "status", "id")
    }


def test_a_bare_column_refers_only_to_a_table_named_for_its_word_alone():
    synonym = _table(
        "concept_synonym", ("synonym", "VARCHAR(255)"), ("locale", "VARCHAR(5)"), pk=("synonym",)
    )
    word = _table("concept_word", ("word", "VARCHAR(50)"), ("synonym", "VARCHAR(255)"))
    assert "concept_word" not in infer_relationships([synonym, word])


def test_a_stem_cut_from_a_tables_first_word_goes_there_over_a_table_ending_in_the_cut():
    organization = _table("organization", ("id", "INTEGER"), pk=("id",))
    message_org = _table("message_org", ("id", "INTEGER"), pk=("id",))
    orders = _table("orders", ("id", "INTEGER"), ("org_id", "INTEGER"), pk=("id",))
    assert _pairs(infer_relationships([message_org, organization, orders]), "orders") == {
        ("org_id", "organization", "id")
    }


def test_the_one_table_keyed_by_the_very_name_wins_over_one_merely_ending_in_the_stem():
    resource = _table("hfj_resource", ("res_id", "BIGINT"), pk=("res_id",))
    flag = _table("hfj_subscription_flag_res", ("pid", "BIGINT"), pk=("pid",))
    tag = _table("hfj_res_tag", ("pid", "BIGINT"), ("res_id", "BIGINT"), pk=("pid",))
    assert _pairs(infer_relationships([resource, flag, tag]), "hfj_res_tag") == {
        ("res_id", "hfj_resource", "res_id")
    }


def test_a_column_named_for_a_whole_table_of_several_words_refers_to_its_key():
    action = _table("tindakan_medis", ("ID", "CHAR(11)"), ("KUNJUNGAN", "CHAR(19)"), pk=("ID",))
    result = _table("hasil_lab", ("ID", "CHAR(10)"), ("TINDAKAN_MEDIS", "CHAR(11)"), pk=("ID",))
    report = _table("hasil_rad", ("TINDAKAN_MEDIS", "CHAR(11)"), pk=("TINDAKAN_MEDIS",))
    found = infer_relationships([action, result, report])
    assert _pairs(found, "hasil_lab") == {("TINDAKAN_MEDIS", "tindakan_medis", "ID")}
    assert _pairs(found, "hasil_rad") == {("TINDAKAN_MEDIS", "tindakan_medis", "ID")}


def test_a_column_named_as_the_patient_tables_own_key_refers_to_the_patient():
    patients = _table("new_patients", ("serialno", "INTEGER"), ("sname", "TEXT"), pk=("serialno",))
    prefs = _table("appt_prefs", ("serialno", "INTEGER"), ("note", "TEXT"), pk=("serialno",))
    memos = _table("clinical_memos", ("ix", "INTEGER"), ("serialno", "INTEGER"), pk=("ix",))
    found = infer_relationships([patients, prefs, memos])
    assert _pairs(found, "clinical_memos") == {("serialno", "new_patients", "serialno")}
    assert _pairs(found, "appt_prefs") == {("serialno", "new_patients", "serialno")}


def test_a_row_number_every_table_is_keyed_by_is_not_the_patients_key():
    patients = _table("patients", ("row_id", "INTEGER"), ("subject_id", "INTEGER"), pk=("row_id",))
    stays = _table("icustays", ("row_id", "INTEGER"), ("subject_id", "INTEGER"), pk=("row_id",))
    found = infer_relationships([patients, stays])
    assert ("row_id", "patients", "row_id") not in _pairs(found, "icustays")


@pytest.mark.parametrize("name", ["creator", "changed_by", "voided_by", "owner_id"])
def test_the_account_that_wrote_a_row_refers_to_the_one_table_of_accounts(name):
    users = _table("users", ("user_id", "INTEGER"), ("username", "TEXT"), pk=("user_id",))
    obs = _table("obs", ("obs_id", "INTEGER"), (name, "INTEGER"), pk=("obs_id",))
    assert _pairs(infer_relationships([users, obs]), "obs") == {(name, "users", "user_id")}


def test_an_actor_is_left_alone_when_no_one_table_holds_the_accounts():
    obs = _table("obs", ("obs_id", "INTEGER"), ("creator", "INTEGER"), pk=("obs_id",))
    staff = _table("user_account", ("user_id", "INTEGER"), pk=("user_id",))
    logins = _table("users", ("id", "INTEGER"), pk=("id",))
    assert "obs" not in infer_relationships([obs])
    assert "obs" not in infer_relationships([obs, staff, logins])


def test_a_column_named_by_the_patient_word_alone_refers_to_the_patient_table():
    patient = _table("patient", ("id", "INTEGER"), ("ptlname", "TEXT"), pk=("id",))
    allergies = _table("allergies", ("id", "INTEGER"), ("patient", "INTEGER"), pk=("id",))
    assert _pairs(infer_relationships([patient, allergies]), "allergies") == {
        ("patient", "patient", "id")
    }


def _glued(column: str) -> dict[str, tuple[ForeignKey, ...]]:
    tables = [
        _table("users", ("id", "BIGINT"), ("username", "VARCHAR(50)"), pk=("id",)),
        _table("facility", ("id", "BIGINT"), ("name", "VARCHAR(50)"), pk=("id",)),
        _table("cases", ("id", "BIGINT"), (column, "BIGINT"), pk=("id",)),
    ]
    return infer_relationships(tables)


@pytest.mark.parametrize(
    ("column", "target"), [("reportinguser_id", "users"), ("healthfacility_id", "facility")]
)
def test_a_key_glued_to_its_qualifier_refers_to_the_table_its_ending_names(column, target):
    assert _pairs(_glued(column), "cases") == {(column, target, "id")}


def test_a_glued_key_whose_ending_names_no_table_refers_to_none():
    assert _glued("reportingclerk_id").get("cases", ()) == ()


def test_the_patient_table_behind_a_modules_prefix_is_the_one_named_for_patients():
    patient = _table("gnuhealth_patient", ("id", "INTEGER"), pk=("id",))
    evaluation = _table(
        "gnuhealth_patient_evaluation", ("id", "INTEGER"), ("patient", "INTEGER"),
        ("chief_complaint", "VARCHAR(80)"), ("notes", "TEXT"), pk=("id",),
    )  # fmt: skip
    appointment = _table(
        "gnuhealth_appointment", ("id", "INTEGER"), ("patient", "INTEGER"), pk=("id",)
    )
    found = infer_relationships([patient, evaluation, appointment])
    assert _pairs(found, "gnuhealth_appointment") == {("patient", "gnuhealth_patient", "id")}


def _module(*names: str) -> list[TableProfile]:
    return [
        _table(f"clinic_{n}", ("id", "INTEGER"), ("code", "VARCHAR(20)"), pk=("id",)) for n in names
    ]


def test_a_field_named_for_a_modules_table_refers_to_it():
    appointment = _table(
        "clinic_appointment", ("id", "INTEGER"), ("institution", "INTEGER"), pk=("id",)
    )
    found = infer_relationships([*_module("institution", "ward", "bed"), appointment])
    assert _pairs(found, "clinic_appointment") == {("institution", "clinic_institution", "id")}
    assert found["clinic_appointment"][0].confidence >= SHOWN_CONFIDENCE


def test_a_bare_noun_meets_a_table_without_declared_keys_by_its_id_of_the_same_text_type():
    encounters = _table("encounters", ("id", "VARCHAR(1000)"), ("start", "TIMESTAMP"))
    conditions = _table("conditions", ("start", "DATE"), ("encounter", "VARCHAR(1000)"))
    found = infer_relationships([encounters, conditions])
    assert _pairs(found, "conditions") == {("encounter", "encounters", "id")}
    assert found["conditions"][0].confidence >= SHOWN_CONFIDENCE


@pytest.mark.parametrize(
    ("column", "type_name"),
    [("form", "INT(3)"), ("beds", "INTEGER"), ("port", "INTEGER"), ("code", "INTEGER")],
)
def test_a_bare_noun_of_another_type_a_plural_or_a_word_inside_a_name_is_no_key(column, type_name):
    tables = [*_module("form", "bed", "export"), _table("code", ("id", "INTEGER"), pk=("id",))]
    drugs = _table("drugs", ("id", "INTEGER"), (column, type_name), pk=("id",))
    assert "drugs" not in infer_relationships([*tables, drugs])


def test_a_bare_noun_naming_a_table_behind_a_word_few_tables_share_is_no_key():
    prior = _table("patient_prior_provider", ("id", "INTEGER"), pk=("id",))
    orders = _table("orders", ("id", "INTEGER"), ("provider", "INTEGER"), pk=("id",))
    assert "orders" not in infer_relationships([prior, orders])


def test_without_the_patients_table_a_patient_key_refers_to_no_record_of_their_care():
    appointment = _table(
        "patient_appointment",
        ("patient_appointment_id", "INTEGER"),
        ("patient_id", "INTEGER"),
        pk=("patient_appointment_id",),
    )
    attribute = _table(
        "patient_program_attribute",
        ("patient_program_attribute_id", "INTEGER"),
        ("value", "VARCHAR(255)"),
        pk=("patient_program_attribute_id",),
    )
    episode = _table(
        "episode", ("episode_id", "INTEGER"), ("patient_id", "INTEGER"), pk=("episode_id",)
    )
    found = infer_relationships([appointment, attribute, episode])
    assert "episode" not in found


def test_a_column_named_for_a_table_beside_a_declared_key_to_it_is_no_second_reference():
    patient = _table("Patient", ("GUID", "CHAR(36)"), ("PatientId", "VARCHAR(64)"), pk=("GUID",))
    declared = ForeignKey(("PatientGUID",), "Patient", ("GUID",))
    study = _table(
        "Study",
        ("GUID", "CHAR(36)"),
        ("PatientGUID", "CHAR(36)"),
        ("PatientId", "VARCHAR(64)"),
        ("mother_patient_id", "CHAR(36)"),
        pk=("GUID",),
        fks=(declared,),
    )
    found = infer_relationships([patient, study])
    assert ("PatientId", "Patient", "GUID") not in _pairs(found, "Study")
    assert ("mother_patient_id", "Patient", "GUID") in _pairs(found, "Study")  # another's


def test_who_issued_a_number_refers_to_no_row():
    order = _table("orders", ("id", "INTEGER"), ("IssuerOfPatientId", "VARCHAR(64)"), pk=("id",))
    assert infer_relationships([PATIENT, order]).get("orders", ()) == ()


def test_every_rows_own_guid_names_no_patient_though_the_patients_are_keyed_by_it():
    patient = _table("patient", ("hos_guid", "VARCHAR(38)"), ("hn", "VARCHAR(9)"), pk=("hos_guid",))
    codes = _table("icd101", ("code", "VARCHAR(7)"), ("hos_guid", "VARCHAR(38)"), pk=("code",))
    assert infer_relationships([patient, codes]).get("icd101", ()) == ()


def _uuid_keyed(name):
    return replace(
        _table(name, ("id", "BIGINT"), ("uuid", "VARCHAR(255)"), pk=("id",)),
        indexes=(Index(("uuid",), unique=True),),
    )


def test_a_uuid_refers_to_the_tables_unique_uuid_not_its_number_key():
    # LAMISPlus: hiv_enrollment.person_uuid -> patient_person.uuid
    person = _uuid_keyed("patient_person")
    enrolment = _table(
        "hiv_enrollment", ("id", "BIGINT"), ("person_uuid", "VARCHAR(255)"), pk=("id",)
    )
    assert _pairs(infer_relationships([person, enrolment]), "hiv_enrollment") == {
        ("person_uuid", "patient_person", "uuid")
    }


def test_a_text_id_refers_to_the_tables_uuid_when_its_number_key_cannot_hold_it():
    visit = _uuid_keyed("patient_visit")
    eac = _table("hiv_eac", ("id", "BIGINT"), ("visit_id", "VARCHAR(255)"), pk=("id",))
    assert _pairs(infer_relationships([visit, eac]), "hiv_eac") == {
        ("visit_id", "patient_visit", "uuid")
    }


def test_a_text_key_of_another_kind_is_no_reference_to_a_uuid():
    source = _uuid_keyed("hl7_source")
    queue = _table("hl7_in_queue", ("id", "BIGINT"), ("hl7_source_key", "VARCHAR(255)"))
    assert not infer_relationships([source, queue]).get("hl7_in_queue")


def test_a_uuid_named_for_a_table_without_one_refers_nowhere():
    person = _table("person", ("id", "BIGINT"), pk=("id",))
    event = _table("event", ("id", "BIGINT"), ("person_uuid", "VARCHAR(36)"), pk=("id",))
    assert not infer_relationships([person, event]).get("event")


def test_a_legacy_identifier_prefix_makes_the_name_a_key_to_its_table():
    # EIDSS's Hungarian notation: idfHumanCase is the identifier of a tlbHumanCase row
    case = _table("tlbHumanCase", ("idfHumanCase", "BIGINT"), pk=("idfHumanCase",))
    sample = _table(
        "tlbMaterial", ("idfMaterial", "BIGINT"), ("idfHumanCase", "BIGINT"), pk=("idfMaterial",)
    )
    assert _pairs(infer_relationships([case, sample]), "tlbMaterial") == {
        ("idfHumanCase", "tlbHumanCase", "idfHumanCase")
    }


def test_a_two_letter_code_names_a_code_not_a_table_its_letters_abbreviate():
    follow_up = _table(
        "intihar_izlem", ("intihar_izlem_kodu", "VARCHAR(450)"), pk=("intihar_izlem_kodu",)
    )
    institution = _table(
        "kurum", ("kurum_kodu", "VARCHAR(450)"), ("il_kodu", "VARCHAR(450)"), pk=("kurum_kodu",)
    )
    assert "kurum" not in infer_relationships([follow_up, institution])


def test_a_two_letter_key_still_abbreviates_its_table():
    caregiver = _table("caregiver", ("id", "INTEGER"), pk=("id",))
    note = _table("note", ("id", "INTEGER"), ("cg_id", "INTEGER"), pk=("id",))
    assert _pairs(infer_relationships([caregiver, note]), "note") == {("cg_id", "caregiver", "id")}


def test_an_abbreviation_gives_each_word_of_the_table_name_a_letter_of_its_own():
    sites = _table("study_sites", ("id", "INTEGER"), pk=("id",))
    criteria = _table("eligibility_criteria", ("id", "INTEGER"), ("stu_id", "INTEGER"), pk=("id",))
    assert "eligibility_criteria" not in infer_relationships([sites, criteria])


def test_an_abbreviation_of_the_words_initials_names_the_table():
    assignments = _table("study_participant_assignments", ("id", "INTEGER"), pk=("id",))
    answers = _table("stratification_cri_per_ans", ("id", "INTEGER"), pk=("id",))
    identifiers = _table("identifiers", ("id", "INTEGER"), ("spa_id", "INTEGER"), pk=("id",))
    found = infer_relationships([assignments, answers, identifiers])
    assert _pairs(found, "identifiers") == {("spa_id", "study_participant_assignments", "id")}


def test_the_last_letters_of_a_qualified_key_abbreviate_no_table():
    monitoring = _table("treatmentmonitoring", ("id", "INTEGER"), pk=("id",))
    transfer = _table("transfer", ("id", "INTEGER"), ("user_to_id", "INTEGER"), pk=("id",))
    assert "transfer" not in infer_relationships([monitoring, transfer])


def test_a_column_of_an_associations_composite_key_is_referred_to_by_no_column():
    program = _table("program", ("programid", "INTEGER"), pk=("programid",))
    units = _table(
        "program_organisationunits", ("organisationunitid", "INTEGER"), ("programid", "INTEGER"),
        pk=("organisationunitid", "programid"),
    )  # fmt: skip
    enrolment = _table(
        "programinstance", ("id", "INTEGER"), ("organisationunitid", "INTEGER"), pk=("id",)
    )
    assert "programinstance" not in infer_relationships([program, units, enrolment])


def test_the_part_of_a_composite_key_named_for_its_table_numbers_its_rows():
    transactions = _table(
        "Transactions", ("serverid", "INTEGER"), ("transactionId", "INTEGER"),
        pk=("serverid", "transactionId"),
    )  # fmt: skip
    items = _table("Items", ("itemId", "INTEGER"), ("transactionId", "INTEGER"), pk=("itemId",))
    assert _pairs(infer_relationships([transactions, items]), "Items") == {
        ("transactionId", "Transactions", "transactionId")
    }


def test_a_table_that_keeps_a_stems_id_of_its_own_is_not_what_the_stem_names():
    irb = _table(
        "irb_study", ("irb_study_id", "INTEGER"), ("study_id", "INTEGER"), pk=("irb_study_id",)
    )
    event = _table("study_event", ("id", "INTEGER"), ("study_id", "INTEGER"), pk=("id",))
    assert "study_event" not in infer_relationships([irb, event])


def test_a_tables_own_text_id_beside_its_integer_key_does_not_stop_a_reference():
    case = _table("child_case", ("id", "INTEGER"), ("case_id", "VARCHAR(50)"), pk=("id",))
    form = _table("close_child_form", ("id", "INTEGER"), ("case_id", "INTEGER"), pk=("id",))
    assert _pairs(infer_relationships([case, form]), "close_child_form") == {
        ("case_id", "child_case", "id")
    }


def test_a_tables_own_code_under_the_stem_does_not_stop_a_reference():
    patient = _table(
        "md_bk_patient", ("id", "VARCHAR(32)"), ("patientcode", "VARCHAR(32)"), pk=("id",)
    )
    visit = _table("md_visit", ("id", "VARCHAR(32)"), ("patientcode", "VARCHAR(32)"), pk=("id",))
    assert ("patientcode", "md_bk_patient", "id") in _pairs(
        infer_relationships([patient, visit]), "md_visit"
    )


def test_an_id_does_not_meet_a_uid_named_for_its_table():
    user = _table("auth_user", ("auth_user_uid", "BIGINT"), pk=("auth_user_uid",))
    person = _table(
        "person", ("person_uid", "BIGINT"), ("add_user_id", "BIGINT"), pk=("person_uid",)
    )
    assert "person" not in infer_relationships([user, person])


def test_a_key_named_fk_first_refers_to_the_table_its_stem_names():
    consult = _table("consult", ("pk", "INTEGER"), ("fk_patient", "INTEGER"), pk=("pk",))
    notes = _table("progressnotes", ("pk", "INTEGER"), ("fk_consult", "INTEGER"), pk=("pk",))
    assert _pairs(infer_relationships([consult, notes]), "progressnotes") == {
        ("fk_consult", "consult", "pk")
    }


def test_the_key_nearly_every_table_is_numbered_by_is_no_patient_key():
    patients = _table(
        "patients", ("autocode", "INTEGER"), ("code", "VARCHAR(50)"), pk=("autocode",)
    )
    others = [
        _table(f"table_{n}", ("autocode", "INTEGER"), ("total", "NUMERIC"), pk=("autocode",))
        for n in range(9)
    ]
    log = _table("stock_log", ("entry", "INTEGER"), ("autocode", "INTEGER"), pk=("entry",))
    found = infer_relationships([patients, *others, log])
    assert all(fk.referred_table != "patients" for fks in found.values() for fk in fks)


def test_a_patient_table_keeping_another_patients_key_is_not_the_register():
    # elCID's demographics (named for the patient, widest) keeps the patient_id of Opal's
    # patient, several rows of it per patient: a result's patient_id is Opal's patient's
    register = _table("opal_patient", ("id", "INTEGER"), pk=("id",))
    demographics = _table(
        "elcid_demographics", ("id", "INTEGER"), ("patient_id", "INTEGER"),
        ("surname", "VARCHAR(255)"), ("first_name", "VARCHAR(255)"), pk=("id",),
    )  # fmt: skip
    result = _table("lab_result", ("id", "INTEGER"), ("patient_id", "INTEGER"), pk=("id",))
    assert _pairs(infer_relationships([register, demographics, result]), "lab_result") == {
        ("patient_id", "opal_patient", "id")
    }


def test_a_link_key_names_no_table_merely_ending_in_link():
    # OpenDolphin's linkid ties a karte entry to another, not to the ORCA user link table
    user_link = _table("d_orca_user_link", ("ehr_user_pk", "BIGINT"), pk=("ehr_user_pk",))
    image = _table("d_image", ("id", "BIGINT"), ("linkid", "BIGINT"), pk=("id",))
    assert "d_image" not in infer_relationships([user_link, image])
    link = _table("link", ("id", "BIGINT"), pk=("id",))
    assert _pairs(infer_relationships([link, image]), "d_image") == {("linkid", "link", "id")}


@pytest.mark.parametrize(
    "kind", [("reference_table", "NUMERIC"), ("reference_tablename", "VARCHAR(30)")]
)
def test_a_key_beside_the_name_of_the_table_it_points_into_refers_to_no_one_table(kind):
    # OpenELIS's notes: reference_id is a row of whichever table reference_table names
    tables = _table("reference_tables", ("id", "NUMERIC"), ("name", "VARCHAR(40)"), pk=("id",))
    note = _table("note", ("id", "NUMERIC"), ("reference_id", "NUMERIC"), kind, pk=("id",))
    found = infer_relationships([tables, note]).get("note", ())
    assert all(fk.columns != ("reference_id",) for fk in found)


def test_a_model_key_beside_its_model_refers_to_no_one_table():
    # a Yii audit trail: model_id is a row of the class its model column names
    model = _table("audit_model", ("id", "INTEGER"), pk=("id",))
    trail = _table(
        "tbl_audit_trail", ("id", "INTEGER"), ("model", "VARCHAR(255)"), ("model_id", "INTEGER"),
        pk=("id",),
    )  # fmt: skip
    assert "tbl_audit_trail" not in infer_relationships([model, trail])


def test_a_class_of_the_row_a_key_names_is_a_category_not_a_table():
    # OpenClinica's subject_group_map: the study group and the class of study group
    group = _table("study_group", ("study_group_id", "INTEGER"), pk=("study_group_id",))
    mapping = _table(
        "subject_group_map", ("id", "INTEGER"), ("study_group_id", "INTEGER"),
        ("study_group_class_id", "INTEGER"), pk=("id",),
    )  # fmt: skip
    assert ("study_group_id", "study_group", "study_group_id") in _pairs(
        infer_relationships([group, mapping]), "subject_group_map"
    )


def test_a_table_continuing_the_patients_rows_is_not_the_register():
    # Epic's PATIENT_2 .. PATIENT_4 hold more of each PATIENT row: the patient key of an order
    # is PATIENT's, however wide the continuation
    register = _table(
        "PATIENT", ("PAT_ID", "VARCHAR(18)"), ("PAT_NAME", "VARCHAR(200)"), pk=("PAT_ID",)
    )
    more = _table(
        "PATIENT_4", ("PAT_ID", "VARCHAR(18)"), *((f"ITEM_{n}", "VARCHAR(50)") for n in range(9)),
        pk=("PAT_ID",),
    )  # fmt: skip
    order = _table(
        "ORDER_MED", ("ORDER_MED_ID", "NUMERIC"), ("PAT_ID", "VARCHAR(18)"), pk=("ORDER_MED_ID",)
    )
    assert _pairs(infer_relationships([register, more, order]), "ORDER_MED") == {
        ("PAT_ID", "PATIENT", "PAT_ID")
    }


def test_a_key_held_by_a_table_and_its_extensions_refers_to_the_table_they_extend():
    # Epic keys PAT_ENC, PAT_ENC_2 and PAT_ENC_HSP all by PAT_ENC_CSN_ID: a note's contact
    # serial number is the encounter's, PAT_ENC's, which the other two say more of
    tables = [
        _table(
            name,
            ("PAT_ENC_CSN_ID", "NUMERIC"),
            ("CONTACT_DATE", "DATETIME"),
            pk=("PAT_ENC_CSN_ID",),
        )
        for name in ("PAT_ENC", "PAT_ENC_2", "PAT_ENC_HSP")
    ]
    note = _table(
        "NOTE_ENC_INFO", ("NOTE_ID", "VARCHAR(18)"), ("PAT_ENC_CSN_ID", "NUMERIC"), pk=("NOTE_ID",)
    )
    found = infer_relationships([*tables, note])
    assert _pairs(found, "NOTE_ENC_INFO") == {("PAT_ENC_CSN_ID", "PAT_ENC", "PAT_ENC_CSN_ID")}
    assert found["NOTE_ENC_INFO"][0].confidence >= SHOWN_CONFIDENCE


def _fk(column, table, key):
    return ForeignKey(columns=(column,), referred_table=table, referred_columns=(key,))


def test_a_name_the_schema_declares_as_a_key_elsewhere_refers_where_those_declarations_lead():
    # a Turkish hospital system declares KNR, the patient's record number, in some tables to
    # the admission and in others to the patient's register: where it is not declared, KNR is
    # still the register's, which the admissions' KNR leads to
    register = _table("ADRES", ("KNR", "VARCHAR(6)"), ("AD", "VARCHAR(50)"), pk=("KNR",))
    admission = _table(
        "BEHAND", ("KNR", "VARCHAR(6)"), ("SNR", "VARCHAR(3)"), pk=("KNR", "SNR"),
        fks=(_fk("KNR", "ADRES", "KNR"),),
    )  # fmt: skip
    history = _table(
        "ANAMNEZ", ("ID", "INTEGER"), ("KNR", "VARCHAR(6)"), pk=("ID",),
        fks=(_fk("KNR", "BEHAND", "KNR"),),
    )  # fmt: skip
    invoice = _table(
        "FATURA", ("FATURA_ID", "VARCHAR(8)"), ("KNR", "VARCHAR(6)"), pk=("FATURA_ID",)
    )
    found = infer_relationships([register, admission, history, invoice])
    assert _pairs(found, "FATURA") == {("KNR", "ADRES", "KNR")}
    assert found["FATURA"][0].confidence >= SHOWN_CONFIDENCE


def test_a_name_declared_back_to_its_own_table_teaches_nothing_of_other_tables():
    folder = _table(
        "folder", ("id", "INTEGER"), ("parent_ref", "INTEGER"), pk=("id",),
        fks=(_fk("parent_ref", "folder", "id"),),
    )  # fmt: skip
    task = _table("task", ("id", "INTEGER"), ("parent_ref", "INTEGER"), pk=("id",))
    assert "task" not in infer_relationships([folder, task])


def test_one_declared_alias_whose_stem_names_another_table_teaches_nothing():
    # Odoo's product_pres_comp_rel declares product_id -> prescription_line: its own alias,
    # not what product_id means across the schema
    line = _table("prescription_line", ("id", "INTEGER"), ("dose", "VARCHAR(20)"), pk=("id",))
    rel = _table(
        "product_pres_comp_rel", ("product_id", "INTEGER"), ("comp_id", "INTEGER"),
        fks=(_fk("product_id", "prescription_line", "id"),),
    )  # fmt: skip
    kit = _table("kit_line", ("id", "INTEGER"), ("product_id", "INTEGER"), pk=("id",))
    assert "kit_line" not in infer_relationships([line, rel, kit])


def test_a_declared_name_leads_to_the_table_of_the_schema_the_declarations_name():
    # two schemas each hold an ADRES: the declarations lead to the clinical schema's
    clinical = _table("ADRES", ("KNR", "VARCHAR(6)"), pk=("KNR",), schema="klinik")
    archive = _table("ADRES", ("KNR", "VARCHAR(6)"), pk=("KNR",), schema="yedek")
    admission = _table(
        "BEHAND", ("ID", "INTEGER"), ("KNR", "VARCHAR(6)"), pk=("ID",), schema="klinik",
        fks=(ForeignKey(("KNR",), "ADRES", ("KNR",), referred_schema="klinik"),),
    )  # fmt: skip
    invoice = _table(
        "FATURA", ("ID", "INTEGER"), ("KNR", "VARCHAR(6)"), pk=("ID",), schema="klinik"
    )
    [fk] = infer_relationships([archive, clinical, admission, invoice])["klinik.FATURA"]
    assert (fk.referred_schema, fk.referred_table) == ("klinik", "ADRES")

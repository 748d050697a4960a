"""Relationships kept only by naming convention are inferred, with a confidence."""

from __future__ import annotations

from assessor.model import ForeignKey, TableColumn, TableProfile
from connectors.database.relationships import infer_relationships


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

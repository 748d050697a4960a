"""PHI columns: Safe Harbor classes from the column's name, its table's role and its values."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from assessor.connectors.database import DatabaseConnector
from assessor.connectors.database.context import table_roles
from assessor.connectors.database.phi import ValueEvidence, classify_column, mark_table
from assessor.connectors.database.relationships import infer_relationships
from assessor.connectors.database.sampling import evidence_from_values
from assessor.connectors.database.tokens import tokens
from assessor.model import PhiClass, TableColumn, TableProfile


def _classes(name: str, type_: str = "VARCHAR(40)", role: str = "patient") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_), role)}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("date_of_birth", PhiClass.DATE),
        ("DOB", PhiClass.DATE),
        ("birthDate", PhiClass.DATE),
        ("guardianphone", PhiClass.PHONE),
        ("mothersname", PhiClass.NAME),
        ("midname", PhiClass.NAME),
        ("first name", PhiClass.NAME),
        ("lname", PhiClass.NAME),
        ("ss", PhiClass.SSN),
        ("social_security_no", PhiClass.SSN),
        ("pubpid", PhiClass.MRN),
        ("medical_record_number", PhiClass.MRN),
        ("postal_code", PhiClass.ADDRESS),
        ("street", PhiClass.ADDRESS),
        ("email", PhiClass.EMAIL),
        ("fax_number", PhiClass.FAX),
        ("phone_cell", PhiClass.PHONE),
        ("drivers_license", PhiClass.LICENCE),
        ("policy_number", PhiClass.HEALTH_PLAN),
        ("account_no", PhiClass.ACCOUNT),
        ("website", PhiClass.URL),
        ("ip_address", PhiClass.IP),
        ("vehicle_plate", PhiClass.VEHICLE_ID),
        ("implant_serial", PhiClass.DEVICE_ID),
        ("fingerprint", PhiClass.BIOMETRIC),
        ("photo", PhiClass.PHOTO),
        ("passport_number", PhiClass.OTHER_ID),
        ("guardiansname", PhiClass.NAME),
        ("subscriber_ss", PhiClass.SSN),
        ("subscriber_DOB", PhiClass.DATE),
        ("medicaid_number", PhiClass.HEALTH_PLAN),
        ("day_of_birth", PhiClass.DATE),
    ],
)
def test_a_column_named_like_an_identifier_is_phi_of_that_class(name, expected):
    assert expected in _classes(name)


@pytest.mark.parametrize(
    "name",
    [
        "dose_given",
        "ethnicity",
        "social_isolation",
        "passive_alert_flag",
        "race",
        "sex",
        "phone_type",
        "email_verified",
        "birth_year",
        "marital_status",
        "medicaid_resubmission_code",
        "year_of_birth",
        "group_name",
    ],
)
def test_a_column_about_a_patient_but_not_identifying_is_not_phi(name):
    assert _classes(name) == set()


def test_names_split_on_case_punctuation_spaces_and_known_words():
    assert tokens("date_of_birth") == ("date", "of", "birth")
    assert tokens("birthDate") == ("birth", "date")
    assert tokens("guardianphone") == ("guardian", "phone")
    assert tokens("first name") == ("first", "name")
    assert tokens("ethnicity") == ("ethnicity",)


def test_identifiers_in_staff_and_code_list_tables_are_not_patient_phi():
    assert _classes("last_name", role="staff") == set()
    assert _classes("address", role="staff") == set()
    assert _classes("description", "TEXT", role="reference") == set()


def test_a_bare_name_is_phi_only_in_a_table_of_patients_or_relatives():
    assert _classes("name", role="patient") == {PhiClass.NAME}
    assert _classes("name", role="person") == {PhiClass.NAME}
    assert _classes("name", role="linked") == set()
    assert _classes("name", role="other") == set()


def test_event_dates_and_free_text_are_phi_only_on_patient_linked_rows():
    assert _classes("admitted", "TIMESTAMP", role="linked") == {PhiClass.DATE}
    assert _classes("admitted", "TIMESTAMP", role="other") == set()
    assert _classes("remarks", "TEXT", role="linked") == {PhiClass.FREE_TEXT}
    assert _classes("remarks", "TEXT", role="other") == set()
    assert _classes("result_flag", "VARCHAR(2)", role="linked") == set()
    assert _classes("ordered_dt", "VARCHAR(20)", role="linked") == {PhiClass.DATE}


def test_a_mark_says_how_sure_it_is_and_why():
    [mark] = classify_column(TableColumn("seen_at", "TIMESTAMP"), "linked")
    assert mark.phi_class == PhiClass.DATE
    assert 0.5 <= mark.confidence < 1
    assert mark.signals == ("context:patient-linked", "type:date")
    [named] = classify_column(TableColumn("ssn", "VARCHAR(11)"), "other")
    assert named.signals == ("name:ssn",)


def test_sampled_values_strengthen_a_class_and_can_find_one_the_name_hides():
    column = TableColumn("contact", "VARCHAR(40)")
    evidence = ValueEvidence(PhiClass.EMAIL, 0.9, 20)
    [mark] = classify_column(column, "patient", evidence)
    assert (mark.phi_class, mark.signals) == (PhiClass.EMAIL, ("values:0.90",))
    assert classify_column(column, "patient") == ()


def test_value_shapes_are_matched_by_pattern():
    assert evidence_from_values(["123-45-6789"] * 3).phi_class == PhiClass.SSN
    assert evidence_from_values(["a@b.org", "c@d.co.uk"]).phi_class == PhiClass.EMAIL
    assert evidence_from_values(["19610203", "2026-03-01 10:00"]).phi_class == PhiClass.DATE
    assert evidence_from_values(["+44 20 7946 0958", "(555) 010-9999"]).phi_class == PhiClass.PHONE
    assert evidence_from_values(["H1234567", "H7654321"]).phi_class == PhiClass.MRN
    assert evidence_from_values(["10.0.0.7", "192.168.1.20"]).phi_class == PhiClass.IP
    assert evidence_from_values(["https://example.org/p/1"]).phi_class == PhiClass.URL
    assert evidence_from_values(["mild", "moderate"]) is None
    assert evidence_from_values([None, ""]) is None


def _ehr() -> dict[str, TableProfile]:
    """A slice of an OpenEMR-like schema: no declared keys, PHI named and unnamed."""

    def table(name, *columns):
        return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns))

    tables = [
        table(
            "patient_data",
            ("id", "BIGINT"),
            ("pid", "BIGINT"),
            ("fname", "VARCHAR(255)"),
            ("DOB", "DATE"),
            ("ethnicity", "VARCHAR(255)"),
            ("guardianphone", "TEXT"),
        ),
        table(
            "form_encounter",
            ("id", "BIGINT"),
            ("pid", "BIGINT"),
            ("encounter", "BIGINT"),
            ("date", "DATETIME"),
            ("reason", "LONGTEXT"),
        ),
        table(
            "form_vitals",
            ("id", "BIGINT"),
            ("encounter", "BIGINT"),
            ("date", "DATETIME"),
            ("note", "VARCHAR(255)"),
            ("weight", "DECIMAL(12,6)"),
        ),
        table("users", ("id", "BIGINT"), ("fname", "VARCHAR(255)"), ("street", "VARCHAR(60)")),
        table(
            "list_options",
            ("list_id", "VARCHAR(100)"),
            ("title", "VARCHAR(255)"),
            ("notes", "TEXT"),
        ),
        replace(
            table("forms", ("id", "BIGINT"), ("pid", "BIGINT"), ("form_name", "VARCHAR(255)")),
            primary_key=("id",),
        ),
        table(
            "lbf_data",
            ("form_id", "BIGINT"),
            ("field_id", "VARCHAR(31)"),
            ("field_value", "LONGTEXT"),
        ),
        table("globals", ("gl_name", "VARCHAR(63)"), ("gl_value", "VARCHAR(255)")),
    ]
    implied = infer_relationships(tables)
    roles = table_roles(tables, implied)
    return {t.name: mark_table(t, roles[t.qualified_name]) for t in tables}


def _phi(table: TableProfile) -> dict[str, set[PhiClass]]:
    return {c.name: {m.phi_class for m in c.phi} for c in table.columns if c.phi}


def test_on_an_ehr_schema_without_keys_phi_follows_the_patient_through_implied_keys():
    ehr = _ehr()
    assert _phi(ehr["patient_data"]) == {
        "fname": {PhiClass.NAME},
        "DOB": {PhiClass.DATE},
        "guardianphone": {PhiClass.PHONE},
    }
    assert _phi(ehr["form_encounter"]) == {"date": {PhiClass.DATE}, "reason": {PhiClass.FREE_TEXT}}
    # form_vitals reaches the patient only through encounter -> form_encounter
    assert _phi(ehr["form_vitals"]) == {"date": {PhiClass.DATE}, "note": {PhiClass.FREE_TEXT}}
    assert _phi(ehr["users"]) == {}
    assert _phi(ehr["list_options"]) == {}
    assert ehr["form_vitals"].patient_linked and not ehr["users"].patient_linked


def test_a_clinical_forms_name_value_rows_hold_answers_not_identifiers():
    lbf = _ehr()["lbf_data"]
    assert _phi(lbf) == {}


def test_a_persons_name_value_attributes_hold_phi_of_unknown_class():
    attributes = TableProfile(
        "person_attribute",
        columns=(
            TableColumn("person_id", "BIGINT"),
            TableColumn("attr_name", "VARCHAR(50)"),
            TableColumn("value", "VARCHAR(255)"),
        ),
    )
    assert _phi(mark_table(attributes, "person")) == {"value": {PhiClass.UNKNOWN}}


def test_a_configuration_name_value_table_holds_no_patient_values():
    assert _phi(_ehr()["globals"]) == {}


def test_sampled_values_never_leave_the_scan(tmp_path):
    path = tmp_path / "clinic.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        CREATE TABLE patient (id INTEGER PRIMARY KEY, contact TEXT, remark TEXT);
        INSERT INTO patient VALUES
            (1, 'zenobia.quartermaine@example.org', 'Allergic to Fluorovex'),
            (2, 'ozymandias.plunkett@example.org', 'Seen by Dr Quibble');
        """
    )
    connection.commit()
    connection.close()
    inventory = DatabaseConnector(sample_rows=10).scan(f"sqlite:///{path}")
    dumped = json.dumps(inventory.to_dict())
    for value in ("zenobia", "quartermaine", "ozymandias", "Fluorovex", "Quibble", "example.org"):
        assert value not in dumped
    contact = next(c for c in inventory.stores[0].tables[0].columns if c.name == "contact")
    assert [(m.phi_class, m.signals) for m in contact.phi] == [(PhiClass.EMAIL, ("values:1.00",))]


def test_a_date_column_holds_only_a_date_whatever_else_its_name_says():
    assert _classes("dod_ssn", "TIMESTAMP", role="patient") == {PhiClass.DATE}
    assert _classes("dod_ssn", "VARCHAR(20)", role="patient") == {PhiClass.DATE, PhiClass.SSN}


def test_a_table_whose_columns_name_a_person_twice_is_a_table_of_persons():
    clients = TableProfile(
        "clients",
        columns=(
            TableColumn("client_no", "INTEGER"),
            TableColumn("forename", "VARCHAR(40)"),
            TableColumn("date_of_birth", "DATE"),
            TableColumn("town", "VARCHAR(40)"),
        ),
    )
    roles = table_roles([clients], {})
    assert roles == {"clients": "person"}
    assert _phi(mark_table(clients, roles["clients"])) == {
        "forename": {PhiClass.NAME},
        "date_of_birth": {PhiClass.DATE},
        "town": {PhiClass.ADDRESS},
    }


def test_contact_details_in_a_table_of_unknown_role_are_not_taken_for_a_patients():
    facility = TableProfile(
        "facility",
        columns=tuple(TableColumn(n, "VARCHAR(60)") for n in ("name", "phone", "city", "email")),
    )
    assert table_roles([facility], {}) == {"facility": "other"}
    assert _phi(mark_table(facility, "other")) == {}


def test_a_prefixed_patient_key_links_the_table():
    events = TableProfile(
        "postcalendar_events",
        columns=(TableColumn("pc_pid", "VARCHAR(11)"), TableColumn("pc_eventDate", "DATE")),
    )
    assert table_roles([events], {}) == {"postcalendar_events": "linked"}


def test_measurements_keyed_by_a_coded_item_are_not_phi_of_unknown_class():
    labevents = TableProfile(
        "labevents",
        columns=(
            TableColumn("subject_id", "INTEGER"),
            TableColumn("itemid", "INTEGER"),
            TableColumn("value", "VARCHAR(200)"),
        ),
    )
    assert _phi(mark_table(labevents, "linked")) == {}


def _table(name: str, *columns: tuple[str, str], pk: tuple[str, ...] = ()) -> TableProfile:
    return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns), primary_key=pk)


def _marked(*tables: TableProfile) -> dict[str, TableProfile]:
    roles = table_roles(tables, infer_relationships(tables))
    return {t.name: mark_table(t, roles[t.qualified_name]) for t in tables}


def test_on_an_openmrs_like_schema_names_addresses_and_attributes_of_persons_are_phi():
    marked = _marked(
        _table(
            "person",
            ("person_id", "INT"),
            ("birthdate", "DATE"),
            ("birthdate_estimated", "TINYINT"),
            pk=("person_id",),
        ),
        _table(
            "person_name",
            ("person_name_id", "INT"),
            ("person_id", "INT"),
            ("given_name", "VARCHAR(50)"),
            ("family_name", "VARCHAR(50)"),
        ),
        _table(
            "person_address",
            ("person_address_id", "INT"),
            ("person_id", "INT"),
            ("address1", "VARCHAR(255)"),
            ("latitude", "VARCHAR(50)"),
        ),
        _table(
            "person_attribute",
            ("person_id", "INT"),
            ("value", "VARCHAR(50)"),
            ("person_attribute_type_id", "INT"),
        ),
        _table("patient_identifier", ("patient_id", "INT"), ("identifier", "VARCHAR(50)")),
        _table("users", ("user_id", "INT"), ("person_id", "INT"), ("username", "VARCHAR(50)")),
    )
    assert _phi(marked["person"]) == {"birthdate": {PhiClass.DATE}}
    assert _phi(marked["person_name"]) == {
        "given_name": {PhiClass.NAME},
        "family_name": {PhiClass.NAME},
    }
    assert _phi(marked["person_address"]) == {
        "address1": {PhiClass.ADDRESS},
        "latitude": {PhiClass.ADDRESS},
    }
    assert _phi(marked["person_attribute"]) == {"value": {PhiClass.UNKNOWN}}
    assert _phi(marked["patient_identifier"]) == {"identifier": {PhiClass.OTHER_ID}}
    assert not marked["users"].patient_linked


def test_an_address_table_the_patient_table_points_to_holds_the_patients_address():
    marked = _marked(
        _table(
            "person",
            ("person_id", "INTEGER"),
            ("location_id", "INTEGER"),
            ("person_source_value", "VARCHAR(50)"),
            pk=("person_id",),
        ),
        _table(
            "location",
            ("location_id", "INTEGER"),
            ("address_1", "VARCHAR(50)"),
            ("zip", "VARCHAR(9)"),
            pk=("location_id",),
        ),
        _table("care_site", ("care_site_id", "INTEGER"), ("location_id", "INTEGER")),
    )
    assert _phi(marked["location"]) == {"address_1": {PhiClass.ADDRESS}, "zip": {PhiClass.ADDRESS}}
    assert _phi(marked["person"]) == {"person_source_value": {PhiClass.MRN}}

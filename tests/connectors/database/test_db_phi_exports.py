"""Exports of EHRs (rounds 67 to 70 of the hold-outs): an export whose patients are kept
elsewhere, with no patient table to lead to, only the key by which each row names its patient
(PointClickCare's); keys kept as a GUID's text (Infinx's); a messaging platform's phone
numbers (MomConnect's)."""

from __future__ import annotations

import pytest

from assessor.connectors.database.context import PATIENT_CONTEXT, linkage
from assessor.connectors.database.phi import classify_column
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


def _assessment(client_type: str = "INTEGER") -> TableProfile:
    columns = (
        TableColumn("assess_id", "INTEGER"),
        TableColumn("client_id", client_type),
        TableColumn("assess_date", "TIMESTAMP"),
    )
    return TableProfile("mds_assessment", columns=columns, primary_key=("assess_id",))


def _table(name: str, *columns: str) -> TableProfile:
    return TableProfile(
        name,
        columns=tuple(TableColumn(column, "INTEGER") for column in ("id", *columns)),
        primary_key=("id",),
    )


def test_a_client_number_names_the_patient_where_no_table_keeps_patients_or_clients():
    roles, paths = linkage([_assessment(), _table("facility", "name")], {})
    assert roles["mds_assessment"] == "linked"
    assert paths["mds_assessment"] == ("mds_assessment.client_id: a patient key",)


def test_a_client_number_beside_a_patient_table_is_a_customers():
    # a laboratory's client is the facility that orders its tests
    visit = TableProfile(
        "visit",
        columns=(TableColumn("id", "INTEGER"), TableColumn("patient_id", "INTEGER")),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("patient_id",), "patient", ("id",)),),
    )
    roles = linkage([_assessment(), _table("patient", "name"), visit], {})[0]
    assert roles["mds_assessment"] not in PATIENT_CONTEXT


def test_a_client_number_beside_a_clients_table_is_judged_by_that_table():
    roles = linkage([_assessment(), _table("oauth_client", "secret")], {})[0]
    assert roles["mds_assessment"] not in PATIENT_CONTEXT


def test_a_client_id_kept_as_text_is_an_applications():
    # an OAuth client id (HAPI FHIR's batch jobs, Kheops's report providers)
    roles = linkage([_assessment("VARCHAR(200)")], {})[0]
    assert roles["mds_assessment"] not in PATIENT_CONTEXT


@pytest.mark.parametrize("type_name", ["CHAR(32)", "CHARACTER(32)", "CHAR(36)"])
def test_a_key_in_a_guids_fixed_width_is_a_generated_key(type_name):
    # Infinx EHR's patientid CHAR(32): a GUID's 32 hex digits, no record number
    assert classify_column(TableColumn("patientid", type_name), "linked") == ()


def test_a_patient_number_in_a_varying_text_of_that_width_is_still_a_number():
    assert {
        m.phi_class for m in classify_column(TableColumn("patientid", "VARCHAR(32)"), "linked")
    } == {PhiClass.MRN}


@pytest.mark.parametrize("name", ["msisdn", "old_msisdn"])
def test_a_mobile_subscribers_number_as_gsm_names_it_is_a_phone(name):
    # MomConnect's and RapidPro's msisdn: the mother's mobile number
    marks = classify_column(TableColumn(name, "VARCHAR(255)"), "linked")
    assert {mark.phi_class for mark in marks} == {PhiClass.PHONE}


def test_a_registrations_registrant_is_its_patient():
    # MomConnect's registrations: each keyed by the mother it registered
    registration = TableProfile(
        "registrations_registration",
        columns=(
            TableColumn("id", "UUID"),
            TableColumn("registrant_id", "VARCHAR(36)"),
            TableColumn("created_at", "TIMESTAMP"),
        ),
        primary_key=("id",),
    )
    roles, paths = linkage([registration], {})
    assert roles["registrations_registration"] == "linked"
    assert paths["registrations_registration"] == (
        "registrations_registration.registrant_id: a patient key",
    )


def _platform(*contact_columns: str) -> list[TableProfile]:
    contacts = _table("contacts_contact", *contact_columns)
    channels = TableProfile(
        "channels_channel",
        columns=(
            TableColumn("id", "INTEGER"),
            TableColumn("name", "VARCHAR(64)"),
            TableColumn("address", "VARCHAR(255)"),
            TableColumn("alert_email", "VARCHAR(254)"),
        ),
        primary_key=("id",),
    )
    message = TableProfile(
        "msgs_msg",
        columns=(
            TableColumn("id", "INTEGER"),
            TableColumn("contact_id", "INTEGER"),
            TableColumn("text", "TEXT"),
        ),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("contact_id",), "contacts_contact", ("id",)),),
    )
    return [contacts, channels, message]


def test_a_messaging_platforms_contacts_are_its_people_and_its_channels_no_one():
    # RapidPro as a health programme runs it: its contacts are mothers, its channels numbers
    roles, paths = linkage(_platform("name", "language"), {})
    assert paths["contacts_contact"] == (
        "contacts_contact: the contacts a platform reaches, no patient table",
    )
    assert roles["contacts_contact"] == "person"
    assert roles["msgs_msg"] == "linked"
    assert roles["channels_channel"] not in PATIENT_CONTEXT


def test_contacts_without_a_name_are_no_register_of_persons():
    assert linkage(_platform("language"), {})[0]["contacts_contact"] != "person"

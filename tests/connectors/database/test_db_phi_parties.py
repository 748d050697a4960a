"""Whose contact details and party rows are not a patient's.

A register of parties: persons and organisations in one table, the patient one kind of party.

Tryton's ``party_party`` and Odoo's ``res_partner`` keep patients, institutions, health
professionals and insurers as rows of one table; each kind extends it one row for one. What
extends it as another kind of party, or refers to it in an organisation's capacity, does not
reach a patient through it; a party's details kept many to one (its addresses) still do. A
column's name may say whose contact details it keeps: an institution's, a company's, a clinic's.
And a table named for a record of a patient's care (``patient_labs``) holds a patient's rows,
not the register of patients, whose names a bare ``name`` would be; where the database keeps no
patients' table (a module's own, a subset), a column named for the patient alone still keys them.
"""

from __future__ import annotations

import pytest

from assessor.connectors.database.context import linkage
from assessor.connectors.database.phi import classify_column
from assessor.model import ForeignKey, Index, PhiClass, TableColumn, TableProfile


def _table(name: str, *columns: str, keys: tuple[str, ...] = (), unique: str = "") -> TableProfile:
    """A table keyed by ``id``, with a key to the party register for each of ``keys``."""
    names = ("id", *columns, *keys)
    return TableProfile(
        name,
        columns=tuple(TableColumn(column, "INTEGER") for column in names),
        primary_key=("id",),
        foreign_keys=tuple(ForeignKey((key,), "party_party", ("id",)) for key in keys),
        indexes=(Index((unique,), unique=True),) if unique else (),
    )


PARTY = TableProfile(
    "party_party",
    columns=(
        TableColumn("id", "INTEGER"),
        TableColumn("name", "VARCHAR(100)"),
        TableColumn("lastname", "VARCHAR(100)"),
        TableColumn("dob", "DATE"),
        TableColumn("ssn", "VARCHAR(20)"),
    ),
    primary_key=("id",),
)
PATIENT = _table("clinic_patient", "blood_type", keys=("name",), unique="name")


def _classes(name: str, role: str = "linked") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, "VARCHAR(100)"), role)}


def _roles(*tables: TableProfile) -> dict[str, str]:
    return linkage((PARTY, PATIENT, *tables), {})[0]


def test_a_table_extending_the_party_register_as_the_patients_table_does_is_another_party():
    institution = _table("clinic_institution", "beds", keys=("name",), unique="name")
    assert _roles(institution)[institution.qualified_name] != "linked"


def test_what_hangs_on_another_kind_of_party_is_not_a_patients():
    institution = _table("clinic_institution", "beds", keys=("name",), unique="name")
    ward = TableProfile(
        "clinic_ward",
        columns=(TableColumn("id", "INTEGER"), TableColumn("institution", "INTEGER")),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("institution",), "clinic_institution", ("id",)),),
    )
    assert _roles(institution, ward)[ward.qualified_name] != "linked"


def test_a_key_named_for_an_organisation_refers_to_the_register_as_an_organisation():
    plan = _table("insurance_plan", "product", keys=("company",))
    assert _roles(plan)[plan.qualified_name] != "linked"


def test_a_partys_details_kept_many_to_one_are_still_reached_through_the_register():
    address = _table("party_address", "street", keys=("party",))
    assert _roles(address)[address.qualified_name] == "linked"


def test_without_a_patients_table_extending_it_a_register_links_as_before():
    # (a table named for an institution reaches no patient through its persons at all: a club)
    club = _table("members_club", "beds", keys=("name",), unique="name")
    roles = linkage((PARTY, club), {})[0]
    assert roles[club.qualified_name] == "linked"


@pytest.mark.parametrize(
    "name", ["institution_address", "company_phone", "clinicCity", "referring_fax", "lab_email"]
)
def test_an_organisations_or_a_clinicians_contact_details_are_not_a_patients(name):
    assert _classes(name) == set()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("employer_phone", PhiClass.PHONE), ("zip_code", PhiClass.ADDRESS),
     ("patient_hospital_phone", PhiClass.PHONE), ("home_address", PhiClass.ADDRESS)],
)  # fmt: skip
def test_a_persons_contact_details_keep_their_class_beside_an_organisations_word(name, expected):
    assert _classes(name) == {expected}


def test_a_table_keeping_an_insurers_address_beside_a_contact_name_is_no_persons_row():
    payer = TableProfile(
        "payer",
        columns=(
            TableColumn("code", "CHAR(3)"),
            TableColumn("contact_name", "VARCHAR(30)"),
            TableColumn("insurance_address", "VARCHAR(130)"),
            TableColumn("phone", "VARCHAR(40)"),
        ),
        primary_key=("code",),
    )
    assert linkage((payer,), {})[0][payer.qualified_name] != "person"


@pytest.mark.parametrize(
    "name", ["patient_labs", "patient_medications", "patient_visit", "patient_coding"]
)
def test_a_table_named_for_a_record_of_a_patients_care_is_the_patients_not_the_register(name):
    record = TableProfile(
        name,
        columns=(TableColumn("mrn", "VARCHAR(16)"), TableColumn("display_name", "VARCHAR(100)")),
    )
    assert linkage((record,), {})[0][record.qualified_name] == "linked"
    assert not _classes("display_name", "linked")


@pytest.mark.parametrize(
    "name", ["patient", "patient_data", "tbl_patient_address", "patient_contact_assignment"]
)
def test_a_table_named_for_the_patient_or_a_part_of_their_identity_is_the_register(name):
    table = TableProfile(name, columns=(TableColumn("id", "INTEGER"),))
    assert linkage((table,), {})[0][table.qualified_name] == "patient"


def test_a_code_list_named_for_a_patients_record_is_still_a_code_list():
    statuses = TableProfile(
        "subject_event_status",
        columns=(TableColumn("id", "INTEGER"), TableColumn("name", "VARCHAR(50)")),
        primary_key=("id",),
    )
    assert linkage((statuses,), {})[0][statuses.qualified_name] == "reference"


def test_a_contact_person_on_a_patients_record_is_a_name():
    assert _classes("contact_person", "linked") == {PhiClass.NAME}


def _with_patient_column(type_name: str) -> TableProfile:
    return TableProfile(
        "therapy_session",
        columns=(
            TableColumn("name", "VARCHAR(140)"),
            TableColumn("patient", type_name),
            TableColumn("start_date", "DATE"),
        ),
        primary_key=("name",),
    )


@pytest.mark.parametrize("type_name", ["VARCHAR(140)", "INTEGER"])
def test_with_no_patients_table_a_column_named_for_the_patient_keys_the_patients_kept_elsewhere(
    type_name,
):
    session = _with_patient_column(type_name)
    assert linkage((session,), {})[0][session.qualified_name] == "linked"


def test_a_column_named_for_the_patient_that_is_a_flag_keys_no_one():
    session = _with_patient_column("BOOLEAN")
    assert linkage((session,), {})[0][session.qualified_name] != "linked"


def test_beside_a_patients_table_the_word_alone_must_be_typed_as_its_key():
    patients = TableProfile("patient", columns=(TableColumn("id", "INTEGER"),), primary_key=("id",))
    session = _with_patient_column("VARCHAR(140)")
    # keys elsewhere: no flat extract, whose every dated table is the patients'
    visit = TableProfile(
        "visit",
        columns=(TableColumn("id", "INTEGER"), TableColumn("patient_id", "INTEGER")),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("patient_id",), "patient", ("id",)),),
    )
    roles = linkage((patients, session, visit), {})[0]
    assert roles[session.qualified_name] != "linked"


def test_a_table_linked_by_its_name_keeps_the_evidence():
    keyed = TableProfile(
        "patient_labs", columns=(TableColumn("patient_id", "INTEGER"), TableColumn("x", "TEXT"))
    )
    named = TableProfile("patient_visit", columns=(TableColumn("reason", "TEXT"),))
    paths = linkage((keyed, named), {})[1]
    assert paths[keyed.qualified_name] == ("patient_labs.patient_id: a patient key",)
    assert paths[named.qualified_name] == ("patient_visit: named for a record of a patient's care",)


@pytest.mark.parametrize("name", ["NPPES_NPI", "npi"])
def test_a_table_named_for_the_national_provider_identifier_holds_providers(name):
    # a claims warehouse's copy of CMS's NPI file: names, addresses and licences of providers
    npi = TableProfile(
        name,
        columns=(
            TableColumn("NPI", "VARCHAR(10)"),
            TableColumn("PROVIDER_LAST_NAME", "VARCHAR(80)"),
            TableColumn("PROVIDER_FIRST_NAME", "VARCHAR(80)"),
            TableColumn("AUTHORIZED_OFFICIAL_TELEPHONE_NUMBER", "VARCHAR(20)"),
            TableColumn("PROVIDER_GENDER_CODE", "CHAR(1)"),
        ),
    )
    roles, _paths = linkage([npi], {})
    assert roles[name] == "staff"


def _caregivers(*join_columns: str) -> list[TableProfile]:
    def keyed(name: str, *columns: str, keys: tuple[tuple[str, str], ...] = ()) -> TableProfile:
        names = ("id", *columns, *(key for key, _target in keys))
        return TableProfile(
            name,
            columns=tuple(TableColumn(column, "VARCHAR(100)") for column in names),
            primary_key=("id",),
            foreign_keys=tuple(ForeignKey((k,), target, ("id",)) for k, target in keys),
        )

    return [
        keyed("patient", "firstName", "lastName"),
        keyed("caregiver", "firstName", "lastName", "phone"),
        keyed(
            "patient_caregiver",
            *join_columns,
            keys=(("patientId", "patient"), ("caregiverId", "caregiver")),
        ),
    ]


def test_caregivers_joined_to_a_patient_by_their_relation_are_the_patients_people():
    # MHIRA: a mental-health clinic records each patient's family caregivers
    roles, paths = linkage(_caregivers("relation", "emergency"), {})
    assert roles["caregiver"] == "person"
    assert paths["caregiver"] == (
        "patient_caregiver.caregiverId -> caregiver (declared): joined to a patient by a relation",
    )


def test_caregivers_assigned_to_a_patient_without_a_relation_are_staff():
    # a home-care agency's aides, assigned to the patients they visit
    assert linkage(_caregivers("shift"), {})[0]["caregiver"] == "staff"

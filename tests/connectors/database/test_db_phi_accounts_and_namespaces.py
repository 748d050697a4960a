"""Whose rows a table holds when its names mislead: an application's table prefix that reads as
a dictionary's, persons who are the system's users, a key that names who did something, a
patient's paid care that reads as employment, the address a patient's address row points to.

General behaviours seen on round 18's hold-outs (tests/data/schemas/holdout/RESULTS.md), each
written as a small schema of its own, never a hold-out's column list.
"""

from __future__ import annotations

from dataclasses import replace

from assessor.connectors.database.context import is_patient_key, linkage
from assessor.connectors.database.relationships import infer_relationships
from assessor.model import ForeignKey, Index, TableColumn, TableProfile


def _table(name: str, *columns: tuple[str, str], pk=("id",), fks=()) -> TableProfile:
    return TableProfile(
        name,
        columns=tuple(TableColumn(n, t) for n, t in columns),
        primary_key=pk,
        foreign_keys=fks,
    )


def _fk(column: str, table: str, referred: str = "id") -> ForeignKey:
    return ForeignKey(columns=(column,), referred_table=table, referred_columns=(referred,))


def _roles(*tables: TableProfile) -> dict[str, str]:
    return linkage(tables, infer_relationships(tables))[0]


def test_a_dictionary_prefix_on_most_tables_names_the_application_not_code_lists():
    tables = [
        _table("d_patient", ("id", "BIGINT"), ("fullname", "VARCHAR(255)")),
        _table(
            "d_karte",
            ("id", "BIGINT"),
            ("patient_id", "BIGINT"),
            fks=(_fk("patient_id", "d_patient"),),
        ),
        _table(
            "d_document",
            ("id", "BIGINT"),
            ("karte_id", "BIGINT"),
            ("started", "TIMESTAMP"),
            fks=(_fk("karte_id", "d_karte"),),
        ),
        _table("d_users", ("id", "BIGINT"), ("username", "VARCHAR(40)")),
    ]
    assert _roles(*tables)["d_document"] == "linked"


def test_a_dictionary_prefix_on_a_few_tables_still_marks_code_lists():
    tables = [
        _table("patients", ("id", "BIGINT"), ("name", "VARCHAR(255)")),
        _table("admissions", ("id", "BIGINT"), ("patient_id", "BIGINT")),
        _table("labevents", ("id", "BIGINT"), ("patient_id", "BIGINT")),
        _table("notes", ("id", "BIGINT"), ("patient_id", "BIGINT")),
        _table("d_items", ("id", "BIGINT"), ("label", "VARCHAR(200)")),
    ]
    assert _roles(*tables)["d_items"] == "reference"


def test_persons_with_a_password_beside_a_login_are_the_users():
    person = _table(
        "Person",
        ("id", "INTEGER"),
        ("lastName", "VARCHAR(30)"),
        ("birthDate", "DATE"),
        ("login", "VARCHAR(32)"),
        ("password", "VARCHAR(32)"),
    )
    assert _roles(person)["Person"] == "staff"


def test_a_patients_table_with_a_portal_login_stays_the_patients():
    patient = _table(
        "patient",
        ("id", "INTEGER"),
        ("birth_date", "DATE"),
        ("portal_login", "VARCHAR(32)"),
        ("portal_password", "VARCHAR(64)"),
    )
    assert _roles(patient)["patient"] == "patient"


def test_a_key_naming_who_created_the_row_is_no_patient_key():
    assert not is_patient_key("createPerson_id")
    assert is_patient_key("person_id")


def test_a_person_key_referring_to_the_users_names_who_did_it_not_whom():
    users = _table(
        "Person", ("id", "INTEGER"), ("login", "VARCHAR(32)"), ("password", "VARCHAR(32)")
    )
    job = _table("Job", ("id", "INTEGER"), ("execPerson_id", "INTEGER"), ("date", "DATE"))
    assert _roles(users, job)["Job"] != "linked"


def test_a_contract_and_whether_it_is_paid_make_no_employment_record():
    client = _table("Client", ("id", "INTEGER"), ("lastName", "VARCHAR(30)"), ("birthDate", "DATE"))
    event = _table(
        "Event",
        ("id", "INTEGER"),
        ("client_id", "INTEGER"),
        ("contract_id", "INTEGER"),
        ("payStatus", "INTEGER"),
        ("setDate", "DATETIME"),
        fks=(_fk("client_id", "Client"),),
    )
    assert _roles(client, event)["Event"] == "linked"


def test_the_address_a_patients_address_row_points_to_is_the_patients():
    tables = [
        _table("Client", ("id", "INTEGER"), ("lastName", "VARCHAR(30)"), ("birthDate", "DATE")),
        _table(
            "ClientAddress",
            ("id", "INTEGER"),
            ("client_id", "INTEGER"),
            ("address_id", "INTEGER"),
            ("type", "INTEGER"),
            ("freeInput", "VARCHAR(255)"),
            fks=(_fk("client_id", "Client"), _fk("address_id", "Address")),
        ),
        _table(
            "Address",
            ("id", "INTEGER"),
            ("house_id", "INTEGER"),
            ("flat", "VARCHAR(6)"),
            fks=(_fk("house_id", "AddressHouse"),),
        ),
        _table("AddressHouse", ("id", "INTEGER"), ("streetFreeInput", "VARCHAR(128)")),
    ]
    roles = _roles(*tables)
    assert (roles["Address"], roles["AddressHouse"]) == ("person", "person")


def test_a_list_of_address_parts_a_patients_address_points_to_is_no_ones_address():
    tables = [
        _table("patient", ("id", "INTEGER"), ("birth_date", "DATE")),
        _table(
            "person_address",
            ("id", "INTEGER"),
            ("patient_id", "INTEGER"),
            ("address_part_id", "INTEGER"),
            ("value", "VARCHAR(100)"),
            fks=(_fk("patient_id", "patient"), _fk("address_part_id", "address_part")),
        ),
        _table("address_part", ("id", "INTEGER"), ("part_name", "VARCHAR(20)")),
    ]
    assert _roles(*tables)["address_part"] != "person"


def test_a_rows_own_uuid_refers_to_no_other_table():
    identity = _table(
        "pr_identity", ("id", "INTEGER"), ("uuid", "VARCHAR(128)"), ("value", "VARCHAR(64)")
    )
    identity = replace(identity, indexes=(Index(("uuid",), unique=True),))
    entity = _table("pr_pentity", ("pe_id", "INTEGER"), ("uuid", "VARCHAR(128)"), pk=("pe_id",))
    assert infer_relationships([identity, entity]).get("pr_pentity", ()) == ()


def _person_with(holder: str) -> list[TableProfile]:
    return [
        _table("pr_person", ("id", "INTEGER"), ("first_name", "VARCHAR(64)"), ("dob", "DATE")),
        _table(
            holder,
            ("id", "INTEGER"),
            ("person_id", "INTEGER"),
            ("location_id", "INTEGER"),
            ("comments", "TEXT"),
            fks=(_fk("person_id", "pr_person"), _fk("location_id", "gis_location")),
        ),
        _table("gis_location", ("id", "INTEGER"), ("name", "VARCHAR(128)"), ("lat", "REAL")),
    ]


def test_the_place_a_patients_location_row_points_to_is_the_patients():
    assert _roles(*_person_with("pr_person_location"))["gis_location"] == "person"


def test_the_place_a_patients_contact_row_points_to_is_an_institutions():
    assert _roles(*_person_with("contact"))["gis_location"] != "person"


def test_spanish_plurals_name_the_same_patients_doctors_and_users():
    roles = _roles(
        _table("pacientes", ("id", "INTEGER"), ("nombre", "TEXT"), ("fecha_nacimiento", "DATE")),
        _table("medicos", ("id", "INTEGER"), ("nombre", "TEXT"), ("matricula", "TEXT")),
    )
    assert (roles["pacientes"], roles["medicos"]) == ("patient", "staff")


def test_a_clinicians_record_keyed_to_a_patient_is_the_patients():
    patients = _table("patients", ("id", "INTEGER"), ("name", "TEXT"), ("dob", "DATE"))
    notes = _table(
        "nurse_progress_notes", ("id", "INTEGER"), ("patient_id", "INTEGER"), ("text", "TEXT")
    )
    assert _roles(patients, notes)["nurse_progress_notes"] == "linked"


def test_a_staff_account_keyed_by_a_person_number_stays_staff():
    doctors = _table(
        "doctors",
        ("id", "INTEGER"),
        ("pid", "INTEGER"),
        ("login", "VARCHAR(32)"),
        ("password", "VARCHAR(64)"),
    )
    assert _roles(doctors)["doctors"] == "staff"


def test_the_patients_own_number_kept_by_its_name_links_a_record_to_the_patient():
    patients = _table("patients", ("AI_ID", "INTEGER"), ("P_ID", "TEXT"), ("Patient_Name", "TEXT"))
    log = _table("pathology_log", ("AI_ID", "INTEGER"), ("P_ID", "TEXT"), ("Reg_Date", "DATE"))
    beds = _table("beds", ("AI_ID", "INTEGER"), ("Bed_No", "TEXT"))
    doctors = _table("doctors", ("AI_ID", "INTEGER"), ("Name", "TEXT"))
    wards = _table("wards", ("AI_ID", "INTEGER"), ("Ward_Name", "TEXT"))
    assert _roles(patients, log, beds, doctors, wards)["pathology_log"] == "linked"


def test_a_number_that_says_whose_it_is_links_no_other_holder_to_the_patient():
    patients = _table(
        "patient", ("PatNum", "INTEGER"), ("MedicaidID", "VARCHAR(20)"), pk=("PatNum",)
    )
    provider = _table(
        "provider", ("ProvNum", "INTEGER"), ("MedicaidID", "VARCHAR(20)"), pk=("ProvNum",)
    )
    assert _roles(patients, provider)["provider"] != "linked"


def test_a_number_every_row_keeps_links_no_row_to_the_patient():
    tables = [
        _table("patients", ("id", "INTEGER"), ("p_id", "VARCHAR(255)"), ("dob", "DATE")),
        *(
            _table(name, ("id", "INTEGER"), ("p_id", "VARCHAR(255)"), ("name", "TEXT"))
            for name in ("studies", "epochs", "organizations")
        ),
    ]
    assert _roles(*tables)["studies"] != "linked"


def test_a_providers_own_person_row_makes_no_provider_a_patients_record():
    person = _table("person", ("person_id", "INTEGER"), ("birthdate", "DATE"), pk=("person_id",))
    provider = _table(
        "provider",
        ("provider_id", "INTEGER"),
        ("person_id", "INTEGER"),
        ("identifier", "VARCHAR(255)"),
        pk=("provider_id",),
        fks=(_fk("person_id", "person", "person_id"),),
    )
    assert _roles(person, provider)["provider"] == "staff"


def test_a_laboratorys_suppliers_named_in_french_are_no_persons_register():
    suppliers = _table(
        "sigl_fournisseurs_data",
        ("id", "INT"),
        ("contact_nom", "VARCHAR(255)"),
        ("contact_prenom", "VARCHAR(255)"),
        ("contact_tel", "VARCHAR(255)"),
    )
    assert _roles(suppliers)["sigl_fournisseurs_data"] not in ("patient", "person", "linked")


def test_a_form_extending_a_patients_visit_stays_the_patients_when_a_registration_form_does_too():
    # table-per-subclass forms (ZEPRS): each form's row extends one visit, and the visit keys
    # its patient; a registration form among them does not make the visit a register of parties
    tables = [
        _table("patient", ("id", "BIGINT"), ("first_name", "VARCHAR(255)")),
        _table(
            "encounter",
            ("id", "BIGINT"),
            ("patient_id", "BIGINT"),
            fks=(_fk("patient_id", "patient"),),
        ),
        _table(
            "patientregistration",
            ("id", "BIGINT"),
            ("surname", "VARCHAR(255)"),
            ("birth_date", "DATE"),
            fks=(_fk("id", "encounter"),),
        ),
        _table("arvregimen", ("id", "BIGINT"), ("regimen", "INT"), fks=(_fk("id", "encounter"),)),
    ]
    assert _roles(*tables)["arvregimen"] == "linked"


def test_a_table_keyed_by_the_patient_and_the_visit_is_their_record_whoever_it_is_named_for():
    patients = _table("MED_PAT_MASTER_INDEX", ("PATIENT_ID", "VARCHAR(20)"), pk=("PATIENT_ID",))
    nursing = _table(
        "MED_ANESTHESIA_NURSE",
        ("PATIENT_ID", "VARCHAR(20)"),
        ("VISIT_ID", "TINYINT"),
        ("OPER_ID", "TINYINT"),
        ("ENTER_DATE_TIME", "DATETIME"),
        pk=("PATIENT_ID", "VISIT_ID", "OPER_ID"),
    )
    staff = _table(
        "care_personell",
        ("nr", "INT"),
        ("pid", "INT"),
        ("job_type_nr", "INT"),
        pk=("nr", "pid", "job_type_nr"),
    )
    roles = _roles(patients, nursing, staff)
    assert roles["MED_ANESTHESIA_NURSE"] == "linked"
    assert roles["care_personell"] == "staff"


def test_a_nurses_record_of_a_patients_session_reaches_the_patient_through_the_session():
    patients = _table("patient", ("id", "INTEGER"), ("first_name", "VARCHAR(60)"))
    sessions = _table(
        "dialysis_session",
        ("id", "INTEGER"),
        ("patient_id", "INTEGER"),
        fks=(_fk("patient_id", "patient"),),
    )
    records = _table(
        "nurse_records",
        ("id", "INTEGER"),
        ("session_id", "INTEGER"),
        ("content", "TEXT"),
        fks=(_fk("session_id", "dialysis_session"),),
    )
    assert _roles(patients, sessions, records)["nurse_records"] == "linked"

"""PHI rules of the fifth round: mechanisms meant to carry to schemas never seen.

Each is a principle that holds across schemas rather than a word list taken from one: an
abbreviation is read as the word it shortens when nothing else could be meant; a number a
system issues for a patient's record is kept as text named as a number; a name beside a phone
or an email is a person's row, though no key says whose; a diagnosis written in a field wide
enough for words is narrative; an interface log's request and response bodies carry the
patient they were about; a day or month of birth kept apart is a date element however short;
the words of a patient's identifiers read in the languages open hospital systems are written in,
and in the English forms HL7 v2 and FHIR use (plural names, "Ph", a contact person, a contact
point's value beside its kind); a value kept as words, or in a table named for what was
written, is narrative.
"""

from __future__ import annotations

import pytest

from assessor.connectors.database.abbreviations import expansion
from assessor.connectors.database.context import linkage
from assessor.connectors.database.phi import classify_column, mark_table
from assessor.connectors.database.tokens import tokens
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


def _column_classes(name: str, type_name: str, role: str) -> set[PhiClass]:
    """The classes the rules mark a column with, alone on a row of the role."""
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_name), role)}


def _table(name: str, *columns: tuple[str, str], **options) -> TableProfile:
    return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns), **options)


def _marked(table: TableProfile, role: str = "linked") -> dict[str, set[PhiClass]]:
    return {
        column.name: {mark.phi_class for mark in column.phi}
        for column in mark_table(table, role).columns
        if column.phi
    }


@pytest.mark.parametrize(
    ("short", "words"),
    [
        ("tlp", ("phone",)),  # telepon or telephone, vowels left out: one meaning
        ("telp", ("phone",)),
        ("phn", ("phone",)),
        ("almt", ("address",)),  # alamat
        ("adr", ("address",)),
        ("nm", ("name",)),  # every consonant of name (and nama)
        ("cntct", ("contact",)),
        ("hist", ("history",)),  # first letters
        ("brthdt", ("birthdate",)),  # the shortest word it shortens: a date, not a birth
    ],
)
def test_an_abbreviation_is_read_as_the_word_it_shortens(short, words):
    assert tokens(short) == words


@pytest.mark.parametrize(
    "short",
    [
        "tmp",  # temporary, temperature or tempat (place)
        "mth",  # mother, month or method
        "dt",  # date, data or diet
        "desc",  # description or descriptor
    ],
)
def test_an_abbreviation_of_words_of_different_meanings_is_left_alone(short):
    assert expansion(short) is None


@pytest.mark.parametrize("short", ["pt", "his", "add"])
def test_too_short_to_tell_is_left_alone(short):
    assert expansion(short) is None


def test_abbreviated_words_in_a_name_are_read_whole():
    assert tokens("no_tlp") == ("phone", "no")  # Indonesian, so head-first turned round
    assert tokens("mthr_nm") == ("mother", "name")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("patientunitstayid", ("patient", "unit", "stay", "id")),  # words of HL7 v2's fields
        ("expirationdate", ("expiration", "date")),
        ("namakeluarga", ("family", "name")),  # national words the rules read
        ("freetextitems", ("freetext", "items")),  # and their plurals
    ],
)
def test_run_together_names_split_into_healthcare_words(name, words):
    assert tokens(name) == words


def test_a_patients_abbreviated_phone_and_record_number_are_found():
    patient = _table(
        "pasien",
        ("no_rkm_medis", "VARCHAR(15)"),
        ("nm_pasien", "VARCHAR(40)"),
        ("no_tlp", "VARCHAR(40)"),
        ("no_ktp", "VARCHAR(20)"),
    )
    assert _marked(patient, "patient") == {
        "no_rkm_medis": {PhiClass.MRN},
        "nm_pasien": {PhiClass.NAME},
        "no_tlp": {PhiClass.PHONE},
        "no_ktp": {PhiClass.SSN},
    }


def test_a_visits_text_key_named_as_a_number_is_an_issued_identifier():
    visit = _table("reg_periksa", ("no_rawat", "VARCHAR(17)"), primary_key=("no_rawat",))
    assert _marked(visit) == {"no_rawat": {PhiClass.OTHER_ID}}


def test_a_row_referring_to_an_issued_number_carries_it():
    allergy = _table(
        "alergi_pasien",
        ("no_rawat", "VARCHAR(17)"),
        ("severity", "VARCHAR(10)"),
        foreign_keys=(ForeignKey(("no_rawat",), "reg_periksa", ("no_rawat",)),),
    )
    assert _marked(allergy) == {"no_rawat": {PhiClass.OTHER_ID}}


@pytest.mark.parametrize("name", ["no_srb", "referral_letter_nr", "NOMOR", "case_number"])
def test_a_text_number_on_a_patients_row_is_an_identifier(name):
    assert _marked(_table("letters", (name, "VARCHAR(30)"))) == {name: {PhiClass.OTHER_ID}}


@pytest.mark.parametrize(
    ("name", "type_name"),
    [
        ("letter_no", "INTEGER"),  # the database's own row number
        ("bed_no", "VARCHAR(10)"),  # a place
        ("line_no", "VARCHAR(10)"),  # a position
        ("group_number", "VARCHAR(30)"),  # the plan's, not the patient's
        ("cheque_no", "VARCHAR(30)"),  # the payer's instrument
        ("model_number", "VARCHAR(30)"),  # a product's
        ("referring_npi_number", "VARCHAR(30)"),  # a provider's
        ("program_no", "VARCHAR(20)"),  # the hospital's own programme
        ("dose_number", "VARCHAR(10)"),  # which dose of a series
        ("no_urut", "CHAR(3)"),  # a counter
    ],
)
def test_numbers_of_rows_places_organisations_and_counters_are_not_issued_identifiers(
    name, type_name
):
    assert _marked(_table("visits", (name, type_name), primary_key=(name,))) == {}


def test_a_text_number_outside_a_patients_rows_is_not_theirs():
    assert _marked(_table("stock_request", ("no_request", "VARCHAR(20)")), "other") == {}


def _role(table: TableProfile) -> str:
    return linkage((table,), {})[0][table.qualified_name]


def test_a_name_beside_a_phone_is_a_persons_row_without_a_patient_key():
    booking = _table(
        "booking_request",
        ("name", "VARCHAR(40)"),
        ("address", "VARCHAR(200)"),
        ("phone", "VARCHAR(40)"),
        ("booked_for", "DATE"),
    )
    assert _role(booking) == "person"


def test_a_place_named_with_its_social_security_scheme_code_is_not_a_person():
    clinic = _table("clinic", ("name", "VARCHAR(150)"), ("sss_code", "CHAR(3)"))
    assert _role(clinic) == "other"


def test_a_name_and_a_birth_date_are_persons_whatever_thing_qualifies_the_tables_name():
    unmatched = _table(
        "test_result_unmatched", ("lastnames", "VARCHAR(60)"), ("dob", "DATE"), ("value", "TEXT")
    )
    assert _role(unmatched) == "person"


def test_a_place_with_a_name_and_an_address_but_no_phone_is_not_a_person():
    town = _table("town", ("name", "VARCHAR(60)"), ("address", "VARCHAR(200)"))
    assert _role(town) == "other"


def test_an_organisations_contact_details_say_whose_they_are():
    sponsor = _table(
        "sponsor", ("name", "VARCHAR(60)"), ("company_phone", "VARCHAR(30)"), ("email", "TEXT")
    )
    assert _role(sponsor) == "other"


def test_a_table_named_for_an_organisation_is_not_a_person():
    pharmacy = _table("pharmacy", ("name", "VARCHAR(60)"), ("phone", "VARCHAR(30)"))
    assert _role(pharmacy) == "other"


@pytest.mark.parametrize("name", ["diagnosis", "refer_diag", "death_cause"])
def test_a_diagnosis_or_cause_in_a_field_wide_enough_for_words_is_written_text(name):
    assert _marked(_table("admissions", (name, "VARCHAR(255)"))) == {name: {PhiClass.FREE_TEXT}}


@pytest.mark.parametrize(
    ("name", "type_name"),
    [("diagnosis", "VARCHAR(10)"), ("diagnosis_code", "VARCHAR(255)"), ("diagnosis_name", "TEXT")],
)
def test_a_short_or_coded_diagnosis_is_not_written_text(name, type_name):
    assert _marked(_table("admissions", (name, type_name))) == {}


@pytest.mark.parametrize("name", ["general_info", "critical_info", "other_information"])
def test_information_in_a_long_text_on_a_patients_row_is_written_text(name):
    assert _marked(_table("admissions", (name, "TEXT"))) == {name: {PhiClass.FREE_TEXT}}


@pytest.mark.parametrize("name", ["treatment", "indications", "complications"])
def test_a_long_text_named_for_a_section_of_a_clinical_document_is_written_text(name):
    assert _marked(_table("admissions", (name, "TEXT"))) == {name: {PhiClass.FREE_TEXT}}


def test_information_in_a_short_field_is_not_written_text():
    assert _marked(_table("admissions", ("ndc_info", "VARCHAR(255)"))) == {}


def test_an_interface_logs_request_and_response_bodies_carry_the_patient():
    api_log = _table(
        "insurer_api_logs",
        ("url", "VARCHAR(255)"),
        ("request", "TEXT"),
        ("response_body", "LONGTEXT"),
        ("created_at", "DATETIME"),
    )
    assert _marked(api_log, "audit") == {
        "request": {PhiClass.OTHER_ID},
        "response_body": {PhiClass.OTHER_ID},
    }


def test_a_query_request_outside_a_log_is_not_an_exchanged_message():
    query = _table("query_master", ("request_xml", "TEXT"), ("request", "TEXT"))
    assert _marked(query, "other") == {}


@pytest.mark.parametrize("name", ["date_of_birth", "month_of_birth"])
def test_a_day_or_month_of_birth_kept_apart_in_two_characters_is_a_date(name):
    patient = _table("demographic", (name, "VARCHAR(2)"), ("year_of_birth", "VARCHAR(4)"))
    assert _marked(patient, "patient") == {name: {PhiClass.DATE}}


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("fecha_nacimiento", ("birth", "date")),  # Spanish
        ("data_nascimento", ("birth", "date")),  # Portuguese: data is the date at the head
        ("date_naissance", ("birth", "date")),  # French
        ("Geburtsdatum", ("birth", "date")),  # German
        ("numero_prontuario", ("medical", "record", "no")),
        ("id_paciente", ("patient", "id")),
    ],
)
def test_names_in_the_languages_of_open_hospital_systems_read_as_english(name, words):
    assert tokens(name) == words


def test_data_in_an_english_name_stays_data():
    assert tokens("data_sync") == ("data", "sync")


def test_a_spanish_patient_table_holds_patients_identifiers():
    paciente = _table(
        "paciente",
        ("nombre", "VARCHAR(60)"),
        ("fecha_nacimiento", "DATE"),
        ("direccion", "VARCHAR(200)"),
        ("telefono", "VARCHAR(30)"),
        ("dni", "VARCHAR(12)"),
    )
    assert _role(paciente) == "patient"
    assert _marked(paciente, "patient") == {
        "nombre": {PhiClass.NAME},
        "fecha_nacimiento": {PhiClass.DATE},
        "direccion": {PhiClass.ADDRESS},
        "telefono": {PhiClass.PHONE},
        "dni": {PhiClass.SSN},
    }


@pytest.mark.parametrize(
    ("name", "phi_class"),
    [
        ("given_names", PhiClass.NAME),  # FHIR's HumanName.given repeats
        ("other_names", PhiClass.NAME),
        ("name_suffix", PhiClass.NAME),
        ("emergency_contact", PhiClass.NAME),  # FHIR's Patient.contact: who to call
        ("home_ph", PhiClass.PHONE),  # HL7 v2's own shortening
        ("contact_no", PhiClass.PHONE),
        ("house_number", PhiClass.ADDRESS),
    ],
)
def test_english_forms_of_a_patients_names_phones_and_address(name, phi_class):
    assert _marked(_table("patient", (name, "VARCHAR(60)")), "patient") == {name: {phi_class}}


@pytest.mark.parametrize(("name", "type_name"), [("ph", "NUMERIC(4,2)"), ("ph_value", "TEXT")])
def test_a_ph_without_a_phones_qualifier_is_acidity(name, type_name):
    assert _marked(_table("blood_gas", (name, type_name))) == {}


def test_a_contact_points_value_beside_its_kind_is_the_phone_or_email():
    telecom = _table(
        "party_contact_mechanism",
        ("party", "INTEGER"),
        ("type", "VARCHAR(20)"),
        ("value", "VARCHAR(100)"),
    )
    assert _marked(telecom) == {"value": {PhiClass.PHONE}}


def test_a_value_without_a_kind_beside_it_is_not_a_contact_point():
    ratings = _table("contact_rating", ("party", "INTEGER"), ("value", "VARCHAR(100)"))
    assert _marked(ratings) == {}


@pytest.mark.parametrize(
    "name", ["motivo_consulta", "padecimiento_actual", "exploracion_fisica", "tratamiento"]
)
def test_a_clinicians_narrative_in_spanish_is_free_text(name):
    assert _marked(_table("consulta", (name, "TEXT"))) == {name: {PhiClass.FREE_TEXT}}


def test_a_value_kept_as_words_in_a_wide_field_is_free_text():
    item = _table("content_item", ("text_value", "VARCHAR(255)"), ("value_as_string", "TEXT"))
    assert _marked(item) == {
        "text_value": {PhiClass.FREE_TEXT},
        "value_as_string": {PhiClass.FREE_TEXT},
    }


def test_a_short_value_kept_as_a_string_is_a_coded_answer():
    observation = _table("observation", ("value_as_string", "VARCHAR(60)"))
    assert _marked(observation) == {}


def test_the_value_of_a_table_named_for_free_text_is_what_was_written():
    items = _table("freetextitems", ("item", "VARCHAR(100)"), ("value", "VARCHAR(1000)"))
    assert _marked(items) == {"value": {PhiClass.FREE_TEXT}}


def test_a_charted_value_is_not_free_text():
    chart = _table("chartevents", ("itemid", "INTEGER"), ("value", "VARCHAR(255)"))
    assert _marked(chart) == {}


@pytest.mark.parametrize("name", ["hin", "ihi", "nhi", "kvnr"])
def test_a_national_health_number_under_its_own_name_is_a_health_plan_number(name):
    patient = _table("demographic", (name, "VARCHAR(20)"))
    assert _marked(patient, "patient") == {name: {PhiClass.HEALTH_PLAN}}


@pytest.mark.parametrize(
    "name",
    [
        "drivers_license_state",  # where the licence was issued
        "passport_country",
        "phone_publicity",  # whether the number may be published (HL7 PD1's publicity code)
        "phone_use_code",  # home or work (HL7 XTN's use code)
    ],
)
def test_what_describes_an_identifier_is_not_the_identifier(name):
    table = _table("patient", ("id", "INTEGER"), (name, "VARCHAR(40)"), primary_key=("id",))
    assert name not in _marked(table, "patient")


@pytest.mark.parametrize("name", ["user_lname", "doctor_fname", "provider_surname"])
def test_a_users_or_clinicians_name_on_a_patients_row_is_not_the_patients(name):
    table = _table("encounter_history", ("id", "INTEGER"), (name, "VARCHAR(200)"))
    assert name not in _marked(table)


def test_a_patients_name_qualified_as_the_patients_is_still_a_name():
    table = _table("encounter_history", ("id", "INTEGER"), ("patient_lname", "VARCHAR(200)"))
    assert _marked(table)["patient_lname"] == {PhiClass.NAME}


def test_a_laboratorys_name_and_email_are_not_a_persons():
    labs = _table(
        "laboratories",
        ("id", "INTEGER"),
        ("name", "VARCHAR(255)"),
        ("email", "VARCHAR(255)"),
        primary_key=("id",),
    )
    assert _role(labs) != "person"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("strFirstName", ("first", "name")),
        ("intAgeMonth", ("age", "month")),
        ("datBirthDate", ("birth", "date")),
        ("idfsOccupationType", ("occupation", "type")),
        ("idfHumanCase", ("human", "case", "id")),  # an identifier's prefix: the row's key
        ("strength", ("strength",)),  # no capital after the letters: a word
    ],
)
def test_a_legacy_type_prefix_before_a_camel_case_name_is_not_one_of_its_words(name, words):
    # Hungarian notation, as EIDSS's SQL Server tables keep it
    assert tokens(name) == words


def test_an_age_in_months_behind_a_type_prefix_is_not_a_date():
    table = _table("tlbHumanCase", ("idfHumanCase", "BIGINT"), ("intAgeMonth", "INTEGER"))
    assert "intAgeMonth" not in _marked(table)


@pytest.mark.parametrize(
    "name", ["dr_last_name", "sent_by_first_name", "strReceivedByLastName", "user_first_name"]
)
def test_a_name_whose_first_words_say_whose_it_is_is_not_the_patients(name):
    table = _table("case_report", ("id", "INTEGER"), (name, "VARCHAR(100)"))
    assert name not in _marked(table)


@pytest.mark.parametrize("name", ["strSecondName", "second_name", "patient_first_name"])
def test_a_patients_given_names_are_names(name):
    table = _table("human", ("id", "INTEGER"), (name, "VARCHAR(100)"))
    assert _marked(table, "patient")[name] == {PhiClass.NAME}


@pytest.mark.parametrize(
    "name", ["dr_address1", "dr_phone", "pharm_fax", "cell_phone_ctry_code", "work_phone_dial_code"]
)
def test_a_doctors_or_pharmacys_contact_and_a_phones_country_code_are_not_the_patients(name):
    table = _table("patient_claims_history", ("id", "INTEGER"), (name, "VARCHAR(100)"))
    assert name not in _marked(table)


@pytest.mark.parametrize("name", ["eyes", "cardiovascular", "musco", "head_neck"])
def test_a_field_named_for_a_body_system_wide_enough_for_words_is_written_text(name):
    # a review of systems' and an examination's fields (RXNT's patient_review_of_sys)
    table = _table("review_of_systems", ("id", "INTEGER"), (name, "VARCHAR(225)"))
    assert _marked(table)[name] == {PhiClass.FREE_TEXT}


def test_a_body_systems_short_field_holds_a_picked_finding():
    table = _table("vital_signs", ("id", "INTEGER"), ("abdomen", "VARCHAR(140)"))
    assert "abdomen" not in _marked(table)


@pytest.mark.parametrize(
    "name", ["kin_last", "card_holder_mi", "middle_initial", "emergency_contact_first"]
)
def test_a_part_of_a_persons_name_after_whose_it_is_is_a_name(name):
    table = _table("patient_extended_details", ("id", "INTEGER"), (name, "VARCHAR(35)"))
    assert _marked(table)[name] == {PhiClass.NAME}


def test_initials_after_who_last_changed_a_row_are_not_a_patients_name():
    table = _table("regimen", ("id", "INTEGER"), ("LastModEntity_Initials", "VARCHAR(10)"))
    assert "LastModEntity_Initials" not in _marked(table)


@pytest.mark.parametrize("name", ["time_zone", "timezone"])
def test_a_time_zone_is_not_a_date(name):
    table = _table("live_consultations", ("id", "INTEGER"), (name, "VARCHAR(191)"))
    assert PhiClass.DATE not in _marked(table).get(name, set())


def test_the_enterprise_every_row_is_keyed_to_is_not_a_person():
    # BHIMA: the hospital's own row, with its name, phone, e-mail and address
    enterprise = _table(
        "enterprise",
        ("id", "INTEGER"),
        ("name", "VARCHAR(50)"),
        ("phone", "VARCHAR(20)"),
        ("email", "VARCHAR(100)"),
        primary_key=("id",),
    )
    assert _role(enterprise) != "person"


def test_a_nursing_homes_residents_are_its_patients():
    resident = _table(
        "resident",
        ("id", "CHAR(10)"),
        ("Nachname", "VARCHAR(100)"),
        ("Vorname", "VARCHAR(100)"),
        ("GebDatum", "DATE"),
        primary_key=("id",),
    )
    assert _role(resident) == "patient"
    assert _marked(resident, "patient") == {
        "Nachname": {PhiClass.NAME},
        "Vorname": {PhiClass.NAME},
        "GebDatum": {PhiClass.DATE},
    }


def test_the_individuals_of_a_genetics_database_are_its_patients():
    # LOVD's and GA4GH's individuals: a lab's number for them, remarks on them, their rows' dates
    individuals = _table(
        "lovd_individuals",
        ("id", "INTEGER"),
        ("Individual/Lab_ID", "VARCHAR(15)"),
        ("Individual/Remarks", "TEXT"),
        ("created_date", "DATETIME"),
        primary_key=("id",),
    )
    phenotypes = _table(
        "lovd_phenotypes",
        ("id", "INTEGER"),
        ("individualid", "INTEGER"),
        ("created_date", "DATETIME"),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("individualid",), "lovd_individuals", ("id",)),),
    )
    roles, _paths = linkage([individuals, phenotypes], {})
    assert roles == {"lovd_individuals": "patient", "lovd_phenotypes": "linked"}
    assert _marked(individuals, "patient") == {
        "Individual/Lab_ID": {PhiClass.MRN},
        "Individual/Remarks": {PhiClass.FREE_TEXT},
        "created_date": {PhiClass.DATE},
    }


def test_a_place_within_a_place_the_patients_row_names_is_no_address_of_theirs():
    # Avni's address_level: villages within districts, each row under its parent
    levels = _table(
        "address_level",
        ("id", "INTEGER"),
        ("title", "VARCHAR(255)"),
        ("parent_id", "INTEGER"),
        ("created_date_time", "TIMESTAMP"),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("parent_id",), "address_level", ("id",)),),
    )
    patient = _table(
        "patient",
        ("id", "INTEGER"),
        ("first_name", "VARCHAR(255)"),
        ("address_id", "INTEGER"),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("address_id",), "address_level", ("id",)),),
    )
    roles, _paths = linkage([levels, patient], {})
    assert roles["address_level"] != "person"


def test_a_form_named_for_a_nurse_that_names_the_patients_details_is_the_patients():
    # an OpenEMR home-health fork's OASIS nursing assessment, keyed to its patient by pid
    form = _table(
        "forms_oasis_c_nurse",
        ("id", "BIGINT"),
        ("pid", "BIGINT"),
        ("oasis_c_nurse_patient_name", "VARCHAR(100)"),
        ("oasis_c_nurse_patient_ssn", "VARCHAR(50)"),
        ("oasis_c_nurse_visit_date", "DATE"),
        primary_key=("id",),
    )
    register = _table(
        "nurse", ("id", "BIGINT"), ("pid", "BIGINT"), ("first_name", "VARCHAR(100)"),
        ("licence_no", "VARCHAR(30)"), primary_key=("id",),
    )  # fmt: skip
    roles, _paths = linkage([form, register], {})
    assert roles["forms_oasis_c_nurse"] == "linked"
    assert roles["nurse"] == "staff"


@pytest.mark.parametrize("name", ["CreateStamp", "PerformedStamp", "ActivityStamp"])
def test_a_time_stamp_kept_as_text_on_a_patients_row_is_a_date(name):
    # Progress OpenEdge's CHARACTER(14) stamps (Greenway Intergy's), YYYYMMDDHHMMSS
    assert PhiClass.DATE in _column_classes(name, "CHARACTER(14)", "linked")


@pytest.mark.parametrize(
    "name", ["DRG_NAME", "RACE1_NAME", "SPOKEN_LANGUAGE_NAME", "CLM_CTGRY_NAME", "SPCLTY_NAME"]
)
def test_a_codes_display_name_on_a_persons_row_is_no_persons_name(name):
    # a Medicaid eligibility row spells out its codes: a race's, a language's, a category's
    assert PhiClass.NAME not in _column_classes(name, "VARCHAR(200)", "person")


def test_a_name_qualified_by_no_kind_on_a_persons_row_is_still_a_persons_name():
    assert PhiClass.NAME in _column_classes("alphabetic_name", "VARCHAR(200)", "person")


@pytest.mark.parametrize("name", ["Patient_OrderAdministrationSignedUserID", "ORDER_USER_ID"])
def test_the_user_who_signed_an_order_is_no_order_number(name):
    # myUnity's administration rows keep who signed them, by the user's id
    assert PhiClass.OTHER_ID not in _column_classes(name, "TEXT", "linked")


def test_an_orders_own_number_is_still_an_identifier():
    assert PhiClass.OTHER_ID in _column_classes("placer_order_id", "TEXT", "linked")


@pytest.mark.parametrize("name", ["date_of_death_year", "surgery_date_year"])
def test_a_dates_year_kept_apart_is_the_year_alone(name):
    # the IJE death record keeps each date's year, month and day in fields of their own
    assert PhiClass.DATE not in _column_classes(name, "CHAR(4)", "person")


def test_the_month_of_a_year_is_still_an_element_of_a_date():
    assert PhiClass.DATE in _column_classes("arrival_month_of_year", "CHAR(2)", "linked")


@pytest.mark.parametrize(
    "name", ["certifier_street_name", "certifier_zip", "certifiers_suffix_name"]
)
def test_the_certifiers_address_on_a_death_record_is_theirs(name):
    assert not {PhiClass.NAME, PhiClass.ADDRESS} & _column_classes(name, "CHAR(28)", "person")


@pytest.mark.parametrize("name", ["Person_ID", "PERSON_ID", "person_id"])
def test_a_text_key_named_for_a_person_is_no_record_number(name):
    # a national data set's or a research warehouse's own person key (MHSDS, the VDW, Tuva):
    # the patient's number is kept apart, under the patient's name
    assert PhiClass.MRN not in _column_classes(name, "VARCHAR(20)", "linked")


@pytest.mark.parametrize("name", ["patient_id", "LocalPatientId", "PersonNumber"])
def test_a_text_key_named_for_the_patient_or_a_persons_number_is_still_the_record_number(name):
    assert PhiClass.MRN in _column_classes(name, "VARCHAR(20)", "linked")


def _patient_row_with_key(column: str, referred: str) -> dict[str, set[PhiClass]]:
    patient = _table("patient", ("OPDNumber", "VARCHAR(255)"), (column, "VARCHAR(255)"))
    key = ForeignKey((column,), "register", (referred,), implied=True)
    marked = mark_table(patient, "patient", implied=(key,), learned=False)
    return {c.name: {mark.phi_class for mark in c.phi} for c in marked.columns}


def test_a_patients_key_to_another_rows_issued_number_holds_that_number():
    # Zimbabwe EPMS's patient.vmmcId -> vmmc.VMMCNumber: the circumcision register's number
    assert PhiClass.OTHER_ID in _patient_row_with_key("vmmcId", "VMMCNumber")["vmmcId"]


def test_a_users_key_that_leads_to_a_number_is_no_patients_number():
    assert not _patient_row_with_key("id_user_sep", "no_sep")["id_user_sep"]

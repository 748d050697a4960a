"""PHI rules of the fourth round: names in a national language, and keys of a visit.

Drawn from SIMRS GOS (Indonesian, no declared foreign keys; tests/data/schemas/holdout/simgos),
each a general behaviour: a name in Indonesian is read as the English words the rules know,
head-first phrases turned round; a column naming a visit links its row to the patient's visit;
a column named the medical record number is that number whatever its type.
"""

from __future__ import annotations

import pytest

from assessor.connectors.database.context import is_encounter_key, linkage
from assessor.connectors.database.phi import classify_column, mark_table
from assessor.connectors.database.tokens import tokens
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


def _table(name: str, *columns: tuple[str, str]) -> TableProfile:
    return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns))


def _marked(table: TableProfile, role: str) -> dict[str, set[PhiClass]]:
    return {
        column.name: {mark.phi_class for mark in column.phi}
        for column in mark_table(table, role).columns
        if column.phi
    }


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("TANGGAL_LAHIR", ("birth", "date")),
        ("tglLahir", ("birth", "date")),
        ("noTelepon", ("phone", "no")),
        ("ALAMAT", ("address",)),
        ("kartu_identitas_pasien", ("identity", "patient", "card")),
        # the nomor rekam medis as SIMRS systems abbreviate it, and a phone number run together
        ("no_rm", ("mrn",)),
        ("notelp", ("no", "phone")),
    ],
)
def test_indonesian_names_read_as_english_words_head_last(name, words):
    assert tokens(name) == words


def test_english_names_are_not_turned_round():
    assert tokens("date_of_birth") == ("date", "of", "birth")
    assert tokens("name_first") == ("name", "first")


def test_an_indonesian_patient_table_holds_patients_identifiers():
    pasien = _table(
        "pasien",
        ("NAMA", "VARCHAR(75)"),
        ("TANGGAL_LAHIR", "DATETIME"),
        ("TEMPAT_LAHIR", "VARCHAR(35)"),
        ("ALAMAT", "VARCHAR(150)"),
        ("AGAMA", "TINYINT"),
    )
    roles = linkage((pasien,), {})[0]
    assert roles[pasien.qualified_name] == "patient"
    assert _marked(pasien, "patient") == {
        "NAMA": {PhiClass.NAME},
        "TANGGAL_LAHIR": {PhiClass.DATE},
        "TEMPAT_LAHIR": {PhiClass.ADDRESS},
        "ALAMAT": {PhiClass.ADDRESS},
    }


def test_a_place_of_birth_is_a_town():
    birth = _table("person", ("birth_place", "VARCHAR(50)"))
    assert _marked(birth, "patient") == {"birth_place": {PhiClass.ADDRESS}}


@pytest.mark.parametrize("name", ["KUNJUNGAN", "visit_no", "encounter_nr", "NOPEN"])
def test_a_column_naming_a_visit_is_a_visit_key(name):
    assert is_encounter_key(name)


@pytest.mark.parametrize("name", ["visit_type", "visit_date", "admission_source", "NOMOR"])
def test_what_describes_a_visit_is_no_visit_key(name):
    assert not is_encounter_key(name)


def test_a_row_keyed_by_a_visit_is_the_patients_even_without_a_declared_key():
    orders = _table("order_lab", ("KUNJUNGAN", "CHAR(19)"), ("TANGGAL", "DATETIME"))
    roles, paths = linkage((orders,), {})
    assert roles[orders.qualified_name] == "linked"
    assert paths[orders.qualified_name] == ("order_lab.KUNJUNGAN: a visit key",)
    assert _marked(orders, "linked") == {
        "KUNJUNGAN": {PhiClass.OTHER_ID},
        "TANGGAL": {PhiClass.DATE},
    }


def test_a_code_list_of_visit_kinds_is_not_linked_by_its_visit_column():
    kinds = _table("visit_type_ref", ("visit", "VARCHAR(30)"), ("label", "VARCHAR(60)"))
    assert linkage((kinds,), {})[0][kinds.qualified_name] == "reference"


def test_an_integer_visit_key_is_the_databases_row_number_not_an_identifier():
    orders = _table("order_lab", ("visit", "BIGINT"), ("ordered", "DATETIME"))
    assert _marked(orders, "linked") == {"ordered": {PhiClass.DATE}}


def test_a_column_named_the_medical_record_number_is_it_even_as_an_integer():
    contacts = _table("kontak_pasien", ("NORM", "INT"), ("mrn", "INTEGER"))
    assert _marked(contacts, "patient") == {"NORM": {PhiClass.MRN}, "mrn": {PhiClass.MRN}}


def test_an_integer_patient_number_is_still_a_row_number():
    facts = _table("observation_fact", ("PATIENT_NUM", "INTEGER"))
    assert _marked(facts, "linked") == {}


def test_a_national_word_english_names_use_too_is_read_in_english_beside_english_words():
    lab = _table("lab_result", ("norm_range_low", "VARCHAR(10)"), ("NORM", "INT"))
    assert tokens("norm_range_low") == ("norm", "range", "low")
    assert _marked(lab, "linked") == {"NORM": {PhiClass.MRN}}


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("HASTA_KODU", ("patient", "code")),
        ("DOGUM_TARIHI", ("birth", "date")),
        ("DOGUMTARIHI", ("birth", "date")),
        ("GUNCELLEME_ZAMANI", ("update", "time")),
        ("TELEFONU", ("phone",)),
    ],
)
def test_turkish_names_read_as_english_words_in_their_own_order(name, words):
    assert tokens(name) == words


def test_a_turkish_patient_table_holds_patients_identifiers():
    hasta = _table(
        "HASTA",
        ("HASTA_KODU", "NVARCHAR(450)"),
        ("ADI", "NVARCHAR(100)"),
        ("SOYADI", "NVARCHAR(100)"),
        ("DOGUM_TARIHI", "DATETIME2"),
        ("ADRESI", "NVARCHAR(MAX)"),
        ("CINSIYET_KODU", "NVARCHAR(450)"),
    )
    roles = linkage((hasta,), {})[0]
    assert roles[hasta.qualified_name] == "patient"
    assert _marked(hasta, "patient") == {
        "HASTA_KODU": {PhiClass.MRN},
        "ADI": {PhiClass.NAME},
        "SOYADI": {PhiClass.NAME},
        "DOGUM_TARIHI": {PhiClass.DATE},
        "ADRESI": {PhiClass.ADDRESS},
    }


def test_a_turkish_visits_complaint_is_free_text():
    visit = _table("HASTA_BASVURU", ("SIKAYET", "NVARCHAR(MAX)"), ("ACIKLAMA", "NVARCHAR(MAX)"))
    assert _marked(visit, "linked") == {
        "SIKAYET": {PhiClass.FREE_TEXT},
        "ACIKLAMA": {PhiClass.FREE_TEXT},
    }


@pytest.mark.parametrize(
    ("name", "words"),
    [("DTNASC", ("dt", "birth")), ("DTOBITO", ("death", "date")), ("dtype", ("dtype",))],
)
def test_a_date_run_into_the_word_it_dates_is_read_apart_from_it(name, words):
    assert tokens(name) == words


def test_a_text_date_of_birth_run_into_its_date_prefix_is_a_date():
    death = _table("sim_dobr", ("DTNASC", "VARCHAR(8)"), ("DTRECEBIM", "VARCHAR(8)"))
    assert _marked(death, "linked") == {"DTNASC": {PhiClass.DATE}}


def test_a_country_written_without_its_accent_is_no_father():
    assert tokens("ID_PAIS") == ("country", "id")


@pytest.mark.parametrize("name", ["fall", "prime", "meds", "desk"])
def test_an_english_word_abbreviates_no_national_word(name):
    assert tokens(name) == (name,)


@pytest.mark.parametrize("name", ["patnr", "patno", "patnum"])
def test_a_patient_number_run_together_links_a_row_to_its_patient(name):
    table = _table("nv_period", (name, "CHAR(10)"), ("period_begdt", "DATE"))
    roles, paths = linkage((table,), {})
    assert roles[table.qualified_name] == "linked"
    assert paths[table.qualified_name] == (f"nv_period.{name}: a patient key",)


def test_a_case_number_run_together_in_german_names_the_visit():
    assert is_encounter_key("falnr") and is_encounter_key("FALLNR")


@pytest.mark.parametrize("name", ["pnr", "personnummer", "bsn", "pesel", "codiceFiscale", "cccd"])
def test_a_countrys_personal_number_is_a_social_security_number(name):
    assert _marked(_table("t", (name, "VARCHAR(20)")), "linked") == {name: {PhiClass.SSN}}


def test_a_keyless_register_row_holding_a_personal_number_is_the_persons():
    contacts = _table("lpr_kontakt", ("pnr", "VARCHAR(10)"), ("kontakt_dato", "DATE"))
    roles, _paths = linkage([contacts], {})
    assert roles["lpr_kontakt"] == "linked"
    assert _marked(contacts, roles["lpr_kontakt"])["kontakt_dato"] == {PhiClass.DATE}


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("foedselsdato", ("birth", "date")),
        ("efternavn", ("surname",)),
        ("start_tidspunkt", ("start", "time")),
        ("dataNascita", ("birth", "date")),
        ("idAssistito", ("patient", "id")),
        ("ho_ten", ("name",)),
        ("ngaySinh", ("birth", "date")),
        ("dia_chi", ("address",)),
        ("so_dien_thoai", ("so", "phone")),
        ("ngay_ra", ("date", "ra")),
    ],
)
def test_nordic_italian_and_vietnamese_names_are_read_for_their_meaning(name, words):
    assert tokens(name) == words


def test_a_registers_compound_word_is_no_target_for_a_shortening():
    assert tokens("DedApplied") == ("ded", "applied")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Nazwisko", ("surname",)),
        ("DrugieImie", ("middle", "name")),
        ("MiejsceUrodzenia", ("birth", "place")),
        ("KodPocztowyZamieszkanie", ("postcode", "residence")),
        ("NumerPacjenta", ("patient", "no")),
    ],
)
def test_polish_names_are_read_for_their_meaning(name, words):
    assert tokens(name) == words


@pytest.mark.parametrize("name", ["kabupaten", "kecamatan", "desa", "kelurahan", "kabkota"])
def test_indonesias_divisions_where_a_patient_lives_are_parts_of_the_address(name):
    # SIMRS Core's pasien.kabupaten, kecamatan, desa: regency, district and village
    found = classify_column(TableColumn(name, "VARCHAR(100)"), "patient")
    assert {mark.phi_class for mark in found} == {PhiClass.ADDRESS}


@pytest.mark.parametrize(
    "name",
    [
        "establecimiento_salud",
        "ctl_establecimiento",
        "tb_unidade_saude",
        "divisions",  # Ukraine's eHealth: a legal entity's divisions, each with its contacts
    ],
)
def test_a_health_facility_named_head_first_is_a_place_not_a_person(name):
    # Bolivia's SEDES referral system keeps each facility's name and phone; what points to it
    # (its beds, its shifts) is the facility's, not a patient's
    facility = TableProfile(
        name,
        columns=tuple(
            TableColumn(n, t)
            for n, t in (("id", "INTEGER"), ("nombre", "VARCHAR(100)"), ("telefono", "VARCHAR(20)"))
        ),
        primary_key=("id",),
    )
    bed = TableProfile(
        "cama",
        columns=tuple(
            TableColumn(n, t)
            for n, t in (("id", "INTEGER"), ("facility_id", "INTEGER"), ("fecha", "DATETIME"))
        ),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("facility_id",), name, ("id",)),),
    )
    roles, _paths = linkage([facility, bed], {})
    assert roles[name] != "person"
    assert roles["cama"] != "linked"


def test_a_table_named_as_an_orm_class_is_read_without_the_class_suffix():
    # AllegianceMD's export names its tables for their Java classes: EncountersEntity holds
    # the patient's encounters, as a table called encounters would
    encounters = TableProfile(
        "EncountersEntity",
        columns=(TableColumn("date", "DATETIME"), TableColumn("note", "TEXT")),
    )
    roles, _paths = linkage([encounters], {})
    assert roles["EncountersEntity"] == "linked"


def test_a_german_table_of_doctors_is_staff():
    # Thera-Pi's arzt: the prescribing doctors' names and practice addresses
    arzt = TableProfile(
        "arzt",
        columns=tuple(
            TableColumn(name, "VARCHAR(50)") for name in ("NACHNAME", "VORNAME", "TELEFON")
        ),
    )
    roles, _paths = linkage([arzt], {})
    assert roles["arzt"] == "staff"


@pytest.mark.parametrize("name", ["laboratorist", "pharmacist", "receptionist", "accountant"])
def test_a_table_named_for_an_occupation_is_staff(name):
    # Code Aristos's registers of the hospital's workers beside its doctor and nurse tables
    table = TableProfile(
        name,
        columns=tuple(
            TableColumn(column, "VARCHAR(100)") for column in ("name", "email", "address", "phone")
        ),
    )
    roles, _paths = linkage([table], {})
    assert roles[name] == "staff"


def test_an_occupation_naming_a_module_leaves_its_tables_to_what_they_hold():
    # OpenMRS's cashier module: a bill keyed to the patient is the patient's
    bill = TableProfile(
        "cashier_bill",
        columns=(TableColumn("bill_id", "INTEGER"), TableColumn("patient_id", "INTEGER")),
    )
    roles, _paths = linkage([bill], {})
    assert roles["cashier_bill"] == "linked"


def _column_classes(name: str, type_name: str, role: str = "linked") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_name), role)}


@pytest.mark.parametrize(
    ("name", "type_name"),
    [("cidadao_cns", "TEXT"), ("CNS_PAC", "CHAR(15)"), ("cns", "VARCHAR(20)")],
)
def test_a_text_named_for_brazils_national_health_card_holds_its_number(name, type_name):
    assert PhiClass.HEALTH_PLAN in _column_classes(name, type_name)


@pytest.mark.parametrize(
    ("name", "type_name"),
    [
        ("cns_normal", "INTEGER"),  # the central nervous system's finding
        ("CNSToxoplasmosis", "CHAR(7)"),
        ("anomalies_cns_desc", "TEXT"),
    ],
)
def test_the_central_nervous_systems_findings_are_no_health_card(name, type_name):
    assert PhiClass.HEALTH_PLAN not in _column_classes(name, type_name)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("fec_nac", ("birth", "date")),
        ("adm_fecnac", ("adm", "birth", "date")),
        ("fechanac", ("birth", "date")),
        ("adm_apelnom", ("adm", "name")),
        ("adm_histclin", ("adm", "medical", "record")),
        ("nro_doc", ("identity", "no")),
    ],
)
def test_a_latin_american_systems_spanish_abbreviations_read_as_their_words(name, words):
    # an Argentine sanatorium's tbc_admision, Galeno40's sia_fecnac_usua
    assert tokens(name) == words


def test_a_spanish_abbreviation_is_no_target_of_another_shortening():
    # hist stays history (a history section's table), not the medical record of histclin
    assert tokens("patient_hist_form_item") == ("patient", "history", "form", "item")


def test_the_staff_in_spanish_are_read_as_staff_beside_spanish_words_only():
    # Peru's HIS MINSA keeps the staff's names and documents beside the patient's
    assert tokens("Apellido_Paterno_Personal") == ("surname", "paterno", "staff")
    assert tokens("Numero_Documento_Personal") == ("identity", "no", "staff")
    assert tokens("personal_history") == ("personal", "history")
    assert _column_classes("Fecha_Nacimiento_Personal", "DATE") == set()
    assert _column_classes("Numero_Documento_Personal", "VARCHAR(15)") == set()
    assert PhiClass.SSN in _column_classes("Numero_Documento_Paciente", "VARCHAR(15)")


def test_the_clerk_who_registers_a_visit_is_staff():
    assert _column_classes("Nombres_Registrador", "VARCHAR(100)") == set()
    assert _column_classes("Fecha_Nacimiento_Registrador", "DATE") == set()


def test_an_unsized_cns_alone_is_an_examination_of_the_central_nervous_system():
    # Kenya's DWAPI extracts: CNS beside Chest, Abdomen, Skin; no Brazilian card number
    assert _column_classes("CNS", "LONGTEXT") == set()


@pytest.mark.parametrize("name", ["NUPI", "UPN"])
def test_kenyas_patient_numbers_are_record_numbers(name):
    # the national unique patient identifier, an HIV clinic's unique patient number
    assert PhiClass.MRN in _column_classes(name, "VARCHAR(50)")


def test_a_bare_name_beside_the_patients_sex_and_age_on_a_patients_record_is_their_name():
    # JiMS prints the patient's name, sex and age on every laboratory request
    request = _table(
        "LAB_TEST_MASTER",
        ("TEST_NO", "VARCHAR(10)"),
        ("PATIENT_ID", "VARCHAR(10)"),
        ("NAME", "VARCHAR(20)"),
        ("SEX", "VARCHAR(4)"),
        ("AGE", "NUMBER(3)"),
    )
    assert _marked(request, "linked")["NAME"] == {PhiClass.NAME}


@pytest.mark.parametrize(
    ("columns", "why"),
    [
        ((("sex", "INTEGER"), ("age", "INTEGER")), "a lab's settings: which details to show"),
        ((("sex", "VARCHAR(4)"),), "a sex alone: the sex a tariff applies to"),
        ((("sex", "VARCHAR(4)"), ("age", "INTEGER"), ("family_name", "VARCHAR(50)")), "parts"),
    ],
)
def test_a_bare_name_is_the_rows_own_without_the_patients_sex_and_age_as_words(columns, why):
    table = _table("lab_config", ("patient_id", "INTEGER"), ("name", "VARCHAR(45)"), *columns)
    assert PhiClass.NAME not in _marked(table, "linked").get("name", set()), why

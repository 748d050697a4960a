"""PHI rules of the fifth round: what the shape of the keys and columns says beyond names.

Each is a general behaviour seen on the round-5 development hold-outs (OpenELIS, PCORnet,
eICU, ORCA; tests/data/schemas/holdout/RESULTS.md), never their column lists: a link row of
nothing but keys joins its rows to the patient; a multi-site system's patient number is the
non-site part of the patients' key; a note may hang on a row of any table; dates are written as
text or numbers glued to what they date, and two characters hold none; charted entries and
results written out are not narrative; a research model's pseudonyms and its description of
itself are no one's identifiers or rows.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assessor.connectors.database.context import linkage
from assessor.connectors.database.links import names_actor
from assessor.connectors.database.phi import classify_column, mark_table
from assessor.model import ForeignKey, Index, PhiClass, TableColumn, TableProfile


def _classes(name: str, type_name: str, role: str = "linked") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_name), role)}


def _keyed(name: str, key: str, *columns: tuple[str, str], **options) -> TableProfile:
    return TableProfile(
        name,
        columns=tuple(TableColumn(n, t) for n, t in ((key, "BIGINT"), *columns)),
        primary_key=(key,),
        **options,
    )


def _link(name: str, *targets: tuple[str, str], unique: str = "") -> TableProfile:
    """A row of an id, a key to each target (column, table) and when it was written."""
    return _keyed(
        name,
        "id",
        *((column, "BIGINT") for column, _table in targets),
        ("lastupdated", "TIMESTAMP"),
        foreign_keys=tuple(ForeignKey((column,), table, ("id",)) for column, table in targets),
        indexes=(Index((unique,), unique=True),) if unique else (),
    )


def _marked(table: TableProfile, role: str = "linked") -> dict[str, set[PhiClass]]:
    return {
        column.name: {mark.phi_class for mark in column.phi}
        for column in mark_table(table, role).columns
        if column.phi
    }


def _table(name: str, *columns: tuple[str, str]) -> TableProfile:
    return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns))


PATIENT = _keyed("patient", "id", ("birth_date", "DATE"))


def test_a_row_a_link_table_joins_to_the_patient_is_the_patients_with_the_link_as_evidence():
    sample = _keyed("sample", "id", ("received_date", "TIMESTAMP"), ("accession_no", "VARCHAR(20)"))
    link = _link("sample_human", ("samp_id", "sample"), ("patient_id", "patient"))
    roles, paths = linkage((PATIENT, sample, link), {})
    assert roles[sample.qualified_name] == "linked"
    assert paths[sample.qualified_name][0] == (
        "sample_human.samp_id -> sample (declared) (a link table)"
    )


def test_rows_hanging_off_a_linked_rows_link_are_the_patients_too():
    sample = _keyed("sample", "id", ("received_date", "TIMESTAMP"))
    item = _keyed(
        "sample_item",
        "id",
        ("samp_id", "BIGINT"),
        ("collection_date", "TIMESTAMP"),
        foreign_keys=(ForeignKey(("samp_id",), "sample", ("id",)),),
    )
    link = _link("sample_human", ("samp_id", "sample"), ("patient_id", "patient"))
    assert linkage((PATIENT, sample, item, link), {})[0][item.qualified_name] == "linked"


def _participation(*extra: tuple[str, str], key: tuple[str, ...] = ("act_id", "patient_id")):
    """An act's participant: the act, the patient, and what the row says of their part."""
    return TableProfile(
        "participation",
        columns=tuple(
            TableColumn(n, t) for n, t in (("act_id", "BIGINT"), ("patient_id", "BIGINT"), *extra)
        ),
        primary_key=key,
        foreign_keys=(
            ForeignKey(("act_id",), "act", ("id",)),
            ForeignKey(("patient_id",), "patient", ("id",)),
        ),
    )


ACT = _keyed("act", "id", ("activity_time", "TIMESTAMP"))


def test_an_association_keyed_by_both_rows_joins_them_whatever_else_it_says_of_the_part():
    link = _participation(
        ("type_cd", "VARCHAR(20)"),
        ("awareness_cd", "VARCHAR(20)"),
        key=("act_id", "patient_id", "type_cd"),
    )
    roles, paths = linkage((PATIENT, ACT, link), {})
    assert roles[ACT.qualified_name] == "linked"
    assert paths[ACT.qualified_name][0] == "participation.act_id -> act (declared) (a link table)"


def test_an_associations_other_keys_join_nothing_to_the_patient():
    session = _keyed("session", "id", ("opened", "TIMESTAMP"))
    link = replace(
        _participation(("session_id", "BIGINT"), ("type_cd", "VARCHAR(20)")),
        foreign_keys=(
            *_participation().foreign_keys,
            ForeignKey(("session_id",), "session", ("id",)),
        ),
    )
    assert linkage((PATIENT, ACT, session, link), {})[0][session.qualified_name] == "other"


def test_an_association_reached_through_other_rows_joins_nothing_more():
    # both sides code lists, one of them reached from a patient's row: a procedure's
    # occupations are no patient's
    procedure = _keyed("procedure", "id", ("valid_from", "DATE"))
    done = _keyed(
        "procedure_done",
        "id",
        ("patient_id", "BIGINT"),
        ("procedure_id", "BIGINT"),
        foreign_keys=(
            ForeignKey(("patient_id",), "patient", ("id",)),
            ForeignKey(("procedure_id",), "procedure", ("id",)),
        ),
    )
    occupation = _keyed("occupation", "id", ("valid_from", "DATE"))
    allowed = TableProfile(
        "procedure_occupation",
        columns=tuple(
            TableColumn(n, "BIGINT") for n in ("procedure_id", "occupation_id", "sex_cd")
        ),
        primary_key=("procedure_id", "occupation_id"),
        foreign_keys=(
            ForeignKey(("procedure_id",), "procedure", ("id",)),
            ForeignKey(("occupation_id",), "occupation", ("id",)),
        ),
    )
    roles = linkage((PATIENT, procedure, done, occupation, allowed), {})[0]
    assert roles[occupation.qualified_name] == "other"


def test_a_row_of_two_keys_among_its_own_columns_keyed_by_neither_is_no_association():
    link = _participation(("type_cd", "VARCHAR(20)"), key=())
    assert linkage((PATIENT, ACT, link), {})[0][ACT.qualified_name] == "other"


def test_a_named_row_many_links_share_is_a_list_the_patient_is_on_not_the_patients():
    cohort = _keyed("cohort", "id", ("name", "VARCHAR(255)"), ("date_created", "DATETIME"))
    member = _link("cohort_member", ("cohort_id", "cohort"), ("patient_id", "patient"))
    assert linkage((PATIENT, cohort, member), {})[0][cohort.qualified_name] == "other"


def test_a_named_row_a_unique_link_key_picks_out_belongs_to_one_patient():
    sample = _keyed("sample", "id", ("label", "VARCHAR(40)"), ("received_date", "TIMESTAMP"))
    link = _link("sample_human", ("samp_id", "sample"), ("patient_id", "patient"), unique="samp_id")
    assert linkage((PATIENT, sample, link), {})[0][sample.qualified_name] == "linked"


def test_the_code_a_link_table_names_its_kind_by_is_not_the_patients():
    # SanteDB's act_rel_tbl: two acts and the relationship's type code, shortened
    code = _keyed("cd_tbl", "id", ("mnemonic", "VARCHAR(64)"), ("crt_utc", "TIMESTAMP"))
    link = _link("act_rel", ("rel_typ_cd_id", "cd_tbl"), ("patient_id", "patient"))
    assert linkage((PATIENT, code, link), {})[0][code.qualified_name] == "other"


@pytest.mark.parametrize("key", ["crt_prov_id", "create_user_id", "obslt_prov_id"])
def test_a_key_naming_who_kept_the_row_in_shortened_words_links_nothing_to_the_patient(key):
    provenance = _keyed("sec_prov", "id", ("established_utc", "TIMESTAMP"))
    alert = _keyed(
        "alert",
        "id",
        (key, "BIGINT"),
        ("sent_utc", "TIMESTAMP"),
        foreign_keys=(ForeignKey((key,), "sec_prov", ("id",)),),
    )
    link = _link("patient_prov", ("prov_id", "sec_prov"), ("patient_id", "patient"))
    roles = linkage((PATIENT, provenance, alert, link), {})[0]
    assert roles[provenance.qualified_name] == "linked"  # the link joins it to the patient
    assert roles[alert.qualified_name] == "other"


def test_the_kind_of_a_record_keeping_act_names_no_one_who_kept_it():
    assert names_actor("crt_usr_id")
    assert not names_actor("update_type_id")


def test_a_row_with_values_of_its_own_is_no_link_table():
    # the key is not named for the sample, so only the link-table rule could link it
    sample = _keyed("sample", "id", ("received_date", "TIMESTAMP"))
    observation = _keyed(
        "observation",
        "id",
        ("patient_id", "BIGINT"),
        ("source_id", "BIGINT"),
        ("value", "VARCHAR(255)"),
        foreign_keys=(
            ForeignKey(("patient_id",), "patient", ("id",)),
            ForeignKey(("source_id",), "sample", ("id",)),
        ),
    )
    assert linkage((PATIENT, sample, observation), {})[0][sample.qualified_name] == "other"


def _site_keyed(name: str, *columns: tuple[str, str], key: tuple[str, ...] = ()) -> TableProfile:
    """A table keyed by a hospital and a patient number (and ``key``), as ORCA keys them."""
    site = (("hospid", "CHAR(24)"), ("ptid", "NUMERIC(10,0)"))
    return TableProfile(
        name,
        columns=tuple(TableColumn(n, t) for n, t in (*site, *columns)),
        primary_key=("hospid", "ptid", *key),
    )


def test_the_non_site_part_of_a_multi_site_patient_tables_key_links_each_table_holding_it():
    patients = _site_keyed("tbl_ptinf", ("name", "VARCHAR(100)"), ("birthday", "DATE"))
    admissions = _site_keyed(
        "tbl_nyuin", ("rrknum", "NUMERIC(3,0)"), ("nyuinymd", "CHAR(8)"), key=("rrknum",)
    )
    roles, paths = linkage((patients, admissions), {})
    assert roles[admissions.qualified_name] == "linked"
    assert paths[admissions.qualified_name] == (
        "tbl_nyuin.ptid: the patient part of tbl_ptinf's key",
    )


def test_a_bare_id_beside_the_site_numbers_rows_not_patients():
    patients = TableProfile(
        "clients",
        columns=(
            TableColumn("site_id", "INTEGER"),
            TableColumn("id", "INTEGER"),
            TableColumn("name", "VARCHAR(100)"),
            TableColumn("birth_date", "DATE"),
        ),
        primary_key=("site_id", "id"),
    )
    stock = TableProfile("stock", columns=(TableColumn("id", "INTEGER"),))
    assert linkage((patients, stock), {})[0][stock.qualified_name] == "other"


def test_a_key_of_the_same_name_but_another_type_is_not_the_patient_number():
    patients = _site_keyed("tbl_ptinf", ("name", "VARCHAR(100)"), ("birthday", "DATE"))
    other = TableProfile("tbl_term", columns=(TableColumn("ptid", "VARCHAR(16)"),))
    assert linkage((patients, other), {})[0][other.qualified_name] == "other"


def test_a_composite_key_without_a_site_part_names_no_patient_number():
    patients = TableProfile(
        "tbl_ptinf",
        columns=(
            TableColumn("ptid", "INTEGER"),
            TableColumn("rrknum", "INTEGER"),
            TableColumn("name", "VARCHAR(100)"),
            TableColumn("birthday", "DATE"),
        ),
        primary_key=("ptid", "rrknum"),
    )
    other = TableProfile("tbl_stock", columns=(TableColumn("rrknum", "INTEGER"),))
    assert linkage((patients, other), {})[0][other.qualified_name] == "other"


def test_the_person_part_of_a_person_and_time_key_links_each_table_holding_it():
    visits = TableProfile(
        "nacrs_a",
        columns=(
            TableColumn("studyid", "TEXT"),
            TableColumn("regdatetime", "TIMESTAMP"),
            TableColumn("dob", "DATE"),
            TableColumn("postal3char", "TEXT"),
            TableColumn("gender", "TEXT"),
        ),
        primary_key=("studyid", "regdatetime"),
    )
    stays = TableProfile(
        "hosp_a",
        columns=(
            TableColumn("seqno", "TEXT"),
            TableColumn("studyid", "TEXT"),
            TableColumn("addate", "TIMESTAMP"),
        ),
        primary_key=("seqno",),
    )
    roles, paths = linkage((visits, stays), {})
    assert roles[visits.qualified_name] == "person"
    assert paths[stays.qualified_name] == ("hosp_a.studyid: the patient part of nacrs_a's key",)


@pytest.mark.parametrize(
    ("name", "type_name"),
    [
        ("creymd", "CHAR(8)"),  # created, year-month-day
        ("uphms", "CHAR(6)"),  # updated, hour-minute-second
        ("sryym", "CHAR(6)"),  # year-month of care
        ("sryymd", "NUMERIC(8,0)"),
        ("hospitaladmittime24", "VARCHAR(8)"),
    ],
)
def test_a_date_glued_to_what_it_dates_kept_as_text_or_a_number_is_a_date(name, type_name):
    assert _classes(name, type_name) == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["synonym", "lifetime", "candidate"])
def test_words_that_merely_end_like_a_date_are_no_date(name):
    assert PhiClass.DATE not in _classes(name, "VARCHAR(40)")


def test_a_number_with_decimals_is_no_date_kept_as_a_number():
    assert _classes("resultymd", "NUMERIC(10,2)") == set()


@pytest.mark.parametrize(
    ("name", "type_name"),
    [("birth_date_mgmt", "CHAR(2)"), ("date_present", "NUMERIC(1)")],
)
def test_two_characters_or_digits_hold_no_date_but_a_code_or_a_flag_about_one(name, type_name):
    assert _classes(name, type_name) == set()


def test_a_time_of_day_in_five_characters_is_still_a_date():
    assert _classes("admit_time", "CHAR(5)") == {PhiClass.DATE}


def test_an_entry_kept_with_its_path_in_a_form_tree_is_the_entry_chosen_not_narrative():
    chart = _table(
        "nurseassessment",
        ("cellattributepath", "VARCHAR(255)"),
        ("cellattribute", "VARCHAR(255)"),
        ("cellattributevalue", "VARCHAR(4000)"),
        ("notetext", "VARCHAR(500)"),
    )
    assert _marked(chart) == {"notetext": {PhiClass.FREE_TEXT}}


def test_the_text_beside_a_stored_files_path_is_still_judged_by_its_name():
    documents = _table("documents", ("document_path", "VARCHAR(255)"), ("document_text", "TEXT"))
    assert _marked(documents) == {"document_text": {PhiClass.FREE_TEXT}}


def test_a_number_written_out_beside_it_is_the_result_not_narrative():
    lab = _table("lab", ("labresult", "NUMERIC(11,4)"), ("labresulttext", "VARCHAR(255)"))
    assert _marked(lab) == {}


def test_a_values_text_in_a_short_column_is_the_value_written_out():
    lab = _table("customlab", ("labotherresult", "VARCHAR(64)"), ("value_text", "VARCHAR(128)"))
    assert _marked(lab) == {}


def test_a_long_text_beside_a_number_may_hold_more_than_the_number():
    obs = _table("obs", ("value_numeric", "DOUBLE"), ("value_text", "TEXT"))
    assert _marked(obs) == {"value_text": {PhiClass.FREE_TEXT}}


def test_a_text_visit_key_kept_as_the_text_patient_key_is_a_pseudonym_not_a_visit_number():
    vital = _table("vital", ("patid", "VARCHAR(50)"), ("encounterid", "VARCHAR(50)"))
    assert _marked(vital) == {}


def test_a_text_visit_key_beside_a_patient_key_read_as_the_record_number_is_a_visit_number():
    visit = _table("visit", ("patient_id", "VARCHAR(50)"), ("encounterid", "VARCHAR(50)"))
    assert _marked(visit) == {
        "patient_id": {PhiClass.MRN},
        "encounterid": {PhiClass.OTHER_ID},
    }


def test_a_text_visit_number_in_a_type_of_its_own_is_still_one():
    visit = _table("registration", ("patid", "VARCHAR(50)"), ("encounterid", "CHAR(10)"))
    assert _marked(visit) == {"encounterid": {PhiClass.OTHER_ID}}


def test_a_table_dating_when_the_schemas_tables_were_loaded_describes_the_database():
    tables = [_table(name, ("patid", "VARCHAR(50)")) for name in ("encounter", "vital", "death")]
    harvest = _table(
        "harvest",
        ("datamart_name", "VARCHAR(20)"),
        ("birth_date_mgmt", "CHAR(2)"),
        *((f"refresh_{t.name}_date", "DATE") for t in tables),
    )
    assert linkage((*tables, harvest), {})[0][harvest.qualified_name] == "reference"


def test_a_patients_dates_named_for_the_tables_of_those_events_are_still_the_patients():
    tables = [_table(name, ("id", "INT")) for name in ("admission", "discharge", "death")]
    patient = _table(
        "enrolee",
        ("name", "VARCHAR(50)"),
        ("birth_date", "DATE"),
        *((f"{t.name}_date", "DATE") for t in tables),
    )
    assert linkage((*tables, patient), {})[0][patient.qualified_name] == "person"


def test_a_results_signature_four_keys_below_the_patients_specimen_is_the_patients():
    chain = ["sample", "sample_item", "analysis", "result", "result_signature"]
    tables = [PATIENT]
    for parent, child in zip(["patient", *chain], chain, strict=False):
        tables.append(
            _keyed(
                child,
                "id",
                (f"{parent}_id", "BIGINT"),
                ("lastupdated", "TIMESTAMP"),
                foreign_keys=(ForeignKey((f"{parent}_id",), parent, ("id",)),),
            )
        )
    roles = linkage(tables, {})[0]
    assert roles["result_signature"] == "linked"


@pytest.mark.parametrize("type_name", ["INTEGER", "NUMERIC(10,0)"])
def test_a_whole_number_key_to_a_list_of_address_parts_is_no_address(type_name):
    assert _classes("address_part_id", type_name, "patient") == set()


def test_a_float_named_for_a_time_holds_a_measure_not_a_date():
    assert _classes("msr_time", "FLOAT") == set()


def test_a_patients_table_other_rows_refer_to_is_no_description_of_the_database():
    tables = [_table(name, ("id", "INT")) for name in ("visit", "appointment", "lab")]
    patient = _keyed(
        "enrolee",
        "id",
        ("name", "VARCHAR(50)"),
        ("birth_date", "DATE"),
        *((f"last_{t.name}_date", "DATE") for t in tables),
    )
    note = _table("remark", ("enrolee_id", "BIGINT"))
    keyed = replace(note, foreign_keys=(ForeignKey(("enrolee_id",), "enrolee", ("id",)),))
    assert linkage((*tables, patient, keyed), {})[0][patient.qualified_name] == "person"


def test_a_note_kept_on_a_row_of_any_table_is_kept_on_patients_rows_among_them():
    note = _table(
        "note",
        ("reference_id", "NUMERIC"),
        ("reference_table", "NUMERIC"),
        ("text", "VARCHAR(1000)"),
    )
    roles, paths = linkage((PATIENT, note), {})
    assert roles[note.qualified_name] == "linked"
    assert paths[note.qualified_name] == (
        "note: a note on a row of any table, patients' among them",
    )


def test_a_note_without_a_reference_to_any_table_is_not_linked_by_it():
    note = _table("note", ("reference_id", "NUMERIC"), ("text", "VARCHAR(1000)"))
    assert linkage((PATIENT, note), {})[0][note.qualified_name] == "other"


@pytest.mark.parametrize(
    ("kind", "owner"),
    [
        ("parent_class", "parent_id"),
        ("addressable_type", "addressable_id"),
        # Cerner's ADDRESS and PHONE: PARENT_ENTITY_NAME holds the table's name ("PERSON")
        ("parent_entity_name", "parent_entity_id"),
    ],
)
def test_an_address_kept_for_a_row_of_any_table_is_kept_for_patients_among_them(kind, owner):
    address = _keyed(
        "address", "id", ("address1", "VARCHAR(255)"), ("city", "VARCHAR(255)"),
        (kind, "VARCHAR(40)"), (owner, "INTEGER"),
    )  # fmt: skip
    assert linkage((PATIENT, address), {})[0][address.qualified_name] == "person"


def test_an_address_kept_for_one_kind_of_row_is_not_one_of_any_table():
    address = _keyed(
        "address", "id", ("address1", "VARCHAR(255)"), ("address_type", "VARCHAR(40)"),
        ("site_id", "INTEGER"),
    )  # fmt: skip
    assert linkage((PATIENT, address), {})[0][address.qualified_name] == "other"


def test_the_name_beside_a_key_of_the_same_words_is_no_kind_of_row():
    # a drug's name copied beside its key (drug_name, drug_id) names the drug, not a table
    address = _keyed(
        "address", "id", ("address1", "VARCHAR(255)"), ("drug_name", "VARCHAR(40)"),
        ("drug_id", "INTEGER"),
    )  # fmt: skip
    assert linkage((PATIENT, address), {})[0][address.qualified_name] == "other"


@pytest.mark.parametrize("name", ["long_text", "long_blob", "document_store"])
def test_a_store_of_texts_kept_for_a_row_of_any_table_keeps_patients_texts_among_them(name):
    # Cerner's LONG_TEXT and LONG_BLOB, each row's text kept for PARENT_ENTITY_NAME's row
    store = _keyed(
        name, "id", ("parent_entity_name", "VARCHAR(32)"), ("parent_entity_id", "INTEGER"),
        ("contents", "TEXT"),
    )  # fmt: skip
    assert linkage((PATIENT, store), {})[0][store.qualified_name] == "linked"


def test_a_store_of_texts_kept_for_one_kind_of_row_is_not_linked_by_its_name():
    store = _keyed("long_text", "id", ("drug_id", "INTEGER"), ("contents", "TEXT"))
    assert linkage((PATIENT, store), {})[0][store.qualified_name] == "other"


@pytest.mark.parametrize("name", ["Allergies", "VitalSigns", "SurgicalHistory", "immunizations"])
def test_a_section_named_for_a_kind_of_patient_record_and_dated_is_the_patients(name):
    # an EHI export's sections (Qualifacts' Allergies, VitalSigns), nested under the patient
    # in its documents and keyed to nothing once flattened
    section = _table(name, ("OnsetDate", "DATETIME"), ("Comments", "VARCHAR(2000)"))
    assert linkage((PATIENT, section), {})[0][section.qualified_name] == "linked"


@pytest.mark.parametrize(
    "section",
    [
        # a list of kinds, dated only when its rows were written (an allergy catalogue)
        _table("his_allergy", ("name", "VARCHAR(60)"), ("create_time", "DATETIME")),
        # a table's history is its rows' versions, no patient's
        _table("claim_history", ("changed_on", "DATETIME"), ("payload", "TEXT")),
    ],
)
def test_a_list_of_kinds_or_a_tables_history_is_no_section_of_a_patients_record(section):
    assert linkage((PATIENT, section), {})[0][section.qualified_name] == "other"


def _patients_pointing_to_locations(key: str, *place: tuple[str, str]) -> dict[str, str]:
    patients = TableProfile(
        "patients",
        columns=(
            TableColumn("id", "INTEGER"),
            TableColumn("first_name", "VARCHAR(50)"),
            TableColumn("birth_date", "DATE"),
            TableColumn(key, "INTEGER"),
        ),
        primary_key=("id",),
        foreign_keys=(ForeignKey((key,), "locations", ("id",)),),
    )
    locations = TableProfile(
        "locations",
        columns=tuple(TableColumn(n, t) for n, t in (("id", "INTEGER"), *place)),
        primary_key=("id",),
    )
    return linkage((patients, locations), {})[0]


ADDRESS = (("address1", "VARCHAR(100)"), ("city", "VARCHAR(50)"), ("phone", "VARCHAR(20)"))


def test_the_address_row_a_patient_points_to_is_the_patients():
    assert _patients_pointing_to_locations("location_id", *ADDRESS)["locations"] == "person"


def test_the_place_of_the_patients_employer_is_not_the_patients_address():
    roles = _patients_pointing_to_locations("corporate_location_id", *ADDRESS)
    assert roles["locations"] == "other"


def test_a_named_place_the_patient_registered_at_is_not_the_patients_address():
    roles = _patients_pointing_to_locations("location_id", ("name", "VARCHAR(100)"), *ADDRESS)
    assert roles["locations"] == "other"


def test_a_declared_key_named_like_a_plan_number_refers_to_its_row_not_a_patient():
    joins = _keyed("name_insurance_join", "id", ("policy_number", "VARCHAR(30)"))
    invoice = _keyed(
        "invoice",
        "id",
        ("name_insurance_join_id", "TEXT"),
        ("comment", "TEXT"),
        foreign_keys=(ForeignKey(("name_insurance_join_id",), "name_insurance_join", ("id",)),),
    )
    assert linkage((joins, invoice), {})[0][invoice.qualified_name] == "other"


def _extract(key: str, *, keyed: bool = False) -> tuple[TableProfile, ...]:
    """Three files of a research release, each carrying ``key`` and an event date."""
    return tuple(
        TableProfile(
            name,
            columns=(TableColumn(key, "BIGINT"), TableColumn(f"{name}_date", "DATE")),
            primary_key=(key,) if keyed else (),
        )
        for name in ("baseline", "hesin", "gp_clinical")
    )


def test_the_key_all_of_an_extracts_tables_share_is_their_subjects():
    roles, paths = linkage(_extract("eid"), {})
    assert roles["gp_clinical"] == "linked"
    assert paths["gp_clinical"] == ("gp_clinical.eid: the key all the extract's tables share",)


@pytest.mark.parametrize("key", ["site_id", "submission_id", "data_entry_user_id", "month_id"])
def test_a_site_submission_user_or_period_key_shared_by_every_table_is_no_subjects(key):
    assert set(linkage(_extract(key), {})[0].values()) == {"other"}


def test_a_key_that_is_each_tables_own_primary_key_is_each_rows_not_a_subjects():
    assert set(linkage(_extract("rec_id", keyed=True), {})[0].values()) == {"other"}


def test_an_extract_with_a_patient_table_is_linked_by_it_not_by_a_shared_key():
    tables = (*_extract("eid"), PATIENT)
    assert "the key all the extract's tables share" not in str(linkage(tables, {})[1])


def test_dhis2s_tracked_entity_instance_is_the_patient_its_enrolments_hang_on():
    instance = _keyed("trackedentityinstance", "trackedentityinstanceid", ("created", "TIMESTAMP"))
    enrolment = _keyed(
        "programinstance",
        "programinstanceid",
        ("trackedentityinstanceid", "BIGINT"),
        ("enrollmentdate", "TIMESTAMP"),
        foreign_keys=(
            ForeignKey(
                ("trackedentityinstanceid",), "trackedentityinstance", ("trackedentityinstanceid",)
            ),
        ),
    )
    roles = linkage((instance, enrolment), {})[0]
    assert roles["trackedentityinstance"] == "patient"
    assert roles["programinstance"] == "linked"


def test_a_row_naming_the_patients_residence_and_age_is_one_patients_record():
    # the Texas inpatient public-use file's base1: pat_zip, pat_county, pat_age, no key
    discharge = _keyed(
        "base1",
        "record_id",
        ("pat_zip", "TEXT"),
        ("pat_county", "TEXT"),
        ("pat_age", "TEXT"),
    )
    assert linkage((discharge,), {})[0]["base1"] == "linked"


def test_a_patient_age_band_and_sex_alone_name_no_patients_residence():
    bands = _keyed("age_bands", "id", ("pat_age", "TEXT"), ("pat_sex", "TEXT"))
    assert linkage((bands,), {})[0]["age_bands"] != "linked"


def test_beside_a_patient_table_in_a_database_no_key_joins_each_dated_table_is_the_patients():
    # a per-patient EHI export's sections, a registry's record groups: filed apart, unkeyed
    case = _table("CasesEntity", ("symptomDate", "DATE"), ("referrer", "VARCHAR(100)"))
    roles, paths = linkage((PATIENT, case), {})
    assert roles[case.qualified_name] == "linked"
    assert paths[case.qualified_name] == (
        "CasesEntity: a section of an extract of patients' records, unkeyed",
    )


@pytest.mark.parametrize("column", ["ConsultationNote", "ImagingNarrative"])
def test_an_undated_section_of_notes_in_an_unkeyed_extract_is_the_patients(column):
    # Helios's export: its clinical notes carry no date
    section = _table("clinical_notes", (column, "VARCHAR(4000)"))
    roles, paths = linkage((PATIENT, section), {})
    assert roles[section.qualified_name] == "linked"
    assert paths[section.qualified_name] == (
        "clinical_notes: a section of an extract of patients' records, unkeyed",
    )


def test_where_keys_join_tables_an_unkeyed_dated_table_is_not_the_patients_by_that_alone():
    case = _table("CasesEntity", ("symptomDate", "DATE"), ("referrer", "VARCHAR(100)"))
    visit = _keyed(
        "visit",
        "id",
        ("patient_id", "BIGINT"),
        foreign_keys=(ForeignKey(("patient_id",), "patient", ("id",)),),
    )
    assert linkage((PATIENT, case, visit), {})[0][case.qualified_name] == "other"


def test_an_unkeyed_table_dated_only_when_written_is_no_section_of_an_extract():
    catalogue = _table("allergen", ("name", "VARCHAR(60)"), ("create_time", "DATETIME"))
    assert linkage((PATIENT, catalogue), {})[0][catalogue.qualified_name] == "other"


def _users_and(key: str) -> tuple[TableProfile, TableProfile]:
    users = _keyed("User", "id", ("username", "VARCHAR(50)"), ("password", "VARCHAR(128)"))
    plan = _keyed(
        "BirthPlan",
        "id",
        (key, "BIGINT"),
        ("support_person_name", "TEXT"),
        foreign_keys=(ForeignKey((key,), "User", ("id",)),),
    )
    return users, plan


@pytest.mark.parametrize("key", ["motherId", "patient_id"])
def test_a_row_keyed_to_the_users_by_a_key_named_for_the_patient_is_the_patients(key):
    # an mHealth app's mothers and a portal's patients log in beside the staff
    users, plan = _users_and(key)
    roles, paths = linkage((users, plan), {})
    assert roles["User"] == "staff"
    assert roles["BirthPlan"] == "linked"
    assert paths["BirthPlan"] == (
        f"BirthPlan.{key} -> User (declared): a key named for the patient",
    )


@pytest.mark.parametrize("key", ["created_by_id", "client_id", "person_id"])
def test_a_row_keyed_to_the_users_by_any_other_key_is_not_a_patients(key):
    # who wrote it, an OAuth client, a person who may be staff
    users, plan = _users_and(key)
    assert linkage((users, plan), {})[0]["BirthPlan"] != "linked"


def _subjects_with_accounts(unique: bool) -> tuple[TableProfile, TableProfile]:
    users = _keyed("radar_user", "id", ("login", "VARCHAR(50)"), ("password_hash", "VARCHAR(60)"),
                   ("first_name", "VARCHAR(50)"), ("email", "VARCHAR(100)"))  # fmt: skip
    subject = _keyed(
        "subject",
        "id",
        ("user_id", "BIGINT"),
        ("date_of_birth", "DATE"),
        foreign_keys=(ForeignKey(("user_id",), "radar_user", ("id",)),),
        indexes=(Index(("user_id",), unique=True),) if unique else (),
    )
    return users, subject


def test_the_users_a_patient_row_refers_to_one_to_one_are_the_patients_accounts_too():
    # RADAR-base: each study subject logs in to its apps with an account of its own
    roles, paths = linkage(_subjects_with_accounts(unique=True), {})
    assert roles["radar_user"] == "person"
    assert paths["radar_user"] == (
        "subject.user_id -> radar_user (declared): the patients' own accounts",
    )


def test_the_user_many_patient_rows_refer_to_is_who_registered_them():
    # GoTHoMIS's and BHIMA's patient.user_id: the clerk who registered the patient
    assert linkage(_subjects_with_accounts(unique=False), {})[0]["radar_user"] == "staff"


def test_contacts_kept_by_djangos_generic_relation_are_kept_for_patients_among_others():
    # GestorPsi's phone_phone: a row of any model, by its content type and object id
    phones = _table(
        "phone_phone",
        ("id", "VARCHAR(36)"),
        ("phoneNumber", "VARCHAR(8)"),
        ("content_type_id", "INTEGER"),
        ("object_id", "VARCHAR(36)"),
    )
    assert linkage((PATIENT, phones), {})[0][phones.qualified_name] == "person"


def test_an_object_id_without_its_content_type_refers_to_no_row_of_any_table():
    phones = _table("phone_phone", ("phoneNumber", "VARCHAR(8)"), ("object_id", "VARCHAR(36)"))
    assert linkage((PATIENT, phones), {})[0][phones.qualified_name] != "person"

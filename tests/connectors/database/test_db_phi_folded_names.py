"""PHI rules drawn from schemas written by ORMs into PostgreSQL (SORMAS): camelCase names folded
to lower case keep their last word, a string longer than the everyday 255 is chosen for words,
and a task assigned to staff on a patient's row is that patient's."""

from __future__ import annotations

import pytest

from assessor.connectors.database.context import linkage
from assessor.connectors.database.phi import classify_column
from assessor.connectors.database.tokens import tokens
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("creatorcomment", ("creator", "comment")),
        ("epidnumber", ("epid", "number")),
        ("eventdesc", ("event", "desc")),
    ],
)
def test_a_folded_camel_case_name_keeps_its_last_word(name, words):
    assert tokens(name) == words


@pytest.mark.parametrize("name", ["context", "taskcontext", "candidate", "fluid"])
def test_a_word_that_only_ends_like_one_is_not_split(name):
    assert tokens(name) == (name,)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("visitdatedd", ("visit", "date", "dd")),
        ("lastcontactmm", ("last", "contact", "mm")),
        ("allergystartmm", ("allergy", "start", "mm")),
    ],
)
def test_a_folded_name_splits_around_a_short_part_no_vocabulary_knows(name, words):
    # iSante's visitDateDd, folded by PostgreSQL: the day of the visit date, as camelCase reads
    assert tokens(name) == words


@pytest.mark.parametrize("name", ["mandate", "sedate", "pretext"])
def test_one_known_word_behind_a_short_unknown_part_is_not_split(name):
    assert tokens(name) == (name,)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("tblpatient", ("tbl", "patient")),
        ("tblinsuree", ("tbl", "insuree")),
        ("tbcase", ("tb", "case")),
        ("lkpcountry", ("lkp", "country")),
        ("tblpatientvisit", ("tbl", "patient", "visit")),
    ],
)
def test_a_table_prefix_run_into_a_folded_name_is_a_word_of_its_own(name, words):
    # tblPatient folded by PostgreSQL; eTB Manager's tbcase: no English word starts so
    assert tokens(name) == words


def test_a_folded_table_named_for_patients_behind_its_prefix_is_the_patients_table():
    tables = [_table("tblpatient", "id"), _table("tblvisit", "id", "tblpatient_id")]
    assert linkage(tables, {})[0]["tblpatient"] == "patient"


@pytest.mark.parametrize(
    ("type_name", "free_text"), [("VARCHAR(512)", True), ("VARCHAR(255)", False)]
)
def test_a_description_longer_than_the_everyday_string_is_narrative(type_name, free_text):
    marks = classify_column(TableColumn("description", type_name), "linked")
    assert (PhiClass.FREE_TEXT in {m.phi_class for m in marks}) is free_text


def _table(name, *columns, fks=()):
    return TableProfile(
        name,
        columns=tuple(TableColumn(c, "INTEGER") for c in columns),
        primary_key=("id",),
        foreign_keys=tuple(ForeignKey((c,), t, ("id",)) for c, t in fks),
    )


def _roles(task: TableProfile) -> dict[str, str]:
    tables = [
        _table("person", "id"),
        _table("cases", "id", "person_id", fks=[("person_id", "person")]),
        _table("users", "id", "username"),
        task,
    ]
    return linkage(tables, {})[0]


def test_a_task_assigned_to_staff_on_a_patients_row_is_the_patients():
    task = _table(
        "task", "id", "caze_id", "assignee_id", fks=[("caze_id", "cases"), ("assignee_id", "users")]
    )
    assert _roles(task)["task"] == "linked"


def test_a_systems_queue_keyed_to_a_patients_row_is_not():
    task = _table("export_task", "id", "caze_id", fks=[("caze_id", "cases")])
    assert _roles(task)["export_task"] == "job"


def test_a_copy_of_a_patients_tables_rows_kept_as_its_history_is_the_patients():
    cases = _table("cases", "id", "person_id", fks=[("person_id", "person")])
    samples = _table("samples", "id", "associatedcase_id", "samplecode",
                     fks=[("associatedcase_id", "cases")])  # fmt: skip
    history = TableProfile(
        "samples_history",
        columns=tuple(TableColumn(c, "INTEGER") for c in ("id", "associatedcase_id", "samplecode")),
    )
    roles, paths = linkage([_table("person", "id"), cases, samples, history], {})
    assert roles["samples_history"] == "linked"
    assert paths["samples_history"][0] == "samples_history: a copy of samples's rows"


def test_a_table_named_as_a_copy_without_the_originals_columns_is_not_one():
    cases = _table("cases", "id", "person_id", "description", fks=[("person_id", "person")])
    log = TableProfile("cases_log", columns=(TableColumn("id", "INTEGER"),))
    assert linkage([_table("person", "id"), cases, log], {})[0]["cases_log"] != "linked"


def test_the_year_of_a_birth_date_kept_apart_is_not_a_date():
    assert classify_column(TableColumn("birthdate_yyyy", "INTEGER"), "patient") == ()


def _parts(target: TableProfile) -> dict[str, str]:
    cases = _table(
        "cases", "id", "person_id", f"{target.name}_id", "reportdate",
        fks=[("person_id", "person"), (f"{target.name}_id", target.name)],
    )  # fmt: skip
    return linkage([_table("person", "id"), cases, target], {})[0]


def test_a_part_of_a_patients_record_kept_in_a_table_of_its_own_is_the_patients():
    hospitalization = _table(
        "hospitalization", "id", "admissiondate", "dischargedate", "isolationdate"
    )
    assert _parts(hospitalization)["hospitalization"] == "linked"


def test_a_list_whose_rows_are_named_is_shared_not_a_part_of_one_record():
    assert _parts(_table("form", "id", "name", "version"))["form"] == "other"


def test_an_organisation_a_patients_row_points_to_is_not_a_part_of_its_record():
    assert _parts(_table("org", "id", "fk_category"))["org"] == "other"


def test_a_code_list_a_patients_row_points_to_is_not_a_part_of_its_record():
    birth_method = _table("birth_method", "birth_method_id", "birth_method_description")
    assert _parts(birth_method)["birth_method"] == "other"


def test_a_key_names_its_part_of_the_record_however_the_two_names_are_split():
    cases = _table(
        "claim", "id", "patient_id", "InsSubNum", "DateService",
        fks=[("patient_id", "person"), ("InsSubNum", "inssub")],
    )  # fmt: skip
    inssub = _table("inssub", "id", "DateEffective", "DateTerm", "SubscNote")
    assert linkage([_table("person", "id"), cases, inssub], {})[0]["inssub"] == "linked"


def _billing(referred: str, key: tuple[str, ...] = ("id",)) -> str:
    """The role of a list of procedure codes a patient's bill refers to by ``referred``."""
    billing = TableProfile(
        "billing",
        columns=tuple(
            TableColumn(name, "VARCHAR(5)" if name == "cpt" else "INTEGER")
            for name in ("id", "person_id", "cpt", "units")
        ),
        primary_key=("id",),
        foreign_keys=(
            ForeignKey(("person_id",), "person", ("id",)),
            ForeignKey(("cpt",), "cpt", (referred,)),
        ),
    )
    cpt = TableProfile(
        "cpt",
        columns=tuple(TableColumn(c, "VARCHAR(255)") for c in ("id", "cpt", "charge", "common")),
        primary_key=key,
    )
    return linkage([_table("person", "id"), billing, cpt], {})[0]["cpt"]


def test_a_key_to_a_code_beside_a_tables_row_key_picks_from_a_list_not_a_part_of_the_record():
    assert _billing("cpt") == "other"


def test_a_key_to_a_tables_row_key_named_for_it_is_a_part_of_the_record():
    assert _billing("id") == "linked"


def test_a_key_to_a_table_without_a_row_key_named_for_it_is_a_part_of_the_record():
    assert _billing("cpt", key=()) == "linked"

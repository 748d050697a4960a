"""The learned second opinion: it only adds marks, says why, and is the model the labels fit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assessor.connectors.database import phi_learned
from assessor.connectors.database.phi import classify_column, mark_table
from assessor.connectors.database.phi_learned import (
    SIGNAL,
    THRESHOLD,
    LearnedModel,
    Sample,
    column_features,
    describe,
    fit,
    kept,
    load,
)
from assessor.model import PhiClass, TableColumn, TableProfile

ROOT = Path(__file__).resolve().parents[3]

# OpenEMR keeps what a patient's last exams found written out in ``last_exam_results``: no rule
# names results a note; a model may have learned that a text of that name on a patient's row
# holds one (``results_model``: the shipped model's own verdict moves with each refit).
CLINICAL = TableProfile(
    "history_data",
    columns=(TableColumn("pk", "INTEGER"), TableColumn("last_exam_results", "VARCHAR(250)")),
    primary_key=("pk",),
)
PATH = ("clin_narrative.fk_encounter -> encounter", "encounter.fk_patient -> identity")


def _marks(table: TableProfile, **options) -> dict[str, tuple]:
    marked = mark_table(table, "linked", path=PATH, **options)
    return {column.name: column.phi for column in marked.columns}


@pytest.fixture
def results_model(monkeypatch):
    """A model sure that a column named for results is PHI, and that it is free text."""
    yield from _stand_in(monkeypatch, {"tok:results": 10.0}, "free-text")


def test_a_column_the_rules_leave_unmarked_is_marked_when_the_model_is_sure(results_model):
    assert classify_column(CLINICAL.columns[1], "linked", path=PATH) == ()
    [mark] = _marks(CLINICAL)["last_exam_results"]
    assert mark.phi_class == PhiClass.FREE_TEXT
    assert mark.signals == (SIGNAL,)
    assert mark.confidence >= THRESHOLD


def test_a_learned_mark_says_it_was_learned_with_what_weighed_most_and_the_link_path(
    results_model,
):
    [mark] = _marks(CLINICAL)["last_exam_results"]
    assert mark.reasons[0].startswith(f"learned: probability {mark.confidence:.2f} of PHI")
    weighed = mark.reasons[0].split("weighed most: ", 1)[1]
    assert "results" in weighed  # the column's own words
    assert mark.reasons[1:] == (
        "tokens: last exam results",
        "type: VARCHAR(250)",
        *(f"linked: {step}" for step in PATH),
    )


def test_without_the_model_the_rules_alone_decide():
    assert _marks(CLINICAL, learned=False)["last_exam_results"] == ()


def test_a_column_the_rules_mark_keeps_exactly_their_marks():
    table = TableProfile("visit", columns=(TableColumn("admit_date", "DATE"),))
    rules = classify_column(table.columns[0], "linked", path=PATH)
    assert rules and _marks(table)["admit_date"] == rules


def test_the_key_of_a_row_is_left_alone():
    assert _marks(CLINICAL)["pk"] == ()


def test_staff_and_code_lists_get_no_learned_marks():
    for role in ("staff", "reference"):
        marked = mark_table(CLINICAL, role, path=PATH)
        assert all(not column.phi for column in marked.columns)


def test_features_are_said_in_words():
    assert describe("last:when|fam:datetime") == "the last word when and a datetime column"
    assert describe("pk:True") == "in the primary key: True"


def test_a_feature_only_one_schema_has_is_not_learned():
    samples = [
        Sample("a", ("bias", "tok:secret", "tok:dob"), True, "date"),
        Sample("a", ("bias", "tok:code"), False, ""),
        Sample("b", ("bias", "tok:dob"), True, "date"),
        Sample("b", ("bias", "tok:code"), False, ""),
    ]
    model = fit(samples)
    assert "tok:secret" not in model.weights
    assert model.weights["tok:dob"] > 0 > model.weights["tok:code"]
    assert model.phi_class(("bias", "tok:dob")) == PhiClass.DATE


def test_fitting_the_same_samples_twice_gives_the_same_model():
    samples = [
        Sample(schema, ("bias", f"tok:{word}"), phi, "name" if phi else "")
        for schema in ("a", "b", "c")
        for word, phi in (("surname", True), ("colour", False), ("forename", True))
    ]
    assert fit(samples).to_dict() == fit(list(samples)).to_dict()


def test_the_shipped_model_is_the_one_the_labelled_schemas_fit():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_phi_learned
    finally:
        sys.path.remove(str(ROOT / "tools"))
    for target, text in train_phi_learned.model_texts().items():
        assert text == target.read_text("utf-8"), f"run tools/train_phi_learned.py ({target.name})"
    assert load().schemas >= 26 and load().columns >= 13_000


def _stand_in(monkeypatch, weights: dict[str, float], phi_class: str):
    """Scans ask a model of these weights, sure of that class, instead of the shipped one."""
    model = LearnedModel(
        weights=weights,
        class_priors={phi_class: 0.0},
        class_weights={phi_class: {}},
        class_unseen={phi_class: -1.0},
        columns=1,
        schemas=1,
    )
    monkeypatch.setattr(phi_learned, "load", lambda: model)
    phi_learned._learned.cache_clear()
    yield
    phi_learned._learned.cache_clear()


@pytest.fixture
def history_model(monkeypatch):
    """A model sure that any ``history`` is PHI, as one fitted without Care2x is."""
    yield from _stand_in(monkeypatch, {"tok:history": 10.0}, "free-text")


def test_a_column_the_rules_judge_by_structure_is_not_asked_of_the_model(history_model):
    # Care2x keeps each row's change log in ``history`` beside who changed the row: the rules
    # read the pair, the model only the word, which elsewhere is the patient's history.
    logged = TableProfile(
        "care_encounter",
        columns=(
            TableColumn("encounter_nr", "INTEGER"),
            TableColumn("history", "TEXT"),
            TableColumn("modify_id", "VARCHAR(35)"),
            TableColumn("history_count", "INTEGER"),
        ),
        primary_key=("encounter_nr",),
    )
    marks = _marks(logged)
    assert marks["history"] == ()
    assert [mark.signals for mark in marks["history_count"]] == [(SIGNAL,)]  # asked, it says PHI


def test_a_name_of_letters_and_numbers_alone_teaches_the_model_nothing():
    filler = TableProfile("t00001", columns=(TableColumn("c05_col", "TEXT"),))
    assert _marks(filler)["c05_col"] == ()


@pytest.fixture
def type_model(monkeypatch):
    """A model sure that every long text is PHI, whatever it is called."""
    weights = {"large:True": 10.0, "tok:blah": -1.0, "tok:zork": 1.0}
    yield from _stand_in(monkeypatch, weights, "free-text")


def test_a_type_and_a_role_alone_never_make_a_learned_mark(type_model):
    table = TableProfile(
        "visit", columns=(TableColumn("blah_x", "TEXT"), TableColumn("zork_x", "TEXT"))
    )
    marks = _marks(table)
    assert marks["blah_x"] == ()
    assert [mark.signals for mark in marks["zork_x"]] == [(SIGNAL,)]


def test_a_learned_address_needs_an_address_beside_it():
    assert not kept(PhiClass.ADDRESS, addressed=False)
    assert kept(PhiClass.ADDRESS, addressed=True) and kept(PhiClass.DATE, addressed=False)


@pytest.fixture
def patient_model(monkeypatch):
    """A model sure that anything named for the patient is PHI."""
    yield from _stand_in(monkeypatch, {"tok:patient": 10.0}, "mrn")


def test_whether_a_patient_key_is_the_record_number_is_the_rules_call(patient_model):
    table = TableProfile(
        "visit",
        columns=(TableColumn("patient_id", "INTEGER"), TableColumn("patient_class", "TEXT")),
    )
    marks = _marks(table)
    assert marks["patient_id"] == ()
    assert [mark.signals for mark in marks["patient_class"]] == [(SIGNAL,)]


def test_a_numbered_slots_words_are_read_apart_from_the_bare_word():
    def features(name: str, type_name: str = "VARCHAR") -> tuple[str, ...]:
        return column_features(TableColumn(name, type_name), "linked", 1, False, False, ())

    assert "last:item" in features("item")
    assert "last:item" not in features("item_a_3")  # LibreClinica's form slots
    assert "slot-last:item" in features("item_a_3")
    assert "len:unsized" in features("item") and "len:text" in features("item", "TEXT")

"""What a column's neighbours, type and words say it holds: round 9's hold-outs' lessons.

A code's display kept beside the code is the code's words, not what someone wrote, however
wide its column; a name's part kept under its qualifier alone (``first``, ``last``) is a name on
a person's row; a birthplace is an address (FHIR's patient-birthPlace). And a charted value
named by a key into a dictionary is a coded measurement, whatever the key's type (PIC's text
``itemid`` into ``d_items``). An order's control number, sent to the lab and back, is the
order's identifier; a field repeated in many numbered slots (a claim's ``diagnosis1`` ...
``diagnosis8``) is a coded list; a test kit's expiry beside its use dates the kit; a treatment
supporter is a related person; a column typed UUID holds a key a program drew, whatever its name.
"""

from __future__ import annotations

import pytest

from assessor.connectors.database.phi import classify_column, mark_table
from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile


def _marked(*columns: tuple[str, str], role: str = "linked") -> dict[str, set[PhiClass]]:
    table = TableProfile("procedures", columns=tuple(TableColumn(n, t) for n, t in columns))
    return {
        column.name: {mark.phi_class for mark in column.phi}
        for column in mark_table(table, role, learned=False).columns
        if column.phi
    }


@pytest.mark.parametrize(
    ("code", "display"),
    [("code", "description"), ("reasoncode", "reasondescription"), ("dx_code", "dx_text")],
)
def test_a_codes_display_beside_it_is_not_narrative_however_wide(code, display):
    marked = _marked((code, "VARCHAR(100)"), (display, "VARCHAR(1000)"))
    assert display not in marked


def test_a_wide_description_with_no_code_beside_it_is_still_narrative():
    marked = _marked(("reasoncode", "VARCHAR(100)"), ("description", "VARCHAR(1000)"))
    assert marked["description"] == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize("name", ["first", "middle", "last"])
def test_a_name_part_kept_under_its_qualifier_alone_is_a_name_on_a_persons_row(name):
    marks = classify_column(TableColumn(name, "VARCHAR(100)"), "patient")
    assert {mark.phi_class for mark in marks} == {PhiClass.NAME}


def test_a_qualifier_alone_on_a_row_of_no_person_names_no_one():
    assert classify_column(TableColumn("last", "VARCHAR(100)"), "linked") == ()


def test_a_birthplace_is_an_address():
    marks = classify_column(TableColumn("birthplace", "VARCHAR(100)"), "patient")
    assert {mark.phi_class for mark in marks} == {PhiClass.ADDRESS}


def _events(*keys: ForeignKey) -> TableProfile:
    return TableProfile(
        "chartevents",
        columns=(
            TableColumn("subject_id", "INTEGER"),
            TableColumn("itemid", "VARCHAR(255)"),
            TableColumn("charttime", "TIMESTAMP"),
            TableColumn("value", "VARCHAR(255)"),
        ),
        foreign_keys=keys,
    )


def test_a_value_named_by_a_text_key_into_a_dictionary_is_a_coded_measurement():
    table = _events(ForeignKey(("itemid",), "d_items", ("itemid",)))
    marked = mark_table(table, "linked", learned=False)
    assert not {column.name for column in marked.columns if column.phi} & {"value"}


def test_a_value_a_persons_row_names_by_free_text_may_hold_anything():
    marked = mark_table(_events(), "person", learned=False)
    assert {column.name for column in marked.columns if column.phi} >= {"value"}


@pytest.mark.parametrize("type_name", ["BIGINT", "VARCHAR(20)"])
def test_an_orders_control_number_is_the_orders_identifier(type_name):
    order = TableProfile(
        "lab_order",
        columns=(
            TableColumn("order_id", "BIGINT"),
            TableColumn("patient_id", "BIGINT"),
            TableColumn("control_id", type_name),
        ),
        primary_key=("order_id",),
    )
    marked = mark_table(order, "linked", learned=False)
    assert {c.name: {m.phi_class for m in c.phi} for c in marked.columns if c.phi} == {
        "control_id": {PhiClass.OTHER_ID}
    }


def test_a_control_id_outside_an_order_and_hl7s_two_letter_order_control_are_no_identifier():
    qc = TableProfile("qc_run", columns=(TableColumn("control_id", "BIGINT"),))
    order = TableProfile("lab_order", columns=(TableColumn("control_no", "CHAR(2)"),))
    for table in (qc, order):
        assert not any(c.phi for c in mark_table(table, "linked", learned=False).columns)


def test_a_field_repeated_in_five_numbered_slots_or_more_is_a_coded_list():
    slots = [(f"diagnosis{n}", "VARCHAR(1000)") for n in range(1, 9)]
    assert _marked(*slots) == {}


def test_two_numbered_note_fields_are_still_narrative():
    marked = _marked(("comments1", "TEXT"), ("comments2", "TEXT"))
    assert marked == {"comments1": {PhiClass.FREE_TEXT}, "comments2": {PhiClass.FREE_TEXT}}


@pytest.mark.parametrize("name", ["test_1_kit_expiry", "vaccine_expiration_date", "lot_exp_date"])
def test_a_products_expiry_on_a_patients_row_dates_the_product(name):
    assert classify_column(TableColumn(name, "DATE"), "linked") == ()


def test_a_patients_own_expiry_dates_are_still_dates():
    marks = classify_column(TableColumn("insurance_expiry_date", "DATE"), "linked")
    assert {mark.phi_class for mark in marks} == {PhiClass.DATE}


@pytest.mark.parametrize("name", ["name_of_treatment_supporter", "treatment_supporter"])
def test_a_patients_treatment_supporter_is_a_related_persons_name(name):
    marks = classify_column(TableColumn(name, "VARCHAR(100)"), "linked")
    assert {mark.phi_class for mark in marks} == {PhiClass.NAME}


@pytest.mark.parametrize("type_name", ["UUID", "UNIQUEIDENTIFIER"])
def test_a_uuid_typed_column_is_a_key_a_program_drew_whatever_its_name(type_name):
    assert classify_column(TableColumn("external_id", type_name), "linked") == ()
    assert {
        m.phi_class for m in classify_column(TableColumn("external_id", "VARCHAR(40)"), "linked")
    } == {PhiClass.OTHER_ID}

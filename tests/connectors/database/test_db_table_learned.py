"""The learned second opinion on tables: it only links what linkage left unlinked, says why,
never overrules a role the rules read, and is the model the labels fit (see
``test_db_phi_learned``)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from assessor.connectors.database import DatabaseConnector, table_learned
from assessor.connectors.database.table_learned import (
    THRESHOLD,
    TableModel,
    TableSample,
    fit_tables,
    learned_links,
    lift,
    load,
    schema_features,
)
from assessor.model import ForeignKey, TableColumn, TableProfile

WOMBAT = TableProfile(
    "wombat_sightings",
    columns=(
        TableColumn("id", "INTEGER"),
        TableColumn("seen_when", "DATETIME"),
        TableColumn("remarks", "TEXT"),
    ),
    primary_key=("id",),
)
SURE = TableModel({"ttok:wombat": 10.0, "bias": -2.0}, tables=10, schemas=3)


def _roles(*pairs: tuple[TableProfile, str]) -> dict[str, str]:
    return {table.qualified_name: role for table, role in pairs}


def test_an_unlinked_table_the_model_finds_patient_rows_is_linked_with_its_reason():
    roles, paths = lift([WOMBAT], _roles((WOMBAT, "other")), {}, {}, SURE)
    assert roles[WOMBAT.qualified_name] == "linked"
    (step,) = paths[WOMBAT.qualified_name]
    assert "read as a patient's rows (learned: probability 1.00" in step
    assert "the table word wombat" in step and "10 hand-labelled tables of 3" in step


def test_a_table_under_the_threshold_stays_unlinked():
    doubtful = TableModel({"ttok:wombat": 0.5, "bias": -0.5}, tables=10, schemas=3)
    assert doubtful.probability(("bias", "ttok:wombat")) < THRESHOLD
    assert learned_links([WOMBAT], _roles((WOMBAT, "other")), {}, {}, doubtful) == {}


@pytest.mark.parametrize("role", ["reference", "staff", "audit", "job", "person", "patient"])
def test_a_role_the_rules_read_is_never_changed_by_the_model(role):
    assert learned_links([WOMBAT], _roles((WOMBAT, role)), {}, {}, SURE) == {}


def test_a_linked_table_is_never_unlinked():
    never = TableModel({"ttok:wombat": -30.0}, tables=10, schemas=3)
    path = {WOMBAT.qualified_name: ("wombat_sightings.patient_id: a patient key",)}
    roles, paths = lift([WOMBAT], _roles((WOMBAT, "linked")), path, {}, never)
    assert roles[WOMBAT.qualified_name] == "linked" and paths == path


def test_a_table_whose_keys_lead_elsewhere_is_whose_its_keys_say():
    # a supplier's order log keyed to the suppliers: its dates are the pharmacy's, not a patient's
    keyed = TableProfile(
        "wombat_sightings",
        columns=(*WOMBAT.columns, TableColumn("zoo_id", "INTEGER")),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("zoo_id",), "zoo", ("id",)),),
    )
    implied = {
        WOMBAT.qualified_name: (ForeignKey(("keeper_id",), "keeper", ("id",), implied=True),)
    }
    assert learned_links([keyed], _roles((keyed, "other")), {}, {}, SURE) == {}
    assert learned_links([WOMBAT], _roles((WOMBAT, "other")), {}, implied, SURE) == {}


def test_a_size_and_a_count_of_dates_alone_never_link_a_table():
    # a model may weigh a table's shape; a link to a patient needs a word that says so
    shapely = TableModel({"ndate:1": 10.0, "ncol:0": 10.0}, tables=10, schemas=3)
    assert learned_links([WOMBAT], _roles((WOMBAT, "other")), {}, {}, shapely) == {}


def test_an_empty_model_links_nothing():
    empty = TableModel({}, tables=0, schemas=0)
    assert learned_links([WOMBAT], _roles((WOMBAT, "other")), {}, {}, empty) == {}


def test_keys_in_are_counted_from_every_table_of_the_schema():
    sighting = TableProfile(
        "sighting_note",
        columns=(TableColumn("id", "INTEGER"), TableColumn("wombat_id", "INTEGER")),
        primary_key=("id",),
    )
    implied = {sighting.qualified_name: (ForeignKey(("wombat_id",), "wombat_sightings", ("id",)),)}
    roles = _roles((WOMBAT, "other"), (sighting, "linked"))
    features = schema_features([WOMBAT, sighting], roles, {}, implied, only=[WOMBAT.qualified_name])
    assert list(features) == [WOMBAT.qualified_name]
    assert "ref:1" in features[WOMBAT.qualified_name]
    assert {"ttok:wombat", "ttok:sightings", "ctok:seen", "ctok:remarks", "ndate:1"} <= set(
        features[WOMBAT.qualified_name]
    )


def test_a_feature_of_one_schema_alone_is_not_learned():
    samples = [
        TableSample("a", ("bias", "ttok:visit", "ttok:secret"), True),
        TableSample("b", ("bias", "ttok:visit"), True),
        TableSample("a", ("bias", "ttok:config"), False),
        TableSample("b", ("bias", "ttok:config"), False),
    ]
    model = fit_tables(samples)
    assert "ttok:secret" not in model.weights
    assert model.weights["ttok:visit"] > 0 > model.weights["ttok:config"]
    assert fit_tables(list(samples)).to_dict() == model.to_dict()


def test_the_shipped_model_was_fitted_to_the_labelled_tables():
    model = load()
    assert model.schemas >= 26 and model.tables >= 10_000 and model.weights


def test_a_scan_shows_the_learned_link_as_the_reason_of_each_mark(tmp_path, monkeypatch):
    path = tmp_path / "zoo.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE patient (id INTEGER PRIMARY KEY, surname TEXT, birth_date DATE)")
        db.execute(
            "CREATE TABLE visit (id INTEGER PRIMARY KEY,"
            " patient_id INTEGER REFERENCES patient (id), admitted DATETIME)"
        )
        db.execute(
            "CREATE TABLE wombat_sightings "
            "(id INTEGER PRIMARY KEY, seen_when DATETIME, remarks TEXT)"
        )
    monkeypatch.setattr(table_learned, "load", lambda: SURE)
    inventory = DatabaseConnector().scan(str(path))
    (table,) = [t for t in inventory.stores[0].tables if t.name == "wombat_sightings"]
    (column,) = [c for c in table.columns if c.name == "seen_when"]
    assert [mark.phi_class.value for mark in column.phi] == ["date"]
    reasons = " ".join(column.phi[0].reasons)
    assert "read as a patient's rows (learned" in reasons
    assert "read as a patient's rows (learned" in json.dumps(inventory.to_dict())

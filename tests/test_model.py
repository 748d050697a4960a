"""The model's promises: JSON round trip, a schema that matches it, a stable order."""

from __future__ import annotations

import json
from dataclasses import fields, replace

import jsonschema
import pytest

from assessor.feed_profile import FeedProfile
from assessor.model import (
    Assessment,
    ComponentScore,
    Dimension,
    Evidence,
    Finding,
    Flow,
    Inventory,
    PhiClass,
    PhiMark,
    ScanError,
    ScanMetadata,
    ScoreTerm,
    Severity,
    System,
    TableColumn,
    Transport,
    UseCaseReadiness,
    Wave,
)
from assessor.schema import SCHEMA_FILES, render, shipped_schema


def _inventory() -> Inventory:
    return Inventory(
        estate_name="Test Hospital",
        systems=(System(id="pas", name="PAS", aliases=("PAS",)), System(id="ehr", name="EHR")),
        flows=(
            Flow(
                id="pas->ehr:mllp",
                source="pas",
                target="ehr",
                transport=Transport.MLLP,
                message_types={"ADT^A01": 3},
                phi_classes=(PhiClass.NAME, PhiClass.SSN),
                tls=False,
                profile=FeedProfile(messages=3, message_types={"ADT^A01^ADT_A01": 3}),
            ),
        ),
        scan=ScanMetadata(
            errors=(ScanError("b.hl7", "truncated-message", "cut short", "message 2"),)
        ),
    )


def _assessment() -> Assessment:
    return Assessment(
        inventory=_inventory(),
        findings=(
            Finding(
                "SEC-TLS01",
                Dimension.SECURITY,
                Severity.HIGH,
                "pas->ehr:mllp",
                "PHI over plain MLLP",
                evidence=(Evidence("a.hl7", "3 messages", 3),),
            ),
        ),
        scores=(
            ComponentScore(
                component="pas",
                component_type="system",
                name="PAS",
                priority=0.7,
                dimensions={"security": 0.9, "privacy": None},
                breakdown=(ScoreTerm("PHI over plain MLLP", 0.7, Dimension.SECURITY, "SEC-TLS01"),),
            ),
        ),
        readiness=(UseCaseReadiness("sepsis-early-warning", "unknown", missing_evidence=("LIS",)),),
        waves=(Wave(0, "Quick wins", move_groups=(("a", "b"),)),),
    )


def test_inventory_round_trips_through_json() -> None:
    inventory = _inventory()
    assert Inventory.from_dict(json.loads(json.dumps(inventory.to_dict()))) == inventory


def test_assessment_round_trips_through_json() -> None:
    assessment = _assessment()
    assert Assessment.from_dict(json.loads(json.dumps(assessment.to_dict()))) == assessment


def test_assessment_json_is_valid_against_the_shipped_schema() -> None:
    jsonschema.validate(_assessment().to_dict(), shipped_schema("assessment"))


def test_inventory_json_is_valid_against_the_shipped_schema() -> None:
    jsonschema.validate(_inventory().to_dict(), shipped_schema("inventory"))


def test_schema_rejects_a_field_the_model_does_not_have() -> None:
    data = _inventory().to_dict()
    data["systems"][0]["patient_name"] = "x"
    try:
        jsonschema.validate(data, shipped_schema("inventory"))
    except jsonschema.ValidationError:
        return
    raise AssertionError("an unknown field passed the schema")


def test_shipped_schema_files_match_the_model() -> None:
    for name, cls in SCHEMA_FILES.items():
        assert shipped_schema(name) == json.loads(render(cls)), (
            f"{name}.schema.json is stale: run python -m assessor.schema"
        )


def test_sorted_inventory_has_the_same_json_whatever_the_input_order() -> None:
    inventory = _inventory()
    shuffled = Inventory(
        estate_name=inventory.estate_name,
        systems=tuple(reversed(inventory.systems)),
        flows=inventory.flows,
        scan=inventory.scan,
    )
    assert json.dumps(shuffled.sorted().to_dict()) == json.dumps(inventory.sorted().to_dict())


def test_dict_keys_are_written_in_sorted_order() -> None:
    flow = Flow(id="f", source="a", target="b", message_types={"ORU^R01": 1, "ADT^A01": 2})
    assert list(flow.to_dict()["message_types"]) == ["ADT^A01", "ORU^R01"]


def test_evolve_makes_what_dataclasses_replace_makes() -> None:
    system = System(id="pas", name="PAS", aliases=("PAS", "pas-prod"), vendor="Meditrak")
    assert system.evolve(name="Patient administration", owner="IT") == replace(
        system, name="Patient administration", owner="IT"
    )


def test_evolve_refuses_a_field_the_model_does_not_have() -> None:
    with pytest.raises(TypeError, match="colour"):
        System(id="pas", name="PAS").evolve(colour="red")


def test_with_phi_keeps_every_other_field_of_the_column() -> None:
    column = TableColumn("dob", "DATE", nullable=False, default="now()", comment="born", phi=())
    unset = [f.name for f in fields(TableColumn) if getattr(column, f.name) == f.default]
    assert unset == ["phi"]  # every other field set, so that none can be dropped unseen
    marks = (PhiMark(PhiClass.DATE, 0.9),)
    assert column.with_phi(marks) == replace(column, phi=marks)


def test_a_column_read_from_the_catalog_is_the_column_its_init_makes() -> None:
    read = TableColumn.read("dob", "DATE", False, "now()", "born")
    made = TableColumn("dob", "DATE", nullable=False, default="now()", comment="born")
    assert read == made and read.__dict__ == made.__dict__
    assert len(read.__dict__) == len(fields(TableColumn))  # a field added must be set there too
    assert read.evolve(name="born_on") == replace(made, name="born_on")

"""A FHIR server's relational store: its tables for the types of the Patient compartment hold
patients' resources though no key says whose; an ordinary schema's table named as a resource
type is judged by its keys."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from assessor.connectors.database.context import PATIENT_CONTEXT, linkage
from assessor.connectors.database.fhir_store import MIN_TYPED_TABLES
from assessor.connectors.database.phi import classify_column, plain_columns
from assessor.model import PhiClass, TableColumn, TableProfile

ROOT = Path(__file__).resolve().parents[3]
# types outside the Patient compartment: a store keeps them beside the patients' resources
SHARED = ("CodeSystem", "ValueSet", "Organization", "Location", "Practitioner", "Medication",
          "StructureDefinition", "Questionnaire", "Subscription", "Bot")  # fmt: skip


def _resource_table(name: str) -> TableProfile:
    columns = (TableColumn("id", "UUID"), TableColumn("content", "TEXT"),
               TableColumn("lastUpdated", "TIMESTAMP"))  # fmt: skip
    return TableProfile(name, columns=columns, primary_key=("id",))


def _roles(*names: str) -> dict[str, str]:
    return linkage([_resource_table(name) for name in names], {})[0]


def test_a_fhir_stores_table_of_a_patient_compartment_type_holds_patients_resources():
    roles = _roles("Patient", "DocumentReference", "Appointment", *SHARED)
    assert roles["DocumentReference"] == "linked"
    assert roles["Appointment"] == "linked"


def test_a_fhir_stores_table_of_a_shared_type_holds_no_ones():
    roles = _roles("Patient", "DocumentReference", *SHARED)
    assert roles["CodeSystem"] not in PATIENT_CONTEXT
    assert roles["Organization"] not in PATIENT_CONTEXT


def test_a_few_tables_named_as_resource_types_do_not_make_a_fhir_store():
    names = ("patient", "appointment", *SHARED[: MIN_TYPED_TABLES - 3])
    assert _roles(*names)["appointment"] not in PATIENT_CONTEXT


@pytest.mark.parametrize("name", ["fhir_resource_types.csv", "fhir_words.txt"])
def test_the_shipped_fhir_data_is_what_the_builder_makes_of_fhir_resources(name):
    path = ROOT / "tools" / "build_fhir_data.py"
    spec = importlib.util.spec_from_file_location("build_fhir_data", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.FILES[name]() == (ROOT / "assessor" / "data" / name).read_text("utf-8")


def _flattened(name: str, *elements: str) -> TableProfile:
    columns = tuple(TableColumn(element, "JSONB") for element in elements)
    return TableProfile(
        name,
        columns=(TableColumn("id", "TEXT"), *columns, TableColumn("status", "TEXT")),
        primary_key=("id",),
    )


def test_a_resource_laid_out_by_element_is_its_subjects_record():
    # a FHIR export loaded as tables (BigQuery's stream, SQL-on-FHIR): no patient table
    roles, paths = linkage([_flattened("Census", "meta", "text", "contained", "subject")], {})
    assert roles["Census"] == "linked"
    assert paths["Census"] == ("Census.subject: a FHIR resource's reference to its patient",)


def test_a_table_with_a_subject_but_not_laid_out_as_a_resource_is_judged_as_before():
    # an e-mail's subject line beside one column that merely shares an element's name
    roles = linkage([_flattened("message", "text", "subject")], {})[0]
    assert roles["message"] not in PATIENT_CONTEXT


@pytest.mark.parametrize(
    "name",
    ["PatientAddress.address.period.id", "Patient.text.extension", "identifier.type.coding"],
)
def test_an_elements_structure_named_by_its_dotted_path_is_no_value(name):
    # Microsoft's FHIR-to-Synapse tables: each element's id and extensions beside its value
    assert classify_column(TableColumn(name, "VARCHAR(4000)"), "patient") == ()
    assert name in plain_columns(
        TableProfile("t", columns=(TableColumn(name, "TEXT"),)), "patient", ()
    )


def test_an_elements_value_named_by_its_dotted_path_is_read_as_before():
    marks = classify_column(TableColumn("PatientAddress.address.city", "VARCHAR(256)"), "patient")
    assert {mark.phi_class for mark in marks} == {PhiClass.ADDRESS}

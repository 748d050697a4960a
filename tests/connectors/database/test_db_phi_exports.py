"""Linkage in an export whose patients are kept elsewhere: no patient table to lead to, only the
key by which each row names its patient (round 67 of the hold-outs, PointClickCare's export)."""

from __future__ import annotations

from assessor.connectors.database.context import PATIENT_CONTEXT, linkage
from assessor.model import ForeignKey, TableColumn, TableProfile


def _assessment(client_type: str = "INTEGER") -> TableProfile:
    columns = (
        TableColumn("assess_id", "INTEGER"),
        TableColumn("client_id", client_type),
        TableColumn("assess_date", "TIMESTAMP"),
    )
    return TableProfile("mds_assessment", columns=columns, primary_key=("assess_id",))


def _table(name: str, *columns: str) -> TableProfile:
    return TableProfile(
        name,
        columns=tuple(TableColumn(column, "INTEGER") for column in ("id", *columns)),
        primary_key=("id",),
    )


def test_a_client_number_names_the_patient_where_no_table_keeps_patients_or_clients():
    roles, paths = linkage([_assessment(), _table("facility", "name")], {})
    assert roles["mds_assessment"] == "linked"
    assert paths["mds_assessment"] == ("mds_assessment.client_id: a patient key",)


def test_a_client_number_beside_a_patient_table_is_a_customers():
    # a laboratory's client is the facility that orders its tests
    visit = TableProfile(
        "visit",
        columns=(TableColumn("id", "INTEGER"), TableColumn("patient_id", "INTEGER")),
        primary_key=("id",),
        foreign_keys=(ForeignKey(("patient_id",), "patient", ("id",)),),
    )
    roles = linkage([_assessment(), _table("patient", "name"), visit], {})[0]
    assert roles["mds_assessment"] not in PATIENT_CONTEXT


def test_a_client_number_beside_a_clients_table_is_judged_by_that_table():
    roles = linkage([_assessment(), _table("oauth_client", "secret")], {})[0]
    assert roles["mds_assessment"] not in PATIENT_CONTEXT


def test_a_client_id_kept_as_text_is_an_applications():
    # an OAuth client id (HAPI FHIR's batch jobs, Kheops's report providers)
    roles = linkage([_assessment("VARCHAR(200)")], {})[0]
    assert roles["mds_assessment"] not in PATIENT_CONTEXT

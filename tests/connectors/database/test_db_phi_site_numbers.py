"""Rows gathered from many hospitals: a patient number kept unique only with the sending
site's code is that site's record number for the patient, not a key the database made.

Drawn from round 18's hold-outs (Thailand's 43-file standard as a district data centre loads
it: tests/data/schemas/holdout/RESULTS.md), written as small tables of their own.
"""

from __future__ import annotations

import pytest

from assessor.connectors.database.phi import mark_table
from assessor.model import PhiClass, TableColumn, TableProfile


def _marked(table: TableProfile, role: str = "linked") -> dict[str, set[PhiClass]]:
    return {
        column.name: {mark.phi_class for mark in column.phi}
        for column in mark_table(table, role, learned=False).columns
        if column.phi
    }


def _table(name: str, *columns: tuple[str, str], pk: tuple[str, ...]) -> TableProfile:
    return TableProfile(name, columns=tuple(TableColumn(n, t) for n, t in columns), primary_key=pk)


def test_a_patient_number_unique_only_with_the_sending_hospitals_code_is_its_record_number():
    service = _table(
        "service",
        ("HOSPCODE", "VARCHAR(5)"),
        ("PID", "VARCHAR(15)"),
        ("SEQ", "VARCHAR(16)"),
        ("DATE_SERV", "DATE"),
        pk=("HOSPCODE", "PID", "SEQ"),
    )
    assert _marked(service)["PID"] == {PhiClass.MRN}


@pytest.mark.parametrize("site", ["site_id", "facility_code", "hospcode"])
def test_any_site_code_beside_the_patient_key_makes_it_the_sites_number(site):
    visit = _table("visit", (site, "VARCHAR(10)"), ("patid", "VARCHAR(20)"), pk=(site, "patid"))
    assert _marked(visit)["patid"] == {PhiClass.MRN}


def test_a_patient_key_unique_with_a_code_of_no_site_is_the_databases_own():
    diagnosis = _table(
        "diagnosis",
        ("PATID", "VARCHAR(50)"),
        ("DX", "VARCHAR(18)"),
        ("DX_TYPE", "VARCHAR(2)"),
        pk=("PATID", "DX", "DX_TYPE"),
    )
    assert "PATID" not in _marked(diagnosis)


def test_an_integer_patient_key_beside_a_site_is_a_row_number():
    visit = _table("visit", ("site_id", "INTEGER"), ("pid", "INTEGER"), pk=("site_id", "pid"))
    assert "pid" not in _marked(visit)


@pytest.mark.parametrize("name", ["ROAD", "HOUSENO", "road"])
def test_a_road_and_a_house_number_are_parts_of_an_address(name):
    person = _table("person", ("id", "INTEGER"), (name, "VARCHAR(255)"), pk=("id",))
    assert _marked(person, "patient")[name] == {PhiClass.ADDRESS}

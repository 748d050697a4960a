"""PHI rules drawn from national data sets' returns (rounds 44 and 45 of the hold-outs).

A national return (NHS England's MHSDS and CSDS as its Data Lake keeps them) files every row
under the month it was returned in, names its columns as a data dictionary does (words in
capitals, a bracket saying which kind or whose), keeps every text as TEXT, and stamps each row
with its loader's namespaced columns. Each rule here is a reading that holds wherever names are
written that way.
"""

from __future__ import annotations

import pytest

from assessor.connectors.database.context import is_patient_key
from assessor.connectors.database.phi import classify_column
from assessor.connectors.database.phi_keys import issued_numbers
from assessor.connectors.database.tokens import tokens
from assessor.model import PhiClass, TableColumn, TableProfile


def _classes(name: str, type_name: str, role: str = "linked") -> set[PhiClass]:
    return {mark.phi_class for mark in classify_column(TableColumn(name, type_name), role)}


def test_a_lower_case_namespace_run_into_a_camel_case_name_is_no_word_it_might_shorten():
    # dmic (the Data Lake's loader) is no domicile: its import log's id is no address
    assert tokens("dmicImportLogId") == ("dmic", "import", "log", "id")
    assert _classes("dmicImportLogId", "NUMERIC(38, 0)") == set()
    assert tokens("tlp_rumah") == ("rumah", "phone")  # a word of its own is read as before


def test_a_returns_reporting_period_dates_the_return_not_the_patient():
    assert _classes("ReportingPeriodStartDate", "TIMESTAMP") == set()
    assert _classes("REPORTING PERIOD END DATE", "DATE") == set()
    assert _classes("ReportingDate", "DATE") == {PhiClass.DATE}  # when a result was reported


@pytest.mark.parametrize(
    "name",
    [
        "PRIMARY DIAGNOSIS (CODED CLINICAL ENTRY)",
        "DIAGNOSIS SCHEME IN USE",
        "UNIQUE CARE PLAN IDENTIFIER",
    ],
)
def test_a_coded_entry_its_scheme_or_an_identifier_in_a_text_column_is_no_narrative(name):
    assert PhiClass.FREE_TEXT not in _classes(name, "TEXT")


def test_a_diagnosis_not_coded_is_written_in_words():
    assert _classes("diagnosis_non_coded", "VARCHAR(255)") == {PhiClass.FREE_TEXT}


@pytest.mark.parametrize(
    "name",
    ["LOCAL PATIENT IDENTIFIER (EXTENDED)", "UNIQUE CSDS ID (PATIENT)", "UniqueCYPHS_ID_Patient"],
)
def test_a_patients_key_qualified_in_brackets_or_named_key_first_is_the_patients(name):
    assert is_patient_key(name)


@pytest.mark.parametrize(
    "name", ["ORGANISATION SITE IDENTIFIER (OF TREATMENT)", "Weight (kg)", "num_patients"]
)
def test_a_bracket_or_a_count_makes_no_other_column_a_patients_key(name):
    assert not is_patient_key(name)


def test_a_code_systems_number_on_a_claim_is_a_code_not_an_issued_number():
    claim = TableProfile(
        "claim",
        columns=(TableColumn("DMD_DRG_NO", "VARCHAR(10)"), TableColumn("claim_no", "VARCHAR(20)")),
    )
    assert issued_numbers(claim) == {"claim_no": "structure:text-number"}


@pytest.mark.parametrize(
    "name", ["NHSNumberStatusMother", "ValidNHSNoFlagMother", "EthnicCategoryMother"]
)
def test_a_code_about_a_person_named_last_is_no_name_nor_number(name):
    # MSDS names whose a value is after it: the status of the mother's NHS number is a code
    assert _classes(name, "TEXT") == set()


def test_what_a_name_keeps_before_the_person_it_ends_with_is_that_persons():
    # MSDS's LPIDBaby: the NHS Data Dictionary's local patient identifier, of the baby
    assert tokens("LPIDBaby") == ("local", "patient", "id", "baby")
    assert _classes("LPIDBaby", "TEXT") == {PhiClass.MRN}
    assert _classes("PostcodeMother", "TEXT") >= {PhiClass.ADDRESS}

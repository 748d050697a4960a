"""Claims data (CMS's CCLF files, a payer's warehouse): the beneficiary is the patient.

CMS and X12 shorten their element names (``CLM_FROM_DT``, ``BENE_MBI_ID``, ``CLM_CNTL_NUM``);
the beneficiary's Medicare numbers key every row of a claim file; the word nearest a number
says what is numbered (a claim's line, a claim's provider are no one's); a warehouse's
ingestion time dates the load, not the patient.
"""

from __future__ import annotations

import pytest

from assessor.connectors.database.context import is_patient_key, linkage
from assessor.connectors.database.phi import classify_column
from assessor.connectors.database.tokens import tokens
from assessor.model import PhiClass, TableColumn, TableProfile


def _classes(name: str, role: str = "linked") -> set[PhiClass]:
    return {m.phi_class for m in classify_column(TableColumn(name, "VARCHAR(255)"), role)}


def test_cms_shortenings_read_as_their_words_and_mbi_is_no_mobile():
    assert tokens("CLM_FROM_DT") == ("claim", "from", "dt")
    assert tokens("BENE_MBI_ID") == ("beneficiary", "mbi", "id")
    assert tokens("CLM_CNTL_NUM") == ("claim", "control", "num")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("BENE_MBI_ID", PhiClass.HEALTH_PLAN),
        ("BENE_HIC_NUM", PhiClass.HEALTH_PLAN),
        ("CLM_CNTL_NUM", PhiClass.OTHER_ID),
        ("CUR_CLM_UNIQ_ID", PhiClass.OTHER_ID),
    ],
)
def test_a_beneficiarys_medicare_numbers_and_a_claims_numbers_are_identifiers(name, expected):
    assert _classes(name) == {expected}


@pytest.mark.parametrize(
    "name", ["claim_line_number", "CLM_ATNDG_PRVDR_NPI_NUM", "CLM_CNTRCTR_NUM", "HIC_SEQNO"]
)
def test_a_number_of_a_claims_line_provider_or_contractor_is_no_ones(name):
    assert _classes(name) == set()


def test_the_beneficiarys_medicare_number_keys_a_claim_file_to_the_patient():
    assert is_patient_key("BENE_MBI_ID") and is_patient_key("BENE_HIC_NUM")
    header = TableProfile(
        "parta_claims_header",
        columns=(
            TableColumn("CUR_CLM_UNIQ_ID", "VARCHAR(255)"),
            TableColumn("BENE_MBI_ID", "VARCHAR(255)"),
            TableColumn("CLM_FROM_DT", "VARCHAR(255)"),
        ),
    )
    assert linkage((header,), {})[0][header.qualified_name] == "linked"


def test_a_warehouses_ingestion_time_is_not_a_date_of_the_patient():
    marks = classify_column(TableColumn("ingest_datetime", "TIMESTAMP"), "linked")
    assert marks == ()


def test_a_row_keeping_a_members_plan_number_is_the_members():
    line = TableProfile(
        "dispensing_lines",
        columns=(
            TableColumn("member_insurance_number", "VARCHAR(20)"),
            TableColumn("filled", "DATE"),
        ),
    )
    roles, paths = linkage((line,), {})
    assert roles[line.qualified_name] == "linked"
    assert paths[line.qualified_name] == (
        "dispensing_lines.member_insurance_number: a patient's record or plan number",
    )


def test_an_organisations_table_keeping_a_plan_number_is_not_a_patients():
    plan = TableProfile(
        "insurance_company",
        columns=(TableColumn("subscriber_number", "VARCHAR(20)"),),
    )
    assert linkage((plan,), {})[0][plan.qualified_name] != "linked"

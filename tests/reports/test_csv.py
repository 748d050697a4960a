"""``blockers.csv`` is the ranked blockers table."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from assessor.model import Assessment
from assessor.reports.csv import COLUMNS, CsvReport


def _rows(assessment: Assessment) -> list[dict[str, str]]:
    text = CsvReport().render(assessment).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_scored_component_in_rank_order(
    estate_assessment: Assessment,
) -> None:
    rows = [r for r in _rows(estate_assessment) if r["rank"]]
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, 9)]
    assert [r["component"] for r in rows][:3] == ["pas", "lis", "engine"]


def test_csv_header_names_every_column(estate_assessment: Assessment) -> None:
    text = CsvReport().render(estate_assessment).decode("utf-8")
    assert text.splitlines()[0].split(",") == list(COLUMNS)


def test_csv_leaves_unobserved_dimensions_empty_not_zero(estate_assessment: Assessment) -> None:
    pas = _rows(estate_assessment)[0]
    assert pas["dim_operability"] == "" and pas["dim_security"] == "0.9"


def test_csv_defuses_spreadsheet_formulas_in_names(estate_assessment: Assessment) -> None:
    score = replace(estate_assessment.scores[0], name='=HYPERLINK("x")')
    rows = _rows(replace(estate_assessment, scores=(score,)))
    assert rows[0]["name"] == '\'=HYPERLINK("x")'


def test_csv_of_an_empty_assessment_is_the_header_alone(empty_assessment: Assessment) -> None:
    assert CsvReport().render(empty_assessment).decode("utf-8").splitlines() == [",".join(COLUMNS)]

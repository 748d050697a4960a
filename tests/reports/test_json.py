"""``assessment.json`` is the whole Assessment, valid against the shipped schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from assessor.model import Assessment
from assessor.reports.json import JsonReport
from assessor.schema import shipped_schema


@pytest.mark.parametrize("which", ["estate_assessment", "empty_assessment"])
def test_json_validates_against_the_shipped_schema(
    which: str, request: pytest.FixtureRequest
) -> None:
    data = json.loads(JsonReport().render(request.getfixturevalue(which)))
    jsonschema.Draft202012Validator(shipped_schema("assessment")).validate(data)


def test_json_round_trips_to_an_equal_assessment(estate_assessment: Assessment) -> None:
    data = json.loads(JsonReport().render(estate_assessment))
    assert Assessment.from_dict(data) == estate_assessment


def test_json_keeps_non_ascii_text_as_utf8(estate_assessment: Assessment) -> None:
    text = JsonReport().render(estate_assessment).decode("utf-8")
    assert "Meditrak PAS → Mirth Connect" in text


def test_json_is_indented_with_sorted_keys_and_ends_with_a_newline(
    estate_assessment: Assessment,
) -> None:
    text = JsonReport().render(estate_assessment).decode("utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

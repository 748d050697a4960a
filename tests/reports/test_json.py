"""``assessment.json`` and ``inventory.json``: the whole model, valid against the shipped schema,
the same bytes for the same model, an object a key per line down to the first list."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from assessor.cli import main
from assessor.model import (
    Assessment,
    DataStore,
    FeedProfile,
    Inventory,
    System,
    TableColumn,
    TableProfile,
)
from assessor.reports.json import JsonReport, json_bytes, layout
from assessor.schema import shipped_schema

HOSTILE = 'a "quoted" \\ back\nslash\t\x00\x1f\u2028</script><b>&amp; é 中'


def hostile_inventory() -> Inventory:
    """Names as a scanned database or an estate file may hold them: quotes, controls, markup."""
    column = TableColumn(name=HOSTILE, type="TEXT", comment=HOSTILE)
    table = TableProfile(name=HOSTILE, columns=(column,), smells=(HOSTILE,))
    store = DataStore(id="db", url="sqlite:///x", dialect="sqlite", tables=(table,))
    return Inventory(systems=(System(id="s", name=HOSTILE, aliases=(HOSTILE,)),), stores=(store,))


@pytest.mark.parametrize("which", ["estate_assessment", "empty_assessment"])
def test_json_validates_against_the_shipped_schema(
    which: str, request: pytest.FixtureRequest
) -> None:
    data = json.loads(JsonReport().render(request.getfixturevalue(which)))
    jsonschema.Draft202012Validator(shipped_schema("assessment")).validate(data)


def test_json_round_trips_to_an_equal_assessment(estate_assessment: Assessment) -> None:
    data = json.loads(JsonReport().render(estate_assessment))
    assert Assessment.from_dict(data) == estate_assessment


def test_json_holds_exactly_what_to_dict_gives(estate_assessment: Assessment) -> None:
    assert json.loads(JsonReport().render(estate_assessment)) == estate_assessment.to_dict()


def test_json_of_the_model_is_the_bytes_of_its_plain_copy(estate_assessment: Assessment) -> None:
    plain = (layout(estate_assessment.to_dict()) + "\n").encode("utf-8")
    assert json_bytes(estate_assessment) == plain


def test_an_object_outside_the_model_is_refused_not_written_as_its_repr() -> None:
    with pytest.raises(TypeError, match="not part of the model"):
        layout([object()])


def test_json_keeps_non_ascii_text_as_utf8(estate_assessment: Assessment) -> None:
    text = JsonReport().render(estate_assessment).decode("utf-8")
    assert "Meditrak PAS → Mirth Connect" in text


def test_json_is_the_same_bytes_for_the_same_assessment(estate_assessment: Assessment) -> None:
    first = JsonReport().render(estate_assessment)
    again = JsonReport().render(Assessment.from_dict(json.loads(first)))
    assert again == first


def test_json_sorts_keys_at_every_level_and_ends_with_one_newline(
    estate_assessment: Assessment,
) -> None:
    text = JsonReport().render(estate_assessment).decode("utf-8")
    orders: list[list[str]] = []
    json.loads(text, object_pairs_hook=lambda pairs: orders.append([k for k, _v in pairs]))
    assert len(orders) > 100
    assert all(keys == sorted(keys) for keys in orders)
    assert text.endswith("}\n") and not text.endswith("\n\n")


def test_json_writes_objects_a_key_per_line_down_to_the_first_list() -> None:
    data = {"b": [{"y": 1, "x": [2, 3]}, "two"], "a": {"k": {"m": None}, "j": []}, "c": 1}
    assert layout(data) == (
        "{\n"
        '  "a": {\n'
        '    "j": [],\n'
        '    "k": {\n'
        '      "m": null\n'
        "    }\n"
        "  },\n"
        '  "b": [\n'
        '    {"x": [2, 3], "y": 1},\n'
        '    "two"\n'
        "  ],\n"
        '  "c": 1\n'
        "}"
    )


def test_json_writes_what_is_not_an_object_or_a_list_on_one_line() -> None:
    assert layout({}) == "{}"
    assert layout([]) == "[]"
    assert layout("x\ny") == '"x\\ny"'


def test_json_escapes_hostile_text_as_the_standard_encoder_does() -> None:
    text = json_bytes(hostile_inventory()).decode("utf-8")
    escaped = json.dumps(HOSTILE, ensure_ascii=False)
    assert escaped in text
    assert HOSTILE not in text  # the raw newline, tab and NUL never reach the file
    assert "\n" not in escaped and "\x00" not in text
    assert Inventory.from_dict(json.loads(text)) == hostile_inventory()


def test_json_writes_a_model_object_that_caches_a_value_on_itself_by_its_fields_alone() -> None:
    profile = FeedProfile.empty()
    assert len(vars(profile)) > len(profile.to_dict())  # its decoded sample, cached beside them
    assert json.loads(layout([profile])) == [profile.to_dict()]


def test_json_writing_leaves_the_garbage_collector_as_it_was() -> None:
    assert gc.isenabled()
    json_bytes(hostile_inventory())
    assert gc.isenabled()


def test_report_reads_an_inventory_written_indented_by_an_earlier_version(
    tmp_path: Path,
) -> None:
    saved = tmp_path / "inventory.json"
    indented = json.dumps(hostile_inventory().to_dict(), indent=2, sort_keys=True)
    saved.write_text(indented + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["report", str(saved), "-o", str(tmp_path / "out"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    written = json.loads((tmp_path / "out" / "assessment.json").read_text(encoding="utf-8"))
    assert Inventory.from_dict(written["inventory"]) == hostile_inventory()

"""A hostile or oversized CapabilityStatement ends in an error record, never a traceback."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fhir.resources.R4B.capabilitystatement import CapabilityStatement

from assessor.cli import main
from assessor.connectors.fhir import FhirConnector
from assessor.connectors.fhir.culprit import culprit
from assessor.errors import SourceError

R4 = Path(__file__).parent / "fixtures" / "r4_smart_us_core.json"
HEAD = '{"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1", '


def refused(tmp_path: Path, text: str, **options: int) -> SourceError:
    path = tmp_path / "capability.json"
    path.write_text(text)
    with pytest.raises(SourceError) as raised:
        FhirConnector(**options).scan(str(path))
    return raised.value


def test_json_nested_a_thousand_deep_is_refused_as_over_the_limit(tmp_path: Path) -> None:
    error = refused(tmp_path, HEAD + '"x": ' + "[" * 1000 + "]" * 1000 + "}")
    assert error.kind == "limit-exceeded"
    assert "nested more than 64 levels" in str(error)


def test_json_nested_past_the_limit_but_within_the_parser_is_refused(tmp_path: Path) -> None:
    error = refused(tmp_path, HEAD + '"x": ' + '{"a": ' * 70 + "1" + "}" * 70 + "}")
    assert error.kind == "limit-exceeded"


def test_a_4300_digit_integer_is_refused_as_over_the_limit(tmp_path: Path) -> None:
    error = refused(tmp_path, HEAD + '"x": ' + "9" * 4300 + "}")
    assert error.kind == "limit-exceeded"
    assert "4,300 digits" in str(error)


def test_a_statement_larger_than_the_cap_is_not_read(tmp_path: Path) -> None:
    error = refused(tmp_path, R4.read_text(), max_bytes=1000)
    assert error.kind == "limit-exceeded"
    assert "larger than 1,000 bytes" in str(error)


def test_search_parameters_over_the_cap_are_counted_not_read(tmp_path: Path) -> None:
    document = json.loads(R4.read_text())
    resource = document["rest"][0]["resource"][0]
    resource["searchParam"] = [{"name": f"p{i}", "type": "string"} for i in range(25)]
    path = tmp_path / "capability.json"
    path.write_text(json.dumps(document))
    inventory = FhirConnector(max_search_params=10).scan(str(path))
    (error,) = inventory.scan.errors
    assert (error.kind, error.location) == ("limit-exceeded", "rest[0].resource[0].searchParam")
    assert "the first 10 were read, the other 15 were not" in error.message
    (read,) = [r for r in inventory.systems[0].fhir.resources if r.type == resource["type"]]
    assert len(read.search_params) == 10
    assert inventory.scan.sources[0].status == "partial"


def test_the_search_for_a_wrong_typed_value_stops_when_its_time_is_up() -> None:
    document = json.loads(R4.read_text())
    document["implementation"]["url"] = {"not": "a url"}
    ticks = itertools.count()
    assert culprit(CapabilityStatement, document, clock=lambda: next(ticks) * 100.0) == ()
    assert culprit(CapabilityStatement, document) == ("implementation", "url")


def test_a_scan_of_a_hostile_statement_exits_2_with_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "capability.json"
    path.write_text(HEAD + '"x": ' + "[" * 1000 + "]" * 1000 + "}")
    out = tmp_path / "inventory.json"
    result = CliRunner().invoke(main, ["scan", str(path), "-o", str(out)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output + result.stderr
    (error,) = json.loads(out.read_text())["scan"]["errors"]
    assert error["kind"] == "limit-exceeded"

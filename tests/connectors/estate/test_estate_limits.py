"""An estate file nested or sized past any real estate is an error record; the scan goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import main
from assessor.connectors.estate import EstateConnector
from assessor.errors import SourceError

START = '[estate]\nname = "Hospital"\n\n[[systems]]\nid = "pas"\nname = "PAS"\n'
DEEP = {
    "arrays": START + "notes = " + "[" * 2000 + "]" * 2000 + "\n",
    "inline tables": START + "notes = " + "{a = " * 2000 + "1" + "}" * 2000 + "\n",
    "dotted table": START + "[" + ".".join(["deep"] * 2000) + "]\nx = 1\n",
}


@pytest.mark.parametrize("shape", sorted(DEEP))
def test_an_estate_nested_2000_levels_deep_is_refused(shape: str, tmp_path: Path) -> None:
    path = tmp_path / "estate.toml"
    path.write_text(DEEP[shape])
    with pytest.raises(SourceError, match="nested more than 64 levels") as raised:
        EstateConnector().scan(str(path))
    assert raised.value.kind == "limit-exceeded"


def test_an_estate_larger_than_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("assessor.connectors.estate.estate_file.MAX_ESTATE_BYTES", 100)
    path = tmp_path / "estate.toml"
    path.write_text(START + "# padding\n" * 20)
    with pytest.raises(SourceError, match="larger than 100 bytes"):
        EstateConnector().scan(str(path))


def test_a_deep_estate_in_a_folder_is_an_error_record_and_the_feeds_are_still_read(
    tmp_path: Path,
) -> None:
    (tmp_path / "estate.toml").write_text(DEEP["dotted table"])
    (tmp_path / "adt.hl7").write_bytes(b"MSH|^~\\&|PAS|H|EHR|H|20260301||ADT^A01|1|P|2.5\r")
    out = tmp_path.parent / "inventory.json"
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1, result.output
    data = json.loads(out.read_text())
    assert [e["kind"] for e in data["scan"]["errors"]] == ["limit-exceeded"]
    assert sum(s["messages"] for s in data["scan"]["sources"]) == 1

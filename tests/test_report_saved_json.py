"""``assessor report`` on a saved file that is not what assessor wrote: one line naming the file
and the key, exit 2, never a traceback. Fuzzed with 400 seeded mutations of real saved files."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from assessor.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "sample_feeds"
ODD_VALUES: tuple[Any, ...] = (
    None, 0, -1, 1.5, 10**30, True, "", "x", "<script>", [], [1, "a"], {}, {"a": 1},
)  # fmt: skip


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A real saved inventory and assessment of part of the sample estate."""
    folder = tmp_path_factory.mktemp("saved")
    runner = CliRunner()
    scanned = runner.invoke(
        main,
        [
            "scan",
            str(SAMPLE / "hl7" / "lis_results_2026-03.hl7"),
            str(SAMPLE / "engine"),
            str(SAMPLE / "fhir"),
            "--estate",
            str(SAMPLE / "estate.toml"),
            "-o",
            str(folder / "inventory.json"),
            "-q",
        ],
    )
    assert scanned.exit_code == 0, scanned.output
    reported = runner.invoke(
        main, ["report", str(folder / "inventory.json"), "-o", str(folder), "--format", "json"]
    )
    assert reported.exit_code == 0, reported.output
    return {
        "inventory": json.loads((folder / "inventory.json").read_text()),
        "assessment": json.loads((folder / "assessment.json").read_text()),
    }


def _paths(node: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if at:
        yield at
    children = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, value in children:
        yield from _paths(value, (*at, key))


def _where(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _mutate(data: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """A copy with one value deleted, replaced by an odd value, or its key renamed."""
    data = copy.deepcopy(data)
    path = rng.choice(list(_paths(data)))
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    operation = rng.choice(("delete", "replace", "replace", "rename"))
    if operation == "delete":
        del parent[path[-1]]
    elif operation == "rename" and isinstance(parent, dict):
        parent[f"{path[-1]}_renamed"] = parent.pop(path[-1])
    else:
        parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
    return data, path


def _report(path: Path) -> Any:
    result = CliRunner().invoke(
        main, ["report", str(path), "-o", str(path.parent / "out"), "--format", "json"]
    )
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    if result.exit_code == 2:
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"error: {path}")
    return result


@pytest.mark.parametrize("kind", ["inventory", "assessment"])
def test_200_mutations_of_a_saved_file_each_render_or_fail_naming_the_file_and_key(
    kind: str, saved: dict[str, Any], tmp_path: Path
) -> None:
    rng = random.Random(f"report-{kind}")
    path = tmp_path / f"{kind}.json"
    refused = 0
    for _ in range(200):
        mutated, mutated_at = _mutate(saved[kind], rng)
        path.write_text(json.dumps(mutated))
        result = _report(path)
        if result.exit_code == 2 and " schema at " in result.stderr:
            refused += 1
            where = result.stderr.split(" schema at ", 1)[1]
            # A list element deleted or retyped may be reported at its list: a pair such as
            # first_seen's (file, ordinal) is wrong as a whole when it loses an item.
            at = mutated_at[:-1] if isinstance(mutated_at[-1], int) else mutated_at
            assert where.startswith(_where(at)), (mutated_at, result.stderr)
    assert refused > 50  # the mutations do reach the model


def test_a_saved_file_cut_short_names_the_file_and_line(
    saved: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "assessment.json"
    text = json.dumps(saved["assessment"], indent=1)
    path.write_text(text[: len(text) // 2])
    assert "is not JSON (line " in _report(path).stderr


def test_a_wrong_type_names_the_key(saved: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(saved["inventory"])
    data["flows"][0]["hl7_versions"] = 2.5
    path = tmp_path / "inventory.json"
    path.write_text(json.dumps(data))
    assert (
        _report(path)
        .stderr.strip()
        .endswith("schema at flows[0].hl7_versions: expected an object, got a decimal number")
    )


def test_a_missing_key_is_named(saved: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(saved["assessment"])
    del data["findings"][0]["severity"]
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(data))
    assert _report(path).stderr.strip().endswith("schema at findings[0].severity: missing")


def test_a_saved_file_nested_a_thousand_deep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"schema_version": 1, "systems": ' + "[" * 1000 + "]" * 1000 + "}")
    assert "nested more than 64 levels" in _report(path).stderr

"""The command line as a user meets it: exit codes, one-line errors, outputs, the summary."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from assessor.cli import main
from assessor.schema import shipped_schema

ADT = (
    "MSH|^~\\&|PAS|ALDHELM|EHR|ALDHELM|20260301083000||ADT^A01^ADT_A01|MSG{n}|P|2.3\r"
    "EVN|A01|20260301083000\r"
    "PID|1||{n}^^^ALDHELM^MR||DOE^JANE||19700101|F\r"
    "PV1|1|I|W1^101^1\r"
)


def _feed(path: Path, count: int = 3) -> Path:
    path.write_bytes("".join(ADT.format(n=1000 + i) for i in range(count)).encode())
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_scan_of_a_missing_path_prints_one_line_and_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(main, ["scan", "/no/such/path"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == ["error: no such file or folder: /no/such/path"]


def test_scan_with_nothing_named_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["scan"])
    assert result.exit_code == 2
    assert "nothing to scan" in result.stderr


def test_scan_writes_an_inventory_valid_against_the_schema(
    runner: CliRunner, tmp_path: Path
) -> None:
    _feed(tmp_path / "adt.hl7")
    out = tmp_path / "inventory.json"
    result = runner.invoke(main, ["scan", str(tmp_path / "adt.hl7"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    jsonschema.validate(data, shipped_schema("inventory"))
    assert sum(s["messages"] for s in data["scan"]["sources"]) == 3


def test_scan_ends_with_a_one_line_summary(runner: CliRunner, tmp_path: Path) -> None:
    _feed(tmp_path / "adt.hl7", count=2)
    result = runner.invoke(main, ["scan", str(tmp_path), "-o", str(tmp_path / "i.json")])
    assert result.stderr.strip().splitlines()[-1].startswith("scanned 1 file: 2 messages, 0 tables")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_among_good_ones_exits_1_and_keeps_the_good_ones(
    runner: CliRunner, tmp_path: Path
) -> None:
    _feed(tmp_path / "a.hl7")
    _feed(tmp_path / "b.hl7")
    locked = _feed(tmp_path / "c.hl7")
    locked.chmod(0)
    out = tmp_path / "i.json"
    result = runner.invoke(main, ["scan", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    data = json.loads(out.read_text())
    assert sum(s["messages"] for s in data["scan"]["sources"]) == 6
    assert any(e["source"].endswith("c.hl7") for e in data["scan"]["errors"])


def test_a_file_that_vanishes_mid_scan_exits_1_and_keeps_the_good_ones(
    runner: CliRunner, tmp_path: Path
) -> None:
    # A dangling symlink stands for a file unreadable whatever the user's rights.
    _feed(tmp_path / "a.hl7")
    _feed(tmp_path / "b.hl7")
    (tmp_path / "c.hl7").symlink_to(tmp_path / "gone.hl7")
    out = tmp_path / "i.json"
    result = runner.invoke(main, ["scan", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    data = json.loads(out.read_text())
    assert sum(s["messages"] for s in data["scan"]["sources"]) == 6
    assert [e["source"] for e in data["scan"]["errors"]] == [(tmp_path / "c.hl7").as_posix()]


def test_folder_of_only_unknown_files_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing here is a feed")
    result = runner.invoke(main, ["scan", str(tmp_path), "-o", str(tmp_path / "i.json")])
    assert result.exit_code == 2


def test_assess_writes_the_three_reports(runner: CliRunner, tmp_path: Path) -> None:
    _feed(tmp_path / "adt.hl7")
    out = tmp_path / "out"
    result = runner.invoke(main, ["assess", str(tmp_path / "adt.hl7"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "assessment.json",
        "blockers.csv",
        "roadmap.html",
    ]
    jsonschema.validate(
        json.loads((out / "assessment.json").read_text()), shipped_schema("assessment")
    )


def test_report_rerenders_a_saved_inventory_without_rescanning(
    runner: CliRunner, tmp_path: Path
) -> None:
    feed = _feed(tmp_path / "adt.hl7")
    inventory = tmp_path / "i.json"
    runner.invoke(main, ["scan", str(feed), "-o", str(inventory)])
    feed.unlink()
    result = runner.invoke(main, ["report", str(inventory), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "roadmap.html").exists()


def test_report_of_a_file_that_is_not_json_is_one_clear_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("{not json")
    result = runner.invoke(main, ["report", str(bad), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1


def test_exclusion_without_a_reason_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    _feed(tmp_path / "adt.hl7")
    result = runner.invoke(
        main, ["assess", str(tmp_path), "-o", str(tmp_path / "o"), "--exclude-component", "pas"]
    )
    assert result.exit_code == 2
    assert "needs a reason" in result.stderr


def test_rules_lists_at_least_25_documented_rules(runner: CliRunner) -> None:
    result = runner.invoke(main, ["rules"])
    assert result.exit_code == 0
    assert int(result.stderr.split()[0]) >= 25


def test_rules_with_an_unknown_id_says_so(runner: CliRunner) -> None:
    result = runner.invoke(main, ["rules", "NOPE-01"])
    assert result.exit_code == 2
    assert "no such rule: NOPE-01" in result.stderr


def _strip_timing(data: dict) -> dict:
    for key in ("started_at", "finished_at", "duration_seconds"):
        data["scan"].pop(key)
    return data


def test_scan_in_a_process_pool_gives_the_same_inventory_as_in_one_process(
    runner: CliRunner, tmp_path: Path
) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    for i in range(4):
        _feed(feeds / f"feed{i}.hl7", count=2 + i)
    serial, pooled = tmp_path / "serial.json", tmp_path / "pooled.json"
    runner.invoke(main, ["scan", str(feeds), "-o", str(serial), "--quiet"])
    result = runner.invoke(main, ["scan", str(feeds), "-o", str(pooled), "--quiet", "-j", "2"])
    assert result.exit_code == 0, result.output
    assert _strip_timing(json.loads(pooled.read_text())) == _strip_timing(
        json.loads(serial.read_text())
    )


def test_db_option_inventories_a_database(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "lis.sqlite"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE patient (id INTEGER PRIMARY KEY, surname TEXT)")
    out = tmp_path / "i.json"
    result = runner.invoke(main, ["scan", "--db", f"sqlite:///{db}", "-o", str(out)])
    assert result.exit_code == 0, result.output
    (store,) = json.loads(out.read_text())["stores"]
    assert [t["name"] for t in store["tables"]] == ["patient"]


def test_unreachable_database_exits_2_and_never_shows_its_password(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "i.json"
    url = "postgresql+psycopg://lis:Sup3rSecret@127.0.0.1:9/lis"
    result = runner.invoke(main, ["scan", "--db", url, "-o", str(out), "-v"])
    assert result.exit_code == 2
    assert "Sup3rSecret" not in result.output + result.stderr + out.read_text()
    assert "lis:***@127.0.0.1:9/lis" in out.read_text()


CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "hl7v2"


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared HL7 v2 corpus is not at {CORPUS}")
def test_scan_of_the_real_corpus_accounts_for_every_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "corpus.json"
    result = runner.invoke(main, ["scan", str(CORPUS), "-o", str(out), "--quiet"])
    assert result.exit_code in (0, 1), result.output
    sources = {s["source"] for s in json.loads(out.read_text())["scan"]["sources"]}
    files = {p.as_posix() for p in CORPUS.rglob("*") if p.is_file()}
    assert sources == files


def test_a_named_file_of_unknown_kind_is_an_error_that_says_what_is_read(
    runner: CliRunner, tmp_path: Path
) -> None:
    patient = tmp_path / "patient.json"
    patient.write_text('{"resourceType": "Patient"}')
    result = runner.invoke(main, ["scan", str(patient), "-o", str(tmp_path / "i.json")])
    assert result.exit_code == 2
    assert "unknown-kind: not a kind of source assessor reads" in result.stderr


def test_summary_counts_files_skipped_in_folders(runner: CliRunner, tmp_path: Path) -> None:
    _feed(tmp_path / "adt.hl7")
    (tmp_path / "notes.txt").write_text("minutes of the interface meeting")
    result = runner.invoke(main, ["scan", str(tmp_path), "-o", str(tmp_path.parent / "i.json")])
    assert "scanned 1 file (1 skipped): 3 messages" in result.stderr


def test_fhir_url_credentials_never_show(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "i.json"
    url = "http://reader:Sup3rSecret@127.0.0.1:9/fhir"
    result = runner.invoke(main, ["scan", "--fhir-url", url, "-o", str(out), "-v"])
    assert "Sup3rSecret" not in result.output + result.stderr + out.read_text()


def test_fhir_url_naming_an_unset_variable_is_one_line_naming_it_and_exits_2(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASSESSOR_TEST_FHIR_HOST", raising=False)
    out = tmp_path / "i.json"
    url = "http://reader:Sup3rSecret@${ASSESSOR_TEST_FHIR_HOST}/fhir"
    result = runner.invoke(main, ["scan", "--fhir-url", url, "-o", str(out)])
    assert result.exit_code == 2
    (line,) = [x for x in result.stderr.splitlines() if "ASSESSOR_TEST_FHIR_HOST is not set" in x]
    assert "bad-url: environment variable ASSESSOR_TEST_FHIR_HOST is not set" in line
    assert "Sup3rSecret" not in result.output + result.stderr + out.read_text()


def test_fhir_url_naming_an_unset_variable_keeps_the_other_sources_and_exits_1(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASSESSOR_TEST_FHIR_HOST", raising=False)
    _feed(tmp_path / "adt.hl7")
    out = tmp_path / "i.json"
    arguments = [
        "scan",
        str(tmp_path / "adt.hl7"),
        "--fhir-url",
        "http://${ASSESSOR_TEST_FHIR_HOST}",
    ]
    result = runner.invoke(main, [*arguments, "-o", str(out)])
    assert result.exit_code == 1
    data = json.loads(out.read_text())
    assert sum(s["messages"] for s in data["scan"]["sources"]) == 3
    assert [e["kind"] for e in data["scan"]["errors"]] == ["bad-url"]

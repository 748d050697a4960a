"""The bundled sample estate meets the counts and properties its README promises."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from itertools import pairwise
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "sample_feeds"
HL7 = SAMPLE / "hl7"
MSH_START = re.compile(rb"(?:\A|[\r\n\x0b])MSH(?=[^\r\n])")


def _msh_lines(path: Path) -> list[list[str]]:
    """Every MSH segment of a file, split by its own field separator (MSH-1)."""
    data = path.read_bytes()
    headers = []
    for match in MSH_START.finditer(data):
        start = match.end() - 3
        line = re.split(rb"[\r\n\x1c]", data[start:], maxsplit=1)[0].decode("latin-1")
        headers.append(line.split(line[3]))
    return headers


def _all_headers() -> dict[str, list[list[str]]]:
    return {p.name: _msh_lines(p) for p in sorted(HL7.iterdir())}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample estate generated afresh into a temporary folder."""
    out = tmp_path_factory.mktemp("regenerated")
    subprocess.run(
        [sys.executable, str(SAMPLE / "generate.py"), str(out)], check=True, capture_output=True
    )
    return out


def test_regenerating_gives_byte_identical_files(regenerated: Path) -> None:
    generated = sorted(p for p in regenerated.rglob("*") if p.is_file())
    assert len(generated) > 15
    for path in generated:
        if path.suffix == ".sqlite":
            continue  # the header records the SQLite library version; compared by content below
        relative = path.relative_to(regenerated)
        assert path.read_bytes() == (SAMPLE / relative).read_bytes(), relative


def test_regenerating_gives_the_same_sqlite_schema_and_rows(regenerated: Path) -> None:
    def dump(path: Path) -> list[str]:
        with sqlite3.connect(path) as db:
            return list(db.iterdump())

    assert dump(regenerated / "lis_legacy.sqlite") == dump(SAMPLE / "lis_legacy.sqlite")


def test_feeds_hold_at_least_3000_messages() -> None:
    total = sum(len(MSH_START.findall(p.read_bytes())) for p in HL7.iterdir())
    assert total >= 3000


def test_feeds_come_from_at_least_seven_senders() -> None:
    senders = {h[2] for headers in _all_headers().values() for h in headers if len(h) > 2}
    assert len(senders - {""}) >= 7


def test_listed_message_types_are_present() -> None:
    types = set()
    for headers in _all_headers().values():
        for h in headers:
            if len(h) > 8 and h[8]:
                component = h[1][0]
                types.add("^".join(h[8].split(component)[:2]))
    wanted = {f"ADT^{e}" for e in ("A01", "A02", "A03", "A04", "A08", "A11", "A13", "A31", "A40")}
    wanted |= {"ORU^R01", "ORM^O01", "OML^O21", "SIU^S12", "MDM^T02", "DFT^P03", "RDE^O11"}
    wanted |= {"VXU^V04", "ACK^A01"}
    assert wanted <= types


def test_hl7_versions_span_2_2_to_2_5_1() -> None:
    versions = {h[11] for headers in _all_headers().values() for h in headers if len(h) > 11}
    assert {"2.2", "2.3", "2.3.1", "2.4", "2.5.1"} <= versions


def test_z_segments_appear_on_at_least_two_feeds() -> None:
    with_z = [
        p.name for p in HL7.iterdir() if re.search(rb"(?:\A|[\r\n])Z[A-Z0-9]{2}\|", p.read_bytes())
    ]
    assert len(with_z) >= 2


def test_one_file_is_an_hl7_batch() -> None:
    batches = [p for p in HL7.iterdir() if p.read_bytes().startswith(b"FHS|")]
    assert len(batches) == 1
    data = batches[0].read_bytes()
    assert b"\nBHS|" in data and b"\nBTS|" in data and b"\nFTS|" in data


def test_one_file_is_an_mllp_dump() -> None:
    dumps = [p for p in HL7.iterdir() if p.read_bytes().startswith(b"\x0bMSH|")]
    assert len(dumps) == 1
    data = dumps[0].read_bytes()
    assert data.endswith(b"\x1c\r")
    assert data.count(b"\x0b") == data.count(b"\x1c\r")


def test_all_three_segment_endings_are_used() -> None:
    endings = set()
    for path in HL7.iterdir():
        data = path.read_bytes()
        if b"\r\n" in data:
            endings.add("crlf")
        elif b"\n" in data:
            endings.add("lf")
        elif b"\r" in data:
            endings.add("cr")
    assert endings == {"cr", "lf", "crlf"}


def test_latin1_feed_declares_8859_1_and_carries_accented_names() -> None:
    path = HL7 / "scheduling_siu_latin1.hl7"
    data = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert all(h[17] == "8859/1" for h in _msh_lines(path))
    text = data.decode("latin-1")
    assert "Müller" in text or "Zoë" in text


def test_one_feed_uses_non_default_encoding_characters() -> None:
    non_default = {h[1] for headers in _all_headers().values() for h in headers} - {"^~\\&"}
    assert "$~\\&" in non_default


def test_error_queue_holds_broken_messages_between_good_ones() -> None:
    data = (HL7 / "engine_error_queue.hl7").read_bytes()
    assert b"\x00\xff" in data  # binary junk
    lines = data.split(b"\r")
    # a message without MSH: its PID follows the previous message's last segment
    assert any(b.startswith(b"PID|") and a.startswith(b"ZLB|") for a, b in pairwise(lines))
    assert b"\rPID,1,," in data  # wrong field separator after the MSH
    assert b"|2.x\r" in data  # unknown version
    assert len(MSH_START.findall(data)) >= 15


def test_engine_acks_carry_aa_and_ae() -> None:
    data = (HL7 / "engine_acks_to_pas.hl7").read_bytes()
    assert b"\nMSA|AA|" in data and b"\nMSA|AE|" in data


def test_sqlite_database_has_tables_without_primary_keys() -> None:
    with sqlite3.connect(SAMPLE / "lis_legacy.sqlite") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        without_pk = [
            t for t in tables if not any(col[5] for col in db.execute(f"PRAGMA table_info({t})"))
        ]
    assert 8 <= len(tables) <= 12
    assert "patient" in without_pk and "result" in without_pk


def test_sqlite_database_declares_no_foreign_keys() -> None:
    with sqlite3.connect(SAMPLE / "lis_legacy.sqlite") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        foreign = [t for t in tables if db.execute(f"PRAGMA foreign_key_list({t})").fetchall()]
    assert foreign == []


def test_sqlite_database_holds_a_few_hundred_rows() -> None:
    with sqlite3.connect(SAMPLE / "lis_legacy.sqlite") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = sum(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables)
    assert 200 <= rows <= 1000


def test_sql_scripts_load_into_an_empty_schema() -> None:
    for name in ("lis_legacy.postgresql.sql", "lis_legacy.mariadb.sql"):
        text = (SAMPLE / "sql" / name).read_text(encoding="utf-8").upper()
        assert "CREATE DATABASE" not in text and "CREATE SCHEMA" not in text
        assert "SEARCH_PATH" not in text and "FOREIGN KEY" not in text and "\\" not in text


def test_capability_statement_validates_with_fhir_resources_r4b() -> None:
    from fhir.resources.R4B.capabilitystatement import CapabilityStatement

    raw = json.loads((SAMPLE / "fhir" / "ehr_capability.json").read_text(encoding="utf-8"))
    statement = CapabilityStatement.model_validate(raw)
    assert statement.fhirVersion == "4.0.1"
    types = {r.type for r in statement.rest[0].resource}
    assert {"Patient", "Observation", "DocumentReference", "Immunization"} <= types


def test_estate_declares_ten_systems_including_an_ai_platform() -> None:
    estate = tomllib.loads((SAMPLE / "estate.toml").read_text(encoding="utf-8"))
    kinds = [s["kind"] for s in estate["systems"]]
    assert len(kinds) >= 10
    assert kinds.count("ai-platform") == 1
    assert 6 <= len(estate["use_cases"]) <= 8


def test_estate_leaves_exactly_one_system_without_an_owner() -> None:
    estate = tomllib.loads((SAMPLE / "estate.toml").read_text(encoding="utf-8"))
    assert [s["id"] for s in estate["systems"] if "owner" not in s] == ["dictation"]


def test_every_msh3_sender_is_a_declared_alias() -> None:
    estate = tomllib.loads((SAMPLE / "estate.toml").read_text(encoding="utf-8"))
    aliases = {a for s in estate["systems"] for a in s.get("aliases", [])}
    senders = {h[2] for headers in _all_headers().values() for h in headers if len(h) > 4}
    assert senders - {""} <= aliases


def test_engine_remote_hosts_are_declared_aliases() -> None:
    estate = tomllib.loads((SAMPLE / "estate.toml").read_text(encoding="utf-8"))
    aliases = {a for s in estate["systems"] for a in s.get("aliases", [])}
    hosts = set()
    for path in sorted((SAMPLE / "engine").glob("*.xml")):
        root = ElementTree.parse(path).getroot()
        for connector in root.iter("connector"):
            host = connector.findtext("properties/remoteAddress") or connector.findtext(
                "properties/host"
            )
            hosts.add(host.split("/")[0])
    assert hosts <= aliases


def test_one_engine_channel_is_disabled() -> None:
    states = [
        ElementTree.parse(p).getroot().findtext("exportData/metadata/enabled")
        for p in sorted((SAMPLE / "engine").glob("*.xml"))
    ]
    assert states.count("false") == 1 and states.count("true") >= 2


def test_hl7_folder_stays_under_three_megabytes() -> None:
    assert sum(p.stat().st_size for p in HL7.iterdir()) < 3_000_000

"""Senders and receivers resolved from MSH-3..MSH-6 as HL7 defines an HD (issue 15.3)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hl7_fixtures import build

from assessor.cli import main
from assessor.connectors.hl7v2 import Hl7v2Connector


def _scan(write, name: str, *messages: bytes):
    return Hl7v2Connector(validate="none").scan(str(write(name, b"\r".join(messages))))


def test_a_blank_namespace_resolves_by_universal_id(write):
    inventory = _scan(write, "a.hl7", build(sender="^2.16.840.1.113883.19.5^ISO"))
    names = {s.name for s in inventory.systems}
    assert "2.16.840.1.113883.19.5" in names and "unknown sender" not in " ".join(names)


def test_one_application_at_two_facilities_in_a_file_is_two_systems(write):
    us = build(sender="EPIC", sending_facility="US-HOSP")
    uk = build(sender="EPIC", sending_facility="UK-TRUST")
    inventory = _scan(write, "a.hl7", us, uk)
    epics = sorted(s.name for s in inventory.systems if "EPIC" in s.name)
    assert epics == ["EPIC (UK-TRUST)", "EPIC (US-HOSP)"]
    assert len(inventory.flows) == 2


def test_blank_senders_of_two_files_are_two_unknowns_named_after_their_files(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.hl7").write_bytes(build(sender="", sending_facility="", receiver="EHR"))
    (folder / "b.hl7").write_bytes(build(sender="", sending_facility="", receiver="LIS"))
    inventory = _scan_folder(folder, tmp_path / "inventory.json")
    unknown = sorted(s["name"] for s in inventory["systems"] if s["name"].startswith("unknown"))
    assert unknown == ["unknown sender (a.hl7)", "unknown sender (b.hl7)"]
    assert len({f["source"] for f in inventory["flows"]}) == 2


def test_one_application_at_two_facilities_in_two_files_is_two_systems(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "us.hl7").write_bytes(build(sender="EPIC", sending_facility="US-HOSP"))
    (folder / "uk.hl7").write_bytes(build(sender="EPIC", sending_facility="UK-TRUST"))
    inventory = _scan_folder(folder, tmp_path / "inventory.json")
    epics = sorted(s["name"] for s in inventory["systems"] if "EPIC" in s["name"])
    assert epics == ["EPIC (UK-TRUST)", "EPIC (US-HOSP)"]
    assert len(inventory["flows"]) == 2


def test_the_same_application_at_one_facility_in_two_files_stays_one_system(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.hl7").write_bytes(build(sender="EPIC", sending_facility="US-HOSP"))
    (folder / "b.hl7").write_bytes(build(sender="EPIC", sending_facility="US-HOSP", receiver="LIS"))
    inventory = _scan_folder(folder, tmp_path / "inventory.json")
    assert [s["name"] for s in inventory["systems"] if "EPIC" in s["name"]] == ["EPIC"]


def test_a_flow_merging_several_sending_applications_names_each(write):
    # two spellings of one application: one system, one flow, both names in its profile
    inventory = _scan(write, "a.hl7", build(sender="LAB-1"), build(sender="LAB 1"))
    (flow,) = inventory.flows
    assert flow.profile.senders == {"LAB-1|GENHOSP": 1, "LAB 1|GENHOSP": 1}


def _scan_folder(folder: Path, out: Path) -> dict:
    result = CliRunner().invoke(main, ["scan", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text("utf-8"))


def test_one_facility_spelled_two_ways_does_not_split_an_application(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.hl7").write_bytes(build(sender="EPIC", sending_facility="GenHosp"))
    (folder / "b.hl7").write_bytes(build(sender="EPIC", sending_facility="GENHOSP", receiver="LIS"))
    inventory = _scan_folder(folder, tmp_path / "inventory.json")
    assert [s["name"] for s in inventory["systems"] if "EPIC" in s["name"]] == ["EPIC"]

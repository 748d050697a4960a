"""A finding on a flow built from many files cites the file and message where its fact was first
seen, not the flow's first file (issue 15.4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hl7_fixtures import build

from assessor.cli import main


@pytest.fixture
def assessment(tmp_path: Path) -> dict:
    folder = tmp_path / "in"
    folder.mkdir()
    plain = [build(control_id=f"A{i}") for i in range(3)]
    merge = build(
        message_type="ADT^A40^ADT_A39",
        control_id="B2",
        body=("EVN|A40|20240105", "PID|1||MRN48213^^^H^MR", "MRG|MRN1", "ZPV|1|WARD"),
    )
    (folder / "a.hl7").write_bytes(b"\r".join(plain))
    (folder / "b.hl7").write_bytes(b"\r".join([build(control_id="B1"), merge]))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["assess", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return json.loads((out / "assessment.json").read_text("utf-8"))


def _evidence(assessment: dict, rule: str) -> list[dict]:
    (finding,) = [f for f in assessment["findings"] if f["rule_id"] == rule]
    return finding["evidence"]


def test_a_z_segment_finding_names_the_file_and_message_holding_it(assessment: dict) -> None:
    (evidence,) = _evidence(assessment, "HL7V2-Z01")
    assert evidence["source"].endswith("b.hl7, message 2")


def test_a_merge_message_finding_names_the_file_and_message_holding_it(assessment: dict) -> None:
    (evidence,) = _evidence(assessment, "DATA-M01")
    assert evidence["source"].endswith("b.hl7, message 2")


def test_first_seen_merges_to_the_earliest_place_whatever_the_order() -> None:
    from assessor.feed_profile import FeedProfile

    a = FeedProfile(first_seen={"segments|ZPV": ("b.hl7", 2), "segments|MSH": ("a.hl7", 1)})
    b = FeedProfile(first_seen={"segments|ZPV": ("a.hl7", 9)})
    merged = {"segments|ZPV": ("a.hl7", 9), "segments|MSH": ("a.hl7", 1)}
    assert a.merge(b).first_seen == b.merge(a).first_seen == merged
    assert FeedProfile.from_dict(a.to_dict()) == a

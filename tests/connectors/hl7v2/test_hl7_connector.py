"""The connector: one file into systems, flows and classified errors, without a patient value."""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import replace

import pytest
from hl7_fixtures import PATIENT_VALUES

from assessor.connectors.hl7v2 import Hl7v2Connector
from assessor.connectors.interface import SourceKind
from assessor.errors import SourceError
from assessor.model import PhiClass, Transport


def scan(path, **options):
    return Hl7v2Connector(**options).scan(str(path))


def test_the_connector_is_of_the_hl7v2_kind():
    assert Hl7v2Connector.kind is SourceKind.HL7V2


def test_senders_and_receivers_become_observed_systems_named_after_msh3_and_msh5(write, message):
    inventory = scan(write("adt.hl7", message(sender="PAS^1.2.3^ISO")), validate="none")
    systems = {s.id: s for s in inventory.systems}
    assert sorted(systems) == ["ehr", "pas"]
    assert systems["pas"].name == "PAS"
    assert systems["pas"].aliases == ("1.2.3", "PAS", "PAS^1.2.3^ISO")
    assert systems["pas"].declared is False
    assert "GENHOSP" not in systems["pas"].aliases


def test_the_facility_names_a_system_whose_application_is_empty(write, message):
    inventory = scan(write("adt.hl7", message(sender="", sending_facility="ANNEX")))
    assert "annex" in {s.id for s in inventory.systems}


def test_a_feed_becomes_a_flow_with_its_profile_and_summary(write, message):
    data = b"\r".join(
        [message(timestamp="20240101"), message(message_type="ADT^A08", timestamp="20240102")]
    )
    (flow,) = scan(write("adt.hl7", data), validate="none").flows
    assert flow.id == "pas->ehr:unknown"
    assert (flow.source, flow.target, flow.transport) == ("pas", "ehr", Transport.UNKNOWN)
    assert flow.message_types == {"ADT^A01": 1, "ADT^A08": 1}
    assert flow.hl7_versions == {"2.5": 2}
    assert flow.message_count == 2
    assert (flow.first_seen, flow.last_seen) == ("2024-01-01", "2024-01-02")
    assert PhiClass.NAME in flow.phi_classes
    assert flow.observed is True
    assert flow.tls is None
    assert flow.profile is not None
    assert flow.profile.messages == 2


def test_mllp_framed_feeds_are_mllp_flows(write, message):
    (flow,) = scan(write("capture.mllp", b"\x0b" + message() + b"\x1c\r")).flows
    assert flow.transport is Transport.MLLP
    assert flow.id == "pas->ehr:mllp"


def test_batch_files_are_file_flows(write, message):
    data = b"\r".join([b"BHS|^~\\&|PAS", message(), b"BTS|1"])
    (flow,) = scan(write("batch.hl7", data)).flows
    assert flow.transport is Transport.FILE


def test_z_segments_and_conformance_reach_the_flow(write, message):
    inventory = scan(write("z.hl7", message(version="2.3.0", body=("PID|1||1", "ZPV|1"))))
    (flow,) = inventory.flows
    assert flow.z_segments == ("ZPV",)
    assert flow.conformance["version-nonstandard"] == 1


def test_gzip_files_scan_like_plain_files(write, message):
    plain = scan(write("adt.hl7", message()), validate="none")
    packed = scan(write("adt.hl7.gz", gzip.compress(message())), validate="none")
    # the same profile but for the file each fact was first seen, each control id sent, in
    same = [replace(f.profile, first_seen={}, repeat_places=()) for f in packed.flows]
    assert same == [replace(f.profile, first_seen={}, repeat_places=()) for f in plain.flows]
    assert packed.scan.sources[0].messages == 1


def test_the_scanned_source_counts_messages_bytes_and_errors(write, message):
    data = message() + b"\rPID|orphan\r" + message(control_id="2")
    path = write("adt.hl7", data)
    (source,) = scan(path).scan.sources
    assert (source.source, source.kind) == (str(path), "hl7v2")
    assert (source.messages, source.bytes, source.errors) == (2, len(data), 0)
    assert source.status == "ok"


def test_progress_is_told_every_byte(write, message):
    path = write("adt.hl7", b"\r".join(message(control_id=str(i)) for i in range(100)))
    seen: list[int] = []
    Hl7v2Connector().scan(str(path), seen.append)
    assert sum(seen) == os.path.getsize(path)


def test_a_file_that_cannot_be_opened_raises_source_error(tmp_path):
    with pytest.raises(SourceError, match="cannot open") as raised:
        scan(tmp_path / "missing.hl7")
    assert raised.value.kind == "unreadable-file"


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(SourceError, match="folder"):
        scan(tmp_path)


def test_an_unreadable_file_raises_source_error(write, message):
    path = write("locked.hl7", message())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file")
        with pytest.raises(SourceError, match="cannot open"):
            scan(path)
    finally:
        path.chmod(0o600)


def test_every_kind_of_bad_input_is_classified_with_its_place_and_the_rest_is_read(write, message):
    good = [message(control_id=f"G{i}") for i in range(3)]
    data = b"\r".join(
        [
            b"PID|1||MRN48213",  # before any MSH
            good[0],
            bytes(range(1, 9)) * 8,  # binary junk
            message(control_id="X", delimiters="|^~\\&")[:25],  # cut inside MSH
            good[1],
            b"MSHA^~\\&AB|C",  # wrong delimiters
            good[2],
            message(control_id="BIG") + b"\rOBX|1|ED|PDF||" + b"A" * (9 << 20),
        ]
    )
    inventory = scan(write("bad.hl7", data), validate="none")
    problems = {(e.kind, e.location) for e in inventory.scan.errors}
    assert ("missing-msh", "byte 0") in problems
    assert any(kind == "binary-junk" for kind, _ in problems)
    assert ("truncated-message", "message 2") in problems
    assert ("wrong-delimiters", "message 4") in problems
    assert ("oversized-message", "message 6") in problems
    (flow,) = inventory.flows
    assert flow.message_count == 3
    (source,) = inventory.scan.sources
    assert (source.messages, source.status) == (6, "partial")
    assert all(e.source.endswith("bad.hl7") for e in inventory.scan.errors)


def test_an_empty_file_is_an_error_not_an_exception(write):
    inventory = scan(write("empty.hl7", b""))
    assert [e.kind for e in inventory.scan.errors] == ["empty-file"]
    assert inventory.scan.sources[0].status == "failed"
    assert inventory.flows == ()


def test_a_flood_of_bad_messages_is_summarised_not_listed_one_by_one(write):
    data = b"\r".join(b"MSH|^~\\&|PAS|H" for _ in range(500))
    errors = scan(write("cut.hl7", data), validate="none").scan.errors
    assert len(errors) == 51
    assert errors[-1].location == "summary"
    assert "450 more" in errors[-1].message


def test_the_same_file_scans_to_the_same_json(write, message):
    path = write("adt.hl7", b"\r".join(message(control_id=str(i)) for i in range(30)))
    first, second = scan(path), scan(path)
    assert json.dumps(first.to_dict(), sort_keys=True) == json.dumps(
        second.to_dict(), sort_keys=True
    )


def test_no_patient_value_reaches_the_inventory_json(write, message):
    body = (
        "PID|1||MRN48213^^^GENHOSP^MR||ZEBEDEE^QUINTUS||19610923",
        "OBX|1|TX|NOTE^Note^L||Fasting since midnight",
        "ZPV|ZEBEDEE|5550147",
        "NTE|1||ZEBEDEE\\T\\QUINTUS",
    )
    data = b"\r".join([message(), message(body=body), b"PID|1||MRN48213\r", message()[:40]])
    inventory = scan(write("adt.hl7", data), validate="all")
    text = json.dumps(inventory.to_dict())
    assert [v for v in PATIENT_VALUES if v in text] == []


def test_validation_none_sample_and_all_check_that_many_messages(write, message):
    path = write("adt.hl7", b"\r".join(message(control_id=str(i)) for i in range(7)))
    checked = {
        mode: scan(path, validate=mode, sample_size=2).flows[0].profile.validated_messages
        for mode in ("none", "sample", "all")
    }
    assert checked == {"none": 0, "sample": 4, "all": 7}


def test_validation_errors_are_aggregated_by_kind_and_path(write, message):
    bad = message(body=("EVN|A01", "PID|1"))  # PID-3 and PID-5 are required in 2.5
    (flow,) = scan(write("adt.hl7", bad + b"\r" + bad), validate="all").flows
    assert flow.profile.validation_errors["missing-required|PID-3"] == 2
    assert flow.conformance["strict-validation-failed"] == 2


def test_an_unknown_validation_mode_is_refused():
    with pytest.raises(ValueError, match="validate must be one of"):
        Hl7v2Connector(validate="some")


def test_validation_problems_are_labelled_from_hl7apy_s_reference(write, message):
    bad = message(body=("EVN|A01", "PID|1"))
    (flow,) = scan(write("adt.hl7", bad), validate="all").flows
    assert flow.profile.field_labels["2.5|PID-3"] == "PID-3 Patient Identifier List, CX, required"

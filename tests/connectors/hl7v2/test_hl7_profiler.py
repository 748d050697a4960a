"""The fast profiler: what one FeedProfile says about a feed, read from invented messages."""

from __future__ import annotations

import hashlib
import json

import pytest
from hl7_fixtures import PATIENT_VALUES

from assessor.connectors.hl7v2.profiler import Problem, Profiler, Stratum, profile_messages
from assessor.sketches import size_bucket

pytestmark = pytest.mark.usefixtures("each_tally")


def only(profiles):
    (profile,) = profiles.values()
    return profile


ORU = (
    "PID|1||MRN48213^^^GENHOSP^MR||ZEBEDEE^QUINTUS||19610923|M",
    "OBR|1|ORD1||24331-1^Lipid panel^LN",
    "OBX|1|NM|2093-3^Cholesterol^LN||182|mg/dL^^UCUM",
    "OBX|2|NM|GLU^Glucose^L||5.1|mmol/L",
    "OBX|3|TX|NOTE^Comment^99LOCAL||Fasting since midnight",
)


def test_one_profile_per_sender_and_receiver(message):
    profiles = profile_messages(
        [message(), message(receiver="LIS"), message(sending_facility="ANNEX"), message()]
    )
    assert sorted(profiles) == [
        ("PAS", "ANNEX", "EHR", "GENHOSP"),
        ("PAS", "GENHOSP", "EHR", "GENHOSP"),
        ("PAS", "GENHOSP", "LIS", "GENHOSP"),
    ]
    assert profiles[("PAS", "GENHOSP", "EHR", "GENHOSP")].messages == 2


def test_message_types_and_versions_are_counted_as_sent(message):
    profile = only(
        profile_messages(
            [message(), message(message_type="ADT^A08", version="2.3"), message(version="2.3.0")]
        )
    )
    assert profile.message_types == {"ADT^A01": 2, "ADT^A08": 1}
    assert profile.message_structures == {"ADT^A01|ADT_A01": 2}
    assert profile.versions == {"2.5": 1, "2.3": 1, "2.3.0": 1}
    assert profile.reference_versions == {"2.5": 1, "2.3": 2}


def test_an_odd_version_is_counted_as_a_conformance_problem(message):
    profile = only(profile_messages([message(version="2.3.z"), message(version="")]))
    assert profile.conformance["version-nonstandard"] == 1
    assert profile.conformance["version-missing"] == 1


def test_segments_are_counted_per_occurrence_and_per_message(message):
    profile = only(profile_messages([message(body=ORU), message(body=ORU[:2])]))
    assert profile.segments["OBX"] == 3
    assert profile.segment_messages["OBX"] == 1
    assert profile.segment_messages["PID"] == 2


def test_z_segments_are_kept_and_their_layout_masked(message):
    body = ("PID|1||MRN48213", "ZPV|ZEBEDEE|42|x-7")
    profile = only(profile_messages([message(body=body)]))
    assert profile.z_segments == ("ZPV",)
    assert profile.z_segment_shapes == {"ZPV|A|9|A-9": 1}


def test_segments_the_version_does_not_define_are_counted(message):
    body = ("PID|1||MRN48213", "PRT|1|AD", "XYZ|1")
    profile = only(profile_messages([message(version="2.3", body=body)]))
    assert profile.segments_not_in_version == {"PRT": 1, "XYZ": 1}


def test_segments_outside_the_message_structure_are_counted(message):
    body = ("PID|1||MRN48213", "EVN|O01", "ORC|NW|ORD1")
    profile = only(profile_messages([message(message_type="ORM^O01^ORM_O01", body=body)]))
    assert profile.segments_not_in_structure == {"ORM_O01|EVN": 1}


def test_fill_rate_is_per_occurrence_of_the_segment(message):
    profile = only(profile_messages([message(body=ORU)]))
    assert profile.fill_rate("OBX-5") == 1.0
    assert profile.fill_rate("OBX-6") == 2 / 3
    assert profile.fill_rate("OBX-6.3") == 1 / 3
    assert profile.fill_rate("PID-3.4") == 1.0
    assert profile.fill_rate("PID-6") == 0.0
    assert profile.fill_rate("AL1-3") is None


def test_repeated_fields_are_counted(message):
    body = ("PID|1||MRN48213^^^GENHOSP^MR~7781^^^NHS^NH||ZEBEDEE", "PID|1||MRN48213")
    profile = only(profile_messages([message(body=body)]))
    assert profile.field_repeats == {"PID-3": 1}


def test_coding_systems_of_coded_fields_are_counted_by_path(message):
    profile = only(profile_messages([message(message_type="ORU^R01^ORU_R01", body=ORU)]))
    assert profile.coding_systems["OBX-3|LN"] == 1
    assert profile.coding_systems["OBX-3|L"] == 1
    assert profile.coding_systems["OBX-3|99LOCAL"] == 1
    assert profile.coding_systems["OBR-4|LN"] == 1


def test_obx_value_types_are_counted(message):
    profile = only(profile_messages([message(body=ORU)]))
    assert profile.value_types == {"NM": 2, "TX": 1}


def test_timestamps_give_first_last_precision_and_zone(message):
    profile = only(
        profile_messages(
            [
                message(timestamp="20240105123000+0100"),
                message(timestamp="202401031200"),
                message(timestamp="20240107"),
            ]
        )
    )
    assert profile.first_timestamp == "2024-01-03T12:00"
    assert profile.last_timestamp == "2024-01-07"
    assert profile.timestamp_precision == {"second": 1, "minute": 1, "day": 1}
    assert profile.timestamps_with_zone == 1


def test_processing_ids_and_acknowledgement_codes_are_counted(message):
    ack = ("MSA|AE|MSG0001|bad",)
    profile = only(
        profile_messages(
            [message(processing_id="T", message_type="ACK", body=ack), message(processing_id="P")]
        )
    )
    assert profile.processing_ids == {"T": 1, "P": 1}
    assert profile.ack_codes == {"AE": 1}


def test_duplicate_control_ids_are_counted(message):
    profile = only(profile_messages([message(control_id="1"), message(control_id="1"), message()]))
    assert profile.control_ids_seen == 3
    assert profile.duplicate_control_ids == 1


def test_a_control_id_in_the_last_field_of_the_msh_is_counted():
    ends_at_msh_10 = b"MSH|^~\\&|PAS|H|EHR|H|20240105||ADT^A01|CTRL1\rPID|1"
    profile = only(profile_messages([ends_at_msh_10, ends_at_msh_10]))
    assert profile.control_ids_seen == 2
    assert profile.duplicate_control_ids == 1
    assert "control-id-missing" not in profile.conformance


def test_control_ids_are_kept_as_the_top_53_bits_of_their_blake2b_digest(message):
    # the digest is part of the profile's JSON: profiles written by other versions or other
    # machines merge only if it never changes
    profile = only(profile_messages([message(control_id="MSG0001")]))
    digest = int.from_bytes(hashlib.blake2b(b"MSG0001", digest_size=8).digest(), "big") >> 11
    assert profile.control_id_counts == {digest: 1}


def test_message_sizes_are_counted(message):
    small, large = message(body=()), message()
    profile = only(profile_messages([small, large]))
    assert (profile.messages, profile.bytes) == (2, len(small) + len(large))
    assert (profile.size_min, profile.size_max) == (len(small), len(large))


def test_phi_classes_count_the_messages_that_carry_them(message):
    without_patient = message(body=("EVN|A01",))
    profile = only(profile_messages([message(), without_patient]))
    assert profile.phi_classes["name"] == 1
    assert profile.phi_classes["mrn"] == 1
    assert profile.phi_classes["date"] == 1
    assert profile.phi_classes["ssn"] == 1
    assert profile.phi_classes["account"] == 1
    assert profile.phi_classes["email"] == 1
    assert "health-plan" not in profile.phi_classes


def test_free_text_results_are_phi(message):
    profile = only(profile_messages([message(body=ORU)]))
    assert profile.phi_classes["free-text"] == 1


def test_required_fields_left_empty_are_counted_by_path(message):
    profile = only(profile_messages([message(body=("PID|1||", "PV1|1|I"))]))
    assert profile.required_missing["PID-3"] == 1
    assert profile.required_missing["PID-5"] == 1
    assert profile.conformance["required-field-missing"] >= 2


def test_unusual_delimiters_give_the_same_statistics(message):
    standard = only(profile_messages([message(body=ORU)]))
    unusual = only(profile_messages([message(body=ORU, delimiters="#$*!@")]))
    assert unusual.field_fill == standard.field_fill
    assert unusual.coding_systems == standard.coding_systems
    assert unusual.encoding_characters == {"#$*!@": 1}


def test_escape_sequences_are_counted_by_kind(message):
    profile = only(profile_messages([message(body=("NTE|1||A\\T\\B\\.br\\C",))]))
    assert profile.escape_sequences == {"\\T\\": 1, "\\.br\\": 1}


def test_undecodable_bytes_are_counted_and_the_message_still_profiled(message):
    body = ("PID|1||MRN48213||Zo\xeb\xff^Q",)
    profile = only(profile_messages([message(charset="UNICODE UTF-8", body=body)]))
    assert profile.messages == 1
    assert profile.undecodable_bytes == 2
    assert profile.conformance["charset-undecodable-bytes"] == 1


def test_wrong_delimiters_are_a_problem_not_an_exception():
    assert Profiler().add(b"MSHA^~\\&AB").kind == "wrong-delimiters"


def test_a_message_cut_inside_msh_is_truncated(message):
    outcome = Profiler().add(message()[:30])
    assert isinstance(outcome, Problem)
    assert outcome.kind == "truncated-message"


def test_add_returns_the_stratum_the_sample_is_drawn_by(message):
    outcome = Profiler().add(message(version="2.5.1.1"))
    assert outcome == Stratum(("PAS", "GENHOSP", "EHR", "GENHOSP"), "ADT^A01", "2.5.1")


def test_no_patient_value_reaches_the_profile(message):
    profile = only(profile_messages([message(), message(body=ORU)]))
    text = json.dumps(profile.to_dict())
    assert [v for v in PATIENT_VALUES if v in text] == []


def test_a_coding_system_slot_holding_no_known_name_is_counted_as_unlisted(message):
    body = ("OBX|1|NM|X^Y^ZEBEDEE QUINTUS^A^B^MRN48213||1",)
    profile = only(profile_messages([message(body=body)]))
    assert profile.coding_systems == {"OBX-3|(unlisted)": 1, "OBX-3.6|(unlisted)": 1}


def test_the_coded_fields_of_patient_segments_are_not_read_for_coding_systems(message):
    body = ("PID|1||||||||||||||||||||||||||||||||||^^SCT", "OBX|1|NM|X^Y^LN||1")
    profile = only(profile_messages([message(body=body)]))
    assert profile.coding_systems == {"OBX-3|LN": 1}


def test_paths_with_problems_are_labelled_from_the_version_s_reference(message):
    profile = only(profile_messages([message(body=("PID|1||", "PV1|1|I"))]))
    assert profile.field_labels["2.5|PID-5"] == "PID-5 Patient Name, XPN, required"


def test_msh_7_is_counted_per_month_and_per_hour_of_day():
    stamps = ("202401051230", "20240131235959+0100", "20240201", "2024")
    profile = only(
        profile_messages([f"MSH|^~\\&|PAS|H|EHR|H|{s}||ADT^A01|{s}".encode() for s in stamps])
    )
    assert profile.timestamp_months == {"2024-01": 2, "2024-02": 1}
    assert profile.timestamp_hours == {"12": 1, "23": 1}


def test_a_month_or_hour_out_of_range_is_not_counted():
    stamps = ("20241305", "2024010125")
    profile = only(
        profile_messages([f"MSH|^~\\&|PAS|H|EHR|H|{s}||ADT^A01|{s}".encode() for s in stamps])
    )
    assert profile.timestamp_months == {"2024-01": 1}
    assert profile.timestamp_hours == {}


def test_message_sizes_are_counted_in_buckets_of_their_five_leading_bits(message):
    small, large = message(body=()), message()
    profile = only(profile_messages([small, large, large]))
    expected = {str(size_bucket(len(small))): 1, str(size_bucket(len(large))): 2}
    assert profile.size_histogram == expected

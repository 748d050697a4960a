"""hl7apy's reference: versions mapped to what it covers, labels, required and coded fields."""

from __future__ import annotations

import pytest

from assessor.connectors.hl7v2.reference import (
    field_label,
    message_structure,
    reference_version,
    segment_reference,
    structure_segments,
)


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("2.5", ("2.5", None)),
        ("2.3.1", ("2.3.1", None)),
        ("2.3.0", ("2.3", "version-nonstandard")),
        ("2.3.z", ("2.3", "version-nonstandard")),
        ("2.5.1.1", ("2.5.1", "version-nonstandard")),
        ("", ("2.5", "version-missing")),
        ("2.9", ("2.8.2", "version-unsupported")),
        ("two", ("2.5", "version-unreadable")),
    ],
)
def test_msh12_maps_to_the_nearest_version_hl7apy_covers(declared, expected):
    assert reference_version(declared) == expected


def test_labels_come_from_the_version_s_reference():
    assert field_label("PID-5", "2.5") == "PID-5 Patient Name, XPN, required"
    assert field_label("PID-8", "2.5") == "PID-8 Administrative Sex, IS, optional"
    assert field_label("OBX-3", "2.7") == "OBX-3 Observation Identifier, CWE, required"


def test_a_z_segment_field_is_labelled_as_such():
    assert field_label("ZPV-2", "2.5") == "ZPV-2 (Z)"


def test_required_and_coded_fields_follow_the_version():
    assert {3, 5} <= segment_reference("PID", "2.5").required
    assert 3 in segment_reference("OBX", "2.5").coded
    assert not segment_reference("ZPV", "2.5").known


def test_message_structures_are_found_from_msh9():
    assert message_structure("ORU", "R01", "", "2.5") == "ORU_R01"
    assert message_structure("ADT", "A04", "ADT_A01", "2.5") == "ADT_A01"
    assert "OBX" in structure_segments("ORU_R01", "2.5")
    assert "EVN" not in structure_segments("ORM_O01", "2.5")

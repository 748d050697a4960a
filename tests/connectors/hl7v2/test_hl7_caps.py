"""Caps on what a hostile segment can cost: fields looked at, and what hl7apy is handed.

Each over-cap case is counted (a conformance kind) rather than dropped, and the rest of the
message is still profiled.
"""

from __future__ import annotations

import gzip

from hl7_fixtures import build

from assessor.connectors.hl7v2 import Hl7v2Connector
from assessor.connectors.hl7v2.shapes import MAX_SEGMENT_FIELDS

_HEAD = ("EVN|A01|20240105122900",)


def _only_flow(inventory):
    (flow,) = inventory.flows
    return flow


def test_a_segment_of_fifty_thousand_fields_from_a_tiny_gzip_is_over_both_caps(write):
    segment = "PID|1||MRN48213||ZEBEDEE" + "|" * 50_000
    path = write("wide.hl7.gz", gzip.compress(build(body=(*_HEAD, segment)) + b"\r"))
    assert path.stat().st_size < 2_000
    flow = _only_flow(Hl7v2Connector().scan(str(path)))
    profile = flow.profile
    assert profile.conformance["segment-over-cap"] == 1
    assert profile.conformance["validation-over-cap"] == 1
    assert profile.validated_messages == 0
    assert len(profile.field_fill) <= MAX_SEGMENT_FIELDS
    assert "PID-5" in profile.field_fill and "name" in profile.phi_classes  # the rest still read


def test_fifty_thousand_components_in_one_field_are_over_the_cap_too(write):
    segment = "OBX|1|ST|X" + "^" * 50_000 + "|1|v"
    flow = _only_flow(Hl7v2Connector().scan(str(write("c.hl7", build(body=(segment,))))))
    assert flow.profile.conformance["segment-over-cap"] == 1
    assert flow.profile.conformance["validation-over-cap"] == 1


def test_a_one_megabyte_segment_is_profiled_but_not_validated(write):
    segment = "OBX|1|ED|DOC^Report||^AP^PDF^Base64^" + "A" * (1 << 20)
    flow = _only_flow(Hl7v2Connector().scan(str(write("big.hl7", build(body=(segment,))))))
    assert flow.profile.messages == 1
    assert flow.profile.validated_messages == 0
    assert flow.profile.conformance["validation-over-cap"] == 1
    assert "segment-over-cap" not in flow.profile.conformance  # few fields: under that cap


def test_the_validation_size_cap_is_set_per_connector(write, message):
    path = str(write("a.hl7", message()))
    small = _only_flow(Hl7v2Connector(max_validation_bytes=64).scan(path)).profile
    usual = _only_flow(Hl7v2Connector().scan(path)).profile
    assert (small.validated_messages, small.conformance["validation-over-cap"]) == (0, 1)
    assert (usual.validated_messages, usual.conformance.get("validation-over-cap")) == (1, None)

"""Proof by construction: a feed's FHIR resources, built from a masked synthetic message."""

import json

from fhir.resources.R4B import get_fhir_model_class
from test_fhir_mapping import lab_feed

from assessor.feed_profile import FeedProfile
from assessor.fhir_mapping import feed_sample, mappability
from assessor.fhir_sample import build_sample, synthetic_message
from assessor.fhir_values import SAMPLE_VALUES

MARKER = "QQMARKERQQ"


def lab_feed_with_status() -> FeedProfile:
    """The hand-checked lab feed with the statuses R4 requires (OBR-25, OBX-11) and MSH-3/4."""
    feed = lab_feed()
    fill = {**feed.field_fill, "OBR-25": 10, "OBX-11": 30, "MSH-3": 10, "MSH-4": 10}
    return lab_feed(field_fill=fill)


def test_a_lab_feed_s_sample_builds_the_resources_of_the_oru_map_and_they_validate() -> None:
    sample = feed_sample(lab_feed_with_status())
    assert sample.structure == "ORU_R01"
    assert sample.valid is True
    assert {"Patient", "DiagnosticReport", "Observation", "MessageHeader"} <= set(sample.resources)
    for resource in sample.built:
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def test_the_observation_carries_obx_3_as_its_code_and_points_at_the_patient() -> None:
    built = feed_sample(lab_feed_with_status()).built
    observation = next(r for r in built if r["resourceType"] == "Observation")
    patient = next(r for r in built if r["resourceType"] == "Patient")
    assert observation["code"]["coding"][0]["system"] == "http://loinc.org"
    assert observation["subject"] == {"reference": f"Patient/{patient['id']}"}


def test_a_required_element_whose_source_field_is_empty_is_the_first_error() -> None:
    # Without OBX-11 the IG has nothing to put in Observation.status, which R4 requires.
    feed = lab_feed_with_status()
    sample = feed_sample(
        lab_feed(field_fill={p: n for p, n in feed.field_fill.items() if p != "OBX-11"})
    )
    assert sample.valid is False
    assert sample.error.startswith("Observation.status: ")
    assert "the IG fills it from OBX-11, which the feed leaves empty" in sample.error


def test_a_required_element_no_ig_row_fills_is_named_as_such() -> None:
    # The IG maps no DFT_P03: the usual segment maps make a Provenance with nothing to target.
    fields = (("MSH-3", "HD"), ("MSH-4", "HD"), ("MSH-9", "MSG"), ("PID-5", "XPN"))
    sample = build_sample("DFT_P03", ("MSH", "PID"), fields)
    assert sample.error == "Provenance.target: missing (no IG row fills it)"


def test_a_value_the_ig_assigns_to_the_segment_itself_completes_its_instance() -> None:
    # PID[Account] assigns status "active" on the segment's own row, with no field.
    sample = build_sample("ADT_A01", ("MSH", "PID"), (("PID-5", "XPN"), ("PID-18", "CX")))
    (account,) = (r for r in sample.built if r["resourceType"] == "Account")
    assert sample.valid is True
    assert account["status"] == "active"


def test_an_assigned_value_alone_makes_no_instance() -> None:
    sample = build_sample("ADT_A01", ("MSH", "PID"), (("PID-5", "XPN"),))
    assert "Account" not in sample.resources


def test_an_assigned_value_goes_into_a_repetition_only_where_a_field_made_it() -> None:
    # MSH[Provenance-Source] gives entity[1] (the stored message) the role "source"; the sample
    # does not store the message, so a lone role would leave Provenance.entity.what missing.
    fields = (
        ("MSH-3", "HD"),
        ("MSH-4", "HD"),
        ("MSH-7", "DTM"),
        ("MSH-9", "MSG"),
        ("PID-5", "XPN"),
    )
    sample = build_sample("ORU_R01", ("MSH", "PID"), fields)
    provenances = [r for r in sample.built if r["resourceType"] == "Provenance"]
    assert sample.valid is True
    assert provenances and not any("entity" in r for r in provenances)


def test_the_first_error_quotes_no_generated_value() -> None:
    sample = feed_sample(lab_feed())
    generated = {p for parts in SAMPLE_VALUES.values() for v in parts for p in v.split("&")}
    assert not [v for v in generated if len(v) > 2 and v in sample.error]


def test_a_structure_the_ig_does_not_map_builds_nothing_and_is_not_judged() -> None:
    feed = FeedProfile(
        messages=1,
        message_types={"DFT^P03^DFT_P03": 1},
        segments={"MSH": 1, "FT1": 1},
        field_fill={"FT1-7": 1},
    )
    sample = feed_sample(feed)
    assert (sample.valid, sample.resources, sample.error) == (None, (), "")


def test_an_acknowledgment_stream_has_no_sample() -> None:
    feed = FeedProfile(messages=1, message_types={"ACK^A01": 1}, segments={"MSA": 1})
    assert feed_sample(feed).valid is None


def test_no_observed_value_reaches_the_sample_or_the_mappability() -> None:
    planted = lab_feed_with_status()
    planted = FeedProfile(
        **{
            **{f: getattr(planted, f) for f in planted.__dataclass_fields__},
            "sending_application": MARKER,
            "sending_facility": MARKER,
            "receiving_application": MARKER,
            "coding_systems": {f"OBX-3|{MARKER}": 30, f"PID-3.4|{MARKER}": 10},
            "z_segment_shapes": {f"ZLB|{MARKER}": 5},
            "senders": {f"{MARKER}|{MARKER}": 10},
            "field_labels": {"2.5|PID-5": MARKER},
            "first_seen": {"segments|ZLB": (MARKER, 1)},
            "charsets": {MARKER: 10},
        }
    )
    sample = feed_sample(planted)
    result = mappability("f", planted)
    assert sample.valid is True
    assert MARKER not in json.dumps([sample.built, sample.error, result.to_dict()])


def test_the_synthetic_message_takes_every_value_from_the_fixed_scheme() -> None:
    message = synthetic_message((("PID-5", "XPN"), ("OBX-3", "CWE"), ("ZLB-1", "ST")))
    assert message == {
        "PID-5": SAMPLE_VALUES["XPN"],
        "OBX-3": SAMPLE_VALUES["CWE"],
        "ZLB-1": ("Sample",),
    }


def test_a_field_the_ig_maps_only_for_one_value_carries_that_value() -> None:
    # TXA-19 becomes DocumentReference.status only when it is "AV" (available).
    assert synthetic_message((("TXA-19", "ID"),))["TXA-19"][0] == "AV"


def test_the_same_shape_builds_the_same_resources() -> None:
    shape = (
        "ORU_R01",
        ("MSH", "OBX", "PID"),
        (("OBX-3", "CWE"), ("OBX-11", "ID"), ("PID-5", "XPN")),
    )
    first = build_sample(*shape)
    build_sample.cache_clear()
    assert build_sample(*shape) == first
    assert build_sample(*shape).built == first.built

"""A feed's road to FHIR, measured against the HL7 v2-to-FHIR IG's mapping tables."""

import importlib.util
from pathlib import Path

import pytest

from assessor.feed_profile import FeedProfile
from assessor.fhir_mapping import feed_mappability, grade, is_standard_coding, mappability
from assessor.model import Flow, Inventory, System

ROOT = Path(__file__).resolve().parents[2]
IG_TABLES = ROOT.parent / "shared" / "reference" / "v2-to-fhir"


def lab_feed(**extra: object) -> FeedProfile:
    """A hand-checked ORU^R01 feed: 10 messages, 30 OBX, a ZLB segment in half the messages."""
    values: dict[str, object] = {
        "messages": 10,
        "message_types": {"ORU^R01^ORU_R01": 10},
        "segments": {"MSH": 10, "PID": 10, "OBR": 10, "OBX": 30, "ZLB": 5},
        "field_fill": {
            "MSH-1": 10,
            "MSH-2": 10,
            "MSH-7": 10,
            "MSH-9": 10,
            "MSH-9.1": 10,
            "MSH-12": 10,
            "PID-1": 10,
            "PID-3": 10,
            "PID-5": 10,
            "OBR-4": 10,
            "OBX-2": 30,
            "OBX-3": 30,
            "OBX-5": 30,
            "ZLB-1": 5,
        },
        "coding_systems": {"OBX-3|LN": 30, "OBR-4|LN": 10},
    }
    values.update(extra)
    return FeedProfile(**values)  # type: ignore[arg-type]


def test_the_mapped_share_weighs_each_data_field_by_how_often_its_segment_fills_it() -> None:
    # Data fields: MSH-7, MSH-9, PID-3, PID-5, OBR-4, OBX-3, OBX-5 (all mapped, fill 1.0) and
    # ZLB-1 (no target, fill 1.0 of its 5 segments). Set ids, MSH-1/2/12 and OBX-2 steer the
    # message and are left out: 7 / 8.
    found = mappability("lab->ehr", lab_feed())
    assert (found.populated_fields, found.mapped_fields) == (8, 7)
    assert found.mapped_share == pytest.approx(7 / 8, abs=1e-4)
    assert found.unmapped_fields == ("ZLB-1",)
    assert found.z_segments == ("ZLB",)


def test_a_half_filled_field_weighs_half() -> None:
    found = mappability("f", lab_feed(field_fill={"PID-5": 10, "OBX-3": 15, "ZLB-1": 5}))
    # PID-5 1.0, OBX-3 0.5 (15 of 30 OBX), ZLB-1 1.0 -> 1.5 / 2.5
    assert found.mapped_share == pytest.approx(0.6)


def test_the_resources_are_those_the_message_map_gives_for_the_segments_seen() -> None:
    found = mappability("lab->ehr", lab_feed())
    assert {"Patient", "DiagnosticReport", "Observation", "MessageHeader"} <= set(found.resources)
    assert "Immunization" not in found.resources and "Bundle" not in found.resources
    assert found.structures == ("ORU_R01",) and found.structures_without_map == ()


def test_events_sent_in_a_mapped_structure_use_its_map() -> None:
    found = mappability("f", lab_feed(message_types={"ADT^A04^ADT_A04": 5, "ADT^A08": 5}))
    assert found.structures == ("ADT_A01",) and found.structures_without_map == ()


def test_the_structure_msh_9_3_declares_wins_over_the_event() -> None:
    found = mappability(
        "f",
        lab_feed(message_types={"ADT^A04": 10}, message_structures={"ADT^A04|ADT_A05": 10}),
    )
    assert found.structures == ("ADT_A05",)


def test_a_structure_the_ig_does_not_map_caps_the_grade_at_b_and_says_so() -> None:
    found = mappability(
        "f", lab_feed(message_types={"DFT^P03^DFT_P03": 10}, field_fill={"PID-5": 10})
    )
    assert found.grade == "B"
    assert found.structures_without_map == ("DFT_P03",)
    assert any("DFT_P03" in r for r in found.reasons)


def test_local_codes_need_a_concept_map_and_cost_a_grade() -> None:
    local = mappability("f", lab_feed(coding_systems={"OBX-3|99LAB": 20, "OBX-3|LN": 10}))
    assert local.local_coded_fields == ("OBX-3",)
    assert local.grade == "C"  # share 7/8 -> B, one lower for local codes


def test_an_alternate_loinc_does_not_hide_a_local_primary() -> None:
    found = mappability("f", lab_feed(coding_systems={"OBX-3|L": 30, "OBX-3|LN": 30}))
    assert found.local_coded_fields == ("OBX-3",)


@pytest.mark.parametrize("name", ["LN", "ln", "SCT", "I10", "RXNORM", "CVX", "HL70078", "UCUM"])
def test_published_code_systems_are_standard(name: str) -> None:
    assert is_standard_coding(name)


@pytest.mark.parametrize("name", ["99LAB", "L", "LOCAL", "ACMECODES", ""])
def test_local_and_unknown_code_systems_are_not(name: str) -> None:
    assert not is_standard_coding(name)


@pytest.mark.parametrize(
    ("share", "letter"), [(1.0, "A"), (0.9, "A"), (0.89, "B"), (0.75, "B"), (0.6, "C"), (0.2, "D")]
)
def test_grades_follow_the_documented_thresholds(share: float, letter: str) -> None:
    assert grade(share, unmapped_structure=False, local_codes=False) == letter


def test_a_feed_with_no_profiled_field_is_unknown() -> None:
    found = mappability("f", FeedProfile(messages=3, message_types={"ADT^A01^ADT_A01": 3}))
    assert found.grade == "unknown" and found.mapped_share is None


def test_the_inventory_lists_every_profiled_data_feed_and_skips_acknowledgments() -> None:
    ack = FeedProfile(messages=5, message_types={"ACK^A01^ACK": 5}, field_fill={"MSA-1": 5})
    inventory = Inventory(
        systems=(System(id="a", name="a"), System(id="b", name="b")),
        flows=(
            Flow(id="b->a", source="b", target="a", profile=ack),
            Flow(id="a->b", source="a", target="b", profile=lab_feed()),
            Flow(id="a->b:file", source="a", target="b"),
        ),
    )
    assert [m.flow for m in feed_mappability(inventory)] == ["a->b"]


@pytest.mark.skipif(not IG_TABLES.is_dir(), reason="../shared/reference/v2-to-fhir is not here")
def test_the_shipped_tables_are_what_the_builder_makes_of_the_ig(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build", ROOT / "tools" / "build_v2_to_fhir.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.main([str(IG_TABLES), str(tmp_path)])
    for name in (
        "v2_to_fhir_fields.csv",
        "v2_to_fhir_messages.csv",
        "v2_to_fhir_elements.csv",
        "v2_to_fhir_targets.csv",
    ):
        shipped = (ROOT / "assessor" / "data" / name).read_text("utf-8")
        assert (tmp_path / name).read_text("utf-8") == shipped, name

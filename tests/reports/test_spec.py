"""The observed interface specification: what a feed really sends, field by field, never a value."""

import csv
import io

from assessor.feed_profile import FeedProfile
from assessor.interface_spec import feed_spec
from assessor.model import Assessment, Flow, Inventory, System
from assessor.reports.spec import SpecCsvReport, SpecMarkdownReport

HOSTILE = "<script>alert(1)</script>"


def adt_feed(source: str = "pas") -> Flow:
    """20 ADT messages: PID-5 always, PID-13 in half (repeating), a ZPV in 5 messages."""
    profile = FeedProfile(
        messages=20,
        message_types={"ADT^A01^ADT_A01": 20},
        segments={"MSH": 20, "PID": 20, "ZPV": 5},
        segment_messages={"MSH": 20, "PID": 20, "ZPV": 5},
        field_fill={"MSH-9": 20, "PID-5": 20, "PID-13": 10, "PID-13.1": 10, "ZPV-2": 5},
        field_repeats={"PID-13": 4},
        coding_systems={"PID-8|HL70001": 0},
    )
    return Flow(id=f"{source}->ehr", source=source, target="ehr", profile=profile)


def rows_by_field(flow: Flow) -> dict[str, object]:
    return {r.field: r for r in feed_spec(flow)}


def test_a_field_filled_in_every_occurrence_is_r_and_one_filled_in_some_is_re() -> None:
    rows = rows_by_field(adt_feed())
    assert (rows["PID-5"].usage, rows["PID-5"].cardinality) == ("R", "1..1")
    assert (rows["PID-13"].usage, rows["PID-13"].cardinality) == ("RE", "0..*")
    assert rows["PID-13"].fill_rate == 0.5


def test_a_standard_field_never_filled_is_listed_as_x_with_its_standard_usage() -> None:
    rows = rows_by_field(adt_feed())
    assert rows["PID-3"].usage == "X" and rows["PID-3"].standard_usage == "R"
    assert rows["PID-3"].name == "Patient Identifier List" and rows["PID-3"].datatype == "CX"


def test_components_fold_into_their_field() -> None:
    assert "PID-13.1" not in rows_by_field(adt_feed())


def test_a_z_segment_is_flagged_and_used_in_some_messages() -> None:
    row = rows_by_field(adt_feed())["ZPV-2"]
    assert row.z_segment and row.segment_usage == "RE" and row.usage == "R"
    assert row.name == "" and row.datatype == ""


def test_a_flow_without_a_profile_has_no_specification() -> None:
    assert feed_spec(Flow(id="a->b", source="a", target="b")) == ()


def _assessment(*flows: Flow) -> Assessment:
    systems = tuple(System(id=s, name=s) for s in sorted({f.source for f in flows} | {"ehr"}))
    return Assessment(inventory=Inventory(systems=systems, flows=flows))


def test_the_csv_has_one_row_per_field_and_defuses_formulas() -> None:
    text = SpecCsvReport().render(_assessment(adt_feed("=cmd|x"))).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["field"] for r in rows} >= {"PID-5", "PID-13", "ZPV-2", "PID-3"}
    assert all(r["sender"] == "'=cmd|x" for r in rows)


def test_the_markdown_escapes_names_from_the_feed_and_names_required_fields_never_filled() -> None:
    text = SpecMarkdownReport().render(_assessment(adt_feed(HOSTILE))).decode()
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "Required by the standard, never filled:" in text and "PID-3" in text


def test_without_feeds_the_markdown_says_so() -> None:
    assert "No HL7 v2 feed was profiled." in SpecMarkdownReport().render(_assessment()).decode()

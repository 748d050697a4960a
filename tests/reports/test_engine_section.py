"""The report's "Interface engine" section: counts, effort per target, routing, findings."""

from __future__ import annotations

from dataclasses import replace

from conftest import build_empty_assessment, build_estate_assessment
from report_html import parse

from assessor.engine_migration import plan_migration
from assessor.model import (
    Assessment,
    Dimension,
    Effort,
    EngineChannel,
    EngineConnector,
    EngineInventory,
    Evidence,
    Finding,
    Severity,
)
from assessor.reports._engine_facts import engine_sections
from assessor.reports.html import HtmlReport

HOSTILE = "<script>alert('chan')</script>"
IN = EngineConnector("source", "source", "mllp", inbound_data_type="HL7V2", steps={"a:mapper": 1})
OUT = EngineConnector("to EHR", "destination", "mllp")
WRITER = EngineConnector("to B", "destination", "channel", target_channel="b")
CHANNELS = (
    EngineChannel(
        "a",
        HOSTILE,
        source=IN,
        destinations=(WRITER,),
        routes_to=("b",),
        script_lines={"source.transformer": 320},
        sandbox_escapes={"java.": 1},
    ),
    EngineChannel("b", "Results Out", source=IN, destinations=(OUT,)),
    EngineChannel("c", "Old feed", enabled=False, source=IN, destinations=(OUT,)),
)


def with_engine(assessment: Assessment) -> Assessment:
    inventory = assessment.inventory
    systems = tuple(
        replace(s, engine=EngineInventory(version="4.5.2", channels=CHANNELS))
        if s.id == "engine"
        else s
        for s in inventory.systems
    )
    finding = Finding(
        "ENG-S01",
        Dimension.SECURITY,
        Severity.HIGH,
        "engine",
        "1 of 3 channel(s) call out",
        (Evidence("mirth/channels.xml", "channel x: java. x1"),),
    )
    return replace(
        assessment,
        inventory=replace(inventory, systems=systems),
        findings=(*assessment.findings, finding),
    )


def render(assessment: Assessment) -> str:
    return HtmlReport(rules=()).render(assessment).decode("utf-8")


def test_the_section_counts_channels_and_costs_both_targets():
    page = parse(render(with_engine(build_estate_assessment())))
    section = page.by_id("engine")
    assert "3 channels (2 enabled), 320 lines of JavaScript" in section.text
    assert "out of vendor support since 2025-03-19" in section.text
    effort = page.by_id("engine-effort-1").text
    assert "Total (3 channels)" in effort
    assert "routing between its channels" in effort


def test_channel_names_are_escaped_in_tables_and_in_the_routing_svg():
    html = render(with_engine(build_estate_assessment()))
    assert HOSTILE not in html
    section = parse(html).by_id("engine")
    svg_labels = [t.text for t in section.find_all("text")]
    assert any(label.startswith("<script>") for label in svg_labels)  # shown as text, escaped
    assert "Results Out" in svg_labels


def test_the_heaviest_channel_comes_first_with_what_drives_its_effort():
    (section,) = engine_sections(with_engine(build_estate_assessment()))
    first, effort = section.heaviest[0]
    assert first.name == HOSTILE
    assert "320 lines of JavaScript" in effort.drivers


def test_the_engine_row_of_the_ranked_table_carries_its_migration_effort():
    page = parse(render(with_engine(build_estate_assessment())))
    (label,) = page.by_id("blockers-table").find_all("span", "engine-effort")
    assert label.text.startswith("3 channels: fork ") and "rebuild" in label.text


def test_the_engines_findings_are_listed():
    section = parse(render(with_engine(build_estate_assessment()))).by_id("engine")
    assert "ENG-S01" in section.text


def test_without_an_engine_export_the_section_says_it_does_not_apply():
    section = parse(render(build_empty_assessment())).by_id("engine")
    assert "Not applicable" in section.text


def test_the_section_shows_the_migration_plan_the_assessment_carries():
    assessment = with_engine(build_estate_assessment())
    engine = next(s.engine for s in assessment.inventory.systems if s.id == "engine")
    carried = replace(plan_migration(engine), engine="engine", fork=Effort(7.0, 11.0, 19.0))
    (section,) = engine_sections(replace(assessment, engine_migrations=(carried,)))
    assert section.migration == carried

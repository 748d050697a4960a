"""What no scan looked at stays unknown in every dimension and every output, never a clean 0.

Answers written before the run: a declared interface with no message seen leaves its sender's
data readiness unknown; OPS-X01 has nothing to say on a channel nobody exported or on a feed into
an engine whose export was not read; a declared system no flow touches has unknown
interoperability and criticality; those unknowns are JSON null, an empty CSV cell and a hatched
bar in the HTML.
"""

import csv
import io
import json
import sys
from dataclasses import replace
from pathlib import Path

from brain_estates import config, context
from evidence_estates import declared_feed, declared_system, twin_labs, with_isolated

from assessor.model import Assessment, Inventory, Transport
from assessor.reports.csv import CsvReport
from assessor.reports.html import HtmlReport
from assessor.reports.json import JsonReport
from assessor.rules import rule_by_id
from assessor.scoring import assess

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))
from report_html import parse


def dimensions(assessment: Assessment, component: str) -> dict[str, float | None]:
    return next(s.dimensions for s in assessment.scores if s.component == component)


def isolated() -> Assessment:
    return assess(with_isolated(twin_labs(), declared_system("island", "billing")), config())


def test_a_declared_interface_with_no_message_seen_leaves_data_readiness_unknown() -> None:
    assert dimensions(assess(twin_labs(), config()), "lab-told")["data-readiness"] is None


def test_declared_message_types_alone_do_not_make_a_content_rule_clean() -> None:
    inventory = replace(
        twin_labs(),
        flows=(declared_feed("lab-told", "ehr", message_types={"ADT^A01": 0}),),
    )
    outcome = rule_by_id()["DATA-M01"].evaluate(context(inventory))
    assert outcome.unobserved == ("lab-told--ehr",) and not outcome.observed


def test_custom_code_is_unknown_on_a_channel_only_declared() -> None:
    channel = declared_feed("lab-told", "ehr", channel="Results")
    inventory = replace(twin_labs(), flows=(channel,))
    outcome = rule_by_id()["OPS-X01"].evaluate(context(inventory))
    assert outcome.unobserved == ("lab-told--ehr",)


def test_custom_code_is_unknown_on_a_feed_into_an_engine_whose_export_was_not_read() -> None:
    engine = declared_system("engine", "interface-engine")
    feed = declared_feed("lab-told", "engine")
    inventory = Inventory(systems=(engine, declared_system("lab-told")), flows=(feed,))
    outcome = rule_by_id()["OPS-X01"].evaluate(context(inventory))
    assert outcome.unobserved == ("lab-told--engine",)


def test_custom_code_does_not_concern_a_point_to_point_feed() -> None:
    outcome = rule_by_id()["OPS-X01"].evaluate(context(twin_labs()))
    assert not outcome.observed and not outcome.unobserved


def test_an_isolated_declared_system_has_unknown_interoperability_and_criticality() -> None:
    island = dimensions(isolated(), "island")
    assert island["interoperability"] is None and island["criticality"] is None


def test_an_isolated_system_has_no_graph_factor_counted_as_zero() -> None:
    island = next(s for s in isolated().scores if s.component == "island")
    assert not any(t.label.startswith("criticality: betweenness") for t in island.breakdown)


def test_unknown_dimensions_are_null_in_the_json() -> None:
    data = json.loads(JsonReport().render(isolated()))
    island = next(s for s in data["scores"] if s["component"] == "island")
    assert island["dimensions"]["interoperability"] is None


def test_unknown_dimensions_are_blank_in_the_csv() -> None:
    rows = csv.DictReader(io.StringIO(CsvReport().render(isolated()).decode("utf-8")))
    island = next(r for r in rows if r["component"] == "island")
    assert island["dim_interoperability"] == "" and island["dim_criticality"] == ""


def test_unknown_dimensions_are_hatched_in_the_html() -> None:
    page = parse(HtmlReport(rules=()).render(isolated()))
    row = next(
        tr
        for tr in page.iter()
        if tr.tag == "tr" and any(a.tag == "a" and a.text == "ISLAND" for a in tr.iter())
    )
    hatched = {
        b.attrs.get("aria-label", "").split(" ")[0] for b in row.iter() if "none" in b.classes
    }
    assert {"Interoperability", "Criticality"} <= hatched


def test_a_declared_file_drop_is_a_declared_fact_not_an_unknown() -> None:
    drop = declared_feed("lab-told", "ehr", transport=Transport.FILE)
    outcome = rule_by_id()["INT-T01"].evaluate(context(replace(twin_labs(), flows=(drop,))))
    assert outcome.declared == ("lab-told--ehr",)


def test_a_captured_feed_is_a_scanned_fact() -> None:
    outcome = rule_by_id()["HL7V2-V01"].evaluate(context(twin_labs()))
    assert "lab-seen--ehr" in outcome.observed and "lab-seen--ehr" not in outcome.declared


def test_the_report_says_a_declared_only_system_was_seen_by_no_scan() -> None:
    page = parse(HtmlReport(rules=()).render(isolated()))
    notes = [e.text for e in page.iter() if "conf-why" in e.classes]
    assert "low: known only from what was declared; no scan saw it" in notes

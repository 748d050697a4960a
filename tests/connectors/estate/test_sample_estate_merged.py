"""The sample estate merged from every connector's fragments: one inventory of known systems.

Lives with the estate tests because the estate file is what turns names seen on the wire into
known systems. (Top-level test modules cannot import ``connectors``: ``tests/connectors`` would
shadow it as a namespace package.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import main
from assessor.connectors.engine import MirthConnector
from assessor.connectors.estate import EstateConnector
from assessor.connectors.fhir import FhirConnector
from assessor.merge import merge_inventories
from assessor.model import Inventory

SAMPLE = Path(__file__).parents[3] / "sample_feeds"


@pytest.fixture(scope="module")
def sample() -> Inventory:
    hl7v2 = pytest.importorskip("assessor.connectors.hl7v2")
    if not (SAMPLE / "estate.toml").is_file():
        pytest.skip("sample_feeds not generated")
    fragments = [EstateConnector().scan(str(SAMPLE / "estate.toml"))]
    fragments += [MirthConnector().scan(str(p)) for p in sorted(SAMPLE.glob("engine/*.xml"))]
    fragments.append(FhirConnector().scan(str(SAMPLE / "fhir" / "ehr_capability.json")))
    fragments += [hl7v2.Hl7v2Connector().scan(str(p)) for p in sorted(SAMPLE.glob("hl7/*"))]
    return merge_inventories(fragments)


@pytest.mark.slow
def test_every_sample_flow_joins_two_systems_of_the_inventory(sample):
    ids = {s.id for s in sample.systems}
    assert all(f.source in ids and f.target in ids for f in sample.flows)


@pytest.mark.slow
def test_every_sample_hl7_flow_joins_two_declared_systems(sample):
    declared = {s.id for s in sample.systems if s.declared}
    observed = [f for f in sample.flows if f.observed]
    assert observed
    assert [f.id for f in observed if not {f.source, f.target} <= declared] == []


@pytest.mark.slow
def test_the_sample_engine_and_ehr_resolve_to_their_declared_systems(sample):
    systems = {s.id: s for s in sample.systems}
    assert systems["engine"].channels == (
        "ADT Router",
        "LIS Results to EHR",
        "RIS Results to EHR (OLD)",
    )
    assert systems["ehr"].fhir is not None and systems["ehr"].fhir.smart_on_fhir


@pytest.mark.slow
def test_the_sample_estate_declares_every_name_seen_so_none_is_unmatched(sample):
    assert [s.id for s in sample.systems if not s.declared] == []
    assert sample.unmatched_names == ()


@pytest.mark.slow
def test_every_sample_flow_joins_two_declared_systems(sample):
    declared = {s.id for s in sample.systems if s.declared}
    assert [f.id for f in sample.flows if not {f.source, f.target} <= declared] == []


# A sender the sample estate does not declare: its names must come out as unmatched.
UNDECLARED_SENDER = (
    "MSH|^~\\&|GPLINK|HILLSIDE|CERULEAN|SAGH|20260301080000||ADT^A08|GP0001|P|2.4\r"
    "EVN|A08|20260301080000\r"
    "PID|1||900001^^^HILLSIDE||Test^Case\r"
)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> tuple[dict, dict]:
    """``assessor scan sample_feeds/ -o inv.json``, and the same with an undeclared sender."""
    if not (SAMPLE / "estate.toml").is_file():
        pytest.skip("sample_feeds not generated")
    folder = tmp_path_factory.mktemp("scan")
    extra = folder / "gp_link.hl7"
    extra.write_text(UNDECLARED_SENDER, newline="")
    runs = []
    for name, sources in (("inv.json", [str(SAMPLE)]), ("more.json", [str(SAMPLE), str(extra)])):
        out = folder / name
        result = CliRunner().invoke(main, ["scan", *sources, "-q", "-o", str(out)])
        assert result.exit_code in (0, 1), result.output
        runs.append(json.loads(out.read_text()))
    return runs[0], runs[1]


@pytest.mark.slow
def test_the_cli_scan_of_the_sample_joins_every_flow_to_two_declared_systems(scanned):
    inventory, _ = scanned
    declared = {s["id"] for s in inventory["systems"] if s["declared"]}
    assert inventory["flows"]
    assert [f["id"] for f in inventory["flows"] if not {f["source"], f["target"]} <= declared] == []
    # The estate file's [[databases]] entry is scanned: its store has the tables of the file.
    assert [(s["id"], s["system_id"], len(s["tables"]) > 0) for s in inventory["stores"]] == [
        ("lis-db", "lis", True)
    ]
    assert inventory["unmatched_names"] == []


@pytest.mark.slow
def test_the_cli_scan_reports_a_sender_the_estate_does_not_declare_as_unmatched(scanned):
    _, inventory = scanned
    observed_only = [s for s in inventory["systems"] if not s["declared"]]
    assert [s["name"] for s in observed_only] == ["GPLINK"]
    assert "GPLINK" in inventory["unmatched_names"]
    flows = [f for f in inventory["flows"] if observed_only[0]["id"] in (f["source"], f["target"])]
    assert flows and all(f["target"] == "ehr" for f in flows)

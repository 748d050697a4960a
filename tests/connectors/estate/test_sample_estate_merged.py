"""The sample estate merged from every connector's fragments: one inventory of known systems.

Lives with the estate tests because the estate file is what turns names seen on the wire into
known systems. (Top-level test modules cannot import ``connectors``: ``tests/connectors`` would
shadow it as a namespace package.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.merge import merge_inventories
from assessor.model import Inventory
from connectors.engine import MirthConnector
from connectors.estate import EstateConnector
from connectors.fhir import FhirConnector

SAMPLE = Path(__file__).parents[3] / "sample_feeds"
@pytest.fixture(scope="module")
def sample() -> Inventory:
    hl7v2 = pytest.importorskip("connectors.hl7v2")
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
def test_the_sample_unmatched_names_are_those_of_the_observed_only_systems(sample):
    observed_only = {n for s in sample.systems if not s.declared for n in (s.name, *s.aliases)}
    assert set(sample.unmatched_names) == observed_only


@pytest.mark.slow
def test_every_sample_flow_joins_two_declared_systems(sample):
    declared = {s.id for s in sample.systems if s.declared}
    assert [f.id for f in sample.flows if not {f.source, f.target} <= declared] == []

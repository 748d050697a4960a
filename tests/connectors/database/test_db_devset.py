"""Floors on the hand-labelled development set (tests/data/schemas), so regressions fail.

The figures themselves are printed by benchmarks/phi_columns.py and
benchmarks/db_relationships.py; these floors sit a little under what they print today.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCHEMAS = Path(__file__).resolve().parents[2] / "data" / "schemas"
BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"
PHI_F1_FLOOR = 0.9
RELATIONSHIP_PRECISION_FLOOR = 0.9


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


sys.path.insert(0, str(SCHEMAS))
import corpus  # noqa: E402  (one module for every test: its scans and labels are kept)

relationships = _load("db_relationships_benchmark", BENCHMARKS / "db_relationships.py")


def test_the_development_set_has_enough_labelled_columns_from_enough_schemas():
    labels = corpus.labels()
    assert len(labels) >= 1500
    assert len({label.schema for label in labels}) >= 3
    assert {label.hipaa_class for label in labels if label.phi} <= {
        "name", "address", "date", "mrn", "other-id", "device-id", "free-text",
    }  # fmt: skip


@pytest.mark.parametrize("schema", corpus.SCHEMAS)
def test_phi_columns_of_each_public_schema_stay_above_the_f1_floor(schema):
    overall, _per_class, misses = corpus.score_schema(schema)
    assert overall.f1 >= PHI_F1_FLOOR, misses


def test_implied_keys_stay_precise_at_the_confidence_shown():
    right = guessed = 0
    for schema in corpus.SCHEMAS:
        declared, implied, _half = relationships.links(schema)
        found = relationships.scores(declared, implied, relationships.SHOWN_CONFIDENCE)
        right, guessed = right + found[0], guessed + found[1]
    assert right / guessed >= RELATIONSHIP_PRECISION_FLOOR

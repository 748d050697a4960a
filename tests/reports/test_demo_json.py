"""The demo's assessment.json holds, for every score, a breakdown adding up to it and a confidence.

Issue 6's acceptance line, checked on the file ``assessor demo`` writes rather than on an
in-memory assessment: what a reader opens is what must be traceable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner


@pytest.fixture(scope="module")
def demo_json(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from assessor.cli import main

    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(main, ["demo", "-o", str(out), "--quiet"])
    assert result.exit_code in (0, 1), result.output
    return json.loads((Path(out) / "assessment.json").read_text(encoding="utf-8"))


def test_every_score_in_the_demo_json_has_a_breakdown_adding_up_to_its_priority(
    demo_json: dict[str, Any],
) -> None:
    assert len(demo_json["scores"]) >= 14
    for score in demo_json["scores"]:
        assert score["breakdown"], score["component"]
        total = sum(term["points"] for term in score["breakdown"])
        assert total == pytest.approx(score["priority"], abs=1e-3), score["component"]


def test_every_score_in_the_demo_json_has_a_confidence_between_0_and_1(
    demo_json: dict[str, Any],
) -> None:
    for score in demo_json["scores"]:
        assert 0 < score["confidence"] <= 1, score["component"]


def test_every_dimension_in_the_demo_json_is_a_severity_or_null_when_unobserved(
    demo_json: dict[str, Any],
) -> None:
    values = [v for s in demo_json["scores"] for v in s["dimensions"].values()]
    assert all(v is None or 0 <= v <= 1 for v in values)
    assert None in values  # the demo has dimensions nothing could observe (the warehouse's data)


def test_every_point_in_the_demo_json_names_its_rule_or_graph_fact(
    demo_json: dict[str, Any],
) -> None:
    for score in demo_json["scores"]:
        for term in score["breakdown"]:
            if term["points"]:
                assert term["rule_id"] or term["fact"], (score["component"], term["label"])

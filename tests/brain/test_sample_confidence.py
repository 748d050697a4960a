"""The sample estate's confidence runs the right way: what was scanned is trusted most.

The issue's demo figures ran backwards (engine 0.41; billing, the State registry and the planned
AI platform 0.95). Written before the run: the planned AI platform, known only from estate.toml,
is below 0.3; the engine (three channel exports relaying ~1,300 captured messages) is above
billing, the State registry and the AI platform.
"""

from __future__ import annotations

import pytest
from test_sample_ranking import TODAY, scan_sample

from assessor.config import default_config
from assessor.model import Assessment
from assessor.scoring import assess

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def confidence() -> dict[str, float]:
    assessment: Assessment = assess(scan_sample(), default_config(TODAY))
    return {s.component: s.confidence for s in assessment.scores}


def test_the_planned_ai_platform_known_only_from_the_estate_file_is_below_0_3(
    confidence: dict[str, float],
) -> None:
    assert confidence["ai-platform"] < 0.3


@pytest.mark.parametrize("other", ["billing", "state-iis", "ai-platform"])
def test_the_engine_is_better_observed_than_a_system_seen_on_one_feed(
    confidence: dict[str, float], other: str
) -> None:
    assert confidence["engine"] > confidence[other]

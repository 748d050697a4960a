"""Small wording rules the summary relies on."""

from __future__ import annotations

import pytest
from report_html import parse

from assessor.model import Assessment, Wave
from assessor.reports._words import band_words, wave_title
from assessor.reports.html import HtmlReport


@pytest.mark.parametrize(
    ("wave", "title"),
    [
        (Wave(1, "Stabilise the hub"), "Wave 1: Stabilise the hub"),
        (Wave(2, "Wave 2"), "Wave 2"),
        (Wave(3, "wave3"), "Wave 3"),
        (Wave(0, ""), "Wave 0"),
    ],
)
def test_a_wave_title_does_not_repeat_its_number(wave: Wave, title: str) -> None:
    assert wave_title(wave) == title


def test_a_band_reads_as_words_in_a_sentence() -> None:
    assert band_words("not-ready") == "not ready"


def test_the_critical_path_is_explained_as_the_longest_chain_not_the_last_unlock(
    estate_assessment: Assessment,
) -> None:
    intro = parse(HtmlReport().render(estate_assessment)).by_id("roadmap").text
    assert "longest chain of actions that must follow one another" in intro
    assert "last blocked use case" not in intro

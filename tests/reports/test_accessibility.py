"""WCAG AA contrast for each colour pair the report uses; no meaning carried by colour alone."""

from __future__ import annotations

import re

import pytest
from report_html import parse

from assessor.model import Assessment
from assessor.reports.html import HtmlReport

AA_TEXT, AA_GRAPHICS = 4.5, 3.0

TEXT_PAIRS = [  # (foreground, background) as CSS variables
    ("--ink", "--paper"),
    ("--ink", "--panel"),
    ("--muted", "--paper"),
    ("--muted", "--panel"),
    ("--navy", "--paper"),
    ("--navy-ink", "--navy"),
    ("--high-ink", "--high-bg"),
    ("--med-ink", "--med-bg"),
    ("--ok-ink", "--ok-bg"),
    ("--unk-ink", "--unk-bg"),
]
GRAPHIC_PAIRS = [
    ("--high", "--paper"),
    ("--med", "--paper"),
    ("--ok", "--paper"),
    ("--unk", "--paper"),
    ("--bar", "--unk-bg"),
    ("--high", "--high-bg"),
]
SVG_TEXT_PAIRS = [  # literal colours in the SVG map and timeline
    ("#8f1d1d", "#ffffff"),
    ("#8f1d1d", "#fdecea"),
    ("#ffffff", "#1d3b66"),
    ("#1b1f24", "#e8eef7"),
    ("#4a5260", "#ffffff"),
    ("#14532d", "#ffffff"),
]


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two #rrggbb colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture(scope="module")
def html() -> str:
    from conftest import build_estate_assessment

    return HtmlReport(rules=()).render(build_estate_assessment()).decode("utf-8")


@pytest.fixture(scope="module")
def palette(html: str) -> dict[str, str]:
    root = html[html.index(":root {") : html.index("}", html.index(":root {"))]
    return dict(re.findall(r"(--[a-z-]+):\s*(#[0-9a-fA-F]{6})", root))


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_text_colours_meet_aa(palette: dict[str, str], fg: str, bg: str) -> None:
    assert contrast(palette[fg], palette[bg]) >= AA_TEXT


@pytest.mark.parametrize(("fg", "bg"), GRAPHIC_PAIRS)
def test_graphic_colours_meet_aa_for_non_text(palette: dict[str, str], fg: str, bg: str) -> None:
    assert contrast(palette[fg], palette[bg]) >= AA_GRAPHICS


@pytest.mark.parametrize(("fg", "bg"), SVG_TEXT_PAIRS)
def test_svg_text_colours_meet_aa(html: str, fg: str, bg: str) -> None:
    assert fg in html and contrast(fg, bg) >= AA_TEXT


def test_every_badge_says_its_meaning_in_words(html: str) -> None:
    badges = parse(html).find_all("span", "badge")
    assert badges and all(re.search(r"[A-Za-z]", b.text) for b in badges)


def test_status_badges_carry_a_symbol_as_well_as_a_word(html: str) -> None:
    statuses = parse(html).by_id("matrix-table").find_all("span", "badge")
    assert {s.text[0] for s in statuses} == {"✓", "✕", "?"}


def test_alert_counts_carry_a_warning_sign_not_only_red(html: str) -> None:
    css = html[: html.index("</style>")]
    assert '.count.alert b::after { content: " ⚠"' in css


def test_readiness_meter_has_a_text_alternative(estate_assessment: Assessment) -> None:
    page = parse(HtmlReport(rules=()).render(estate_assessment))
    meter = page.by_id("overall").find_all("div", "meter")[0]
    assert meter.attrs["role"] == "img" and meter.attrs["aria-label"] == "Overall AI readiness 34%"


def test_the_page_declares_its_language_and_title(html: str) -> None:
    page = parse(html)
    assert page.find_all("html")[0].attrs["lang"] == "en"
    assert "St Elsewhere NHS Trust" in page.find_all("title")[0].text

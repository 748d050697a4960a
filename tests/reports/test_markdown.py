"""``summary.md`` is the executive summary for an email or a wiki page."""

from __future__ import annotations

from assessor.model import Assessment
from assessor.reports.markdown import MarkdownReport


def _md(assessment: Assessment) -> str:
    return MarkdownReport().render(assessment).decode("utf-8")


def test_markdown_opens_with_the_estate_and_the_answer(estate_assessment: Assessment) -> None:
    lines = _md(estate_assessment).splitlines()
    assert lines[0] == "# AI readiness of St Elsewhere NHS Trust"
    assert lines[4].startswith("**St Elsewhere NHS Trust is not ready for AI (34%")


def test_markdown_counts_match_the_estate(estate_assessment: Assessment) -> None:
    text = _md(estate_assessment)
    assert "| Systems | 14 |" in text
    assert "| Flows carrying patient data without TLS | 4 (+3 TLS unknown) |" in text
    assert "| Systems past end of vendor support | 2 |" in text
    assert "| Systems seen on the wire but not declared | 2 |" in text


def test_markdown_names_the_top_five_blockers_in_plain_words(
    estate_assessment: Assessment,
) -> None:
    text = _md(estate_assessment)
    section = text[text.index("## What blocks us") : text.index("## Fund first")]
    items = [line for line in section.splitlines() if line[:2] in {f"{i}." for i in range(1, 10)}]
    assert len(items) == 5
    assert items[0].startswith("1. Meditrak PAS (pas) blocks 3 AI use cases")
    assert "Recommended: replace it, effort XL." in items[0]


def test_markdown_lists_each_use_case_and_each_wave(estate_assessment: Assessment) -> None:
    text = _md(estate_assessment)
    assert "| Clinical document summarisation | Ready | — | now |" in text
    assert text.count("- **Wave ") == 4


def test_markdown_of_an_empty_assessment_says_what_does_not_apply(
    empty_assessment: Assessment,
) -> None:
    text = _md(empty_assessment)
    assert "too little was observed" in text
    assert "Not applicable: no AI use cases were assessed." in text
    assert "No roadmap: no component needs to change." in text

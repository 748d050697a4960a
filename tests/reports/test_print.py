"""The report on paper: Chromium prints the demo on its default page (Letter), executive part first.

The executive part (summary, use-case readiness, ranked blockers, roadmap) is what a CIO reads;
it has to fit a few pages with every column of the ranked table, and the appendix has to start on
a page of its own so it can be left in the tray.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import needs_chromium, needs_poppler, pdf_pages

from assessor.reports.screenshot import print_to_pdf

pytestmark = [needs_chromium, needs_poppler, pytest.mark.slow]

EXECUTIVE_PAGES = 6
RANKED_COLUMNS = (
    "Rank", "Component", "Kind", "Priority", "Dimensions", "Criticality", "Confidence",
    "Use cases blocked", "Disposition", "Effort",
)  # fmt: skip


@pytest.fixture(scope="module")
def printed(
    demo_reports: dict[str, Path], no_estate_report: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[str]]:
    """The text of each printed page: the demo with and without its appendix, and no estate."""
    out = tmp_path_factory.mktemp("printed")
    reports = {**demo_reports, "no-estate": no_estate_report}
    return {
        name: pdf_pages(print_to_pdf(html, out / f"{name}.pdf")) for name, html in reports.items()
    }


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_demo_executive_part_prints_on_at_most_six_pages(printed: dict[str, list[str]]) -> None:
    assert len(printed["short"]) <= EXECUTIVE_PAGES


def test_the_appendix_starts_on_a_page_of_its_own_after_the_executive_part(
    printed: dict[str, list[str]],
) -> None:
    full = printed["full"]
    start = next(i for i, page in enumerate(full) if "appendix: the evidence" in page.casefold())
    assert 0 < start <= EXECUTIVE_PAGES
    assert _words(full[start]).casefold().startswith("appendix: the evidence")
    assert "Ranked blockers" in " ".join(full[:start]) and "Roadmap" in " ".join(full[:start])


@pytest.mark.parametrize("report", ["short", "no-estate"])
def test_every_ranked_table_column_is_printed(printed: dict[str, list[str]], report: str) -> None:
    pages = printed[report]
    at = next(i for i, page in enumerate(pages) if "Ranked blockers" in page)
    table = _words(" ".join(pages[at : at + 2]))
    heading = table[table.index("Ranked blockers") :]
    missing = [c for c in RANKED_COLUMNS if not all(w in heading for w in c.split())]
    assert not missing, f"columns cut off in print: {missing}"


def test_the_printed_rule_catalog_shows_no_raw_markup(printed: dict[str, list[str]]) -> None:
    text = " ".join(printed["full"])
    assert "Why it matters" in text
    assert "``" not in text


def test_no_wave_card_is_split_across_pages(demo_reports: dict[str, Path], tmp_path: Path) -> None:
    # A test copy marks where each card opens and closes (Chromium runs it before printing).
    marker = (
        "document.querySelectorAll('.wave').forEach(function (w, i) {"
        "w.insertAdjacentText('afterbegin', '[open ' + i + ']');"
        "w.insertAdjacentText('beforeend', '[close ' + i + ']'); });"
    )
    text = demo_reports["short"].read_text(encoding="utf-8")
    marked = tmp_path / "marked.html"
    marked.write_text(text.replace("</body>", f"<script>{marker}</script></body>"), "utf-8")
    pages = pdf_pages(print_to_pdf(marked, tmp_path / "marked.pdf"))
    cards = len(re.findall(r'<div class="wave[ "]', text))
    assert cards >= 3
    for i in range(cards):
        opened = [n for n, page in enumerate(pages) if f"[open {i}]" in page]
        closed = [n for n, page in enumerate(pages) if f"[close {i}]" in page]
        assert len(opened) == 1 and opened == closed, f"wave card {i} is split"

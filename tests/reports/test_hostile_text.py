"""Names from feeds and schemas are escaped wherever a report writes them."""

from __future__ import annotations

import pytest
from conftest import HOSTILE, HOSTILE_CHANNEL, HOSTILE_COMMENT, HOSTILE_MSH3

from assessor.model import Assessment
from assessor.reports.html import HtmlReport
from assessor.reports.markdown import MarkdownReport, md


@pytest.fixture
def html(estate_assessment: Assessment) -> str:
    return HtmlReport(rules=()).render(estate_assessment).decode("utf-8")


@pytest.fixture
def markdown(estate_assessment: Assessment) -> str:
    return MarkdownReport().render(estate_assessment).decode("utf-8")


def test_the_page_has_exactly_one_script_element_its_own(html: str) -> None:
    assert html.count("<script") == 1 and html.count("</script>") == 1


@pytest.mark.parametrize("hostile", HOSTILE, ids=["msh3", "channel", "column-comment"])
def test_hostile_text_never_appears_raw_in_html(html: str, hostile: str) -> None:
    assert hostile not in html


@pytest.mark.parametrize(
    ("hostile", "where"),
    [(HOSTILE_MSH3, "msh3"), (HOSTILE_CHANNEL, "channel"), (HOSTILE_COMMENT, "comment")],
)
def test_hostile_text_appears_escaped_in_html(html: str, hostile: str, where: str) -> None:
    assert f"&lt;script&gt;alert(&#39;{where}&#39;)&lt;/script&gt;" in html


def test_hostile_system_name_is_escaped_inside_the_svg_map(html: str) -> None:
    start = html.index('<svg class="flowmap"')
    svg = html[start : html.index("</svg>", start)]
    assert "&lt;script&gt;alert(&#39;msh3&#39;)" in svg and "<script>" not in svg


def test_hostile_text_never_appears_raw_in_markdown(markdown: str) -> None:
    assert "<script>" not in markdown and "</script>" not in markdown
    assert "&lt;script&gt;alert" in markdown


def test_markdown_escaping_stops_names_becoming_links_or_table_cells() -> None:
    assert md("[click](http://x) | cell *bold*") == r"\[click\](http://x) \| cell \*bold\*"


def test_markdown_escaping_keeps_a_name_on_one_line() -> None:
    assert md("two\nlines\r\n# heading") == "two lines # heading"

"""One self-contained, deterministic file: no external URL, readable without JavaScript, prints."""

from __future__ import annotations

import copy
import re

import pytest
from report_html import parse

from assessor.model import Assessment
from assessor.reports.formats import FORMATS

URL_ATTRIBUTE = re.compile(
    r"""\b(?:src|href|xlink:href|action|poster|data)\s*=\s*["']?([^"'\s>]*)""", re.I
)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)", re.I)


@pytest.fixture
def html(estate_assessment: Assessment) -> str:
    return FORMATS["html"].render(estate_assessment).decode("utf-8")


def _references(html: str) -> list[str]:
    return URL_ATTRIBUTE.findall(html) + CSS_URL.findall(html)


def test_every_reference_is_an_in_page_anchor_or_data(html: str) -> None:
    refs = _references(html)
    assert refs, "the report links its sections"
    outside = [r for r in refs if not (r.startswith("#") or r.startswith("data:"))]
    assert outside == []


def test_no_http_or_protocol_relative_url_in_any_src_href_or_css_url(html: str) -> None:
    # Rule docs may *mention* http:// in text; no attribute or stylesheet may *load* it.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*['"]?(?:https?:)?//""", html, re.I)


def test_no_link_import_or_external_resource_elements(html: str) -> None:
    tags = {e.tag for e in parse(html).iter()}
    assert not tags & {"link", "img", "iframe", "object", "embed", "base"}
    assert "@import" not in html


def test_the_url_check_would_catch_an_external_reference(html: str) -> None:
    tampered = html.replace("</style>", "body{background:url(https://cdn.example/x.png)}</style>")
    assert [r for r in _references(tampered) if not r.startswith(("#", "data:"))]


def test_every_row_is_in_the_markup_without_javascript(
    html: str, estate_assessment: Assessment
) -> None:
    page = parse(re.sub(r"<script>.*?</script>", "", html, flags=re.S))
    assert len(page.by_id("flows-table").find_all("tbody")[0].find_all("tr")) == len(
        estate_assessment.inventory.flows
    )
    assert len(page.by_id("blockers-table").find_all("tbody")[0].find_all("tr")) == len(
        estate_assessment.scores
    )


def test_only_the_filter_controls_are_hidden_until_the_script_runs(html: str) -> None:
    hidden = [e for e in parse(html).iter() if "hidden" in e.attrs]
    assert hidden and all("filter" in e.classes for e in hidden)


def test_the_script_only_sorts_and_filters(html: str) -> None:
    script = html[html.index("<script>") : html.index("</script>")]
    for forbidden in (
        "fetch(",
        "XMLHttpRequest",
        "import(",
        "eval(",
        ".src",
        "innerHTML",
        "location",
    ):
        assert forbidden not in script


def test_a_print_stylesheet_opens_details_and_hides_controls(html: str) -> None:
    css = html[html.index("@media print") :]
    assert "details.component" in css and "display: none" in css


def test_two_renders_are_byte_identical(estate_assessment: Assessment) -> None:
    for fmt in FORMATS.values():
        assert fmt.render(estate_assessment) == fmt.render(estate_assessment), fmt.name


def test_rendering_does_not_mutate_the_assessment(estate_assessment: Assessment) -> None:
    before = copy.deepcopy(estate_assessment)
    before_dict = estate_assessment.to_dict()
    for fmt in FORMATS.values():
        fmt.render(estate_assessment)
    assert estate_assessment == before
    assert estate_assessment.to_dict() == before_dict

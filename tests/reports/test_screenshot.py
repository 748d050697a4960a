"""A headless Chromium screenshot of the fixture report (skipped where Chromium is absent)."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from assessor.model import Assessment
from assessor.reports.formats import write_reports
from assessor.reports.screenshot import ChromiumNotFoundError, find_chromium, screenshot

needs_chromium = pytest.mark.skipif(
    find_chromium() is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium)",
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(png: Path) -> tuple[int, int]:
    data = png.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    return struct.unpack(">II", data[16:24])


@needs_chromium
@pytest.mark.slow
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_chromium_renders_the_fixture_report_to_a_non_trivial_png(
    estate_assessment: Assessment, tmp_path: Path, javascript: bool
) -> None:
    (html,) = write_reports(estate_assessment, tmp_path, ("html",))
    png = screenshot(html, tmp_path / "report.png", width=1400, height=1800, javascript=javascript)
    assert _png_size(png) == (1400, 1800)
    # A blank or error page compresses to a few kilobytes; the report's first screen does not.
    assert png.stat().st_size > 100_000


def test_screenshot_says_how_to_install_chromium_when_it_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSESSOR_CHROMIUM", str(tmp_path / "no-such-browser"))
    html = tmp_path / "r.html"
    html.write_text("<p>x</p>", encoding="utf-8")
    with pytest.raises(ChromiumNotFoundError, match="apt-get install chromium"):
        screenshot(html, tmp_path / "r.png")
    assert not (tmp_path / "r.png").exists()


def _dom_after(html: Path, script: str) -> str:
    """The DOM Chromium holds once the page's own script and then ``script`` have run."""
    import subprocess
    import tempfile

    page = html.with_name("scripted.html")
    text = html.read_text(encoding="utf-8")
    page.write_text(text.replace("</body>", f"<script>{script}</script></body>"), "utf-8")
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [find_chromium() or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--no-first-run", f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
            capture_output=True, timeout=120, check=True,
        )  # fmt: skip
    return result.stdout.decode("utf-8")


@needs_chromium
@pytest.mark.slow
def test_the_filter_box_hides_flow_rows_that_do_not_match(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    from report_html import parse

    (html,) = write_reports(estate_assessment, tmp_path, ("html",))
    dom = _dom_after(
        html,
        "var i = document.querySelector('[data-filter=flows-table] input');"
        "i.value = 'JAC Pharmacy'; i.dispatchEvent(new Event('input'));",
    )
    rows = parse(dom).by_id("flows-table").find_all("tbody")[0].find_all("tr")
    shown = [r for r in rows if "hidden" not in r.attrs]
    assert len(rows) == 15 and [r.find_all("td")[1].text for r in shown] == ["JAC Pharmacy"]


@needs_chromium
@pytest.mark.slow
def test_clicking_a_numeric_heading_sorts_the_blockers_ascending(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    from report_html import parse

    (html,) = write_reports(estate_assessment, tmp_path, ("html",))
    dom = _dom_after(html, "document.querySelectorAll('#blockers-table th')[3].click();")
    rows = parse(dom).by_id("blockers-table").find_all("tbody")[0].find_all("tr")
    priorities = [float(r.find_all("td")[3].attrs["data-v"]) for r in rows]
    assert priorities == sorted(priorities)


def _printed_pages(html: Path) -> int:
    """How many pages Chromium prints ``html`` on (print stylesheet applied)."""
    import re
    import subprocess
    import tempfile

    pdf = html.with_suffix(".pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [find_chromium() or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--no-first-run", f"--user-data-dir={profile}", f"--print-to-pdf={pdf}",
             "--no-pdf-header-footer", html.as_uri()],
            capture_output=True, timeout=120, check=True,
        )  # fmt: skip
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@needs_chromium
@pytest.mark.slow
def test_printing_includes_every_closed_drill_down(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    (html,) = write_reports(estate_assessment, tmp_path, ("html",))
    text = html.read_text(encoding="utf-8")
    opened = tmp_path / "opened.html"
    opened.write_text(
        text.replace('<details class="component"', '<details open class="component"'), "utf-8"
    )
    assert text.count('<details class="component"') >= 8
    assert _printed_pages(html) == _printed_pages(opened)


def test_the_readme_shows_a_screenshot_of_the_demo_report_kept_under_docs() -> None:
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\((docs/[^)\s]+\.png)\)", readme)
    assert images, "the README shows no screenshot from docs/"
    for image in images:
        png = root / image
        assert png.is_file(), f"{image} is named in the README but missing"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert _png_size(png) == (1440, 1800)  # the demo at a 1440 px desktop width

"""A headless Chromium screenshot of the fixture report (skipped where Chromium is absent)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from assessor.model import Assessment
from reports.formats import write_reports
from reports.screenshot import ChromiumNotFoundError, find_chromium, screenshot

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

"""A PNG or a printed PDF of a rendered report, taken with headless Chromium.

``python -m assessor.reports.screenshot in.html out.png [width height]`` (``out.pdf``: printed
on the browser's default paper, as a reader's "Print" would, without header or footer lines).

Used by the tests (the fixture report) and to take the README's screenshot of the demo report.
Chromium runs without network, sync or first-run work, in a throwaway profile directory.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
TIMEOUT_SECONDS = 120
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)


class ChromiumNotFoundError(RuntimeError):
    """No headless Chromium to take the screenshot with."""


def find_chromium() -> str | None:
    """The browser to use: ``$ASSESSOR_CHROMIUM`` if set, else the first of BROWSERS on PATH."""
    configured = os.environ.get("ASSESSOR_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() or shutil.which(configured) else None
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def _browser() -> str:
    browser = find_chromium()
    if browser is None:
        raise ChromiumNotFoundError(
            "Chromium was not found: install it (Debian: apt-get install chromium) "
            "or set ASSESSOR_CHROMIUM to the browser's path."
        )
    return browser


def _quiet_flags(profile: str) -> list[str]:
    """No network, sync or first-run work, in a throwaway profile."""
    return [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ]


def _paths(html: Path, out: Path, what: str) -> tuple[Path, Path]:
    """The report and the output file, resolved; the report must exist, no stale output stays."""
    html, out = Path(html).resolve(), Path(out).resolve()
    if not html.is_file():
        raise FileNotFoundError(f"no report to {what} at {html}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    return html, out


def print_to_pdf(html: Path, pdf: Path) -> Path:
    """Print ``html`` to ``pdf`` with headless Chromium: the print stylesheet, no header lines."""
    browser = _browser()
    html, pdf = _paths(html, pdf, "print")
    with tempfile.TemporaryDirectory(prefix="assessor-chromium-") as profile:
        command = [*_quiet_flags(profile), f"--print-to-pdf={pdf}", "--no-pdf-header-footer"]
        result = subprocess.run(
            [browser, *command, html.as_uri()],
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    if not pdf.is_file():
        tail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise RuntimeError(f"Chromium wrote no PDF (exit {result.returncode}): {tail}")
    return pdf


def screenshot(
    html: Path, png: Path, width: int = 1400, height: int = 1800, javascript: bool = True
) -> Path:
    """Render ``html`` in headless Chromium at ``width`` x ``height`` and save it as ``png``."""
    browser = _browser()
    html, png = _paths(html, png, "screenshot")
    with tempfile.TemporaryDirectory(prefix="assessor-chromium-") as profile:
        command = [
            browser,
            *_quiet_flags(profile),
            "--hide-scrollbars",
            f"--screenshot={png}",
            f"--window-size={width},{height}",
        ]
        page = html
        if not javascript:
            # Headless screenshots need the browser's own scripting, so the page's scripts are
            # removed instead: what a reader with JavaScript switched off sees.
            page = Path(profile) / html.name
            text = html.read_text(encoding="utf-8")
            page.write_text(_SCRIPT.sub("", text), encoding="utf-8")
        result = subprocess.run(
            [*command, page.as_uri()], capture_output=True, timeout=TIMEOUT_SECONDS, check=False
        )
    if not png.is_file():
        tail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise RuntimeError(f"Chromium wrote no screenshot (exit {result.returncode}): {tail}")
    return png


def main(argv: list[str] | None = None) -> int:
    """``python -m assessor.reports.screenshot report.html out.png|out.pdf [width height]``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 4):
        print(main.__doc__, file=sys.stderr)
        return 2
    size = (int(args[2]), int(args[3])) if len(args) == 4 else (1400, 1800)
    try:
        if args[1].lower().endswith(".pdf"):
            print(print_to_pdf(Path(args[0]), Path(args[1])))
        else:
            print(screenshot(Path(args[0]), Path(args[1]), *size))
    except (ChromiumNotFoundError, FileNotFoundError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

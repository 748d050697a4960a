"""Every report format by name, and writing several of them in one run.

``FORMATS`` is what ``--format`` chooses from; ``write_reports`` is what the CLI calls.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from assessor.model import Assessment
from reports.csv import CsvReport
from reports.html import HtmlReport
from reports.interface import ReportFormat, RuleDoc
from reports.json import JsonReport
from reports.markdown import MarkdownReport
from reports.spec import SpecCsvReport, SpecMarkdownReport

FORMATS: dict[str, ReportFormat] = {
    fmt.name: fmt
    for fmt in (
        HtmlReport(),
        JsonReport(),
        CsvReport(),
        MarkdownReport(),
        SpecCsvReport(),
        SpecMarkdownReport(),
    )
}
DEFAULT_FORMATS = ("html", "json", "csv")


class UnknownFormatError(ValueError):
    """A format name that is not in ``FORMATS``."""


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    A reader never sees half a report, and a failed run leaves the previous one in place.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private; a report gets the mode any new file would get.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_reports(
    assessment: Assessment,
    outdir: Path,
    names: Sequence[str] = DEFAULT_FORMATS,
    rules: Sequence[RuleDoc] | None = None,
    formats: dict[str, ReportFormat] | None = None,
) -> list[Path]:
    """Render each named format into ``outdir`` (created if needed); the paths written, in order.

    ``rules`` (``assessor.rules.all_rules()``) documents the HTML appendix; ``formats`` adds to
    or overrides entries of ``FORMATS``.
    """
    registry = dict(FORMATS)
    if rules is not None:
        registry["html"] = HtmlReport(rules=rules)
    registry.update(formats or {})
    unknown = [n for n in names if n not in registry]
    if unknown:
        known = ", ".join(sorted(registry))
        raise UnknownFormatError(f"unknown report format {', '.join(unknown)}; choose from {known}")
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in dict.fromkeys(names):  # each format once, in the order asked
        fmt = registry[name]
        path = outdir / fmt.filename
        write_atomically(path, fmt.render(assessment))
        written.append(path)
    return written

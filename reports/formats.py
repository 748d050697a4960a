"""Every report format by name, and writing several of them in one run.

``FORMATS`` is what ``--format`` chooses from; ``write_reports`` is what the CLI calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assessor.model import Assessment
from assessor.reports.csv import CsvReport
from assessor.reports.html import HtmlReport
from assessor.reports.interface import ReportFormat, RuleDoc
from assessor.reports.json import JsonReport
from assessor.reports.markdown import MarkdownReport
from assessor.reports.spec import SpecCsvReport, SpecMarkdownReport
from assessor.safe_write import prepare_folder, write_file

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


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through an exclusive temporary file beside it and a rename.

    A reader never sees half a report, a failed run leaves the previous one in place, a link
    planted beside or at ``path`` redirects nothing, and the file is private (``0600``): see
    :mod:`assessor.safe_write`.
    """
    write_file(path, data)


def report_paths(
    outdir: Path,
    names: Sequence[str] = DEFAULT_FORMATS,
    formats: dict[str, ReportFormat] | None = None,
) -> list[Path]:
    """The file each named format is written to in ``outdir``, each once, in the order asked.

    Raises :class:`UnknownFormatError` for a name that is not a format.
    """
    registry = {**FORMATS, **(formats or {})}
    unknown = [n for n in names if n not in registry]
    if unknown:
        known = ", ".join(sorted(registry))
        raise UnknownFormatError(f"unknown report format {', '.join(unknown)}; choose from {known}")
    return [Path(outdir) / registry[name].filename for name in dict.fromkeys(names)]


def write_reports(
    assessment: Assessment,
    outdir: Path,
    names: Sequence[str] = DEFAULT_FORMATS,
    rules: Sequence[RuleDoc] | None = None,
    formats: dict[str, ReportFormat] | None = None,
) -> list[Path]:
    """Render each named format into ``outdir`` (created ``0700`` if needed); the paths written.

    ``rules`` (``assessor.rules.all_rules()``) documents the HTML appendix; ``formats`` adds to
    or overrides entries of ``FORMATS``.
    """
    registry = dict(FORMATS)
    if rules is not None:
        registry["html"] = HtmlReport(rules=rules)
    registry.update(formats or {})
    paths = report_paths(outdir, names, registry)
    prepare_folder(Path(outdir))
    for name, path in zip(dict.fromkeys(names), paths, strict=True):
        write_atomically(path, registry[name].render(assessment))
    return paths

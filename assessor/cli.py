"""The ``assessor`` command line: the one place that wires connectors, the brain and reports.

Exit codes: 0 done; 1 done, but some sources could not be read (outputs still written, the
errors listed in them); 2 usage error, or nothing could be scanned.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import chdir, contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

import click

from assessor import __version__
from assessor.cli_options import (
    appendix_option,
    assessment_options,
    build_scan_options,
    pairs,
    report_folder,
    scan_options,
)
from assessor.errors import AssessorError, UsageError
from assessor.model import Assessment, Inventory
from assessor.safe_write import check_output_file, write_file

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
DEFAULT_FORMATS = ("html", "json", "csv")


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn the errors a user can cause into one line on stderr and exit code 2."""
    try:
        yield
    except AssessorError as err:
        _fail(str(err))
    except KeyboardInterrupt:
        _fail("interrupted", 130)


def _run_scan(params: dict[str, Any]) -> Inventory:
    from assessor.connectors.scan import Watchers, run_scan
    from assessor.progress import ScanProgress

    options = build_scan_options(params)
    line = None
    if not params["quiet"] and sys.stderr.isatty():
        line = ScanProgress(sys.stderr, width=shutil.get_terminal_size().columns - 1)

    def on_plan(targets: Sequence[Any]) -> None:
        if not params["quiet"]:
            for note in dict.fromkeys(t.note for t in targets if t.note):
                click.echo(f"note: {note}", err=True)
        if line is not None:
            line.start(len(targets), sum(t.size for t in targets))

    watchers = Watchers(on_plan=on_plan)
    if line is not None:
        watchers = Watchers(
            on_plan=on_plan,
            on_start=lambda target: line.reading(target.display),
            on_done=lambda _target, fragment: line.finished(
                sum(s.messages for s in fragment.scan.sources)
            ),
            progress=line.advance,
        )
    try:
        return run_scan(options, watchers)
    finally:
        if line is not None:
            line.close()


def summary_line(inventory: Inventory) -> str:
    """One line: ``scanned 12 files and 1 database: 3,214 messages, 7 tables, ... 2 errors``."""
    sources = [s for s in inventory.scan.sources if s.status != "skipped"]
    databases = sum(1 for s in sources if s.kind == "database")
    files = len(sources) - databases
    messages = sum(s.messages for s in sources)
    tables = sum(s.tables for s in sources)
    errors = len(inventory.scan.errors)

    def n(count: int, word: str) -> str:
        return f"{count:,} {word}{'' if count == 1 else 's'}"

    scanned = n(files, "file") + (f" and {n(databases, 'database')}" if databases else "")
    skipped = len(inventory.scan.sources) - len(sources)
    if skipped:
        scanned += f" ({skipped:,} skipped)"
    return (
        f"scanned {scanned}: {n(messages, 'message')}, {n(tables, 'table')}, "
        f"{n(len(inventory.systems), 'system')}, {n(len(inventory.flows), 'flow')}, "
        f"{n(errors, 'error')}"
    )


def exit_code(inventory: Inventory) -> int:
    """0 when every source was read, 1 when some could not be, 2 when none could be."""
    sources = [s for s in inventory.scan.sources if s.status != "skipped"]
    if not sources or all(s.status == "failed" for s in sources):
        return EXIT_USAGE
    if any(s.status in ("failed", "partial") for s in sources):
        return EXIT_PARTIAL
    unattributed = {e.source for e in inventory.scan.errors} - {s.source for s in sources}
    return EXIT_PARTIAL if unattributed else EXIT_OK


def _report_scan(inventory: Inventory, params: dict[str, Any], wrote: Path | None = None) -> None:
    # A skipped file is listed with its reason, so that nothing is dropped without a word.
    if not params["quiet"]:
        for source in inventory.scan.sources:
            if source.status == "skipped":
                click.echo(
                    f"  skipped {source.source}: {source.reason or 'kind unknown'}", err=True
                )
    # When nothing could be read the errors are the whole answer, so they show without -v.
    if params["verbose"] or exit_code(inventory) == EXIT_USAGE:
        for error in inventory.scan.errors:
            where = f" ({error.location})" if error.location else ""
            click.echo(f"  {error.source}{where}: {error.kind}: {error.message}", err=True)
    if not params["quiet"]:
        if wrote is not None:
            click.echo(f"wrote {wrote}", err=True)
        click.echo(summary_line(inventory), err=True)


def _nothing_scanned(inventory: Inventory) -> str:
    """Why ``assess`` stops: the reasons were listed above, or there was nothing to list."""
    if inventory.scan.errors or inventory.scan.sources:
        return "nothing could be scanned; the reasons are listed above"
    return "nothing could be scanned: no file was found under the paths given"


def _write_json(inventory: Inventory, path: Path) -> None:
    from assessor.reports.json import json_bytes

    write_file(path, json_bytes(inventory))


def _inputs(params: dict[str, Any]) -> list[str]:
    """The local paths a run reads: no output may be written over one of them."""
    paths = [*params.get("sources", ()), *params.get("estate_files", ())]
    paths += [*params.get("estate_csv_files", ()), *filter(None, [params.get("config_file")])]
    for url in params.get("db_urls", ()):
        scheme, _, rest = url.partition(":///")
        if scheme.startswith("sqlite") and rest:
            paths.append(rest.partition("?")[0])
    return paths


def _check_reports(output: Path, formats: Sequence[str], inputs: Sequence[str | Path]) -> None:
    """Refuse, before any work, report files that cannot or may not be written."""
    from assessor.reports.formats import report_paths

    for path in report_paths(output, tuple(formats) or DEFAULT_FORMATS):
        check_output_file(path, inputs)


# --- the brain and the reports ------------------------------------------------------------


def _assess(inventory: Inventory, params: dict[str, Any]) -> Assessment:
    from assessor.config import load_config
    from assessor.scoring import assess

    config = load_config(params["config_file"])
    excluded = pairs(params["excluded_components"], "--exclude-component")
    for component, reason in excluded.items():
        if not reason:
            raise UsageError(f"--exclude-component {component} needs a reason: ID=REASON")
    disabled = {
        k: v or "switched off on the command line"
        for k, v in pairs(params["disabled_rules"], "--disable-rule").items()
    }
    config = config.with_exclusions(disabled_rules=disabled, excluded_components=excluded)
    if params["today"] is not None:
        config = replace(config, today=params["today"].date())
    generated = datetime.now(UTC).isoformat(timespec="seconds")
    return assess(inventory, config, generated_at=generated, tool_version=__version__)


def _write_reports(
    assessment: Assessment, outdir: Path, formats: Sequence[str], appendix: bool = True
) -> list[Path]:
    from assessor.reports.formats import write_reports
    from assessor.reports.html import HtmlReport
    from assessor.rules import all_rules

    html = HtmlReport(rules=all_rules(), appendix=appendix)
    names = tuple(formats) or DEFAULT_FORMATS
    return write_reports(assessment, outdir, names, rules=all_rules(), formats={"html": html})


# --- commands -----------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="assessor")
def main() -> None:
    """Which legacy parts of a hospital's estate block which AI use case, and what to fix first.

    Scan HL7 v2 feeds, databases (read-only), interface-engine exports, FHIR capability
    statements and a declared estate file; get a ranked, evidence-backed modernization roadmap.
    No patient value ever leaves the scan.
    """


@main.command()
@scan_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("inventory.json"),
    show_default=True,
    help="Where to write the inventory.",
)
def scan(output: Path, **params: Any) -> None:
    """Inventory SOURCES (files or folders; kinds told from content) into inventory.json."""
    with _user_errors():
        check_output_file(output, _inputs(params))
        inventory = _run_scan(params)
        _write_json(inventory, output)
    _report_scan(inventory, params, wrote=output)
    sys.exit(exit_code(inventory))


@main.command()
@scan_options
@assessment_options
@report_folder("assessment")
def assess(output: Path, **params: Any) -> None:
    """Scan, score and report in one go: roadmap.html, assessment.json and blockers.csv."""
    with _user_errors():
        _check_reports(output, params["formats"], _inputs(params))
        inventory = _run_scan(params)
        code = exit_code(inventory)
        if code == EXIT_USAGE:
            _report_scan(inventory, params)
            _fail(_nothing_scanned(inventory))
        written = _write_reports(
            _assess(inventory, params), output, params["formats"], params["appendix"]
        )
    _report_scan(inventory, params)
    if not params["quiet"]:
        click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)
    sys.exit(code)


@main.command()
@click.argument("saved", type=click.Path(dir_okay=False, path_type=Path))
@assessment_options
@report_folder("assessment")
def report(saved: Path, output: Path, **params: Any) -> None:
    """Render reports from a saved assessment.json or inventory.json, without rescanning.

    An inventory is scored first (with --config and friends); an assessment is rendered as it is.
    """
    from assessor.saved import load_saved, rendered_or_refused

    with _user_errors():
        _check_reports(output, params["formats"], [saved, *_inputs(params)])
        saved_model = load_saved(saved)
        with rendered_or_refused(saved):
            if isinstance(saved_model, Assessment):
                assessment = saved_model
            else:
                assessment = _assess(saved_model, params)
            written = _write_reports(assessment, output, params["formats"], params["appendix"])
    click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)


@main.command()
@report_folder("assessor-demo")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default="2026-11-25",
    show_default=True,
    help="Judge support dates as of this day (fixed, so the demo gives the same answer every run).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@appendix_option
def demo(output: Path, today: datetime, quiet: bool, appendix: bool) -> None:
    """Assess the bundled sample estate of a fictional hospital, end to end."""
    estate = resources.files("assessor.sample_feeds")
    output = output.resolve()
    with resources.as_file(estate) as folder, _user_errors():
        args = [folder.name, "--today", f"{today:%Y-%m-%d}", *(["--quiet"] if quiet else [])]
        # The generator and its documentation sit beside the estate; they are not part of it.
        args += ["--exclude", "*.py", "--exclude", "*.md", "--exclude", "sql/*"]
        params = _assess_params(args)
        _check_reports(output, DEFAULT_FORMATS, [folder])
        # Scanned from beside it, the estate's files are named sample_feeds/... in the outputs,
        # the same wherever the package is installed.
        with chdir(folder.parent):
            inventory = _run_scan(params)
        written = _write_reports(_assess(inventory, params), output, DEFAULT_FORMATS, appendix)
    _report_scan(inventory, params)
    html = next(p for p in written if p.suffix == ".html")
    click.echo(f"report: {html.resolve()}")
    # Exit 0: the sample's read errors (two messages of its engine error queue broken on purpose)
    # are part of what the demo shows, not a failure of the run; the README says so.


def _assess_params(args: list[str]) -> dict[str, Any]:
    """The options ``assess`` would get from ``args``, defaults filled in."""
    return assess.make_context("assess", args).params


@main.command()
@click.argument("rule_ids", nargs=-1)
def rules(rule_ids: tuple[str, ...]) -> None:
    """List every rule: its id, dimension, severity and documentation (or just RULE_IDS)."""
    from assessor.rules import all_rules

    chosen = [r for r in all_rules() if not rule_ids or r.id in rule_ids]
    unknown = set(rule_ids) - {r.id for r in chosen}
    if unknown:
        _fail(f"no such rule: {', '.join(sorted(unknown))} (run `assessor rules` for the list)")
    for rule in chosen:
        click.echo(f"{rule.id}  [{rule.dimension}, {rule.severity}]  {rule.name}")
        for line in (rule.doc or "").strip().splitlines():
            click.echo(f"    {line.rstrip()}".rstrip())
        click.echo()
    click.echo(f"{len(chosen)} rule{'' if len(chosen) == 1 else 's'}", err=True)


@main.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=2575,
    show_default=True,
    help="TCP port to listen on (0: any free port, printed when listening).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 for every interface).",
)
@click.option("--duration", metavar="TIME", help="Stop after this long: 90s, 10m, 2h.")
@click.option("--count", type=click.IntRange(min=1), help="Stop after this many messages.")
@click.option(
    "--max-connections",
    type=click.IntRange(min=1),
    default=256,
    show_default=True,
    help="Senders served at once; one more is closed unserved and counted.",
)
@click.option(
    "--tls-cert", type=click.Path(exists=True, dir_okay=False), help="Serve MLLP over TLS."
)
@click.option(
    "--tls-key",
    type=click.Path(exists=True, dir_okay=False),
    help="Private key of --tls-cert (PEM).",
)
@click.option(
    "--validate",
    type=click.Choice(["all", "none"]),
    default="all",
    show_default=True,
    help="Strict HL7 validation of every message received, as `scan --validate all` does.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("inventory.json"),
    show_default=True,
    help="Where to write the inventory when listening stops.",
)
@click.option("-q", "--quiet", is_flag=True, help="Say nothing on stderr.")
def listen(
    port: int,
    host: str,
    duration: str | None,
    count: int | None,
    max_connections: int,
    tls_cert: str | None,
    tls_key: str | None,
    validate: str,
    output: Path,
    quiet: bool,
) -> None:
    """Receive HL7 v2 over MLLP, ACK every message, and profile what arrives.

    Ctrl-C, SIGTERM or SIGHUP stop it: frames on their way are answered, and everything
    acknowledged is in the inventory.
    """
    from assessor.connectors.hl7v2 import listen as serve

    with _user_errors():
        if bool(tls_cert) != bool(tls_key):
            raise UsageError("--tls-cert and --tls-key go together")
        seconds = parse_duration(duration) if duration is not None else None
        check_output_file(output, [p for p in (tls_cert, tls_key) if p])
        received = 0

        def on_message(_n: int) -> None:
            nonlocal received
            received += 1

        def on_ready(bound: int) -> None:
            if not quiet:
                click.echo(
                    f"listening on {host}:{bound} (MLLP{' over TLS' if tls_cert else ''})", err=True
                )

        try:
            inventory = serve(
                host,
                port,
                duration=seconds,
                count=count,
                max_connections=max_connections,
                tls_cert=tls_cert,
                tls_key=tls_key,
                validate=validate == "all",
                on_message=on_message,
                on_ready=on_ready,
            )
        except OSError as err:  # port taken, address not ours, unreadable certificate
            reason = os.strerror(err.errno) if err.errno else str(err)
            raise UsageError(f"cannot listen on {host}:{port}: {reason}") from None
        _write_json(inventory, output)
    if not quiet:
        click.echo(f"received {received:,} messages; wrote {output}", err=True)


def parse_duration(text: str) -> float:
    """Seconds in ``90``, ``90s``, ``10m`` or ``2h``: a finite, positive number of them."""
    units = {"s": 1, "m": 60, "h": 3600}
    text = text.strip()
    number, unit = (text[:-1], text[-1]) if text[-1:] in units else (text, "s")
    try:
        seconds = float(number) * units[unit]
    except ValueError:
        raise UsageError(f"--duration expects e.g. 90s, 10m or 2h, got {text!r}") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise UsageError(f"--duration must be a positive, finite time such as 90s, got {text!r}")
    return seconds


if __name__ == "__main__":
    main()

"""The command line's shared options: what ``scan`` and ``assess`` accept, and how it is read."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from assessor.errors import UsageError


def pairs(values: Sequence[str], option: str) -> dict[str, str]:
    """``KEY=VALUE`` option values as a dict; a bare ``KEY`` gets an empty value."""
    pairs: dict[str, str] = {}
    for value in values:
        key, _, rest = value.partition("=")
        if not key.strip():
            raise UsageError(f"{option} expects KEY=VALUE, got {value!r}")
        pairs[key.strip()] = rest.strip()
    return pairs


def scan_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options of ``scan`` and ``assess``: what to read and how."""
    options = [
        click.argument("sources", nargs=-1, type=click.Path(path_type=str)),
        click.option(
            "--db",
            "db_urls",
            multiple=True,
            metavar="URL",
            help="SQLAlchemy database URL to inventory read-only; ${VAR} is expanded. Repeatable.",
        ),
        click.option(
            "--estate",
            "estate_files",
            multiple=True,
            metavar="FILE",
            help="Declared estate file (TOML): systems, owners, support dates, use cases.",
        ),
        click.option(
            "--estate-csv",
            "estate_csv_files",
            multiple=True,
            metavar="FILE",
            help="Application-portfolio / CMDB export (CSV).",
        ),
        click.option(
            "--csv-column",
            "csv_columns",
            multiple=True,
            metavar="FIELD=COLUMN",
            help="Map an estate field to a CSV column, e.g. owner='Managed by'.",
        ),
        click.option(
            "--fhir-url",
            "fhir_urls",
            multiple=True,
            metavar="BASE",
            help="Read BASE/metadata from a FHIR server you name (the only network use); "
            "${VAR} is expanded.",
        ),
        click.option(
            "--include",
            multiple=True,
            metavar="GLOB",
            help="Only scan files matching GLOB inside folders.",
        ),
        click.option(
            "--exclude",
            multiple=True,
            metavar="GLOB",
            help="Skip files matching GLOB inside folders.",
        ),
        click.option(
            "--validate",
            type=click.Choice(["all", "sample", "none"]),
            default="all",
            show_default=True,
            help=(
                "Strict HL7 validation: hl7apy's rules, compiled, on every message (hl7apy's "
                "verdicts, for about a third more than profiling alone); hl7apy itself on a "
                "stratified sample, for a second opinion; or none."
            ),
        ),
        click.option(
            "--validate-sample",
            type=click.IntRange(min=0),
            default=20,
            show_default=True,
            help="Messages hl7apy validates per feed, type and version (--validate sample).",
        ),
        click.option(
            "--schema",
            "schemas",
            multiple=True,
            metavar="NAME",
            help="Database schema to scan (default: every non-system schema).",
        ),
        click.option(
            "--infer-relationships/--no-infer-relationships",
            default=True,
            show_default=True,
            help="Infer foreign keys the schema does not declare.",
        ),
        click.option(
            "--sample-rows",
            type=click.IntRange(min=0),
            default=0,
            show_default=True,
            help="Rows per table to look at in memory for PHI shapes (0: names only).",
        ),
        click.option(
            "--exact-counts", is_flag=True, help="Count SQLite rows exactly even in large tables."
        ),
        click.option(
            "--statement-timeout",
            type=click.FloatRange(min=0.1),
            default=30.0,
            show_default=True,
            help="Seconds any one database statement may run.",
        ),
        click.option(
            "--db-deadline",
            type=click.FloatRange(min=1),
            default=600.0,
            show_default=True,
            help="Seconds a database scan may spend counting and sampling tables; tables not "
            "reached by then are listed as not sampled.",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Scan this many files at once, in separate processes.",
        ),
        click.option(
            "--dask",
            metavar="ADDRESS",
            help="Scan on a Dask cluster: a scheduler's address (tcp://host:8786), or local[:N] "
            "for N worker processes on this machine. Workers read the paths as given. Needs "
            "the [dask] extra.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line."),
        click.option("-v", "--verbose", is_flag=True, help="List every error on stderr."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def build_scan_options(params: dict[str, Any]) -> Any:
    """The connectors' ``ScanOptions`` from parsed command-line parameters."""
    from assessor.connectors.cluster import DaskScan
    from assessor.connectors.scan import ScanOptions

    return ScanOptions(
        paths=tuple(params["sources"]),
        db_urls=tuple(params["db_urls"]),
        estate_files=tuple(params["estate_files"]),
        estate_csv_files=tuple(params["estate_csv_files"]),
        csv_columns=pairs(params["csv_columns"], "--csv-column"),
        fhir_urls=tuple(params["fhir_urls"]),
        include=tuple(params["include"]),
        exclude=tuple(params["exclude"]),
        validate=params["validate"],
        validate_sample=params["validate_sample"],
        schemas=tuple(params["schemas"]),
        infer_relationships=params["infer_relationships"],
        sample_rows=params["sample_rows"],
        exact_counts=params["exact_counts"],
        statement_timeout=params["statement_timeout"],
        jobs=params["jobs"],
        db_deadline=params["db_deadline"],
        dask=DaskScan(params["dask"]) if params.get("dask") else None,
    )


appendix_option = click.option(
    "--appendix/--no-appendix",
    default=True,
    show_default=True,
    help="Include the appendix in roadmap.html (flow map, engine, FHIR, skills, drill-downs, "
    "rule catalog); --no-appendix keeps the executive pages only, for a short printout.",
)


def assessment_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options of ``assess`` and ``report``: how to score and what to write."""
    options = [
        click.option(
            "--config",
            "config_file",
            type=click.Path(dir_okay=False),
            metavar="FILE",
            help="Scoring weights and rule settings (TOML) overriding the defaults.",
        ),
        click.option(
            "--disable-rule",
            "disabled_rules",
            multiple=True,
            metavar="ID[=REASON]",
            help="Switch a rule off; the report lists it with the reason.",
        ),
        click.option(
            "--exclude-component",
            "excluded_components",
            multiple=True,
            metavar="ID=REASON",
            help="Leave a component out of the ranking, with why.",
        ),
        click.option(
            "--today",
            type=click.DateTime(formats=["%Y-%m-%d"]),
            default=None,
            help="Judge support dates as of this day (default: today).",
        ),
        click.option(
            "--format",
            "formats",
            multiple=True,
            type=click.Choice(["html", "json", "csv", "markdown", "spec-csv", "spec-md"]),
            help="Output formats (default: html, json and csv). Repeatable. spec-csv and "
            "spec-md write each HL7 v2 feed's observed interface specification.",
        ),
        appendix_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


def report_folder(default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``-o/--output``: the folder the reports go to."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path(default),
        show_default=True,
        help="Folder for the reports.",
    )

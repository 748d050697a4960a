"""Running the connectors over everything the user named, and merging what they found.

Each target is scanned on its own; a target that fails is recorded with why, and the others go
on. Estate files are read first because they name databases to scan and say which system owns
them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from assessor import __version__
from assessor.connectors.database import DatabaseConnector
from assessor.connectors.database.drivers import choose_driver
from assessor.connectors.engine import MirthConnector
from assessor.connectors.estate import EstateConnector, EstateCsvConnector, database_targets
from assessor.connectors.fhir import FhirConnector
from assessor.connectors.hl7v2 import Hl7v2Connector
from assessor.connectors.interface import Connector, Progress, SourceKind, no_progress
from assessor.connectors.paths import sqlite_url
from assessor.connectors.sources import KINDS_READ, iter_files, not_a_regular_file, sniff
from assessor.errors import SourceError, UsageError
from assessor.masking import mask_url
from assessor.merge import merge_inventories
from assessor.model import Inventory, ScanError, ScanMetadata, ScannedSource

if TYPE_CHECKING:
    from assessor.connectors.cluster import DaskScan

UNKNOWN_KIND = f"not a kind of source assessor reads ({KINDS_READ})"


@dataclass(frozen=True)
class ScanOptions:
    """Everything the user can ask of a scan."""

    paths: tuple[str, ...] = ()
    db_urls: tuple[str, ...] = ()
    estate_files: tuple[str, ...] = ()
    estate_csv_files: tuple[str, ...] = ()
    csv_columns: dict[str, str] = field(default_factory=dict)
    fhir_urls: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    validate: str = "all"
    validate_sample: int = 20
    schemas: tuple[str, ...] = ()
    infer_relationships: bool = True
    sample_rows: int = 0
    exact_counts: bool = False
    statement_timeout: float = 30.0
    jobs: int = 1
    db_deadline: float = 600.0
    dask: DaskScan | None = None  # scan on this Dask cluster instead of in this machine's processes
    # on a cluster, HL7 v2 files are cut into byte ranges of at most this size; None: a size
    # chosen from the HL7 v2 bytes to read and the cluster's worker threads (see ranges.py)
    range_bytes: int | None = None


@dataclass(frozen=True)
class Target:
    """One thing to scan and the connector that reads it."""

    kind: SourceKind
    location: str  # a path, or a URL (never shown unmasked)
    display: str  # how it is named in outputs
    size: int = 0  # bytes, for progress
    store_id: str | None = None
    system_id: str | None = None
    note: str = ""  # said once to the user before the scan (the driver chosen for a URL)


def plan(options: ScanOptions) -> tuple[list[Target], list[ScannedSource], list[ScanError]]:
    """The targets to scan, the files skipped as unknown, and the inputs that failed already.

    Raises UsageError when a named path does not exist: nothing is scanned then.
    """
    for given in (*options.paths, *options.estate_files, *options.estate_csv_files):
        if not os.path.lexists(given):
            raise UsageError(f"no such file or folder: {given}")
    errors: list[ScanError] = []
    found, estate_paths, skipped = _walk(options, errors)
    declared, declared_sqlite = _estate_targets(estate_paths, errors)
    # A SQLite file found in a folder and declared in the estate is scanned once, as declared.
    found = [
        t
        for t in found
        if not (t.kind is SourceKind.SQLITE and str(Path(t.location).resolve()) in declared_sqlite)
    ]
    named = [
        *(
            Target(SourceKind.ESTATE_CSV, p, p, Path(p).stat().st_size)
            for p in options.estate_csv_files
        ),
        *(_database(url, mask_url(url)) for url in options.db_urls),
        *(Target(SourceKind.FHIR, url, mask_url(url)) for url in options.fhir_urls),
    ]
    return [*found, *declared, *named], skipped, errors


def _walk(
    options: ScanOptions, errors: list[ScanError]
) -> tuple[list[Target], list[str], list[ScannedSource]]:
    """The files under the named paths by kind: targets, estate files, and files skipped."""
    targets: list[Target] = []
    estate_paths = list(options.estate_files)
    skipped: list[ScannedSource] = []
    for root in options.paths:
        named = not Path(root).is_dir()
        for path in iter_files(Path(root), options.include, options.exclude):
            shown = path.as_posix()
            try:
                special = not_a_regular_file(path)
                if special and named:
                    # Named on its own, a pipe or device is the user's to know about.
                    errors.append(ScanError(shown, "not-a-file", f"{shown} is {special}"))
                    continue
                if special:
                    skipped.append(_skipped(shown, 0, special))
                    continue
                sniffed = sniff(path)
                size = path.stat().st_size
            except SourceError as err:
                errors.append(ScanError(shown, err.kind, str(err)))
                continue
            except OSError as err:
                errors.append(ScanError(shown, "unreadable-file", _os_reason(err)))
                continue
            kind = sniffed.kind
            if kind is None and named:
                # Named on its own, a file we cannot read is the user's to know about.
                errors.append(
                    ScanError(shown, "unknown-kind", f"{UNKNOWN_KIND} (found {sniffed.reason})")
                )
            elif kind is None:
                skipped.append(_skipped(shown, size, sniffed.reason))
            elif kind is SourceKind.ESTATE:
                if shown not in estate_paths:
                    estate_paths.append(shown)
            else:
                targets.append(Target(kind, shown, shown, size))
    return targets, estate_paths, skipped


def _skipped(shown: str, size: int, reason: str) -> ScannedSource:
    return ScannedSource(shown, "unknown", bytes=size, status="skipped", reason=reason)


def _estate_targets(
    estate_paths: list[str], errors: list[ScanError]
) -> tuple[list[Target], set[str]]:
    """Each estate file and the databases it declares; the SQLite files among them."""
    targets: list[Target] = []
    declared_sqlite: set[str] = set()
    for estate in estate_paths:
        targets.append(Target(SourceKind.ESTATE, estate, estate, Path(estate).stat().st_size))
        try:
            declared = database_targets(estate)
        except SourceError as err:
            errors.append(ScanError(estate, err.kind, str(err)))
            continue
        for db in declared:
            sqlite_file = _sqlite_file(db.url)
            url = db.url
            if sqlite_file:
                declared_sqlite.add(sqlite_file)
                url = sqlite_url(Path(sqlite_file))
            targets.append(_database(url, f"database {db.id}", db.id, db.system))
    return targets, declared_sqlite


def _database(
    url: str, display: str, store_id: str | None = None, system_id: str | None = None
) -> Target:
    """A database to scan, its URL naming an installed driver when it names none."""
    choice = choose_driver(url)
    return Target(SourceKind.DATABASE, choice.url, display, 0, store_id, system_id, choice.note)


def _sqlite_file(url: str) -> str | None:
    if not url.startswith("sqlite:///"):
        return None
    return str(Path(url.removeprefix("sqlite:///").split("?", 1)[0]).resolve())


def _os_reason(err: OSError) -> str:
    return err.strerror or type(err).__name__


def connector_for(target: Target, options: ScanOptions) -> Connector:
    """The connector that reads ``target``, configured from the options."""
    match target.kind:
        case SourceKind.HL7V2:
            return Hl7v2Connector(validate=options.validate, sample_size=options.validate_sample)
        case SourceKind.SQLITE | SourceKind.DATABASE:
            return DatabaseConnector(
                schemas=options.schemas,
                infer_relationships=options.infer_relationships,
                sample_rows=options.sample_rows,
                exact_counts=options.exact_counts,
                statement_timeout=options.statement_timeout,
                deadline=options.db_deadline,
                store_id=target.store_id,
                system_id=target.system_id,
            )
        case SourceKind.MIRTH:
            return MirthConnector()
        case SourceKind.FHIR:
            return FhirConnector()
        case SourceKind.ESTATE:
            return EstateConnector()
        case SourceKind.ESTATE_CSV:
            return EstateCsvConnector(column_map=options.csv_columns or None)
    raise AssertionError(f"no connector for {target.kind}")


def scan_target(
    target: Target, options: ScanOptions, progress: Progress = no_progress
) -> Inventory:
    """Scan one target; whatever goes wrong becomes a recorded error, never an exception."""
    location = target.location
    if target.kind is SourceKind.SQLITE:
        location = sqlite_url(Path(location))
    kind = "database" if target.kind is SourceKind.SQLITE else target.kind.value
    try:
        return connector_for(target, options).scan(location, progress)
    except (SourceError, OSError) as err:
        reason = str(err) if isinstance(err, SourceError) else _os_reason(err)
        error_kind = err.kind if isinstance(err, SourceError) else "unreadable-file"
        failure = ScanError(target.display, error_kind, reason)
    except UsageError:
        raise
    except Exception as err:
        # The exception text may quote the input; only its type is safe to show.
        failure = ScanError(
            target.display,
            "internal-error",
            f"assessor could not read this source ({type(err).__name__}); please report it",
        )
    return Inventory(
        scan=ScanMetadata(
            sources=(ScannedSource(target.display, kind, errors=1, status="failed"),),
            errors=(failure,),
        )
    )


@dataclass(frozen=True)
class Watchers:
    """What a caller (the progress line) hears while a scan runs; each defaults to nothing."""

    on_plan: Callable[[Sequence[Target]], None] = lambda _targets: None
    on_start: Callable[[Target], None] = lambda _target: None
    on_done: Callable[[Target, Inventory], None] = lambda _target, _fragment: None
    progress: Progress = no_progress  # bytes of the planned sizes read; never more in all


def _scan_all(
    targets: Sequence[Target], options: ScanOptions, watchers: Watchers
) -> list[Inventory]:
    """Scan every target, in a process pool when asked; fragments come back in target order.

    Parallel and serial scans give the same inventory: fragments merge the same way whatever
    process made them.
    """
    if options.dask is not None:
        from assessor.connectors.cluster import cluster_scan

        return cluster_scan(targets, options, watchers, options.dask, scan_target)
    if options.jobs <= 1 or len(targets) <= 1:
        fragments = []
        for target in targets:
            watchers.on_start(target)
            credited = _Credit(target.size, watchers.progress)
            fragments.append(scan_target(target, options, credited))
            credited.rest()
            watchers.on_done(target, fragments[-1])
        return fragments
    with ProcessPoolExecutor(max_workers=options.jobs) as pool:
        futures = [pool.submit(scan_target, t, options) for t in targets]
        fragments = []
        for target, future in zip(targets, futures, strict=True):
            fragments.append(future.result())
            watchers.progress(target.size)
            watchers.on_done(target, fragments[-1])
        return fragments


class _Credit:
    """Progress of one target, held to its planned size.

    A connector reports what it reads in its own units (inflated bytes of a .gz, tables of a
    database); the scan's progress counts the planned bytes, so that its ETA holds.
    """

    def __init__(self, size: int, progress: Progress) -> None:
        self.left = size
        self.progress = progress

    def __call__(self, n: int) -> None:
        credit = min(n, self.left)
        if credit > 0:
            self.left -= credit
            self.progress(credit)

    def rest(self) -> None:
        """The target is done: whatever of its size was not reported yet."""
        self(self.left)


def run_scan(
    options: ScanOptions,
    watchers: Watchers | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Inventory:
    """Scan everything ``options`` names and merge it into one inventory.

    Raises UsageError when nothing was named or a named path does not exist.
    """
    if not (
        options.paths
        or options.db_urls
        or options.estate_files
        or options.fhir_urls
        or options.estate_csv_files
    ):
        raise UsageError(
            "nothing to scan: name a file or folder, or give --db, --estate or --fhir-url"
        )
    if options.dask is not None:
        options.dask.check()
    started, t0 = clock(), time.perf_counter()
    targets, skipped, errors = plan(options)
    watchers = watchers or Watchers()
    watchers.on_plan(targets)
    fragments = _scan_all(targets, options, watchers)
    merged = merge_inventories(fragments)
    meta = replace(
        merged.scan,
        tool_version=__version__,
        started_at=started.isoformat(timespec="seconds"),
        finished_at=clock().isoformat(timespec="seconds"),
        duration_seconds=round(time.perf_counter() - t0, 3),
        sources=(*merged.scan.sources, *skipped),
        # An estate file that cannot be read is met twice (planning its databases, then
        # scanning it): the same error is one error.
        errors=tuple(dict.fromkeys((*merged.scan.errors, *errors))),
    )
    return replace(merged, scan=meta).sorted()

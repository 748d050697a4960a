"""The same scan on a Dask cluster: ``--dask tcp://scheduler:8786`` or ``--dask local[:N]``.

Work is split by file, and large HL7 v2 files by byte range
(:mod:`assessor.connectors.hl7v2.ranges`). Every file and database is read on a worker; the
parts of a file are joined on the workers by a tree reduction, pairs of neighbours at a time,
and only each file's inventory fragment comes back, to be merged as a scan in one process
merges them. The answer is therefore the same.

Workers need the package installed and must read the paths as the scan names them: a relative
path is read from the worker's current folder (a local cluster's is this process's).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError
from dataclasses import dataclass
from typing import Any

from assessor import DISTRIBUTION
from assessor.connectors.hl7v2.connector import FilePart, Hl7v2Connector
from assessor.connectors.hl7v2.ranges import (
    ByteRange,
    RangeRead,
    RangeReport,
    byte_ranges,
    join,
    range_size,
    read_range,
    wrong_guesses,
)
from assessor.connectors.interface import SourceKind
from assessor.connectors.worker_heap import chunk_sized_heap
from assessor.errors import UsageError
from assessor.model import Inventory, ScanError, ScanMetadata, ScannedSource

__all__ = ["DaskScan", "cluster_scan", "local_cluster"]

INSTALL_HINT = f"pip install '{DISTRIBUTION}[dask]'"


@dataclass(frozen=True)
class DaskScan:
    """Where to scan: a scheduler's address, or ``local`` / ``local:N`` for a cluster of N
    worker processes on this machine (N: the number of cores when not given)."""

    address: str
    processes: bool = True  # a local cluster's workers: processes, or threads of this one

    def local_workers(self) -> int | None:
        """N for ``local[:N]``; None for a scheduler's address."""
        name, _, count = self.address.partition(":")
        if name != "local":
            return None
        if not count:
            return os.cpu_count() or 1
        if not count.isdigit() or int(count) < 1:
            raise UsageError(f"--dask local:N needs a number of workers N ≥ 1, got {count!r}")
        return int(count)

    def check(self) -> None:
        """Raise UsageError for an address that cannot be right or a Dask not installed."""
        self.local_workers()
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise UsageError(f"--dask needs Dask installed: {INSTALL_HINT}") from None


def local_cluster(workers: int, processes: bool = True) -> Any:
    """A LocalCluster of ``workers`` one-thread workers, up and registered, set up for a scan.

    Its workers import the scan's modules as they start (half a second of each one's CPU, which
    belongs to starting the cluster, not to its first task). Dask's statistical profiler is off
    on them: it samples the task's stack a hundred times a second for a dashboard that a
    cluster started for one scan does not serve.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            # worker processes talk over loopback only; threads of this process need no socket
            **({"host": "127.0.0.1"} if processes else {}),
            dashboard_address=None,
            silence_logs=logging.ERROR,
            preload=[__name__, "assessor.connectors.scan"],
        )
    cluster.wait_for_workers(workers)
    return cluster


def _client(where: DaskScan) -> Any:
    """A client of the cluster ``where`` names; a cluster started here closes with it."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError(f"--dask needs Dask installed: {INSTALL_HINT}") from None
    workers = where.local_workers()
    if workers is not None:
        return Client(local_cluster(workers, where.processes), set_as_default=False)
    try:
        return Client(where.address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        reason = type(err).__name__ if not str(err) else str(err).splitlines()[0]
        raise UsageError(f"cannot reach the Dask scheduler at {where.address}: {reason}") from None


# --- what runs on the workers ---------------------------------------------------------------


def _read(connector: Hl7v2Connector, where: ByteRange, display: str, state: Any) -> RangeRead:
    with chunk_sized_heap():
        return read_range(connector, where, display, state=state)


def _scan_whole(scan_target: Callable[..., Inventory], target: Any, options: Any) -> Inventory:
    with chunk_sized_heap():
        return scan_target(target, options)


def _report(read: RangeRead) -> RangeReport:
    return read.report


def _join(earlier: RangeRead | FilePart, later: RangeRead | FilePart) -> FilePart:
    first = earlier.part if isinstance(earlier, RangeRead) else earlier
    second = later.part if isinstance(later, RangeRead) else later
    return join(first, second)


def _finish(connector: Hl7v2Connector, joined: RangeRead | FilePart) -> Inventory:
    part = joined.part if isinstance(joined, RangeRead) else joined
    part.close()
    return connector.finish(part)


# --- the driver -----------------------------------------------------------------------------


def cluster_scan(
    targets: Sequence[Any],
    options: Any,
    watchers: Any,
    where: DaskScan,
    scan_target: Callable[..., Inventory],
) -> list[Inventory]:
    """Scan ``targets`` on the cluster; fragments come back in target order, as
    :func:`assessor.connectors.scan.run_scan` merges them."""
    client = _client(where)
    try:
        return _Run(client, targets, options, watchers, scan_target).fragments()
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None:
            cluster.close()


class _Run:
    """One scan on one cluster: the futures of every target, and what became of them."""

    def __init__(
        self,
        client: Any,
        targets: Sequence[Any],
        options: Any,
        watchers: Any,
        scan_target: Callable[..., Inventory],
    ) -> None:
        self.client, self.targets, self.options, self.watchers = client, targets, options, watchers
        self.connector = Hl7v2Connector(
            validate=options.validate, sample_size=options.validate_sample
        )
        self.whole: dict[int, Any] = {}  # target index -> future of its fragment
        self.owner: dict[str, int] = {}  # key of a whole target's future -> target index
        self.ranges: dict[int, list[ByteRange]] = {}
        self.reads: dict[int, list[Any]] = {}
        self.sizes: dict[Any, int] = {}  # future -> bytes it covers, for progress
        hl7 = sum(t.size for t in targets if t.kind is SourceKind.HL7V2)
        threads = sum(client.nthreads().values())
        self.range_bytes = options.range_bytes or range_size(hl7, threads)
        for i, target in enumerate(targets):
            cut = self._ranges(target)
            if len(cut) > 1:
                self.ranges[i] = cut
                self.reads[i] = [self._submit_range(i, r, None) for r in cut]
            else:
                future = client.submit(_scan_whole, scan_target, target, options, pure=False)
                self.whole[i] = future
                self.owner[future.key] = i
                self.sizes[future] = target.size

    def _ranges(self, target: Any) -> list[ByteRange]:
        if target.kind is not SourceKind.HL7V2 or target.size <= self.range_bytes:
            return []
        try:
            return byte_ranges(target.location, target.size, self.range_bytes)
        except OSError:
            return []  # read whole on a worker, which records why it cannot be

    def _submit_range(self, i: int, where: ByteRange, state: Any) -> Any:
        display = self.targets[i].display
        future = self.client.submit(_read, self.connector, where, display, state, pure=False)
        self.sizes[future] = where.end - where.start
        return future

    def fragments(self) -> list[Inventory]:
        from distributed import as_completed

        out: dict[int, Inventory] = {}
        for future in as_completed(list(self.sizes), loop=self.client.loop):
            self.watchers.progress(self.sizes[future])
            i = self.owner.get(future.key)
            if i is not None:
                out[i] = self._result(i, future)
                self.watchers.on_done(self.targets[i], out[i])
        for i, future in self._reduced().items():
            out[i] = self._result(i, future)
            self.watchers.on_done(self.targets[i], out[i])
        return [out[i] for i in range(len(self.targets))]

    def _reduced(self) -> dict[int, Any]:
        """For each file read by ranges, the future of its fragment: the ranges that guessed
        their start wrong read again, then joined by a tree reduction and finished, all on the
        workers. A file with a range that failed is that range's failure."""
        failed = {
            i: next(r for r in reads if r.status == "error")
            for i, reads in self.reads.items()
            if any(r.status == "error" for r in reads)
        }
        sound = {i: reads for i, reads in self.reads.items() if i not in failed}
        reports = self.client.gather(
            {i: [self.client.submit(_report, r, pure=False) for r in reads]
             for i, reads in sound.items()}
        )  # fmt: skip
        finished = dict(failed)
        for i, reads in sound.items():
            for k, state in wrong_guesses(reports[i]).items():
                reads[k] = self._submit_range(i, self.ranges[i][k], state)
            level = reads
            while len(level) > 1:
                pairs = [
                    self.client.submit(_join, level[k], level[k + 1], pure=False)
                    for k in range(0, len(level) - 1, 2)
                ]
                level = pairs + level[len(level) - len(level) % 2 :]
            finished[i] = self.client.submit(_finish, self.connector, level[0], pure=False)
        return finished

    def _result(self, i: int, future: Any) -> Inventory:
        """The fragment a future holds, or a failed source saying why (never a traceback)."""
        try:
            return future.result()
        except UsageError:
            raise
        except (Exception, CancelledError) as err:  # a worker lost, a file it cannot read
            target = self.targets[i]
            if isinstance(err, OSError):
                kind, reason = "unreadable-file", err.strerror or type(err).__name__
            else:
                kind = "worker-failed"
                reason = f"the Dask cluster could not scan this source ({type(err).__name__})"
            kind_name = "database" if target.kind is SourceKind.SQLITE else target.kind.value
            return Inventory(
                scan=ScanMetadata(
                    sources=(ScannedSource(target.display, kind_name, errors=1, status="failed"),),
                    errors=(ScanError(target.display, kind, reason),),
                )
            )

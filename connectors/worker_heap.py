"""A worker's heap during a scan task: chunk-sized buffers reused, not mapped afresh each time.

Dask's nanny starts every worker with ``MALLOC_TRIM_THRESHOLD_=65536`` so that memory goes back
to the system soon after a task. With any threshold set, glibc stops raising its mmap threshold
as it learns the program's buffers, so each buffer above 128 KiB is an ``mmap`` of its own,
faulted in page by page and unmapped when freed. An HL7 v2 read makes several such buffers a
megabyte read (the chunk, the bytes pending before the next ``MSH``): on the worker, three times
the page faults of one process and about a tenth more CPU time for the same range.

:func:`chunk_sized_heap` raises both thresholds above a chunk while a scan task runs and puts
back those the environment set when the last task ends, so the worker still returns its memory
between tasks. Where there is nothing to put back (no threshold in the environment: glibc adapts
by itself) or no glibc, it does nothing.
"""

from __future__ import annotations

import ctypes
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from assessor.connectors.hl7v2.framing import CHUNK_BYTES

__all__ = ["chunk_sized_heap"]

_M_TRIM_THRESHOLD = -1  # mallopt's parameter numbers, from glibc's malloc.h
_M_MMAP_THRESHOLD = -3
_GLIBC_MMAP_THRESHOLD = 128 * 1024  # glibc's fixed mmap threshold once any threshold is set
MMAP_THRESHOLD = 4 * CHUNK_BYTES
"""During a task: buffers up to this size come from the heap (a chunk and what it joins)."""
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD
"""During a task: free memory kept at the heap's top (what glibc's own adaptation would keep)."""

_lock = threading.Lock()
_tasks = 0  # scan tasks running in this process (a worker may run several in threads)


def _mallopt() -> Callable[[int, int], int] | None:
    try:
        return ctypes.CDLL(None).mallopt  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (macOS, Windows)
        return None


def _set_by_environment() -> int | None:
    """The trim threshold the environment gave malloc, when it gave one and nothing else."""
    trim = os.environ.get("MALLOC_TRIM_THRESHOLD_", "")
    if not trim.isdigit() or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return None
    return int(trim)


@contextmanager
def chunk_sized_heap() -> Iterator[None]:
    """Within: malloc keeps chunk-sized buffers in the heap (see the module's docstring)."""
    global _tasks
    trim = _set_by_environment()
    mallopt = _mallopt() if trim is not None else None
    if mallopt is None or trim is None:
        yield
        return
    with _lock:
        _tasks += 1
        if _tasks == 1:
            mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
            mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    try:
        yield
    finally:
        with _lock:
            _tasks -= 1
            if _tasks == 0:
                mallopt(_M_TRIM_THRESHOLD, trim)
                mallopt(_M_MMAP_THRESHOLD, _GLIBC_MMAP_THRESHOLD)

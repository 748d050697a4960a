"""A scan task on a Dask worker reuses its chunk-sized buffers, and gives the worker back the
malloc thresholds its environment set."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assessor.connectors import worker_heap

# Faults of a megabyte buffer made and freed 64 times, in a process started as Dask's nanny
# starts a worker; the buffer is filled so that its pages are touched.
_FAULTS = """
import json, resource
from assessor.connectors.worker_heap import chunk_sized_heap

def faults():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(64):
        buffer = b"x" * (1 << 20)
        del buffer
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before

seen = {"before": faults()}
first, second = chunk_sized_heap(), chunk_sized_heap()
with first:
    seen["in a task"] = faults()
    second.__enter__()
seen["in a second task, the first done"] = faults()
second.__exit__(None, None, None)
seen["after"] = faults()
print(json.dumps(seen))
"""

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="mallopt is glibc's")


def _faults_on_a_dask_worker() -> dict[str, int]:
    env = {**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536"}
    env.pop("MALLOC_MMAP_THRESHOLD_", None)
    done = subprocess.run(
        [sys.executable, "-c", _FAULTS], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@linux_only
def test_a_task_reuses_megabyte_buffers_instead_of_mapping_each_afresh() -> None:
    seen = _faults_on_a_dask_worker()
    assert seen["before"] > 64 * 200  # a fresh mapping a buffer: its 256 pages faulted in
    assert seen["in a task"] < seen["before"] / 10


@linux_only
def test_the_thresholds_go_back_when_the_last_task_running_ends() -> None:
    seen = _faults_on_a_dask_worker()
    assert seen["in a second task, the first done"] < seen["before"] / 10
    assert seen["after"] > seen["before"] / 2


def test_without_a_threshold_in_the_environment_malloc_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[int, int]] = []
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    monkeypatch.setattr(worker_heap, "_mallopt", lambda: lambda *a: calls.append(a) or 1)
    with worker_heap.chunk_sized_heap():
        pass
    assert calls == []

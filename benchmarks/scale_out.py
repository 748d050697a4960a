"""Scale-out: one process against a local Dask cluster of 1 and 2 workers, same messages.

``nice python benchmarks/scale_out.py [--messages 10000000] [--files 4] [--cache DIR]``

Writes ``--messages`` invented messages (the mix of ``benchmarks/hl7_throughput.py``: ADT, ORU
with 1-20 OBX, ORM, SIU, MDM; every control id distinct) once into ``--files`` files under
``--cache`` (default ``~/.cache/assessor-benchmarks/scale_out``, outside the repository), and
reuses them on the next run. Then, each in a fresh process and with ``--validate none`` (the
profiler is what scales; hl7apy's sample is a fixed cost per feed, type and version):

(a) ``run_scan`` in one process, as ``assessor scan`` does;
(b) ``run_scan`` with ``--dask`` on a LocalCluster of 1 worker process, then of 2; the cluster
    is started before the clock starts (a cluster is usually up before a scan), its start-up
    time is printed apart. Files are cut into ``--range-mb`` byte ranges.

For each: wall seconds, messages/s, the speed-up over (a), the peak memory of the process
that scans (a), or of the driver and of each worker (b). The 1-worker overhead is
(b, 1 worker) / (a) - 1; the target is at most 15%. The load average is printed with the
figures: on a shared machine they are only as good as the cores were free.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.hl7_throughput import _message

POOL = 20_000  # distinct messages generated, then written again with new control ids


def _pool(seed: int = 20240105) -> list[tuple[bytes, bytes]]:
    """Messages split around MSH-10, so that each copy gets a control id of its own."""
    rng = random.Random(seed)
    pool = []
    for n in range(POOL):
        fields = _message(rng, n).encode("latin-1").split(b"|", 10)
        pool.append((b"|".join(fields[:9]) + b"|", b"|" + fields[10] + b"\r"))
    return pool


def generate(folder: Path, messages: int, files: int) -> list[Path]:
    """Write (once) ``messages`` messages into ``files`` files under ``folder``."""
    done = folder / "complete.json"
    paths = [folder / f"feed_{i:02d}.hl7" for i in range(files)]
    if done.exists() and json.loads(done.read_text()) == {"messages": messages, "files": files}:
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    pool = _pool()
    per_file = -(-messages // files)
    n = 0
    for path in paths:
        with path.open("wb") as out:
            batch = []
            for _ in range(min(per_file, messages - n)):
                head, tail = pool[n % POOL]
                batch.append(head + str(n).encode() + tail)
                n += 1
                if len(batch) == 20_000:
                    out.write(b"".join(batch))
                    batch = []
            out.write(b"".join(batch))
    done.write_text(json.dumps({"messages": messages, "files": files}))
    return paths


_RUN = r"""
import json, re, sys, time
from dataclasses import replace
sys.path.insert(0, sys.argv[1])
from assessor.connectors.scan import ScanOptions, run_scan
folder, workers, range_mb = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])

def peak() -> float:
    status = open("/proc/self/status").read()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024

options = ScanOptions(paths=(folder,), validate="none", range_bytes=range_mb << 20)
out = {}
if workers:
    import logging
    from distributed import Client, LocalCluster
    from assessor.connectors.cluster import DaskScan
    t0 = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.ERROR)
    client = Client(cluster)
    client.wait_for_workers(workers)
    out["startup"] = time.perf_counter() - t0
    options = replace(options, dask=DaskScan(cluster.scheduler_address))
t0 = time.perf_counter()
inventory = run_scan(options)
out["seconds"] = time.perf_counter() - t0
out["messages"] = sum(s.messages for s in inventory.scan.sources)
out["driver_mb"] = peak()
if workers:
    out["workers_mb"] = sorted(client.run(peak).values())
    client.close()
    cluster.close()
print(json.dumps(out))
"""


def run(folder: Path, workers: int, range_mb: int) -> dict:
    """One scan in a fresh process: 0 workers is the scan in one process."""
    root = str(Path(__file__).resolve().parents[1])
    command = [sys.executable, "-c", _RUN, root, str(folder), str(workers), str(range_mb)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    """Generate (once), scan three ways, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000_000)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--range-mb", type=int, default=64)
    parser.add_argument("--workers", default="1,2", help="cluster sizes to run, comma-separated")
    parser.add_argument(
        "--cache", type=Path, default=Path.home() / ".cache" / "assessor-benchmarks" / "scale_out"
    )
    args = parser.parse_args()
    folder = args.cache / f"{args.messages}x{args.files}"
    t0 = time.perf_counter()
    paths = generate(folder, args.messages, args.files)
    size = sum(p.stat().st_size for p in paths)
    ready = time.perf_counter() - t0
    print(f"{args.messages:,} messages in {args.files} files, {size / 1e9:.2f} GB, in {folder} "
          f"(ready in {ready:.0f} s); ranges of {args.range_mb} MiB")  # fmt: skip
    print(f"{'':22}{'seconds':>9}{'msg/s':>11}{'speed-up':>10}{'driver MB':>11}"
          f"{'per worker MB':>16}{'start-up s':>12}   load before/after")  # fmt: skip
    rows = [0, *(int(w) for w in args.workers.split(","))]
    single = None
    for workers in rows:
        before = _load()
        got = run(folder, workers, args.range_mb)
        assert got["messages"] == args.messages, got
        single = single or got["seconds"]
        label = f"LocalCluster {workers} worker{'s' * (workers > 1)}" if workers else "one process"
        each = "/".join(f"{m:.0f}" for m in got.get("workers_mb", [])) or "-"
        startup = f"{got['startup']:.1f}" if "startup" in got else "-"
        print(
            f"{label:22}{got['seconds']:>9.1f}{args.messages / got['seconds']:>11,.0f}"
            f"{single / got['seconds']:>9.2f}x{got['driver_mb']:>11.0f}{each:>16}{startup:>12}"
            f"   {before} / {_load()}",
            flush=True,
        )
        if workers == 1:
            overhead = got["seconds"] / single - 1
            verdict = "met" if overhead <= 0.15 else "MISSED"
            print(f"{'':22}1-worker overhead {overhead:+.1%} (target <= 15%: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

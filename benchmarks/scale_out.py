"""Scale-out: one process against a local Dask cluster of 1 and 2 workers, same messages.

``nice python benchmarks/scale_out.py [--messages 10000000] [--files 4] [--rounds 1] [--cache DIR]``

Writes ``--messages`` invented messages (the mix of ``benchmarks/hl7_throughput.py``: ADT, ORU
with 1-20 OBX, ORM, SIU, MDM; every control id distinct) once into ``--files`` files under
``--cache`` (default ``~/.cache/assessor-benchmarks/scale_out``, outside the repository), and
reuses them on the next run. Then, each in a fresh process and with ``--validate none`` (the
profiler is what scales; hl7apy's sample is a fixed cost per feed, type and version):

(a) ``run_scan`` in one process, as ``assessor scan`` does;
(b) ``run_scan`` with ``--dask`` on a LocalCluster of 1 worker process, then of 2, started as
    ``--dask local:N`` starts it but before the clock starts (a cluster is usually up before a
    scan); its start-up time is printed apart. Files are cut into byte ranges of the size a scan
    chooses from the files and the workers, or of ``--range-mb``.

``--rounds N`` runs (a), (b) N times in turn, so that a change in the machine's load falls on
both. For each run: wall seconds, messages/s, the speed-up over the (a) just before, the CPU
seconds of every process of the run (the driver with the scheduler, the nannies, the workers:
less moved by other processes' load than wall seconds), the peak memory of the process that
scans (a), or of the driver and of each worker (b). The 1-worker overhead is (b, 1 worker) /
(a) - 1 against the (a) of the same round, the median over the rounds, in wall and in CPU
seconds; the target is at most 15%. The load average is printed with the figures: on a shared
machine they are only as good as the cores were free.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
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
import json, os, re, sys, time
from dataclasses import replace

def peak() -> float:
    status = open("/proc/self/status").read()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024

def cpu_seconds() -> dict[int, float]:
    # user + system seconds of this process and of every process below it (the nannies, the
    # workers): what the scan cost whatever the other processes on the machine did to its wall
    tick, parent = os.sysconf("SC_CLK_TCK"), {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(pid)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    mine, grown = {os.getpid()}, True
    while grown:
        below = {p for p, (pp, _) in parent.items() if pp in mine} - mine
        mine, grown = mine | below, bool(below)
    times = os.times()
    return {p: times.user + times.system if p == os.getpid() else parent[p][1] for p in mine}

sys.path.insert(0, sys.argv[1])
from assessor.connectors.scan import ScanOptions, run_scan
folder, workers, range_mb = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
options = ScanOptions(paths=(folder,), validate="none", range_bytes=range_mb << 20 or None)
out = {}
if workers:
    from distributed import Client
    from assessor.connectors.cluster import DaskScan, local_cluster
    t0 = time.perf_counter()
    cluster = local_cluster(workers)  # as --dask local:N starts it
    client = Client(cluster)
    out["startup"] = time.perf_counter() - t0
    options = replace(options, dask=DaskScan(cluster.scheduler_address))
cpu0, t0 = cpu_seconds(), time.perf_counter()
inventory = run_scan(options)
out["seconds"] = time.perf_counter() - t0
cpu = cpu_seconds()
out["cpu"] = sum(cpu[p] - cpu0.get(p, 0.0) for p in cpu)
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
    """Generate (once), scan three ways (``--rounds`` times, interleaved), print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000_000)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument(
        "--range-mb", type=int, default=0, help="cut files at this size (0: as a scan chooses)"
    )
    parser.add_argument("--workers", default="1,2", help="cluster sizes to run, comma-separated")
    parser.add_argument("--rounds", type=int, default=1, help="run the sizes in turn this often")
    parser.add_argument(
        "--cache", type=Path, default=Path.home() / ".cache" / "assessor-benchmarks" / "scale_out"
    )
    args = parser.parse_args()
    folder = args.cache / f"{args.messages}x{args.files}"
    t0 = time.perf_counter()
    paths = generate(folder, args.messages, args.files)
    size = sum(p.stat().st_size for p in paths)
    ready = time.perf_counter() - t0
    cut = f"{args.range_mb} MiB" if args.range_mb else "a size chosen from the files and workers"
    print(f"{args.messages:,} messages in {args.files} files, {size / 1e9:.2f} GB, in {folder} "
          f"(ready in {ready:.0f} s); ranges of {cut}")  # fmt: skip
    print(f"{'':22}{'seconds':>9}{'msg/s':>11}{'speed-up':>10}{'CPU s':>8}{'driver MB':>11}"
          f"{'per worker MB':>16}{'start-up s':>12}   load before/after")  # fmt: skip
    sizes = [0, *(int(w) for w in args.workers.split(","))]
    seen: dict[int, list[dict]] = {w: [] for w in sizes}
    for _ in range(args.rounds):
        for workers in sizes:
            before = _load()
            got = run(folder, workers, args.range_mb)
            assert got["messages"] == args.messages, got
            seen[workers].append(got)
            single = seen[0][-1]["seconds"]  # the one-process run of this round
            label = (
                f"LocalCluster {workers} worker{'s' * (workers > 1)}" if workers else "one process"
            )
            each = "/".join(f"{m:.0f}" for m in got.get("workers_mb", [])) or "-"
            startup = f"{got['startup']:.1f}" if "startup" in got else "-"
            print(
                f"{label:22}{got['seconds']:>9.1f}{args.messages / got['seconds']:>11,.0f}"
                f"{single / got['seconds']:>9.2f}x{got['cpu']:>8.1f}{got['driver_mb']:>11.0f}"
                f"{each:>16}{startup:>12}   {before} / {_load()}",
                flush=True,
            )
    if 1 in seen:
        # each cluster run against the one-process run just before it, then the median of those
        for unit in ("seconds", "cpu"):
            ratios = sorted(b[unit] / a[unit] - 1 for a, b in zip(seen[0], seen[1], strict=True))
            overhead = statistics.median(ratios)
            verdict = "met" if overhead <= 0.15 else "MISSED"
            listed = ", ".join(f"{r:+.1%}" for r in ratios)
            print(f"1-worker overhead in {'wall seconds' if unit == 'seconds' else 'CPU seconds'}: "
                  f"{overhead:+.1%} (median of {listed}; target <= 15%: {verdict})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

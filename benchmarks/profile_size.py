"""The size of ``assessment.json`` as the archive grows: flat in the number of messages.

``python benchmarks/profile_size.py [--messages 10000 100000 1000000] [--keep DIR]``

Writes the seeded message mix of ``benchmarks/hl7_throughput.py`` (4 feeds, 8 message types,
every control id distinct, a year of timestamps) at each size, runs ``assessor assess
--validate none --format json`` on it in a fresh process, and prints the size of
``assessment.json``, its ratio to the smallest run's, and the part of it the feed profiles'
control-id samples take. Target (issue 16): the JSON for 1,000,000 messages within 2x that for
10,000 (before the bounded profiles, 200,000 messages wrote 6 MB, 3.6 MB of it one digest per
message). It exits 1 when the target is missed. The machine's load is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hl7_throughput import generate  # a sibling script: its message mix

_OPTIONS = ("--validate", "none", "--format", "json", "-q", "--today", "2026-01-01")


def assessment_size(feed: Path, out: Path) -> tuple[int, int, int, float]:
    """(assessment.json bytes, of it the control-id samples' bytes, feeds, seconds) of one run;
    the samples' part is what the JSON loses when they are emptied."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "assessor", "assess", str(feed), "-o", str(out), *_OPTIONS],
        check=True,
    )
    seconds = time.perf_counter() - started
    path = out / "assessment.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    profiles = [f["profile"] for f in data["inventory"]["flows"] if f.get("profile")]
    for profile in profiles:
        profile["control_id_sample"] = ""
    without = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    size = path.stat().st_size
    return size, size - len(without.encode("utf-8")), len(profiles), seconds


def main() -> int:
    """Run the benchmark; 0 when the JSON stayed within 2x, 1 when it did not."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, help="write the feeds and outputs here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        where = args.keep or Path(scratch)
        where.mkdir(parents=True, exist_ok=True)
        rows = []
        for count in sorted(args.messages):
            feed = where / f"feed-{count}.hl7"
            if not feed.exists():
                generate(feed, count)
            measured = assessment_size(feed, where / f"out-{count}")
            rows.append((count, feed.stat().st_size, *measured))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'messages':>10} {'feed MB':>8} {'JSON KB':>8} {'ratio':>6}", end=" ")
    print(f"{'samples KB':>11} {'feeds':>5} {'s':>6}")
    base = rows[0][2]
    for count, feed_bytes, size, samples, feeds, seconds in rows:
        print(
            f"{count:>10,} {feed_bytes / 1e6:>8.0f} {size / 1e3:>8.0f} {size / base:>6.2f}"
            f" {samples / 1e3:>11.0f} {feeds:>5} {seconds:>6.1f}"
        )
    worst = max(size for _, _, size, *_ in rows) / base
    if worst > 2:
        print(f"missed: the largest JSON is {worst:.2f}x the smallest (target 2x)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

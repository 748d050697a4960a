"""What a running scan tells its watchers: each target started and done, bytes held to plan."""

from __future__ import annotations

import gzip
from pathlib import Path

from assessor.connectors.scan import ScanOptions, Watchers, run_scan

ADT = b"MSH|^~\\&|PAS|H|EHR|H|20260301||ADT^A01|%d|P|2.5\rPID|1||%d^^^H^MR\r"


def test_bytes_reported_add_up_to_the_planned_sizes_even_for_gzip(tmp_path: Path) -> None:
    plain = b"".join(ADT % (i, i) for i in range(50))
    (tmp_path / "a.hl7").write_bytes(plain)
    (tmp_path / "b.hl7.gz").write_bytes(gzip.compress(plain * 20))  # inflates 100-fold
    reported: list[int] = []
    planned: list[int] = []
    run_scan(
        ScanOptions(paths=(str(tmp_path),), validate="none"),
        Watchers(
            on_plan=lambda targets: planned.append(sum(t.size for t in targets)),
            progress=reported.append,
        ),
    )
    assert sum(reported) == planned[0] == sum(p.stat().st_size for p in tmp_path.iterdir())


def test_each_target_is_announced_then_reported_done_with_its_fragment(tmp_path: Path) -> None:
    for name, count in (("a.hl7", 3), ("b.hl7", 5)):
        (tmp_path / name).write_bytes(b"".join(ADT % (i, i) for i in range(count)))
    heard: list[tuple[str, str, int]] = []
    run_scan(
        ScanOptions(paths=(str(tmp_path),), validate="none"),
        Watchers(
            on_start=lambda t: heard.append(("start", Path(t.display).name, 0)),
            on_done=lambda t, f: heard.append(
                ("done", Path(t.display).name, sum(s.messages for s in f.scan.sources))
            ),
        ),
    )
    assert heard == [
        ("start", "a.hl7", 0),
        ("done", "a.hl7", 3),
        ("start", "b.hl7", 0),
        ("done", "b.hl7", 5),
    ]

"""The scan's progress line: files, messages and bytes, an ETA from bytes read, the file at hand."""

from __future__ import annotations

import io
import itertools

from assessor.progress import ScanProgress, progress_line

BASE = {"files_done": 2, "files": 8, "messages": 1500, "total_bytes": 8 << 20, "width": 200}


def test_the_eta_comes_from_the_bytes_read_and_the_time_they_took() -> None:
    line = progress_line(**BASE, bytes_done=2 << 20, elapsed=30.0)
    assert "ETA 0:01:30" in line  # a quarter read in 30 s: three quarters left take 90 s


def test_no_eta_is_guessed_from_the_first_moments_of_a_scan() -> None:
    assert "ETA --:--" in progress_line(**BASE, bytes_done=4 << 20, elapsed=0.5)
    assert "ETA --:--" in progress_line(**BASE, bytes_done=1000, elapsed=60.0)


def test_the_line_shows_files_messages_and_bytes() -> None:
    line = progress_line(**BASE, bytes_done=2 << 20, elapsed=1.0)
    assert line.startswith("scanning 2/8 files · 1,500 messages · 2.0/8.0 MB")


def test_a_long_file_name_keeps_its_end_and_the_line_fits_the_width() -> None:
    name = "/archive/" + "x" * 100 + "/adt_2026-03.hl7"
    line = progress_line(**{**BASE, "width": 90}, bytes_done=0, elapsed=0.0, current=name)
    assert len(line) <= 90
    assert line.endswith("adt_2026-03.hl7")


def test_a_running_scan_counts_what_each_file_held() -> None:
    stream = io.StringIO()
    ticks = itertools.count()
    progress = ScanProgress(stream, width=120, clock=lambda: float(next(ticks)))
    progress.start(files=2, total_bytes=2000)
    progress.reading("a.hl7")
    progress.advance(1000)
    progress.finished(messages=7)
    drawn = stream.getvalue().split("\r")[-1]
    assert drawn.startswith("scanning 1/2 files · 7 messages · 1.0/2.0 KB")

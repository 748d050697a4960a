"""The scan's progress line on a terminal: files, messages and bytes, an ETA, the file at hand.

``scanning 3/12 files · 12,345 messages · 45.2/120.0 MB · ETA 0:01:10 · hl7/adt.hl7``

The ETA comes from the bytes read so far and the time they took, and is only shown once enough
has been read for it to mean something (a first estimate from the first chunk, read while the
validator warms up, was off by a factor of 70). File names are paths the user gave, never
content.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

__all__ = ["ScanProgress", "progress_line"]

_MIN_SECONDS = 2.0  # before an ETA is shown
_MIN_FRACTION = 0.02
_REDRAW_SECONDS = 0.1


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")


def _clock(seconds: float) -> str:
    whole = int(seconds + 0.5)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def progress_line(
    *,
    files_done: int,
    files: int,
    messages: int,
    bytes_done: int,
    total_bytes: int,
    elapsed: float,
    current: str = "",
    width: int = 100,
) -> str:
    """The progress line, cut to ``width`` characters.

    >>> progress_line(files_done=1, files=4, messages=1200, bytes_done=1 << 20,
    ...               total_bytes=4 << 20, elapsed=10.0, current="adt.hl7", width=200)
    'scanning 1/4 files · 1,200 messages · 1.0/4.0 MB · ETA 0:00:30 · adt.hl7'
    """
    unit = "MB" if total_bytes >= 1 << 20 else "KB"
    scale = 1 << (20 if unit == "MB" else 10)
    parts = [
        f"scanning {files_done}/{files} file{'' if files == 1 else 's'}",
        f"{messages:,} message{'' if messages == 1 else 's'}",
        f"{bytes_done / scale:.1f}/{total_bytes / scale:.1f} {unit}",
    ]
    fraction = bytes_done / total_bytes if total_bytes else 0.0
    if elapsed >= _MIN_SECONDS and fraction >= _MIN_FRACTION:
        parts.append(f"ETA {_clock(elapsed * (1 - fraction) / fraction)}")
    else:
        parts.append("ETA --:--")
    line = " · ".join(parts)
    room = width - len(line) - 3
    if current and room >= 8:
        # the end of a path names the file; its start is the folder the user gave
        line += " · " + (current if len(current) <= room else "…" + current[-(room - 1) :])
    return line if len(line) <= width else line[: max(width - 1, 0)] + "…"


@dataclass
class ScanProgress:
    """Keeps the counts of a running scan and redraws its line on ``stream`` (a terminal)."""

    stream: TextIO
    width: int = 100
    clock: Callable[[], float] = time.monotonic
    files: int = 0
    total_bytes: int = 0
    files_done: int = 0
    messages: int = 0
    bytes_done: int = 0
    current: str = ""
    _started: float = 0.0
    _drawn: float = float("-inf")

    def start(self, files: int, total_bytes: int) -> None:
        """The scan's plan is known: this many inputs, this many bytes."""
        self.files, self.total_bytes = files, total_bytes
        self._started = self.clock()
        self._draw(force=True)

    def reading(self, name: str) -> None:
        """An input is being read now."""
        self.current = name
        self._draw(force=True)

    def advance(self, n: int) -> None:
        """``n`` more bytes were read."""
        self.bytes_done += n
        self._draw()

    def finished(self, messages: int) -> None:
        """The input at hand is done; it held ``messages`` messages."""
        self.files_done += 1
        self.messages += messages
        self.current = ""
        self._draw(force=True)

    def close(self) -> None:
        """Clear the line, so that what follows starts on a clean one."""
        self.stream.write("\r" + " " * self.width + "\r")
        self.stream.flush()

    def _draw(self, force: bool = False) -> None:
        now = self.clock()
        if not force and now - self._drawn < _REDRAW_SECONDS:
            return
        self._drawn = now
        line = progress_line(
            files_done=self.files_done,
            files=self.files,
            messages=self.messages,
            bytes_done=min(self.bytes_done, self.total_bytes),
            total_bytes=self.total_bytes,
            elapsed=now - self._started,
            current=self.current,
            width=self.width,
        )
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()

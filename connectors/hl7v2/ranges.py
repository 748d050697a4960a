"""Byte ranges of a large HL7 v2 file: where they are cut, how each is read, how they join.

A range starts at the first message start at or after its nominal offset: an ``MSH`` right
after a segment or frame break (``\\r``, ``\\n``, MLLP's ``0x0B`` and ``0x1C``), the places
where the whole file's reader splits messages too. The rule is the same for plain, MLLP and
batch files; a batch header (FHS, BHS) before a message stays at the end of the range before,
as it would stay in the message before for the whole reader. Gzip files cannot be cut: they
are read whole.

Each range is read as the whole file's reader would read those bytes (see
:class:`~assessor.connectors.hl7v2.framing.Cursor`), which depends on two facts about the bytes
before it: whether MLLP mode came on, and whether a batch envelope was met. A range guesses
both from the file's first chunk; :func:`wrong_guesses` checks the guesses once every range has
reported, and the ranges that guessed wrong are read again. Joined in order, the ranges give the
same :class:`~assessor.connectors.hl7v2.connector.FilePart` as one read of the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

from assessor.connectors.gunzip import GZIP_MAGIC
from assessor.connectors.hl7v2.connector import FilePart, Hl7v2Connector
from assessor.connectors.hl7v2.framing import CHUNK_BYTES, Cursor, open_binary
from assessor.connectors.interface import Progress, no_progress

__all__ = [
    "MAX_RANGE_BYTES",
    "MIN_RANGE_BYTES",
    "RANGES_PER_WORKER",
    "ByteRange",
    "RangeRead",
    "RangeReport",
    "byte_ranges",
    "join",
    "range_size",
    "read_range",
    "read_ranges",
    "wrong_guesses",
]

MIN_RANGE_BYTES = 64 << 20
"""No range is cut smaller. A range costs 30-50 ms beyond reading its bytes (its profiles'
control-id samples written out, then decoded and merged again in a join): about 5% of reading
64 MiB (docs/scale.md)."""
MAX_RANGE_BYTES = 1 << 30
"""No range is larger: it bounds what a lost worker makes the scan read again and how long
the progress bar goes without news (about ten seconds of one worker's reading)."""
RANGES_PER_WORKER = 8
"""Ranges cut for each worker thread, so that the last ranges to finish leave the others idle
for about an eighth of their share at most."""

_START = re.compile(rb"(?<=[\r\n\x0b\x1c])MSH")
_ENVELOPE_TOKENS = (b"FHS", b"BHS", b"BTS", b"FTS")
_ENVELOPE = re.compile(rb"(?:^|[\r\n\x0b\x1c])[ \t]*(?:FHS|BHS|BTS|FTS)(?![A-Za-z0-9])")


@dataclass(frozen=True)
class ByteRange:
    """The ``index``-th nominal range of a file: ``[start, end)`` before cutting."""

    path: str
    index: int
    start: int
    end: int
    size: int  # the file's size: the last range ends there


def range_size(total: int, workers: int) -> int:
    """The size to cut ranges at for ``total`` bytes of HL7 v2 files on ``workers`` worker
    threads: :data:`RANGES_PER_WORKER` ranges each, within the bounds above."""
    share = -(-total // (max(workers, 1) * RANGES_PER_WORKER))
    return min(MAX_RANGE_BYTES, max(MIN_RANGE_BYTES, share))


def byte_ranges(path: str, size: int, range_bytes: int = MIN_RANGE_BYTES) -> list[ByteRange]:
    """The nominal ranges of a file of ``size`` bytes, as few as keep each within
    ``range_bytes`` and of even sizes: one for a small or gzip file."""
    with open(path, "rb") as head:
        if head.read(2) == GZIP_MAGIC:
            return [ByteRange(path, 0, 0, size, size)]
    pieces = max(1, -(-size // max(range_bytes, 1)))
    bounds = [size * i // pieces for i in range(pieces + 1)]
    return [ByteRange(path, i, bounds[i], bounds[i + 1], size) for i in range(pieces)]


def message_start(stream: BinaryIO, offset: int, size: int) -> int:
    """The first message start at or after ``offset`` (``size`` when there is none)."""
    if offset <= 0:
        return 0
    at = offset - 1  # the break before an MSH at ``offset``
    while at < size:
        stream.seek(at)
        window = stream.read(CHUNK_BYTES + 3)
        found = _START.search(window, 1)
        if found:
            return at + found.start()
        if len(window) <= 3:
            break
        at += len(window) - 3
    return size


class _Slice:
    """``[start, end)`` of a file, read in pieces that end where the whole file's chunks end,
    so that a range is framed chunk for chunk as the whole file is."""

    def __init__(self, stream: BinaryIO, start: int, end: int) -> None:
        self.stream, self.at, self.end = stream, start, end
        stream.seek(start)

    def read(self, n: int) -> bytes:
        grid = (self.at // CHUNK_BYTES + 1) * CHUNK_BYTES
        want = min(n, grid - self.at, self.end - self.at)
        data = self.stream.read(want) if want > 0 else b""
        self.at += len(data)
        return data


def _guess(stream: BinaryIO, start: int) -> tuple[int | None, bool]:
    """From the file's first chunk: where MLLP mode comes on, and whether a batch envelope
    comes before ``start``. A later first 0x0B or envelope is found by :func:`wrong_guesses`."""
    stream.seek(0)
    head = stream.read(CHUNK_BYTES)
    mllp_from = 0 if b"\x0b" in head else None
    # the regular expression tries every byte: a tenth of a range's time on a plain file's
    # megabyte, where a look for the three letters finds nothing at memchr speed
    if not any(token in head for token in _ENVELOPE_TOKENS):
        return mllp_from, False
    envelope = _ENVELOPE.search(head)
    return mllp_from, envelope is not None and envelope.start() < start


@dataclass(frozen=True)
class RangeRead:
    """One range as read: the part it holds, where it was cut, and the state it assumed."""

    part: FilePart
    start: int
    end: int

    @property
    def report(self) -> RangeReport:
        """What :func:`wrong_guesses` needs of it (small, to send instead of the part)."""
        c = self.part.cursor
        return RangeReport(self.start, self.end, c.first_mllp, c.mllp_on, c.batch, c.envelope)


class RangeReport(NamedTuple):
    """The cut and the framing state of one range as read."""

    start: int
    end: int
    first_mllp: int | None
    mllp_on: int | None
    batch: bool
    envelope: bool


def read_range(
    connector: Hl7v2Connector,
    where: ByteRange,
    display: str,
    progress: Progress = no_progress,
    state: tuple[int | None, bool] | None = None,
) -> RangeRead:
    """Read one range of ``where.path``; ``state`` (MLLP from, batch) overrides the guess."""
    with open(where.path, "rb") as stream:
        start = message_start(stream, where.start, where.size)
        end = message_start(stream, where.end, where.size) if where.end < where.size else where.size
        mllp_from, batch = state if state is not None else _guess(stream, start)
        cursor = Cursor(start=start, mllp_from=mllp_from, batch=batch)
        part = connector.read(_Slice(stream, start, max(start, end)), display, progress, cursor)
    return RangeRead(part, start, end)


def wrong_guesses(reports: Sequence[RangeReport]) -> dict[int, tuple[int | None, bool]]:
    """The ranges (by position) read in a state the whole file's reader would not have been
    in there, each with the state to read it again in."""
    firsts = [r.first_mllp for r in reports if r.first_mllp is not None]
    mllp_from = min(firsts) // CHUNK_BYTES * CHUNK_BYTES if firsts else None
    wrong: dict[int, tuple[int | None, bool]] = {}
    batch = False
    for i, r in enumerate(reports):
        on = None if mllp_from is None or mllp_from >= r.end else max(mllp_from, r.start)
        if r.start < r.end and (r.mllp_on != on or r.batch != batch):
            wrong[i] = (mllp_from, batch)
        batch = batch or r.envelope
    return wrong


def file_size(path: str) -> int:
    """The size the ranges of ``path`` are cut from."""
    return Path(path).stat().st_size


def join(earlier: FilePart, later: FilePart) -> FilePart:
    """Two adjacent parts of a file as one: the step of a tree reduction."""
    return later.after(earlier)


def read_ranges(
    connector: Hl7v2Connector, path: str, display: str, range_bytes: int = MIN_RANGE_BYTES
) -> FilePart:
    """A whole file read range by range in this process, joined and closed: the same part as
    :meth:`Hl7v2Connector.read` of the whole file (what the cluster does, without one)."""
    where = byte_ranges(path, file_size(path), range_bytes)
    if len(where) == 1:  # small, or gzip: read whole
        with open_binary(path) as stream:
            return connector.read(stream, display)
    reads = [read_range(connector, w, display) for w in where]
    for i, state in wrong_guesses([r.report for r in reads]).items():
        reads[i] = read_range(connector, where[i], display, state=state)
    part = reads[0].part
    for r in reads[1:]:
        part = join(part, r.part)
    part.close()
    return part

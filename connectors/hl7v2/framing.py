"""Reading and framing: bytes from files, folders and .gz archives into one message at a time.

Segments may end in ``\\r``, ``\\n`` or ``\\r\\n``; messages may sit in MLLP frames
(``0x0B … 0x1C 0x0D``), in FHS/BHS/BTS/FTS batch envelopes, behind a BOM or stray white space,
or behind textual markers such as ``[SOM]``. The reader streams fixed-size chunks, so memory
stays flat however large the file is; a message larger than ``max_message_bytes`` is skipped
and reported instead of being buffered.

Every problem comes out as a :class:`FramingProblem` with a stable ``kind`` and a location;
never a byte of the content.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import add
from typing import BinaryIO, NamedTuple

from assessor.connectors.gunzip import GZIP_MAGIC, GzipReader

__all__ = [
    "CHUNK_BYTES",
    "MAX_MESSAGE_BYTES",
    "Cursor",
    "FramingProblem",
    "RawMessage",
    "open_binary",
    "read_batches",
    "read_messages",
]

CHUNK_BYTES = 1 << 20
MAX_MESSAGE_BYTES = 8 << 20
"""A message larger than this (a 10 MB segment, a file with no segment breaks) is skipped."""

# MLLP start/end blocks and \n become \r, length-preserving, so byte offsets stay exact.
_TO_CR = bytes.maketrans(b"\n\x0b\x1c", b"\r\r\r")
_ENVELOPE = frozenset({b"FHS", b"BHS", b"BTS", b"FTS"})
_ENVELOPE_MARKS = (b"\rBHS", b"\rBTS", b"\rFHS", b"\rFTS")
_LINE = re.compile(rb"[^\r]+")
_JUNK_MSH = re.compile(
    rb"((?:\[[A-Za-z]{1,6}\]|\xef\xbb\xbf|\xfe\xff|\xff\xfe|[ \t\x00\x0c])*)MSH(?=[^A-Za-z0-9\r])"
)
_SEGMENT_LIKE = re.compile(rb"[A-Z][A-Z0-9]{2}(?:[^A-Za-z0-9\r\s]|$)")
# Bytes that never occur in HL7 text: C0 controls other than tab and CR, and DEL.
_BINARY = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f" + b"\x0c"
_TEXT = bytes(b for b in range(256) if b not in _BINARY)
_STRIP = b" \t\r\x00\x0c"
# the scans of _clean: an MSH inside a line that may start a message there (after white space,
# a marker such as "[SOM]" or a BOM; after "|" or "^" it is a value), an envelope segment, and
# (telling an uneven buffer) a blank line or one that starts with a space
_STRAY_MSH = re.compile(rb"MSH(?<=[ \t\]\xbf\xfe\xff]MSH)")
_ENVELOPE_LINE = re.compile(rb"\r[BF][HT]S")
_UNEVEN = re.compile(rb"\r[\r ]")
new = tuple.__new__  # builds a RawMessage without the NamedTuple's Python-level __new__
_BOM = b"\xef\xbb\xbf"


class RawMessage(NamedTuple):
    """One message as read: ``\\r``-separated segments, envelope and framing removed."""

    ordinal: int  # 1-based position among the messages of its source
    offset: int  # byte offset of its MSH in the (decompressed) source
    data: bytes
    framing: str  # "mllp" | "batch" | "plain"
    marker: bool = False  # text such as "[SOM]" or a BOM stood before MSH on its line


@dataclass(frozen=True, slots=True)
class FramingProblem:
    """Something in the byte stream that is not a readable message."""

    kind: str  # binary-junk | missing-msh | not-hl7 | oversized-message | truncated-message ...
    message: str
    offset: int
    ordinal: int | None = None  # the message it belongs to, when there is one

    @property
    def location(self) -> str:
        """``message 17`` when a message is concerned, else ``byte 1234``."""
        return f"message {self.ordinal}" if self.ordinal is not None else f"byte {self.offset}"


def open_binary(path: str | os.PathLike[str]) -> BinaryIO:
    """The file's bytes, transparently gunzipped when it is a gzip file (by magic number)."""
    raw = open(path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
    try:
        magic = raw.read(2)
        raw.seek(0)
    except OSError:
        raw.close()
        raise
    if magic == GZIP_MAGIC:
        return GzipReader(raw)  # type: ignore[return-value]
    return raw


@dataclass
class Cursor:
    """Where a reader starts in its file and what it learns on the way.

    A byte range of a file is read as the whole file's reader would read it: its offsets and
    its chunks lie on the whole file's grid, and it starts in the state the whole reader would
    be in there (MLLP since ``mllp_from``, inside batch envelopes or not). What it finds is
    kept for whoever joins the ranges: the MLLP blocks opened and closed, where MLLP mode came
    on, and whether a batch envelope was met.
    """

    start: int = 0  # offset in the file of the stream's first byte
    mllp_from: int | None = None  # start of the chunk holding the file's first 0x0B, if known
    batch: bool = False  # a batch envelope (FHS/BHS/BTS/FTS) came before ``start``
    first_mllp: int | None = None  # the first 0x0B of the bytes read
    mllp_on: int | None = None  # start of the first chunk read in MLLP mode
    envelope: bool = False  # a batch envelope was met in the bytes read
    ordinals: int = 0  # messages counted (the next range's ordinals follow them)
    starts: int = 0
    ends: int = 0
    last_start: int = 0
    problems: int = 0

    def end_problems(self) -> list[FramingProblem]:
        """What only the end of the whole file can tell: a frame left open, a file of nothing."""
        found = []
        if self.mllp_on is not None and self.starts > self.ends:
            found.append(
                FramingProblem(
                    "truncated-message",
                    "an MLLP frame was opened (0x0B) but never closed (0x1C)",
                    self.last_start,
                )
            )
        elif self.ordinals == 0 and self.problems == 0:
            found.append(
                FramingProblem("empty-file", "the file holds no bytes besides white space", 0)
            )
        return found


class _Framer:
    """Turns ``\\r``-normalised units of bytes into messages and problems."""

    def __init__(self, max_message_bytes: int) -> None:
        self.max_message_bytes = max_message_bytes
        self.ordinal = 0
        self.mllp = False
        self.batch = False
        self.envelope = False  # met one (batch may have been on from the start)
        self.messages: list[RawMessage] = []
        self.problems: list[FramingProblem] = []

    # --- the fast path: a unit that is exactly one clean message -------------------------

    def unit(self, data: bytes, offset: int) -> None:
        if data.startswith(b"MSH") and _one_message(data):
            self._message([data], offset, False)
            return
        self._slow(data, offset)

    def _message(self, lines: list[bytes], offset: int, marker: bool) -> None:
        self.ordinal += 1
        data = _even(lines[0] if len(lines) == 1 else b"\r".join(lines))
        framing = "mllp" if self.mllp else "batch" if self.batch else "plain"
        self.messages.append(RawMessage(self.ordinal, offset, data, framing, marker))

    # --- the slow path: envelopes, junk, markers, orphans --------------------------------

    def _slow(self, data: bytes, offset: int) -> None:
        current: list[bytes] = []
        start = 0
        marker = False
        orphan_at: int | None = None
        orphan_kind = ""
        for match in _LINE.finditer(data):
            line = match.group().strip(b" \t")
            at = offset + match.start()
            if not line:
                continue
            if line[:3] in _ENVELOPE and not line[3:4].isalnum():
                self.batch = self.envelope = True
                if current:
                    self._message(current, start, marker)
                    current = []
                continue
            junk = _JUNK_MSH.match(line)
            if junk:
                if current:
                    self._message(current, start, marker)
                current, start = [line[junk.end(1) :]], at + junk.end(1)
                marker = bool(junk.group(1))
                if orphan_at is not None:
                    self._orphans(orphan_kind, orphan_at)
                    orphan_at = None
                continue
            binary = bool(line.translate(None, _TEXT))
            if current and not binary:
                current.append(line)
                continue
            kind = (
                "binary-junk"
                if binary
                else ("missing-msh" if _SEGMENT_LIKE.match(line) else "not-hl7")
            )
            if current:  # junk inside a message: report it against that message, drop it
                self.problems.append(
                    FramingProblem(
                        kind,
                        "bytes that are not HL7 text inside a message were skipped",
                        at,
                        self.ordinal + 1,
                    )
                )
                continue
            if orphan_at is None or kind != orphan_kind:
                if orphan_at is not None:
                    self._orphans(orphan_kind, orphan_at)
                orphan_at, orphan_kind = at, kind
        if orphan_at is not None:
            self._orphans(orphan_kind, orphan_at)
        if current:
            self._message(current, start, marker)

    def _orphans(self, kind: str, offset: int) -> None:
        text = {
            "binary-junk": "binary bytes where an HL7 message was expected were skipped",
            "missing-msh": "segments outside any message (no MSH segment before them) were skipped",
            "not-hl7": "text that is not HL7 (no MSH segment) was skipped",
        }[kind]
        self.problems.append(FramingProblem(kind, text, offset))

    def oversized(self, offset: int) -> None:
        self.ordinal += 1
        self.problems.append(
            FramingProblem(
                "oversized-message",
                f"a message or segment larger than {self.max_message_bytes // (1 << 20)} MiB "
                "was skipped",
                offset,
                self.ordinal,
            )
        )

    def drain(self) -> tuple[list[RawMessage], list[FramingProblem]]:
        out = self.messages, self.problems
        self.messages, self.problems = [], []
        return out


def read_messages(
    stream: BinaryIO,
    progress: Callable[[int], None] | None = None,
    *,
    chunk_bytes: int = CHUNK_BYTES,
    max_message_bytes: int = MAX_MESSAGE_BYTES,
) -> Iterator[RawMessage | FramingProblem]:
    """Every message of ``stream``, in order, interleaved with the problems met on the way.

    ``progress`` is called with the number of (decompressed) bytes consumed by each chunk.
    A stream that fails mid-way (a corrupt .gz) yields an ``unreadable-file`` problem and ends.
    """
    for batch in read_batches(
        stream, progress, chunk_bytes=chunk_bytes, max_message_bytes=max_message_bytes
    ):
        yield from batch


def read_batches(
    stream: BinaryIO,
    progress: Callable[[int], None] | None = None,
    *,
    chunk_bytes: int = CHUNK_BYTES,
    max_message_bytes: int = MAX_MESSAGE_BYTES,
    cursor: Cursor | None = None,
) -> Iterator[list[RawMessage | FramingProblem]]:
    """What :func:`read_messages` yields, a list per chunk read: one step per thousand
    messages instead of one per message, for a caller that handles them in bulk.

    With a ``cursor`` the stream is a byte range of a file (see :class:`Cursor`): ordinals
    count from 1 within it, offsets are the file's, and the problems only the end of the
    whole file can tell are left to :meth:`Cursor.end_problems`.
    """
    ends_file = cursor is None
    cursor = cursor or Cursor()
    framer = _Framer(max_message_bytes)
    framer.batch = cursor.batch
    pending = b""
    base = cursor.start  # offset of pending[0] in the file
    skipping = False  # inside an oversized message: drop bytes up to the next MSH
    starts = ends = 0
    last_start = 0
    total = cursor.start
    problems = 0
    while True:
        try:
            chunk = stream.read(chunk_bytes)
        except (OSError, EOFError, zlib.error) as exc:
            problems += 1
            kind = getattr(exc, "kind", "")  # a GzipDamage says which damage
            reason = f"{exc}; the messages before this point were read"
            if not kind:
                kind = "unreadable-file"
                reason = f"the file could not be read past this point ({type(exc).__name__})"
            yield [FramingProblem(kind, reason, total)]
            chunk = b""
        if chunk:
            if progress is not None:
                progress(len(chunk))
            if total == 0 and chunk.startswith(_BOM):
                chunk = b"   " + chunk[3:]  # keep offsets; white space is stripped anyway
            if b"\x0b" in chunk:
                framer.mllp = True
                starts += chunk.count(b"\x0b")
                last_start = total + chunk.rfind(b"\x0b")
                if cursor.first_mllp is None:
                    cursor.first_mllp = total + chunk.find(b"\x0b")
            if cursor.mllp_from is not None and total + len(chunk) > cursor.mllp_from:
                framer.mllp = True
            if framer.mllp and cursor.mllp_on is None:
                cursor.mllp_on = total
            if b"\x1c" in chunk:  # memchr: far cheaper than counting in a chunk without any
                ends += chunk.count(b"\x1c")
            total += len(chunk)
            if b"\n" in chunk or b"\x0b" in chunk or b"\x1c" in chunk:  # else nothing to change
                chunk = chunk.translate(_TO_CR)
            pending += chunk
        parts = pending.split(b"\rMSH")
        complete = parts if not chunk else parts[:-1]
        pos = 0  # offset in pending of the current part's first byte after "\rMSH"
        clean, uneven = _clean(pending)
        framing = "mllp" if framer.mllp else "batch" if framer.batch else "plain"
        ordinal, append = framer.ordinal, framer.messages.append
        # in a clean buffer each part is one message, framed as the framer would frame it alone
        for i, part in enumerate(complete[:1] if clean else complete):
            if i == 0:
                unit, unit_at = part, base
                if skipping:
                    pos = len(part) + 4
                    continue  # the rest of an oversized message
            else:
                unit, unit_at = b"MSH" + part, base + pos - 3
            pos += len(part) + 4
            if clean and unit.startswith(b"MSH"):
                ordinal += 1
                append(new(RawMessage, (ordinal, unit_at, _even(unit), framing, False)))
                continue
            head = unit.lstrip(_STRIP)
            if head:
                framer.ordinal = ordinal
                framer.unit(head, unit_at + len(unit) - len(head))
                ordinal = framer.ordinal
        if clean and len(complete) > 1:
            # the first part may have been an envelope segment at the buffer's start (BHS|),
            # which the clean check, looking for one after a line's end, does not see
            framing = "mllp" if framer.mllp else "batch" if framer.batch else "plain"
            whole = list(map(b"MSH".__add__, complete[1:]))
            if uneven:
                whole = list(map(_even, whole))
            # part i starts at pos_i, its message 3 bytes before ("MSH" was split off)
            begins = list(accumulate(map(add, map(len, complete[1:]), repeat(4)), initial=pos))
            at = map(add, begins[:-1], repeat(base - 3))
            numbers = range(ordinal + 1, ordinal + 1 + len(whole))
            rows = zip(numbers, at, whole, repeat(framing), repeat(False))
            framer.messages.extend(map(new, repeat(RawMessage), rows))
            ordinal += len(whole)
            pos = begins[-1]
        framer.ordinal = ordinal
        if len(parts) > 1:
            skipping = False
        if chunk:
            if len(parts) == 1:
                tail, tail_at = parts[0], base
            else:
                tail, tail_at = b"MSH" + parts[-1], base + pos - 3
            if len(tail) > max_message_bytes:
                if not skipping:
                    framer.oversized(tail_at)
                skipping = True
                keep = tail[-3:]
                base, pending = tail_at + len(tail) - len(keep), keep
            else:
                base, pending = tail_at, tail
        messages, found = framer.drain()
        problems += len(found)
        if found:
            yield sorted([*messages, *found], key=lambda x: x.offset)
        elif messages:
            yield messages
        if not chunk:
            break
    cursor.starts, cursor.ends, cursor.last_start = starts, ends, last_start
    cursor.ordinals, cursor.problems, cursor.envelope = framer.ordinal, problems, framer.envelope
    if ends_file:
        found = cursor.end_problems()
        if found:
            yield found


def _even(data: bytes) -> bytes:
    """A message as the framer keeps it: when it holds a blank line or one that starts with a
    space, or ends in ``\\r``, each line stripped of spaces and tabs and the blank ones
    dropped; else as it stands, a space at a line's end included."""
    if data.endswith(b"\r") or _UNEVEN.search(data) is not None:
        return b"\r".join(filter(None, map(bytes.strip, data.split(b"\r"), repeat(b" \t"))))
    return data


def _clean_python(pending: bytes) -> tuple[bool, bool]:
    """Whether a buffer holds nothing but plain messages: no binary byte, no envelope segment
    (``FHS``, ``BHS``, ``BTS``, ``FTS`` at a line's start) and no MSH inside a line that may
    start a message there, so that each part between message starts is one message that
    :func:`_one_message` passes; and whether such a buffer is *uneven*: holds ``\\r\\r`` (a
    blank line, or CRLF) or ``\\r`` followed by a space, so that its messages must each go
    through :func:`_even`. (Of an even buffer's messages only the file's last can end in
    ``\\r``, and it is read alone, in the last buffer.)

    Each scan is a regular expression that starts with a literal, which ``re`` finds with a
    quick skip loop: a third of the time ``bytes.__contains__`` takes for these two- and
    three-byte needles.
    """
    if (
        pending.translate(None, _TEXT)
        or _STRAY_MSH.search(pending)
        or _ENVELOPE_LINE.search(pending)
    ):
        return False, False
    return True, _UNEVEN.search(pending) is not None


def _one_message_python(data: bytes) -> bool:
    """Whether one message (starting ``MSH``) is framed as it stands: no binary byte, no MSH
    after its own that may start a message, no envelope segment."""
    return (
        not data.translate(None, _TEXT)
        and _STRAY_MSH.search(data, 3) is None
        and b"\rMSH" not in data
        and not any(m in data for m in _ENVELOPE_MARKS)
    )


def _one_message_in_c(data: bytes) -> bool:
    """:func:`_one_message_python` in one pass (connectors/hl7v2/_scan.c): the framing's main
    cost in a buffer that is not clean (a batch file, junk or a marker between messages)."""
    return _scan.one_message(data, _BINARY)


def _clean_in_c(pending: bytes) -> tuple[bool, bool]:
    """:func:`_clean_python` in one pass over the buffer (connectors/hl7v2/_scan.c)."""
    return _scan.clean(pending, _BINARY)


try:
    from assessor.connectors.hl7v2 import _scan
except ImportError:  # no C compiler at install time: the same checks in Python
    _clean, _one_message = _clean_python, _one_message_python
else:
    _clean, _one_message = _clean_in_c, _one_message_in_c

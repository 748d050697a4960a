"""Finding the inputs: walk the folders the user named and tell each file's kind from its content.

The extension is only a hint: an HL7 feed may be called ``.txt``, ``.dat`` or nothing at all, and a
Mirth export ``.xml`` or ``.txt``. A file whose kind cannot be told is listed as skipped with the
reason, not lost; a file that cannot be read as what it claims to be (a ``.gz`` that is not gzip,
an export in an encoding we refuse) raises :class:`SourceError`, which the scan records.
Named pipes, devices and sockets are never opened: reading one can block the scan forever.
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from assessor.connectors.database.sniff import looks_like_sqlite
from assessor.connectors.engine import looks_like_mirth
from assessor.connectors.estate import looks_like_estate
from assessor.connectors.fhir import looks_like_fhir_capability
from assessor.connectors.gunzip import GZIP_MAGIC, GzipDamage, GzipReader
from assessor.connectors.hl7v2.sniff import looks_like_hl7v2, mentions_hl7v2
from assessor.connectors.interface import SourceKind
from assessor.connectors.limits import MAX_XML_BYTES
from assessor.errors import SourceError

HEAD_BYTES = 4096
LOOK_FOR_HL7_BYTES = 256 << 20
"""How far into a text file of no other kind the scan looks for an HL7 header line."""
KINDS_READ = (
    "HL7 v2 messages, a Mirth Connect export, a FHIR CapabilityStatement, an estate TOML file "
    "or a SQLite database"
)
XML_ENCODINGS = frozenset({"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii"})
"""The encodings an XML export may declare; ASCII is a subset of UTF-8. Others (UTF-7 can
hide markup from a reader that assumes ASCII) are refused."""

_SKIPPED_DIRS = frozenset({"__pycache__", "node_modules"})
_XML_DECLARATION = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)")
_BINARY = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + b"\x7f"
_BLANK = b" \t\r\n\x0b\x0c\xef\xbb\xbf\xfe\xff"
_NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


@dataclass(frozen=True)
class Sniffed:
    """What a file's first bytes say: its kind, or why it is skipped."""

    kind: SourceKind | None
    reason: str = ""  # why a file of no kind assessor reads is skipped


def iter_files(
    root: Path, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[Path]:
    """Every file under ``root`` (or ``root`` itself), in sorted order, hidden folders skipped.

    ``include`` and ``exclude`` are globs matched against the path relative to ``root`` and
    against the bare file name. Named pipes, devices and sockets are listed too (never opened):
    :func:`not_a_regular_file` says which they are.
    """
    if not root.is_dir():
        yield root
        return
    for folder, dirs, files in os.walk(root, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIPPED_DIRS)
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            relative = path.relative_to(root).as_posix()
            if include and not _matches(relative, name, include):
                continue
            if exclude and _matches(relative, name, exclude):
                continue
            yield path


def _matches(relative: str, name: str, globs: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(relative, g) or fnmatch.fnmatch(name, g) for g in globs)


def not_a_regular_file(path: Path) -> str:
    """What ``path`` is when it is a pipe, socket or device (``""`` for a regular file).

    Judged with ``os.stat``, before any open: opening a FIFO blocks until a writer comes.
    Raises OSError when the path cannot be looked at (a dangling link, a symlink loop).
    """
    mode = os.stat(path).st_mode
    for test, what in _NOT_REGULAR:
        if test(mode):
            return f"{what}, not a file: never opened"
    return ""


def _open(path: Path) -> BinaryIO:
    """The file opened for reading, refusing anything but a regular file."""
    what = not_a_regular_file(path)
    if what:
        raise SourceError(f"{path.as_posix()} is {what}", "not-a-file")
    return path.open("rb")


def read_head(path: Path) -> bytes:
    """The first few KB of a file, decompressed when it is gzip.

    Raises SourceError (``corrupt-gzip``, ``truncated-gzip``) when gzip data yields nothing.
    """
    with _open(path) as raw:
        head = raw.read(HEAD_BYTES)
        if head[:2] != GZIP_MAGIC:
            return head
        raw.seek(0)
        try:
            return GzipReader(raw).read(HEAD_BYTES)
        except GzipDamage as damage:
            raise SourceError(f"{damage}: nothing could be read", damage.kind) from None


def detect_kind(path: Path) -> SourceKind | None:
    """The kind of source a file holds, judged from its first bytes; None when unknown.

    Raises OSError when the file cannot be read, SourceError when it cannot be read as what it
    claims to be.
    """
    return sniff(path).kind


def sniff(path: Path) -> Sniffed:
    """The kind of source a file holds, or why it is skipped (see :func:`detect_kind`)."""
    head = read_head(path)
    if looks_like_sqlite(head):
        return Sniffed(SourceKind.SQLITE)
    if looks_like_hl7v2(head):
        return Sniffed(SourceKind.HL7V2)
    if looks_like_mirth(head):
        _check_xml_encoding(path, head)
        _check_size(path, MAX_XML_BYTES, "an interface-engine export")
        return Sniffed(SourceKind.MIRTH)
    if looks_like_fhir_capability(head):
        return Sniffed(SourceKind.FHIR)
    if looks_like_estate(head):
        return Sniffed(SourceKind.ESTATE)
    zipped = path.name.lower().endswith((".gz", ".gzip")) or _is_gzip(path)
    if zipped and not _is_gzip(path):
        raise SourceError(
            f"{path.as_posix()} is named like a gzip file but is not gzip (no gzip header)",
            "not-gzip",
        )
    if not head.strip(_BLANK):
        what = "an empty file" if not head else "only white space or a byte-order mark"
        return Sniffed(None, f"{what}{' once unzipped' if zipped and head else ''}")
    if head.translate(None, _BINARY) != head:
        return Sniffed(None, f"binary content{' inside gzip' if zipped else ''}")
    if _mentions_hl7v2(path):
        return Sniffed(SourceKind.HL7V2)
    return Sniffed(None, f"{'gzipped ' if zipped else ''}text of no kind assessor reads")


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as raw:
        return raw.read(2) == GZIP_MAGIC


def _check_xml_encoding(path: Path, head: bytes) -> None:
    declared = _XML_DECLARATION.match(head)
    if declared and declared.group(1).decode("ascii", "replace").lower() not in XML_ENCODINGS:
        raise SourceError(
            f"{path.as_posix()} declares the XML encoding "
            f"{declared.group(1).decode('ascii', 'replace')!r}; only UTF-8 and UTF-16 are read "
            "(re-export it as UTF-8)",
            "unsupported-encoding",
        )


def _check_size(path: Path, limit: int, what: str) -> None:
    if path.stat().st_size > limit:
        raise SourceError(
            f"{path.as_posix()} is larger than {limit:,} bytes, the limit for {what} "
            "(parsed whole, it would need several times that in memory)",
            "limit-exceeded",
        )


def _mentions_hl7v2(path: Path) -> bool:
    """Whether a line of the (unzipped) file starts like an HL7 header, in its first 256 MB.

    Reads in overlapping chunks so that a header split across two chunks is still seen.
    """
    zipped = _is_gzip(path)
    with _open(path) as raw:
        stream: BinaryIO = GzipReader(raw) if zipped else raw  # type: ignore[assignment]
        tail = b""
        seen = 0
        try:
            while seen < LOOK_FOR_HL7_BYTES and (chunk := stream.read(1 << 20)):
                if mentions_hl7v2(tail + chunk):
                    return True
                tail = chunk[-16:]
                seen += len(chunk)
        except GzipDamage:
            return False  # nothing that looked like HL7 before the damage
    return False

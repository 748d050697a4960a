"""Finding the inputs: walk the folders the user named and tell each file's kind from its content.

The extension is only a hint: an HL7 feed may be called ``.txt``, ``.dat`` or nothing at all, and a
Mirth export ``.xml`` or ``.txt``. A file whose kind cannot be told is listed as skipped, not lost.
"""

from __future__ import annotations

import fnmatch
import gzip
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from connectors.database.sniff import looks_like_sqlite
from connectors.engine import looks_like_mirth
from connectors.estate import looks_like_estate
from connectors.fhir import looks_like_fhir_capability
from connectors.hl7v2.sniff import looks_like_hl7v2
from connectors.interface import SourceKind

HEAD_BYTES = 4096
_SKIPPED_DIRS = frozenset({"__pycache__", "node_modules"})


def iter_files(
    root: Path, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[Path]:
    """Every file under ``root`` (or ``root`` itself), in sorted order, hidden folders skipped.

    ``include`` and ``exclude`` are globs matched against the path relative to ``root`` and
    against the bare file name.
    """
    if root.is_file():
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


def read_head(path: Path) -> bytes:
    """The first few KB of a file, decompressed when it is gzip."""
    with path.open("rb") as raw:
        head = raw.read(HEAD_BYTES)
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as unzipped:
                return unzipped.read(HEAD_BYTES)
        except (OSError, EOFError):
            return head
    return head


def detect_kind(path: Path) -> SourceKind | None:
    """The kind of source a file holds, judged from its first bytes; None when unknown.

    Raises OSError when the file cannot be read.
    """
    head = read_head(path)
    if looks_like_sqlite(head):
        return SourceKind.SQLITE
    if looks_like_hl7v2(head):
        return SourceKind.HL7V2
    if looks_like_mirth(head):
        return SourceKind.MIRTH
    if looks_like_fhir_capability(head):
        return SourceKind.FHIR
    if looks_like_estate(head):
        return SourceKind.ESTATE
    return None

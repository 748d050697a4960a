"""Recognise an SQLite database file from its first bytes."""

from __future__ import annotations

SQLITE_MAGIC = b"SQLite format 3\x00"


def looks_like_sqlite(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file) starts with the SQLite 3 header.

    >>> looks_like_sqlite(b"SQLite format 3\\x00\\x10\\x00")
    True
    >>> looks_like_sqlite(b"MSH|^~\\\\&|")
    False
    """
    return head.startswith(SQLITE_MAGIC)

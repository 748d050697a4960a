"""What went wrong, in stable words: classify driver errors and word them without secrets.

Driver errors carry SQL text, parameters and sometimes the connection string; only the first
line of the driver's own message is kept, and every secret in it is masked.
"""

from __future__ import annotations

import sqlite3

from assessor.masking import mask_text

__all__ = ["classify", "describe"]

# PostgreSQL SQLSTATEs and MySQL/MariaDB error numbers, by what they mean for the scan.
_PERMISSION = {"42501", 1044, 1142, 1143, 1227, 1370}
_AUTH = {"28P01", "28000", 1045, 1698}
_TIMEOUT = {"57014", "55P03", 1969, 3024, 1317}
_UNKNOWN_OBJECT = {"3D000", "3F000", "42P01", 1049, 1146}
_BROKEN_VIEW = {1356}


def _code(error: BaseException) -> str | int | None:
    orig = getattr(error, "orig", None) or error
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if sqlstate:
        return str(sqlstate)
    args = getattr(orig, "args", ())
    if args and isinstance(args[0], int):
        return args[0]
    return None


def classify(error: BaseException) -> str:
    """A stable ScanError kind for a driver error.

    ``permission-denied``, ``auth-failed``, ``timeout``, ``not-found``, ``not-a-database``,
    ``broken-view``, ``connection-failed`` or ``reflection-failed``.
    """
    code = _code(error)
    text = str(getattr(error, "orig", None) or error).lower()
    if code in _PERMISSION or "permission denied" in text or "access denied" in text:
        return "auth-failed" if code in _AUTH else "permission-denied"
    if "database" in text and ("does not exist" in text or "unknown database" in text):
        return "not-found"  # PostgreSQL says so only in words when connecting
    if (
        code in _AUTH
        or "password authentication failed" in text
        or ("role" in text and "does not exist" in text)
    ):
        return "auth-failed"
    if code in _TIMEOUT or "statement timeout" in text or "interrupted" in text:
        return "timeout"
    if "file is not a database" in text or "database disk image is malformed" in text:
        return "not-a-database"
    if code in _BROKEN_VIEW:
        return "broken-view"
    if code in _UNKNOWN_OBJECT:
        return "not-found"
    if (isinstance(code, int) and 2000 <= code < 2100) or any(
        phrase in text
        for phrase in ("connection refused", "could not connect", "can't connect", "timed out")
    ):
        return "connection-failed"
    if isinstance(getattr(error, "orig", None), sqlite3.DatabaseError) and "no such" in text:
        return "broken-view"
    return "reflection-failed"


def describe(error: BaseException, secrets: tuple[str, ...] = ()) -> str:
    """The driver's first line of explanation, with every secret and URL password masked."""
    orig = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    first = lines[0] if lines else type(orig).__name__
    return mask_text(first, list(secrets))

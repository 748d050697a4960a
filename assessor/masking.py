"""Masking: what may be shown of a secret or a value. Used wherever text leaves the scan.

A URL's password is found by taking the URL apart, never by a pattern that guesses where a
password ends: after ``scheme://`` comes the authority, whose userinfo runs up to the *last*
``@`` (a password may hold raw spaces, tabs, ``@``, ``:``, ``/``, ``%`` or any letter), and the
password is everything in the userinfo after its first ``:``. When the ``@`` that ends the
userinfo cannot be told (more than one), everything up to the last ``@`` is masked, username
too; ``user:password@host`` with its scheme forgotten is masked the same way. Query and ``;``
parameters whose key names a secret (``password``, ``pwd``, ``token``,
``api_key``…) are masked, and so is a parameter whose value holds such a key (an ODBC connection
string); such a value runs to the next ``?``, ``&`` or ``;`` or the end of the line, since a
password may hold spaces. Masking may hide more than the password; it never shows less of it.
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus, unquote_plus

__all__ = ["MASK", "mask_shape", "mask_text", "mask_url", "secret_key"]

MASK = "***"
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")
_SECRET_WORDS = ("password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "api-key")
_SECRET_KEYS = frozenset({"key", "auth", "sig", "signature", "pass", "pw", "credential"})
_SEPARATORS = "?&;"
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def mask_url(url: str) -> str:
    """The URL with any password (userinfo or parameter) replaced by ``***``.

    Text holding URLs (a driver's error message) is masked URL by URL; each URL runs to the
    next URL or the end of its line.

    >>> mask_url("postgresql+psycopg://lis:s3cret@db.local:5432/lis")
    'postgresql+psycopg://lis:***@db.local:5432/lis'
    >>> mask_url("postgresql://lis:p@ss w/rd@db.local/lis")
    'postgresql://***@db.local/lis'
    """
    return "".join(_mask_line(line) for line in url.splitlines(keepends=True))


def mask_text(text: str, secrets: list[str] | tuple[str, ...]) -> str:
    """``text`` with every non-empty secret replaced by ``***`` (for driver error messages).

    Each secret is also looked for as a URL would carry it (percent-encoded).
    """
    variants = {v for s in secrets if s for v in (s, quote(s, safe=""), quote_plus(s))}
    for secret in sorted(variants, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return mask_url(text)


def mask_shape(value: str) -> str:
    """The shape of a value without the value: letters become ``A``, digits ``9``.

    >>> mask_shape("Zoë-42/b")
    'AAA-99/A'
    """
    return _DIGIT.sub("9", _LETTER.sub("A", value))


def secret_key(key: str) -> bool:
    """Whether a parameter named ``key`` holds a secret (``Password``, ``api_key``, ``sig``…)."""
    name = unquote_plus(key).strip().lower()
    return name in _SECRET_KEYS or any(word in name for word in _SECRET_WORDS)


def _mask_line(line: str) -> str:
    starts = _url_starts(line)
    if not starts:
        return _mask_parameters(_mask_bare_userinfo(line))
    pieces = [_mask_parameters(line[: starts[0][0]])]
    for n, (start, after) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(line)
        pieces.append(line[start:after] + _mask_after_scheme(line[after:end]))
    return "".join(pieces)


def _mask_bare_userinfo(line: str) -> str:
    """``user:password@host`` written without a scheme: the password masked all the same."""
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    last = line.rfind("@")
    colon = line.find(":")
    if ":" not in first or last < colon or MASK in line[colon:last]:
        return line
    return f"{line[: colon + 1]}{MASK}{line[last:]}"


def _url_starts(line: str) -> list[tuple[int, int]]:
    """Each URL in ``line``: where its scheme starts and where its ``//`` ends."""
    starts = []
    at = line.find("://")
    while at > 0:
        start = at
        while start > 0 and line[start - 1] in _SCHEME_CHARS:
            start -= 1
        if start < at and (not starts or start >= starts[-1][1]):
            starts.append((start, at + 3))
        at = line.find("://", at + 3)
    return starts


def _mask_after_scheme(rest: str) -> str:
    """What follows ``scheme://``, its password masked."""
    if rest.startswith("/"):  # no authority (sqlite:///path): no userinfo
        return _mask_parameters(rest)
    last = rest.rfind("@")
    if last < 0:
        return _mask_parameters(rest)
    userinfo, host_on = rest[:last], rest[last + 1 :]
    user, colon, password = userinfo.partition(":")
    if not colon:
        shown = userinfo  # a username alone holds no password
    elif "@" in userinfo:
        shown = MASK  # which @ ends the userinfo cannot be told: hide all of it
    else:
        shown = f"{user}:{MASK if password else ''}"
    return f"{shown}@{_mask_parameters(host_on)}"


def _mask_parameters(text: str) -> str:
    """``text`` with the value of every ``key=value`` parameter that holds a secret masked."""
    pieces = re.split(f"([{re.escape(_SEPARATORS)}])", text)
    for i, piece in enumerate(pieces):
        key, equals, value = piece.partition("=")
        if not equals or not value or _already_masked(value):
            continue
        if secret_key(key.split()[-1] if key.split() else key) or _holds_secret(value):
            pieces[i] = f"{key}={MASK}"
    return "".join(pieces)


def _already_masked(value: str) -> bool:
    # What follows a mask (the rest of a message that quotes a masked URL) is no secret.
    return value == MASK or value.startswith((MASK + " ", MASK + "\t", MASK + ")"))


def _holds_secret(value: str) -> bool:
    """Whether a parameter's value is itself a connection string carrying a secret."""
    decoded = unquote_plus(value)
    for part in re.split(f"[{re.escape(_SEPARATORS)}]", decoded):
        key, equals, rest = part.partition("=")
        if equals and rest and secret_key(key):
            return True
    return False

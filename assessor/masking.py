"""Masking: what may be shown of a secret or a value. Used wherever text leaves the scan."""

from __future__ import annotations

import re

_URL_PASSWORD = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/@\s]*:)(?P<pw>[^@\s]+)(?=@)")
_QUERY_SECRET = re.compile(
    r"(?i)(?P<key>(?:\w*(?:password|passwd|pwd|secret|token|api_?key)"
    r"|(?<=[?&;])(?:key|auth|sig|signature))=)[^&\s]*"
)
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def mask_url(url: str) -> str:
    """The URL with any password (userinfo or query parameter) replaced by ``***``.

    >>> mask_url("postgresql+psycopg://lis:s3cret@db.local:5432/lis")
    'postgresql+psycopg://lis:***@db.local:5432/lis'
    """
    masked = _URL_PASSWORD.sub(lambda m: m.group("head") + "***", url)
    return _QUERY_SECRET.sub(lambda m: m.group("key") + "***", masked)


def mask_text(text: str, secrets: list[str] | tuple[str, ...]) -> str:
    """``text`` with every non-empty secret replaced by ``***`` (for driver error messages)."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, "***")
    return mask_url(text)


def mask_shape(value: str) -> str:
    """The shape of a value without the value: letters become ``A``, digits ``9``.

    >>> mask_shape("Zoë-42/b")
    'AAA-99/A'
    """
    return _DIGIT.sub("9", _LETTER.sub("A", value))

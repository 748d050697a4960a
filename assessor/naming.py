"""Stable identifiers for systems, stores and flows, derived from the names they are seen under."""

from __future__ import annotations

import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """A lowercase id of letters, digits and '-': ``"Meditrak PAS v5"`` -> ``"meditrak-pas-v5"``.

    >>> slugify("  LAB_SYS^01 ")
    'lab-sys-01'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_name.lower()).strip("-") or "unnamed"


def alias_key(name: str) -> str:
    """The form aliases are compared in: case, spaces and punctuation do not matter.

    >>> alias_key("PAS-Prod") == alias_key("pas prod") == alias_key("PAS_PROD")
    True
    """
    return slugify(name).replace("-", "")


def flow_id(source: str, target: str, transport: str, channel: str | None = None) -> str:
    """The id of a flow between two systems; a channel name tells parallel flows apart."""
    base = f"{source}->{target}:{transport}"
    return f"{base}:{slugify(channel)}" if channel else base

"""Stable identifiers for systems, stores and flows, derived from the names they are seen under.

Ids are ASCII slugs so that they are safe in file names, HTML anchors and CSV cells. A name with
no ASCII letters or digits (``東京病院``, ``Лаборатория``) gets an id from a digest of its own
letters, so that names in other scripts stay distinct instead of collapsing into one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
NO_NAME = "unnamed"


def _letters(name: str) -> str:
    """The name's letters and digits in any script, case-folded."""
    return "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if c.isalnum())


def slugify(name: str) -> str:
    """A lowercase id of letters, digits and '-': ``"Meditrak PAS v5"`` -> ``"meditrak-pas-v5"``.

    >>> slugify("  LAB_SYS^01 ")
    'lab-sys-01'
    >>> slugify("東京病院") != slugify("大阪病院")
    True
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_name.lower()).strip("-")
    if slug:
        return slug
    letters = _letters(name)
    if not letters:
        return NO_NAME
    return "u-" + hashlib.sha256(letters.encode()).hexdigest()[:10]


def alias_key(name: str) -> str | None:
    """The form aliases are compared in (case, spaces and punctuation do not matter), or None
    for a name with no letters or digits at all, which matches nothing.

    >>> alias_key("PAS-Prod") == alias_key("pas prod") == alias_key("PAS_PROD")
    True
    >>> alias_key("東京病院") == alias_key("大阪病院"), alias_key("--")
    (False, None)
    """
    slug = slugify(name)
    return None if slug == NO_NAME and not _letters(name) else slug.replace("-", "")


def flow_id(source: str, target: str, transport: str, channel: str | None = None) -> str:
    """The id of a flow between two systems; a channel name tells parallel flows apart."""
    base = f"{source}->{target}:{transport}"
    return f"{base}:{slugify(channel)}" if channel else base


def url_hosts(url: str) -> list[str]:
    """The names a URL's server goes by: ``[host, host:port]``, the host alone when the URL
    names no port, none when it names no host. A ``jdbc:`` prefix is read through.

    >>> url_hosts("https://fhir.example.org:8443/r4")
    ['fhir.example.org', 'fhir.example.org:8443']
    """
    try:
        parts = urlsplit(url.removeprefix("jdbc:"))
        host, port = parts.hostname, parts.port
    except ValueError:
        return []
    if not host:
        return []
    return [host, f"{host}:{port}"] if port else [host]

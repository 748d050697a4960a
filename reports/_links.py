"""In-page links whose target a report left out become plain text.

A report without its appendix still names components in its summary, matrix and roadmap; the
drill-downs those names link to are not in that copy. Rather than teach every template which
sections a copy holds, the rendered page is read once for the ids it has, and a link to any
other id keeps its text and loses its ``href``.
"""

from __future__ import annotations

import re

_ID = re.compile(r'\sid="([^"]+)"')
# Our templates never nest links, so the shortest match is the whole link.
_LINK = re.compile(r'<a href="#([^"]+)"([^>]*)>(.*?)</a>', re.S)


def unlink_missing(html: str) -> str:
    """``html`` with every ``<a href="#x">`` whose ``x`` is no id on the page unwrapped.

    The link's text stays; its other attributes (a hover title) move to a ``<span>``.
    """
    ids = set(_ID.findall(html))

    def keep_or_unwrap(link: re.Match[str]) -> str:
        target, attributes, text = link.groups()
        if target in ids:
            return link.group(0)
        # A bare text stays bare: a link inside an SVG <text> may not become an HTML <span>.
        return f"<span{attributes}>{text}</span>" if attributes.strip() else text

    return _LINK.sub(keep_or_unwrap, html)

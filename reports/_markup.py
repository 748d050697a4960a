"""Rule docstrings rendered from their reStructuredText-ish markup into safe HTML.

A rule's docstring is what ``assessor rules`` prints and the report's rule catalog shows. It uses
a small part of reStructuredText: paragraphs separated by blank lines, ``double backticks`` for
literal text and ``- `` bullet lines. Everything is escaped first and only then are the tags this
module writes added, so a docstring (or anything else passed in) cannot inject markup.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_LITERAL = re.compile(r"``(.+?)``", re.S)
_BULLET = re.compile(r"^\s*[-*]\s+")
_LABEL = re.compile(r"^([A-Z][A-Za-z ]{2,40}):(?=\s)")  # "Why it matters for AI:", "Best practice:"


def _inline(text: str) -> str:
    """One paragraph's text: escaped, lines joined, literals as ``<code>``."""
    joined = " ".join(line.strip() for line in text.splitlines() if line.strip())
    parts = _LITERAL.split(joined)  # odd indexes are the literals
    html = "".join(
        f"<code>{escape(part)}</code>" if i % 2 else str(escape(part))
        for i, part in enumerate(parts)
    )
    return _LABEL.sub(r"<b>\1:</b>", html, count=1)


def _block(block: str) -> str:
    lines = block.splitlines()
    if lines and all(_BULLET.match(line) for line in lines):
        items = "".join(f"<li>{_inline(_BULLET.sub('', line))}</li>" for line in lines)
        return f"<ul>{items}</ul>"
    return f"<p>{_inline(block)}</p>"


def rst_to_html(doc: str) -> Markup:
    """``doc`` as HTML paragraphs and lists with ``<code>`` literals, every character escaped."""
    blocks = [b for b in re.split(r"\n\s*\n", doc.strip()) if b.strip()]
    return Markup("".join(_block(b) for b in blocks))

"""Text that fits a box in an SVG drawing, measured without a browser.

SVG text does not wrap, and the report cannot ask the reader's browser how wide a word is, so a
label is measured here with a per-character width that errs wide for sans-serif fonts (capitals
and ``m``/``w`` are the widest, ``i``/``l``/punctuation the narrowest), then wrapped at word
boundaries into at most a few lines and ellipsized on the last. A label measured this way may leave
a little room in its box but never runs out of it.
"""

from __future__ import annotations

# Widths in em for a bold sans-serif, rounded up; regular weight is narrower, so they bound it too.
_NARROW = frozenset("iIjl.,:;'!|()[] ")
_WIDE = frozenset("mwMW@%&")
_NARROW_EM, _LOWER_EM, _UPPER_EM, _WIDE_EM = 0.34, 0.62, 0.76, 0.98
ELLIPSIS = "…"


def char_em(ch: str) -> float:
    """The width of ``ch`` in em, rounded up for any common sans-serif font."""
    if ch in _NARROW:
        return _NARROW_EM
    if ch in _WIDE:
        return _WIDE_EM
    if ch.isupper() or ch.isdigit() or not ch.isascii():
        return _UPPER_EM
    return _LOWER_EM


def text_width(text: str, font_px: float) -> float:
    """A width in pixels that ``text`` set at ``font_px`` does not exceed."""
    return sum(char_em(c) for c in text) * font_px


def ellipsize(text: str, width: float, font_px: float) -> str:
    """``text`` cut to fit ``width`` pixels, ending in an ellipsis when cut."""
    if text_width(text, font_px) <= width:
        return text
    room = width - text_width(ELLIPSIS, font_px)
    used, cut = 0.0, 0
    for i, ch in enumerate(text):
        used += char_em(ch) * font_px
        if used > room:
            break
        cut = i + 1
    return text[:cut].rstrip() + ELLIPSIS


def wrap(text: str, width: float, font_px: float, max_lines: int = 2) -> tuple[str, ...]:
    """``text`` in at most ``max_lines`` lines of at most ``width`` pixels each.

    Lines break between words; a word longer than a line is cut, and whatever does not fit the
    last line is replaced by an ellipsis, so no line is ever wider than ``width``.
    """
    words = text.split()
    if not words:
        return ("",)
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font_px) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return tuple(ellipsize(line, width, font_px) for line in lines)

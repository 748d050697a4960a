"""Delimiters, escape sequences and character sets of one HL7 v2 message.

Every message declares its own delimiters in MSH-1 (field separator) and MSH-2 (component,
repetition, escape, subcomponent and, from v2.7, truncation characters); nothing here assumes
``|^~\\&``. The character set comes from MSH-18, with a latin-1 fallback that counts the bytes
the declared (or guessed) charset could not decode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "DelimiterError",
    "Delimiters",
    "codec_for",
    "decode",
    "escape_kinds",
    "parse_delimiters",
    "unescape",
]

_ALNUM = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_SPACE = frozenset(b" \t\r\n\x0b\x0c\x1c")
_STANDARD = frozenset(b"^~\\&")


class DelimiterError(ValueError):
    """MSH-1/MSH-2 declare delimiters nobody can tokenize with (the message says why)."""


@dataclass(frozen=True)
class Delimiters:
    """The encoding characters one message declares; a missing one is ``None``."""

    field: str = "|"
    component: str | None = "^"
    repetition: str | None = "~"
    escape: str | None = "\\"
    subcomponent: str | None = "&"
    sent: str = ""  # MSH-1 and MSH-2 exactly as the message declares them, when it differs

    @property
    def declared(self) -> str:
        """MSH-1 followed by MSH-2, as sent: the key of ``FeedProfile.encoding_characters``."""
        if self.sent:
            return self.sent
        chars = (self.component, self.repetition, self.escape, self.subcomponent)
        return self.field + "".join(c for c in chars if c)


def parse_delimiters(message: bytes) -> tuple[Delimiters, str | None]:
    """The delimiters of a message starting with ``MSH`` (or FHS/BHS), and any oddity in them.

    Tolerated, and named by the oddity for the profile to count: a repeated encoding character
    (``^~\\\\&``, a backslash doubled by a source-code literal; ``&&&&``) and fewer than four
    encoding characters. A declaration that repeats a character cannot be what the message is
    written in: when every character it names is a standard one, the message is read with the
    standard set (its ``^`` still splits components), else with its distinct characters. Either
    way :attr:`Delimiters.declared` is what was sent. Raises :class:`DelimiterError` when nobody
    could tokenize the message: a field separator that is missing, a letter, a digit or white
    space, or encoding characters that are letters, digits or the field separator itself.
    """
    if len(message) < 4:
        raise DelimiterError("the MSH segment ends before its field separator (MSH-1)")
    fs = message[3]
    if fs in _ALNUM or fs in _SPACE or fs >= 0x80:
        raise DelimiterError("MSH-1 (field separator) is a letter, digit, space or non-ASCII byte")
    end = message.find(bytes((fs,)), 4)
    cut = message.find(b"\r", 4)
    if end < 0 or (0 <= cut < end):
        end = cut if cut >= 0 else len(message)
    msh2 = message[4:end]
    if not msh2:
        raise DelimiterError("MSH-2 (encoding characters) is empty")
    if len(msh2) > 6 or any(c in _ALNUM or c in _SPACE or c >= 0x80 for c in msh2):
        raise DelimiterError("MSH-2 (encoding characters) holds letters, digits or spaces")
    unique = bytes(dict.fromkeys(msh2))
    oddity = None
    if len(unique) != len(msh2):
        oddity = "encoding-characters-repeated"
        if set(unique) <= _STANDARD:
            unique = b"^~\\&"
    elif len(msh2) < 4:
        oddity = "encoding-characters-missing"
    got = [chr(c) for c in unique[:4]] + [None] * (4 - min(len(unique), 4))
    found = Delimiters(chr(fs), got[0], got[1], got[2], got[3])
    sent = chr(fs) + msh2.decode("ascii")
    if sent != found.declared:  # repeats, or a truncation character: keep the declaration
        found = Delimiters(chr(fs), got[0], got[1], got[2], got[3], sent)
    return found, oddity


_ESCAPE_NAMES = {"F", "S", "T", "R", "E", "H", "N", ".br", "P"}


def _escape_pattern(esc: str) -> re.Pattern[str]:
    e = re.escape(esc)
    return re.compile(e + r"([^" + e + r"\r]{1,64})" + e)


def escape_kinds(text: str, delimiters: Delimiters) -> list[str]:
    """The escape sequences in ``text`` by kind (``\\F\\``, ``\\X\\``, ``\\Z\\``...), no values."""
    if not delimiters.escape or delimiters.escape not in text:
        return []
    esc = delimiters.escape
    kinds = []
    for body in _escape_pattern(esc).findall(text):
        head = body if body in _ESCAPE_NAMES else body[:1]
        kinds.append(f"\\{head}\\" if head in _ESCAPE_NAMES or head in "XCMZ" else "\\?\\")
    return kinds


def unescape(value: str, delimiters: Delimiters) -> str:
    """``value`` with HL7 escape sequences replaced by what they stand for.

    ``\\F\\ \\S\\ \\T\\ \\R\\ \\E\\`` become the delimiters, ``\\Xhh..\\`` the bytes it spells
    (as latin-1), ``\\.br\\`` a line break; highlighting and charset switches are dropped.

    >>> unescape("A\\\\T\\\\B", Delimiters())
    'A&B'
    """
    esc = delimiters.escape
    if not esc or esc not in value:
        return value
    table = {
        "F": delimiters.field,
        "S": delimiters.component or "",
        "T": delimiters.subcomponent or "",
        "R": delimiters.repetition or "",
        "E": esc,
        ".br": "\n",
    }

    def replace(match: re.Match[str]) -> str:
        body = match.group(1)
        if body in table:
            return table[body]
        if body[:1] == "X":
            try:
                return bytes.fromhex(body[1:]).decode("latin-1")
            except ValueError:
                return ""
        return ""

    return _escape_pattern(esc).sub(replace, value)


_CHARSETS = {
    "": None,
    "ASCII": "ascii",
    "US-ASCII": "ascii",
    "ISO IR6": "ascii",
    "8859/1": "latin-1",
    "ISO-8859-1": "latin-1",
    "ISO 8859-1": "latin-1",
    "ISO IR100": "latin-1",
    "8859/2": "iso8859-2",
    "ISO IR101": "iso8859-2",
    "8859/5": "iso8859-5",
    "8859/7": "iso8859-7",
    "8859/9": "iso8859-9",
    "8859/15": "iso8859-15",
    "UNICODE": "utf-8",
    "UNICODE UTF-8": "utf-8",
    "UTF-8": "utf-8",
    "UTF8": "utf-8",
    "ISO IR192": "utf-8",
    "WINDOWS-1252": "cp1252",
    "CP1252": "cp1252",
    "BIG-5": "big5",
    "GB 18030-2000": "gb18030",
    "KS X 1001": "euc-kr",
    "ISO IR87": "iso2022_jp",
    "ISO IR159": "iso2022_jp_2",
}


def codec_for(msh18: str) -> str | None:
    """The Python codec for an MSH-18 value (first repetition), None when unknown or empty."""
    name = msh18.strip().upper()
    return _CHARSETS.get(name)


_SURROGATE = re.compile("[\udc80-\udcff]")


def decode(data: bytes, codec: str | None) -> tuple[str, int, str]:
    """``(text, undecodable byte count, codec used)`` for one message's bytes.

    ASCII decodes as itself. Otherwise the declared codec is tried, then UTF-8; bytes neither
    can decode are counted, and the message is read as latin-1 (which never fails).
    """
    if data.isascii():
        return data.decode("ascii"), 0, "ascii"
    best: tuple[int, str] | None = None
    for candidate in dict.fromkeys(c for c in (codec, "utf-8") if c and c != "ascii"):
        text = data.decode(candidate, errors="surrogateescape")
        bad = len(_SURROGATE.findall(text))
        if not bad:
            return text, 0, candidate
        if best is None:
            best = (bad, candidate)
    if codec == "ascii":
        bad = sum(1 for b in data if b >= 0x80)
        return data.decode("latin-1"), bad, "latin-1"
    undecodable = best[0] if best else 0
    return data.decode("latin-1"), undecodable, "latin-1"

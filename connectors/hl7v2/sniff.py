"""A fast look at the first bytes of a file: is it HL7 v2?"""

from __future__ import annotations

import re

__all__ = ["HL7V2_LINE", "looks_like_hl7v2", "mentions_hl7v2"]

# After an optional BOM, white space, MLLP start block or textual marker ("[SOM]"), an HL7 v2
# file starts with a message header (MSH) or a batch header (FHS/BHS), then a field separator
# that is not a letter, digit or white space, then MSH-2's encoding characters.
_HEAD = re.compile(
    rb"\A(?:\xef\xbb\xbf)?[\s\x0b]*(?:\[[A-Za-z]{1,6}\])?(?:MSH|FHS|BHS)"
    rb"([^A-Za-z0-9\s])[^A-Za-z0-9\s]{1,5}(?:\1|\r|\n|\Z)"
)
_ANYWHERE = re.compile(rb"(?:\A|[\r\n\x0b])(?:MSH|FHS|BHS)([^A-Za-z0-9\s])[^A-Za-z0-9\s]{1,5}\1")
HL7V2_LINE = re.compile(
    rb"(?:\A|[\r\n\x0b])(?:\xef\xbb\xbf|\[[A-Za-z]{1,6}\]|[ \t])*(?:MSH|FHS|BHS)[^A-Za-z0-9\s]"
)
"""A line that starts a message or batch header, however broken the rest of it is."""


def looks_like_hl7v2(head: bytes) -> bool:
    """True when ``head`` (the first 4 KB of a file) starts like HL7 v2 messages.

    A file that opens with a short comment or junk line is still recognised when a segment
    line starting ``MSH|^~\\&|`` follows within the head.

    >>> looks_like_hl7v2(b"\\x0bMSH|^~\\\\&|LAB|H|EHR|H|20240101||ORU^R01|1|P|2.5\\r")
    True
    >>> looks_like_hl7v2(b"<?xml version='1.0'?><channel/>")
    False
    """
    head = head[:4096]
    if head[:2] == b"\x1f\x8b":
        return False  # compressed: the caller looks inside
    return bool(_HEAD.match(head) or _ANYWHERE.search(head))


def mentions_hl7v2(data: bytes) -> bool:
    """True when a line of ``data`` starts like a message or batch header (``MSH|``, ``BHS|``).

    Looser than :func:`looks_like_hl7v2`: the encoding characters may be missing or wrong. Such a
    file is read as HL7 so that its broken messages are counted as errors, not skipped unseen.

    >>> mentions_hl7v2(b"MSH|\\rPID|1\\r")
    True
    >>> mentions_hl7v2(b"The MSH segment opens a message.\\n")
    False
    """
    return bool(HL7V2_LINE.search(data))

"""What an interface's log keeps of each call: the messages sent and received, whole.

A log of calls to an insurer's or a registry's web service keeps each request and response
body, and those carry the patient they were about, as a stored HL7 message does, whatever
the log's own columns say. A log's other columns (its url, its times, its status) are the
log's.
"""

from __future__ import annotations

from assessor.model import TableProfile

from .coltypes import family, is_large_text
from .tokens import tokens

__all__ = ["exchanged_bodies"]

# What an interface log keeps of each exchange, named by itself (``request``, ``response_body``).
EXCHANGE_WORDS = frozenset({"request", "response", "reply"})
BODY_WORDS = frozenset({"body", "data", "payload", "content", "message", "msg"})
LOG_WORDS = frozenset({"log", "logs", "journal", "trail"})


def exchanged_bodies(table: TableProfile) -> tuple[str, ...]:
    """The columns in which a log of an interface's calls keeps what was sent and received
    (an insurer's API log, a web service's): the messages carry the patient they were about,
    as a stored HL7 message does. Only whole bodies in a table named as a log.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> exchanged_bodies(T("api_log", columns=(C("request", "TEXT"), C("url", "VARCHAR(255)"))))
    ('request',)
    """
    if not set(tokens(table.name)) & LOG_WORDS:
        return ()
    found = []
    for column in table.columns:
        seq = tokens(column.name)
        whole = family(column.type) == "binary" or is_large_text(column.type)
        if whole and seq and seq[0] in EXCHANGE_WORDS and set(seq[1:]) <= BODY_WORDS:
            found.append(column.name)
    return tuple(found)

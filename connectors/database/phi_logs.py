"""What logs and message stores keep whole: the messages sent and received, the statements run.

A log of calls to an insurer's or a registry's web service keeps each request and response
body, and those carry the patient they were about, as a stored HL7 message does, whatever
the log's own columns say; so do an interface engine's message store and an audit log's
record of the statements it ran. A log's other columns (its url, its times, its status) are
the log's.
"""

from __future__ import annotations

from functools import cache

from assessor.model import TableProfile

from .coltypes import family, is_large_text
from .tokens import tokens

__all__ = ["exchanged_bodies", "recorded_statements", "stored_messages"]

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


# What names a message, and the content kept for one (``content``, ``body``, ``payload``).
MESSAGE_WORDS = frozenset({"message", "msg"})
MESSAGE_CONTENT_WORDS = frozenset({"content", "body", "payload", "data"})


def stored_messages(table: TableProfile) -> tuple[str, ...]:
    """The columns in which a message store keeps each message's content, its rows keyed by
    the message's id (an interface engine's: Mirth's ``d_mc1.content`` and ``d_ma1.content``,
    the raw, transformed and sent forms of an HL7 message and its attachments): a message about
    a patient carries the patient, whole.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> stored_messages(T("d_mc1", columns=(C("message_id", "BIGINT"), C("content", "TEXT"))))
    ('content',)
    """
    if not any(_names_a_message_key(column.name) for column in table.columns):
        return ()
    return tuple(
        column.name
        for column in table.columns
        if tokens(column.name) in {(word,) for word in MESSAGE_CONTENT_WORDS}
        and (family(column.type) == "binary" or is_large_text(column.type))
    )


@cache
def _names_a_message_key(name: str) -> bool:
    """Cached: asked of every column of every table."""
    seq = tokens(name)
    return len(seq) == 2 and seq[0] in MESSAGE_WORDS and seq[1] == "id"


# What an audit log calls the statements it ran or the data values they wrote.
STATEMENT_WORDS = frozenset({"sql", "query", "statement", "statements"})


def recorded_statements(table: TableProfile) -> tuple[str, ...]:
    """The long texts in which an audit log records the statements run or the data values
    written (REDCap's ``sql_log`` and ``data_values``, NOSH's ``audit.query``): they copy the
    data, a patient's identifiers included. A saved report's or a filter's query is no log's.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> recorded_statements(T("log_event", columns=(C("sql_log", "TEXT"), C("ip", "TEXT"))))
    ('sql_log',)
    """
    return tuple(
        column.name
        for column in table.columns
        if is_large_text(column.type)
        and (
            not STATEMENT_WORDS.isdisjoint(seq := tokens(column.name))
            or seq in (("data", "values"), ("data", "value"))
        )
    )

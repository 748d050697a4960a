"""Families of column types across dialects, read from the type name the inspector reported."""

from __future__ import annotations

import re
from functools import cache

__all__ = ["family", "has_time_zone", "is_flag", "is_large_text", "is_timestamp"]

_LENGTH = re.compile(r"\((\d+)")


@cache
def is_array(type_name: str) -> bool:
    """An array of values (PostgreSQL's ``text[]``, ``varchar(100)[]``, SQL's ``ARRAY``).

    >>> is_array("text[]"), is_array("VARCHAR(100)[]"), is_array("TEXT")
    (True, True, False)
    """
    t = type_name.strip().upper()
    return t.endswith("]") or t.startswith("ARRAY") or t.endswith(" ARRAY")


@cache
def family(type_name: str) -> str:
    """``date``, ``datetime``, ``time``, ``year``, ``string``, ``integer``, ``numeric``,
    ``boolean``, ``binary`` or ``other``.

    >>> family("TIMESTAMP WITHOUT TIME ZONE"), family("VARCHAR(12)"), family("BIGINT")
    ('datetime', 'string', 'integer')
    """
    t = type_name.upper()
    if t == "ROWVERSION":
        return "binary"  # SQL Server's row version: eight bytes, no time (reflection.type_name)
    if t.startswith("YEAR"):
        return "year"
    if t.startswith(("TSRANGE", "TSTZRANGE", "TSMULTIRANGE", "TSTZMULTIRANGE")):
        return "datetime"  # PostgreSQL's range of times: a row version's validity (sys_period)
    if t.startswith(("DATERANGE", "DATEMULTIRANGE")):
        return "date"
    if "TIMESTAMP" in t or "DATETIME" in t or "SMALLDATETIME" in t:
        return "datetime"
    if t.startswith("DATE"):
        return "date"
    if t.startswith("TIME") or t.startswith("INTERVAL"):
        return "time" if t.startswith("TIME") else "other"
    if t.startswith(("BOOL", "BIT")):
        return "boolean"
    if any(word in t for word in ("CHAR", "TEXT", "CLOB", "STRING", "ENUM", "CITEXT")):
        return "string"
    if "INT" in t or "SERIAL" in t:
        return "integer"
    if any(word in t for word in ("NUMERIC", "DECIMAL", "NUMBER", "FLOAT", "REAL", "DOUBLE")):
        return "numeric"
    if "MONEY" in t:
        return "numeric"
    if any(word in t for word in ("BLOB", "BYTEA", "BINARY", "IMAGE", "RAW")):
        return "binary"
    return "other"


def is_flag(type_name: str) -> bool:
    """A yes or no: BOOLEAN, BIT, or MySQL's BOOL, which is TINYINT(1)."""
    return family(type_name) == "boolean" or type_name.upper().replace(" ", "").startswith(
        "TINYINT(1)"
    )


def declared_length(type_name: str) -> int | None:
    """The length or precision a type is declared with, the first number in its brackets:
    ``VARCHAR(12)`` 12, Oracle's ``VARCHAR2(7)`` 7 (not the 2 of its name), ``TEXT`` None.

    >>> declared_length("VARCHAR2(7)"), declared_length("DECIMAL(10,2)"), declared_length("INT2")
    (7, 10, None)
    """
    match = _LENGTH.search(type_name)
    return int(match.group(1)) if match else None


def is_fixed_width(type_name: str) -> bool:
    """A string of one declared width: ``CHAR(32)``, ``NCHAR``, ``CHARACTER(32)``, PostgreSQL's
    ``bpchar``; not a ``CHARACTER VARYING`` nor a ``VARCHAR``.

    >>> is_fixed_width("CHAR(32)"), is_fixed_width("character varying(32)")
    (True, False)
    """
    t = type_name.strip().upper()
    return t.startswith(("CHAR", "NCHAR", "BPCHAR")) and "VARYING" not in t


@cache
def is_large_text(type_name: str) -> bool:
    """A type meant for free text: TEXT, CLOB and their kin, or a VARCHAR of 1,000 or more.

    A TEXT given a length is as long as its length says: MySQL makes ``TEXT(2)`` a TINYTEXT, and
    SQLite reads a ``character varying(2)`` as ``TEXT(2)``.
    """
    t = type_name.upper()
    match = _LENGTH.search(t)
    if any(word in t for word in ("TEXT", "CLOB")) and "TINYTEXT" not in t and match is None:
        return True
    return family(t) == "string" and match is not None and int(match.group(1)) >= 1000


def is_timestamp(type_name: str) -> bool:
    """A date with a time of day (not a bare DATE, not a bare TIME)."""
    return family(type_name) == "datetime"


def has_time_zone(type_name: str, dialect: str) -> bool:
    """Whether a timestamp type records its offset (or, in MySQL/MariaDB, is stored in UTC)."""
    t = type_name.upper()
    if "WITH TIME ZONE" in t and "WITHOUT" not in t:
        return True
    if "TIMESTAMPTZ" in t or "DATETIMEOFFSET" in t or "LOCAL TIME ZONE" in t:
        return True
    return dialect in ("mysql", "mariadb") and t.startswith("TIMESTAMP")

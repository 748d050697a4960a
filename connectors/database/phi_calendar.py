"""A key into a calendar: a warehouse's date dimension, whose rows are the days.

Star schemas keep no date on a fact row: they keep a key to a row of a date dimension, one row
per day (Kimball's ``dim_date``, Epic Caboodle's ``DateDim``, e-SUS's ``tb_dim_tempo``, whose
keys are often the day written as ``YYYYMMDD``). On a patient's fact row that key is the date of
the visit, the test or the birth: Safe Harbor's date, whatever the key's name and type. The
dimension is known by structure, not by its name alone: a table named as a dimension or a
calendar whose columns keep a day, a month and a year apart, one bare word each (a patient's
``birth_day``, ``birth_month`` and ``birth_year`` keep one date in parts, not days as rows).
Every row of every table shares its days: it links no row to a patient (see
:func:`.context.linkage`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assessor.model import ForeignKey, TableProfile

from .coltypes import family
from .tokens import singular, tokens

__all__ = ["CALENDAR_KEY_REASON", "calendar_keys", "calendars"]

CALENDAR_KEY_REASON = "structure:calendar-day-key"
# The words of a day, a month and a year in the languages of the schemas read (English,
# Portuguese and Spanish, French, German, Dutch, Indonesian).
DAY_WORDS = frozenset({"day", "dia", "jour", "tag", "dag", "hari"})
MONTH_WORDS = frozenset({"month", "mes", "mois", "monat", "maand", "bulan"})
YEAR_WORDS = frozenset({"year", "ano", "anio", "annee", "jahr", "jaar", "tahun"})
# What a calendar's table is named for: a dimension, a calendar, a date or a time.
CALENDAR_NAME_WORDS = frozenset(
    {"dim", "dimension", "calendar", "date", "tempo", "fecha", "datum", "tanggal"}
)
# Words a part's name may carry beside its one word: its number, its name (nu_mes, MonthName).
PART_QUALIFIERS = frozenset({"nu", "no", "nr", "num", "number", "of", "name", "ds", "nm"})


PARTS = (DAY_WORDS, MONTH_WORDS, YEAR_WORDS)


def _part(name: str) -> frozenset[str] | None:
    """The part of a day a column keeps, by its first day, month or year word, when its name
    has no other words than those and :data:`PART_QUALIFIERS` (``nu_mes``, ``DayOfMonth``;
    not ``DayOfWeek`` or ``birth_day``)."""
    words = [singular(word) for word in tokens(name)]
    if set(words) - DAY_WORDS - MONTH_WORDS - YEAR_WORDS - PART_QUALIFIERS:
        return None
    return next((part for word in words for part in PARTS if word in part), None)


def _is_calendar(table: TableProfile) -> bool:
    if len(table.primary_key) != 1 or table.foreign_keys:
        return False  # a dimension's rows refer to nothing: a row of dates that does is someone's
    if not {singular(word) for word in tokens(table.name)} & CALENDAR_NAME_WORDS:
        return False
    parts = {_part(column.name) for column in table.columns}
    return set(PARTS) <= parts


def calendars(tables: Iterable[TableProfile]) -> dict[tuple[str | None, str], str]:
    """(schema, name) of each date dimension among the tables, with its key's name.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> day = T("dim_date", columns=(C("date_key", "INT"), C("day", "INT"), C("month", "INT"),
    ...     C("year", "INT")), primary_key=("date_key",))
    >>> calendars([day])
    {(None, 'dim_date'): 'date_key'}
    """
    return {
        (table.schema, table.name): table.primary_key[0] for table in tables if _is_calendar(table)
    }


# A table name's first words that say only that it is a table (``tb_dim_tempo``).
TABLE_PREFIXES = frozenset({"tb", "tbl", "t", "table"})


def _named_for(column: str, table: str, key: str) -> bool:
    """Whether a column's name is the calendar's key qualified (Caboodle's
    ``AdmissionDateKey`` for ``DateDim.DateKey``) or holds the calendar's name (e-SUS's
    ``co_dim_tempo_has`` for ``tb_dim_tempo``): a key to the day, declared or not."""
    words = tokens(column)
    keyed = tokens(key)
    named = tokens(table)
    while named and named[0] in TABLE_PREFIXES:
        named = named[1:]
    if len(words) > len(keyed) and words[-len(keyed) :] == keyed:
        return True
    return len(named) >= 2 and any(
        words[start : start + len(named)] == named for start in range(len(words))
    )


def calendar_keys(
    table: TableProfile,
    implied: tuple[ForeignKey, ...],
    days: Mapping[tuple[str | None, str], str],
) -> tuple[str, ...]:
    """The table's columns that hold a key to a date dimension's day: declared, implied, or a
    whole number named for the dimension or its key."""
    if not days or (table.schema, table.name) in days:  # most databases keep dates as dates
        return ()
    found = {
        fk.columns[0]
        for fk in (*table.foreign_keys, *implied)
        if len(fk.columns) == 1 and (fk.referred_schema or table.schema, fk.referred_table) in days
    }
    for column in table.columns:
        if family(column.type) == "integer" and any(
            _named_for(column.name, name, key) for (_schema, name), key in days.items()
        ):
            found.add(column.name)
    return tuple(column.name for column in table.columns if column.name in found)

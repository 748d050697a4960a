"""A date kept in its parts: the day and the month of it beside its year.

Older applications keep a date as two-character parts (iSanté's ``visitDateDd``,
``visitDateMm``, ``visitDateYy``) so that a form can take a partial date. Safe Harbor keeps the
year of a date and no other element of it: on a patient's row, the day and the month are PHI.
The parts are known by structure, not by a word alone (``mm`` also measures millimetres): a
day or month part is one whose name, its last word set aside, is also a year part's name in
the same table.
"""

from __future__ import annotations

from assessor.model import TableProfile

from .phi_names import COUNT_FIRST
from .tokens import tokens

__all__ = ["DATE_PART_REASON", "date_parts"]

DATE_PART_REASON = "structure:date-part"
DAY_MONTH_PARTS = frozenset({"dd", "mm", "day", "month", "mon"})
YEAR_PARTS = frozenset({"yy", "yyyy", "year", "yr"})


def date_parts(table: TableProfile) -> tuple[str, ...]:
    """The columns of the table that keep a date's day or month beside its year.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> visit = T("visit", columns=(C("visitDateDd", "CHAR(2)"), C("visitDateMm", "CHAR(2)"),
    ...     C("visitDateYy", "CHAR(2)"), C("size_mm", "INT")))
    >>> date_parts(visit)
    ('visitDateDd', 'visitDateMm')
    """
    words = {column.name: tokens(column.name) for column in table.columns}
    dated = {seq[:-1] for seq in words.values() if len(seq) > 1 and seq[-1] in YEAR_PARTS}
    if not dated:  # most tables: no year kept apart
        return ()
    return tuple(
        name
        for name, seq in words.items()
        if len(seq) > 1
        and seq[-1] in DAY_MONTH_PARTS
        and seq[:-1] in dated
        and seq[0] not in COUNT_FIRST  # a count by day and by year (count_in_day)
    )

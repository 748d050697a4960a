"""Optional value sampling: read a few rows, keep only which PHI shape they match and how often.

Shapes: SSN, email, date, phone, IPv4 address, URL and record number (MRN).

Values are looked at in memory, one table at a time, and dropped: only a
:class:`~.phi.ValueEvidence` (class, ratio, number sampled) leaves this module. The SELECT is
bounded by ``LIMIT`` and by the session's statement timeout, and reads string columns only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import column, select, table
from sqlalchemy.engine import Connection

from assessor.model import PhiClass, TableProfile

from .coltypes import family
from .phi import ValueEvidence

__all__ = ["PATTERNS", "evidence_from_values", "sample_table"]

_DATE = (
    r"(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:?[0-5]\d(?::?[0-5]\d(?:\.\d+)?)?)?"
    r"(?:Z|[+-]\d\d:?\d\d)?"
    r"|[0-3]?\d[/.][01]?\d[/.](?:19|20)?\d\d"
    r"|[01]?\d/[0-3]?\d/(?:19|20)\d\d"
    r"|(?:19|20)\d\d[01]\d[0-3]\d(?:[ T]?[0-2]\d[0-5]\d(?:[0-5]\d)?)?"
)
# Checked in this order; the first class whose share of values is highest wins.
PATTERNS: tuple[tuple[PhiClass, re.Pattern[str]], ...] = (
    (PhiClass.SSN, re.compile(r"\d{3}-\d{2}-\d{4}")),
    (PhiClass.EMAIL, re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")),
    (PhiClass.DATE, re.compile(_DATE)),
    (PhiClass.PHONE, re.compile(r"(?=(?:\D*\d){10,15}\D*$)\+?\(?\d[\d\s().-]*")),
    (PhiClass.IP, re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")),
    (PhiClass.URL, re.compile(r"(?i)(?:https?|ftp)://\S+|www\.\S+\.\S+")),
    (PhiClass.MRN, re.compile(r"[A-Z]{0,4}-?\d{6,10}")),
)


def evidence_from_values(values: Iterable[object]) -> ValueEvidence | None:
    """The best-matching PHI shape among the non-empty values, or None if there were none.

    >>> evidence_from_values(["123-45-6789", "987-65-4321", None, "n/a"])
    ValueEvidence(phi_class=<PhiClass.SSN: 'ssn'>, ratio=0.67, sampled=3)
    """
    texts = [str(v).strip() for v in values if v is not None and str(v).strip()]
    if not texts:
        return None
    best: ValueEvidence | None = None
    for phi_class, pattern in PATTERNS:
        matches = sum(1 for text in texts if pattern.fullmatch(text))
        ratio = round(matches / len(texts), 2)
        if matches and (best is None or ratio > best.ratio):
            best = ValueEvidence(phi_class, ratio, len(texts))
    return best


def sampled_columns(profile: TableProfile) -> tuple[str, ...]:
    """The columns worth sampling: text ones (typed dates and numbers say what they are)."""
    return tuple(c.name for c in profile.columns if family(c.type) == "string")


def sample_table(
    connection: Connection, profile: TableProfile, rows: int
) -> dict[str, ValueEvidence]:
    """Evidence per sampled column from at most ``rows`` rows of the table."""
    names: Sequence[str] = sampled_columns(profile)
    if not names or rows <= 0:
        return {}
    query = (
        select(*(column(name) for name in names))
        .select_from(table(profile.name, schema=profile.schema))
        .limit(rows)
    )
    result = connection.execute(query).all()
    evidence = {}
    for position, name in enumerate(names):
        found = evidence_from_values(row[position] for row in result)
        if found is not None:
            evidence[name] = found
    del result  # values go no further than this function
    return evidence

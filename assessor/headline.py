"""What the reader is told first: how many AI use cases can run, or that we cannot tell yet.

A readiness band alone flatters an estate the scan could not see: with no estate file every use
case is unknown, yet the components it did see still average to a percentage. So when most use
cases (more than half) lack evidence, the headline says that first and what to do about it;
otherwise it says how many can run today, then the band.
"""

from __future__ import annotations

from collections.abc import Iterable

from assessor.model import UseCaseReadiness

__all__ = ["ESTATE_FORMAT_DOC", "cannot_tell", "readiness_headline"]

ESTATE_FORMAT_DOC = "docs/estate-format.md"


def cannot_tell(readiness: Iterable[UseCaseReadiness]) -> str | None:
    """ "cannot tell yet: N of M use cases lack evidence; ..." when most are unknown, else None."""
    statuses = [r.status for r in readiness]
    unknown = statuses.count("unknown")
    if not statuses or 2 * unknown <= len(statuses):
        return None
    return (
        f"cannot tell yet: {unknown} of {len(statuses)} use cases lack evidence; "
        f"declare your estate — {ESTATE_FORMAT_DOC}"
    )


def readiness_headline(
    readiness: tuple[UseCaseReadiness, ...], band: str, overall: float | None
) -> str:
    """The one-line answer the JSON carries and the reports lead with."""
    first = cannot_tell(readiness)
    if first is not None:
        return first
    ready = sum(r.status == "ready" for r in readiness)
    score = "" if overall is None else f" ({overall:.0%})"
    lead = f"{ready} of {len(readiness)} AI use cases can run today; " if readiness else ""
    return f"{lead}estate {band.replace('-', ' ')} for AI{score}"

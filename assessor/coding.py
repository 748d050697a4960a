"""Coding as a share: how many values of a coded field name a standard code system.

A CE/CWE field carries up to two coding triplets: the primary (components 1-3, ``OBX-3.1``-``.3``)
and the alternate (components 4-6). The HL7 v2-to-FHIR IG maps both into codings of one
CodeableConcept, so a value is *standard-coded* when either triplet names the standard: a lab
sending ``K123^Potassium^L^2823-3^Potassium^LN`` is LOINC-coded. A FeedProfile counts each
triplet by its coding-system name (``OBX-3|L`` primary, ``OBX-3.6|LN`` alternate), so the share
here is ``min(values, standard primaries + standard alternates) / values``: exact as long as no
value names the standard in both triplets, which no sender has a reason to do.

Thresholds (documented in docs/scoring.md): a use case needs :data:`CODING_MINIMUM` of a domain's
values standard-coded unless its catalog entry says otherwise; a coding rule is clean at that
share, medium below it and high below :data:`SEVERE_BELOW`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assessor.feed_profile import FeedProfile

__all__ = [
    "CODED_FIELDS",
    "CODING_MINIMUM",
    "SEVERE_BELOW",
    "STANDARD_CODES",
    "CodingShare",
    "coding_share",
]

CODING_MINIMUM = 0.8
"""Least share of standard-coded values a use case needs, and a coding rule's clean share."""

SEVERE_BELOW = 0.5
"""Below this share most values need mapping first: a coding finding is high."""

STANDARD_CODES: dict[str, frozenset[str]] = {
    "LOINC": frozenset({"LN", "LOINC"}),
    # Diagnoses: ICD-10 (any national modification) or SNOMED CT, as US Core's Condition allows.
    "ICD-10": frozenset(
        {"I10", "I10C", "ICD10", "ICD-10", "ICD10CM", "I10P", "SCT", "SNOMED", "SNOMEDCT", "SNM"}
    ),
    "SNOMED CT": frozenset({"SCT", "SNOMED", "SNOMEDCT", "SNM", "SNM3"}),
    "RxNorm": frozenset({"RXNORM", "RXN", "NDC"}),
    "CVX": frozenset({"CVX"}),
}
"""Coding-system names (HL7 table 0396 and common variants) that count as each standard."""

CODED_FIELDS: dict[str, str] = {
    "LOINC": "OBX-3",
    "ICD-10": "DG1-3",
    "SNOMED CT": "DG1-3",
    "RxNorm": "RXE-2",
    "CVX": "RXA-5",
}
"""The field each standard codes when a use case names the standard without a field."""


@dataclass(frozen=True)
class CodingShare:
    """How the values of some coded fields of one feed are coded."""

    standard: str
    values: int  # coded values seen (primary triplets, with or without a coding system)
    standard_values: int  # of which standard-coded in either triplet
    by_system: dict[str, int] = field(default_factory=dict)  # triplets per system name

    @property
    def share(self) -> float:
        """Share of the values coded in the standard (0 when none were seen)."""
        return self.standard_values / self.values if self.values else 0.0


def coding_share(
    profile: FeedProfile | None, fields: tuple[str, ...], standard: str
) -> CodingShare | None:
    """The coding of ``fields`` in a feed against ``standard``; None when it was not observed."""
    if profile is None:
        return None
    names = STANDARD_CODES.get(standard, frozenset({standard.upper()}))
    values = primary = alternate = 0
    by_system: dict[str, int] = {}
    for key, n in profile.coding_systems.items():
        path, _, system = key.partition("|")
        base, _, component = path.partition(".")
        if base not in fields or component not in ("", "6"):
            continue
        label = system or "(none)"
        by_system[label] = by_system.get(label, 0) + n
        standard_named = system.strip().upper() in names
        if component:
            alternate += n if standard_named else 0
        else:
            values += n
            primary += n if standard_named else 0
    if not values:
        return None
    return CodingShare(standard, values, min(values, primary + alternate), by_system)

"""Data-readiness rules on coding: are results, diagnoses, drugs and vaccines in standard codes?

A model trained elsewhere knows LOINC, ICD-10 / SNOMED CT, RxNorm and CVX, not a site's local
codes. Each rule judges the share of standard-coded values, counting both coding triplets of a
CE/CWE field (:mod:`assessor.coding`): clean from 80%, medium below, high below 50%. Whether a
finding blocks a use case is decided by the use case's own minimum share for the data domain on
whose path the feed lies (:mod:`assessor.readiness`), not by the severity.
"""

from __future__ import annotations

from assessor.coding import CODING_MINIMUM, SEVERE_BELOW, coding_share
from assessor.model import Dimension, Evidence, Flow, Severity
from assessor.rules.base import (
    CLEAN,
    NOT_APPLICABLE,
    RuleContext,
    Verdict,
    carries_results,
    fact_source,
    fires,
    rule,
)

DIM = Dimension.DATA_READINESS


def _keys(fields: tuple[str, ...], system: str) -> tuple[str, ...]:
    """The profile keys of a coding system in ``fields``, primary and alternate triplet."""
    code = "" if system == "(none)" else system
    return tuple(key for p in fields for key in (f"{p}|{code}", f"{p}.6|{code}"))


def _coding_verdict(
    flow: Flow, fields: tuple[str, ...], standard: str, what: str
) -> Verdict | None:
    """Clean at :data:`~assessor.coding.CODING_MINIMUM` standard-coded values or more; medium
    below it, high below :data:`~assessor.coding.SEVERE_BELOW`; None when no value was seen."""
    seen = coding_share(flow.profile, fields, standard)
    if seen is None:
        return None
    if seen.share >= CODING_MINIMUM:
        return CLEAN
    severity = Severity.HIGH if seen.share < SEVERE_BELOW else Severity.MEDIUM
    return fires(
        f"{seen.values - seen.standard_values} of {seen.values} {what} codes are not {standard} "
        f"({seen.share:.0%} {standard})",
        *(
            Evidence(
                fact_source(flow, "coding_systems", *_keys(fields, s)),
                f"{'/'.join(fields)} coding system {s}",
                n,
            )
            for s, n in sorted(seen.by_system.items())
        ),
        severity=severity,
    )


@rule(
    "DATA-C01",
    "results-not-loinc",
    DIM,
    Severity.MEDIUM,
    "flow",
    coding="LOINC",
    remediation="Map local test codes to LOINC (in the LIS or the engine) and send both.",
    skills=("terminology mapping",),
)
def results_not_loinc(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Observation identifiers use local codes instead of LOINC.

    Why it matters for AI: a model trained on ``2160-0`` (creatinine) cannot recognise ``CREAT``
    or ``K123``; every site needs its own mapping before any lab-based model runs.

    Anti-pattern: ``OBX-3 = K123^Potassium^L``.

    Best practice: ``OBX-3 = 2823-3^Potassium [Moles/volume] in Serum or Plasma^LN``, or the
    local code with LOINC as the alternate (``K123^Potassium^L^2823-3^Potassium^LN``): both
    triplets count.

    Only result messages are judged (ORU, OUL, VXU): the OBX lines of a document (MDM) are not
    results.
    """
    if not carries_results(flow):
        return NOT_APPLICABLE
    return _coding_verdict(flow, ("OBX-3",), "LOINC", "result")


@rule(
    "DATA-C02",
    "diagnoses-not-icd10",
    DIM,
    Severity.MEDIUM,
    "flow",
    coding="ICD-10",
    remediation="Code diagnoses in ICD-10 (or SNOMED CT) at source; map legacy ICD-9 codes.",
    skills=("terminology mapping",),
)
def diagnoses_not_icd10(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Diagnoses are coded in ICD-9 or local codes instead of ICD-10 or SNOMED CT.

    Why it matters for AI: risk models and coding assistants are built on ICD-10 and SNOMED CT;
    ICD-9 and local codes need a lossy mapping first.

    Anti-pattern: ``DG1-3 = 428.0^CHF^I9``.

    Best practice: ``DG1-3 = I50.9^Heart failure, unspecified^I10``.
    """
    return _coding_verdict(flow, ("DG1-3",), "ICD-10", "diagnosis")


@rule(
    "DATA-C03",
    "medications-not-rxnorm",
    DIM,
    Severity.MEDIUM,
    "flow",
    coding="RxNorm",
    remediation="Send RxNorm (or NDC) codes with pharmacy orders and administrations.",
    skills=("terminology mapping",),
)
def medications_not_rxnorm(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Medications are coded with the pharmacy's local formulary codes.

    Why it matters for AI: interaction and dosing checks key on RxNorm ingredients; local
    formulary codes hide which drug was given.

    Anti-pattern: ``RXE-2 = FORM0042^Amoxicillin 500mg cap^L``.

    Best practice: ``RXE-2 = 308191^Amoxicillin 500 MG Oral Capsule^RXNORM``.
    """
    return _coding_verdict(flow, ("RXE-2", "RXO-1", "RXD-2", "RXG-4"), "RxNorm", "medication")


@rule(
    "DATA-C04",
    "immunizations-not-cvx",
    DIM,
    Severity.MEDIUM,
    "flow",
    coding="CVX",
    remediation="Code administered vaccines with CVX as immunization registries require.",
    skills=("terminology mapping",),
)
def immunizations_not_cvx(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Administered vaccines are not coded with CVX.

    Why it matters for AI: immunization-gap models and registries compare vaccines by CVX code.

    Anti-pattern: ``RXA-5 = FLU2026^Flu jab^L``.

    Best practice: ``RXA-5 = 150^Influenza, injectable, quadrivalent, preservative free^CVX``.
    """
    return _coding_verdict(flow, ("RXA-5",), "CVX", "vaccine")

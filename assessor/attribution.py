"""How a component's findings become its severity, and how its points are shared among them.

A component's risk in one dimension is its worst finding there: that finding's severity points
times the dimension's weight (``p_d``; Konveyor: the highest risk wins, so a pile of medium
findings never reaches a critical one). Dimensions combine as independent risks::

    severity = 1 - prod over dimensions d of (1 - p_d)

Attribution must not depend on order. Each dimension's worst finding is given its *standalone*
points, ``100 x base x p_d`` -- what it would score on the component alone -- so the same finding
gets the same points on two identical systems whatever else appears on one of them, and no
evaluation or sort order can change a term. Because independent risks overlap (two findings of
0.6 make 0.84, not 1.2), one more term, *overlap of independent risks*, carries the difference
``100 x base x (severity - sum of p_d)`` (zero or negative): the terms still add up. Shapley
values were considered and rejected: they are order-free too, but with this sub-additive severity
a finding's Shapley share still shrinks when an unrelated finding appears, which is the
dependence this module exists to remove. Criticality findings restate the graph factors the
impact already weighs, and findings that are not their dimension's worst add nothing it has not
said: both are listed at 0 points.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from assessor.config import ScoringConfig
from assessor.model import Dimension, Finding, ScoreTerm

__all__ = [
    "OVERLAP_LABEL",
    "PRECISION",
    "dimension_risks",
    "finding_points",
    "finding_terms",
    "overall_severity",
    "severity_of",
    "worst_findings",
]

PRECISION = 4
OVERLAP_LABEL = "overlap of independent risks"


def finding_points(finding: Finding, config: ScoringConfig) -> float:
    """``p`` of one finding: its severity points times its dimension's weight."""
    return config.severity_points.get(finding.severity, 0.0) * config.dimension_weights.get(
        finding.dimension, 1.0
    )


def _order(finding: Finding, config: ScoringConfig) -> tuple[float, str, str, str]:
    return (-finding_points(finding, config), finding.rule_id, finding.component, finding.title)


def worst_findings(own: Iterable[Finding], config: ScoringConfig) -> dict[str, Finding]:
    """Per dimension (criticality aside), the finding that decides it; ties by rule id."""
    worst: dict[str, Finding] = {}
    for finding in sorted(own, key=lambda f: _order(f, config)):
        if finding.dimension != Dimension.CRITICALITY:
            worst.setdefault(finding.dimension, finding)
    return worst


def severity_of(risks: Iterable[float]) -> float:
    """Independent risks combined: ``1 - prod(1 - p)``, in [0, 1]."""
    return 1 - math.prod(1 - p for p in risks)


def dimension_risks(
    observed: set[str],
    own: Iterable[Finding],
    criticality: float,
    config: ScoringConfig,
) -> dict[str, float | None]:
    """Per dimension, the value the priority uses; None where no rule could observe it.

    A finding dimension shows ``p_d`` (0 when observed and clean); criticality shows the
    component's criticality, the factor the impact multiplies (criticality findings count there).
    """
    worst = worst_findings(own, config)
    result: dict[str, float | None] = {}
    for dimension in Dimension:
        if dimension not in observed:
            result[dimension.value] = None
        elif dimension == Dimension.CRITICALITY:
            result[dimension.value] = round(criticality, PRECISION)
        elif dimension in worst:
            result[dimension.value] = round(finding_points(worst[dimension], config), PRECISION)
        else:
            result[dimension.value] = 0.0
    return result


def finding_terms(
    component: str, own: Iterable[Finding], config: ScoringConfig
) -> tuple[list[ScoreTerm], float]:
    """The breakdown terms of a component's findings, and its severity.

    Every finding gets one term, in a fixed order (points, then rule id, component, title); the
    overlap term follows when more than one dimension counts.
    """
    base = config.impact_weights.get("base", 0.4)
    findings = sorted(own, key=lambda f: _order(f, config))
    worst = worst_findings(findings, config)
    terms: list[ScoreTerm] = []
    counted: set[str] = set()
    for finding in findings:
        via = "" if finding.component == component else f" (via {finding.component})"
        if finding.dimension == Dimension.CRITICALITY:
            points = 0.0
            fact = f"{finding.severity} finding on {finding.component}; weighed as criticality"
        elif finding.dimension not in counted:  # sorted: the first of its dimension is worst
            counted.add(finding.dimension)
            points = finding_points(finding, config)
            fact = (
                f"worst {finding.dimension} finding: {finding.severity} on {finding.component}; "
                f"its points alone"
            )
        else:
            points = 0.0
            fact = f"{finding.severity} finding on {finding.component}; its dimension counted"
        terms.append(
            ScoreTerm(
                f"{finding.rule_id}{via}: {finding.title}",
                round(100 * points * base, PRECISION),
                dimension=finding.dimension,
                rule_id=finding.rule_id,
                fact=fact,
            )
        )
    risks = [finding_points(f, config) for f in worst.values()]
    severity = severity_of(risks)
    if len(risks) > 1:
        terms.append(
            ScoreTerm(
                OVERLAP_LABEL,
                round(100 * base * (severity - sum(risks)), PRECISION),
                fact=(
                    f"{len(risks)} dimensions combine to severity {severity:.3f}, not their "
                    f"sum {sum(risks):.3f}: 1 - prod(1 - p) over dimensions"
                ),
            )
        )
    return terms, severity


def overall_severity(dimensions: Mapping[str, float | None]) -> float:
    """A score's severity again from its dimension risks (criticality is not a risk)."""
    return severity_of(
        v for d, v in dimensions.items() if v is not None and d != Dimension.CRITICALITY
    )

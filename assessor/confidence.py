"""Confidence = evidence coverage: how much of what decides a score was actually observed.

The facts that decide a component's score are the verdicts of the rules in scope on it and on
everything it answers for (its flows and stores); the facts that decide its use-case verdicts are
its parts on each use case's data path. Each fact earns a credit:

* **scanned** -- a scan saw it (messages of a feed, an engine export, a database's tables, a
  CapabilityStatement): credit 1;
* **declared** -- only the estate file or a CMDB export says so: credit ``[confidence] declared``
  (0.25 by default), so a system known only from declarations stays below 0.3;
* **unobserved** -- the rule needed evidence nobody provided: credit 0;
* **not applicable** -- a FHIR rule on a billing system: left out, counting neither way.

Within a dimension each rule weighs its default severity points (a rule that could find a
critical problem matters more than one that finds an info); the score takes one risk per
dimension, so each dimension's coverage then counts once, at its dimension weight, and the use-case
facts count once at ``[confidence] use-cases``. A scan that captures a feed in great detail
therefore cannot be drowned by the many content rules of channels it could not open, nor can a
few declared lines make a system look well observed.

The estate figure is the criticality-weighted mean of the components' confidence (weight
``0.5 + criticality``, the same weights as the overall readiness), so what the estate depends on
counts most.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assessor.config import ScoringConfig
from assessor.model import ComponentScore, UseCaseReadiness
from assessor.rules.base import Rule, RuleOutcome

__all__ = ["DECLARED_CREDIT", "USE_CASES", "component_confidence", "estate_confidence"]

DECLARED_CREDIT = "declared"
USE_CASES = "use-cases"
PRECISION = 4


def _coverage(
    members: set[str],
    outcomes: Iterable[RuleOutcome],
    rules: Mapping[str, Rule],
    config: ScoringConfig,
) -> dict[str, tuple[float, float]]:
    """Per dimension: (credited weight, in-scope weight) of the rule verdicts on ``members``."""
    declared = config.confidence_weights.get(DECLARED_CREDIT, 0.25)
    groups: dict[str, tuple[float, float]] = {}
    for outcome in outcomes:
        rule = rules[outcome.rule_id]
        weight = config.severity_points.get(rule.severity, 0.0)
        # The outcome's ids as sets built once: a component has a few members, an outcome
        # thousands of ids, and this runs once per component.
        seen = members & outcome.observed_set
        told = len(seen & outcome.declared_set)
        credit = weight * (len(seen) - told + declared * told)
        total = weight * (len(seen) + len(members & outcome.unobserved_set))
        if total:
            got, of = groups.get(rule.dimension, (0.0, 0.0))
            groups[rule.dimension] = (got + credit, of + total)
    return groups


def _use_case_coverage(
    members: set[str],
    readiness: Iterable[UseCaseReadiness],
    scanned: set[str] | frozenset[str],
    config: ScoringConfig,
) -> tuple[float, float]:
    """(credit, count) of the use cases whose data path crosses ``members``: per use case, the
    mean credit of the component's parts on that path."""
    declared = config.confidence_weights.get(DECLARED_CREDIT, 0.25)
    credit = count = 0.0
    for verdict in readiness:
        on_path = members & set(verdict.path)
        if on_path:
            credit += sum(1.0 if m in scanned else declared for m in on_path) / len(on_path)
            count += 1
    return credit, count


def component_confidence(
    members: set[str],
    outcomes: Iterable[RuleOutcome],
    rules: Mapping[str, Rule],
    readiness: Iterable[UseCaseReadiness],
    scanned: set[str] | frozenset[str],
    config: ScoringConfig,
) -> float:
    """The evidence coverage of one component in [0, 1]; 0 when no fact about it is in scope."""
    shares: list[tuple[float, float]] = [
        (config.dimension_weights.get(dimension, 1.0), got / of)
        for dimension, (got, of) in sorted(_coverage(members, outcomes, rules, config).items())
    ]
    credit, count = _use_case_coverage(members, readiness, scanned, config)
    if count:
        shares.append((config.confidence_weights.get(USE_CASES, 1.0), credit / count))
    weight = sum(w for w, _ in shares)
    return round(sum(w * s for w, s in shares) / weight, PRECISION) if weight else 0.0


def estate_confidence(scores: Iterable[ComponentScore]) -> float:
    """The criticality-weighted mean confidence of the scored components (weight
    ``0.5 + criticality``); 0 when nothing was scored."""
    pairs = [(0.5 + s.criticality, s.confidence) for s in scores]
    weight = sum(w for w, _ in pairs)
    return round(sum(w * c for w, c in pairs) / weight, PRECISION) if weight else 0.0

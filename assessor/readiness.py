"""Per AI use case: ready, blocked (by which components, which rules) or unknown (what is missing).

A use case needs data domains, each judged on its own path (:mod:`assessor.domain_verdicts`).
A use case is **blocked** when a domain is, or when a component on its data path (the union of
its domains' paths) has a finding at or above the blocking severity (default ``high``) that
stands between it and its data: criticality findings say how much an outage would hurt, not that
the data cannot be used, so they never block; a component off every path blocks nothing. It is
**unknown** when it is not blocked and a domain is unknown, and **ready** when every domain is.
Blocked wins over unknown: a known blocker is a fact even when other evidence is missing. Findings
on a flow are answered for by the system responsible for it (the engine running its channel, else
its sender), and a data store's by the system that owns it: blockers are the systems a roadmap
acts on.

What was not observed is said in one of two ways. ``missing_evidence``: a fact without which the
verdict cannot be given (no route evidenced, coding never seen); it makes the use case unknown,
so a ready use case never has any. ``caveats``: a fact not observed whose absence does not decide
the status but would block the use case if found wanting: the TLS status of a PHI flow on the
path (SEC-T01 or SEC-F01 would fire, high) and a needed field's fill that no profile showed
(DATA-F01). They leave a ready use case ready -- "ready, provided" each holds -- and they lower
the confidence of the components they are about, as every unobserved rule does.
"""

from __future__ import annotations

from collections.abc import Mapping

from assessor.domain_verdicts import (
    BLOCKED,
    FIELDS_RULE,
    LATENCY_RULE,
    READY,
    UNKNOWN,
    Estate,
    accountable,
    domain_readiness,
)
from assessor.fhir_readiness import FHIR_RULE
from assessor.model import (
    Dimension,
    Finding,
    Inventory,
    UseCase,
    UseCaseBlocker,
    UseCaseReadiness,
)
from assessor.rules.base import GraphFacts, Rule
from assessor.use_cases import domains_of

__all__ = [
    "BLOCKED",
    "DOMAIN_RULES",
    "READY",
    "UNKNOWN",
    "accountable",
    "assess_readiness",
    "use_case_readiness",
]

SEVERITY_ORDER = ("info", "low", "medium", "high", "critical")
DOMAIN_RULES = frozenset({LATENCY_RULE, FIELDS_RULE, FHIR_RULE})
"""Rules whose blocking is decided per data domain, against the use case's own needs."""


def blocks(
    finding: Finding, use_case: UseCase, rules: Mapping[str, Rule], blocking_severity: str
) -> bool:
    """Whether a finding on the use case's path stands between it and its data.

    Latency, field and coding findings are judged per domain instead (:func:`domain_readiness`):
    whether a batch feed or a 70% LOINC share blocks depends on what the use case needs.
    """
    if finding.dimension == Dimension.CRITICALITY or finding.rule_id in DOMAIN_RULES:
        return False
    rule = rules.get(finding.rule_id)
    if rule is not None and rule.coding is not None:
        return False
    return SEVERITY_ORDER.index(finding.severity) >= SEVERITY_ORDER.index(blocking_severity)


def use_case_readiness(
    use_case: UseCase,
    estate: Estate,
    findings_by_component: Mapping[str, tuple[Finding, ...]],
    rules: Mapping[str, Rule],
    blocking_severity: str = "high",
) -> UseCaseReadiness:
    """The readiness of one use case on the estate as it is."""
    inventory = estate.inventory
    if not inventory.ai_platform:
        return UseCaseReadiness(
            use_case.id, UNKNOWN, missing_evidence=("no AI platform declared in the estate",)
        )
    verdicts = [domain_readiness(d, use_case, estate) for d in domains_of(use_case)]
    path = frozenset().union(*(v.members for v in verdicts)) if verdicts else frozenset()
    blockers: dict[str, set[str]] = {}
    for verdict in verdicts:
        for component, ids in verdict.blockers.items():
            blockers.setdefault(component, set()).update(ids)
    for component in sorted(path):
        owner = estate.answerable(component)
        if owner is None:
            continue
        for finding in findings_by_component.get(component, ()):
            if blocks(finding, use_case, rules, blocking_severity):
                blockers.setdefault(owner, set()).add(finding.rule_id)
    missing = [m for v in verdicts for m in v.readiness.missing_evidence]
    caveats = [c for v in verdicts for c in v.readiness.caveats]
    flows = [f for f in inventory.flows if f.id in path and f.id not in estate.excluded]
    caveats += [
        f"TLS status of flow {f.id} carrying PHI" for f in flows if f.tls is None and f.phi_classes
    ]
    if not verdicts:
        missing.append("the use case names no data it needs")
    unknown = not verdicts or any(v.readiness.status == UNKNOWN for v in verdicts)
    status = BLOCKED if blockers else UNKNOWN if unknown else READY
    return UseCaseReadiness(
        use_case.id,
        status,
        tuple(UseCaseBlocker(c, tuple(sorted(ids))) for c, ids in sorted(blockers.items())),
        tuple(sorted(set(missing))),
        tuple(sorted(path)),
        tuple(sorted((v.readiness for v in verdicts), key=lambda d: d.domain)),
        tuple(sorted(set(caveats))),
    )


def assess_readiness(
    use_cases: tuple[UseCase, ...],
    inventory: Inventory,
    facts: GraphFacts,
    findings: tuple[Finding, ...],
    rules: Mapping[str, Rule],
    blocking_severity: str = "high",
    excluded: frozenset[str] = frozenset(),
) -> tuple[UseCaseReadiness, ...]:
    """Readiness of every use case, sorted by use-case id."""
    estate = Estate.of(inventory, facts, rules, excluded)
    by_component: dict[str, tuple[Finding, ...]] = {}
    for finding in findings:
        by_component[finding.component] = (*by_component.get(finding.component, ()), finding)
    return tuple(
        use_case_readiness(u, estate, by_component, rules, blocking_severity)
        for u in sorted(use_cases, key=lambda u: u.id)
    )

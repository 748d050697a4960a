"""Per AI use case: ready, blocked (by which components, which rules) or unknown (what is missing).

Blocked wins over unknown: a known blocker is a fact even when other evidence is missing (the
missing evidence is still listed). A use case is only *ready* when its data path to the AI
platform is known, nothing on it blocks, and nothing it needs went unobserved.
"""

from __future__ import annotations

from collections.abc import Mapping

from assessor.model import (
    Finding,
    Flow,
    Inventory,
    Transport,
    UseCase,
    UseCaseBlocker,
    UseCaseReadiness,
)
from assessor.rules.base import GraphFacts, Rule

__all__ = ["BLOCKED", "READY", "UNKNOWN", "assess_readiness", "use_case_readiness"]

READY, BLOCKED, UNKNOWN = "ready", "blocked", "unknown"
SEVERITY_ORDER = ("info", "low", "medium", "high", "critical")
# Transports that can carry a use case's data in a form other than HL7 v2 message types.
NON_V2 = frozenset({Transport.FHIR, Transport.DATABASE, Transport.HTTP, Transport.DICOM})


def _message_type(key: str) -> str:
    return "^".join(key.split("^")[:2])


def use_case_readiness(
    use_case: UseCase,
    inventory: Inventory,
    facts: GraphFacts,
    findings_by_component: Mapping[str, tuple[Finding, ...]],
    rules: Mapping[str, Rule],
    blocking_severity: str = "medium",
    excluded: frozenset[str] = frozenset(),
) -> UseCaseReadiness:
    """The readiness of one use case on the estate as it is."""
    path = facts.paths.get(use_case.id, ())
    kinds = set(use_case.source_kinds)
    missing: list[str] = []
    if not inventory.ai_platform:
        missing.append("no AI platform declared in the estate")
    if not any(s.kind in kinds for s in inventory.systems):
        missing.append(f"no system of kind {'/'.join(sorted(kinds))} in the estate")
    if not path:
        if inventory.ai_platform and any(s.kind in kinds for s in inventory.systems):
            missing.append(
                f"no flow seen or declared from {'/'.join(sorted(kinds))} systems to the AI "
                "platform"
            )
        return UseCaseReadiness(use_case.id, UNKNOWN, missing_evidence=tuple(missing))

    threshold = SEVERITY_ORDER.index(blocking_severity)
    blockers = []
    for component in path:
        if component in excluded:
            continue
        rule_ids = sorted(
            {
                f.rule_id
                for f in findings_by_component.get(component, ())
                if SEVERITY_ORDER.index(f.severity) >= threshold
                and (f.rule_id not in rules or rules[f.rule_id].relevant_to(use_case))
            }
        )
        if rule_ids:
            blockers.append(UseCaseBlocker(component, tuple(rule_ids)))

    flows = [f for f in inventory.flows if f.id in set(path)]
    missing.extend(_missing_on_path(use_case, flows, excluded))
    status = BLOCKED if blockers else (UNKNOWN if missing else READY)
    return UseCaseReadiness(
        use_case.id, status, tuple(blockers), tuple(sorted(set(missing))), tuple(path)
    )


def _missing_on_path(use_case: UseCase, flows: list[Flow], excluded: frozenset[str]) -> list[str]:
    missing = []
    for flow in flows:
        if flow.id in excluded:
            continue
        if flow.tls is None and flow.phi_classes:
            missing.append(f"TLS status of flow {flow.id} carrying PHI")
    if use_case.message_types and not any(f.transport in NON_V2 for f in flows):
        carried = {_message_type(t) for f in flows for t in f.message_types}
        if carried and not carried & {_message_type(t) for t in use_case.message_types}:
            missing.append(
                f"no flow on the path carries {', '.join(sorted(use_case.message_types))}"
            )
        if not carried:
            missing.append("message types on the path not observed")
    return missing


def assess_readiness(
    use_cases: tuple[UseCase, ...],
    inventory: Inventory,
    facts: GraphFacts,
    findings: tuple[Finding, ...],
    rules: Mapping[str, Rule],
    blocking_severity: str = "medium",
    excluded: frozenset[str] = frozenset(),
) -> tuple[UseCaseReadiness, ...]:
    """Readiness of every use case, sorted by use-case id."""
    by_component: dict[str, tuple[Finding, ...]] = {}
    for finding in findings:
        by_component[finding.component] = (*by_component.get(finding.component, ()), finding)
    return tuple(
        use_case_readiness(u, inventory, facts, by_component, rules, blocking_severity, excluded)
        for u in sorted(use_cases, key=lambda u: u.id)
    )

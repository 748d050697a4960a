"""Per AI use case: ready, blocked (by which components, which rules) or unknown (what is missing).

A use case is *blocked* when a component on its data path has a finding at or above the blocking
severity (default ``high``) that stands between the use case and its data: criticality findings
say how much an outage would hurt, not that the data cannot be used, so they never block, and a
coding rule only blocks use cases needing that coding system. Findings on a flow are answered for
by the system responsible for it (the engine running its channel, else its sender), and a data
store's by the system that owns it: blockers are the systems a roadmap acts on.

A use case is *unknown* when the evidence its data needs is missing: no AI platform, no source
system of the kinds it reads, no path from them to the platform, or no flow carrying its message
types. Security facts that could not be observed on the path (TLS of a PHI flow) are listed in
``missing_evidence`` as caveats without changing the status. Blocked wins over unknown: a known
blocker is a fact even when other evidence is missing.
"""

from __future__ import annotations

from collections.abc import Mapping

from assessor.graph import carries, responsible_system
from assessor.model import (
    Dimension,
    Finding,
    Flow,
    Inventory,
    Transport,
    UseCase,
    UseCaseBlocker,
    UseCaseReadiness,
)
from assessor.rules.base import GraphFacts, Rule

__all__ = ["BLOCKED", "READY", "UNKNOWN", "accountable", "assess_readiness", "use_case_readiness"]

READY, BLOCKED, UNKNOWN = "ready", "blocked", "unknown"
SEVERITY_ORDER = ("info", "low", "medium", "high", "critical")
NON_V2 = frozenset({Transport.FHIR, Transport.DATABASE, Transport.HTTP, Transport.DICOM})


def accountable(inventory: Inventory, hub_ids: set[str] | frozenset[str]) -> dict[str, str]:
    """Component id -> the system answerable for it (systems and unowned stores: themselves)."""
    systems = {s.id for s in inventory.systems}
    result = {s: s for s in systems}
    for store in inventory.stores:
        owner = store.system_id
        result[store.id] = owner if owner in systems else store.id
    for flow in inventory.flows:
        result[flow.id] = responsible_system(flow, hub_ids)
    return result


def blocks(
    finding: Finding, use_case: UseCase, rules: Mapping[str, Rule], blocking_severity: str
) -> bool:
    """Whether ``finding`` stands between ``use_case`` and its data."""
    if finding.dimension == Dimension.CRITICALITY:
        return False
    if SEVERITY_ORDER.index(finding.severity) < SEVERITY_ORDER.index(blocking_severity):
        return False
    return finding.rule_id not in rules or rules[finding.rule_id].relevant_to(use_case)


def use_case_readiness(
    use_case: UseCase,
    inventory: Inventory,
    facts: GraphFacts,
    findings_by_component: Mapping[str, tuple[Finding, ...]],
    rules: Mapping[str, Rule],
    blocking_severity: str = "high",
    excluded: frozenset[str] = frozenset(),
) -> UseCaseReadiness:
    """The readiness of one use case on the estate as it is."""
    path = facts.paths.get(use_case.id, ())
    kinds = set(use_case.source_kinds)
    missing: list[str] = []
    if not inventory.ai_platform:
        missing.append("no AI platform declared in the estate")
    has_sources = any(s.kind in kinds for s in inventory.systems)
    if not has_sources:
        missing.append(f"no system of kind {'/'.join(sorted(kinds))} in the estate")
    if not path:
        if inventory.ai_platform and has_sources:
            wanted = ", ".join(sorted(use_case.message_types)) or "its data"
            missing.append(
                f"no flow seen or declared carries {wanted} from "
                f"{'/'.join(sorted(kinds))} systems to the AI platform"
            )
        return UseCaseReadiness(use_case.id, UNKNOWN, missing_evidence=tuple(missing))

    owner = accountable(inventory, set(facts.hubs))
    blockers: dict[str, set[str]] = {}
    for component in path:
        if component in excluded or owner.get(component, component) in excluded:
            continue
        for finding in findings_by_component.get(component, ()):
            if blocks(finding, use_case, rules, blocking_severity):
                blockers.setdefault(owner.get(component, component), set()).add(finding.rule_id)

    on_path = set(path)
    flows = [f for f in inventory.flows if f.id in on_path and f.id not in excluded]
    data_missing = _data_missing(use_case, flows)
    caveats = [
        f"TLS status of flow {f.id} carrying PHI" for f in flows if f.tls is None and f.phi_classes
    ]
    status = BLOCKED if blockers else UNKNOWN if data_missing else READY
    return UseCaseReadiness(
        use_case.id,
        status,
        tuple(UseCaseBlocker(c, tuple(sorted(ids))) for c, ids in sorted(blockers.items())),
        tuple(sorted({*missing, *data_missing, *caveats})),
        tuple(path),
    )


def _data_missing(use_case: UseCase, flows: list[Flow]) -> list[str]:
    """Evidence of the use case's data that the path does not show."""
    if not use_case.message_types or any(f.transport in NON_V2 for f in flows):
        return []
    typed = [f for f in flows if f.message_types]
    if not typed:
        return ["message types on the path not observed"]
    if not any(carries(f.message_types, use_case.message_types) for f in typed):
        return [f"no flow on the path carries {', '.join(sorted(use_case.message_types))}"]
    return []


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
    by_component: dict[str, tuple[Finding, ...]] = {}
    for finding in findings:
        by_component[finding.component] = (*by_component.get(finding.component, ()), finding)
    return tuple(
        use_case_readiness(u, inventory, facts, by_component, rules, blocking_severity, excluded)
        for u in sorted(use_cases, key=lambda u: u.id)
    )

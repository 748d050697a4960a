"""What the reports say, computed once from an Assessment: counts, top blockers in plain words.

The HTML and Markdown reports both read these facts, so the executive summary says the same
thing in every format. Nothing here formats markup; the templates do, with escaping on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from assessor.graph import responsible_system
from assessor.model import (
    Assessment,
    ComponentScore,
    Dimension,
    EffortDays,
    Finding,
    Flow,
    Severity,
    System,
    UseCase,
)
from assessor.rules.evidence import DECLARATION_KINDS
from assessor.scoring import PLAIN_PHI_RULE

DIMENSIONS: tuple[str, ...] = tuple(d.value for d in Dimension)
DIMENSION_LABELS = {
    "interoperability": "Interoperability",
    "data-readiness": "Data readiness",
    "privacy": "Privacy",
    "security": "Security",
    "criticality": "Criticality",
    "operability": "Operability & skills",
}
SEVERITY_ORDER = {s.value: i for i, s in enumerate(reversed(tuple(Severity)))}  # critical first
DIMENSION_SHORT = {
    "interoperability": "Int",
    "data-readiness": "Data",
    "privacy": "Priv",
    "security": "Sec",
    "criticality": "Crit",
    "operability": "Ops",
}
DISPOSITION_WORDS = {
    "retain": "keep as it is",
    "retire": "retire it",
    "rehost": "rehost it",
    "replatform": "replatform it",
    "refactor": "refactor its interfaces",
    "replace": "replace it",
}
STATUS_LABELS = {"ready": "Ready", "blocked": "Blocked", "unknown": "Unknown"}
TOP_BLOCKERS = 5
LOW_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Counts:
    """The headline numbers of the executive summary."""

    systems: int
    flows: int
    phi_flows_without_tls: int
    phi_flows_tls_unknown: int
    end_of_support: int
    undeclared_systems: int
    unmatched_names: int
    findings: int
    scan_errors: int
    use_cases: int
    use_cases_ready: int
    use_cases_blocked: int
    use_cases_unknown: int


@dataclass(frozen=True)
class Blocker:
    """One ranked component with everything the blockers table and the summary show."""

    rank: int
    score: ComponentScore
    kind: str
    plain: str  # one sentence a CIO reads
    top_finding: Finding | None  # the finding that adds the most points, its own or a flow's
    why: str  # the top finding as a phrase: "in its database: 13 PHI column(s)…"
    counted: tuple[Finding, ...]  # every finding its score counts: its own, its flows', stores'
    unobserved_flows: int  # flows it answers for known only from configuration or declaration
    answered_flows: int
    confidence_note: str  # why the confidence is low, when it is
    bars: tuple[tuple[str, str, float | None, float], ...]  # (dimension, label, value, width 0..1)


@dataclass(frozen=True)
class Facts:
    """Everything computed for the reports, in a stable order."""

    assessment: Assessment
    counts: Counts
    as_of: str  # the date support ends are compared with (the generated date)
    blockers: tuple[Blocker, ...]
    names: dict[str, str]  # component id -> display name
    kinds: dict[str, str]  # component id -> kind (system kind, "data store", "flow")
    use_case_names: dict[str, str]
    end_of_support: tuple[System, ...]
    undeclared: tuple[System, ...]
    phi_without_tls: tuple[Flow, ...]
    inferred_phi: dict[str, str] = field(default_factory=dict)  # flow id -> why PHI is assumed
    findings_by_component: dict[str, tuple[Finding, ...]] = field(default_factory=dict)
    action_days: dict[str, EffortDays] = field(default_factory=dict)  # sized roadmap actions

    @property
    def top(self) -> tuple[Blocker, ...]:
        """The blockers the executive summary names."""
        return self.blockers[:TOP_BLOCKERS]

    def name(self, component: str) -> str:
        """The display name of a component id, or the id itself when unknown."""
        return self.names.get(component, component)

    def use_case_name(self, use_case: str) -> str:
        """The display name of a use case id."""
        return self.use_case_names.get(use_case, use_case)


def percent(value: float | None) -> str:
    """``0.42`` -> ``"42%"``; None -> ``"n/a"``."""
    return "n/a" if value is None else f"{round(value * 100):d}%"


def is_phi_without_tls(flow: Flow, inferred: frozenset[str] | dict[str, str] = frozenset()) -> bool:
    """A flow carrying PHI (seen, or inferred by the rules) over a transport known unencrypted."""
    return (bool(flow.phi_classes) or flow.id in inferred) and flow.tls is False


def _inferred_phi(assessment: Assessment) -> dict[str, str]:
    """Flows with no PHI seen on them that the plain-PHI rule found carrying PHI, and its reason."""
    seen = {f.id for f in assessment.inventory.flows if f.phi_classes}
    inferred = {}
    for finding in assessment.findings:
        if finding.rule_id == PLAIN_PHI_RULE and finding.component not in seen:
            details = [e.detail for e in finding.evidence if "inferred" in e.detail]
            inferred[finding.component] = details[0] if details else finding.title
    return dict(sorted(inferred.items()))


def _term_label(finding: Finding, component: str) -> str:
    """The breakdown label scoring gives a finding counted for ``component``."""
    via = "" if finding.component == component else f" (via {finding.component})"
    return f"{finding.rule_id}{via}: {finding.title}"


def _label_index(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    """Findings by the breakdown labels they can have: via another component, or their own
    (keyed with the component): a score's terms are then looked up, not matched against all."""
    index: dict[str, list[Finding]] = {}
    for f in findings:
        index.setdefault(_term_label(f, ""), []).append(f)
        index.setdefault(f"{f.component}\0{_term_label(f, f.component)}", []).append(f)
    return index


def _counted(score: ComponentScore, index: dict[str, list[Finding]]) -> tuple[Finding, ...]:
    """The findings a score counts, most points first (then severity), as its breakdown lists."""
    points = {t.label: t.points for t in score.breakdown if t.rule_id}
    counted = [
        f
        for label in points
        for f in (*index.get(label, ()), *index.get(f"{score.component}\0{label}", ()))
        if _term_label(f, score.component) == label
    ]
    return tuple(
        sorted(
            counted,
            key=lambda f: (
                -points[_term_label(f, score.component)],
                SEVERITY_ORDER[f.severity.value],
                f.rule_id,
                f.component,
                f.title,
            ),
        )
    )


def flow_label(flow: Flow, names: dict[str, str]) -> str:
    """``PAS → Engine (ADT channel)``."""
    label = f"{names.get(flow.source, flow.source)} → {names.get(flow.target, flow.target)}"
    return f"{label} ({flow.channel})" if flow.channel else label


def _distinct(labels: dict[str, str], flows: dict[str, Flow]) -> dict[str, str]:
    """Flow labels told apart: two flows between the same systems get their transport, then id."""

    def clashes(named: dict[str, str]) -> set[str]:
        seen: dict[str, int] = {}
        for label in named.values():
            seen[label] = seen.get(label, 0) + 1
        return {fid for fid, label in named.items() if seen[label] > 1}

    named = dict(labels)
    for fid in sorted(clashes(named)):
        named[fid] += f" [{flows[fid].transport.value}]"
    for fid in sorted(clashes(named)):
        named[fid] += f" [{fid}]"
    return named


def _use_cases(assessment: Assessment) -> tuple[UseCase, ...]:
    wanted = assessment.use_cases or assessment.inventory.use_cases
    return tuple(sorted(wanted, key=lambda u: u.id))


def _bars(score: ComponentScore, scale: float) -> tuple[tuple[str, str, float | None, float], ...]:
    bars = []
    for dim in DIMENSIONS:
        value = score.dimensions.get(dim)
        width = 0.0 if value is None else max(0.0, min(1.0, value / scale))
        bars.append((DIMENSION_SHORT[dim], DIMENSION_LABELS[dim], value, width))
    return tuple(bars)


def _worst(findings: Sequence[Finding]) -> Finding | None:
    ordered = sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity.value], f.rule_id, f.title))
    return ordered[0] if ordered else None


def _top(counted: Sequence[Finding], own: Sequence[Finding]) -> Finding | None:
    """The finding that weighs most in the score; the worst of its own when none was counted."""
    return counted[0] if counted else _worst(own)


def _answered_flows(assessment: Assessment) -> dict[str, tuple[Flow, ...]]:
    """Per scored component, the flows it answers for (as scoring attributes them)."""
    hubs = {s.component for s in assessment.scores if s.is_hub}
    result: dict[str, list[Flow]] = {s.component: [] for s in assessment.scores}
    for flow in assessment.inventory.flows:
        result.setdefault(responsible_system(flow, hubs), []).append(flow)
    return {k: tuple(sorted(v, key=lambda f: f.id)) for k, v in result.items()}


def _declared_only(assessment: Assessment) -> frozenset[str]:
    """Systems only declarations name (the estate file, a CMDB export): no scan saw them."""
    declarations = {
        s.source for s in assessment.inventory.scan.sources if s.kind in DECLARATION_KINDS
    }
    return frozenset(
        s.id
        for s in assessment.inventory.systems
        if s.declared and all(source in declarations for source in s.sources)
    )


def _confidence_note(score: ComponentScore, flows: Sequence[Flow], declared_only: bool) -> str:
    """Why a low confidence is low: known only from declarations, or its flows were configured
    or declared, not captured."""
    if score.confidence >= LOW_CONFIDENCE:
        return ""
    unseen = sum(1 for f in flows if not f.observed)
    if declared_only and not flows:
        return "low: known only from what was declared; no scan saw it"
    if not unseen:
        return "low: most of what the rules look for could not be observed"
    if unseen == len(flows):
        which = "its only flow is" if unseen == 1 else f"all {unseen} of its flows are"
    else:
        which = f"{unseen} of its {len(flows)} flows are"
    return f"low: {which} configured or declared, not captured, so their feeds could not be checked"


def _lower_first(text: str) -> str:
    """Sentence case for a title inside a sentence; acronyms (``PHI sent``) stay as they are."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _why(score: ComponentScore, finding: Finding | None, kinds: dict[str, str]) -> str:
    """The top finding as a phrase, saying where it was found when not on the system itself."""
    if finding is None or not finding.title:
        return ""
    where = {"data store": "in its database: ", "flow": "on its interfaces: "}
    prefix = (
        ""
        if finding.component == score.component
        else where.get(kinds.get(finding.component, ""), "")
    )
    return prefix + (_lower_first(finding.title) if prefix else finding.title)


def _plain(score: ComponentScore, kind: str, why: str, uc_names: dict[str, str]) -> str:
    blocked = [uc_names.get(u, u) for u in score.use_cases_blocked]
    if len(blocked) == 1:
        what = f"blocks {blocked[0]}"
    elif blocked:
        what = f"blocks {len(blocked)} AI use cases ({', '.join(blocked[:3])}"
        what += ", …)" if len(blocked) > 3 else ")"
    else:
        what = "raises risk for every AI use case that touches it"
    # A reason that opens with the system's own name keeps its capital: "Meditrak PAS out of…".
    why = f": {why if why.startswith(score.name) else _lower_first(why)}" if why else ""
    todo = DISPOSITION_WORDS.get(score.disposition, score.disposition)
    return f"{score.name} ({kind}) {what}{why}. Recommended: {todo}, effort {score.effort}."


def build_facts(assessment: Assessment) -> Facts:
    """Compute the report facts; the assessment is only read."""
    inv = assessment.inventory
    names: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for system in inv.systems:
        names[system.id] = system.name
        kinds[system.id] = system.kind
    for store in inv.stores:
        owner = names.get(store.system_id or "", "")
        names[store.id] = f"{owner} database ({store.dialect})" if owner else store.id
        kinds[store.id] = "data store"
    labels = {flow.id: flow_label(flow, names) for flow in inv.flows}
    names.update(_distinct(labels, {flow.id: flow for flow in inv.flows}))
    for flow in inv.flows:
        kinds[flow.id] = "flow"
    for score in assessment.scores:
        names.setdefault(score.component, score.name)
        kinds.setdefault(score.component, score.component_type)

    uc_names = {u.id: u.name for u in _use_cases(assessment)}
    by_component: dict[str, list[Finding]] = {}
    for finding in assessment.findings:
        by_component.setdefault(finding.component, []).append(finding)
    findings_by_component = {
        k: tuple(sorted(v, key=lambda f: (SEVERITY_ORDER[f.severity.value], f.rule_id, f.title)))
        for k, v in sorted(by_component.items())
    }

    values = [v for s in assessment.scores for v in s.dimensions.values() if v is not None]
    scale = max([1.0, *values])
    ranked = sorted(assessment.scores, key=lambda s: (-s.priority, s.component))
    labels = _label_index(assessment.findings)
    counted = {s.component: _counted(s, labels) for s in ranked}
    answered = _answered_flows(assessment)
    declared_only = _declared_only(assessment)
    top = {
        s.component: _top(counted[s.component], findings_by_component.get(s.component, ()))
        for s in ranked
    }
    blockers = tuple(
        Blocker(
            rank=i,
            score=s,
            kind=kinds.get(s.component, s.component_type),
            plain=_plain(
                s,
                kinds.get(s.component, s.component_type),
                _why(s, top[s.component], kinds),
                uc_names,
            ),
            top_finding=top[s.component],
            why=_why(s, top[s.component], kinds),
            counted=counted[s.component],
            unobserved_flows=sum(1 for f in answered[s.component] if not f.observed),
            answered_flows=len(answered[s.component]),
            confidence_note=_confidence_note(
                s, answered[s.component], s.component in declared_only
            ),
            bars=_bars(s, scale),
        )
        for i, s in enumerate(ranked, start=1)
    )

    as_of = assessment.generated_at[:10]
    eos = tuple(s for s in inv.systems if s.support_end and as_of and s.support_end[:10] <= as_of)
    undeclared = tuple(s for s in inv.systems if not s.declared)
    inferred = _inferred_phi(assessment)
    no_tls = tuple(f for f in inv.flows if is_phi_without_tls(f, inferred))
    statuses = [r.status for r in assessment.readiness]
    counts = Counts(
        systems=len(inv.systems),
        flows=len(inv.flows),
        phi_flows_without_tls=len(no_tls),
        phi_flows_tls_unknown=sum(1 for f in inv.flows if f.phi_classes and f.tls is None),
        end_of_support=len(eos),
        undeclared_systems=len(undeclared),
        unmatched_names=len(inv.unmatched_names),
        findings=len(assessment.findings),
        scan_errors=len(inv.scan.errors),
        use_cases=len(assessment.readiness),
        use_cases_ready=statuses.count("ready"),
        use_cases_blocked=statuses.count("blocked"),
        use_cases_unknown=len(statuses) - statuses.count("ready") - statuses.count("blocked"),
    )
    return Facts(
        assessment=assessment,
        counts=counts,
        as_of=as_of,
        blockers=blockers,
        names=names,
        kinds=kinds,
        use_case_names=uc_names,
        end_of_support=eos,
        undeclared=undeclared,
        phi_without_tls=no_tls,
        inferred_phi=inferred,
        findings_by_component=findings_by_component,
        action_days={
            a.component: a.days for w in assessment.waves for a in w.actions if a.days is not None
        },
    )

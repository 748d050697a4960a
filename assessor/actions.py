"""The actions of the roadmap: what to do with one component, whose, by when, and the quick wins.

A migration action names its disposition, effort in person-days, the owner the estate declares,
the components whose actions must happen before it, the support deadline it must beat (in plain
words when the plan cannot) and any decision pinned by hand with what the tool would have
proposed. A system the hospital does not control (``external = true`` in the estate file, or a
partner kind such as a State registry) gets a *coordinate* action, never a refactor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import networkx as nx

from assessor.dependencies import REPOINTED
from assessor.effort import size_quick_win, tshirt
from assessor.graph import responsible_system
from assessor.model import ComponentScore, EffortDays, Finding, Flow, RoadmapAction, System
from assessor.rules.base import Rule
from assessor.schedule import DAYS_PER_MONTH, date_after, month_label

__all__ = [
    "COORDINATE",
    "DISPOSITION_SKILLS",
    "PARTNER_KINDS",
    "SEVERITY_ORDER",
    "Decision",
    "is_external",
    "migration_action",
    "quick_wins",
]

PARTNER_KINDS = frozenset({"registry"})
"""System kinds run by someone else (a State immunization registry): coordinated, not changed."""
COORDINATE = "coordinate"
SEVERITY_ORDER = ("info", "low", "medium", "high", "critical")
DISPOSITION_SKILLS = {
    "replace": ("data migration", "vendor management"),
    "replatform": ("data migration",),
    "rehost": ("infrastructure",),
    "refactor": ("HL7 v2",),
    "retire": ("data governance",),
    "retain": (),
    COORDINATE: ("vendor management",),
}


def is_external(system: System | None) -> bool:
    """Whether the hospital does not control a system: declared ``external`` or a partner kind."""
    return system is not None and (system.external or system.kind in PARTNER_KINDS)


@dataclass(frozen=True)
class Decision:
    """One component's action before scheduling: what, how big, whose, by when."""

    component: str
    disposition: str
    days: EffortDays
    owner: str | None
    external: bool
    deadline: date | None
    pinned: tuple[str, ...]
    pin_reason: str
    proposed: dict[str, str]
    pinned_wave: int | None


def _deadline_note(
    decision: Decision,
    wave: int,
    spans: Mapping[int, tuple[float, float]],
    start: date,
    capacity: float,
) -> str:
    """Plain words when the action's wave ends after its support deadline; '' when it is met."""
    deadline = decision.deadline
    if deadline is None:
        return ""
    ends = date_after(start, spans[wave][1])
    if ends <= deadline:
        return ""
    where = f"planned in wave {wave}, which ends {month_label(start, spans[wave][1] - 1e-9)}"
    if deadline < start:
        return f"out of support since {deadline.isoformat()}; the deadline has passed, {where}"
    alone = decision.days.likely / capacity
    if (deadline - start).days / DAYS_PER_MONTH < alone:
        return (
            f"support ends {deadline.isoformat()}; the work alone takes {alone:.1f} months at "
            f"{capacity:g} person-days a month: no plan can meet it ({where})"
        )
    return (
        f"support ends {deadline.isoformat()}; {where}: this plan misses it (the capacity goes "
        f"to earlier deadlines and prerequisites first)"
    )


def quick_wins(
    per_component: dict[str, list[Finding]],
    rules: Mapping[str, Rule],
    systems: Mapping[str, System],
    flows: Mapping[str, Flow],
    hub_ids: set[str],
) -> dict[str, RoadmapAction]:
    """One wave-0 action per component with quick-win findings, owned by whoever answers for it.

    A flow's fix belongs to the engine running its channel, else its sender; a fix on a link to a
    partner's system is coordinated with the partner.
    """
    actions = {}
    for component, findings in sorted(per_component.items()):
        quick = [f for f in findings if f.rule_id in rules and rules[f.rule_id].quick_win]
        if not quick:
            continue
        ids = tuple(sorted({f.rule_id for f in quick}))
        skills = tuple(sorted({s for i in ids for s in rules[i].skills}))
        rationale = "; ".join(sorted({rules[i].remediation for i in ids}))
        flow = flows.get(component)
        answerable = responsible_system(flow, hub_ids) if flow else component
        ends = (flow.source, flow.target) if flow else (component,)
        partners = [systems[e].name for e in ends if is_external(systems.get(e))]
        if partners:
            rationale = f"coordinate with the partner ({', '.join(partners)}): {rationale}"
        owner = systems[answerable].owner if answerable in systems else None
        actions[component] = RoadmapAction(
            component,
            "retain",
            tshirt(size_quick_win(len(ids)).likely),
            rationale,
            ids,
            skills,
            days=size_quick_win(len(ids)),
            owner=owner,
            external=bool(partners),
        )
    return actions


def migration_action(
    score: ComponentScore,
    decision: Decision,
    findings: list[Finding],
    rules: Mapping[str, Rule],
    deps: nx.DiGraph,
    proposed_wave: Mapping[str, int],
    wave: int,
    spans: Mapping[int, tuple[float, float]],
    start: date,
    capacity: float,
) -> RoadmapAction:
    """The action of one component: why, with what skills, whose, after what, by when."""
    structural = sorted(
        {f.rule_id for f in findings if not (f.rule_id in rules and rules[f.rule_id].quick_win)}
    )
    skills = {s for i in structural if i in rules for s in rules[i].skills}
    if decision.external:
        skills = set()
    skills |= set(DISPOSITION_SKILLS.get(decision.disposition, ()))
    if score.use_cases_blocked:
        skills.add("AI risk management")
    # The gravest reasons first: a reader sees why the system is replaced, not its least issue.
    ordered = sorted(
        (f for f in findings if f.rule_id in structural),
        key=lambda f: (-SEVERITY_ORDER.index(f.severity), f.rule_id, f.title),
    )
    titles = list(dict.fromkeys(f.title for f in ordered))
    reasons = "; ".join(titles[:3]) if titles else "see findings"
    if decision.external:
        rationale = f"coordinate with the partner ({decision.owner or score.name}): {reasons}"
    else:
        rationale = f"{decision.disposition}: {reasons}"
    after = tuple(sorted(deps.predecessors(score.component)))
    if decision.disposition in REPOINTED and after:
        rationale += f"; its interfaces are re-pointed on {', '.join(after)} once migrated"
    proposed = dict(decision.proposed)
    if "wave" in decision.pinned and score.component in proposed_wave:
        proposed["wave"] = str(proposed_wave[score.component])
    return RoadmapAction(
        score.component,
        decision.disposition,
        tshirt(decision.days.likely),
        rationale,
        tuple(structural),
        tuple(sorted(skills)),
        days=decision.days,
        owner=decision.owner,
        external=decision.external,
        after=after,
        deadline=decision.deadline.isoformat() if decision.deadline else None,
        deadline_note=_deadline_note(decision, wave, spans, start, capacity),
        pinned=decision.pinned,
        pin_reason=decision.pin_reason,
        proposed=proposed,
    )

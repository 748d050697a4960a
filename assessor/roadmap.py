"""The roadmap: a quick-win lane, then dated waves of actions in must-happen-before order.

Wave 0 holds fixes that need no migration (TLS on an MLLP link, an owner for an orphan system).
Every other component with something to do gets one action: its disposition (pinned by hand in the
estate file, or chosen from its findings; a partner's system is coordinated, never changed), its
effort in person-days sized from what was scanned (:mod:`assessor.effort`), its owner and the
support deadline it must beat. What must happen before what comes from what each action changes
(:mod:`assessor.dependencies`); a cycle of it is one move group. The scheduler
(:mod:`assessor.schedule`) puts the actions into waves under a capacity in person-days per month
(the estate file's, ``--config``'s, or :data:`DEFAULT_CAPACITY`) and dates them; the critical path
is the chain of must-happen-before with the most person-days. See ``docs/scoring.md``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

import networkx as nx

from assessor.actions import (
    COORDINATE,
    SEVERITY_ORDER,
    Decision,
    is_external,
    migration_action,
    quick_wins,
)
from assessor.config import ScoringConfig
from assessor.dependencies import must_happen_before
from assessor.effort import (
    ComponentSize,
    component_sizes,
    engine_effort,
    pinned_effort,
    size_action,
    tshirt,
)
from assessor.graph import HUB_KINDS
from assessor.model import (
    ComponentScore,
    Dimension,
    Finding,
    Inventory,
    RoadmapAction,
    Schedule,
    System,
    UseCaseReadiness,
    UseCaseTiming,
    Wave,
)
from assessor.rules.base import Rule
from assessor.schedule import Job, month_label, plan_waves
from assessor.unlocks import clear_waves, unlock_waves, with_unlocks

__all__ = ["DEFAULT_CAPACITY", "Roadmap", "choose_disposition", "plan_roadmap"]

DEFAULT_CAPACITY = 40.0
"""Person-days a month the hospital can put into the roadmap when nobody says: two people."""
LIFECYCLE_DEADLINE_RULES = frozenset({"LIFE-S01", "LIFE-S02"})
"""The findings that make a system's support end date its action's deadline."""
ACTION_SEVERITY = "medium"
"""Findings at or above this severity that no quick win fixes call for a migration action."""


def choose_disposition(
    component_type: str,
    findings: list[Finding],
    rules: Mapping[str, Rule],
    config: ScoringConfig,
    is_hub: bool = False,
    all_flows_disabled: bool = False,
) -> str:
    """What to do with a component, from its findings (Gartner TIME read as the 6 Rs).

    Every interface of it disabled: retire. Past end of support for two years or more: replace
    (an interface engine: replatform onto a supported version). Only its database engine past
    end of support, the product itself supported: rehost (move the database onto a supported
    engine version; the application does not change). Past end of support, or support ending
    within the year: replatform.
    Any other medium-or-worse finding that a quick win cannot fix: refactor (criticality findings
    raise the priority but call for no migration). Otherwise: retain (tolerate).
    """
    if all_flows_disabled:
        return "retire"
    lifecycle = [
        f
        for f in findings
        if f.rule_id in ("LIFE-S01", "LIFE-D01")
        and SEVERITY_ORDER.index(f.severity) >= SEVERITY_ORDER.index("high")
    ]
    structural = [
        f
        for f in findings
        if SEVERITY_ORDER.index(f.severity) >= SEVERITY_ORDER.index(ACTION_SEVERITY)
        and f.dimension != Dimension.CRITICALITY
        and not (f.rule_id in rules and rules[f.rule_id].quick_win)
    ]
    if not lifecycle and any(f.rule_id == "LIFE-S02" for f in findings):
        return "replatform"
    if lifecycle:
        own_product = [f for f in lifecycle if f.rule_id == "LIFE-S01"]
        if (
            component_type == "system"
            and not is_hub
            and any(f.severity == "critical" for f in own_product)
        ):
            return "replace"
        if all(f.rule_id == "LIFE-D01" for f in lifecycle):
            return "rehost"
        return "replatform"
    return "refactor" if structural else "retain"


@dataclass(frozen=True)
class Roadmap:
    """The plan: scores with their final disposition and effort, dated waves, critical path."""

    scores: tuple[ComponentScore, ...]
    waves: tuple[Wave, ...]
    critical_path: tuple[str, ...]
    critical_path_days: int
    schedule: Schedule


def plan_roadmap(
    graph: nx.MultiDiGraph,
    scores: tuple[ComponentScore, ...],
    findings: tuple[Finding, ...],
    attributed: Mapping[str, list[Finding]],
    rules: Mapping[str, Rule],
    readiness: tuple[UseCaseReadiness, ...],
    config: ScoringConfig,
    inventory: Inventory,
) -> Roadmap:
    """Decide, size, order, schedule and date every action; near-linear in systems and flows.

    ``findings`` are all findings (quick wins are listed per finding component: one flow, one
    system); ``attributed`` the findings each scored component answers for.
    """
    systems = {s.id: s for s in inventory.systems}
    hub_ids = {n for n, d in graph.nodes(data=True) if d.get("kind") in HUB_KINDS}
    capacity, source = _capacity(config, inventory)
    start = config.today
    own = {k: list(v) for k, v in attributed.items()}
    sizes = component_sizes(inventory, hub_ids)
    decisions = {
        s.component: d
        for s in scores
        if (d := _decide(s, systems.get(s.component), own.get(s.component, []), sizes))
    }
    scores = tuple(
        replace(s, disposition=d.disposition, effort=tshirt(d.days.likely))
        if (d := decisions.get(s.component))
        else s
        for s in scores
    )
    by_id = {s.component: s for s in scores}

    per_component: dict[str, list[Finding]] = {}
    for f in findings:
        per_component.setdefault(f.component, []).append(f)
    flow_ends = {f.id: f for f in inventory.flows}
    quick = quick_wins(per_component, rules, systems, flow_ends, hub_ids)
    quick_days = sum(a.days.likely for a in quick.values() if a.days)

    deps = must_happen_before(graph, {c: d.disposition for c, d in decisions.items()}, hub_ids)
    condensed = nx.condensation(deps)
    nodes = sorted(condensed.nodes, key=lambda n: sorted(condensed.nodes[n]["members"]))
    index_of = {n: i for i, n in enumerate(nodes)}
    jobs = [_job(sorted(condensed.nodes[n]["members"]), decisions, by_id) for n in nodes]
    before = [(index_of[a], index_of[b]) for a, b in condensed.edges]
    first_month = quick_days / capacity
    wave_of_job, spans = plan_waves(jobs, before, capacity, config.wave_months, start, first_month)
    proposed_wave: dict[str, int] = {}
    if any(j.pinned_wave is not None for j in jobs):
        unpinned = [replace(j, pinned_wave=None) for j in jobs]
        free, _ = plan_waves(unpinned, before, capacity, config.wave_months, start, first_month)
        proposed_wave = {m: free[i] for i, j in enumerate(jobs) for m in j.members}
    wave_of = {m: wave_of_job[i] for i, j in enumerate(jobs) for m in j.members}
    spans[0] = (0.0, first_month)

    path_jobs, path_days = _critical_path(jobs, before)
    path = tuple(m for i in path_jobs for m in jobs[i].members)
    unlocked = unlock_waves(readiness, rules, wave_of)
    cleared = clear_waves(readiness, rules, wave_of)
    actions = {
        c: migration_action(
            by_id[c],
            d,
            own.get(c, []),
            rules,
            deps,
            proposed_wave,
            wave_of[c],
            spans,
            start,
            capacity,
        )
        for c, d in decisions.items()
    }
    waves = []
    if quick:
        quick_actions = with_unlocks(
            tuple(quick[c] for c in sorted(quick)), unlocked.get(0, ()), readiness, rules, True
        )
        waves.append(
            _wave(
                0,
                "Quick wins: security and privacy fixes, no migration",
                quick_actions,
                spans,
                start,
                (unlocked, cleared),
                (),
                False,
            )
        )
    for number in sorted(set(wave_of_job)):
        held = sorted(
            (i for i, w in enumerate(wave_of_job) if w == number),
            key=lambda i: (-jobs[i].priority, jobs[i].members),
        )
        wave_actions = with_unlocks(
            tuple(actions[m] for i in held for m in jobs[i].members),
            unlocked.get(number, ()),
            readiness,
            rules,
            False,
        )
        groups = tuple(jobs[i].members for i in held if len(jobs[i].members) > 1)
        on_path = any(i in path_jobs for i in held)
        waves.append(
            _wave(
                number,
                f"Wave {number}",
                wave_actions,
                spans,
                start,
                (unlocked, cleared),
                groups,
                on_path,
            )
        )
    schedule = Schedule(
        capacity_days_per_month=capacity,
        capacity_source=source,
        plan_start=start.isoformat(),
        wave_months=config.wave_months,
        total_months=round(max(end for _, end in spans.values()), 1),
        total_days=round(quick_days + sum(j.days for j in jobs), 1),
        critical_path_months=round(path_days / capacity, 1),
        critical_path_days=round(path_days, 1),
        use_cases=tuple(
            UseCaseTiming(u, w, _end_month(spans, w), month_label(start, spans[w][1] - 1e-9))
            for w, ucs in sorted(unlocked.items())
            for u in ucs
        ),
        deadline_misses=tuple(
            f"{by_id[c].name}: {a.deadline_note}"
            for c, a in sorted(actions.items())
            if a.deadline_note
        ),
        pinned=tuple(sorted(c for c, d in decisions.items() if d.pinned)),
    )
    return Roadmap(scores, tuple(waves), path, round(path_days), schedule)


def _capacity(config: ScoringConfig, inventory: Inventory) -> tuple[float, str]:
    """Person-days per month and where the figure came from: --config, estate file, default."""
    if config.capacity_days_per_month:
        return config.capacity_days_per_month, "config"
    if inventory.capacity_days_per_month:
        return inventory.capacity_days_per_month, "estate"
    return DEFAULT_CAPACITY, "default"


def _decide(
    score: ComponentScore,
    system: System | None,
    findings: list[Finding],
    sizes: Mapping[str, ComponentSize],
) -> Decision | None:
    """The component's action (None: retained, nothing to do), pins applied."""
    pin = system.pin if system else None
    external = is_external(system)
    proposed = score.disposition
    if external and proposed != "retain":
        proposed = COORDINATE
    disposition = pin.disposition if pin and pin.disposition else proposed
    if disposition == "retain":
        return None
    size = sizes.get(score.component, ComponentSize())
    sized = (system and system.engine and engine_effort(disposition, system.engine, size)) or (
        size_action(disposition, size)
    )
    pinned: list[str] = []
    shown: dict[str, str] = {}
    days = sized
    if pin and pin.disposition:
        pinned.append("disposition")
        shown["disposition"] = proposed
    if pin and pin.effort_days is not None:
        pinned.append("effort")
        shown["effort_days"] = f"{sized.likely:g}"
        days = pinned_effort(pin.effort_days, pin.reason)
    if pin and pin.wave is not None:
        pinned.append("wave")
    own_lifecycle = any(
        f.rule_id in LIFECYCLE_DEADLINE_RULES and f.component == score.component for f in findings
    )
    deadline = None
    if own_lifecycle and system and system.support_end:
        try:
            deadline = date.fromisoformat(system.support_end)
        except ValueError:
            deadline = None
    return Decision(
        component=score.component,
        disposition=disposition,
        days=days,
        owner=system.owner if system else None,
        external=external,
        deadline=deadline,
        pinned=tuple(pinned),
        pin_reason=pin.reason if pin and pinned else "",
        proposed=shown,
        pinned_wave=pin.wave if pin else None,
    )


def _job(
    members: list[str], decisions: Mapping[str, Decision], by_id: Mapping[str, ComponentScore]
) -> Job:
    deadlines = [decisions[m].deadline for m in members if decisions[m].deadline]
    pins = [decisions[m].pinned_wave for m in members if decisions[m].pinned_wave is not None]
    return Job(
        members=tuple(members),
        days=sum(decisions[m].days.likely for m in members),
        priority=max(by_id[m].priority for m in members),
        deadline=min(deadlines, default=None),
        pinned_wave=min(pins, default=None),
    )


def _critical_path(jobs: list[Job], before: list[tuple[int, int]]) -> tuple[tuple[int, ...], float]:
    """The chain of must-happen-before with the most person-days (ties: smallest member ids)."""
    dag = nx.DiGraph()
    dag.add_nodes_from(range(len(jobs)))
    dag.add_edges_from(before)
    best: dict[int, tuple[float, tuple[int, ...]]] = {}

    def rank(entry: tuple[float, tuple[int, ...]]) -> tuple:
        return (entry[0], tuple(jobs[i].members for i in entry[1]))

    for n in nx.lexicographical_topological_sort(dag, key=lambda n: jobs[n].members):
        prior = max((best[a] for a in dag.predecessors(n)), key=rank, default=(0.0, ()))
        best[n] = (prior[0] + jobs[n].days, (*prior[1], n))
    if not best:
        return (), 0.0
    days, chain = max(best.values(), key=rank)
    return chain, days


def _end_month(spans: Mapping[int, tuple[float, float]], wave: int) -> int:
    start, end = spans[wave]
    return max(math.floor(start) + 1, math.ceil(end - 1e-9))


def _wave(
    number: int,
    name: str,
    actions: tuple[RoadmapAction, ...],
    spans: Mapping[int, tuple[float, float]],
    start: date,
    use_cases: tuple[Mapping[int, tuple[str, ...]], Mapping[int, tuple[str, ...]]],
    groups: tuple[tuple[str, ...], ...],
    on_path: bool,
) -> Wave:
    """Wave ``number``; ``use_cases`` are (unlocked, cleared) use cases by wave."""
    unlocked, cleared = use_cases
    begin, end = spans[number]
    days = round(sum(a.days.likely for a in actions if a.days), 1)
    return Wave(
        number,
        name,
        actions,
        round(days),
        unlocked.get(number, ()),
        groups,
        on_path,
        days=days,
        clears=cleared.get(number, ()),
        start_month=math.floor(begin) + 1,
        end_month=_end_month(spans, number),
        starts=month_label(start, begin),
        ends=month_label(start, max(begin, end - 1e-9)),
    )

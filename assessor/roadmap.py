"""The roadmap: a quick-win lane, then waves in dependency order, limited by effort per wave.

Wave 0 holds fixes that need no migration (TLS on an MLLP link, an owner for an orphan system).
The other actions follow the dependency graph (a receiver depends on its sender, a system on its
store; an interface engine decouples the two sides of its channels), each cycle condensed into
one *move group* that migrates together. Waves are filled up to the configured effort capacity
(S/M/L/XL = 1/2/4/8 points). Among the actions whose dependencies are done, those that complete a
use case come first, then priorities at or above the pull-forward threshold (which wait only for
pulled-forward predecessors), then dependency generation and priority. The critical path is the
chain of dependent actions with the most effort.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

import networkx as nx

from assessor.config import ScoringConfig
from assessor.graph import HUB_KINDS, STORE_EDGE
from assessor.model import ComponentScore, Dimension, Finding, RoadmapAction, UseCaseReadiness, Wave
from assessor.readiness import BLOCKED
from assessor.rules.base import Rule

__all__ = ["choose_disposition", "dependency_graph", "plan_roadmap"]

SEVERITY_ORDER = ("info", "low", "medium", "high", "critical")
DISPOSITION_SKILLS = {
    "replace": ("data migration", "vendor management"),
    "replatform": ("data migration",),
    "rehost": ("infrastructure",),
    "refactor": ("HL7 v2",),
    "retire": ("data governance",),
    "retain": (),
}


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


def dependency_graph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Who depends on whom: a receiver on its sender, a system on its store.

    Flows through an interface engine create no dependency: decoupling senders from receivers
    is what the engine is for, so either side can move while the engine keeps the other talking.
    The engine itself stays a node of its own.
    """
    hub_ids = {n for n, d in graph.nodes(data=True) if d.get("kind") in HUB_KINDS}
    deps = nx.DiGraph()
    deps.add_nodes_from(sorted(graph.nodes))
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        if u in hub_ids or v in hub_ids or u == v:
            continue
        if data.get("relation") == STORE_EDGE or data.get("enabled", True):
            deps.add_edge(u, v)
    return deps


def plan_roadmap(
    graph: nx.MultiDiGraph,
    scores: tuple[ComponentScore, ...],
    findings: tuple[Finding, ...],
    attributed: Mapping[str, list[Finding]],
    rules: Mapping[str, Rule],
    readiness: tuple[UseCaseReadiness, ...],
    config: ScoringConfig,
) -> tuple[tuple[Wave, ...], tuple[str, ...], int]:
    """(waves, critical path as component ids, its effort points).

    ``findings`` are all findings (quick wins are listed per finding component: one flow, one
    system); ``attributed`` the findings each scored component answers for.
    """
    by_id = {s.component: s for s in scores}
    per_component: dict[str, list[Finding]] = {}
    for f in findings:
        per_component.setdefault(f.component, []).append(f)
    own = {k: list(v) for k, v in attributed.items()}

    quick = _quick_wins(per_component, rules, config)
    deps = dependency_graph(graph)
    for score in scores:  # flows may be missing from a graph built elsewhere
        deps.add_node(score.component)
    condensed = nx.condensation(deps)
    members = {n: tuple(sorted(condensed.nodes[n]["members"])) for n in condensed.nodes}
    actionable = {
        n: tuple(m for m in members[n] if m in by_id and by_id[m].disposition != "retain")
        for n in condensed.nodes
    }
    actionable = {n: m for n, m in actionable.items() if m}
    generation = {
        n: g for g, layer in enumerate(nx.topological_generations(condensed)) for n in layer
    }
    needs = {n: {a for a in nx.ancestors(condensed, n) if a in actionable} for n in actionable}
    effort = {n: sum(config.points_of(by_id[m].effort) for m in ms) for n, ms in actionable.items()}
    priority = {n: max(by_id[m].priority for m in ms) for n, ms in actionable.items()}

    # A pulled-forward action waits only for pulled-forward predecessors: a low-priority change
    # upstream must not hold back a top blocker (the upstream interface is re-pointed later).
    pulled = {n for n in actionable if priority[n] >= config.pull_forward}
    needs = {n: ({a for a in ns if a in pulled} if n in pulled else ns) for n, ns in needs.items()}
    unlockable = _migration_blockers(readiness, rules)
    wave_of_group = _schedule(
        actionable, needs, effort, priority, generation, members, config, unlockable
    )
    path, path_effort = _critical_path(actionable, needs, effort, members)

    wave_of: dict[str, int] = {m: wave_of_group[n] for n, ms in actionable.items() for m in ms}
    unlocked = _unlock_waves(readiness, rules, wave_of)
    waves = []
    if quick:
        actions = _with_unlocks(
            tuple(quick[c] for c in sorted(quick)), unlocked.get(0, ()), readiness, rules, True
        )
        waves.append(
            Wave(
                0,
                "Quick wins: security and privacy fixes, no migration",
                actions,
                sum(config.points_of(a.effort) for a in actions),
                unlocked.get(0, ()),
                (),
                False,
            )
        )
    for number in sorted(set(wave_of_group.values())):
        groups = sorted(
            (n for n, w in wave_of_group.items() if w == number),
            key=lambda n: (-priority[n], members[n]),
        )
        actions = _with_unlocks(
            tuple(_action(by_id[m], own.get(m, []), rules) for n in groups for m in actionable[n]),
            unlocked.get(number, ()),
            readiness,
            rules,
            False,
        )
        waves.append(
            Wave(
                number,
                f"Wave {number}",
                actions,
                sum(effort[n] for n in groups),
                unlocked.get(number, ()),
                tuple(members[n] for n in groups if len(members[n]) > 1),
                any(m in path for n in groups for m in actionable[n]),
            )
        )
    return tuple(waves), path, path_effort


def _quick_wins(
    own: dict[str, list[Finding]], rules: Mapping[str, Rule], config: ScoringConfig
) -> dict[str, RoadmapAction]:
    actions = {}
    for component, findings in sorted(own.items()):
        quick = [f for f in findings if f.rule_id in rules and rules[f.rule_id].quick_win]
        if not quick:
            continue
        ids = tuple(sorted({f.rule_id for f in quick}))
        skills = tuple(sorted({s for i in ids for s in rules[i].skills}))
        rationale = "; ".join(sorted({rules[i].remediation for i in ids}))
        actions[component] = RoadmapAction(component, "retain", "S", rationale, ids, skills)
    return actions


def _schedule(
    actionable: dict[int, tuple[str, ...]],
    needs: dict[int, set[int]],
    effort: dict[int, int],
    priority: dict[int, float],
    generation: dict[int, int],
    members: dict[int, tuple[str, ...]],
    config: ScoringConfig,
    unlockable: list[set[str]],
) -> dict[int, int]:
    """Wave number (1..) of every actionable group: list scheduling under the effort capacity.

    Among the groups whose dependencies are done, first those whose action completes a use case
    (every remaining blocker of it then has its action), then priorities at or above the
    pull-forward threshold, then dependency generation, priority and id.
    """
    done: set[str] = set()

    def order(n: int) -> tuple:
        pulled = priority[n] >= config.pull_forward
        after = done | set(actionable[n])
        completes = any(not blockers <= done and blockers <= after for blockers in unlockable)
        return (
            0 if completes else 1,
            0 if pulled else 1,
            0 if pulled else generation[n],
            -priority[n],
            members[n],
        )

    wave_of: dict[int, int] = {}
    wave = 0
    while len(wave_of) < len(actionable):
        wave += 1
        used = 0
        ready = {
            n
            for n in actionable
            if n not in wave_of and all(wave_of.get(a, math.inf) < wave for a in needs[n])
        }
        while ready:
            n = min(ready, key=order)
            ready.discard(n)
            if used == 0 or used + effort[n] <= config.wave_capacity:
                wave_of[n] = wave
                used += effort[n]
                done |= set(actionable[n])
    return wave_of


def _critical_path(
    actionable: dict[int, tuple[str, ...]],
    needs: dict[int, set[int]],
    effort: dict[int, int],
    members: dict[int, tuple[str, ...]],
) -> tuple[tuple[str, ...], int]:
    """The chain of dependent actions with the most effort (ties: smallest member ids)."""
    best: dict[int, tuple[int, tuple[int, ...]]] = {}

    def rank(entry: tuple[int, tuple[int, ...]]) -> tuple:
        return (entry[0], tuple(members[x] for x in entry[1]))

    for n in nx.lexicographical_topological_sort(
        _needs_dag(actionable, needs), key=lambda n: members[n]
    ):
        prior = max((best[a] for a in needs[n]), key=rank, default=(0, ()))
        best[n] = (prior[0] + effort[n], (*prior[1], n))
    if not best:
        return (), 0
    total, chain = max(best.values(), key=rank)
    return tuple(m for n in chain for m in actionable[n]), total


def _needs_dag(actionable: dict[int, tuple[str, ...]], needs: dict[int, set[int]]) -> nx.DiGraph:
    dag = nx.DiGraph()
    dag.add_nodes_from(sorted(actionable))
    dag.add_edges_from(sorted((a, n) for n in actionable for a in needs[n]))
    return dag


def _migration_blockers(
    readiness: tuple[UseCaseReadiness, ...], rules: Mapping[str, Rule]
) -> list[set[str]]:
    """Per blocked use case that could become ready, the blockers a quick win cannot clear."""
    result = []
    for r in readiness:
        if r.status != BLOCKED or any(not m.startswith("TLS status") for m in r.missing_evidence):
            continue
        result.append(
            {
                b.component
                for b in r.blocked_by
                if not all(i in rules and rules[i].quick_win for i in b.rule_ids)
            }
        )
    return result


def _unlock_waves(
    readiness: tuple[UseCaseReadiness, ...],
    rules: Mapping[str, Rule],
    wave_of: dict[str, int],
) -> dict[int, tuple[str, ...]]:
    """Wave after which each blocked use case has no blocker left.

    A quick-win rule is fixed in wave 0; any other rule when its component's wave is done. A use
    case whose data evidence is missing cannot be promised (its caveats, such as unknown TLS,
    do not stop it).
    """
    unlocked: dict[int, list[str]] = {}
    for r in readiness:
        if r.status != BLOCKED or any(not m.startswith("TLS status") for m in r.missing_evidence):
            continue
        done = 0.0
        for blocker in r.blocked_by:
            for rule_id in blocker.rule_ids:
                if rule_id in rules and rules[rule_id].quick_win:
                    at: float = 0
                else:
                    at = wave_of.get(blocker.component, math.inf)
                done = max(done, at)
        if done != math.inf:
            unlocked.setdefault(int(done), []).append(r.use_case)
    return {w: tuple(sorted(u)) for w, u in unlocked.items()}


def _with_unlocks(
    actions: tuple[RoadmapAction, ...],
    unlocked_here: tuple[str, ...],
    readiness: tuple[UseCaseReadiness, ...],
    rules: Mapping[str, Rule],
    quick: bool,
) -> tuple[RoadmapAction, ...]:
    """Each action with the use cases unlocked in its wave that it clears a blocker of.

    A quick win clears a use case's blocking rule it fixes; a migration action, a use case it
    blocks through a rule no quick win fixes.
    """
    by_use_case = {r.use_case: r for r in readiness}
    result = []
    for action in actions:
        cleared = []
        for use_case in unlocked_here:
            for blocker in by_use_case[use_case].blocked_by:
                heavy = [i for i in blocker.rule_ids if not (i in rules and rules[i].quick_win)]
                if (quick and set(action.rule_ids) & set(blocker.rule_ids)) or (
                    not quick and blocker.component == action.component and heavy
                ):
                    cleared.append(use_case)
                    break
        result.append(replace(action, unlocks=tuple(sorted(cleared))))
    return tuple(result)


def _action(
    score: ComponentScore, findings: list[Finding], rules: Mapping[str, Rule]
) -> RoadmapAction:
    structural = sorted(
        {f.rule_id for f in findings if not (f.rule_id in rules and rules[f.rule_id].quick_win)}
    )
    skills = {s for i in structural if i in rules for s in rules[i].skills}
    skills |= set(DISPOSITION_SKILLS.get(score.disposition, ()))
    if score.use_cases_blocked:
        skills.add("AI risk management")
    # The gravest reasons first: a reader sees why the system is replaced, not its least issue.
    ordered = sorted(
        (f for f in findings if f.rule_id in structural),
        key=lambda f: (-SEVERITY_ORDER.index(f.severity), f.rule_id, f.title),
    )
    titles = list(dict.fromkeys(f.title for f in ordered))
    rationale = f"{score.disposition}: " + ("; ".join(titles[:3]) if titles else "see findings")
    return RoadmapAction(
        score.component,
        score.disposition,
        score.effort,
        rationale,
        tuple(structural),
        tuple(sorted(skills)),
    )

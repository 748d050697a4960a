"""Which use cases each wave unlocks, and which actions clear their blockers.

A quick-win rule is fixed in wave 0; any other rule when its component's wave is done. A blocked
use case is unlocked after the wave that clears its last blocker; one whose data evidence is
missing cannot be promised.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

from assessor.model import RoadmapAction, UseCaseReadiness
from assessor.readiness import BLOCKED
from assessor.rules.base import Rule

__all__ = ["clear_waves", "unlock_waves", "with_unlocks"]


def _clearing_wave(
    r: UseCaseReadiness, rules: Mapping[str, Rule], wave_of: dict[str, int]
) -> float:
    """The wave that clears ``r``'s last blocker (inf when a blocker is in no wave)."""
    done = 0.0
    for blocker in r.blocked_by:
        for rule_id in blocker.rule_ids:
            if rule_id in rules and rules[rule_id].quick_win:
                at: float = 0
            else:
                at = wave_of.get(blocker.component, math.inf)
            done = max(done, at)
    return done


def _by_wave(
    readiness: tuple[UseCaseReadiness, ...],
    rules: Mapping[str, Rule],
    wave_of: dict[str, int],
    awaiting_evidence: bool,
) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for r in readiness:
        # a caveat, such as unknown TLS, is not missing evidence: it holds no promise back
        if r.status != BLOCKED or bool(r.missing_evidence) != awaiting_evidence:
            continue
        done = _clearing_wave(r, rules, wave_of)
        if done != math.inf:
            found.setdefault(int(done), []).append(r.use_case)
    return {w: tuple(sorted(u)) for w, u in found.items()}


def unlock_waves(
    readiness: tuple[UseCaseReadiness, ...],
    rules: Mapping[str, Rule],
    wave_of: dict[str, int],
) -> dict[int, tuple[str, ...]]:
    """Wave after which each blocked use case has no blocker left.

    A quick-win rule is fixed in wave 0; any other rule when its component's wave is done. A use
    case whose data evidence is missing cannot be promised (its caveats, such as unknown TLS,
    do not stop it): :func:`clear_waves` gives those.
    """
    return _by_wave(readiness, rules, wave_of, awaiting_evidence=False)


def clear_waves(
    readiness: tuple[UseCaseReadiness, ...],
    rules: Mapping[str, Rule],
    wave_of: dict[str, int],
) -> dict[int, tuple[str, ...]]:
    """Wave after which a blocked use case still awaiting data evidence has no blocker left.

    The plan clears its way, but it is not promised: what was not observed (a flow's latency, a
    feed never captured) may block it still. A reader is told "wave N, once confirmed" rather
    than "never".
    """
    return _by_wave(readiness, rules, wave_of, awaiting_evidence=True)


def with_unlocks(
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

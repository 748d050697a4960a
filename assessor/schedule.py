"""Waves on a calendar: list scheduling of jobs under a capacity in person-days per month.

A *job* is one action, or the actions of one move group, with its likely person-days, priority,
the support deadline it must beat and a wave pinned by hand. Waves follow one another; a wave
holds at most ``capacity x wave_months`` person-days (a job bigger than that gets a wave of its
own), and lasts as many months as its person-days take at the capacity. A job goes in a wave
once everything that must happen before it is in an earlier wave. Among the jobs that are free
to go:

1. those whose support deadline is due within a year and can still be met, earliest deadline
   first (EDF: the order that meets every deadline that any order can meet);
2. then every other job by priority (a deadline already missed, or that no order can meet, is
   planned as early as its priority says, and reported).

A pinned job goes in its pinned wave whatever the capacity. Each wave is filled in that order,
first fit, looking a bounded number of jobs past the first that does not fit, so the scheduler
stays near-linear (``O((jobs + dependencies) log jobs)``) on estates of thousands of systems.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DAYS_PER_MONTH", "DUE_SOON_MONTHS", "Job", "date_after", "month_label", "plan_waves"]

DAYS_PER_MONTH = 30.44
"""Calendar days in an average month, to turn months of the plan into dates."""
DUE_SOON_MONTHS = 12.0
"""A deadline within this many months of a wave's start is scheduled by deadline."""
LOOKAHEAD = 64
"""Jobs looked at past the first one that does not fit in a wave (backfill, bounded)."""


@dataclass(frozen=True)
class Job:
    """Actions that are scheduled together: one component, or one move group."""

    members: tuple[str, ...]
    days: float
    priority: float = 0.0
    deadline: date | None = None
    pinned_wave: int | None = None


def plan_waves(
    jobs: Sequence[Job],
    before: Sequence[tuple[int, int]],
    capacity: float,
    wave_months: float,
    start: date,
    first_month: float = 0.0,
) -> tuple[list[int], dict[int, tuple[float, float]]]:
    """The wave (1..) of every job, and each wave's (start, end) in months from ``start``.

    ``before`` holds pairs ``(a, b)`` of job indexes where a must be in an earlier wave than b
    (the graph must be acyclic: condense move groups into one job first). ``first_month`` is when
    wave 1 may begin (after the quick wins).
    """
    count = len(jobs)
    successors: list[list[int]] = [[] for _ in range(count)]
    waiting = [0] * count
    for a, b in before:
        successors[a].append(b)
        waiting[b] += 1
    pinned: dict[int, list[int]] = {}
    for index, job in enumerate(jobs):
        if job.pinned_wave is not None:
            pinned.setdefault(max(job.pinned_wave, 1), []).append(index)
    free = [i for i in range(count) if waiting[i] == 0 and jobs[i].pinned_wave is None]
    by_priority: list[tuple] = []
    by_deadline: list[tuple] = []  # (latest start month, index): not yet due
    due: list[tuple] = []  # (deadline, -priority, members, index): due soon, meetable

    def release(index: int) -> None:
        job = jobs[index]
        heapq.heappush(by_priority, _priority_key(job, index))
        if job.deadline is not None:
            heapq.heappush(by_deadline, (_latest_start(job, start, capacity), index))

    for index in free:
        release(index)
    wave_of = [0] * count  # 0: not placed yet
    spans: dict[int, tuple[float, float]] = {}
    placed = 0
    wave, now = 0, first_month
    cap = capacity * wave_months
    while placed < count:
        wave += 1
        while by_priority and wave_of[by_priority[0][-1]]:
            heapq.heappop(by_priority)  # placed from the deadline lane
        if not by_priority and wave not in pinned:
            later = [w for w in pinned if w > wave]
            if not later:
                raise ValueError("must-happen-before has a cycle: condense it into one job")
            wave = min(later)
        # Deadlines due within the horizon, and still meetable from now, move to the EDF lane
        # (a job stays in the priority lane too; whichever lane places it first wins).
        while by_deadline and by_deadline[0][0] - now <= DUE_SOON_MONTHS:
            latest, index = heapq.heappop(by_deadline)
            job = jobs[index]
            if latest >= now and not wave_of[index]:
                heapq.heappush(due, (job.deadline, -job.priority, job.members, index))
        chosen = list(pinned.get(wave, ()))
        for index in chosen:
            wave_of[index] = wave
        used = sum(jobs[i].days for i in chosen)
        for lane in (due, by_priority):
            skipped: list[tuple] = []
            misses = 0
            while lane and misses <= LOOKAHEAD:
                entry = heapq.heappop(lane)
                index = entry[-1]
                if wave_of[index]:
                    continue  # placed from the other lane
                if not chosen or used + jobs[index].days <= cap:
                    chosen.append(index)
                    wave_of[index] = wave
                    used += jobs[index].days
                else:
                    skipped.append(entry)
                    misses += 1
            for entry in skipped:
                heapq.heappush(lane, entry)
        placed += len(chosen)
        spans[wave] = (now, now + used / capacity)
        now = spans[wave][1]
        for index in chosen:
            for successor in successors[index]:
                waiting[successor] -= 1
                if waiting[successor] == 0 and jobs[successor].pinned_wave is None:
                    release(successor)
    return wave_of, spans


def month_label(start: date, months: float) -> str:
    """The calendar month (``YYYY-MM``) that ``months`` months after ``start`` falls in."""
    moment = start + timedelta(days=math.floor(months * DAYS_PER_MONTH))
    return f"{moment.year:04d}-{moment.month:02d}"


def date_after(start: date, months: float) -> date:
    """The day ``months`` months of the plan after ``start``."""
    return start + timedelta(days=math.ceil(months * DAYS_PER_MONTH))


def _priority_key(job: Job, index: int) -> tuple:
    return (-job.priority, job.members, index)


def _latest_start(job: Job, start: date, capacity: float) -> float:
    """The month by which the job must start to end before its deadline, at full capacity."""
    assert job.deadline is not None
    return (job.deadline - start).days / DAYS_PER_MONTH - job.days / capacity

"""The wave strip: one bar per wave, as long as its effort, starting where the waves before end.

Bars are placed on one effort axis like a Gantt chart (waves run one after another), so a wave
twice the effort of another is twice as long, and a wave of no effort is a thin tick rather than
a bar padded to look like work. ``effort`` says which figure a bar measures: the effort points the
roadmap carries (likely person-days, ``Wave.days``; its rounded ``effort_points`` when that is not
set), or any other figure of a wave.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assessor.model import Wave

MIN_WIDTH = 0.006  # a wave of no effort still shows where it sits on the axis


def person_days(wave: Wave) -> float:
    """The wave's likely person-days (rounded ``effort_points`` when unset): the bar length."""
    return float(max(wave.days or wave.effort_points, 0))


@dataclass(frozen=True)
class StripBar:
    """One wave on the strip: where its bar starts and how long it is, both 0..1 of the axis."""

    number: int
    start: float
    width: float
    effort: float


def strip(
    waves: Sequence[Wave], effort: Callable[[Wave], float] = person_days
) -> tuple[StripBar, ...]:
    """Bars for ``waves`` in order, each ``effort(wave)`` long on an axis of the total effort.

    With no effort recorded anywhere every wave gets an equal share, since nothing says otherwise.
    """
    ordered = sorted(waves, key=lambda w: w.number)
    sizes = [max(effort(w), 0.0) for w in ordered]
    total = sum(sizes)
    if total <= 0:
        sizes, total = [1.0] * len(ordered), float(len(ordered) or 1)
    bars, start = [], 0.0
    for wave, size in zip(ordered, sizes, strict=True):
        bars.append(StripBar(wave.number, start / total, max(size / total, MIN_WIDTH), size))
        start += size
    return tuple(bars)

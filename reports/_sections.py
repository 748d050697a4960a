"""Display data for the report sections that need more than a loop in a template.

The readiness matrix, the roadmap timeline, what to fund first, the skills plan per wave and the
methodology appendix's lists. Pure functions of the report facts, in a stable order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assessor.headline import cannot_tell
from assessor.model import (
    ComponentScore,
    DataStore,
    Finding,
    Flow,
    RoadmapAction,
    System,
    UseCaseReadiness,
    Wave,
)
from assessor.reports._facts import DIMENSION_LABELS, Facts, percent
from assessor.reports._words import band_words, wave_title
from assessor.reports.interface import RuleDoc

MATRIX_COLUMNS = 8  # blockers shown as matrix columns; the rest are named in the last column
MIN_WAVE_SHARE = 0.14  # a wave with no effort estimate still gets a visible slot

# What a team must learn, by the words a rule or an action uses, for waves whose actions name none.
SKILL_HINTS = (
    ("FHIR", ("fhir", "hl7v2", "interop", "api")),
    ("TLS and certificates", ("tls", "mllp", "encrypt", "security", "sec-")),
    (
        "Terminology mapping (LOINC, SNOMED CT)",
        ("loinc", "snomed", "coding", "terminology", "data-"),
    ),
    ("Data governance", ("phi", "privacy", "governance", "owner")),
    ("AI risk management", ("ai-", "model", "algorithm")),
)


@dataclass(frozen=True)
class MatrixCell:
    """Why one component blocks one use case: in a reader's words, and rule by rule."""

    dimensions: tuple[str, ...]  # the scoring dimensions of the blocking rules, in report order
    rules: tuple[str, ...]  # "LIFE-S01 product past end of support", for the hover


@dataclass(frozen=True)
class MatrixRow:
    """One AI use case across the blocking components."""

    readiness: UseCaseReadiness
    name: str
    cells: tuple[MatrixCell | None, ...]  # per column: why it blocks, or None
    others: tuple[str, ...]  # blocking components beyond the matrix's columns (names)
    unlocked_by: int | None  # the wave after which it is ready
    cleared_by: int | None = None  # the wave that clears its blockers, evidence still missing
    # evidence not observed, then the caveats; flows named as a reader knows them
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Matrix:
    """The AI use-case readiness matrix."""

    columns: tuple[tuple[str, str, int | None], ...]  # (component, name, rank)
    rows: tuple[MatrixRow, ...]


_FLOW_IN_TEXT = re.compile(r"\bflow (\S+)")


def _named(text: str, facts: Facts) -> str:
    """``TLS status of flow a->b:mllp …`` with the flow's readable name instead of its id."""
    return _FLOW_IN_TEXT.sub(
        lambda m: f"flow {facts.name(m.group(1))}" if m.group(1) in facts.names else m.group(0),
        text,
    )


def _cell(
    component: str, rule_ids: Sequence[str], facts: Facts, dimension: dict[str, str]
) -> MatrixCell:
    """The dimensions of ``rule_ids`` (``dimension``: the one each rule scores) and a line per
    rule.

    A CIO reads "Security, Privacy" where the rule ids mean nothing; the ids stay in the hover
    (with what the rule found on ``component``) and in the drill-down, for the architect.
    """
    found = {f.rule_id: f.title for f in facts.findings_by_component.get(component, ())}
    dimensions = {dimension[r] for r in rule_ids if r in dimension}
    return MatrixCell(
        dimensions=tuple(DIMENSION_LABELS[d] for d in DIMENSION_LABELS if d in dimensions),
        rules=tuple(f"{r}: {found[r]}" if r in found else r for r in sorted(rule_ids)),
    )


def matrix(facts: Facts) -> Matrix:
    """Use cases as rows, the highest-ranked blocking components as columns."""
    ranks = {b.score.component: b.rank for b in facts.blockers}
    blocking = {b.component for r in facts.assessment.readiness for b in r.blocked_by}
    ordered = sorted(blocking, key=lambda c: (ranks.get(c, 10**9), c))
    shown = ordered[:MATRIX_COLUMNS]
    unlocked: dict[str, int] = {}
    cleared: dict[str, int] = {}
    for wave in sorted(facts.assessment.waves, key=lambda w: w.number):
        for uc in wave.unlocks:
            unlocked.setdefault(uc, wave.number)
        for uc in wave.clears:
            cleared.setdefault(uc, wave.number)
    rows = []
    dimension = {f.rule_id: f.dimension.value for f in facts.assessment.findings}
    order = {"blocked": 0, "unknown": 1, "ready": 2}
    for r in sorted(facts.assessment.readiness, key=lambda r: (order.get(r.status, 1), r.use_case)):
        by = {b.component: b.rule_ids for b in r.blocked_by}
        rows.append(
            MatrixRow(
                readiness=r,
                name=facts.use_case_name(r.use_case),
                cells=tuple(_cell(c, by[c], facts, dimension) if c in by else None for c in shown),
                others=tuple(facts.name(c) for c in sorted(by) if c not in shown),
                unlocked_by=unlocked.get(r.use_case),
                cleared_by=cleared.get(r.use_case),
                missing=(
                    *(_named(m, facts) for m in r.missing_evidence),
                    *(f"not observed, would block: {_named(c, facts)}" for c in r.caveats),
                ),
            )
        )
    columns = tuple((c, facts.name(c), ranks.get(c)) for c in shown)
    return Matrix(columns=columns, rows=tuple(rows))


def fhir_reads(facts: Facts) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Per use case reading a domain over FHIR: how each v2 feed behind it maps (flows named)."""
    rows = []
    for r in sorted(facts.assessment.readiness, key=lambda r: r.use_case):
        lines = tuple(_named(line, facts) for d in r.domains for line in d.fhir_feeds)
        if lines:
            rows.append((facts.use_case_name(r.use_case), lines))
    return tuple(rows)


@dataclass(frozen=True)
class TimelineWave:
    """A wave placed on the timeline, with what it unlocks."""

    wave: Wave
    start: float  # 0..1 along the timeline
    share: float  # 0..1 of its length
    actions: tuple[tuple[RoadmapAction, str], ...]  # (action, component name)
    unlocks: tuple[str, ...]  # use-case names


def timeline(facts: Facts) -> tuple[TimelineWave, ...]:
    """Waves in order, each as long as its share of the effort."""
    waves = sorted(facts.assessment.waves, key=lambda w: w.number)
    if not waves:
        return ()
    total = sum(max(w.effort_points, 0) for w in waves) or len(waves)
    shares = [max(max(w.effort_points, 0) / total, MIN_WAVE_SHARE) for w in waves]
    scale = sum(shares)
    placed, start = [], 0.0
    for wave, share in zip(waves, shares, strict=True):
        placed.append(
            TimelineWave(
                wave=wave,
                start=start / scale,
                share=share / scale,
                actions=tuple((a, facts.name(a.component)) for a in wave.actions),
                unlocks=tuple(facts.use_case_name(u) for u in wave.unlocks),
            )
        )
        start += share
    return tuple(placed)


@dataclass(frozen=True)
class FundFirst:
    """The first wave that unlocks a use case, and the waves it depends on."""

    target: TimelineWave
    before: tuple[TimelineWave, ...]  # earlier waves, done first in dependency order

    @property
    def wave(self) -> Wave:
        """The wave that unlocks."""
        return self.target.wave

    @property
    def actions(self) -> tuple[tuple[RoadmapAction, str], ...]:
        """The unlocking wave's actions with component names."""
        return self.target.actions

    @property
    def unlocks(self) -> tuple[str, ...]:
        """Use-case names unlocked once it is done."""
        return self.target.unlocks

    @property
    def span(self) -> str:
        """``wave 2`` or ``waves 0–2``."""
        if not self.before:
            return f"wave {self.wave.number}"
        return f"waves {self.before[0].wave.number}–{self.wave.number}"

    @property
    def before_actions(self) -> int:
        """How many actions the earlier waves hold."""
        return sum(len(t.actions) for t in self.before)

    @property
    def before_points(self) -> int:
        """The person-days of the earlier waves."""
        return sum(t.wave.effort_points for t in self.before)


def fund_first(facts: Facts) -> FundFirst | None:
    """Fund up to the first wave that unlocks a use case; else the first wave with work."""
    waves = timeline(facts)
    for i, t in enumerate(waves):
        if t.unlocks:
            return FundFirst(t, waves[:i])
    for t in waves:
        if t.actions:
            return FundFirst(t, ())
    return None


@dataclass(frozen=True)
class SkillNeed:
    """One skill a wave needs and the components that need it."""

    skill: str
    components: tuple[str, ...]
    inferred: bool  # True when guessed from the rules because the actions named no skill


def _hinted(action: RoadmapAction) -> tuple[str, ...]:
    words = " ".join((*action.rule_ids, action.rationale, action.disposition)).lower()
    return tuple(skill for skill, keys in SKILL_HINTS if any(k in words for k in keys))


def skills_plan(facts: Facts) -> tuple[tuple[Wave, tuple[SkillNeed, ...]], ...]:
    """Per wave, what the team must learn (from RoadmapAction.skills, else inferred)."""
    plan = []
    for wave in sorted(facts.assessment.waves, key=lambda w: w.number):
        needs: dict[tuple[str, bool], set[str]] = {}
        for action in wave.actions:
            inferred = not action.skills
            for skill in action.skills or _hinted(action):
                needs.setdefault((skill, inferred), set()).add(facts.name(action.component))
        plan.append(
            (
                wave,
                tuple(
                    SkillNeed(skill, tuple(sorted(comps)), inferred)
                    for (skill, inferred), comps in sorted(needs.items())
                ),
            )
        )
    return tuple(plan)


@dataclass(frozen=True)
class RuleRow:
    """One rule in the methodology appendix."""

    id: str
    name: str
    dimension: str
    severity: str
    doc: str
    findings: int
    documented: bool


def _value(x: object) -> str:
    return str(getattr(x, "value", x))


def rule_docs(facts: Facts, rules: Sequence[RuleDoc] | None) -> tuple[RuleRow, ...]:
    """Every rule with its doc; without a catalog, the rules seen in the findings."""
    fired: dict[str, int] = {}
    for f in facts.assessment.findings:
        fired[f.rule_id] = fired.get(f.rule_id, 0) + 1
    if rules is not None:
        rows = [
            RuleRow(
                r.id,
                r.name,
                _value(r.dimension),
                _value(r.severity),
                (r.doc or "").strip(),
                fired.get(r.id, 0),
                True,
            )
            for r in rules
        ]
        known = {r.id for r in rules}
    else:
        rows, known = [], set()
    first: dict[str, Finding] = {}
    for f in sorted(facts.assessment.findings, key=lambda f: (f.rule_id, f.component, f.title)):
        first.setdefault(f.rule_id, f)
    for rule_id, f in sorted(first.items()):
        if rule_id not in known:
            rows.append(
                RuleRow(
                    rule_id,
                    f.title,
                    f.dimension.value,
                    f.severity.value,
                    "",
                    fired[rule_id],
                    False,
                )
            )
    return tuple(sorted(rows, key=lambda r: r.id))


def unobserved(facts: Facts) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Components with dimensions that could not be observed: (component, name, dimensions)."""
    rows = []
    for blocker in facts.blockers:
        missing = tuple(d for d, v in sorted(blocker.score.dimensions.items()) if v is None)
        if missing:
            rows.append((blocker.score.component, blocker.score.name, missing))
    return tuple(sorted(rows))


@dataclass(frozen=True)
class ComponentView:
    """One component's drill-down: what it is, its score and its findings."""

    id: str
    name: str
    kind: str
    rank: int | None
    score: ComponentScore | None
    findings: tuple[Finding, ...]
    system: System | None
    store: DataStore | None
    flow: Flow | None
    stores: tuple[DataStore, ...]  # the databases a system owns
    counted: tuple[Finding, ...] = ()  # the findings its score counts, its flows' included
    confidence_note: str = ""  # why its confidence is low, when it is


def components(facts: Facts) -> tuple[ComponentView, ...]:
    """Every component that was scored or has a finding, ranked ones first."""
    inv = facts.assessment.inventory
    systems = {s.id: s for s in inv.systems}
    stores = {s.id: s for s in inv.stores}
    flows = {f.id: f for f in inv.flows}
    scores = {b.score.component: b for b in facts.blockers}
    ids = set(scores) | set(facts.findings_by_component)
    views = []
    for cid in ids:
        blocker = scores.get(cid)
        views.append(
            ComponentView(
                id=cid,
                name=facts.name(cid),
                kind=facts.kinds.get(cid, blocker.score.component_type if blocker else "component"),
                rank=blocker.rank if blocker else None,
                score=blocker.score if blocker else None,
                findings=facts.findings_by_component.get(cid, ()),
                system=systems.get(cid),
                store=stores.get(cid),
                flow=flows.get(cid),
                stores=tuple(s for s in inv.stores if s.system_id == cid),
                counted=blocker.counted if blocker else (),
                confidence_note=blocker.confidence_note if blocker else "",
            )
        )
    return tuple(sorted(views, key=lambda v: (v.rank is None, v.rank or 0, v.id)))


def headline_parts(facts: Facts) -> tuple[tuple[str, bool], ...]:
    """The answer in brief, as (text, emphasised) pieces: how ready, what blocks, what to fund."""
    a, c = facts.assessment, facts.counts
    estate = a.inventory.estate_name or "The estate"
    parts: list[tuple[str, bool]] = []
    first = cannot_tell(a.readiness)
    if first is not None:
        # Most use cases unknown: say so before any band, which would flatter what was unseen.
        parts += [(f"{estate}: ", False), (first[:1].upper() + first[1:], True), (".", False)]
        if a.overall_readiness is not None:
            parts.append(
                (
                    f" What was seen scores {percent(a.overall_readiness)} "
                    f"({band_words(a.overall_band)}, confidence "
                    f"{percent(a.overall_confidence)}).",
                    False,
                )
            )
    elif a.overall_readiness is None:
        parts.append((f"{estate}: too little was observed to say how ready it is for AI.", False))
    else:
        parts += [
            (f"{estate} is ", False),
            (f"{band_words(a.overall_band)} for AI", True),
            (
                f" ({percent(a.overall_readiness)}, confidence {percent(a.overall_confidence)})",
                False,
            ),
        ]
        if c.use_cases:
            parts += [
                (": ", False),
                (f"{c.use_cases_ready} of {c.use_cases} AI use cases", True),
                (" can run today.", False),
            ]
        else:
            parts.append((".", False))
    if facts.blockers:
        parts += [
            (" The biggest blocker is ", False),
            (facts.blockers[0].score.name, True),
            (".", False),
        ]
    fund = fund_first(facts)
    if fund is not None:
        named = wave_title(fund.wave).partition(": ")[2]
        parts += [(" Fund ", False), (fund.span + (f" ({named})" if named else ""), True)]
        if fund.unlocks:
            parts += [
                (" first: it unlocks ", False),
                (", ".join(fund.unlocks), True),
                (".", False),
            ]
        else:
            parts.append((" first.", False))
    return tuple(parts)


def headline(facts: Facts) -> str:
    """The answer in brief as one plain string."""
    return "".join(text for text, _ in headline_parts(facts)).strip()


def path_to_ready(facts: Facts) -> tuple[tuple[int, str, int, tuple[str, ...]], ...]:
    """After each wave that unlocks: (number, name, use cases ready in all, those it unlocks)."""
    ready = facts.counts.use_cases_ready
    steps = []
    for t in timeline(facts):
        if t.unlocks:  # waves that unlock nothing would only repeat the previous number
            ready += len(t.unlocks)
            steps.append((t.wave.number, t.wave.name, ready, t.unlocks))
    return tuple(steps)


@dataclass(frozen=True)
class SkillRow:
    """One skill across the waves: where it is first needed and by how many components."""

    skill: str
    first_wave: int
    cells: tuple[tuple[str, ...], ...]  # per wave: the components that need it (empty: none)
    inferred: bool


def skills_matrix(
    plan: tuple[tuple[Wave, tuple[SkillNeed, ...]], ...],
) -> tuple[SkillRow, ...]:
    """Skills as rows and waves as columns, the skills needed soonest first."""
    by_skill: dict[str, dict[int, set[str]]] = {}
    inferred: dict[str, bool] = {}
    for index, (_, needs) in enumerate(plan):
        for need in needs:
            key = need.skill[:1].upper() + need.skill[1:]
            by_skill.setdefault(key, {}).setdefault(index, set()).update(need.components)
            inferred[key] = inferred.get(key, True) and need.inferred
    rows = [
        SkillRow(
            skill,
            plan[min(cols)][0].number,
            tuple(tuple(sorted(cols.get(i, ()))) for i in range(len(plan))),
            inferred[skill],
        )
        for skill, cols in by_skill.items()
    ]
    return tuple(sorted(rows, key=lambda r: (r.first_wave, r.skill)))

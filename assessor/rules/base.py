"""What a rule is: a small pure unit with a stable id, a dimension, a default severity and a doc.

A rule looks at one component at a time (a system, a data store or a flow) in a
:class:`RuleContext` (the inventory, the graph facts and the reference data) and returns a
:class:`Verdict`: it fired (with evidence), it looked and found nothing (``CLEAN``), the rule does
not concern that component (``NOT_APPLICABLE``), or it could not tell because the evidence it needs
was not observed (``None``). The last case is what makes a score's confidence honest: unobserved
is unknown, never silently clean.

A rule also says what its evidence is (``EvidenceKind``), so that evaluating it can tell what it
could not have seen and whether what it saw was scanned or only declared
(``assessor/rules/evidence.py``).

A rule's docstring is its documentation: why it matters for AI adoption, the anti-pattern and the
best practice. ``assessor rules`` and the report show it as written.
"""

from __future__ import annotations

import csv
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from importlib import resources
from typing import Any, Literal

import networkx as nx

from assessor import graph as graph_metrics
from assessor.model import (
    DataStore,
    Dimension,
    Evidence,
    Finding,
    Flow,
    Inventory,
    Severity,
    System,
    Transport,
    UseCase,
)
from assessor.rules.evidence import (
    EvidenceKind,
    captured_pairs,
    content_seen_elsewhere,
    declaration_sources,
    flow_observed,
    seen_by_scan,
)

__all__ = [
    "CLEAN",
    "NOT_APPLICABLE",
    "ComponentType",
    "GraphFacts",
    "ReferenceData",
    "Rule",
    "RuleContext",
    "RuleOutcome",
    "Verdict",
    "fires",
    "load_reference_data",
    "rule",
]

ComponentType = Literal["system", "store", "flow"]


@dataclass(frozen=True)
class Verdict:
    """What a rule concluded about one component it could observe."""

    fired: bool
    title: str = ""
    evidence: tuple[Evidence, ...] = ()
    severity: Severity | None = None  # None: the rule's default severity
    applicable: bool = True


CLEAN = Verdict(fired=False)
"""The rule had the evidence it needs and found nothing wrong."""

NOT_APPLICABLE = Verdict(fired=False, applicable=False)
"""The rule does not concern this component (a FHIR rule on a billing system): it counts neither
as observed nor as unobserved, so it moves no confidence."""


def fires(title: str, *evidence: Evidence, severity: Severity | None = None) -> Verdict:
    """A verdict that the anti-pattern is there, with the evidence that shows it."""
    return Verdict(fired=True, title=title, evidence=tuple(evidence), severity=severity)


@dataclass(frozen=True)
class GraphFacts:
    """Every graph metric rules and scoring read, computed once per assessment."""

    betweenness: dict[str, float]
    edge_betweenness: dict[str, float]
    articulation: dict[str, bool]
    reach: dict[str, int]
    fan_in: dict[str, int]
    fan_out: dict[str, int]
    hubs: dict[str, str]
    phi_reach: dict[str, tuple[str, ...]]
    paths: dict[str, tuple[str, ...]]

    @classmethod
    def of(
        cls, graph: nx.MultiDiGraph, use_cases: tuple[UseCase, ...], ai_platform: str | None
    ) -> GraphFacts:
        """Compute every metric of ``graph``."""
        return cls(
            betweenness=graph_metrics.betweenness(graph),
            edge_betweenness=graph_metrics.edge_betweenness(graph),
            articulation=graph_metrics.articulation_points(graph),
            reach=graph_metrics.downstream_reach(graph),
            fan_in=graph_metrics.fan_in(graph),
            fan_out=graph_metrics.fan_out(graph),
            hubs=graph_metrics.hubs(graph),
            phi_reach=graph_metrics.phi_reach(graph),
            paths=graph_metrics.use_case_paths(graph, use_cases, ai_platform),
        )


@dataclass(frozen=True)
class ReferenceData:
    """Shipped reference tables: HL7 v2 publication dates and product support dates."""

    hl7_published: dict[str, date] = field(default_factory=dict)
    support_status: Callable[[str, str, date], Any] | None = None
    as_of: dict[str, str] = field(default_factory=dict)


@cache
def load_reference_data() -> ReferenceData:
    """Read ``hl7_versions.csv`` and, when it is installed, the lifecycle table."""
    text = resources.files("assessor").joinpath("data/hl7_versions.csv").read_text("utf-8")
    published = {}
    for row in csv.DictReader(text.splitlines()):
        year, month = row["published"].split("-")
        published[row["version"]] = date(int(year), int(month), 1)
    as_of = {"hl7_versions.csv": "HL7 table 0104 (HL7 UTG cs-v2-0104)"}
    support = None
    try:
        from assessor import lifecycle  # written alongside; optional until it lands
    except ImportError:  # pragma: no cover - depends on the checkout
        lifecycle = None
    if lifecycle is not None and hasattr(lifecycle, "support_status"):
        support = lifecycle.support_status
        as_of["eol.csv"] = "endoflife.date extract (commit a70eca33, 2026-08-22)"
    return ReferenceData(hl7_published=published, support_status=support, as_of=as_of)


@dataclass(frozen=True)
class RuleContext:
    """What a rule may look at: the inventory, the graph and its facts, reference data, today."""

    inventory: Inventory
    graph: nx.MultiDiGraph
    facts: GraphFacts
    use_cases: tuple[UseCase, ...]
    today: date
    reference: ReferenceData
    excluded: frozenset[str] = frozenset()

    def components(self, applies_to: ComponentType) -> tuple[System | DataStore | Flow, ...]:
        """The components of one type, sorted by id, without the user's exclusions."""
        pool: tuple[Any, ...] = {
            "system": self.inventory.systems,
            "store": self.inventory.stores,
            "flow": self.inventory.flows,
        }[applies_to]
        return tuple(sorted((c for c in pool if c.id not in self.excluded), key=lambda c: c.id))

    def system(self, system_id: str) -> System | None:
        """The system with this id, if the inventory lists it."""
        return next((s for s in self.inventory.systems if s.id == system_id), None)

    def flows_touching(self, node: str) -> tuple[Flow, ...]:
        """Flows into or out of ``node``, sorted by id."""
        return self._touching.get(node, ())

    def flows_into(self, node: str) -> tuple[Flow, ...]:
        """Flows whose target is ``node``, sorted by id."""
        return self._into.get(node, ())

    def feeds_into(self, node: str, message_types: tuple[str, ...]) -> tuple[Flow, ...]:
        """Flows into ``node`` that can carry any of ``message_types`` (all when none given).

        Asked once per flow out of an engine: the answer is kept per engine and set of types.
        """
        key = (node, message_types)
        if key not in self._feeds:
            from assessor.graph import carries  # late: keeps this module's imports light

            self._feeds[key] = tuple(
                f
                for f in self.flows_into(node)
                if not message_types or carries(f.message_types, message_types)
            )
        return self._feeds[key]

    def content_seen_elsewhere(self, flow: Flow) -> bool:
        """:func:`assessor.rules.evidence.content_seen_elsewhere`, answered once per flow."""
        if flow.id not in self._elsewhere:
            self._elsewhere[flow.id] = content_seen_elsewhere(
                flow, self.inventory, self.facts.hubs, self._captured, self.feeds_into
            )
        return self._elsewhere[flow.id]

    @cached_property
    def _elsewhere(self) -> dict[str, bool]:
        return {}

    @cached_property
    def _captured(self) -> frozenset[tuple[str, str]]:
        return captured_pairs(self.inventory)

    @cached_property
    def _feeds(self) -> dict[tuple[str, tuple[str, ...]], tuple[Flow, ...]]:
        return {}

    @cached_property
    def _touching(self) -> dict[str, tuple[Flow, ...]]:
        # One index instead of a scan of every flow per question: linear on large estates.
        index: dict[str, list[Flow]] = {}
        for flow in sorted(self.inventory.flows, key=lambda f: f.id):
            for end in dict.fromkeys((flow.source, flow.target)):
                index.setdefault(end, []).append(flow)
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def _into(self) -> dict[str, tuple[Flow, ...]]:
        index: dict[str, list[Flow]] = {}
        for flow in sorted(self.inventory.flows, key=lambda f: f.id):
            index.setdefault(flow.target, []).append(flow)
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def declarations(self) -> frozenset[str]:
        """The sources that declared the estate (estate file, CMDB export), not scanned it."""
        return declaration_sources(self.inventory)

    def scanned(self, component: System | DataStore | Flow) -> bool:
        """Whether a scan saw ``component`` (see :func:`seen_by_scan`)."""
        return seen_by_scan(component, self.declarations)


@dataclass(frozen=True)
class RuleOutcome:
    """A rule's findings, and which in-scope components it could and could not observe.

    ``declared`` are the observed components whose verdict rests on declared facts only.
    """

    rule_id: str
    findings: tuple[Finding, ...]
    observed: tuple[str, ...]
    unobserved: tuple[str, ...]
    declared: tuple[str, ...] = ()

    @cached_property
    def observed_set(self) -> frozenset[str]:
        """``observed`` as a set, for membership tests."""
        return frozenset(self.observed)

    @cached_property
    def unobserved_set(self) -> frozenset[str]:
        """``unobserved`` as a set, for membership tests."""
        return frozenset(self.unobserved)

    @cached_property
    def declared_set(self) -> frozenset[str]:
        """``declared`` as a set, for membership tests."""
        return frozenset(self.declared)


@dataclass(frozen=True)
class Rule:
    """One documented check. ``doc`` is the docstring of the function that implements it."""

    id: str
    name: str
    dimension: Dimension
    severity: Severity
    applies_to: ComponentType
    check: Callable[[Any, RuleContext], Verdict | None] = field(repr=False, compare=False)
    doc: str = ""
    remediation: str = ""
    skills: tuple[str, ...] = ()
    quick_win: bool = False  # fixable without migrating anything (wave 0)
    coding: str | None = None  # only blocks use cases that need this coding system
    groups: tuple[str, ...] = ()
    evidence: EvidenceKind | None = None  # None: content for data readiness of a flow

    @property
    def reads(self) -> EvidenceKind:
        """What the rule's evidence is. Data readiness of a flow is about the content of its
        messages, unless a rule says otherwise; criticality rules read a system's place among
        its interfaces."""
        if self.evidence is not None:
            return self.evidence
        if self.applies_to == "flow" and self.dimension == Dimension.DATA_READINESS:
            return "content"
        if self.applies_to == "system" and self.dimension == Dimension.CRITICALITY:
            return "interfaces"
        return "component"

    def verdict(self, component: System | DataStore | Flow, ctx: RuleContext) -> Verdict | None:
        """The check's verdict, unless the evidence this rule reads cannot exist.

        A flow whose messages were captured elsewhere (a parallel capture between the same two
        systems, or the feeds an interface engine relays) is judged there: what the rule cannot
        tell about it is not applicable rather than unknown.
        """
        if self.reads == "content" and isinstance(component, Flow):
            verdict = self.check(component, ctx) if flow_observed(component) else None
        elif self.reads == "interfaces" and isinstance(component, System):
            verdict = self.check(component, ctx) if ctx.flows_touching(component.id) else None
        else:
            verdict = self.check(component, ctx)
        if (
            verdict is None
            and isinstance(component, Flow)
            and ctx.content_seen_elsewhere(component)
        ):
            return NOT_APPLICABLE
        return verdict

    def scanned(self, component: System | DataStore | Flow, ctx: RuleContext) -> bool:
        """Whether this rule's verdict on ``component`` rests on scanned (not declared) facts."""
        if self.reads == "declaration":
            return False
        if self.reads == "interfaces" and isinstance(component, System):
            return any(ctx.scanned(f) for f in ctx.flows_touching(component.id))
        return ctx.scanned(component)

    @property
    def summary(self) -> str:
        """The first line of the doc."""
        return self.doc.splitlines()[0] if self.doc else self.name

    def relevant_to(self, use_case: UseCase) -> bool:
        """Whether a finding of this rule stands between ``use_case`` and its data."""
        return self.coding is None or self.coding in use_case.coding

    def evaluate(self, ctx: RuleContext) -> RuleOutcome:
        """Run the check on every in-scope component."""
        findings, observed, unobserved, declared = [], [], [], []
        for component in ctx.components(self.applies_to):
            verdict = self.verdict(component, ctx)
            if verdict is None:
                unobserved.append(component.id)
                continue
            if not verdict.applicable:
                continue
            observed.append(component.id)
            if not self.scanned(component, ctx):
                declared.append(component.id)
            if verdict.fired:
                findings.append(
                    Finding(
                        rule_id=self.id,
                        dimension=self.dimension,
                        severity=verdict.severity or self.severity,
                        component=component.id,
                        title=verdict.title,
                        evidence=verdict.evidence,
                        remediation=self.remediation,
                    )
                )
        return RuleOutcome(
            self.id, tuple(findings), tuple(observed), tuple(unobserved), tuple(declared)
        )

    def findings(self, ctx: RuleContext) -> tuple[Finding, ...]:
        """Only the findings (the rule as a pure function of the context)."""
        return self.evaluate(ctx).findings


def rule(
    id: str,
    name: str,
    dimension: Dimension,
    severity: Severity,
    applies_to: ComponentType,
    *,
    remediation: str,
    skills: tuple[str, ...] = (),
    quick_win: bool = False,
    coding: str | None = None,
    evidence: EvidenceKind | None = None,
) -> Callable[[Callable[[Any, RuleContext], Verdict | None]], Rule]:
    """Turn a documented check function into a :class:`Rule`."""

    def wrap(check: Callable[[Any, RuleContext], Verdict | None]) -> Rule:
        if not check.__doc__:
            raise ValueError(f"rule {id} needs a docstring: it is the rule's documentation")
        return Rule(
            id=id,
            name=name,
            dimension=dimension,
            severity=severity,
            applies_to=applies_to,
            check=check,
            doc=inspect.cleandoc(check.__doc__),
            remediation=remediation,
            skills=skills,
            quick_win=quick_win,
            coding=coding,
            groups=("all", str(dimension), applies_to),
            evidence=evidence,
        )

    return wrap


def iter_rules(namespace: dict[str, Any]) -> Iterator[Rule]:
    """The Rule objects defined in a module's namespace."""
    return (value for value in namespace.values() if isinstance(value, Rule))


# --- small helpers shared by rule modules --------------------------------------------------


NON_V2_TRANSPORTS = frozenset({Transport.FHIR, Transport.DICOM, Transport.DATABASE, Transport.HTTP})


def carries_v2(flow: Flow) -> bool:
    """Whether a flow may carry HL7 v2 messages (not a FHIR API, DICOM or database link)."""
    return flow.transport not in NON_V2_TRANSPORTS or bool(flow.hl7_versions)


RESULT_MESSAGES = ("ORU^R01", "ORU^R30", "ORU^R32", "OUL^R22", "OUL^R23", "OUL^R24", "VXU^V04")
"""Message types whose OBX segments are results (not note lines, as in MDM)."""


def carries_results(flow: Flow) -> bool:
    """Whether a flow may carry results: a result message type, or types not known."""
    from assessor.graph import carries  # late: keeps this module's imports light

    return carries(flow.message_types, RESULT_MESSAGES)


def flow_source(flow: Flow) -> str:
    """Where a flow's facts came from, for evidence."""
    return flow.sources[0] if flow.sources else f"flow {flow.id}"


def feed_sources(flow: Flow) -> str:
    """Where a statistic over a whole feed (a fill rate, a share) was counted: every source of
    the flow, the first three named and the rest counted."""
    if len(flow.sources) <= 1:
        return flow_source(flow)
    more = len(flow.sources) - 3
    return ", ".join(flow.sources[:3]) + (f" and {more} more" if more > 0 else "")


def fact_source(flow: Flow, name: str, *keys: str) -> str:
    """Where a fact of a flow's profile was first seen, for evidence: ``feed.hl7, message 17``
    for the earliest of ``keys`` in the profile's count map ``name``
    (:attr:`FeedProfile.first_seen`); every source of the flow when the profile does not say
    (a profile saved before it kept the place, or a control id repeated across two files)."""
    if flow.profile is not None:
        seen = [flow.profile.first_seen.get(f"{name}|{key}") for key in keys]
        found = min((at for at in seen if at), default=None)
        if found is not None:
            return f"{found[0]}, message {found[1]}"
    return feed_sources(flow)


def effective_phi(flow: Flow, ctx: RuleContext) -> tuple[tuple[str, ...] | None, str]:
    """PHI classes a flow carries, and how we know: ``(None, "")`` when it is unknown.

    A flow with its own PHI classes, or observed without any, speaks for itself. An engine channel
    is not opened by the scan, but an interface engine passes messages through: a flow touching
    a hub carries the PHI of the feeds into that hub with the same message types. When every such
    feed was observed and none carries PHI, the channel carries none either; when there is no such
    feed, or one of them is neither observed nor declared with PHI, it stays unknown. Security and
    privacy rules both read a flow's PHI through this one function.
    """
    if flow.phi_classes or flow_observed(flow):
        return tuple(sorted(str(p) for p in flow.phi_classes)), "observed"
    hub = next((end for end in (flow.source, flow.target) if end in ctx.facts.hubs), None)
    if hub is None:
        return None, ""
    feeds = [f for f in ctx.feeds_into(hub, tuple(sorted(flow.message_types))) if f.id != flow.id]
    carrying = [f for f in feeds if f.phi_classes]
    how = f"inferred from {len(carrying or feeds)} feed(s) into {hub}"
    if carrying:
        return tuple(sorted({str(p) for f in carrying for p in f.phi_classes})), how
    if feeds and all(flow_observed(f) for f in feeds):
        return (), how
    return None, ""


def phi_source(flow: Flow, phi: tuple[str, ...], how: str) -> str:
    """Where a flow's PHI (as :func:`effective_phi` gives it) was seen: the first message
    carrying one of the classes when the flow's own messages were profiled; the flow (its
    declaration or export) when the classes were inferred from other feeds."""
    return fact_source(flow, "phi_classes", *phi) if how == "observed" else flow_source(flow)


def share(part: int, whole: int) -> float:
    """``part / whole``, 0 when there is no whole."""
    return part / whole if whole else 0.0

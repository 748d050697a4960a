"""Small hand-built estates whose right answers are known, shared by the brain's tests.

Shapes: a chain (lis -> mid -> ehr -> ai), a hub (four systems through one interface engine), a
cycle (a <-> b feeding the AI platform) and an orphan (a declared system nobody owns).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assessor.config import ScoringConfig, default_config
from assessor.feed_profile import FeedProfile
from assessor.graph import build_graph
from assessor.model import (
    DataStore,
    FhirCapability,
    FhirResource,
    Flow,
    Inventory,
    PhiClass,
    System,
    TableColumn,
    TableProfile,
    Transport,
    UseCase,
)
from assessor.rules.base import GraphFacts, RuleContext, load_reference_data
from assessor.use_cases import resolve_use_cases

TODAY = date(2026, 11, 25)
PHI = (PhiClass.NAME, PhiClass.MRN, PhiClass.DATE)


def config(**changes: object) -> ScoringConfig:
    """The shipped defaults judged on a fixed day, with ``changes`` applied."""
    return replace(default_config(TODAY), **changes)


def system(id: str, kind: str = "other", **fields: object) -> System:
    """A declared system with an owner unless told otherwise."""
    values: dict[str, object] = {"owner": "Team", "declared": True, **fields}
    return System(id=id, name=id.upper(), kind=kind, **values)  # type: ignore[arg-type]


def flow(source: str, target: str, **fields: object) -> Flow:
    """A flow with id ``source--target``."""
    return Flow(id=f"{source}--{target}", source=source, target=target, **fields)  # type: ignore[arg-type]


def profile(**fields: object) -> FeedProfile:
    """A feed profile of 100 messages unless told otherwise."""
    values: dict[str, object] = {"messages": 100, **fields}
    return FeedProfile(**values)  # type: ignore[arg-type]


def store(id: str, system_id: str, *tables: TableProfile, **fields: object) -> DataStore:
    """A data store owned by ``system_id``."""
    return DataStore(
        id=id,
        url=f"sqlite:///{id}.db",
        dialect="sqlite",
        system_id=system_id,
        tables=tables,
        **fields,
    )  # type: ignore[arg-type]


def table(name: str, *columns: tuple[str, str], **fields: object) -> TableProfile:
    """A table with (name, type) columns and a primary key on its first column by default."""
    cols = tuple(TableColumn(n, t) for n, t in columns)
    values: dict[str, object] = {"primary_key": (columns[0][0],) if columns else (), **fields}
    return TableProfile(name=name, columns=cols, **values)  # type: ignore[arg-type]


SEPSIS = UseCase(id="sepsis-early-warning", name="", priority=1)


def chain() -> Inventory:
    """lis -> mid -> ehr -> ai: every middle node is a single point of failure.

    mid is past support since June 2026; lis and ehr have no FHIR API.
    """
    return Inventory(
        systems=(
            system("lis", "lis"),
            system("mid", support_end="2026-06-30"),
            system("ehr", "ehr"),
            system("ai", "ai-platform"),
        ),
        flows=(
            flow("lis", "mid", tls=True),
            flow("mid", "ehr", tls=True),
            flow("ehr", "ai", tls=True),
        ),
        ai_platform="ai",
        use_cases=(SEPSIS,),
    )


def hub() -> Inventory:
    """pas, lis and ehr through one engine to the AI platform."""
    return Inventory(
        systems=(
            system("pas", "pas"),
            system("lis", "lis"),
            system("ehr", "ehr"),
            system("engine", "interface-engine"),
            system("ai", "ai-platform"),
        ),
        flows=(
            flow("pas", "engine", tls=True),
            flow("lis", "engine", tls=True),
            flow("engine", "ehr", tls=True),
            flow("engine", "ai", tls=True),
        ),
        ai_platform="ai",
        use_cases=(SEPSIS,),
    )


def cycle() -> Inventory:
    """a <-> b, and b -> ai: a and b must move together."""
    return Inventory(
        systems=(system("a", "lis"), system("b", "ehr"), system("ai", "ai-platform")),
        flows=(flow("a", "b", tls=True), flow("b", "a", tls=True), flow("b", "ai", tls=True)),
        ai_platform="ai",
        use_cases=(SEPSIS,),
    )


def orphan() -> Inventory:
    """A declared dictation system nobody owns, sending notes to the EHR."""
    return Inventory(
        systems=(system("dictation", "document", owner=None), system("ehr", "ehr")),
        flows=(flow("dictation", "ehr", tls=True),),
    )


def context(inventory: Inventory, today: date = TODAY) -> RuleContext:
    """The rule context of ``inventory`` on ``today``."""
    use_cases = resolve_use_cases(inventory)
    graph = build_graph(inventory)
    facts = GraphFacts.of(graph, use_cases, inventory.ai_platform)
    return RuleContext(inventory, graph, facts, use_cases, today, load_reference_data())


def plain_mllp(source: str, target: str, **fields: object) -> Flow:
    """An MLLP flow carrying PHI without TLS."""
    values: dict[str, object] = {"transport": Transport.MLLP, "tls": False, "phi_classes": PHI}
    return flow(source, target, **{**values, **fields})


FULL_FHIR = FhirCapability(
    fhir_version="4.0.1",
    resources=(
        FhirResource("Observation", ("read", "search-type")),
        FhirResource("Patient", ("read", "search-type")),
    ),
    smart_on_fhir=True,
)


LOINC_RESULTS = {"OBX-3|LN": 100}
"""Coding of a result feed whose every OBX-3 is LOINC."""


def ready_hub() -> Inventory:
    """The hub with FHIR everywhere and encrypted, observed MLLP feeds, LOINC results, and the
    EHR's vital signs into the engine too: every domain of sepsis early warning has an observed,
    real-time path to the AI platform, so it is ready."""
    base = hub()
    systems = tuple(
        replace(s, fhir=FULL_FHIR) if s.kind in ("pas", "lis", "ehr") else s for s in base.systems
    )
    types = {"ORU^R01": 50, "ADT^A01": 50}
    feeds = (*base.flows, flow("ehr", "engine", tls=True))
    flows = tuple(
        replace(
            f,
            observed=True,
            message_count=100,
            message_types=types,
            transport=Transport.MLLP,
            profile=profile(
                message_types=types, coding_systems=LOINC_RESULTS, timestamps_with_zone=100
            ),
        )
        for f in feeds
    )
    return replace(base, systems=systems, flows=tuple(sorted(flows, key=lambda f: f.id)))

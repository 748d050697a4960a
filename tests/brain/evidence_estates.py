"""Known-answer estates that differ in where their facts came from: scanned or only declared.

Every estate lists its sources in the scan metadata the way the connectors do, so that a fact
coming only from ``estate.toml`` reads as declared and one from a feed or an export as scanned.
"""

from __future__ import annotations

from dataclasses import replace

from brain_estates import PHI, SEPSIS, profile

from assessor.model import (
    Flow,
    Inventory,
    PhiClass,
    ScanMetadata,
    ScannedSource,
    System,
    Transport,
)

ESTATE = "estate.toml"
FEEDS = "feeds/results.hl7"
EXPORT = "engine/channel.xml"


def declared_system(id: str, kind: str = "lis", **fields: object) -> System:
    """A system the estate file declares with an owner, a support date and a criticality."""
    values: dict[str, object] = {
        "owner": "Team",
        "support_end": "2030-06-30",
        "criticality": "high",
        "declared": True,
        "sources": (ESTATE,),
        **fields,
    }
    return System(id=id, name=id.upper(), kind=kind, **values)  # type: ignore[arg-type]


def captured_feed(source: str, target: str, **fields: object) -> Flow:
    """An ORU feed whose 100 messages a scan captured (TLS unknown, PHI seen)."""
    values: dict[str, object] = {
        "transport": Transport.MLLP,
        "message_types": {"ORU^R01": 100},
        "hl7_versions": {"2.5.1": 100},
        "phi_classes": PHI,
        "message_count": 100,
        "observed": True,
        "profile": profile(),
        "sources": (FEEDS,),
        **fields,
    }
    return Flow(id=f"{source}--{target}", source=source, target=target, **values)  # type: ignore[arg-type]


def declared_feed(source: str, target: str, **fields: object) -> Flow:
    """The same interface, only declared in the estate file: no message was seen."""
    values: dict[str, object] = {
        "transport": Transport.MLLP,
        "message_types": {"ORU^R01": 0},
        "declared": True,
        "sources": (ESTATE,),
        **fields,
    }
    return Flow(id=f"{source}--{target}", source=source, target=target, **values)  # type: ignore[arg-type]


def scanned_from(*sources: tuple[str, str]) -> ScanMetadata:
    """Scan metadata listing the estate file and the given (source, kind) pairs."""
    listed = ((ESTATE, "estate"), (FEEDS, "hl7v2"), (EXPORT, "mirth"), *sources)
    return ScanMetadata(sources=tuple(ScannedSource(s, k) for s, k in listed))


def twin_labs(**extra_flows: Flow) -> Inventory:
    """Two identical labs feeding the EHR, which feeds the AI platform over FHIR.

    ``lab-seen``'s feed was captured; ``lab-told``'s is only declared. ``extra_flows`` are added.
    """
    systems = (
        declared_system("lab-seen"),
        declared_system("lab-told"),
        declared_system("ehr", "ehr", sources=(ESTATE, FEEDS)),
        declared_system("ai", "ai-platform"),
    )
    fhir = Flow(
        "ehr--ai",
        "ehr",
        "ai",
        transport=Transport.FHIR,
        tls=True,
        declared=True,
        sources=(ESTATE,),
    )
    flows = (
        captured_feed("lab-seen", "ehr"),
        declared_feed("lab-told", "ehr"),
        fhir,
        *extra_flows.values(),
    )
    systems = tuple(
        replace(s, sources=(*s.sources, FEEDS)) if s.id == "lab-seen" else s for s in systems
    )
    return Inventory(
        systems=systems,
        flows=flows,
        use_cases=(SEPSIS,),
        ai_platform="ai",
        scan=scanned_from(),
    )


def with_isolated(inventory: Inventory, system: System) -> Inventory:
    """``inventory`` plus a declared system no flow touches."""
    return replace(inventory, systems=(*inventory.systems, system))


SSN = (*PHI, PhiClass.SSN)

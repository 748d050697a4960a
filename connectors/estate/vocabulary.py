"""The words an estate file may use: system kinds, hosting, criticality, catalog use cases."""

from __future__ import annotations

from assessor.model import PhiClass, Transport

SYSTEM_KINDS: tuple[str, ...] = (
    "ehr",
    "pas",
    "lis",
    "ris",
    "pacs",
    "pharmacy",
    "billing",
    "scheduling",
    "document",
    "registry",
    "interface-engine",
    "warehouse",
    "ai-platform",
    "other",
)
HOSTING: tuple[str, ...] = ("on-premises", "private-cloud", "public-cloud", "saas", "unknown")
CRITICALITY: tuple[str, ...] = ("low", "medium", "high", "critical")
DISPOSITIONS: tuple[str, ...] = (
    "retain",
    "retire",
    "rehost",
    "replatform",
    "refactor",
    "replace",
    "coordinate",
)
FRESHNESS: tuple[str, ...] = ("real-time", "hourly", "daily")
CADENCES: tuple[str, ...] = ("real-time", "hourly", "daily", "weekly")
CATALOG_USE_CASES: tuple[str, ...] = (
    "ambient-documentation",
    "capacity-forecasting",
    "coding-assistance",
    "imaging-triage",
    "medication-safety",
    "population-health",
    "readmission-risk",
    "sepsis-early-warning",
)
TRANSPORTS: tuple[str, ...] = tuple(t.value for t in Transport if t is not Transport.UNKNOWN)
PHI_CLASSES: tuple[str, ...] = tuple(p.value for p in PhiClass)

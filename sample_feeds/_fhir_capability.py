"""The Cerulean EHR's FHIR R4 CapabilityStatement (SMART on FHIR, US Core profiles)."""

from __future__ import annotations

import json
from pathlib import Path

US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/"
# resource type -> (US Core profiles, search parameters as (name, type))
RESOURCES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "AllergyIntolerance": (
        ("us-core-allergyintolerance",),
        (("patient", "reference"), ("clinical-status", "token")),
    ),
    "Condition": (
        ("us-core-condition-problems-health-concerns",),
        (("patient", "reference"), ("category", "token"), ("code", "token")),
    ),
    "DiagnosticReport": (
        ("us-core-diagnosticreport-lab", "us-core-diagnosticreport-note"),
        (("patient", "reference"), ("category", "token"), ("date", "date")),
    ),
    "DocumentReference": (
        ("us-core-documentreference",),
        (("patient", "reference"), ("type", "token"), ("date", "date")),
    ),
    "Encounter": (
        ("us-core-encounter",),
        (("patient", "reference"), ("date", "date"), ("class", "token")),
    ),
    "Immunization": (("us-core-immunization",), (("patient", "reference"), ("date", "date"))),
    "MedicationRequest": (
        ("us-core-medicationrequest",),
        (("patient", "reference"), ("status", "token"), ("intent", "token")),
    ),
    "Observation": (
        ("us-core-observation-lab", "us-core-vital-signs"),
        (("patient", "reference"), ("category", "token"), ("code", "token"), ("date", "date")),
    ),
    "Patient": (
        ("us-core-patient",),
        (("_id", "token"), ("identifier", "token"), ("name", "string"), ("birthdate", "date")),
    ),
    "Practitioner": (("us-core-practitioner",), (("identifier", "token"), ("name", "string"))),
    "Procedure": (("us-core-procedure",), (("patient", "reference"), ("date", "date"))),
}
WRITABLE = {"DocumentReference", "Observation"}


def capability_statement() -> dict[str, object]:
    """The CapabilityStatement as a JSON-ready dict."""
    resources = []
    for rtype in sorted(RESOURCES):
        profiles, params = RESOURCES[rtype]
        interactions = ["read", "search-type", "vread"]
        if rtype in WRITABLE:
            interactions += ["create", "update"]
        resources.append(
            {
                "type": rtype,
                "supportedProfile": [US_CORE + p for p in profiles],
                "interaction": [{"code": code} for code in interactions],
                "searchParam": [{"name": name, "type": kind} for name, kind in params],
            }
        )
    return {
        "resourceType": "CapabilityStatement",
        "id": "cerulean-ehr-sagh",
        "url": "https://ehr-prod.aldhelm.local/fhir/r4/metadata",
        "name": "CeruleanEHRStAldhelms",
        "title": "Cerulean EHR FHIR R4 API - St Aldhelm's General Hospital",
        "status": "active",
        "date": "2026-09-14",
        "publisher": "Cerulean Health",
        "kind": "instance",
        "software": {"name": "Cerulean EHR", "version": "2025.2", "releaseDate": "2025-10-01"},
        "implementation": {
            "description": "St Aldhelm's production FHIR endpoint",
            "url": "https://ehr-prod.aldhelm.local/fhir/r4",
        },
        "fhirVersion": "4.0.1",
        "format": ["json", "xml"],
        "implementationGuide": ["http://hl7.org/fhir/us/core/ImplementationGuide/hl7.fhir.us.core"],
        "rest": [
            {
                "mode": "server",
                "security": {
                    "extension": [
                        {
                            "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                            "extension": [
                                {
                                    "url": "authorize",
                                    "valueUri": "https://ehr-prod.aldhelm.local/oauth2/authorize",
                                },
                                {
                                    "url": "token",
                                    "valueUri": "https://ehr-prod.aldhelm.local/oauth2/token",
                                },
                            ],
                        }
                    ],
                    "cors": True,
                    "service": [
                        {
                            "coding": [
                                {
                                    "system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
                                    "code": "SMART-on-FHIR",
                                }
                            ],
                            "text": "OAuth2 using SMART-on-FHIR profile",
                        }
                    ],
                },
                "resource": resources,
                "interaction": [{"code": "transaction"}, {"code": "search-system"}],
            }
        ],
    }


def write_capability(out: Path) -> Path:
    """Write fhir/ehr_capability.json."""
    folder = out / "fhir"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "ehr_capability.json"
    target.write_text(json.dumps(capability_statement(), indent=2) + "\n", encoding="utf-8")
    return target

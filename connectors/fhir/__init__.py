"""FHIR CapabilityStatements: what a modern system already serves (file or ``BASE/metadata``)."""

from assessor.connectors.fhir.capability import FhirConnector, looks_like_fhir_capability

__all__ = ["FhirConnector", "looks_like_fhir_capability"]

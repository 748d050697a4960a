"""Interoperability rules: can an AI platform get at the data in a standard, current form?"""

from __future__ import annotations

from assessor.model import Dimension, Evidence, Flow, Severity, System, Transport
from assessor.rules.base import (
    CLEAN,
    NOT_APPLICABLE,
    RuleContext,
    Verdict,
    carries_v2,
    fact_source,
    fires,
    flow_observed,
    flow_source,
    rule,
    share,
)

DIM = Dimension.INTEROPERABILITY
STANDARD_ENCODING = "|^~\\&"
# from v2.7 MSH-2 may end in the truncation character "#"
STANDARD_ENCODINGS = frozenset({STANDARD_ENCODING, STANDARD_ENCODING + "#"})
CLINICAL_SOURCE_KINDS = frozenset({"ehr", "pas", "lis", "ris", "pharmacy", "document"})
P2P_LIMIT = 4
CURRENT_FLOOR = "2.5.1"  # the oldest version the v2-to-FHIR mappings and US rules expect


@rule(
    "HL7V2-V01",
    "hl7-version-age",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Plan the feed's move to v2.5.1 or later, or to FHIR behind the engine.",
    skills=("HL7 v2", "FHIR"),
)
def hl7_version_age(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """HL7 v2 feed speaks a version published long ago.

    Why it matters for AI: old versions lack the fields and data types (precise timestamps,
    coded observations, assigning authorities) models need, and the HL7 v2-to-FHIR mappings start
    at v2.5. The age is counted from the version's publication (HL7 table 0104); HL7 lets a
    normative standard lapse five years after publication unless reaffirmed.

    Anti-pattern: ``MSH-12 = 2.2`` on a lab result feed in 2026 (32 years old).

    Best practice: v2.5.1 or later for every feed an AI use case reads, or FHIR R4. Versions
    published before v2.5.1 fire: low severity, medium past 24 years, high past 28 years.
    """
    if not carries_v2(flow):
        return NOT_APPLICABLE
    if not flow.hl7_versions:
        return None
    published = ctx.reference.hl7_published
    known = [v for v in flow.hl7_versions if v in published]
    if not known:
        return None
    version = min(known, key=lambda v: (published[v], v))
    if published[version] >= published[CURRENT_FLOOR]:
        return CLEAN
    years = (ctx.today - published[version]).days / 365.25
    return fires(
        f"HL7 v{version} published {published[version]:%Y-%m}, {years:.0f} years ago",
        Evidence(
            fact_source(flow, "versions", "" if version == "unknown" else version),
            f"MSH-12 = {version}",
            flow.hl7_versions[version],
        ),
        severity=Severity.HIGH if years > 28 else Severity.MEDIUM if years > 24 else Severity.LOW,
    )


@rule(
    "HL7V2-Z01",
    "custom-z-segments",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Document each Z-segment and map its fields to standard segments or FHIR "
    "extensions before an AI pipeline depends on them.",
    skills=("HL7 v2", "FHIR"),
)
def z_segments(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Feed carries custom Z-segments.

    Why it matters for AI: Z-segments hold site-specific data no standard mapping knows; a model
    fed through a FHIR pipeline silently loses it, or the pipeline needs custom code per site.

    Anti-pattern: ``ZPV|...`` carrying the ward's acuity score on every ADT message.

    Best practice: standard segments, or documented Z-segments mapped to FHIR extensions.
    """
    if not carries_v2(flow):
        return NOT_APPLICABLE
    if not flow_observed(flow) and not flow.z_segments:
        return None
    z = tuple(sorted(set(flow.z_segments) | set(flow.profile.z_segments if flow.profile else ())))
    if not z:
        return CLEAN
    counts = flow.profile.segments if flow.profile else {}
    return fires(
        f"{len(z)} custom Z-segment(s): {', '.join(z)}",
        *(Evidence(fact_source(flow, "segments", s), f"segment {s}", counts.get(s)) for s in z),
    )


@rule(
    "HL7V2-D01",
    "non-standard-delimiters",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Have the sender use the standard encoding characters |^~\\& or normalise "
    "them in the engine.",
    skills=("HL7 v2",),
)
def non_standard_delimiters(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Feed uses non-standard field or component delimiters.

    Why it matters for AI: off-the-shelf parsers and v2-to-FHIR converters assume ``|^~\\&``;
    other delimiters break them or, worse, split values in the wrong place.

    Anti-pattern: ``MSH*^~\\&*...`` or a custom component separator.

    Best practice: the standard encoding characters on every feed.
    """
    if not carries_v2(flow):
        return NOT_APPLICABLE
    if flow.profile is None or not flow.profile.encoding_characters:
        return None
    odd = {k: n for k, n in flow.profile.encoding_characters.items() if k not in STANDARD_ENCODINGS}
    if not odd:
        return CLEAN
    return fires(
        f"non-standard encoding characters in {sum(odd.values())} message(s)",
        *(
            Evidence(fact_source(flow, "encoding_characters", k), f"MSH-1/MSH-2 = {k}", n)
            for k, n in sorted(odd.items())
        ),
    )


@rule(
    "HL7V2-C01",
    "conformance-problems",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Fix the sender's message structure (required fields, segment order, segments "
    "valid for the declared version).",
    skills=("HL7 v2",),
)
def conformance_problems(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Messages break the structure their declared HL7 version requires.

    Why it matters for AI: non-conformant messages are dropped or mis-mapped by standard
    converters, so the data a model sees has holes nobody notices.

    Anti-pattern: required ``PID-3`` empty, segments the declared version does not define.

    Best practice: messages that validate strictly against their declared version.
    """
    if not carries_v2(flow):
        return NOT_APPLICABLE
    if flow.profile is None and not flow.conformance:
        return None
    problems = dict(flow.conformance)
    facts = {kind: ("conformance", kind) for kind in problems}  # where each was first seen
    if flow.profile is not None:
        for kind, n in flow.profile.conformance.items():
            problems[kind] = max(problems.get(kind, 0), n)
            facts[kind] = ("conformance", kind)
        for segment, n in flow.profile.segments_not_in_version.items():
            problems[f"segment {segment} not in version"] = n
            facts[f"segment {segment} not in version"] = ("segments_not_in_version", segment)
        for path, n in getattr(flow.profile, "required_missing", {}).items():
            problems[f"required field {path} empty"] = n
            facts[f"required field {path} empty"] = ("required_missing", path)
        for where, n in getattr(flow.profile, "segments_not_in_structure", {}).items():
            problems[f"segment not in structure {where}"] = n
            facts[f"segment not in structure {where}"] = ("segments_not_in_structure", where)
    problems = {k: n for k, n in problems.items() if n}
    if not problems:
        return CLEAN
    messages = flow.profile.messages if flow.profile else flow.message_count
    worst = max(problems.values())
    # Conformance problems lose or distort some messages; they rarely stop a use case outright.
    severity = Severity.MEDIUM if share(worst, messages) > 0.2 else Severity.LOW
    return fires(
        f"{len(problems)} kind(s) of conformance problem, up to {worst} message(s) each",
        *(
            Evidence(fact_source(flow, *facts[kind]), kind, n)
            for kind, n in sorted(problems.items())
        ),
        severity=severity,
    )


@rule(
    "FHIR-A01",
    "no-fhir-api",
    DIM,
    Severity.MEDIUM,
    "system",
    remediation="Ask the vendor for a FHIR R4 API (US Core / IPA) or expose the data through a "
    "FHIR facade on the interface engine.",
    skills=("FHIR",),
)
def no_fhir_api(system: System, ctx: RuleContext) -> Verdict | None:
    """A clinical system an AI use case reads has no FHIR API.

    Why it matters for AI: AI platforms and SMART apps read FHIR; without it every use case needs
    a bespoke HL7 v2 or database extract.

    Anti-pattern: a LIS reachable only through its v2 result feed and nightly SQL dumps.

    Best practice: a FHIR R4 server with a published CapabilityStatement.

    Observed only for declared systems of a clinical kind: the estate file lists them and the scan
    was given every CapabilityStatement the estate has.
    """
    if system.kind not in CLINICAL_SOURCE_KINDS:
        return NOT_APPLICABLE
    if not system.declared:
        return None
    if system.fhir is not None:
        return CLEAN
    return fires(
        f"no FHIR CapabilityStatement for {system.kind} system {system.name}",
        Evidence("estate", f"system {system.id}: no FHIR capability scanned"),
    )


@rule(
    "FHIR-A02",
    "thin-fhir-api",
    DIM,
    Severity.LOW,
    "system",
    remediation="Enable read and search on Patient and Observation and SMART on FHIR "
    "authorisation.",
    skills=("FHIR",),
)
def thin_fhir_api(system: System, ctx: RuleContext) -> Verdict | None:
    """A FHIR API exists but lacks what AI platforms need.

    Why it matters for AI: a server that cannot search Observation by patient and date, or has no
    SMART on FHIR authorisation, cannot feed a model without a custom side channel.

    Anti-pattern: a CapabilityStatement listing only ``Patient`` ``read``.

    Best practice: search on Patient and Observation, and SMART on FHIR.
    """
    if system.fhir is None:
        return None
    interactions = {r.type: set(r.interactions) for r in system.fhir.resources}
    gaps = [
        f"{resource} {needed}"
        for resource in ("Patient", "Observation")
        for needed in ("read", "search-type")
        if needed not in interactions.get(resource, set())
    ]
    if not system.fhir.smart_on_fhir:
        gaps.append("SMART on FHIR")
    if not gaps:
        return CLEAN
    return fires(
        f"FHIR API lacks {', '.join(gaps)}",
        Evidence(system.fhir.source or "CapabilityStatement", "; ".join(gaps), len(gaps)),
    )


@rule(
    "INT-T01",
    "file-drop-transport",
    DIM,
    Severity.LOW,
    "flow",
    remediation="Replace the file drop with MLLP over TLS or a FHIR API call.",
    skills=("HL7 v2", "FHIR"),
)
def file_drop(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Data moves by dropping files in a shared folder.

    Why it matters for AI: a file drop is batch by nature (no real-time use case), has no
    acknowledgement, and leaves PHI lying in folders.

    Anti-pattern: PACS writes ORM files to ``\\\\share\\ris\\in`` every 15 minutes.

    Best practice: an acknowledged, encrypted transport (MLLP over TLS, HTTPS/FHIR).
    """
    if flow.transport == Transport.UNKNOWN:
        return None
    if flow.transport != Transport.FILE:
        return CLEAN
    return fires(
        f"{flow.source} -> {flow.target} by file drop",
        Evidence(flow_source(flow), f"transport {flow.transport}"),
    )


@rule(
    "INT-P01",
    "point-to-point-sprawl",
    DIM,
    Severity.MEDIUM,
    "system",
    remediation="Route the system's interfaces through the interface engine or an API layer.",
    skills=("HL7 v2",),
    evidence="interfaces",
)
def point_to_point(system: System, ctx: RuleContext) -> Verdict | None:
    """A system keeps many direct point-to-point interfaces that bypass the engine.

    Why it matters for AI: each direct link is one more place to change, secure and monitor when
    an AI platform needs the data; none of them can be reused.

    Anti-pattern: the PAS sends ADT directly to five systems.

    Best practice: one feed into the interface engine, routed from there.
    """
    if system.id in ctx.facts.hubs:
        return NOT_APPLICABLE
    if system.id not in ctx.graph:
        return None
    neighbours = set(ctx.graph.successors(system.id)) | set(ctx.graph.predecessors(system.id))
    direct = sorted(
        n
        for n in neighbours
        if n not in ctx.facts.hubs and ctx.graph.nodes[n].get("type") == "system"
    )
    if len(direct) < P2P_LIMIT:
        return CLEAN
    return fires(
        f"{len(direct)} direct interfaces that bypass the engine",
        Evidence("graph", f"direct neighbours: {', '.join(direct)}", len(direct)),
    )

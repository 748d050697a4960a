"""FHIR mappability rules: can this HL7 v2 feed become FHIR under the v2-to-FHIR IG?

The grade and its reasons come from :mod:`assessor.fhir_mapping`, which reads the IG's own
mapping tables; these rules turn a poor grade into a finding a roadmap can act on.
"""

from __future__ import annotations

from assessor.feed_profile import FeedProfile
from assessor.fhir_mapping import (
    GRADES,
    carries_data,
    is_standard_coding,
    mappability,
    structures_of,
)
from assessor.model import Dimension, Evidence, FeedMappability, Flow, Severity
from assessor.rules.base import (
    CLEAN,
    NOT_APPLICABLE,
    RuleContext,
    Verdict,
    carries_v2,
    fact_source,
    feed_sources,
    fires,
    rule,
)

DIM = Dimension.INTEROPERABILITY


def _graded(flow: Flow) -> FeedMappability | Verdict | None:
    """The feed's mappability, or what a rule says when there is none to judge.

    Not applicable to a link that carries no HL7 v2 or only acknowledgments; unknown (None) for
    a feed declared but never profiled.
    """
    if not carries_v2(flow):
        return NOT_APPLICABLE
    if flow.profile is None:
        return None
    if not carries_data(flow.profile):
        return NOT_APPLICABLE
    return mappability(flow.id, flow.profile)


@rule(
    "FHIR-M01",
    "feed-maps-poorly-to-fhir",
    DIM,
    Severity.LOW,
    "flow",
    remediation="Map the populated fields and Z-segments the IG does not cover to standard "
    "elements or documented FHIR extensions, and build ConceptMaps for local codes, before a "
    "FHIR facade or an AI pipeline reads this feed.",
    skills=("HL7 v2", "FHIR"),
)
def feed_maps_poorly(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """HL7 v2 feed would lose data on its way to FHIR.

    Why it matters for AI: AI platforms and their vendors read FHIR R4. The HL7 v2-to-FHIR
    Implementation Guide publishes which v2 fields map to which FHIR elements; what a feed
    populates outside those maps (Z-segments, fields without a target) and codes only a local
    system knows do not arrive without custom mapping work.

    Anti-pattern: an ADT feed whose diagnosis and insurance live in ``ZIN``/``ZPV`` segments, and
    a lab feed whose test codes are ``99LAB`` local codes.

    Best practice: grade A or B — nearly every populated field (weighted by how often it is
    filled) has an IG target and coded fields use published code systems. Grade C (half to three
    quarters mapped, or local codes) is low severity; grade D is medium. Where a use case reads
    a data domain over FHIR, a feed carrying it whose map yields none of the resources it needs,
    or only at grade D, blocks that domain under this rule (assessor/fhir_readiness.py).
    """
    found = _graded(flow)
    if not isinstance(found, FeedMappability):
        return found
    if found.grade == "unknown":
        return None
    if found.grade in ("A", "B"):
        return CLEAN
    return fires(
        f"FHIR readiness grade {found.grade}: {GRADES[found.grade]}",
        *(
            Evidence(where, reason, found.populated_fields)
            for where, reason in zip(_reason_sources(flow, found), found.reasons, strict=True)
        ),
        severity=Severity.MEDIUM if found.grade == "D" else Severity.LOW,
    )


@rule(
    "FHIR-M02",
    "structure-without-ig-map",
    DIM,
    Severity.INFO,
    "flow",
    remediation="Agree with the FHIR team which resources each of these message structures "
    "yields, or move the feed to a structure the IG maps.",
    skills=("HL7 v2", "FHIR"),
)
def structure_without_map(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Feed sends message structures the v2-to-FHIR IG has no message map for.

    Why it matters for AI: the IG's message maps say which resources a message yields and how they
    reference each other (Encounter.subject → Patient). Without one, a converter must be designed
    by hand, and its resources are only inferred here from the IG's segment maps.

    Anti-pattern: a billing feed of ``DFT^P03`` or a pharmacy feed of ``RDE^O11`` sent to a
    FHIR-first AI platform with no agreed conversion.

    Best practice: structures the IG maps (ADT_A01, ORU_R01, OML_O21, VXU_V04, SIU_S12, …) for
    feeds an AI use case reads, or a documented local message map.
    """
    found = _graded(flow)
    if not isinstance(found, FeedMappability):
        return found
    if not found.structures_without_map:
        return CLEAN
    return fires(
        f"no IG message map for {', '.join(found.structures_without_map)}",
        Evidence(
            _structure_source(flow, found.structures_without_map),
            f"message structures: {', '.join(found.structures)}",
            len(found.structures_without_map),
        ),
    )


def _reason_sources(flow: Flow, found: FeedMappability) -> list[str]:
    """Where each of ``found.reasons`` was seen, in the order :func:`mappability` gives them:
    the mapped share over the whole feed; each other reason where the first of its fields,
    structures, Z-segments or local codes was seen."""
    profile = flow.profile or FeedProfile()  # a graded feed was profiled
    sources = []
    if found.mapped_share is not None:
        sources.append(feed_sources(flow))
    if found.unmapped_fields:
        sources.append(fact_source(flow, "field_fill", *found.unmapped_fields))
    if found.structures_without_map:
        sources.append(_structure_source(flow, found.structures_without_map))
    if found.z_segments:
        sources.append(fact_source(flow, "segments", *found.z_segments))
    if found.local_coded_fields:
        local = [
            key
            for key in profile.coding_systems
            if key.partition("|")[0].split(".")[0] in found.local_coded_fields
            and not is_standard_coding(key.partition("|")[2])
        ]
        sources.append(fact_source(flow, "coding_systems", *local))
    return sources


def _structure_source(flow: Flow, structures: tuple[str, ...]) -> str:
    """Where the first message of one of ``structures`` was seen."""
    types = [t for t, s in structures_of(flow.profile or FeedProfile()).items() if s in structures]
    return fact_source(flow, "message_types", *types)

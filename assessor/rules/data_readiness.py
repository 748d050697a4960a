"""Data-readiness rules on feeds: is what flows complete, precise, identifiable and unique?

Most rules here read a flow's FeedProfile, so a flow that was only declared is unobserved.
Coding rules (LOINC, ICD-10, RxNorm, CVX) are in :mod:`assessor.rules.data_coding`.
"""

from __future__ import annotations

from assessor.field_fill import FILL_MINIMUM, domains_of_use_cases, event_fill, expected_fields
from assessor.model import DataDomain, Dimension, Evidence, Flow, Severity
from assessor.rules.base import (
    CLEAN,
    NOT_APPLICABLE,
    RuleContext,
    Verdict,
    carries_results,
    fact_source,
    feed_sources,
    fires,
    rule,
    share,
)
from assessor.sketches import CONTROL_ID_SAMPLE

DIM = Dimension.DATA_READINESS
COARSE_PRECISIONS = frozenset({"year", "month", "day", "hour"})


@rule(
    "DATA-T01",
    "coarse-timestamps",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Send timestamps to the minute or finer (TS/DTM with a zone) from the source.",
    skills=("HL7 v2",),
)
def coarse_timestamps(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Timestamps are sent to the day or the hour.

    Why it matters for AI: early-warning models order observations in time; day-level stamps
    make "lactate before antibiotics" unanswerable.

    Anti-pattern: ``OBX-14 = 20260314``.

    Best practice: ``OBX-14 = 202603140935+0000`` (the minute at least, better the second).
    """
    profile = flow.profile
    if profile is None or not profile.timestamp_precision:
        return None
    total = sum(profile.timestamp_precision.values())
    coarse = sum(n for p, n in profile.timestamp_precision.items() if p in COARSE_PRECISIONS)
    if share(coarse, total) <= 0.1:
        return CLEAN
    severity = Severity.HIGH if share(coarse, total) > 0.5 else Severity.MEDIUM
    return fires(
        f"{coarse} of {total} timestamps coarser than a minute",
        *(
            Evidence(fact_source(flow, "timestamp_precision", p), f"precision {p}", n)
            for p, n in sorted(profile.timestamp_precision.items())
        ),
        severity=severity,
    )


@rule(
    "DATA-T02",
    "timestamps-without-zone",
    DIM,
    Severity.LOW,
    "flow",
    remediation="Send a UTC offset with every timestamp (TS/DTM +ZZZZ).",
    skills=("HL7 v2",),
)
def timestamps_without_zone(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Timestamps carry no time-zone offset.

    Why it matters for AI: around daylight-saving changes and across sites, local times without
    an offset reorder events and skew durations a model learns from.

    Anti-pattern: ``MSH-7 = 20261025013000``.

    Best practice: ``MSH-7 = 20261025013000+0100``.
    """
    profile = flow.profile
    if profile is None or not profile.messages:
        return None
    if share(profile.timestamps_with_zone, profile.messages) >= 0.9:
        return CLEAN
    missing = profile.messages - profile.timestamps_with_zone
    return fires(
        f"{missing} of {profile.messages} messages without a time-zone offset",
        Evidence(fact_source(flow, "timestamp_zone", "absent"), "MSH-7 without offset", missing),
    )


@rule(
    "DATA-F01",
    "key-fields-empty",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Make the sender fill the field (configuration or workflow) or source it "
    "elsewhere.",
    skills=("HL7 v2", "data governance"),
)
def key_fields_empty(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Fields AI use cases need are often empty in the messages that should carry them.

    Why it matters for AI: a model cannot use what is not sent; a field filled in 40% of messages
    biases every prediction towards the patients who have it.

    Anti-pattern: ``PV1-3`` (location) empty in half the admissions.

    Best practice: the patient identifier in every message, and each field a wanted use case
    needs for an event filled in 90% or more of that event's messages. A field is expected only
    of the events that need it (:mod:`assessor.field_fill`): ``PV1-45``, the discharge date,
    exists once the patient is discharged, so it is expected on ``ADT^A03`` and never demanded
    of an admission, a result (ORU), a schedule (SIU) or a charge (DFT). A use case's fields are
    expected of the feeds on its data path (with no AI platform known, of the feeds its source
    kinds send); other feeds owe the patient identifier only.
    """
    profile = flow.profile
    if profile is None:
        return None
    wanted = expected_fields(profile.message_types, _domains_served(flow, ctx))
    rates = {p: event_fill(profile, p, events) for p, events in wanted.items()}
    rates = {p: r for p, r in rates.items() if r is not None}
    if not rates:
        return None
    low = {p: r for p, r in rates.items() if r < FILL_MINIMUM}
    if not low:
        return CLEAN
    # An empty patient identifier breaks every use case; other fields degrade some of them.
    severity = Severity.HIGH if low.get("PID-3", 1.0) < 0.5 else Severity.MEDIUM
    return fires(
        f"{len(low)} key field(s) filled in under {FILL_MINIMUM:.0%} of the messages needing them",
        *(
            Evidence(
                feed_sources(flow),
                f"{p} filled in {r:.0%} of {_events_words(wanted[p])}",
                profile.segments.get(p.split("-")[0]),
            )
            for p, r in sorted(low.items())
        ),
        severity=severity,
    )


def _domains_served(flow: Flow, ctx: RuleContext) -> tuple[DataDomain, ...]:
    """The data domains of the wanted use cases whose data this flow carries."""
    sender = ctx.system(flow.source)
    served = [
        u
        for u in ctx.use_cases
        if flow.id in ctx.facts.paths.get(u.id, ())
        or (not ctx.inventory.ai_platform and sender is not None and sender.kind in u.source_kinds)
    ]
    return domains_of_use_cases(served)


def _events_words(events: tuple[str, ...]) -> str:
    """``("ADT^A03^ADT_A03",)`` -> ``ADT^A03``; many -> ``ADT^A01, ADT^A03``."""
    from assessor.graph import message_type

    return ", ".join(sorted({message_type(e) for e in events}))


@rule(
    "DATA-I01",
    "identifiers-without-authority",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Send the assigning authority (PID-3.4) with every patient identifier.",
    skills=("HL7 v2", "data governance"),
)
def identifiers_without_authority(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Patient identifiers are sent without their assigning authority.

    Why it matters for AI: without ``PID-3.4`` an MRN from the PAS and one from the LIS cannot be
    told apart, so records of two patients merge or one patient's history splits.

    Anti-pattern: ``PID-3 = 123456``.

    Best practice: ``PID-3 = 123456^^^SAGH^MR``.
    """
    profile = flow.profile
    rate = profile.fill_rate("PID-3.4") if profile is not None else None
    if profile is None or rate is None:
        return None
    if rate >= 0.9:
        return CLEAN
    return fires(
        f"assigning authority in {rate:.0%} of patient identifiers",
        Evidence(feed_sources(flow), f"PID-3.4 filled in {rate:.0%}", profile.segments.get("PID")),
    )


@rule(
    "DATA-X01",
    "free-text-results",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Send discrete results as NM/CWE values with units; keep text for narrative.",
    skills=("HL7 v2", "terminology mapping"),
)
def free_text_results(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Results are sent as free text rather than coded or numeric values.

    Why it matters for AI: ``Potassium 5.9 HIGH`` in a TX value needs NLP before any model can use
    it, and the NLP's errors become the model's errors.

    Anti-pattern: ``OBX-2 = TX``, ``OBX-5 = K 5.9 H``.

    Best practice: ``OBX-2 = NM``, ``OBX-5 = 5.9``, ``OBX-6 = mmol/L``. Only result messages are
    judged: a document (MDM) is text by nature.
    """
    if not carries_results(flow):
        return NOT_APPLICABLE
    profile = flow.profile
    if profile is None or not profile.value_types:
        return None
    total = sum(profile.value_types.values())
    text = sum(n for t, n in profile.value_types.items() if t in ("TX", "FT", "ST"))
    if share(text, total) <= 0.3:
        return CLEAN
    return fires(
        f"{text} of {total} results are free text",
        *(
            Evidence(fact_source(flow, "value_types", t), f"OBX-2 = {t}", n)
            for t, n in sorted(profile.value_types.items())
        ),
    )


@rule(
    "DATA-D01",
    "duplicate-messages",
    DIM,
    Severity.LOW,
    "flow",
    remediation="Find why messages are resent (ACK timeouts, replays) and de-duplicate on "
    "MSH-10 in the engine.",
    skills=("HL7 v2",),
)
def duplicate_messages(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """The same message control id arrives more than once.

    Why it matters for AI: duplicated results double-count observations and inflate the signals
    a model sees.

    Anti-pattern: ``MSH-10`` repeated after ACK timeouts.

    Best practice: unique control ids and idempotent receivers.
    """
    profile = flow.profile
    if profile is None or not profile.control_ids_seen:
        return None
    if profile.duplicate_control_ids == 0:
        return CLEAN
    how_many = f"{profile.duplicate_control_ids} duplicate control id(s)"
    if not profile.duplicates_exact:
        how_many = f"about {how_many}, estimated from a sample of {CONTROL_ID_SAMPLE:,} ids"
    return fires(
        how_many,
        Evidence(
            fact_source(flow, "duplicate_control_ids", "MSH-10"),
            "MSH-10 repeated",
            profile.duplicate_control_ids,
        ),
    )


UTF8_CHARSETS = frozenset({"UNICODE UTF-8", "UTF-8", "UTF8", "ASCII", ""})
MERGE_EVENTS = frozenset({"ADT^A34", "ADT^A35", "ADT^A36", "ADT^A39", "ADT^A40", "ADT^A18"})


@rule(
    "DATA-E01",
    "legacy-feed-encoding",
    DIM,
    Severity.LOW,
    "flow",
    remediation="Have the sender emit UTF-8 and declare it in MSH-18 (UNICODE UTF-8).",
    skills=("HL7 v2",),
)
def legacy_feed_encoding(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """A feed is sent in a legacy character set, or holds bytes that do not decode.

    Why it matters for AI: names and notes in latin-1 or a code page turn into mojibake once they
    meet UTF-8 systems (FHIR, the AI platform), and patient matching on names fails.

    Anti-pattern: ``MSH-18 = 8859/1`` with accented names, or undeclared latin-1 bytes.

    Best practice: ``MSH-18 = UNICODE UTF-8`` and UTF-8 bytes.
    """
    profile = flow.profile
    if profile is None or not profile.messages:
        return None
    legacy = {c: n for c, n in profile.charsets.items() if c.strip().upper() not in UTF8_CHARSETS}
    if not legacy and not profile.undecodable_bytes:
        return CLEAN
    evidence = [
        Evidence(fact_source(flow, "charsets", c), f"MSH-18 = {c}", n)
        for c, n in sorted(legacy.items())
    ]
    if profile.undecodable_bytes:
        evidence.append(
            Evidence(
                fact_source(flow, "conformance", "charset-undecodable-bytes"),
                "bytes not valid in the declared encoding",
                profile.undecodable_bytes,
            )
        )
    return fires("feed in a legacy character set", *evidence)


@rule(
    "DATA-M01",
    "patient-identity-churn",
    DIM,
    Severity.LOW,
    "flow",
    remediation="Run an enterprise master patient index (EMPI) and send merges to every "
    "consumer, the AI platform included.",
    skills=("data governance",),
)
def identity_churn(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Patient merges and identifier changes travel on the feed.

    Why it matters for AI: every merge (A40), link or identifier change rewrites which records
    belong to one patient; a model's training set and its features silently split or join
    patients unless every consumer applies the same merges.

    Anti-pattern: ``ADT^A40`` merges sent to some receivers and not to the data warehouse.

    Best practice: an EMPI whose merges reach every copy of the data.
    """
    if not flow.message_types:
        return None
    from assessor.graph import message_type

    merges = {t: n for t, n in flow.message_types.items() if message_type(t) in MERGE_EVENTS}
    if not merges:
        return CLEAN
    return fires(
        f"{sum(merges.values())} patient merge or identifier-change message(s)",
        *(
            Evidence(fact_source(flow, "message_types", t), f"message type {t}", n)
            for t, n in sorted(merges.items())
        ),
    )

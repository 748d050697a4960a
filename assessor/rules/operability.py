"""Operability rules: who owns it, what hidden code runs in it, how healthy its feeds are."""

from __future__ import annotations

from datetime import date

from assessor.model import Dimension, Evidence, Flow, Severity, System
from assessor.rules.base import (
    CLEAN,
    NOT_APPLICABLE,
    RuleContext,
    Verdict,
    fact_source,
    fires,
    flow_observed,
    flow_source,
    rule,
    share,
)

DIM = Dimension.OPERABILITY


@rule(
    "OPS-O01",
    "orphan-system",
    DIM,
    Severity.HIGH,
    "system",
    quick_win=True,
    remediation="Name an owning team and a data steward; no migration needed.",
    skills=("data governance",),
    evidence="declaration",
)
def orphan_system(system: System, ctx: RuleContext) -> Verdict | None:
    """A declared system nobody owns.

    Why it matters for AI: nobody can approve its data for AI use, answer for its quality, or
    schedule its changes; a use case that needs it stalls at the first question.

    Anti-pattern: the dictation system "nobody has claimed since the reorganisation".

    Best practice: every system has an owning team and a data steward.
    """
    if not system.declared:
        return None
    if system.owner:
        return CLEAN
    return fires(f"{system.name} has no owner", Evidence("estate", f"system {system.id}: no owner"))


@rule(
    "OPS-U01",
    "undeclared-system",
    DIM,
    Severity.MEDIUM,
    "system",
    quick_win=True,
    remediation="Add the system to the estate file (with owner and aliases) or find out who "
    "runs it.",
    skills=("data governance",),
)
def undeclared_system(system: System, ctx: RuleContext) -> Verdict | None:
    """A system seen on the wire that the declared estate does not list.

    Why it matters for AI: shadow systems hold copies of PHI nobody governs, and their feeds
    change without warning.

    Anti-pattern: ``MSH-3 = LABGW2`` with no entry in the application portfolio.

    Best practice: every sender and receiver declared with an owner.
    """
    if system.declared:
        return CLEAN
    return fires(
        f"{system.id} seen on the wire but not declared",
        Evidence(
            system.sources[0] if system.sources else "scan",
            f"aliases {', '.join(system.aliases) or system.id}",
        ),
    )


@rule(
    "OPS-X01",
    "custom-transformer-code",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Document the scripts, move mappings to declarative tables, and test them "
    "before any migration.",
    skills=("HL7 v2",),
)
def custom_code(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """An engine channel runs custom transformer or filter code.

    Why it matters for AI: business rules hidden in JavaScript change what downstream systems and
    models see; nobody can migrate what nobody has read.

    Anti-pattern: 400 lines of JavaScript rewriting OBX segments in a channel.

    Best practice: declarative mappings, version-controlled and tested.
    """
    if flow.channel is None:
        return _channel_unread(flow, ctx)
    if flow.custom_script_lines == 0:
        # a channel only declared: nobody read its transformer, so no code is not clean
        return CLEAN if ctx.scanned(flow) else None
    severity = Severity.HIGH if flow.custom_script_lines > 200 else Severity.MEDIUM
    return fires(
        f"{flow.custom_script_lines} lines of custom script in channel {flow.channel}",
        Evidence(flow_source(flow), f"channel {flow.channel}", flow.custom_script_lines),
        severity=severity,
    )


def _channel_unread(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """A feed into or out of an interface engine whose channel no export showed is uninspected
    (its transformer code is unknown); any other flow without a channel runs no engine code."""
    hub = next((end for end in (flow.source, flow.target) if end in ctx.facts.hubs), None)
    if hub is None:
        return NOT_APPLICABLE  # transformer code lives in engine channels
    ends = {flow.source, flow.target}
    read = any(
        f.channel is not None and {f.source, f.target} == ends and ctx.scanned(f)
        for f in ctx.flows_touching(hub)
    )
    return NOT_APPLICABLE if read else None


@rule(
    "OPS-A01",
    "negative-acknowledgements",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Work the error queue: find why the receiver rejects messages and fix the "
    "sender or mapping.",
    skills=("HL7 v2",),
)
def negative_acks(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """The receiver rejects or errors on a share of messages.

    Why it matters for AI: rejected messages are data the model never sees, usually the unusual
    cases that matter most.

    Anti-pattern: 4% of ORU messages answered with ``MSA-1 = AE``.

    Best practice: under 0.5% negative acknowledgements, each one worked.
    """
    if flow.profile is None:
        return None
    if not flow.profile.ack_codes:
        return NOT_APPLICABLE  # not an acknowledgement feed
    total = sum(flow.profile.ack_codes.values())
    bad = sum(n for c, n in flow.profile.ack_codes.items() if c in ("AE", "AR", "CE", "CR"))
    if share(bad, total) <= 0.005:
        return CLEAN
    return fires(
        f"{bad} of {total} acknowledgements negative",
        *(
            Evidence(fact_source(flow, "ack_codes", c), f"MSA-1 = {c}", n)
            for c, n in sorted(flow.profile.ack_codes.items())
        ),
    )


@rule(
    "OPS-D01",
    "disabled-interface",
    DIM,
    Severity.LOW,
    "flow",
    remediation="Retire the channel (and its credentials) or document why it is kept.",
    skills=("HL7 v2",),
)
def disabled_interface(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """An interface that is configured but disabled.

    Why it matters for AI: dead channels confuse the data-flow map (is this where results go?)
    and keep old credentials and endpoints alive.

    Anti-pattern: ``RIS_Results_to_EHR_OLD`` disabled since 2022 but still deployed.

    Best practice: retired channels removed from the engine.
    """
    if flow_observed(flow) and flow.channel is None:
        return CLEAN  # messages were seen moving
    if flow.channel is None and not flow.declared:
        return None
    if flow.enabled:
        return CLEAN
    return fires(
        f"interface {flow.channel or flow.id} is disabled",
        Evidence(flow_source(flow), f"channel {flow.channel or flow.id}: disabled"),
    )


@rule(
    "OPS-P01",
    "non-production-traffic",
    DIM,
    Severity.LOW,
    "flow",
    remediation="Separate test and training traffic from production feeds.",
    skills=("HL7 v2",),
)
def non_production_traffic(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Test or debug messages mixed into a production feed.

    Why it matters for AI: test patients in training data and monitoring skew models and
    dashboards, and show that environments are not separated.

    Anti-pattern: ``MSH-11 = T`` messages on the production ADT feed.

    Best practice: only ``MSH-11 = P`` in production.
    """
    if flow.profile is None or not flow.profile.processing_ids:
        return None
    other = {k: n for k, n in flow.profile.processing_ids.items() if k != "P"}
    if not other:
        return CLEAN
    return fires(
        f"{sum(other.values())} non-production message(s)",
        *(
            Evidence(fact_source(flow, "processing_ids", k), f"MSH-11 = {k}", n)
            for k, n in sorted(other.items())
        ),
    )


@rule(
    "LIFE-S02",
    "support-ending-soon",
    DIM,
    Severity.MEDIUM,
    "system",
    remediation="Budget and schedule the upgrade or replacement now.",
    skills=("vendor management",),
    evidence="declaration",
)
def support_ending_soon(system: System, ctx: RuleContext) -> Verdict | None:
    """A product's support ends within the next 12 months.

    Why it matters for AI: an AI use case built on it now will have to be rebuilt after the
    upgrade; better to sequence the upgrade first.

    Anti-pattern: connecting the AI platform to an engine whose support ends next month.

    Best practice: upgrades planned at least a year before end of support.
    """
    if not system.support_end:
        return None
    try:
        end = date.fromisoformat(system.support_end)
    except ValueError:
        return None
    days = (end - ctx.today).days
    if days < 0 or days > 365:
        return CLEAN
    return fires(
        f"support ends {end.isoformat()}, in {days} days",
        Evidence("estate", f"support_end {end.isoformat()}"),
    )

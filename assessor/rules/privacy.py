"""Privacy rules: which PHI moves where, and what reaches the AI platform."""

from __future__ import annotations

from assessor.model import Dimension, Evidence, Flow, PhiClass, Severity, System
from assessor.rules.base import (
    CLEAN,
    NOT_APPLICABLE,
    RuleContext,
    Verdict,
    effective_phi,
    fires,
    phi_source,
    rule,
)

DIM = Dimension.PRIVACY
UNNEEDED_IDENTIFIERS = frozenset(
    {
        PhiClass.SSN,
        PhiClass.HEALTH_PLAN,
        PhiClass.ACCOUNT,
        PhiClass.LICENCE,
        PhiClass.VEHICLE_ID,
    }
)
"""Identifiers no clinical model needs: an AI platform should never receive them."""
RECORD_KINDS = frozenset({"ehr", "ai-platform", "interface-engine"})
"""Kinds that hold or route the whole record by design: minimum necessary is judged elsewhere."""
DEMOGRAPHICS = frozenset(
    {
        PhiClass.NAME,
        PhiClass.MRN,
        PhiClass.DATE,
        PhiClass.ADDRESS,
        PhiClass.PHONE,
        PhiClass.EMAIL,
        PhiClass.FAX,
        PhiClass.ACCOUNT,
        PhiClass.OTHER_ID,
        PhiClass.UNKNOWN,
    }
)
"""What an ordinary ADT message (PID, PV1) gives every receiver to file data against the right
patient and encounter: never "beyond need". (PHI of unknown class says nothing either way.)"""
NEEDED_BY_KIND: dict[str, frozenset[PhiClass]] = {
    "pas": frozenset({PhiClass.SSN, PhiClass.HEALTH_PLAN}),
    "billing": frozenset({PhiClass.SSN, PhiClass.HEALTH_PLAN}),
    "pharmacy": frozenset({PhiClass.HEALTH_PLAN}),
    "lis": frozenset({PhiClass.FREE_TEXT}),
    "ris": frozenset({PhiClass.FREE_TEXT}),
    "document": frozenset({PhiClass.FREE_TEXT}),
    "pacs": frozenset({PhiClass.FREE_TEXT, PhiClass.PHOTO, PhiClass.DEVICE_ID}),
}
"""What a kind's own function needs on top of demographics: claims need payer ids (and, in the
US, the SSN); labs, radiology and document systems take clinical text with their orders."""
BEYOND_NEED_LIMIT = 2


def _phi_evidence(flow: Flow, phi_class: PhiClass, how: str) -> Evidence:
    """Where ``phi_class`` on ``flow`` was seen, with its count, or from how many feeds inferred."""
    where = phi_source(flow, (phi_class.value,), how)
    if how == "observed":
        count = flow.profile.phi_classes.get(phi_class.value) if flow.profile else None
        return Evidence(where, f"PHI class {phi_class}", count)
    return Evidence(where, f"PHI class {phi_class} ({how})")


@rule(
    "PRIV-S01",
    "ssn-in-feed",
    DIM,
    Severity.HIGH,
    "flow",
    remediation="Stop sending SSNs where the receiver does not need them; mask PID-19 in the "
    "engine.",
    skills=("data governance", "HL7 v2"),
)
def ssn_in_feed(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """A feed carries Social Security numbers.

    Why it matters for AI: an SSN copied into an AI pipeline makes any leak of training or prompt
    data a reportable breach, and no model needs it.

    Anti-pattern: ``PID-19`` filled on every ADT message sent to every subscriber.

    Best practice: SSNs only where a legal duty requires them, masked everywhere else.

    An interface engine's channel relays the SSNs of the feeds into the engine with the same
    message types; the evidence says the PHI was inferred, and from how many feeds.
    """
    phi, how = effective_phi(flow, ctx)
    if phi is None:
        return None
    if not flow.enabled or PhiClass.SSN not in phi:
        return CLEAN  # a disabled interface moves nothing; OPS-D01 reports it
    return fires("feed carries Social Security numbers", _phi_evidence(flow, PhiClass.SSN, how))


@rule(
    "PRIV-F01",
    "phi-in-free-text",
    DIM,
    Severity.MEDIUM,
    "flow",
    remediation="Classify narrative fields as PHI; de-identify text before AI use.",
    skills=("data governance", "AI risk management"),
)
def phi_in_free_text(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """A feed carries free text that holds identifiers.

    Why it matters for AI: language models read exactly these fields, and names, dates and phone
    numbers inside narrative escape column-level masking.

    Anti-pattern: ``NTE-3 = Spoke to wife Mary on 555-0142``.

    Best practice: text de-identified (or access-controlled) before it reaches a model.

    An interface engine's channel relays the free text of the feeds into the engine with the same
    message types, as for PRIV-S01.
    """
    phi, how = effective_phi(flow, ctx)
    if phi is None:
        return None
    if not flow.enabled or PhiClass.FREE_TEXT not in phi:
        return CLEAN  # a disabled interface moves nothing; OPS-D01 reports it
    return fires("free text with identifiers", _phi_evidence(flow, PhiClass.FREE_TEXT, how))


@rule(
    "PRIV-R01",
    "phi-reach-wide",
    DIM,
    Severity.MEDIUM,
    "system",
    remediation="Apply minimum necessary: filter the PHI classes each receiver gets in the engine.",
    skills=("data governance",),
)
def phi_reach_wide(system: System, ctx: RuleContext) -> Verdict | None:
    """A system receives classes of PHI its function does not need.

    Why it matters for AI: every system holding identifiers is one more place a model's data can
    leak from, and one more copy to keep consistent when patients are merged or opt out.

    Anti-pattern: the scheduling system receives SSN, health-plan numbers and free text it never
    shows.

    Best practice: minimum necessary. The principle: a receiver is judged only on what its
    incoming flows bring *beyond* the demographics an ordinary ADT feed gives every subscriber to
    file data against the right patient (name, MRN and other record ids, dates, address, phone,
    e-mail, fax, account) and beyond what its kind's own function needs (payer ids and the SSN
    for the PAS and billing, payer ids for the pharmacy, clinical text for the LIS, RIS, PACS and
    document systems). It fires when two or more such classes arrive, so an ordinary ADT
    receiver never fires; an SSN alone is PRIV-S01's finding on the feed. What a system sends is
    not what it receives. The EHR, the interface engine and the AI platform hold or route the
    whole record by design and are not judged. A system is observed when the PHI of one of its
    incoming flows is known, an engine channel's inferred from the feeds into the engine, as for
    PRIV-S01.
    """
    incoming = [f for f in ctx.flows_into(system.id) if f.enabled]
    known = [
        (f, phi, how) for f in incoming for phi, how in [effective_phi(f, ctx)] if phi is not None
    ]
    if not known:
        return None
    if system.kind in RECORD_KINDS:
        return NOT_APPLICABLE
    received = {PhiClass(c) for _, phi, _ in known for c in phi}
    needed = DEMOGRAPHICS | NEEDED_BY_KIND.get(system.kind, frozenset())
    beyond = sorted(str(c) for c in received - needed)
    if len(beyond) < BEYOND_NEED_LIMIT:
        return CLEAN
    # then each flow bringing some of them, cited where they were seen
    brought = [(f, [c for c in phi if c in beyond], how) for f, phi, how in known]
    return fires(
        f"receives {len(beyond)} classes of PHI beyond what a {system.kind} needs",
        Evidence(
            "graph",
            f"PHI classes reaching {system.id} beyond its need: {', '.join(beyond)}",
            len(beyond),
        ),
        *(
            Evidence(phi_source(f, tuple(classes), how), f"{f.id}: {', '.join(classes)}")
            for f, classes, how in sorted(brought, key=lambda b: b[0].id)
            if classes
        ),
    )


@rule(
    "PRIV-A01",
    "identifiers-to-ai-platform",
    DIM,
    Severity.HIGH,
    "flow",
    remediation="Drop SSNs, health-plan and account numbers before the AI platform; send a stable "
    "pseudonymous token where a link is needed.",
    skills=("AI risk management", "data governance"),
)
def identifiers_to_ai(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """Identifiers no model needs flow into the AI platform.

    Why it matters for AI: no clinical model needs an SSN, a health-plan or account number, a
    licence or a vehicle id; sending them widens what a prompt, a log or a vendor can expose and
    makes any incident on the platform a reportable breach. (Names and MRNs that in-platform
    workflows need are judged by the AI risk assessment, not by this rule.)

    Anti-pattern: the warehouse extract to the AI platform carries SSN and health-plan numbers.

    Best practice: those identifiers dropped before the platform, a pseudonymous token where a
    link is needed. A class a wanted use case declares it needs (its ``phi_classes``) is not
    judged: an estate defining a use case that needs the account number says so there.
    """
    if flow.target != ctx.inventory.ai_platform:
        return NOT_APPLICABLE
    phi, how = effective_phi(flow, ctx)
    if phi is None:
        return None
    wanted = {str(c) for u in ctx.use_cases for c in u.phi_classes}
    direct = sorted(set(phi) & ({str(c) for c in UNNEEDED_IDENTIFIERS} - wanted))
    if not flow.enabled or not direct:
        return CLEAN  # a disabled interface moves nothing; OPS-D01 reports it
    detail = f"PHI classes {', '.join(direct)}" + ("" if how == "observed" else f" ({how})")
    return fires(
        f"identifiers no model needs sent to the AI platform: {', '.join(direct)}",
        Evidence(phi_source(flow, tuple(direct), how), detail, len(direct)),
    )

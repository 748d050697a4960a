"""Security rules: PHI on the wire in clear, and products past their end of support."""

from __future__ import annotations

from datetime import date
from typing import Any

from assessor.model import DataStore, Dimension, Evidence, Flow, Severity, System, Transport
from assessor.rules.base import (
    CLEAN,
    NOT_APPLICABLE,
    RuleContext,
    Verdict,
    effective_phi,
    fires,
    flow_source,
    rule,
)

DIM = Dimension.SECURITY
PLAIN_TCP = frozenset(
    {
        Transport.MLLP,
        Transport.DATABASE,
        Transport.OTHER,
        Transport.DICOM,
        Transport.HTTP,
        Transport.FHIR,
        Transport.ENGINE_CHANNEL,
    }
)


@rule(
    "SEC-T01",
    "phi-over-plain-tcp",
    DIM,
    Severity.CRITICAL,
    "flow",
    quick_win=True,
    remediation="Wrap the connection in TLS (MLLP over TLS, stunnel, or the engine's TLS "
    "listener); no migration needed.",
    skills=("TLS and certificates",),
)
def phi_over_plain_tcp(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """PHI travels over a connection without TLS.

    Why it matters for AI: connecting an AI platform means more copies of these feeds; any one
    read off the network exposes every patient in it. No AI risk assessment passes this.

    Anti-pattern: MLLP on port 6661 in clear, carrying names, MRNs and dates of birth.

    Best practice: MLLP over TLS (or a VPN tunnel at minimum) for every PHI feed.

    Observed only when the flow's TLS status is known; unknown TLS is reported as missing evidence.
    An engine channel's PHI is inferred from the observed feeds into the engine with the same
    message types (an engine passes messages through); the evidence says so.
    """
    if flow.transport == Transport.FILE:
        return NOT_APPLICABLE  # a file drop has no TLS to speak of; INT-T01 reports it
    if flow.tls is None:
        return None
    if not flow.enabled:
        return CLEAN  # a disabled interface moves nothing; OPS-D01 reports it
    phi, how = effective_phi(flow, ctx)
    if flow.tls is True or phi == ():
        return CLEAN
    if phi is None:
        return None
    return fires(
        f"{len(phi)} PHI class(es) over {flow.transport} without TLS",
        Evidence(
            flow_source(flow),
            f"{flow.endpoint or flow.transport}: tls=false; PHI {', '.join(phi)} ({how})",
            flow.message_count or None,
        ),
    )


@rule(
    "SEC-H01",
    "plain-http-endpoint",
    DIM,
    Severity.HIGH,
    "flow",
    quick_win=True,
    remediation="Serve the endpoint over HTTPS only.",
    skills=("TLS and certificates",),
)
def plain_http(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """An HTTP or FHIR endpoint uses ``http://`` instead of ``https://``.

    Why it matters for AI: API traffic to and from an AI platform carries PHI and tokens; plain
    HTTP exposes both.

    Anti-pattern: ``http://ehr-prod:8080/fhir``.

    Best practice: ``https://`` with a certificate the clients verify.
    """
    web = flow.transport in (Transport.HTTP, Transport.FHIR)
    if not web and not (flow.endpoint or "").lower().startswith(("http://", "https://")):
        return NOT_APPLICABLE
    if not flow.endpoint or "://" not in flow.endpoint:
        return None
    if not flow.endpoint.lower().startswith("http://"):
        return CLEAN
    return fires("plain HTTP endpoint", Evidence(flow_source(flow), f"endpoint {flow.endpoint}"))


def _support_end(
    ctx: RuleContext, product: str | None, version: str | None
) -> tuple[date | None, str, str]:
    """(end of vendor support, lifecycle status, source) from the shipped lifecycle table."""
    lookup = ctx.reference.support_status
    if lookup is None or not product or not version:
        return None, "unknown", ""
    status: Any = lookup(product, version, ctx.today)
    end = getattr(status, "support_end", None)
    return (
        (end if isinstance(end, date) else None),
        str(getattr(status, "status", "")),
        str(getattr(status, "source", "") or "eol.csv"),
    )


def _declared_end(system: System) -> date | None:
    try:
        return date.fromisoformat(system.support_end) if system.support_end else None
    except ValueError:
        return None


def _lifecycle_verdict(
    name: str, end: date | None, source: str, today: date, status: str = ""
) -> Verdict | None:
    if end is None:
        return None
    if end >= today:
        return CLEAN
    years = (today - end).days / 365.25
    if status == "extended-only":
        return fires(
            f"{name}: vendor support ended {end.isoformat()}, only paid extended support left",
            Evidence(source, f"support ended {end.isoformat()}; extended support only"),
            severity=Severity.MEDIUM,
        )
    return fires(
        f"{name} out of support since {end.isoformat()}",
        Evidence(source, f"support ended {end.isoformat()} ({years:.1f} years ago)"),
        severity=Severity.CRITICAL if years >= 2 else Severity.HIGH,
    )


@rule(
    "LIFE-S01",
    "product-past-end-of-support",
    DIM,
    Severity.HIGH,
    "system",
    remediation="Upgrade to a supported version or replace the product; until then isolate it.",
    skills=("vendor management",),
)
def product_past_support(system: System, ctx: RuleContext) -> Verdict | None:
    """A product runs past its vendor's end of support.

    Why it matters for AI: no security patches, no new interfaces, and no vendor help to add the
    FHIR API or data feed an AI use case needs; everything built on it inherits the risk.

    Anti-pattern: a PAS whose support ended in 2023 still feeding ADT to every system.

    Best practice: every system on a data path within support, with a dated upgrade plan.

    Dates come from the estate file (``support_end``) or the shipped lifecycle table.
    """
    end, status, source = _declared_end(system), "", "estate"
    if end is None:
        end, status, source = _support_end(ctx, system.product, system.version)
    return _lifecycle_verdict(system.name, end, source, ctx.today, status)


@rule(
    "LIFE-D01",
    "database-engine-end-of-life",
    DIM,
    Severity.HIGH,
    "store",
    remediation="Upgrade the database engine to a supported major version.",
    skills=("database migration",),
)
def database_engine_eol(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """A database engine version past its end of support.

    Why it matters for AI: unpatched engines holding PHI are the soft target an AI integration
    widens; modern CDC and connector tools also drop support for old versions.

    Anti-pattern: MySQL 5.6 (end of life 2021) under the LIS.

    Best practice: a supported major version, upgraded on the vendor's cycle.
    """
    end, status, source = _support_end(ctx, store.product or store.dialect, store.server_version)
    label = f"{store.product or store.dialect} {store.server_version}"
    return _lifecycle_verdict(label, end, source, ctx.today, status)

"""Security rules: PHI on the wire or on a file share in clear, and products past their support."""

from __future__ import annotations

from datetime import date
from typing import Any

from assessor.masking import mask_url
from assessor.model import DataStore, Dimension, Evidence, Flow, Severity, System, Transport
from assessor.rules.base import (
    CLEAN,
    NOT_APPLICABLE,
    RuleContext,
    Verdict,
    effective_phi,
    fires,
    flow_source,
    phi_source,
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
        return NOT_APPLICABLE  # a file transfer's encryption is SEC-F01's to judge
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
            phi_source(flow, phi, how),
            f"{flow.endpoint or flow.transport}: tls=false; PHI {', '.join(phi)} ({how})",
            flow.message_count or None,
        ),
    )


# File-transfer protocols by what their scheme says about encryption in transit. A scheme in
# neither set (``file``, a bare path) tells nothing: the flow's ``tls`` flag decides.
ENCRYPTED_FILE_SCHEMES = frozenset({"sftp", "ftps", "scp", "s3", "https", "webdavs"})
NETWORK_FILE_SCHEMES = {
    "smb": "an SMB share",
    "cifs": "an SMB share",
    "ftp": "FTP",
    "nfs": "an NFS export",
    "webdav": "WebDAV",
    "http": "WebDAV",
}


def _file_scheme(endpoint: str | None) -> str:
    """``smb`` of ``smb://host/share``; empty for a path or no endpoint."""
    head, separator, _ = (endpoint or "").partition("://")
    return head.strip().lower() if separator else ""


@rule(
    "SEC-F01",
    "phi-file-transfer-unencrypted",
    DIM,
    Severity.HIGH,
    "flow",
    quick_win=True,
    remediation="Encrypt the transfer: require SMB 3 encryption on the share, use SFTP or FTPS "
    "instead of FTP, NFS with Kerberos privacy (krb5p); or move the feed to MLLP over TLS.",
    skills=("TLS and certificates",),
)
def phi_file_transfer_unencrypted(flow: Flow, ctx: RuleContext) -> Verdict | None:
    """PHI is written to or read from a file share without encryption in transit.

    Why it matters for AI: AI platforms are fed in bulk, and a warehouse landing zone on an
    unencrypted share is the usual first hop; every file copied across the network is readable
    by anyone on the path (HIPAA transmission security, 45 CFR 164.312(e)).

    Anti-pattern: an engine File Writer dropping raw ADT with SSNs on ``smb://dwh-etl/landing``
    with ``secure=false``; a nightly extract pushed by plain FTP.

    Best practice: SFTP, FTPS or SMB 3 with encryption required on the share (NFS: krb5p), or
    no file drop at all: MLLP over TLS or an HTTPS API.

    Encryption comes from the endpoint's scheme (``sftp``, ``ftps``, ``s3`` are encrypted) or the
    flow's TLS flag (the engine's ``secure`` setting, the estate file's ``tls``); when neither
    tells, it is reported as missing evidence. A share whose protocol is named (SMB, FTP, NFS,
    WebDAV) is high; a file drop declared unencrypted whose protocol is not named is medium, as
    the evidence does not show that the files cross the network. PHI of an engine channel is
    inferred from the feeds into the engine, as for SEC-T01.
    """
    if flow.transport != Transport.FILE:
        return NOT_APPLICABLE
    scheme = _file_scheme(flow.endpoint)
    encrypted = True if scheme in ENCRYPTED_FILE_SCHEMES else flow.tls
    if encrypted is None:
        return None
    if not flow.enabled:
        return CLEAN  # a disabled interface moves nothing; OPS-D01 reports it
    phi, how = effective_phi(flow, ctx)
    if encrypted or phi == ():
        return CLEAN
    if phi is None:
        return None
    protocol = NETWORK_FILE_SCHEMES.get(scheme)
    where = mask_url(flow.endpoint) if flow.endpoint else "file drop, protocol not declared"
    return fires(
        f"{len(phi)} PHI class(es) written to {protocol or 'a file drop'} without encryption",
        Evidence(
            phi_source(flow, phi, how),
            f"{where}: encrypted=false; PHI {', '.join(phi)} ({how})",
            flow.message_count or None,
        ),
        severity=None if protocol else Severity.MEDIUM,
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
    evidence="declaration",
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

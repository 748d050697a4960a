"""Interface-engine rules: the engine's licence and support, and what its channel inventory shows.

They read the channel inventory the engine connector builds (``System.engine``): channels, their
connectors, scripts measured for sandbox escapes, pruning settings and code template libraries.
A system without a channel inventory is not an engine these rules can see.
"""

from __future__ import annotations

from assessor.engine_versions import engine_position
from assessor.model import Dimension, EngineChannel, Evidence, Flow, Severity, System
from assessor.rules.base import (
    CLEAN,
    NOT_APPLICABLE,
    RuleContext,
    Verdict,
    effective_phi,
    fires,
    rule,
)

PATIENT_DATA_TYPES = frozenset({"HL7V2", "HL7V3", "DICOM", "NCPDP", "CDA", "FHIR"})
"""Data types that carry a patient's identity by design: a channel of these carries PHI."""
WRITES_AT_REST = frozenset({"file", "ftp", "document", "database-writer", "smb"})
"""Destination kinds that leave messages at rest outside the engine (SFTP is encrypted)."""
SHARED_BY = 3
"""A code template library included by this many channels or more is shared code."""


def _engine(system: System) -> tuple[EngineChannel, ...] | None:
    return system.engine.channels if system.engine is not None else None


def _source(system: System) -> str:
    if system.engine is not None and system.engine.sources:
        return system.engine.sources[0]
    return system.sources[0] if system.sources else f"system {system.id}"


def _channel_source(channel: EngineChannel, system: System) -> str:
    return channel.source_file or _source(system)


def _names(channels: list[EngineChannel], limit: int = 5) -> str:
    shown = ", ".join(c.name for c in channels[:limit])
    return shown + (f" and {len(channels) - limit} more" if len(channels) > limit else "")


@rule(
    "ENG-V01",
    "engine-licence-and-support",
    Dimension.SECURITY,
    Severity.HIGH,
    "system",
    remediation="Decide the engine's future now: a commercial licence for 4.6+, or a move to a "
    "compatible fork (Open Integration Engine, BridgeLink) or another engine; the report's "
    "interface-engine section costs both.",
    skills=("interface engine",),
)
def engine_licence(system: System, ctx: RuleContext) -> Verdict | None:
    """The interface engine runs a release the vendor no longer fixes, or one that needs a licence.

    Why it matters for AI: every feed an AI use case needs passes through the engine. Mirth
    Connect 4.5.2 is the last open-source release: from 4.6 (March 2025) NextGen ships fixes only
    under a commercial licence, so an open-source Mirth receives no further security fix, and a
    4.6+ one has a licence cost to budget before it carries more load.

    Anti-pattern: Mirth Connect 3.x or 4.5 running every HL7 feed, with no plan for its future.

    Best practice: a supported engine with a funded licence, or a planned move to a maintained fork
    or another engine. The release lines, dates and sources are in ``data/engine_versions.csv``.
    """
    if system.engine is None:
        return NOT_APPLICABLE
    version = system.version or system.engine.version
    if not version:
        return None
    position = engine_position(system.product or system.engine.product, version)
    if position is None:
        return None
    evidence = Evidence(_source(system), f"version {version}: {position.position}")
    if position.out_of_support(ctx.today):
        return fires(
            f"{position.product} {version} is out of vendor support since "
            f"{position.vendor_support_end}",
            evidence,
        )
    if position.commercial:
        return fires(
            f"{position.product} {version} needs a commercial licence",
            evidence,
            severity=Severity.LOW,
        )
    return CLEAN


@rule(
    "ENG-S01",
    "javascript-escapes-sandbox",
    Dimension.SECURITY,
    Severity.HIGH,
    "system",
    remediation="List what each call does (files, sockets, databases, Java classes), replace it "
    "with a connector where one exists, and review the rest like any other code with access to "
    "the server.",
    skills=("interface engine", "JavaScript"),
)
def sandbox_escape(system: System, ctx: RuleContext) -> Verdict | None:
    """Channel or shared JavaScript calls out of the engine's script sandbox.

    Why it matters for AI: a script that calls Java (``java.``, ``Packages.``,
    ``importPackage``), opens database connections or writes files moves PHI where no connector,
    log or data-flow map shows it, and it is the code that breaks first in any migration.

    Anti-pattern: a transformer that writes every message to ``/tmp`` with
    ``new java.io.FileWriter`` or queries the PAS with ``DatabaseConnectionFactory``.

    Best practice: connectors for I/O, code templates reviewed, no custom jars without an owner.
    """
    channels = _engine(system)
    if channels is None:
        return NOT_APPLICABLE
    assert system.engine is not None
    escaping = [c for c in channels if c.sandbox_escapes]
    libraries = [t for t in system.engine.code_templates if t.sandbox_escapes]
    global_escapes = system.engine.global_sandbox_escapes
    if not escaping and not libraries and not global_escapes:
        return CLEAN
    evidence = [
        Evidence(
            _channel_source(c, system),
            f"channel {c.name}: "
            + ", ".join(f"{marker} x{n}" for marker, n in sorted(c.sandbox_escapes.items())),
            sum(c.sandbox_escapes.values()),
        )
        for c in escaping
    ]
    evidence += [
        Evidence(
            _source(system),
            f"code template library {t.name}: " + ", ".join(sorted(t.sandbox_escapes)),
            sum(t.sandbox_escapes.values()),
        )
        for t in libraries
    ]
    if global_escapes:
        evidence.append(
            Evidence(
                _source(system),
                "global scripts: " + ", ".join(sorted(global_escapes)),
                sum(global_escapes.values()),
            )
        )
    return fires(
        f"{len(escaping)} of {len(channels)} channel(s) call out of the script sandbox"
        + (f", and {len(libraries)} code template librar(ies)" if libraries else ""),
        *evidence,
    )


def _carries_phi(channel: EngineChannel, flows: list[Flow], ctx: RuleContext) -> bool | None:
    data_type = (channel.source.inbound_data_type or "") if channel.source else ""
    if data_type.upper() in PATIENT_DATA_TYPES:
        return True
    known = [effective_phi(f, ctx)[0] for f in flows]
    if any(phi for phi in known):
        return True
    if known and all(phi == () for phi in known):
        return False
    return None


@rule(
    "ENG-P01",
    "phi-written-unencrypted",
    Dimension.PRIVACY,
    Severity.HIGH,
    "system",
    remediation="Write to an encrypted target (SFTP, an encrypted share, a database connection "
    "with TLS and encryption at rest), or stop writing copies the receiver does not need.",
    skills=("interface engine", "TLS and certificates"),
)
def phi_written_unencrypted(system: System, ctx: RuleContext) -> Verdict | None:
    """Channels write patient messages to files or databases without encryption.

    Why it matters for AI: each file drop or staging table is another copy of PHI outside the
    systems that govern it, and AI projects multiply such extracts; an unencrypted one is readable
    by anyone with access to the share, the disk or the network path.

    Anti-pattern: a File Writer dropping raw HL7 ADT on ``smb://dwh/landing``; a Database Writer
    inserting results over a JDBC URL without ``ssl``.

    Best practice: no plaintext copies: SFTP or encrypted shares, TLS to the database, encryption
    at rest, and retention on every landing zone. A channel carries PHI when its messages are
    HL7, DICOM or NCPDP, or when its flows are known to carry PHI.
    """
    channels = _engine(system)
    if channels is None:
        return NOT_APPLICABLE
    writing = [
        (c, d)
        for c in channels
        if c.enabled
        for d in c.destinations
        if d.enabled and d.kind in WRITES_AT_REST and d.encrypted is not True
    ]
    if not writing:
        return CLEAN
    flows_of = {
        c.name: [f for f in ctx.flows_touching(system.id) if f.channel == c.name] for c in channels
    }
    found, unknown = [], 0
    for channel, destination in writing:
        phi = _carries_phi(channel, flows_of[channel.name], ctx)
        if phi is None:
            unknown += 1
        elif phi:
            found.append((channel, destination))
    if not found:
        return None if unknown else CLEAN
    return fires(
        f"{len({c.id for c, _ in found})} channel(s) write PHI to files or databases unencrypted",
        *(
            Evidence(
                _channel_source(c, system),
                f"channel {c.name}, destination {d.name}: {d.kind}, "
                f"encryption {'off' if d.encrypted is False else 'not configured'}",
            )
            for c, d in found
        ),
    )


@rule(
    "ENG-D01",
    "disabled-channels-kept",
    Dimension.OPERABILITY,
    Severity.LOW,
    "system",
    quick_win=True,
    remediation="Export the disabled channels to version control and delete them from the "
    "engine; they need no migration.",
    skills=("interface engine",),
)
def disabled_channels(system: System, ctx: RuleContext) -> Verdict | None:
    """Disabled or stopped channels are still deployed on the engine.

    Why it matters for AI: dead channels blur the map of where data goes, keep old endpoints and
    credentials alive, and get migrated at full cost by anyone who cannot tell they are dead.

    Anti-pattern: ``RIS Results to EHR (OLD)`` disabled for years but kept on the server.

    Best practice: retired channels exported, archived and removed.
    """
    channels = _engine(system)
    if channels is None:
        return NOT_APPLICABLE
    idle = [c for c in channels if not c.enabled or (c.initial_state or "") == "STOPPED"]
    if not idle:
        return CLEAN
    return fires(
        f"{len(idle)} of {len(channels)} channel(s) disabled or stopped: {_names(idle)}",
        *(
            Evidence(
                _channel_source(c, system),
                f"channel {c.name}: {'disabled' if not c.enabled else 'initial state STOPPED'}",
            )
            for c in idle
        ),
    )


@rule(
    "ENG-R01",
    "message-store-never-pruned",
    Dimension.OPERABILITY,
    Severity.MEDIUM,
    "system",
    quick_win=True,
    remediation="Set pruning on every channel (metadata and content days) and enable the Data "
    "Pruner; keep only what the retention policy requires.",
    skills=("interface engine",),
)
def no_pruning(system: System, ctx: RuleContext) -> Verdict | None:
    """Channels keep every message forever: no pruning of the engine's message store.

    Why it matters for AI: the engine's database quietly becomes the largest unmanaged copy of PHI
    in the estate, slows the engine down and lengthens any migration (the store has to be moved or
    archived).

    Anti-pattern: channels with pruning set to "store indefinitely" and message storage on
    ``DEVELOPMENT`` (every transformed copy kept).

    Best practice: pruning days on every channel, the Data Pruner enabled, content removed on
    completion where no replay is needed.
    """
    channels = _engine(system)
    if channels is None:
        return NOT_APPLICABLE
    assert system.engine is not None
    stored = [c for c in channels if c.enabled and (c.message_storage or "") != "DISABLED"]
    known = [c for c in stored if c.pruning_known]
    if not known:
        return None if stored else CLEAN
    forever = [c for c in known if c.prune_metadata_days is None and c.prune_content_days is None]
    pruner_off = system.engine.pruner_enabled is False
    if pruner_off:
        forever = known
    if not forever:
        return CLEAN
    reason = "the Data Pruner is disabled" if pruner_off else "no pruning days set"
    return fires(
        f"{len(forever)} channel(s) keep every message: {reason}",
        *(
            Evidence(
                _channel_source(c, system),
                f"channel {c.name}: {reason}; storage {c.message_storage or 'unknown'}",
            )
            for c in forever
        ),
    )


@rule(
    "ENG-T01",
    "shared-code-templates",
    Dimension.OPERABILITY,
    Severity.MEDIUM,
    "system",
    remediation="Version the shared libraries, give them tests and an owner, and plan their "
    "migration as one unit with every channel that includes them.",
    skills=("interface engine", "JavaScript"),
)
def shared_code_templates(system: System, ctx: RuleContext) -> Verdict | None:
    """A code template library is included by many channels: one change ripples through them all.

    Why it matters for AI: a fix made for one feed changes what every other channel sends, and the
    channels that share a library have to move to a new engine together.

    Anti-pattern: one "Common Functions" library of 800 lines included in every channel.

    Best practice: small libraries with tests and an owner, included only where used.
    """
    if system.engine is None:
        return NOT_APPLICABLE
    if not system.engine.code_templates:
        return None  # a channel export carries no libraries: a server backup does
    ids = {c.id for c in system.engine.channels}
    shared = [t for t in system.engine.code_templates if len(set(t.channels) & ids) >= SHARED_BY]
    if not shared:
        return CLEAN
    return fires(
        f"{len(shared)} code template librar(ies) shared by {SHARED_BY} or more channels",
        *(
            Evidence(
                _source(system),
                f"library {t.name}: {t.templates} template(s), {t.lines} lines of JavaScript, "
                f"included by {len(set(t.channels) & ids)} channel(s)",
                len(set(t.channels) & ids),
            )
            for t in shared
        ),
    )

"""Mirth Connect / NextGen Connect exports: channels become flows through the engine.

Reads a single channel export (``<channel>``), a multi-channel export (``<list><channel>...``)
or a full server configuration backup (``<serverConfiguration>``), with defusedxml so a hostile
export cannot expand entities or reach the network (``mirth_xml.py``). The engine is one System
of kind ``interface-engine`` carrying its channel inventory (``channels.py``); each channel gives
a flow from the far end its source connector receives from into the engine, and one flow from the
engine to the far end each destination sends to. A far end is one unresolved endpoint per address
(never a system named after a channel or a host) until the estate's aliases resolve it. Channel
Reader/Writer connectors stay inside the engine, and JavaScript Readers/Writers name no address:
neither gives a flow.

Configuration-map variables (``${ADDRESS}``) are resolved from the backup's configuration map
when it has one; passwords are never kept (URLs are masked, scripts only counted).

Which engine: a server backup names its server (``serverSettings/serverName`` and, from Mirth
3.7, ``serverSettings/environmentName``), and the engine's id and name carry those labels, so
backups of two servers give two engines (``mirth-connect-prod``, ``mirth-connect-test``). A channel
export (``<channel>`` or ``<list>``) names no server: Mirth writes the channel and its
``exportData`` (enabled, last modified, pruning settings, tags, code templates) and nothing about
the server it came from. Every such export gives the one engine ``mirth-connect``; which server it
ran on is for the estate file to say, through the engine's aliases. Only those two labels, which
an administrator types to tell servers apart, go into the id: never a host, a user name or
anything from connector properties, where exports keep passwords.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import ClassVar
from xml.etree.ElementTree import Element

from assessor.connectors.engine.channels import channel_record, engine_inventory
from assessor.connectors.engine.mirth_endpoints import (
    Endpoint,
    Resolve,
    destination_endpoint,
    is_placeholder,
    source_endpoint,
)
from assessor.connectors.engine.mirth_scripts import (
    application_names,
    javascript_lines,
    message_types,
    script_lines,
)
from assessor.connectors.engine.mirth_xml import (
    ScriptReader,
    connector_properties,
    export_parts,
    parse_export,
)
from assessor.connectors.interface import Connector, Progress, SourceKind, no_progress
from assessor.errors import SourceError
from assessor.model import (
    EngineChannel,
    Flow,
    Inventory,
    ScanError,
    ScanMetadata,
    ScannedSource,
    System,
)
from assessor.naming import flow_id, slugify

ENGINE_ID = "mirth-connect"
ENGINE_NAME = "Mirth Connect"
UNRESOLVED_KIND = "unresolved-endpoint"
"""The kind of a channel's far end that only an address names, until the estate resolves it."""
# Names any Mirth engine answers to; an engine whose export names its server does not take them,
# or every such engine would join whichever declared engine is called "Mirth".
_PRODUCT_ALIASES = ("Mirth", "NextGen Connect")
_ROOTS = rb"(?:<channel[\s>]|<serverConfiguration[\s>]|<list>\s*<channel[\s>])"
_HEAD = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*"
    # A document type declaration is taken too (the root it names, or the root after it), so
    # that an export carrying entities is refused as unsafe XML rather than skipped unseen.
    rb"(?:<!DOCTYPE\s+(?:channel|serverConfiguration|list)[\s\[>]|"
    rb"(?:<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>\s*(?:<!--.*?-->\s*)*)?" + _ROOTS + rb")",
    re.DOTALL,
)
_VARIABLE = re.compile(r"\$\{([^}]+)\}")


def looks_like_mirth(head: bytes) -> bool:
    """Whether the first bytes of a file look like a Mirth channel or server export."""
    return bool(_HEAD.match(head))


class MirthConnector(Connector):
    """Turns a Mirth channel export or server backup into the engine, its peers and flows."""

    kind: ClassVar[SourceKind] = SourceKind.MIRTH

    def scan(self, target: str, progress: Progress = no_progress) -> Inventory:
        """The engine, the systems at the far ends of its channels, and one flow per end."""
        try:
            raw = Path(target).read_bytes()
        except OSError as error:
            raise SourceError(f"{target}: cannot read ({error.strerror})") from error
        root = parse_export(target, raw)
        channels, variables, server, version = export_parts(target, root)
        engine_id, engine_name, engine_aliases = _engine_identity(server)
        scripts = ScriptReader(Path(target).parent)
        resolve = _resolver(variables)
        records: list[EngineChannel] = []
        systems: dict[str, System] = {}
        flows: dict[str, Flow] = {}
        errors: list[ScanError] = []
        names: list[str] = []
        engine_lines = 0
        for number, channel in enumerate(channels, start=1):
            name = (channel.findtext("name") or channel.findtext("id") or "").strip()
            if not name:
                errors.append(
                    ScanError(
                        target,
                        "unnamed-channel",
                        "channel without a name or id skipped",
                        f"channel {number}",
                    )
                )
                continue
            names.append(name)
            records.append(
                channel_record(channel, name, _channel_enabled(channel), resolve, scripts, target)
            )
            pairs, lines = _channel_flows(target, channel, name, resolve, scripts, engine_id)
            engine_lines += lines
            for system, flow in pairs:
                systems[system.id] = _join_system(systems.get(system.id), system)
                flows[flow.id] = _join_flow(flows.get(flow.id), flow)
        errors += scripts.errors(target)
        engine = System(
            id=engine_id,
            name=engine_name,
            aliases=engine_aliases,
            kind="interface-engine",
            vendor="NextGen Healthcare",
            product=ENGINE_NAME,
            version=version or None,
            sources=(target,),
            channels=tuple(sorted(set(names))),
            custom_script_lines=engine_lines,
            engine=engine_inventory(root, records, scripts, version, target),
        )
        progress(len(raw))
        source = ScannedSource(
            target,
            self.kind.value,
            bytes=len(raw),
            errors=len(errors),
            status="partial" if errors else "ok",
        )
        return Inventory(
            systems=(engine, *systems.values()),
            flows=tuple(flows.values()),
            scan=ScanMetadata(sources=(source,), errors=tuple(errors)),
        ).sorted()


def _engine_identity(server: tuple[str, ...]) -> tuple[str, str, tuple[str, ...]]:
    """(id, name, aliases) of the engine whose export gives these server labels.

    >>> _engine_identity(())
    ('mirth-connect', 'Mirth Connect', ('Mirth', 'NextGen Connect'))
    >>> _engine_identity(("Production", "PROD"))
    ('mirth-connect-production-prod', 'Mirth Connect (Production / PROD)', ('PROD', 'Production'))
    """
    if not server:
        return ENGINE_ID, ENGINE_NAME, _PRODUCT_ALIASES
    # The server name first: merging tries aliases in order, and it is the more specific label.
    aliases = tuple(reversed(server))
    return (
        f"{ENGINE_ID}-{slugify(' '.join(server))}",
        f"{ENGINE_NAME} ({' / '.join(server)})",
        aliases,
    )


def _channel_enabled(channel: Element) -> bool:
    value = channel.findtext("exportData/metadata/enabled") or channel.findtext("enabled") or "true"
    return value.strip().lower() != "false"


def _connector_enabled(connector: Element) -> bool:
    return (connector.findtext("enabled") or "true").strip().lower() != "false"


def _resolver(variables: dict[str, str]) -> Resolve:
    """Substitutes the configuration-map variables an export defines; others stay as written."""

    def resolve(text: str) -> str:
        return _VARIABLE.sub(lambda m: variables.get(m.group(1), m.group(0)), text)

    return resolve


def _channel_flows(
    target: str,
    channel: Element,
    name: str,
    resolve: Resolve,
    scripts: ScriptReader,
    engine_id: str,
) -> tuple[list[tuple[System, Flow]], int]:
    """The (far system, flow) pairs of one channel (its source's, then each destination's), and
    the lines of custom JavaScript in the whole channel, internal connectors included.

    A connector whose far end no address names (a JavaScript Reader or Writer, whose endpoint
    lives in its code) gives no flow: the channel inventory lists it with its scripts.
    """
    enabled = _channel_enabled(channel)
    pairs: list[tuple[System, Flow]] = []
    source = channel.find("sourceConnector")
    source_lines, source_types = 0, ()
    total_lines = 0
    if source is not None:
        end = source_endpoint(
            source.findtext("transportName") or "",
            connector_properties(source),
            name,
            resolve,
        )
        source_lines = script_lines(source, scripts) + _connector_lines(end, scripts)
        source_types = message_types(source, scripts)
        total_lines += source_lines
        if not end.internal and end.address:
            pairs.append(
                _pair(
                    target,
                    end,
                    name,
                    engine_id,
                    inbound=True,
                    enabled=enabled and _connector_enabled(source),
                    lines=source_lines,
                    types=source_types,
                    names=application_names(source, scripts, "3"),
                )
            )
    for destination in channel.findall("destinationConnectors/connector"):
        end = destination_endpoint(
            destination.findtext("transportName") or "",
            connector_properties(destination),
            name,
            destination.findtext("name") or "",
            resolve,
        )
        lines = script_lines(destination, scripts) + _connector_lines(end, scripts)
        total_lines += lines
        if end.internal or not end.address:
            continue
        types = message_types(destination, scripts) or source_types
        pairs.append(
            _pair(
                target,
                end,
                name,
                engine_id,
                inbound=False,
                enabled=enabled and _connector_enabled(destination),
                lines=lines,
                types=types,
                names=application_names(destination, scripts, "5"),
            )
        )
    if source_lines and not any(flow.target == engine_id for _, flow in pairs) and pairs:
        # No flow into the engine carries the source's scripts: the first one out does.
        system, first = pairs[0]
        pairs[0] = (
            system,
            replace(first, custom_script_lines=first.custom_script_lines + source_lines),
        )
    return pairs, total_lines


def _connector_lines(end: Endpoint, scripts: ScriptReader) -> int:
    if end.script is None:
        return 0
    return javascript_lines(scripts(end.script) or "")


def _pair(
    target: str,
    end: Endpoint,
    channel: str,
    engine_id: str,
    *,
    inbound: bool,
    enabled: bool,
    lines: int,
    types: tuple[str, ...],
    names: tuple[str, ...],
) -> tuple[System, Flow]:
    """The far system and the flow of one connector; ``names`` are MSH-3/5 values it filters on.

    The far system is never named after a channel or a host: it is one unresolved endpoint per
    address (``host:port``, listening port or path), which the estate file's aliases resolve to a
    declared system. Its aliases are the names that can resolve it: the MSH-3/5 values, the host
    and ``host:port`` (unless they are placeholders such as ``${HOST}``, ``localhost``,
    ``mysql``), the destination's name, and for a listener's unknown sender the channel's name.
    """
    address = end.address or ""
    far_id = f"unresolved-{'sender-' if inbound else ''}{slugify(address)}"
    aliases = (*names, *(a for a in end.far_aliases if not is_placeholder(a)))
    system = System(
        id=far_id,
        name=f"Unresolved {'sender to' if inbound else 'endpoint'} {address}",
        aliases=tuple(dict.fromkeys(a for a in aliases if a)),
        kind=UNRESOLVED_KIND,
        sources=(target,),
    )
    source, destination = (far_id, engine_id) if inbound else (engine_id, far_id)
    flow = Flow(
        id=flow_id(source, destination, end.transport.value, channel),
        source=source,
        target=destination,
        transport=end.transport,
        message_types=dict.fromkeys(types, 0),
        tls=end.tls,
        channel=channel,
        enabled=enabled,
        custom_script_lines=lines,
        endpoint=end.endpoint,
        sources=(target,),
    )
    return system, flow


def _join_system(known: System | None, system: System) -> System:
    if known is None:
        return system
    aliases = tuple(dict.fromkeys((*known.aliases, *system.aliases)))
    return replace(known, aliases=tuple(a for a in aliases if a != known.name))


def _join_flow(known: Flow | None, flow: Flow) -> Flow:
    """Two destinations of one channel to the same system: one flow, their scripts added."""
    if known is None:
        return flow
    tls = False if False in (known.tls, flow.tls) else (known.tls or flow.tls)
    return replace(
        known,
        message_types={**known.message_types, **flow.message_types},
        tls=tls,
        enabled=known.enabled or flow.enabled,
        custom_script_lines=known.custom_script_lines + flow.custom_script_lines,
        endpoint=known.endpoint or flow.endpoint,
    )

"""The channel inventory of a Mirth export: what each channel connects and how much code it hides.

For every channel: whether it is enabled, its source and destination connectors by kind, their
data types, filter rules and transformer steps by kind, lines of JavaScript per script, the
channel's own scripts, calls out of the script sandbox, the channels it routes to, its code
template libraries, pruning, queueing and storage settings. For a server backup also the code
template libraries, global scripts and custom resources. Nothing is executed and no script text is
kept: scripts are measured (lines, markers) and dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from xml.etree.ElementTree import Element

from assessor.connectors.engine.mirth_endpoints import (
    Endpoint,
    destination_endpoint,
    file_scheme,
    source_endpoint,
)
from assessor.connectors.engine.mirth_scripts import javascript_lines
from assessor.connectors.engine.mirth_xml import connector_properties
from assessor.model import (
    EngineChannel,
    EngineCodeTemplate,
    EngineConnector,
    EngineInventory,
    Transport,
)

ReadScript = Callable[[Element], str | None]
Resolve = Callable[[str], str]

_KINDS = {
    "http listener": "http",
    "http sender": "http",
    "database reader": "database-reader",
    "database writer": "database-writer",
    "javascript reader": "javascript",
    "javascript writer": "javascript",
    "web service listener": "web-service",
    "web service sender": "web-service",
    "channel reader": "channel",
    "channel writer": "channel",
    "dicom listener": "dicom",
    "dicom sender": "dicom",
    "smtp sender": "smtp",
    "document writer": "document",
    "email reader": "email",
    "jms listener": "jms",
    "jms sender": "jms",
}
_TCP = frozenset(
    {"tcp listener", "tcp sender", "llp listener", "llp sender", "mllp listener", "mllp sender"}
)
_FILE = frozenset({"file reader", "file writer"})
_STEP_KINDS = {
    "MapperStep": "mapper",
    "MessageBuilderStep": "message-builder",
    "JavaScriptStep": "javascript",
    "XsltStep": "xslt",
    "IteratorStep": "iterator",
    "ExternalScriptStep": "external-script",
    "DestinationSetFilterStep": "destination-set-filter",
    "RuleBuilderRule": "rule-builder",
    "JavaScriptRule": "javascript",
    "IteratorRule": "iterator",
    "ExternalScriptRule": "external-script",
}
_PARTS = (("filter", "filter"), ("transformer", "transformer"))
_PARTS_WITH_RESPONSE = (*_PARTS, ("responseTransformer", "response-transformer"))
_CHANNEL_SCRIPTS = (
    ("deployScript", "deploy"),
    ("undeployScript", "undeploy"),
    ("preprocessingScript", "preprocessor"),
    ("postprocessingScript", "postprocessor"),
)
SANDBOX_ESCAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Packages.", re.compile(r"\bPackages\s*\.")),
    ("java.", re.compile(r"(?<![\w.])javax?\s*\.\s*[a-z]")),
    ("importPackage", re.compile(r"\bimport(?:Package|Class)\s*\(")),
    ("DatabaseConnection", re.compile(r"\bDatabaseConnection(?:Factory)?\b")),
    ("FileUtil", re.compile(r"\bFileUtil\s*\.")),
    ("HTTPUtil", re.compile(r"\bHTTPUtil\s*\.")),
)
"""Markers of JavaScript that reaches out of Mirth's sandbox into Java, files, databases, HTTP."""

_ROUTE_BY_NAME = re.compile(r"\brouter\s*\.\s*routeMessage\s*\(\s*(['\"])(?P<to>[^'\"]{1,200})\1")
_ROUTE_BY_ID = re.compile(
    r"\brouter\s*\.\s*routeMessageByChannelId\s*\(\s*(['\"])(?P<to>[^'\"]{1,200})\1"
)
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_LINE_COMMENT = re.compile(r"(?m)^\s*//.*$")
_DEFAULT_BODIES = frozenset({"return;", "return message;"})
_DEFAULT_RESOURCE = "Default Resource"


def connector_kind(transport_name: str, properties: Element) -> str:
    """The connector family of a Mirth connector: ``mllp``, ``sftp``, ``database-writer``, ...

    >>> from xml.etree.ElementTree import fromstring
    >>> connector_kind("File Reader", fromstring("<properties><scheme>SFTP</scheme></properties>"))
    'sftp'
    """
    name = " ".join(transport_name.lower().split())
    if name in _TCP:
        framing = properties.findtext("transmissionModeProperties/pluginPointName") or ""
        start = (
            properties.findtext("transmissionModeProperties/startOfMessageBytes") or ""
        ).strip()
        mllp = (
            framing.strip().upper() == "MLLP" or start == "0B" or name.startswith(("llp", "mllp"))
        )
        return "mllp" if mllp else "tcp"
    if name in _FILE:
        scheme = file_scheme(properties)
        return scheme if scheme in ("sftp", "ftp") else "file"
    return _KINDS.get(name, "other")


def custom_lines(script: str | None) -> int:
    """Lines of code a script adds beyond Mirth's default body (``return;`` / ``return message;``).

    >>> custom_lines("// Modify the message variable below\\nreturn message;")
    0
    >>> custom_lines("var x = msg['PID'];\\nreturn message;")
    2
    """
    if not script:
        return 0
    code = _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub(" ", script))
    lines = [line.strip() for line in code.splitlines() if line.strip()]
    if set(lines) <= _DEFAULT_BODIES:
        return 0
    return javascript_lines(script)


def sandbox_escapes(scripts: Iterable[str]) -> Counter[str]:
    """Calls out of the JavaScript sandbox in these scripts, counted by marker (comments aside)."""
    found: Counter[str] = Counter()
    for script in scripts:
        code = _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub(" ", script))
        for marker, pattern in SANDBOX_ESCAPES:
            hits = len(pattern.findall(code))
            if hits:
                found[marker] += hits
    return found


def routes(scripts: Iterable[str]) -> list[str]:
    """Channels ``router.routeMessage`` (by name) and ``routeMessageByChannelId`` send to."""
    found = []
    for script in scripts:
        code = _BLOCK_COMMENT.sub(" ", script)
        found += [m.group("to").strip() for m in _ROUTE_BY_NAME.finditer(code)]
        found += [m.group("to").strip() for m in _ROUTE_BY_ID.finditer(code)]
    return found


def _enabled(element: Element) -> bool:
    return (element.findtext("enabled") or "true").strip().lower() != "false"


def _flag(text: str | None) -> bool | None:
    value = (text or "").strip().lower()
    return {"true": True, "false": False}.get(value)


def _days(text: str | None) -> int | None:
    value = (text or "").strip()
    return int(value) if value.isdigit() else None


def _step_elements(steps: list[Element]) -> Iterable[Element]:
    """Steps and rules in order, those nested in an iterator (Mirth 3.10+) included."""
    for step in steps:
        yield step
        yield from _step_elements(step.findall("properties/children/*"))


def _steps(connector: Element, read: ReadScript, response: bool) -> tuple[Counter[str], dict]:
    """(steps by ``part:kind``, script texts by part) of one connector's filter and transformers."""
    steps: Counter[str] = Counter()
    texts: dict[str, list[str]] = {}
    for tag, part in _PARTS_WITH_RESPONSE if response else _PARTS:
        container = connector.find(tag)
        if container is None:
            continue
        for step in _step_elements(container.findall("elements/*")):
            if not _enabled(step):
                continue
            kind = _STEP_KINDS.get(step.tag.rsplit(".", 1)[-1], "other")
            steps[f"{part}:{kind}"] += 1
            script = step.find("script")
            if script is not None:
                texts.setdefault(part, []).append(read(script) or "")
    return steps, texts


def _connector(
    connector: Element,
    role: str,
    name: str,
    end: Endpoint,
    read: ReadScript,
    texts: list[str],
) -> EngineConnector:
    """One connector measured; its script texts are appended to ``texts`` for the channel."""
    transport = (connector.findtext("transportName") or "").strip()
    properties = connector.find("properties")
    properties = properties if properties is not None else Element("properties")
    steps, parts = _steps(connector, read, response=role == "destination")
    lines = {part: sum(javascript_lines(t) for t in scripts) for part, scripts in parts.items()}
    if end.script is not None:
        script = read(end.script) or ""
        lines["connector"] = javascript_lines(script)
        texts.append(script)
    texts.extend(t for scripts in parts.values() for t in scripts)
    if role == "destination":
        queued = _flag(properties.findtext("destinationConnectorProperties/queueEnabled"))
    else:
        respond_after = _flag(
            properties.findtext("sourceConnectorProperties/respondAfterProcessing")
        )
        queued = None if respond_after is None else not respond_after
    target = (properties.findtext("channelId") or "").strip()
    return EngineConnector(
        name=name,
        role=role,
        kind=connector_kind(transport, properties),
        transport=transport,
        enabled=_enabled(connector),
        inbound_data_type=(connector.findtext("transformer/inboundDataType") or "").strip() or None,
        outbound_data_type=(connector.findtext("transformer/outboundDataType") or "").strip()
        or None,
        steps=dict(sorted(steps.items())),
        script_lines={k: v for k, v in sorted(lines.items()) if v},
        endpoint=end.endpoint if end.transport is not Transport.ENGINE_CHANNEL else None,
        encrypted=end.tls,
        queued=queued,
        target_channel=target if target and target.lower() != "none" else None,
    )


def channel_record(
    channel: Element,
    name: str,
    enabled: bool,
    resolve: Resolve,
    read: ReadScript,
    source_file: str,
) -> EngineChannel:
    """The inventory entry of one channel."""
    texts: list[str] = []
    script_lines: dict[str, int] = {}
    source = None
    element = channel.find("sourceConnector")
    if element is not None:
        end = source_endpoint(
            element.findtext("transportName") or "", connector_properties(element), name, resolve
        )
        source = _connector(element, "source", "source", end, read, texts)
        script_lines |= {f"source.{k}": v for k, v in source.script_lines.items()}
    destinations = []
    for number, element in enumerate(channel.findall("destinationConnectors/connector"), 1):
        label = (element.findtext("name") or "").strip() or f"destination {number}"
        end = destination_endpoint(
            element.findtext("transportName") or "",
            connector_properties(element),
            name,
            label,
            resolve,
        )
        destination = _connector(element, "destination", label, end, read, texts)
        destinations.append(destination)
        script_lines |= {
            f"destination {number}.{k}": v for k, v in destination.script_lines.items()
        }
    for tag, label in _CHANNEL_SCRIPTS:
        script = channel.find(tag)
        text = read(script) if script is not None else None
        if text:
            texts.append(text)
            if lines := custom_lines(text):
                script_lines[label] = lines
    escapes = sandbox_escapes(texts)
    resources = [
        (entry.findtext("string") or "").strip()
        for entry in channel.findall("properties/resourceIds/entry")
    ]
    custom = sum(1 for r in resources if r and r != _DEFAULT_RESOURCE)
    if custom:
        escapes["custom-resource"] += custom
    routed = [d.target_channel for d in destinations if d.target_channel and d.enabled]
    pruning = channel.find("exportData/metadata/pruningSettings")
    return EngineChannel(
        id=(channel.findtext("id") or "").strip() or name,
        name=name,
        enabled=enabled,
        source=source,
        destinations=tuple(destinations),
        script_lines=dict(sorted(script_lines.items())),
        sandbox_escapes=dict(sorted(escapes.items())),
        routes_to=tuple(sorted(set(routed + routes(texts)))),
        message_storage=(channel.findtext("properties/messageStorageMode") or "").strip() or None,
        prune_metadata_days=_days(
            channel.findtext("exportData/metadata/pruningSettings/pruneMetaDataDays")
        ),
        prune_content_days=_days(
            channel.findtext("exportData/metadata/pruningSettings/pruneContentDays")
        ),
        pruning_known=pruning is not None,
        initial_state=(channel.findtext("properties/initialState") or "").strip() or None,
        encrypt_data=_flag(channel.findtext("properties/encryptData")),
        version=channel.get("version") or None,
        source_file=source_file,
    )


def code_template_libraries(root: Element, read: ReadScript) -> list[EngineCodeTemplate]:
    """Code template libraries of a backup (or embedded in a channel export), measured."""
    libraries = root.findall("codeTemplateLibraries/codeTemplateLibrary") + root.findall(
        ".//exportData/codeTemplateLibraries/codeTemplateLibrary"
    )
    found = []
    for library in libraries:
        name = (library.findtext("name") or library.findtext("id") or "").strip()
        if not name:
            continue
        codes = [
            read(code) or ""
            for code in library.findall("codeTemplates/codeTemplate/properties/code")
        ]
        channels = {(c.text or "").strip() for c in library.findall("enabledChannelIds/string")}
        found.append(
            EngineCodeTemplate(
                name=name,
                templates=len(library.findall("codeTemplates/codeTemplate")),
                lines=sum(javascript_lines(c) for c in codes),
                sandbox_escapes=dict(sorted(sandbox_escapes(codes).items())),
                channels=tuple(sorted(c for c in channels if c)),
            )
        )
    return found


def engine_inventory(
    root: Element,
    channels: list[EngineChannel],
    read: ReadScript,
    version: str,
    source_file: str,
) -> EngineInventory:
    """The engine's inventory from one export: its channels, libraries and global scripts."""
    libraries = code_template_libraries(root, read)
    by_channel: dict[str, list[str]] = {}
    for library in libraries:
        for channel_id in library.channels:
            by_channel.setdefault(channel_id, []).append(library.name)
    channels = [_with_templates(c, tuple(sorted(by_channel.get(c.id, ())))) for c in channels]
    global_texts = {
        (entry.findtext("string") or "").strip().lower(): read(entry.findall("string")[-1]) or ""
        for entry in root.findall("globalScripts/entry")
        if len(entry.findall("string")) == 2
    }
    resources = root.findall("resourceProperties/list/*") or root.findall("resourceProperties/*")
    custom = sum(1 for r in resources if (r.findtext("name") or "").strip() != _DEFAULT_RESOURCE)
    pruner = None
    for entry in root.findall("pluginProperties/entry"):
        if (entry.findtext("string") or "").strip() == "Data Pruner":
            for prop in entry.findall("properties/property"):
                if prop.get("name") == "enabled":
                    pruner = _flag(prop.text)
    return EngineInventory(
        version=version or None,
        channels=tuple(sorted(channels, key=lambda c: (c.name, c.id))),
        code_templates=tuple(sorted(libraries, key=lambda t: t.name)),
        global_script_lines={
            k: n for k, t in sorted(global_texts.items()) if (n := custom_lines(t))
        },
        global_sandbox_escapes=dict(sorted(sandbox_escapes(global_texts.values()).items())),
        custom_resources=custom,
        pruner_enabled=pruner,
        sources=(source_file,),
    )


def _with_templates(channel: EngineChannel, libraries: tuple[str, ...]) -> EngineChannel:
    return replace(channel, code_templates=libraries) if libraries else channel

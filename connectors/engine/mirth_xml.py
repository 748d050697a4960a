"""Reading a Mirth export safely: size, encoding, entity and depth limits, then its parts.

An export is parsed with defusedxml (no document type, so no entity expansion and no external
entity can reach the network or the disk) and a tree builder that refuses nesting deeper than any
Mirth export goes, so a hostile file ends in a :class:`SourceError` with a clear message, never a
traceback or a hang. Scripts are read through :class:`ScriptReader`, which refuses a script too
large to be hand-written and records it instead of measuring it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, SubElement, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from assessor.errors import SourceError
from assessor.model import ScanError

MAX_EXPORT_BYTES = 256 * 1024 * 1024
"""A server backup of a thousand channels is tens of megabytes; beyond this it is not an export."""

MAX_DEPTH = 200
"""Mirth nests about 20 levels deep (an iterator step inside a transformer inside a connector)."""

MAX_SCRIPT_CHARS = 1_000_000
"""A hand-written script is at most a few thousand lines; a megabyte is generated or hostile."""

_DECLARED_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_READABLE_ENCODINGS = frozenset({"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii"})


class _TooDeep(Exception):
    """Raised from inside the parser when an export nests deeper than :data:`MAX_DEPTH`."""


class _DepthLimitedBuilder(TreeBuilder):
    """A tree builder that stops at :data:`MAX_DEPTH` levels instead of recursing on."""

    def __init__(self) -> None:
        super().__init__()
        self._depth = 0

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        """Open an element, refusing one nested too deep."""
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _TooDeep
        return super().start(tag, attrs)

    def end(self, tag: str) -> Element:
        """Close an element."""
        self._depth -= 1
        return super().end(tag)


def parse_export(target: str, raw: bytes) -> Element:
    """The root element of an export, or a :class:`SourceError` saying why it was refused."""
    if len(raw) > MAX_EXPORT_BYTES:
        raise SourceError(
            f"{target}: {len(raw):,} bytes is larger than any Mirth export "
            f"({MAX_EXPORT_BYTES:,} at most); split the backup into channel exports",
            kind="too-large",
        )
    declared = _DECLARED_ENCODING.match(raw.removeprefix(b"\xef\xbb\xbf"))
    if declared and declared.group(1).decode("ascii").lower() not in _READABLE_ENCODINGS:
        raise SourceError(
            f"{target}: refused XML declared as {declared.group(1).decode('ascii')!r}; Mirth "
            "writes UTF-8: export the channel again from Mirth",
            kind="unsupported-encoding",
        )
    parser = DefusedXMLParser(target=_DepthLimitedBuilder(), forbid_dtd=True)
    try:
        parser.feed(raw)
        return parser.close()
    except DefusedXmlException as error:
        raise SourceError(
            f"{target}: refused unsafe XML ({type(error).__name__}): it declares a document "
            "type or entities, which Mirth never writes; export the channel again from Mirth",
            kind="unsafe-xml",
        ) from None
    except _TooDeep:
        raise SourceError(
            f"{target}: refused XML nested more than {MAX_DEPTH} levels deep, which no Mirth "
            "export is; export the channel again from Mirth",
            kind="unsafe-xml",
        ) from None
    except ParseError as error:
        line, column = error.position
        raise SourceError(
            f"{target}: not well-formed XML at line {line}, column {column}", kind="not-mirth"
        ) from None
    except (ValueError, LookupError):  # an encoding expat cannot read (multi-byte, unknown)
        raise SourceError(
            f"{target}: refused XML in an encoding other than UTF-8 or UTF-16; export the "
            "channel again from Mirth",
            kind="unsupported-encoding",
        ) from None


def export_parts(
    target: str, root: Element
) -> tuple[list[Element], dict[str, str], tuple[str, ...], str]:
    """(channels, configuration map, server labels, Mirth version) of any kind of export.

    The server labels are the environment and server names a backup gives (none, one or both;
    a channel export has none).
    """
    if root.tag == "channel":
        return [root], {}, (), root.get("version", "")
    if root.tag == "list":
        channels = root.findall("channel")
        return channels, {}, (), channels[0].get("version", "") if channels else ""
    if root.tag == "serverConfiguration":
        variables = {
            (entry.findtext("string") or "").strip(): (entry.findtext("*/value") or "").strip()
            for entry in root.findall("configurationMap/entry")
        }
        labels = (
            " ".join((root.findtext(f"serverSettings/{tag}") or "").split())
            for tag in ("environmentName", "serverName")
        )
        server = tuple(dict.fromkeys(label for label in labels if label))
        return root.findall("channels/channel"), variables, server, root.get("version", "")
    raise SourceError(
        f"{target}: not a Mirth export (root element <{root.tag}>; expected <channel>, "
        "<list> or <serverConfiguration>)",
        kind="not-mirth",
    )


def connector_properties(connector: Element) -> Element:
    """The connector's properties; Mirth 1.x/2.x ``<property name=...>`` lists made 3.x-shaped."""
    properties = connector.find("properties")
    if properties is None:
        return Element("properties")
    listed = {p.get("name", ""): (p.text or "") for p in properties.findall("property")}
    if not listed:
        return properties
    shaped = Element("properties")
    renamed = {"URL": "url", "address": "remoteAddress", "remoteAddress": "remoteAddress"}
    for name, value in listed.items():
        SubElement(shaped, renamed.get(name, name)).text = value
    if "host" in listed or "port" in listed:
        listener = SubElement(shaped, "listenerConnectorProperties")
        SubElement(listener, "host").text = listed.get("host", "")
        SubElement(listener, "port").text = listed.get("port", "")
        SubElement(shaped, "remoteAddress").text = listed.get("host", "")
        SubElement(shaped, "remotePort").text = listed.get("port", "")
    return shaped


@dataclass
class ScriptReader:
    """Reads ``<script>`` elements; mirthsync keeps them in ``.js`` files beside the export.

    A script larger than :data:`MAX_SCRIPT_CHARS` is not measured: it is recorded in
    ``oversized`` and read as empty, so one generated or hostile script cannot stall the scan.
    """

    folder: Path
    missing: set[str] = field(default_factory=set)
    oversized: set[object] = field(default_factory=set)  # the scripts, each counted once

    def __call__(self, script: Element) -> str | None:
        """The text of one script element, or None when it cannot be read."""
        reference = script.get("msync-fileref")
        if not reference:
            return self.text(script.text, script)
        path = (self.folder / reference).resolve()
        if self.folder.resolve() not in path.parents or not path.is_file():
            self.missing.add(reference)
            return None
        try:
            if path.stat().st_size > 4 * MAX_SCRIPT_CHARS:
                self.oversized.add(reference)
                return None
            return self.text(path.read_text(encoding="utf-8", errors="replace"), reference)
        except OSError:  # unreadable: counted with the missing ones
            self.missing.add(reference)
            return None

    def text(self, script: str | None, key: object) -> str | None:
        """A script's text as given, or None when it is too large to measure.

        ``key`` identifies the script (its element or file) so that it is counted once.
        """
        if script is not None and len(script) > MAX_SCRIPT_CHARS:
            self.oversized.add(key)
            return None
        return script

    def errors(self, target: str) -> list[ScanError]:
        """What could not be read, as scan errors."""
        errors = []
        if self.missing:
            errors.append(
                ScanError(
                    target,
                    "missing-script",
                    f"{len(self.missing)} script(s) stored in separate files (mirthsync) "
                    "were not found beside the export; custom script lines are undercounted",
                )
            )
        if self.oversized:
            errors.append(
                ScanError(
                    target,
                    "script-too-large",
                    f"{len(self.oversized)} script(s) over {MAX_SCRIPT_CHARS:,} characters "
                    "were not measured (no hand-written script is that large); custom script "
                    "lines are undercounted",
                )
            )
        return errors

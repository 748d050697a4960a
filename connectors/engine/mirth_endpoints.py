"""Where a Mirth source or destination connector reads from or writes to.

One function per side turns a connector's ``transportName`` and ``properties`` into an
:class:`Endpoint`: the transport, the address it names (``host:port``, listening port or path),
the endpoint shown in the report (host:port, path or masked URL), whether TLS is on, and the names
that can resolve the far system (host, ``host:port``, the destination's name; for a listener, whose
sender no host names, the channel's name). The engine connector makes one unresolved endpoint per
address out of it, which the estate file's aliases resolve to a declared system.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit
from xml.etree.ElementTree import Element

from assessor.masking import mask_url
from assessor.model import Transport

_ORACLE_CREDENTIALS = re.compile(r"(?P<head>:thin:[^/@:]*/)[^@]*(?=@)")
_GENERIC_DESTINATION = re.compile(r"^destination\s*\d*$", re.IGNORECASE)
_JDBC_TLS_ON = frozenset({"ssl=true", "usessl=true", "encrypt=true", "requiressl=true"})
_JDBC_TLS_OFF = frozenset({"ssl=false", "usessl=false", "encrypt=false", "sslmode=disable"})
_ANY_HOST = frozenset({"", "0.0.0.0", "::", "*"})
_PLACEHOLDER_HOSTS = frozenset(
    {
        *("localhost", "localhost.localdomain", "::1", "0.0.0.0", "::", "*", "host", "hostname"),
        *("server", "remotehost", "example.com", "example.org", "your-host", "yourhost"),
        *("db", "database", "dbserver", "mysql", "mariadb", "postgres", "postgresql", "pg"),
        *("sqlserver", "mssql", "oracle", "mongo", "mongodb", "redis", "sftp", "ftp", "smtp"),
        *("mail", "mailhost", "mirth", "mirthdb", "hl7", "fhir", "api", "web", "app"),
    }
)

Resolve = Callable[[str], str]
"""Substitutes ``${name}`` configuration-map variables that the export itself defines."""


@dataclass(frozen=True)
class Endpoint:
    """The far end of one connector, as far as its properties tell."""

    transport: Transport
    far_name: str  # the name of the system at the far end
    far_aliases: tuple[str, ...] = ()
    endpoint: str | None = None
    tls: bool | None = None
    internal: bool = False  # Channel Reader/Writer: stays inside the engine, no flow
    script: Element | None = None  # connector-level JavaScript (JavaScript Reader/Writer, DB)
    address: str | None = None  # ``host:port`` (or the host) the connector names, placeholders too


def mask_connection(url: str) -> str:
    """A connection URL safe to show: passwords in userinfo, query or Oracle thin form masked."""
    return mask_url(_ORACLE_CREDENTIALS.sub(lambda m: m.group("head") + "***", url))


def _text(properties: Element, path: str, resolve: Resolve) -> str:
    return resolve((properties.findtext(path) or "").strip())


def _known(value: str) -> bool:
    return bool(value) and "${" not in value


def _plugin_tls(properties: Element) -> bool:
    """TLS from an SSL/TLS plugin's properties; without one a Mirth TCP/HTTP connector is plain."""
    plugins = properties.find("pluginProperties")
    for plugin in plugins if plugins is not None else ():
        if re.search("ssl|tls", plugin.tag, re.IGNORECASE):
            enabled = (plugin.findtext("enabled") or "true").strip().lower()
            return enabled != "false"
    return False


def _jdbc_tls(url: str) -> bool | None:
    parameters = url.replace(";", "&").split("?", 1)[-1].replace(";", "&")
    pairs = {f"{k.lower()}={v.lower()}" for k, v in parse_qsl(parameters)}
    if pairs & _JDBC_TLS_ON or any(p.startswith("sslmode=") for p in pairs - _JDBC_TLS_OFF):
        return True
    return False if pairs & _JDBC_TLS_OFF else None


def _url_host(url: str) -> tuple[str, str]:
    """(host, host:port) of a URL or JDBC URL; empty when it names no host."""
    bare = url.removeprefix("jdbc:")
    if ":thin:" in bare and "@" in bare:  # jdbc:oracle:thin:@host:1521:SID or @//host:1521/svc
        host, _, rest = bare.split("@", 1)[1].lstrip("/").partition(":")
        port = re.match(r"\d*", rest).group(0)  # type: ignore[union-attr]
        return host, f"{host}:{port}" if host and port else ""
    try:
        parts = urlsplit(bare.split(";", 1)[0])
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return "", ""
    return host, f"{host}:{port}" if host and port else ""


def _host_end(host: str, host_port: str, hint: tuple[str, ...], unknown: str) -> tuple[str, tuple]:
    if _known(host) and host not in _ANY_HOST:
        aliases = (host, host_port, *hint)
        return host, tuple(a for a in aliases if a and not (a.startswith(":") or a.endswith(":")))
    return unknown, hint


def _address(host: str, port: str) -> str | None:
    """``host:port``, the host alone, or None: the address one unresolved endpoint stands for."""
    host, port = host.strip(), port.strip()
    if not host or host in _ANY_HOST:
        return None
    return f"{host}:{port}" if port else host


def is_placeholder(address: str) -> bool:
    """Whether an address names no machine the estate can know: a variable, loopback, a stand-in.

    ``${ADDRESS}`` was never resolved; ``localhost`` is whichever server runs the engine; a bare
    product or service name (``mysql``, ``db``) is a container alias or an example value.

    >>> [is_placeholder(a) for a in ("${HOST}:6661", "localhost:3306", "mysql", "lis01:2575")]
    [True, True, True, False]
    """
    if "${" in address or "$(" in address:
        return True
    host = address.strip().lower()
    if host.startswith("["):  # [::1]:port
        host = host[1:].split("]", 1)[0]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host in _PLACEHOLDER_HOSTS or host.startswith("127.") or host.endswith(".localhost")


def _host_port(host: str, port: str) -> str | None:
    """``host:port`` as configured (variables and all), or None when neither is set."""
    return f"{host}:{port}" if host or port else None


def _mllp(properties: Element) -> Transport:
    mode = properties.findtext("transmissionModeProperties/pluginPointName") or ""
    start = properties.findtext("transmissionModeProperties/startOfMessageBytes") or ""
    end = properties.findtext("transmissionModeProperties/endOfMessageBytes") or ""
    if mode.strip().upper() == "MLLP" or (start.strip(), end.strip()) == ("0B", "1C0D"):
        return Transport.MLLP
    return Transport.OTHER


def file_scheme(properties: Element) -> str:
    """The scheme of a File Reader/Writer in lower case: ``file``, ``sftp``, ``ftp``, ``s3``..."""
    return (properties.findtext("scheme") or "").strip().lower() or "file"


def _file_end(properties: Element, resolve: Resolve) -> tuple[str, str, bool | None]:
    """(endpoint, server host, tls) of a File Reader/Writer."""
    scheme = file_scheme(properties).upper()
    host = _text(properties, "host", resolve)
    secure = _text(properties, "secure", resolve).lower() == "true"
    if scheme == "FILE":
        return host, "", None
    server = host.split("/", 1)[0].split(":", 1)[0]
    tls = {"SFTP": True, "S3": True, "FTP": secure, "WEBDAV": secure, "SMB": secure}.get(scheme)
    return f"{scheme.lower()}://{host}", server, tls


def source_endpoint(
    transport_name: str, properties: Element, channel: str, resolve: Resolve
) -> Endpoint:
    """The far end a channel's source connector receives from."""
    name = transport_name.strip().lower()
    hint = (channel,)
    if name in ("channel reader",):
        return Endpoint(Transport.ENGINE_CHANNEL, channel, internal=True)
    if name in ("tcp listener", "llp listener", "mllp listener"):
        transport = _mllp(properties)
        if _text(properties, "serverMode", resolve).lower() == "false":
            host = _text(properties, "remoteAddress", resolve)
            port = _text(properties, "remotePort", resolve)
            far, aliases = _host_end(host, f"{host}:{port}", hint, channel)
            return Endpoint(
                transport,
                far,
                aliases,
                _host_port(host, port),
                _plugin_tls(properties),
                address=_address(host, port),
            )
        listening = _listener(properties, resolve)
        return Endpoint(
            transport, channel, hint, listening, _plugin_tls(properties), address=listening
        )
    if name in ("http listener", "web service listener"):
        endpoint = _listener(properties, resolve) + _text(properties, "contextPath", resolve)
        return Endpoint(
            Transport.HTTP, channel, hint, endpoint, _plugin_tls(properties), address=endpoint
        )
    if name == "dicom listener":
        listening = _listener(properties, resolve)
        return Endpoint(Transport.DICOM, channel, hint, listening, address=listening)
    if name == "file reader":
        endpoint, server, tls = _file_end(properties, resolve)
        return Endpoint(
            Transport.FILE,
            channel,
            tuple(a for a in (*hint, server) if a),
            endpoint,
            tls,
            address=server or endpoint or None,
        )
    if name == "database reader":
        return _database(properties, resolve, hint, channel, "select")
    if name == "javascript reader":
        script = properties.find("script")
        return Endpoint(Transport.OTHER, channel, hint, "JavaScript", script=script)
    return Endpoint(Transport.OTHER, channel, hint, transport_name.strip() or None)


def destination_endpoint(
    transport_name: str, properties: Element, channel: str, destination: str, resolve: Resolve
) -> Endpoint:
    """The far end one of a channel's destinations sends to."""
    name = transport_name.strip().lower()
    named = destination.strip() and not _GENERIC_DESTINATION.match(destination.strip())
    # The channel name describes where a channel's messages come from, so it is no hint for a
    # destination: naming one after it could merge a receiver into the sender.
    hint = (destination.strip(),) if named else ()
    unknown = f"{destination.strip() or 'destination'} ({channel})"
    if name == "channel writer":
        return Endpoint(Transport.ENGINE_CHANNEL, channel, internal=True)
    if name in ("tcp sender", "llp sender", "mllp sender"):
        host = _text(properties, "remoteAddress", resolve)
        port = _text(properties, "remotePort", resolve)
        far, aliases = _host_end(host, f"{host}:{port}", hint, unknown)
        endpoint = _host_port(host, port)
        return Endpoint(
            _mllp(properties),
            far,
            aliases,
            endpoint,
            _plugin_tls(properties),
            address=_address(host, port),
        )
    if name in ("http sender", "web service sender"):
        url = _text(properties, "host" if name == "http sender" else "wsdlUrl", resolve)
        host, host_port = _url_host(url)
        far, aliases = _host_end(host, host_port, hint, unknown)
        scheme = url.split("://", 1)[0].lower() if "://" in url else ""
        tls = {"https": True, "http": False}.get(scheme)
        transport = Transport.FHIR if "fhir" in url.lower() else Transport.HTTP
        return Endpoint(
            transport,
            far,
            aliases,
            mask_connection(url) or None,
            tls,
            address=host_port or host or (mask_connection(url) or None),
        )
    if name == "dicom sender":
        host = _text(properties, "host", resolve)
        port = _text(properties, "port", resolve)
        tls_mode = _text(properties, "tls", resolve).lower()
        far, aliases = _host_end(host, f"{host}:{port}", hint, unknown)
        tls = None if not tls_mode else tls_mode != "notls"
        return Endpoint(
            Transport.DICOM, far, aliases, _host_port(host, port), tls, address=_address(host, port)
        )
    if name in ("file writer", "document writer"):
        endpoint, server, tls = _file_end(properties, resolve)
        far, aliases = _host_end(server, "", hint, unknown)
        return Endpoint(
            Transport.FILE, far, aliases, endpoint or None, tls, address=server or endpoint or None
        )
    if name == "database writer":
        return _database(properties, resolve, hint, unknown, "query")
    if name == "smtp sender":
        host = _text(properties, "smtpHost", resolve)
        port = _text(properties, "smtpPort", resolve)
        far, aliases = _host_end(host, f"{host}:{port}", hint, unknown)
        encryption = _text(properties, "encryption", resolve).lower()
        tls = None if not encryption else encryption != "none"
        return Endpoint(
            Transport.OTHER, far, aliases, _host_port(host, port), tls, address=_address(host, port)
        )
    if name == "javascript writer":
        script = properties.find("script")
        return Endpoint(Transport.OTHER, unknown, hint, "JavaScript", script=script)
    return Endpoint(Transport.OTHER, unknown, hint, transport_name.strip() or None)


def _listener(properties: Element, resolve: Resolve) -> str:
    host = _text(properties, "listenerConnectorProperties/host", resolve)
    port = _text(properties, "listenerConnectorProperties/port", resolve)
    return f"{host or '0.0.0.0'}:{port}" if port else host


def _database(
    properties: Element, resolve: Resolve, hint: tuple[str, ...], unknown: str, script_key: str
) -> Endpoint:
    url = _text(properties, "url", resolve)
    host, host_port = _url_host(url)
    far, aliases = _host_end(host, host_port, hint, unknown)
    uses_script = _text(properties, "useScript", resolve).lower() == "true"
    script = properties.find(script_key) if uses_script else None
    return Endpoint(
        Transport.DATABASE,
        far,
        aliases,
        mask_connection(url) or None,
        _jdbc_tls(url) if url else None,
        script=script,
        address=host_port or host or (mask_connection(url) or None),
    )

"""FHIR CapabilityStatements: what a modern system already serves, validated with fhir.resources.

A statement comes from a JSON file, or from ``BASE/metadata`` when the user gives a server URL
(the only network access the scan makes, and only because it was asked); like a database URL,
it may take its host or credentials from the environment with ``${VAR}``. The models are picked
from ``fhirVersion``: fhir.resources 8 has R5 as its default package, ``R4B`` (which also
validates 4.0.x statements) and ``STU3``.
"""

from __future__ import annotations

import base64
import importlib
import json
import re
import urllib.error
import urllib.request
from typing import Any, ClassVar
from urllib.parse import unquote, urlsplit, urlunsplit

from pydantic import ValidationError

from assessor.connectors.fhir.culprit import culprit
from assessor.connectors.interface import Connector, Progress, SourceKind, no_progress
from assessor.connectors.limits import MAX_FHIR_BYTES, read_bounded
from assessor.environment import expand_url
from assessor.errors import SourceError
from assessor.limits import LimitExceeded, load_json
from assessor.masking import mask_url
from assessor.model import (
    FhirCapability,
    FhirResource,
    Inventory,
    ScanError,
    ScanMetadata,
    ScannedSource,
    System,
)
from assessor.naming import slugify, url_hosts

_MODULES = (  # (fhirVersion prefix, fhir.resources package)
    ("3.0", "fhir.resources.STU3"),
    ("4.0", "fhir.resources.R4B"),
    ("4.1", "fhir.resources.R4B"),
    ("4.3", "fhir.resources.R4B"),
    ("4.2", "fhir.resources"),
    ("4.4", "fhir.resources"),
    ("4.5", "fhir.resources"),
    ("4.6", "fhir.resources"),
    ("5.0", "fhir.resources"),
)
INTERACTIONS = (  # TypeRestfulInteraction, a required binding in STU3, R4 and R5
    "read",
    "vread",
    "update",
    "patch",
    "delete",
    "history-instance",
    "history-type",
    "create",
    "search-type",
)
SUPPORTED_VERSIONS = ("3.0.x", "4.0.x", "4.3.x", "5.0.x")
_HEAD = re.compile(rb'"resourceType"\s*:\s*"CapabilityStatement"')
MAX_SEARCH_PARAMS = 1000
"""Search parameters read per resource: real servers declare a few dozen."""
_HTTP_ADVICE = {
    401: "the server wants credentials: give them in the URL (https://user:password@host/...)",
    403: "the server refused these credentials: ask for read access to /metadata",
    404: "check that the URL is the FHIR server's base URL (without /metadata)",
}
_SMART_CODES = frozenset({"smart-on-fhir", "smart"})
_OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"


def looks_like_fhir_capability(head: bytes) -> bool:
    """Whether the first bytes of a file look like a CapabilityStatement in JSON."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and bool(_HEAD.search(head))


class FhirConnector(Connector):
    """Reads a CapabilityStatement (a file or ``BASE/metadata``) into a System that serves FHIR."""

    kind: ClassVar[SourceKind] = SourceKind.FHIR

    def __init__(
        self,
        timeout: float = 10.0,
        *,
        max_bytes: int = MAX_FHIR_BYTES,
        max_search_params: int = MAX_SEARCH_PARAMS,
    ) -> None:
        """``timeout``: seconds to wait for a server's ``/metadata``; ``max_bytes``: the largest
        statement read; ``max_search_params``: search parameters read per resource (the rest
        are counted as an error, not validated)."""
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_search_params = max_search_params

    def scan(self, target: str, progress: Progress = no_progress) -> Inventory:
        """The FHIR server described by the statement at ``target`` (a path or an http(s) URL).

        ``${VAR}`` in ``target`` is expanded; a variable not set is a :class:`SourceError`
        (kind ``bad-url``) that names it and shows the URL masked.
        """
        target = expand_url(target, "FHIR server URL")
        remote = target.lower().startswith(("http://", "https://"))
        if not remote and re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://", target):
            raise SourceError(
                f"{mask_url(target)}: only http:// and https:// FHIR servers are read; "
                "give the server's base URL (its CapabilityStatement is at BASE/metadata)",
                kind="bad-url",
            )
        source = mask_url(target) if remote else target
        raw = self._fetch(target, source) if remote else _read(target, self.max_bytes)
        try:
            document = _json(source, raw)
        except SourceError as error:
            if not remote:
                raise
            raise SourceError(
                f"{error}; check that {source} is the FHIR server's base URL "
                "(its CapabilityStatement is at BASE/metadata)",
                kind=error.kind,
            ) from None
        document, overflow = _cap_search_params(source, document, self.max_search_params)
        statement = _validate(source, document)
        progress(len(raw))
        system = _system(source, document, statement)
        errors = overflow + _unknown_interactions(source, statement)
        scanned = ScannedSource(
            source,
            self.kind.value,
            bytes=len(raw),
            errors=len(errors),
            status="partial" if errors else "ok",
        )
        return Inventory(
            systems=(system,), scan=ScanMetadata(sources=(scanned,), errors=errors)
        ).sorted()

    def _fetch(self, base: str, shown: str) -> bytes:
        try:
            request = _metadata_request(base)
        except ValueError as error:
            raise SourceError(
                f"{shown}: not a valid URL ({error}); give the server's base URL, "
                "e.g. https://fhir.example.org/r4",
                kind="bad-url",
            ) from None
        shown = shown.rstrip("/")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read(self.max_bytes + 1)
        except urllib.error.HTTPError as error:
            advice = _HTTP_ADVICE.get(error.code, "check the base URL and the server")
            raise SourceError(
                f"{shown}/metadata: the server answered HTTP {error.code} {error.reason}; {advice}",
                kind="auth-failed" if error.code in (401, 403) else "connection-failed",
            ) from None
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            raise SourceError(
                f"{shown}/metadata: cannot connect ({mask_url(str(reason))}); check the host "
                "and port, and that the server is reachable from this machine",
                kind="connection-failed",
            ) from None
        if len(body) > self.max_bytes:
            raise SourceError(
                f"{shown}/metadata: answer larger than {self.max_bytes:,} bytes; "
                "check that the URL is the FHIR server's base URL",
                kind="not-fhir",
            )
        return body


def _metadata_request(base: str) -> urllib.request.Request:
    """GET ``BASE/metadata``; a ``user:password@`` in the URL is sent as HTTP Basic auth.

    Raises ValueError when the URL does not parse.
    """
    parts = urlsplit(base)
    parts.port  # noqa: B018 -- raises ValueError on a port that is not a number
    headers = {"Accept": "application/fhir+json, application/json"}
    if parts.username is not None:
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        parts = parts._replace(netloc=parts.netloc.rpartition("@")[2])
    url = urlunsplit(parts).rstrip("/") + "/metadata"
    return urllib.request.Request(url, headers=headers)


def _read(path: str, max_bytes: int) -> bytes:
    try:
        return read_bounded(path, max_bytes, "the CapabilityStatement")
    except LimitExceeded as error:
        raise SourceError(f"{path}: {error}", kind="limit-exceeded") from None
    except OSError as error:
        raise SourceError(f"{path}: cannot read ({error.strerror})") from error


def _json(source: str, raw: bytes) -> dict[str, Any]:
    try:
        document = load_json(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise SourceError(f"{source}: not UTF-8 JSON", kind="not-fhir") from error
    except LimitExceeded as error:
        raise SourceError(f"{source}: not read: {error}", kind="limit-exceeded") from None
    except json.JSONDecodeError as error:
        raise SourceError(
            f"{source}: not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}",
            kind="not-fhir",
        ) from error
    if not isinstance(document, dict) or document.get("resourceType") != "CapabilityStatement":
        found = document.get("resourceType") if isinstance(document, dict) else None
        raise SourceError(
            f"{source}: resourceType is {found!r}, expected 'CapabilityStatement'",
            kind="not-fhir",
        )
    return document


def fhir_module(version: str) -> str:
    """The fhir.resources package whose models validate a statement of this ``fhirVersion``."""
    for prefix, module in _MODULES:
        if version == prefix or version.startswith(prefix + "."):
            return module
    raise ValueError(version)


def _validate(source: str, document: dict[str, Any]) -> Any:
    version = document.get("fhirVersion")
    if not isinstance(version, str):
        raise SourceError(
            f"{source}: fhirVersion is missing or not text; "
            f"supported versions: {', '.join(SUPPORTED_VERSIONS)}",
            kind="invalid-fhir",
        )
    try:
        package = fhir_module(version)
    except ValueError:
        raise SourceError(
            f"{source}: fhirVersion {version!r} is not supported; "
            f"supported versions: {', '.join(SUPPORTED_VERSIONS)}",
            kind="invalid-fhir",
        ) from None
    model = importlib.import_module(f"{package}.capabilitystatement").CapabilityStatement
    try:
        return model.model_validate(document)
    except ValidationError as error:
        problems = [f"{_path(e['loc'])}: {e['msg']}" for e in error.errors()[:5]]
        more = len(error.errors()) - len(problems)
        tail = f" (and {more} more)" if more > 0 else ""
        raise SourceError(
            f"{source}: invalid FHIR {version} CapabilityStatement: {'; '.join(problems)}{tail}",
            kind="invalid-fhir",
        ) from error
    except (TypeError, AttributeError, ValueError) as error:
        # Some fhir.resources validators fail outright on a value of the wrong JSON type
        # (a number where a URL belongs); find which value by taking parts away.
        raise SourceError(
            f"{source}: invalid FHIR {version} CapabilityStatement: "
            f"{_path(culprit(model, document))}: a value of the wrong type",
            kind="invalid-fhir",
        ) from error


def _cap_search_params(
    source: str, document: dict[str, Any], cap: int
) -> tuple[dict[str, Any], tuple[ScanError, ...]]:
    """The document with at most ``cap`` search parameters per resource, and an error for each
    resource whose list was cut (or is not a list, which the validator reports)."""
    errors = []
    rests = document.get("rest")
    for r, rest in enumerate(rests if isinstance(rests, list) else ()):
        resources = rest.get("resource") if isinstance(rest, dict) else None
        for t, resource in enumerate(resources if isinstance(resources, list) else ()):
            params = resource.get("searchParam") if isinstance(resource, dict) else None
            if isinstance(params, list) and len(params) > cap:
                resource["searchParam"] = params[:cap]
                errors.append(
                    ScanError(
                        source,
                        "limit-exceeded",
                        f"{len(params):,} search parameters; the first {cap:,} were read, "
                        f"the other {len(params) - cap:,} were not",
                        f"rest[{r}].resource[{t}].searchParam",
                    )
                )
    return document, tuple(errors)


def _path(location: tuple[Any, ...]) -> str:
    """A pydantic error location as a path in the document: ``rest[0].resource[1].type``."""
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(document)"


def _codes(items: list[Any] | None) -> tuple[str, ...]:
    """The resource interactions served; a code FHIR does not define is left out."""
    return tuple(
        sorted({str(i.code) for i in items or () if str(getattr(i, "code", "")) in INTERACTIONS})
    )


def _unknown_interactions(source: str, statement: Any) -> tuple[ScanError, ...]:
    """A scan error for each resource interaction code outside FHIR's required value set.

    fhir.resources checks types, not bindings: ``raed`` for ``read`` passes its validation.
    """
    errors = []
    for r, rest in enumerate(statement.rest or ()):
        for t, resource in enumerate(rest.resource or ()):
            for i, interaction in enumerate(resource.interaction or ()):
                code = str(interaction.code or "")
                if code not in INTERACTIONS:
                    errors.append(
                        ScanError(
                            source,
                            "invalid-fhir",
                            f"{code!r} is not a FHIR interaction and was left out; "
                            f"valid values: {', '.join(INTERACTIONS)}",
                            f"rest[{r}].resource[{t}].interaction[{i}].code",
                        )
                    )
    return tuple(errors)


def _resources(rest: Any) -> tuple[FhirResource, ...]:
    resources = []
    for resource in rest.resource or ():
        profiles = list(getattr(resource, "supportedProfile", None) or ())
        if getattr(resource, "profile", None):
            base = resource.profile
            profiles.append(base if isinstance(base, str) else getattr(base, "reference", ""))
        resources.append(
            FhirResource(
                type=str(resource.type),
                interactions=_codes(resource.interaction),
                search_params=tuple(sorted({p.name for p in resource.searchParam or ()})),
                profiles=tuple(sorted({str(p) for p in profiles if p})),
            )
        )
    return tuple(sorted(resources, key=lambda r: r.type))


def _smart(rest: Any) -> bool:
    security = getattr(rest, "security", None)
    if security is None:
        return False
    for service in security.service or ():
        for coding in service.coding or ():
            if str(coding.code or "").lower() in _SMART_CODES:
                return True
    return any(str(e.url) == _OAUTH_URIS for e in security.extension or ())


def _system(source: str, document: dict[str, Any], statement: Any) -> System:
    servers = [r for r in statement.rest or () if str(r.mode) == "server"]
    resources = tuple(r for rest in servers for r in _resources(rest))
    profiles = {p for r in resources for p in r.profiles}
    profiles |= {str(g) for g in getattr(statement, "implementationGuide", None) or ()}
    software = statement.software
    implementation = statement.implementation
    software_text = " ".join(
        str(v) for v in (software and software.name, software and software.version) if v
    )
    capability = FhirCapability(
        fhir_version=str(statement.fhirVersion),
        source=source,
        software=software_text,
        resources=resources,
        smart_on_fhir=any(_smart(rest) for rest in servers),
        us_core_profiles=tuple(sorted(p for p in profiles if "/us/core/" in p)),
        formats=tuple(sorted({str(f) for f in statement.format or ()})),
    )
    name = (
        (software and software.name)
        or (implementation and implementation.description)
        or document.get("title")
        or document.get("name")
        or "FHIR server"
    )
    aliases = [*_hosts(implementation and implementation.url), *_hosts(document.get("url"))]
    aliases += [str(v) for v in (document.get("title"), document.get("name")) if v]
    if source.lower().startswith(("http://", "https://")):
        aliases += _hosts(source)
    # Two servers may run the same software: the host they answer on tells them apart.
    hosts = [a for a in aliases if ":" not in a]
    return System(
        id=slugify(hosts[0] if hosts else str(name)),
        name=str(name),
        aliases=tuple(a for a in dict.fromkeys(aliases) if a != name),
        vendor=document.get("publisher") if isinstance(document.get("publisher"), str) else None,
        product=str(software.name) if software and software.name else None,
        version=str(software.version) if software and software.version else None,
        fhir=capability,
        sources=(source,),
    )


def _hosts(url: Any) -> list[str]:
    """``[host, host:port]`` of a URL (``host`` alone when it names no port)."""
    return url_hosts(str(url)) if url else []

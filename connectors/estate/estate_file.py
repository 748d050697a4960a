"""The architect's estate file (TOML): systems, databases, interfaces, AI platform, use cases.

Every mistake is collected with its line and key and the values that would have been valid, and
all of them are reported together in one :class:`assessor.errors.UsageError`: a wrong estate
file is a usage error, and the user fixes it in one pass. The format is documented in
``docs/estate-format.md``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar

from assessor.connectors.estate.checks import Checker
from assessor.connectors.estate.lines import KeyLines
from assessor.connectors.estate.vocabulary import (
    CADENCES,
    CATALOG_USE_CASES,
    CRITICALITY,
    DISPOSITIONS,
    FRESHNESS,
    HOSTING,
    PHI_CLASSES,
    SYSTEM_KINDS,
    TRANSPORTS,
)
from assessor.connectors.interface import Connector, Progress, SourceKind, no_progress
from assessor.connectors.limits import MAX_ESTATE_BYTES, read_bounded
from assessor.connectors.paths import sqlite_url
from assessor.environment import UnsetVariables, expand
from assessor.errors import SourceError, UsageError
from assessor.limits import MAX_NESTING, LimitExceeded, check_nesting
from assessor.masking import mask_url
from assessor.model import (
    DataStore,
    Flow,
    Inventory,
    PhiClass,
    Pin,
    ScanMetadata,
    ScannedSource,
    System,
    Transport,
    UseCase,
)
from assessor.naming import alias_key, flow_id

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ESTATE_HEADER = re.compile(
    r"^(\[\[\s*(systems|databases|interfaces|use_cases)\s*\]\]|\[\s*(estate|ai_platform)\s*\])"
    r"\s*(#.*)?$"
)
_SQLITE_RELATIVE = re.compile(r"^(sqlite(?:\+\w+)?:///)(?!/)(.+)$")

TABLES = ("estate", "systems", "databases", "interfaces", "ai_platform", "use_cases")
SYSTEM_KEYS = (
    "id",
    "name",
    "aliases",
    "kind",
    "vendor",
    "product",
    "version",
    "hosting",
    "owner",
    "support_end",
    "criticality",
    "external",
    "pin",
)
PIN_KEYS = ("disposition", "wave", "effort_days", "reason")
DATABASE_KEYS = ("id", "system", "url")
INTERFACE_KEYS = (
    "from",
    "to",
    "transport",
    "message_types",
    "phi",
    "tls",
    "channel",
    "endpoint",
    "enabled",
    "cadence",
)
USE_CASE_KEYS = (
    "id",
    "priority",
    "name",
    "description",
    "message_types",
    "segments",
    "fields",
    "source_kinds",
    "phi",
    "freshness",
    "coding",
)


@dataclass(frozen=True)
class DatabaseTarget:
    """A database the estate file asks to scan: its id, owning system and connection URL.

    ``url`` is the expanded URL and may hold a password; it is left out of ``repr`` and must be
    shown only through ``masked_url``.
    """

    id: str
    system: str | None
    url: str = field(repr=False)

    @property
    def masked_url(self) -> str:
        """The URL with any password replaced by ``***``."""
        return mask_url(self.url)


def looks_like_estate(head: bytes) -> bool:
    """Whether a file's first bytes look like an estate file.

    Its first line that is neither blank nor a comment must open one of the estate file's tables
    (``[estate]``, ``[[systems]]``...): a Python or Markdown file that quotes an estate file is
    not one.
    """
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        return bool(_ESTATE_HEADER.match(stripped))
    return False


class EstateConnector(Connector):
    """Reads the declared estate: systems, databases, interfaces, AI platform and use cases."""

    kind: ClassVar[SourceKind] = SourceKind.ESTATE

    def scan(self, target: str, progress: Progress = no_progress) -> Inventory:
        """The declared estate in ``target`` as an Inventory fragment.

        Raises :class:`UsageError` listing every mistake (file:line, key, valid values).
        """
        text, data = _load(target)
        estate = _Reader(target, text).read(data)
        progress(len(text.encode("utf-8")))
        return estate


def database_targets(path: str) -> list[DatabaseTarget]:
    """The databases an estate file declares, with ``${VAR}`` expanded from the environment.

    Relative SQLite paths are resolved against the estate file's folder. A variable that is not
    set raises :class:`SourceError` naming the variable and the line.
    """
    text, data = _load(path)
    _Reader(path, text).read(data)  # the same validation as a scan
    lines = KeyLines(text)
    targets = []
    for index, entry in enumerate(data.get("databases", [])):
        line = lines.of("databases", index, "url")
        try:
            url = expand(entry["url"])
        except UnsetVariables as unset:
            raise _missing(path, line, unset.names[0]) from None
        targets.append(
            DatabaseTarget(
                id=entry["id"],
                system=entry.get("system"),
                url=_resolve_sqlite(url, Path(path).parent),
            )
        )
    return sorted(targets, key=lambda t: t.id)


def _missing(path: str, line: int | None, name: str) -> SourceError:
    where = f"{path}:{line}" if line else path
    return SourceError(
        f"{where}: environment variable {name} is not set (databases url); "
        f"set it to the database URL before scanning",
        kind="missing-variable",
    )


def _resolve_sqlite(url: str, folder: Path) -> str:
    match = _SQLITE_RELATIVE.match(url)
    if not match or match.group(2).startswith(":memory:"):
        return url
    return sqlite_url(folder / match.group(2)).replace("sqlite:///", match.group(1), 1)


def _load(path: str) -> tuple[str, dict[str, Any]]:
    """The text and the tables of an estate file.

    Raises UsageError for a mistake in it, SourceError (``limit-exceeded``) for a file larger
    or more deeply nested than any estate (the limits module of connectors and of assessor):
    an error record, and the rest of the scan goes on.
    """
    try:
        raw = read_bounded(path, MAX_ESTATE_BYTES, "the estate file")
    except LimitExceeded as error:
        raise SourceError(f"{path}: {error}", kind="limit-exceeded") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot read the estate file ({error.strerror})") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"{path}: the estate file must be UTF-8 ({error.reason})") from error
    try:
        data = tomllib.loads(text)
        check_nesting(data)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{path}: not valid TOML: {error}") from error
    except (RecursionError, LimitExceeded):
        raise SourceError(
            f"{path}: not read: nested more than {MAX_NESTING} levels deep, the limit",
            kind="limit-exceeded",
        ) from None
    return text, data


class _Reader(Checker):
    """Validates one parsed estate file, collecting every mistake before raising."""

    # --- the file ---

    def read(self, data: dict[str, Any]) -> Inventory:
        for key in sorted(set(data) - set(TABLES)):
            self.mistake(key, None, None, "unknown table", TABLES)
        estate = data.get("estate", {})
        if not isinstance(estate, dict):
            self.mistake("estate", None, None, "expected an [estate] table")
            estate = {}
        self.known_keys(estate, "estate", None, ("name", "capacity"))
        estate_name = self.text(estate, "estate", None, "name")
        capacity = self.positive(estate, "estate", None, "capacity")

        systems = [(i, s) for i, e in self.entries(data, "systems") if (s := self.system(i, e))]
        system_ids = self.unique_ids(systems, "systems")
        self.unique_aliases(systems)
        stores = [
            (i, s)
            for i, e in self.entries(data, "databases")
            if (s := self.database(i, e, system_ids))
        ]
        self.unique_ids(stores, "databases")
        flows = [
            (i, f)
            for i, e in self.entries(data, "interfaces")
            if (f := self.interface(i, e, system_ids))
        ]
        self.unique_ids(flows, "interfaces")
        ai_platform = self.ai_platform(data.get("ai_platform"), system_ids)
        use_cases = [
            (i, u) for i, e in self.entries(data, "use_cases") if (u := self.use_case(i, e))
        ]
        self.unique_ids(use_cases, "use_cases")
        self.raise_if_any()
        return Inventory(
            estate_name=estate_name,
            systems=tuple(s for _, s in systems),
            stores=tuple(s for _, s in stores),
            flows=tuple(f for _, f in flows),
            use_cases=tuple(u for _, u in use_cases),
            ai_platform=ai_platform,
            scan=ScanMetadata(
                sources=(ScannedSource(source=self.path, kind="estate", bytes=self.size),)
            ),
            capacity_days_per_month=capacity,
        ).sorted()

    def required_id(self, entry: dict, table: str, index: int) -> str | None:
        value = self.text(entry, table, index, "id")
        if value is None:
            if "id" not in entry:
                self.mistake(table, index, "id", "missing; every entry needs an id")
            return None
        if not _SLUG.match(value):
            self.mistake(
                table, index, "id", f"{value!r} is not a slug (lowercase letters, digits, '-')"
            )
            return None
        return value

    def reference(
        self, entry: dict, table: str, index: int | None, key: str, system_ids: tuple[str, ...]
    ) -> str | None:
        value = self.text(entry, table, index, key)
        if value is not None and value not in system_ids:
            self.mistake(table, index, key, f"{value!r} is not a declared system id", system_ids)
            return None
        return value

    def system(self, index: int, entry: dict) -> System | None:
        table = "systems"
        self.known_keys(entry, table, index, SYSTEM_KEYS)
        system_id = self.required_id(entry, table, index)
        name = self.text(entry, table, index, "name")
        if name is None and "name" not in entry:
            self.mistake(table, index, "name", "missing; every system needs a name")
        elif name is not None and not name.strip():
            self.mistake(table, index, "name", "empty; every system needs a name")
        kind = self.choice(entry, table, index, "kind", SYSTEM_KINDS)
        system = System(
            id=system_id or "",
            name=name or "",
            aliases=self.texts(entry, table, index, "aliases"),
            kind=kind or "other",
            vendor=self.text(entry, table, index, "vendor"),
            product=self.text(entry, table, index, "product"),
            version=self.text(entry, table, index, "version"),
            hosting=self.choice(entry, table, index, "hosting", HOSTING),
            owner=self.text(entry, table, index, "owner"),
            support_end=self.date(entry, table, index, "support_end"),
            criticality=self.choice(entry, table, index, "criticality", CRITICALITY),
            declared=True,
            sources=(self.path,),
            external=bool(self.flag(entry, table, index, "external")),
            pin=self.pin(entry, index),
        )
        return system if system_id and name else None

    def positive(self, entry: dict, table: str, index: int | None, key: str) -> float | None:
        """A number above 0 (person-days, for instance), or None when absent."""
        value = entry.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            self.mistake(table, index, key, f"expected a number above 0, got {value!r}")
            return None
        return float(value)

    def pin(self, entry: dict, index: int) -> Pin | None:
        """Decisions pinned by hand: ``pin = { disposition = "retain", reason = "..." }``."""
        value = entry.get("pin")
        if value is None:
            return None
        table = "systems"
        if not isinstance(value, dict):
            self.mistake(table, index, "pin", "expected a table such as { wave = 2, reason = ... }")
            return None
        for key in sorted(set(value) - set(PIN_KEYS)):
            self.mistake(table, index, "pin", f"unknown key {key!r}", PIN_KEYS)
        reason = value.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            self.mistake(table, index, "pin", "needs a reason: a non-empty text saying why")
            reason = None
        disposition = value.get("disposition")
        if disposition is not None and disposition not in DISPOSITIONS:
            self.mistake(
                table, index, "pin", f"disposition {disposition!r} is not valid", DISPOSITIONS
            )
            disposition = None
        wave = value.get("wave")
        if wave is not None and (isinstance(wave, bool) or not isinstance(wave, int) or wave < 1):
            self.mistake(table, index, "pin", f"wave must be a whole number from 1, got {wave!r}")
            wave = None
        days = value.get("effort_days")
        if days is not None and (
            isinstance(days, bool) or not isinstance(days, int | float) or not days > 0
        ):
            self.mistake(table, index, "pin", f"effort_days must be above 0, got {days!r}")
            days = None
        if disposition is None and wave is None and days is None:
            if reason:
                self.mistake(
                    table, index, "pin", "pins nothing: give disposition, wave or effort_days"
                )
            return None
        if reason is None:
            return None
        return Pin(
            reason=reason.strip(),
            disposition=disposition,
            wave=wave,
            effort_days=float(days) if days is not None else None,
        )

    def unique_ids(self, items: list[tuple[int, Any]], table: str) -> tuple[str, ...]:
        seen: set[str] = set()
        for index, item in items:
            if item.id in seen:
                self.mistake(table, index, "id", f"{item.id!r} is declared twice")
            seen.add(item.id)
        return tuple(sorted(seen))

    def unique_aliases(self, systems: list[tuple[int, System]]) -> None:
        owners: dict[str, str] = {}
        for index, system in systems:
            for name in (system.id, system.name, *system.aliases):
                key = alias_key(name)
                if key is None:
                    continue
                owner = owners.setdefault(key, system.id)
                if owner != system.id:
                    self.mistake(
                        "systems",
                        index,
                        "aliases",
                        f"{name!r} also names system {owner!r}; an alias must name one system",
                    )

    def database(self, index: int, entry: dict, system_ids: tuple[str, ...]) -> DataStore | None:
        table = "databases"
        self.known_keys(entry, table, index, DATABASE_KEYS)
        store_id = self.required_id(entry, table, index)
        system_id = self.reference(entry, table, index, "system", system_ids)
        url = self.text(entry, table, index, "url")
        if url is None and "url" not in entry:
            self.mistake(table, index, "url", "missing; give a URL or ${VARIABLE}")
        if url is not None and _literal_password(url):
            self.mistake(
                table,
                index,
                "url",
                f"{mask_url(url)} holds a password in the file; keep it in an environment "
                'variable: url = "${LIS_DB_URL}", or write the password as ${DB_PASSWORD} '
                "in the URL",
            )
        if not store_id or url is None:
            return None
        # Shown with what the environment sets; a variable not set is left as written.
        shown = _resolve_sqlite(
            expand(url, unset=lambda name: "${" + name + "}"), Path(self.path).parent
        )
        return DataStore(
            id=store_id,
            url=mask_url(shown),
            dialect=_dialect(shown),
            system_id=system_id,
            declared=True,
            sources=(self.path,),
        )

    def interface(self, index: int, entry: dict, system_ids: tuple[str, ...]) -> Flow | None:
        table = "interfaces"
        self.known_keys(entry, table, index, INTERFACE_KEYS)
        ends = []
        for key in ("from", "to"):
            if key not in entry:
                self.mistake(table, index, key, "missing; name a declared system id", system_ids)
            ends.append(self.reference(entry, table, index, key, system_ids))
        transport = self.choice(entry, table, index, "transport", TRANSPORTS) or "unknown"
        channel = self.text(entry, table, index, "channel")
        enabled = self.flag(entry, table, index, "enabled")
        flow = Flow(
            id="",
            source=ends[0] or "",
            target=ends[1] or "",
            transport=Transport(transport),
            message_types=dict.fromkeys(self.texts(entry, table, index, "message_types"), 0),
            phi_classes=tuple(
                PhiClass(p) for p in self.choices(entry, table, index, "phi", PHI_CLASSES)
            ),
            tls=self.flag(entry, table, index, "tls"),
            channel=channel,
            endpoint=_masked(self.text(entry, table, index, "endpoint")),
            enabled=True if enabled is None else enabled,
            declared=True,
            sources=(self.path,),
            cadence=self.choice(entry, table, index, "cadence", CADENCES),
        )
        if not (flow.source and flow.target):
            return None
        return replace(flow, id=flow_id(flow.source, flow.target, transport, channel))

    def ai_platform(self, value: Any, system_ids: tuple[str, ...]) -> str | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            self.mistake("ai_platform", None, None, "expected an [ai_platform] table")
            return None
        self.known_keys(value, "ai_platform", None, ("system",))
        return self.reference(value, "ai_platform", None, "system", system_ids)

    def use_case(self, index: int, entry: dict) -> UseCase | None:
        table = "use_cases"
        self.known_keys(entry, table, index, USE_CASE_KEYS)
        use_case_id = self.required_id(entry, table, index)
        priority = entry.get("priority")
        if priority is not None and (isinstance(priority, bool) or not isinstance(priority, int)):
            self.mistake(table, index, "priority", f"expected a whole number, got {priority!r}")
            priority = None
        name = self.text(entry, table, index, "name")
        if use_case_id and name is None and use_case_id not in CATALOG_USE_CASES:
            self.mistake(
                table,
                index,
                "id",
                f"{use_case_id!r} is not a catalog use case (define it inline with a name)",
                CATALOG_USE_CASES,
            )
            return None
        if not use_case_id:
            return None
        return UseCase(
            id=use_case_id,
            name=name or "",
            description=self.text(entry, table, index, "description") or "",
            message_types=self.texts(entry, table, index, "message_types"),
            segments=self.texts(entry, table, index, "segments"),
            fields=self.texts(entry, table, index, "fields"),
            source_kinds=self.choices(entry, table, index, "source_kinds", SYSTEM_KINDS),
            phi_classes=tuple(
                PhiClass(p) for p in self.choices(entry, table, index, "phi", PHI_CLASSES)
            ),
            freshness=self.choice(entry, table, index, "freshness", FRESHNESS) or "daily",
            coding=self.texts(entry, table, index, "coding"),
            priority=priority,
        )


def _masked(endpoint: str | None) -> str | None:
    """An interface's endpoint as it may be kept and shown: never with a password, even when
    one was written in the file (it is only shown, never used to connect)."""
    return mask_url(endpoint) if endpoint else endpoint


def _literal_password(url: str) -> bool:
    """Whether a URL written in the file holds a password itself, not through ``${VAR}``."""
    # A variable stands where masking would put its stars, so only a literal secret changes.
    written = expand(url, {}, unset=lambda name: "***")
    return mask_url(written) != written


def _dialect(url: str) -> str:
    scheme = url.split("://", 1)[0] if "://" in url else ""
    dialect = scheme.split("+", 1)[0].lower()
    return dialect if dialect and not dialect.startswith("$") else "unknown"

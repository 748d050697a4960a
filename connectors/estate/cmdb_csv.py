"""A CMDB / application-portfolio CSV export (ServiceNow and alike) read as declared systems.

Columns are found by name: each field of a System has a list of usual column headers
(``Owned by``, ``Business criticality``, ``Manufacturer``...), compared case and punctuation
insensitively; ``column_map`` overrides any of them. A bad cell is counted as a scan error with
its row and column and the rest of the row is still imported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from assessor.connectors.estate.csv_rows import decode, read_rows, sniff_dialect
from assessor.connectors.estate.vocabulary import CRITICALITY, HOSTING, SYSTEM_KINDS
from assessor.connectors.interface import Connector, Progress, SourceKind, no_progress
from assessor.errors import SourceError, UsageError
from assessor.model import Inventory, ScanError, ScanMetadata, ScannedSource, System
from assessor.naming import alias_key, slugify

DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "application", "application name", "app name", "display name", "ci name"),
    "id": ("id", "application id", "app id", "short name", "u_short_name"),
    "aliases": (
        "aliases",
        "alias",
        "aka",
        "also known as",
        "other names",
        "u_aliases",
        "host",
        "hostname",
        "host name",
        "fqdn",
        "dns name",
        "ip address",
    ),
    "kind": (
        "kind",
        "type",
        "application type",
        "category",
        "application category",
        "system type",
        "u_category",
    ),
    "vendor": ("vendor", "manufacturer", "supplier", "publisher", "company"),
    "product": ("product", "product name", "model", "model id", "software"),
    "version": ("version", "product version", "software version", "release"),
    "hosting": (
        "hosting",
        "hosting type",
        "hosting model",
        "deployment",
        "deployment model",
        "install type",
        "u_hosting",
    ),
    "owner": (
        "owner",
        "owned by",
        "application owner",
        "business owner",
        "it owner",
        "managed by",
        "support group",
        "assignment group",
    ),
    "support_end": (
        "support end",
        "support end date",
        "end of support",
        "end of support date",
        "vendor support end",
        "end of life",
        "eol",
        "eol date",
        "u_end_of_support",
    ),
    "criticality": (
        "criticality",
        "business criticality",
        "busines criticality",  # ServiceNow's own column name has this spelling
        "u_criticality",
        "tier",
        "service tier",
    ),
}
FIELDS = tuple(DEFAULT_COLUMNS)

_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("interface engine", "interface-engine"),
    ("integration engine", "interface-engine"),
    ("integration", "interface-engine"),
    ("mirth", "interface-engine"),
    ("electronic health record", "ehr"),
    ("electronic patient record", "ehr"),
    ("electronic medical record", "ehr"),
    ("ehr", "ehr"),
    ("epr", "ehr"),
    ("emr", "ehr"),
    ("patient administration", "pas"),
    ("adt", "pas"),
    ("pas", "pas"),
    ("laboratory", "lis"),
    ("pathology", "lis"),
    ("lims", "lis"),
    ("lis", "lis"),
    ("picture archiving", "pacs"),
    ("pacs", "pacs"),
    ("radiology", "ris"),
    ("ris", "ris"),
    ("pharmacy", "pharmacy"),
    ("medication", "pharmacy"),
    ("billing", "billing"),
    ("finance", "billing"),
    ("scheduling", "scheduling"),
    ("appointment", "scheduling"),
    ("document", "document"),
    ("registry", "registry"),
    ("register", "registry"),
    ("warehouse", "warehouse"),
    ("analytics", "warehouse"),
    ("machine learning", "ai-platform"),
    ("ai platform", "ai-platform"),
)
_HOSTING_WORDS: tuple[tuple[str, str], ...] = (
    ("private cloud", "private-cloud"),
    ("public cloud", "public-cloud"),
    ("on premises", "on-premises"),
    ("on premise", "on-premises"),
    ("on prem", "on-premises"),
    ("onprem", "on-premises"),
    ("data centre", "on-premises"),
    ("data center", "on-premises"),
    ("datacenter", "on-premises"),
    ("in house", "on-premises"),
    ("saas", "saas"),
    ("software as a service", "saas"),
    ("vendor hosted", "saas"),
    ("aws", "public-cloud"),
    ("azure", "public-cloud"),
    ("gcp", "public-cloud"),
    ("google cloud", "public-cloud"),
    ("iaas", "public-cloud"),
    ("paas", "public-cloud"),
    ("unknown", "unknown"),
)
_CRITICALITY_WORDS: dict[str, str] = {
    "1": "critical",
    "2": "high",
    "3": "medium",
    "4": "low",
    "tier 1": "critical",
    "tier 2": "high",
    "tier 3": "medium",
    "tier 4": "low",
    "most critical": "critical",
    "somewhat critical": "high",
    "less critical": "medium",
    "not critical": "low",
    **{word: word for word in CRITICALITY},
}
_LIST_SEPARATOR = re.compile(r"[;,|\n]")
_DATE_PREFIX = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?$")


class EstateCsvConnector(Connector):
    """Reads a CMDB / application-portfolio CSV export into declared systems."""

    kind: ClassVar[SourceKind] = SourceKind.ESTATE_CSV

    def __init__(self, column_map: dict[str, str] | None = None) -> None:
        """``column_map`` maps a field (``name``, ``owner``...) to the export's column header."""
        unknown = sorted(set(column_map or {}) - set(FIELDS))
        if unknown:
            raise UsageError(
                f"unknown estate CSV field(s) {', '.join(unknown)}; "
                f"valid fields: {', '.join(FIELDS)}"
            )
        self.column_map = dict(column_map or {})

    def scan(self, target: str, progress: Progress = no_progress) -> Inventory:
        """The systems of the CSV export at ``target``; bad cells are counted, never fatal."""
        try:
            raw = Path(target).read_bytes()
        except OSError as error:
            raise SourceError(f"{target}: cannot read ({error.strerror})") from error
        text = decode(raw)
        lines = list(io.StringIO(text, newline=""))
        dialect = sniff_dialect(text)
        try:
            headers = next(csv.reader(iter(lines), dialect=dialect, strict=True), [])
        except csv.Error as error:
            raise SourceError(
                f"{target}: the header line cannot be read as CSV ({error})",
                kind="not-estate-csv",
            ) from None
        columns = self._columns(target, headers)
        systems: dict[str, System] = {}
        errors: list[ScanError] = []
        for line, row in read_rows(lines, headers, dialect, target, errors):
            location = f"row {line}"
            system = _system(row, columns, target, location, errors)
            if system is None:
                continue
            if system.id in systems:
                errors.append(
                    ScanError(
                        target,
                        "duplicate-system",
                        f"{system.name!r} has the id {system.id!r} of an earlier row; "
                        "kept the earlier row",
                        location,
                    )
                )
                continue
            systems[system.id] = system
        progress(len(raw))
        status = "partial" if errors else "ok"
        source = ScannedSource(
            target, self.kind.value, bytes=len(raw), errors=len(errors), status=status
        )
        return Inventory(
            systems=tuple(systems.values()),
            scan=ScanMetadata(sources=(source,), errors=tuple(errors)),
        ).sorted()

    def _columns(self, target: str, headers: list[str]) -> dict[str, str]:
        by_key = {alias_key(h): h for h in reversed(headers)}
        columns: dict[str, str] = {}
        for name, header in self.column_map.items():
            if header not in headers and alias_key(header) not in by_key:
                raise UsageError(
                    f"{target}: column {header!r} (mapped to {name}) is not in the export; "
                    f"its columns are: {', '.join(headers)}"
                )
            columns[name] = header if header in headers else by_key[alias_key(header)]
        used = set(columns.values())
        for name, candidates in DEFAULT_COLUMNS.items():
            if name in columns:
                continue
            found = [by_key[k] for c in candidates if (k := alias_key(c)) in by_key]
            found = [h for h in found if h not in used]
            if found:
                columns[name] = found[0]
                used.add(found[0])
        if "name" not in columns:
            raise SourceError(
                f"{target}: no application name column; expected one of "
                f"{', '.join(DEFAULT_COLUMNS['name'])} (or map one with name=COLUMN); "
                f"its columns are: {', '.join(headers) or '(none)'}",
                kind="not-estate-csv",
            )
        return columns


def _system(
    row: dict[str, str | None],
    columns: dict[str, str],
    target: str,
    location: str,
    errors: list[ScanError],
) -> System | None:
    def cell(name: str) -> str:
        value = row.get(columns[name]) if name in columns else None
        return (value or "").strip()

    def bad(name: str, value: str, valid: str) -> None:
        errors.append(
            ScanError(
                target,
                "bad-value",
                f"column {columns[name]!r}: {value!r} is not a valid {name}; valid values: {valid}",
                location,
            )
        )

    name = cell("name")
    if not name:
        if any((v or "").strip() for v in row.values() if isinstance(v, str)):
            errors.append(
                ScanError(target, "missing-name", f"column {columns['name']!r} is empty", location)
            )
        return None
    system = System(
        id=slugify(cell("id") or name),
        name=name,
        aliases=tuple(a.strip() for a in _LIST_SEPARATOR.split(cell("aliases")) if a.strip()),
        kind=_word(cell("kind"), _KIND_WORDS, SYSTEM_KINDS, None) or "other",
        vendor=cell("vendor") or None,
        product=cell("product") or None,
        version=cell("version") or None,
        hosting=_word(cell("hosting"), _HOSTING_WORDS, HOSTING, "unknown"),
        owner=cell("owner") or None,
        declared=True,
        sources=(target,),
    )
    if value := cell("support_end"):
        support_end = _date(value)
        if support_end is None:
            bad("support_end", value, "a date such as 2025-12-31")
        system = replace(system, support_end=support_end)
    if value := cell("criticality"):
        criticality = _criticality(value)
        if criticality is None:
            bad("criticality", value, ", ".join([*CRITICALITY, "1 - most critical ... 4"]))
        system = replace(system, criticality=criticality)
    return system


def _word(
    value: str, words: tuple[tuple[str, str], ...], exact: tuple[str, ...], default: str | None
) -> str | None:
    if not value:
        return None
    if value.lower() in exact:
        return value.lower()
    spaced = f" {slugify(value).replace('-', ' ')} "
    for word, meaning in words:
        if f" {word} " in spaced:
            return meaning
    return default


def _criticality(value: str) -> str | None:
    spaced = slugify(value).replace("-", " ")
    if spaced in _CRITICALITY_WORDS:
        return _CRITICALITY_WORDS[spaced]
    first = spaced.split(" ", 1)[0]
    if first in ("1", "2", "3", "4"):
        return _CRITICALITY_WORDS[first]
    for words, meaning in _CRITICALITY_WORDS.items():
        if not words[0].isdigit() and spaced.endswith(words):
            return meaning
    return None


def _date(value: str) -> str | None:
    match = _DATE_PREFIX.match(value)
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None

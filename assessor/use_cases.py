"""The AI use-case catalog shipped with assessor, and the use cases an estate wants.

The catalog lives in ``assessor/data/use_cases.toml``: each use case is the data domains it needs
(:class:`~assessor.model.DataDomain`), each with the evidence that supplies it and what that
evidence must meet. An estate's ``[[use_cases]]`` entry holding only an id (and a priority) refers
to the catalog; an entry that describes its data needs is a full definition and overrides the
catalog entry of the same id (or adds a new use case). A definition written the flat way
(message types, fields, source kinds, coding, no domains) is one domain, ``data``: see
:func:`domains_of`.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from assessor.coding import CODED_FIELDS, CODING_MINIMUM
from assessor.errors import UsageError
from assessor.model import DataDomain, FieldRequirement, Inventory, PhiClass, UseCase

__all__ = ["catalog", "domains_of", "is_reference", "resolve_use_cases"]

_TUPLE_FIELDS = ("message_types", "segments", "fields", "source_kinds", "coding")
_DOMAIN_TUPLES = ("source_kinds", "message_types", "fhir_resources", "transports")


def _domain(entry: dict[str, Any]) -> DataDomain:
    """One ``[[use_cases.domains]]`` table."""
    values: dict[str, Any] = {key: tuple(entry[key]) for key in _DOMAIN_TUPLES if key in entry}
    values["fields"] = tuple(
        FieldRequirement(f["event"], tuple(f["fields"])) for f in entry.get("fields", ())
    )
    for key in ("coding", "coded_field", "freshness", "direction"):
        if key in entry:
            values[key] = entry[key]
    if "coding_minimum" in entry:
        values["coding_minimum"] = float(entry["coding_minimum"])
    return DataDomain(name=entry["name"], **values)


def _flattened(domains: tuple[DataDomain, ...]) -> dict[str, tuple[str, ...]]:
    """The use case's flat summary of its domains' needs (what rules and reports list)."""
    inbound = [d for d in domains if d.direction == "to-ai"]
    fields = sorted({f for d in inbound for r in d.fields for f in r.fields})
    return {
        "message_types": tuple(sorted({t for d in inbound for t in d.message_types})),
        "source_kinds": tuple(sorted({k for d in inbound for k in d.source_kinds})),
        "fields": tuple(fields),
        "segments": tuple(sorted({f.split("-", 1)[0] for f in fields})),
        "coding": tuple(sorted({d.coding for d in inbound if d.coding})),
    }


@cache
def catalog() -> tuple[UseCase, ...]:
    """Every use case of the shipped catalog, sorted by id."""
    text = resources.files("assessor").joinpath("data/use_cases.toml").read_text("utf-8")
    use_cases = []
    for entry in tomllib.loads(text)["use_cases"]:
        domains = tuple(sorted((_domain(d) for d in entry["domains"]), key=lambda d: d.name))
        use_cases.append(
            UseCase(
                id=entry["id"],
                name=entry["name"],
                description=entry.get("description", ""),
                freshness=entry.get("freshness", "daily"),
                phi_classes=tuple(PhiClass(p) for p in entry.get("phi_classes", ())),
                references=tuple(entry.get("references", ())),
                domains=domains,
                **_flattened(domains),
            )
        )
    return tuple(sorted(use_cases, key=lambda u: u.id))


def domains_of(use_case: UseCase) -> tuple[DataDomain, ...]:
    """The data domains of a use case; one domain, ``data``, for a flat definition.

    A flat definition's fields are expected in each of its message types (only where the
    message holds their segment: a field of an absent segment is not observed, see DATA-F01);
    each code system it names is one more domain, ``coding:<system>``, from the same sources,
    asking :data:`~assessor.coding.CODING_MINIMUM` of the system's usual field to use it.
    """
    if use_case.domains:
        return use_case.domains
    if not (use_case.message_types or use_case.source_kinds):
        return ()
    data = DataDomain(
        name="data",
        source_kinds=use_case.source_kinds,
        message_types=use_case.message_types,
        fields=tuple(FieldRequirement(t, use_case.fields) for t in use_case.message_types)
        if use_case.fields
        else (),
    )
    coded = tuple(
        replace(
            data,
            name=f"coding:{system}",
            fields=(),
            coding=system,
            coded_field=CODED_FIELDS[system],
            coding_minimum=CODING_MINIMUM,
        )
        for system in sorted(set(use_case.coding))
        if system in CODED_FIELDS
    )
    return (data, *coded)


def is_reference(use_case: UseCase) -> bool:
    """True when the entry names a catalog use case without describing its data needs."""
    return not (
        use_case.description
        or use_case.phi_classes
        or use_case.domains
        or any(getattr(use_case, key) for key in _TUPLE_FIELDS)
    )


def resolve_use_cases(inventory: Inventory) -> tuple[UseCase, ...]:
    """The use cases the estate wants, in full, sorted by id; the whole catalog when it names none.

    Raises UsageError for a reference to an id the catalog does not hold.
    """
    known = {u.id: u for u in catalog()}
    if not inventory.use_cases:
        return catalog()
    resolved = {}
    for wanted in inventory.use_cases:
        if is_reference(wanted):
            if wanted.id not in known:
                raise UsageError(
                    f"use case {wanted.id!r} is not in the catalog and has no definition; "
                    f"use one of {', '.join(sorted(known))} or describe its data needs"
                )
            resolved[wanted.id] = replace(known[wanted.id], priority=wanted.priority)
        else:
            base = known.get(wanted.id)
            name = wanted.name if wanted.name and wanted.name != wanted.id else None
            resolved[wanted.id] = replace(wanted, name=name or (base.name if base else wanted.id))
    return tuple(resolved[key] for key in sorted(resolved))

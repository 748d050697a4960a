"""The AI use-case catalog shipped with assessor, and the use cases an estate wants.

The catalog lives in ``assessor/data/use_cases.toml``. An estate's ``[[use_cases]]`` entry holding
only an id (and a priority) refers to the catalog; an entry that describes its data needs is a
full definition and overrides the catalog entry of the same id (or adds a new use case).
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import cache
from importlib import resources

from assessor.errors import UsageError
from assessor.model import Inventory, PhiClass, UseCase

__all__ = ["catalog", "is_reference", "resolve_use_cases"]

_TUPLE_FIELDS = ("message_types", "segments", "fields", "source_kinds", "coding")


@cache
def catalog() -> tuple[UseCase, ...]:
    """Every use case of the shipped catalog, sorted by id."""
    text = resources.files("assessor").joinpath("data/use_cases.toml").read_text("utf-8")
    entries = tomllib.loads(text)["use_cases"]
    use_cases = []
    for entry in entries:
        values = {key: tuple(entry[key]) for key in _TUPLE_FIELDS if key in entry}
        values["phi_classes"] = tuple(PhiClass(p) for p in entry.get("phi_classes", ()))
        use_cases.append(
            UseCase(
                id=entry["id"],
                name=entry["name"],
                description=entry.get("description", ""),
                freshness=entry.get("freshness", "daily"),
                **values,
            )
        )
    return tuple(sorted(use_cases, key=lambda u: u.id))


def is_reference(use_case: UseCase) -> bool:
    """True when the entry names a catalog use case without describing its data needs."""
    return not (
        use_case.description
        or use_case.phi_classes
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

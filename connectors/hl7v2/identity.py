"""Who sends and who receives: systems named from MSH-3..MSH-6 as HL7 defines them.

MSH-3/MSH-5 (application) and MSH-4/MSH-6 (facility) are HDs: namespace id ^ universal id ^
universal id type. A system is named by the application's namespace id, else its universal id
(an OID), else by the facility; the other parts become aliases. When one application name is
seen at two or more facilities in a file (a US and a UK ``EPIC``), each facility's is a system of
its own, named ``EPIC (facility)``; :func:`assessor.merge.merge_inventories` does the same
across files from :attr:`System.facilities`. An end whose header names nothing is an unknown
of its own source file ("unknown sender (feed.hl7)"): unknowns of different files never merge.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

from assessor.naming import alias_key, slugify

__all__ = ["End", "Naming", "hd_parts"]


def hd_parts(text: str) -> tuple[str, str, str]:
    """(namespace id, universal id, universal id type) of an HD written ``a^b^c``."""
    parts = [p.strip() for p in text.split("^")[:3]]
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def _hd_name(text: str) -> str:
    namespace, universal, _ = hd_parts(text)
    return namespace or universal


@dataclass(frozen=True)
class End:
    """One end of a feed as its header names it: role, application HD, facility HD."""

    role: str  # "sender" | "receiver"
    application: str
    facility: str


@dataclass
class _Named:
    name: str
    aliases: set[str] = field(default_factory=set)
    facilities: set[str] = field(default_factory=set)


class Naming:
    """The systems of one source's feeds: :meth:`system_of` gives an end's system id."""

    def __init__(self, ends: Iterable[End], source: str) -> None:
        self.source = source
        self.systems: dict[str, _Named] = {}
        # an application name seen at two or more facilities is qualified by its facility
        seen_at: dict[str, set[str]] = defaultdict(set)
        for end in ends:
            name = _hd_name(end.application)
            facility = _hd_name(end.facility)
            if name and facility:  # facilities compared as aliases are: GenHosp is GENHOSP
                seen_at[alias_key(name) or name].add(alias_key(facility) or facility)
        self._split = {key for key, facilities in seen_at.items() if len(facilities) > 1}

    def system_of(self, end: End) -> str:
        """The id of the system at ``end``, recording its name, aliases and facility."""
        application, facility = _hd_name(end.application), _hd_name(end.facility)
        if application:
            name = application
            if (alias_key(application) or application) in self._split and facility:
                name = f"{application} ({facility})"
        elif facility:
            name = facility
        else:
            return self._unknown(end.role)
        sid = slugify(name)
        named = self.systems.setdefault(sid, _Named(name))
        for text in (end.application, *hd_parts(end.application)[:2], application):
            if text:
                named.aliases.add(text)
        if facility:
            named.facilities.add(facility)
        return sid

    def _unknown(self, role: str) -> str:
        """One unknown per source file and role, named after the file."""
        base = PurePath(self.source).name or self.source
        digest = hashlib.sha256(self.source.encode("utf-8", "replace")).hexdigest()[:6]
        sid = f"{slugify(f'unknown {role} {base}')}-{digest}"
        self.systems.setdefault(sid, _Named(f"unknown {role} ({base})"))
        return sid

"""What hl7apy knows about each HL7 version: field names, data types, required fields, structures.

Only hl7apy's reference tables are read here (plain tuples, cached per version); no hl7apy
object is built per message. hl7apy covers versions 2.1 to 2.8.2; an MSH-12 such as ``2.3.0``,
``2.3.z``, ``2.5.1.1`` or an empty one is mapped to the nearest version it covers, and the
oddity is reported so that it can be counted as a conformance problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from hl7apy import load_library

__all__ = [
    "CODED_TYPES",
    "SUPPORTED_VERSIONS",
    "SegmentReference",
    "field_label",
    "message_structure",
    "reference_version",
    "segment_reference",
    "structure_segments",
]

SUPPORTED_VERSIONS = (
    "2.1", "2.2", "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.8", "2.8.1", "2.8.2",
)  # fmt: skip
DEFAULT_VERSION = "2.5"
CODED_TYPES = frozenset({"CE", "CWE", "CNE", "CF", "CD"})
_VERSION = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?")
_ORDER = {v: tuple(int(x) for x in v.split(".")) for v in SUPPORTED_VERSIONS}


@cache
def reference_version(declared: str) -> tuple[str, str | None]:
    """``(supported version, oddity)`` for MSH-12.1 as sent; oddity None when it was exact.

    >>> reference_version("2.3.0")
    ('2.3', 'version-nonstandard')
    >>> reference_version("")
    ('2.5', 'version-missing')
    """
    text = declared.strip()
    if text in _ORDER:
        return text, None
    if not text:
        return DEFAULT_VERSION, "version-missing"
    match = _VERSION.search(text)
    if not match:
        return DEFAULT_VERSION, "version-unreadable"
    wanted = tuple(int(x) for x in match.groups() if x is not None)
    candidates = [v for v in SUPPORTED_VERSIONS if _ORDER[v] <= wanted] or [SUPPORTED_VERSIONS[0]]
    best = max(candidates, key=lambda v: _ORDER[v])
    if wanted[:2] > _ORDER[SUPPORTED_VERSIONS[-1]][:2]:
        return SUPPORTED_VERSIONS[-1], "version-unsupported"
    return best, "version-nonstandard" if wanted[0] == 2 else "version-unsupported"


@dataclass(frozen=True)
class SegmentReference:
    """One segment of one version: its fields' names, data types and which are required."""

    known: bool
    names: tuple[str, ...] = ()  # index 0 is field 1
    datatypes: tuple[str, ...] = ()
    required: frozenset[int] = frozenset()  # 1-based field numbers
    repeating: frozenset[int] = frozenset()

    @property
    def coded(self) -> frozenset[int]:
        """1-based numbers of the fields whose data type is CE, CWE, CNE, CF or CD."""
        return frozenset(i + 1 for i, t in enumerate(self.datatypes) if t in CODED_TYPES)


@cache
def _library(version: str) -> Any:
    return load_library(version)


@cache
def segment_reference(segment: str, version: str) -> SegmentReference:
    """The reference of ``segment`` in ``version``; ``known=False`` when hl7apy has none."""
    lib = _library(version)
    entry = lib.SEGMENTS.get(segment)
    if entry is None:
        return SegmentReference(known=False)
    if not _well_formed(entry):  # QRD in 2.7 (withdrawn: no fields), ORO in 2.1 (nested)
        return SegmentReference(known=False)
    names, types, required, repeating = [], [], set(), set()
    for number, child in enumerate(entry[1], start=1):
        _name, ref, (low, high), _kind = child
        names.append(_title(ref[3] or ""))
        types.append(ref[2] or "")
        if low >= 1:
            required.add(number)
        if high == -1 or high > 1:
            repeating.add(number)
    return SegmentReference(
        True, tuple(names), tuple(types), frozenset(required), frozenset(repeating)
    )


def _well_formed(entry: Any) -> bool:
    """Whether hl7apy's entry for a segment is ``("sequence", fields)`` with each field
    ``(name, [kind, _, datatype, long name, ...], (min, max), kind)``, as nearly all are."""
    try:
        return entry[0] == "sequence" and all(
            len(child) == 4 and len(child[1]) >= 4 and len(child[2]) == 2 for child in entry[1]
        )
    except (IndexError, TypeError):
        return False


def _title(long_name: str) -> str:
    return " ".join(w.capitalize() for w in long_name.split("_") if w)


def field_label(path: str, version: str) -> str:
    """A human label from hl7apy's reference: ``"PID-5 Patient Name, XPN, required"``.

    >>> field_label("PID-5", "2.5")
    'PID-5 Patient Name, XPN, required'
    """
    segment, _, rest = path.partition("-")
    number = int(rest.split(".", 1)[0]) if rest.split(".", 1)[0].isdigit() else 0
    ref = segment_reference(segment, reference_version(version)[0])
    if not ref.known or not 0 < number <= len(ref.names):
        return f"{path} (not in v{version})" if not segment.startswith("Z") else f"{path} (Z)"
    need = "required" if number in ref.required else "optional"
    return f"{path} {ref.names[number - 1]}, {ref.datatypes[number - 1]}, {need}"


@cache
def message_structure(message_type: str, trigger: str, structure: str, version: str) -> str | None:
    """The abstract message structure hl7apy knows for MSH-9, or None (``ADT^A04`` -> ADT_A01)."""
    messages = _library(version).MESSAGES
    for name in (structure, f"{message_type}_{trigger}", message_type):
        if name and name in messages:
            return name
    return None


@cache
def structure_segments(structure: str, version: str) -> frozenset[str]:
    """Every segment id the structure allows anywhere, groups flattened."""
    entry = _library(version).MESSAGES.get(structure)
    found: set[str] = set()

    def walk(children: Any) -> None:
        for child in children:
            name, ref, _card, kind = child
            if kind == "SEG":
                found.add(name)
            elif isinstance(ref, tuple | list) and len(ref) > 1:
                walk(ref[1])

    if entry is not None:
        walk(entry[1])
    return frozenset(found)


@cache
def known_segments(version: str) -> frozenset[str]:
    """Every segment id the version defines."""
    return frozenset(_library(version).SEGMENTS)

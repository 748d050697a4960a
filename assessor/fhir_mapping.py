"""Can this HL7 v2 feed become FHIR? Measured against the HL7 v2-to-FHIR IG's mapping tables.

The IG publishes, per segment, which v2 fields map to which FHIR R4 elements, and per message
structure, which segment maps (so which resources) a message yields. ``data/v2_to_fhir_*.csv``
keep those facts (built by ``tools/build_v2_to_fhir.py``). A feed's mappability is computed from
its FeedProfile alone: which fields were populated and how often, which segments and structures
were seen, which coding systems its coded fields carried. No value is read.

>>> from assessor.feed_profile import FeedProfile
>>> p = FeedProfile(messages=2, segments={"PID": 2}, field_fill={"PID-5": 2, "PID-8": 2},
...                 message_types={"ADT^A01^ADT_A01": 2})
>>> m = mappability("f", p)
>>> m.grade, m.mapped_share, m.resources
('A', 1.0, ('Account', 'Patient', 'Provenance'))
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assessor.coding import STANDARD_CODES
from assessor.feed_profile import FeedProfile
from assessor.fhir_sample import FhirSample, build_sample
from assessor.model import FeedMappability, Inventory

__all__ = [
    "GRADES",
    "GRADE_WORDS",
    "FieldDefinition",
    "IgMaps",
    "carries_data",
    "feed_mappability",
    "feed_sample",
    "field_definitions",
    "is_standard_coding",
    "load_ig_maps",
    "mappability",
    "samples_valid",
    "structures_of",
]

GRADES = {
    "A": "maps directly: nearly every populated field has an IG target",
    "B": "maps with some work: a few populated fields, or the structure, need local decisions",
    "C": "needs mapping work: a quarter to half of what is populated has no IG target",
    "D": "major gaps: most of what the feed carries has no IG target",
    "unknown": "no field of the feed was profiled",
}
"""What each FHIR-readiness grade means; thresholds are in :func:`grade`."""

GRADE_WORDS = {
    "A": "direct",
    "B": "some work",
    "C": "mapping work",
    "D": "major gaps",
    "unknown": "unknown",
}
"""A grade's short label, so a badge is never a letter alone."""

_FIELD = re.compile(r"^([A-Z][A-Z0-9]{2})-(\d+)$")
_STEERING = frozenset({"OBX-2"})  # the value type: it picks Observation.value[x], not a value
_SAME_STRUCTURE = {
    # HL7 v2.5.1 table 0354: events that share one abstract message structure, for the
    # structures the IG maps (ADT^A04 is sent in the ADT_A01 structure, and so on).
    "ADT_A01": ("ADT_A04", "ADT_A08", "ADT_A13"),
    "ADT_A05": ("ADT_A14", "ADT_A28", "ADT_A31"),
    "ADT_A06": ("ADT_A07",),
    "ADT_A09": ("ADT_A10", "ADT_A12"),
    "MDM_T02": ("MDM_T04", "MDM_T06", "MDM_T08", "MDM_T10"),
    "SIU_S12": tuple(f"SIU_S{n}" for n in range(13, 27)),
}
_STRUCTURE_ALIAS = {alias: name for name, aliases in _SAME_STRUCTURE.items() for alias in aliases}
_STANDARD_CODINGS = frozenset().union(*STANDARD_CODES.values()) | {
    # Further HL7 table 0396 names of code systems with a FHIR canonical URI
    # (terminology.hl7.org), beyond the standards use cases ask for by name (assessor.coding)
    *("LN", "LOINC", "SCT", "SNM", "SNM3", "SNOMED", "SNOMEDCT", "UCUM", "NCIT", "NUCC"),
    *("I10", "I10C", "I10P", "I9", "I9C", "I9CDX", "I9CP", "ICD10", "ICD10CM", "ICD10PCS"),
    *("RXNORM", "RXN", "NDC", "CVX", "MVX", "C4", "C5", "CPT", "CPT4", "HCPCS", "HCPT"),
    *("DCM", "NPI", "ISO3166", "ISO639", "ISO+", "FIPS5_2", "FIPS6_4", "CDCREC", "HSLOC"),
    *("ATC", "MEDRDT", "NIC", "NANDA", "CAS", "UPC", "UML", "UMLS", "CDT", "ICF", "ICPC"),
}
_HL7_OR_PUBLIC_TABLE = re.compile(r"^(HL7|HL7V|PHVS_|NIP|CDC)\d*", re.IGNORECASE)


def is_standard_coding(system: str) -> bool:
    """Whether a coding-system name is a published one (with a FHIR URI), not a site's local.

    HL7 table 0396 names local systems ``99zzz`` (and ``L``); anything not recognised as a
    published system is treated as local too, since a FHIR server would need a ConceptMap for it.
    """
    name = system.strip().upper()
    return name in _STANDARD_CODINGS or bool(_HL7_OR_PUBLIC_TABLE.match(name))


@dataclass(frozen=True)
class IgMaps:
    """The IG's tables: fields with a target, resources per segment map and per structure.

    ``protocol_fields`` are the fields that steer the message rather than carry data: set ids
    (datatype SI), MSH fields the IG gives no target (version, acknowledgment types, charset),
    and OBX-2. They are left out of the mapped share either way.
    """

    mapped_fields: frozenset[str]
    protocol_fields: frozenset[str]
    segment_resources: dict[str, tuple[str, ...]]
    structure_resources: dict[str, dict[str, tuple[str, ...]]]


def _resource_of(segment_map: str) -> str:
    """``PID[Patient]`` -> Patient; ``OBX[Observation-Component]`` -> Observation."""
    return segment_map.split("[", 1)[1].rstrip("]").split("-", 1)[0]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("assessor").joinpath(f"data/{name}").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def load_ig_maps() -> IgMaps:
    """Read the two shipped tables once."""
    rows = _rows("v2_to_fhir_fields.csv")
    fields = [row for row in rows if row["fhir_elements"]]
    mapped = frozenset(row["field"] for row in fields)
    protocol = {
        row["field"]
        for row in rows
        if row["v2_datatype"] == "SI"
        or (row["field"].startswith("MSH-") and row["field"] not in mapped)
    }
    by_segment: dict[str, set[str]] = {}
    for row in fields:
        by_segment.setdefault(row["field"].split("-")[0], set()).add(
            _resource_of(row["segment_map"])
        )
    structures: dict[str, dict[str, set[str]]] = {}
    for row in _rows("v2_to_fhir_messages.csv"):
        structures.setdefault(row["structure"], {}).setdefault(row["segment"], set()).add(
            row["resource"]
        )
    return IgMaps(
        mapped_fields=mapped,
        protocol_fields=frozenset(protocol | {"MSH-1", "MSH-2"} | _STEERING),
        segment_resources={s: tuple(sorted(r)) for s, r in by_segment.items()},
        structure_resources={
            k: {s: tuple(sorted(r)) for s, r in v.items()} for k, v in structures.items()
        },
    )


def _structure(message_type: str) -> str:
    """``ADT^A04^ADT_A01`` -> ADT_A01; without a structure, ``TYPE_EVENT``; aliases resolved."""
    parts = message_type.split("^")
    name = parts[2] if len(parts) > 2 and parts[2] else "_".join(p for p in parts[:2] if p)
    return _STRUCTURE_ALIAS.get(name, name)


def structures_of(profile: FeedProfile) -> dict[str, str]:
    """The structure of each of the feed's data message types: as MSH-9.3 declares it, else by
    the event (``{"ADT^A04": "ADT_A01"}``)."""
    declared: dict[str, str] = {}
    for key, count in profile.message_structures.items():
        message_type, _, structure = key.partition("|")
        if count > 0 and structure:
            declared.setdefault(message_type, _STRUCTURE_ALIAS.get(structure, structure))
    return {
        t: declared.get("^".join(t.split("^")[:2])) or _structure(t)
        for t in profile.message_types
        if t and not t.startswith("ACK")
    }


def _fill_weights(profile: FeedProfile, protocol: frozenset[str]) -> dict[str, float]:
    """Populated data fields and how often each is filled in its segment (0..1]."""
    weights = {}
    for path, filled in profile.field_fill.items():
        if filled <= 0 or path in protocol or not _FIELD.match(path):
            continue
        holding = profile.segments.get(path.split("-")[0], 0)
        weights[path] = min(1.0, filled / holding) if holding else 1.0
    return weights


def _local_coded_fields(profile: FeedProfile) -> tuple[str, ...]:
    """Fields whose coding triplets (primary or alternate) named a local or unknown system."""
    local = set()
    for key, count in profile.coding_systems.items():
        path, _, system = key.partition("|")
        if count > 0 and system and not is_standard_coding(system):
            local.add(path.split(".")[0])
    return tuple(sorted(local, key=_path_order))


def _path_order(path: str) -> tuple[str, int]:
    segment, _, number = path.partition("-")
    return segment, int(number) if number.isdigit() else 0


def grade(share: float | None, *, unmapped_structure: bool, local_codes: bool) -> str:
    """A to D from the mapped share, capped at B without a message map, one lower for local codes.

    Share thresholds: A ≥ 0.9, B ≥ 0.75, C ≥ 0.5, D below.
    """
    if share is None:
        return "unknown"
    letter = "A" if share >= 0.9 else "B" if share >= 0.75 else "C" if share >= 0.5 else "D"
    if unmapped_structure and letter == "A":
        letter = "B"
    if local_codes and letter != "D":
        letter = chr(ord(letter) + 1)
    return letter


def mappability(flow_id: str, profile: FeedProfile, maps: IgMaps | None = None) -> FeedMappability:
    """The FHIR mappability of the feed ``profile`` describes."""
    maps = maps or load_ig_maps()
    weights = _fill_weights(profile, maps.protocol_fields)
    mapped = {p: w for p, w in weights.items() if p in maps.mapped_fields}
    total = sum(weights.values())
    share = round(sum(mapped.values()) / total, 4) if total else None
    seen = {s for s, n in profile.segments.items() if n > 0}
    structures = sorted(set(structures_of(profile).values()))
    without_map = [s for s in structures if s not in maps.structure_resources]
    produced: set[str] = set()
    for structure in structures:
        by_segment = maps.structure_resources.get(structure)
        pool = by_segment if by_segment is not None else maps.segment_resources
        for segment in seen:
            produced.update(pool.get(segment, ()))
    produced.discard("Bundle")  # the envelope, not a resource a use case reads
    unmapped = sorted((p for p in weights if p not in mapped), key=_path_order)
    z_segments = tuple(sorted(s for s in seen if s.startswith("Z")))
    local = _local_coded_fields(profile)
    letter = grade(share, unmapped_structure=bool(without_map), local_codes=bool(local))
    reasons = []
    if share is not None:
        reasons.append(
            f"{len(mapped)} of {len(weights)} populated fields have an IG target "
            f"({share:.0%} weighted by fill)"
        )
    if unmapped:
        shown = ", ".join(unmapped[:8]) + (
            f" and {len(unmapped) - 8} more" if len(unmapped) > 8 else ""
        )
        reasons.append(f"populated fields with no IG target: {shown}")
    if without_map:
        reasons.append(
            f"no IG message map for {', '.join(without_map)}: resources inferred from segment maps"
        )
    if z_segments:
        reasons.append(f"Z-segments with no FHIR target: {', '.join(z_segments)}")
    if local:
        reasons.append(f"local codes need a ConceptMap: {', '.join(local)}")
    sample = feed_sample(profile)
    return FeedMappability(
        flow=flow_id,
        grade=letter,
        mapped_share=share,
        populated_fields=len(weights),
        mapped_fields=len(mapped),
        resources=tuple(sorted(produced)),
        structures=tuple(structures),
        structures_without_map=tuple(without_map),
        unmapped_fields=tuple(unmapped),
        z_segments=z_segments,
        local_coded_fields=local,
        reasons=tuple(reasons),
        sample_valid=sample.valid,
        sample_resources=sample.resources,
        sample_error=sample.error,
    )


def _main_structure(profile: FeedProfile) -> str | None:
    """The structure most of the feed's data messages use (by name on a tie)."""
    counts: dict[str, int] = {}
    for message_type, structure in structures_of(profile).items():
        if structure:
            counts[structure] = counts.get(structure, 0) + profile.message_types[message_type]
    return min(counts, key=lambda s: (-counts[s], s)) if counts else None


def feed_sample(profile: FeedProfile) -> FhirSample:
    """The FHIR resources one masked synthetic message of the feed's shape builds, validated.

    The shape is the feed's main structure, the segments it holds and the fields it populates
    with their v2 datatypes (from the IG's tables; ST where they list none). No value is read.
    """
    structure = _main_structure(profile)
    if structure is None:
        return FhirSample("")
    datatypes = {f.path: f.datatype for fs in field_definitions().values() for f in fs}
    populated = sorted(
        (p for p, n in profile.field_fill.items() if n > 0 and _FIELD.match(p)), key=_path_order
    )
    segments = tuple(sorted(s for s, n in profile.segments.items() if n > 0))
    fields = tuple((p, datatypes.get(p, "ST")) for p in populated)
    return build_sample(structure, segments, fields)


def carries_data(profile: FeedProfile) -> bool:
    """Whether a feed carries anything but acknowledgments (an ACK stream maps to nothing)."""
    return any(t and not t.startswith("ACK") for t in profile.message_types)


def feed_mappability(inventory: Inventory) -> tuple[FeedMappability, ...]:
    """The mappability of every profiled HL7 v2 feed that carries data, by flow id."""
    return tuple(
        mappability(flow.id, flow.profile)
        for flow in sorted(inventory.flows, key=lambda f: f.id)
        if flow.profile is not None and carries_data(flow.profile)
    )


def samples_valid(feeds: tuple[FeedMappability, ...]) -> tuple[int, int]:
    """(feeds whose sample converts to valid resources, feeds whose sample built any)."""
    judged = [m for m in feeds if m.sample_valid is not None]
    return sum(1 for m in judged if m.sample_valid), len(judged)


@dataclass(frozen=True)
class FieldDefinition:
    """A v2 field as the IG's tables list it: name, datatype and standard cardinality."""

    path: str
    name: str
    datatype: str
    required: bool
    repeats: bool


@cache
def field_definitions() -> dict[str, tuple[FieldDefinition, ...]]:
    """Per segment, its fields in order, as the IG's segment tables define them."""
    by_path: dict[str, FieldDefinition] = {}
    for row in _rows("v2_to_fhir_fields.csv"):
        if row["field"] not in by_path:
            by_path[row["field"]] = FieldDefinition(
                path=row["field"],
                name=row["v2_name"].rstrip(" +*"),
                datatype=row["v2_datatype"],
                required=row["v2_min"] not in ("", "0"),
                repeats=row["v2_max"] not in ("", "0", "1"),
            )
    segments: dict[str, list[FieldDefinition]] = {}
    for path in sorted(by_path, key=_path_order):
        segments.setdefault(path.split("-")[0], []).append(by_path[path])
    return {s: tuple(f) for s, f in segments.items()}

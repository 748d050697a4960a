"""Proof by construction: build a feed's FHIR R4 resources from a masked synthetic message.

A feed's mappability (:mod:`assessor.fhir_mapping`) says which fields have an IG target; this
module shows whether what the IG map makes of them is valid FHIR. From the feed's *shape* alone
(its structure, the segments it holds and the fields it populates, with their v2 datatypes) it
writes one synthetic message whose every value comes from a fixed scheme per datatype
(:mod:`assessor.fhir_values`; nothing observed is used), follows the IG's element rows
(``data/v2_to_fhir_elements.csv``) and segment-map targets (``data/v2_to_fhir_targets.csv``)
into resource instances, and validates each with fhir.resources' R4B models (R4B carries R4's
resources). The first validation error is kept as a path and pydantic's error type, with its
message only when it quotes none of the generated values.

What the sample does not follow, and so cannot prove: IG conditions beyond "valued", "not
valued", a value test and "repeats once" (the rest leave their rows out), vocabulary maps (codes
pass through), and elements the IG writes into a second resource (``performer(Practitioner.name)``):
a reference to it is written, the referenced resource is not built. One instance is built per
IG target, as for a message holding one of each segment.

>>> s = build_sample("ADT_A01", ("MSH", "PID", "PV1"),
...                  (("PID-3", "CX"), ("PID-5", "XPN"), ("PV1-2", "CWE")))
>>> s.valid, s.resources
(True, ('Encounter', 'Patient'))
>>> build_sample("ADT_A01", ("MSH", "PID"), (("PID-5", "XPN"), ("PID-18", "CX"))).error
'Account.status: model_field_validation.missing (no IG row fills it)'
"""

from __future__ import annotations

import csv
import dataclasses
import re
import types
import typing
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from pydantic import ValidationError

from assessor.fhir_values import DEFAULT_VALUE, SAMPLE_VALUES, to_datatype, to_primitive
from assessor.ig_conditions import FIELD, holds

__all__ = ["FhirSample", "build_sample", "synthetic_message"]

_REFERENCE = (
    re.compile(  # Account.subject.reference=Patient[1].id, ServiceRequest.subject=Patient[PID]
        r"^(\w+)(?:\[(\d+)\])?\.([\w.]+?)(?:\.reference)?=(\w+)(?:\[(\d+)\]|\[\w+\])?(?:\.id)?$"
    )
)
_EQUALS = re.compile(rf'(?<!NOT )\b({FIELD})\s+(?:IS|=|EQUALS)\s+"([^"]*)"')
_STEP = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\((\w+)\))?$")
_PATIENT_LINKS = ("subject", "patient", "beneficiary")
_PRIMITIVE_KINDS = {
    "date": "date",
    "datetime": "dateTime",
    "instant": "instant",
    "time": "time",
    "boolean": "boolean",
    "decimal": "decimal",
    "integer": "integer",
    "positiveint": "positiveInt",
    "unsignedint": "unsignedInt",
    "integer64": "integer",
}


@dataclass(frozen=True)
class FhirSample:
    """The resources one synthetic message of a feed's shape became, and whether they validate.

    ``valid`` is None when the IG map yields no resource from the shape; ``error`` is the first
    validation error as "Resource.path: error type (message)", never a value.
    """

    structure: str
    resources: tuple[str, ...] = ()
    valid: bool | None = None
    error: str = ""
    built: tuple[dict, ...] = dataclasses.field(
        default=(), compare=False, repr=False
    )  # the resources' JSON


def synthetic_message(fields: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """Field path -> components of the generated value for each (path, v2 datatype) given.

    A field the IG tests for a value (``TXA-19 = "AV"``) carries the first value it tests for,
    so the sample takes the IG's first branch; every other value comes from :data:`SAMPLE_VALUES`.
    """
    tested = _tested_values()
    message = {}
    for path, datatype in fields:
        parts = list(SAMPLE_VALUES.get(datatype, DEFAULT_VALUE))
        for component, value in tested.get(path, {}).items():
            parts.extend([""] * (component - len(parts)))
            parts[component - 1] = value
        message[path] = tuple(parts)
    return message


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("assessor").joinpath(f"data/{name}").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def _elements() -> dict[str, tuple[dict[str, str], ...]]:
    """Per segment map, its element rows in the IG's order."""
    by_map: dict[str, list[dict[str, str]]] = {}
    for row in _rows("v2_to_fhir_elements.csv"):
        by_map.setdefault(row["segment_map"], []).append(row)
    return {k: tuple(v) for k, v in by_map.items()}


@cache
def _targets() -> dict[str, tuple[dict[str, str], ...]]:
    """Per structure, the segment maps it applies and the instance each fills."""
    by_structure: dict[str, list[dict[str, str]]] = {}
    for row in _rows("v2_to_fhir_targets.csv"):
        by_structure.setdefault(row["structure"], []).append(row)
    return {k: tuple(v) for k, v in by_structure.items()}


@cache
def _tested_values() -> dict[str, dict[int, str]]:
    """Field -> component -> the first value an IG condition tests it for, where it matters.

    Only fields the IG maps solely under such conditions (TXA-19 becomes a status only when it
    is "AV"; a PRT becomes a PractitionerRole only for some PRT-4 roles) are given that value.
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for row in _rows("v2_to_fhir_elements.csv"):
        groups.setdefault((row["segment_map"], row["field"]), []).append(row["condition"])
    for row in _rows("v2_to_fhir_targets.csv"):
        groups.setdefault((row["structure"], row["segment"]), []).append(row["condition"])
    tested: dict[str, dict[int, str]] = {}
    for conditions in groups.values():
        if all(conditions):
            for condition in conditions:
                for path, value in _EQUALS.findall(condition):
                    field, _, component = path.partition(".")
                    number = int(component.split(".")[0] or 1)
                    tested.setdefault(field, {}).setdefault(number, value)
    return tested


def _element(model: type, name: str) -> tuple[bool, Any] | None:
    """(is a list, model class or primitive kind) of the element ``name`` in ``model``."""
    for python_name, info in model.model_fields.items():
        if (info.alias or python_name) != name:
            continue
        annotation, many = info.annotation, False
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if typing.get_origin(annotation) in (typing.Union, types.UnionType) and args:
            annotation = args[0]
        if typing.get_origin(annotation) is list:
            many, annotation = True, typing.get_args(annotation)[0]
        if hasattr(annotation, "get_model_klass"):
            return many, annotation.get_model_klass()
        if annotation is bool:
            return many, "boolean"
        meta = getattr(annotation, "__metadata__", ())
        kind = type(meta[0]).__name__.lower() if meta else "string"
        return many, _PRIMITIVE_KINDS.get(kind, kind)
    return None


def _set(tree: dict, model: type, element: str, value: Any, v2_type: str) -> bool:
    """Write one converted value at ``element`` (an IG path) of a resource under construction."""
    steps = element.split(".")
    node, current = tree, model
    for position, step in enumerate(steps):
        match = _STEP.match(step)
        if match is None:
            return False
        name, index, referenced = match[1], int(match[2] or 1), match[3]
        found = _element(current, name)
        if found is None:
            return False
        many, kind = found
        last = position == len(steps) - 1
        if last:
            if isinstance(value, tuple):  # a v2 value to convert to this element's type
                if isinstance(kind, str):
                    converted = to_primitive(kind, value, v2_type)
                else:
                    converted = to_datatype(kind.__name__, value, v2_type, referenced or "Resource")
            elif isinstance(value, dict):  # a link between instances: only into a Reference
                converted = value if getattr(kind, "__name__", "") == "Reference" else None
            elif isinstance(kind, str):  # a value the IG assigns
                converted = value.lower() == "true" if kind == "boolean" else value
            else:
                converted = None
            if converted is None:
                return False
            converted = _indexed(converted)
            slot = node.setdefault(name, {}) if many else node
            key = index if many else name
            existing = slot.get(key)
            if isinstance(existing, dict) and isinstance(converted, dict):
                slot[key] = {**converted, **existing}
            else:
                slot[key] = converted
            return True
        if isinstance(kind, str):
            return False  # a primitive's own extensions: not part of the sample
        if many:
            node = node.setdefault(name, {}).setdefault(index, {})
        else:
            node = node.setdefault(name, {})
        current = kind
    return False


def _indexed(value: Any) -> Any:
    """Lists as index-keyed dicts (from 1, as IG paths count), so later rows can add to them."""
    if isinstance(value, list):
        return {i: _indexed(v) for i, v in enumerate(value, 1)}
    if isinstance(value, dict):
        return {k: _indexed(v) for k, v in value.items()}
    return value


def _finish(tree: Any) -> Any:
    """Turn the index-keyed dicts that stand for lists into lists, in index order."""
    if isinstance(tree, dict):
        if tree and all(isinstance(k, int) for k in tree):
            return [_finish(tree[k]) for k in sorted(tree)]
        return {k: _finish(v) for k, v in tree.items()}
    return tree


def _assign_constants(tree: dict, model: type, segment_map: str, message: dict) -> None:
    """Write the values the IG assigns to the segment's instance itself (PID[Account] sets
    ``status`` "active"), after its fields: they complete an instance, never make one.

    Into a repeated element (``entity[1].role``) a value goes only where a field made that
    repetition: the IG's ``entity[1]`` of a Provenance is the stored message, which the sample
    does not build, and a role with nothing it is the role of would not validate.
    """
    for element in _elements().get(segment_map, ()):
        if element["field"] or (element["condition"] and not holds(element["condition"], message)):
            continue
        path, _, inline = element["fhir_element"].partition("=")
        assigned = _assignment(inline or element["assignment"])
        if assigned is not None and _made(tree, path.strip()):
            _set(tree, model, path.strip(), assigned, "")


def _made(tree: dict, path: str) -> bool:
    """Whether the first repetition ``path`` names (``agent[2]``) is already in ``tree``."""
    node: Any = tree
    for step in path.split("."):
        match = _STEP.match(step)
        if match is None:
            return False
        if match[2]:
            return int(match[2]) in node.get(match[1], {})
        node = node.get(match[1], {})
        if not isinstance(node, dict):
            return False
    return True


def _assignment(text: str) -> str | None:
    quoted = re.fullmatch(r'"([^"]*)"', text.strip())
    return quoted[1] if quoted else None


def _instance(target: str) -> str:
    """``Observation[2]`` stays; ``Provenance[1].entity.what(Device)`` is a Device."""
    inner = re.search(r"\((\w+)\)$", target)
    return inner[1] if inner else target.split(".")[0]


def _model(resource: str) -> type | None:
    from fhir.resources.R4B import get_fhir_model_class

    try:
        return get_fhir_model_class(resource)
    except (AttributeError, KeyError, ValueError):
        return None


@cache
def _usual_maps() -> tuple[str, ...]:
    """Segment maps that at least half the IG's message maps holding the segment apply always.

    PID[Patient] is; PID[Appointment] (SIU_S12 only) is not, so a pharmacy feed in a structure
    the IG does not map gets a Patient from its PID, not an Appointment.
    """
    holding: dict[str, set[str]] = {}
    applying: dict[str, set[str]] = {}
    for row in (r for rows in _targets().values() for r in rows):
        holding.setdefault(row["segment"], set()).add(row["structure"])
        if not row["condition"]:
            applying.setdefault(row["segment_map"], set()).add(row["structure"])
    return tuple(
        sorted(
            name
            for name, structures in applying.items()
            if len(structures) * 2 >= len(holding[name.split("[")[0]]) and name in _elements()
        )
    )


def _applied_targets(
    structure: str, segments: tuple[str, ...], message: dict[str, tuple[str, ...]]
) -> list[dict[str, str]]:
    """The (segment map, instance, references) the structure applies to the sample's segments.

    Where a segment's every map is conditional on something the sample cannot decide (OBX: one
    map per OBX-2 value type), its first map on the segment's own resource is taken. A structure
    the IG has no message map for uses every segment map of its segments, one instance per
    resource, as :func:`assessor.fhir_mapping.mappability` infers its resources.
    """
    rows = [r for r in _targets().get(structure, ()) if r["segment"] in segments]
    if structure not in _targets():
        rows = [
            {
                "segment": name.split("[")[0],
                "segment_map": name,
                "target": name.split("[")[1].split("-")[0].rstrip("]"),
                "condition": "",
                "references": "",
            }
            for name in _usual_maps()
            if name.split("[")[0] in segments
        ]
    applied, decided = [], set()
    for row in rows:
        if not row["condition"] or holds(row["condition"], message):
            applied.append(row)
            decided.add(row["segment"])
    for segment in sorted({r["segment"] for r in rows} - decided):
        fallback = [
            r
            for r in rows
            if r["segment"] == segment
            and "-" not in r["segment_map"]
            and holds(r["condition"], message) is None
        ]
        applied.extend(fallback[:1])
    return applied


def _references(rows: list[dict[str, str]], instances: dict[str, dict]) -> None:
    """Link instances as the message map says: ``Account.subject.reference=Patient[1].id``."""
    for row in rows:
        for text in row["references"].split(" ; "):
            link = _REFERENCE.match(text.strip())
            if link is None:
                continue
            own = _instance(row["target"])
            if not link[2] and own.split("[")[0] == link[1] and own in instances:
                source = instances[own]  # an unnumbered source is the row's own instance
            else:
                source = _find(instances, link[1], link[2])
            target = _find(instances, link[4], link[5])
            if source is None or target is None:
                continue
            model = _model(link[1])
            reference = {"reference": f"{link[4]}/{target['id']}"}
            if model is not None:
                _set(source, model, link[3], reference, "")


def _about_the_patient(instances: dict[str, dict]) -> None:
    """Point a resource's empty subject or patient at the message's Patient.

    The IG's message maps link most resources to Patient[1] but not all (ServiceRequest in
    ORU_R01, a misspelt Immunization in VXU_V04); every resource built from one message is
    about that message's patient, so the sample links the rest the same way.
    """
    patient = _find(instances, "Patient", None)
    if patient is None:
        return
    for name, tree in instances.items():
        model = _model(name.split("[")[0])
        for element in _PATIENT_LINKS:
            info = model.model_fields.get(element) if model is not None else None
            allowed = (info.json_schema_extra or {}).get("enum_reference_types", ()) if info else ()
            if element not in tree and "Patient" in allowed:
                many = _element(model, element)[0]
                link = {"reference": f"Patient/{patient['id']}"}
                tree[element] = {1: link} if many else link


def _find(instances: dict[str, dict], resource: str, index: str | None) -> dict | None:
    if index:
        return instances.get(f"{resource}[{index}]")
    named = [k for k in sorted(instances) if k.split("[")[0] == resource]
    return instances[named[0]] if named else None


def _first_error(
    name: str,
    error: ValidationError,
    values: frozenset[str],
    sources: list[dict[str, str]],
    populated: frozenset[str],
) -> str:
    """The first error as "Resource.path: type", and for a missing element where it comes from.

    pydantic's message is kept only when it quotes no generated value; ``sources`` are the
    element rows of the segment maps applied to this instance.
    """
    detail = error.errors()[0]
    resource = name.split("[")[0]
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in detail["loc"])
    # fhir.resources reports some of pydantic's types under its own prefix
    # ("model_field_validation.missing"); the reader gets pydantic's one name for each.
    kind = detail["type"].rpartition(".")[2]
    if kind == "missing":
        wanted = ".".join(str(p) for p in detail["loc"] if not isinstance(p, int))
        fields = sorted(
            {
                r["field"]
                for r in sources
                if r["field"] and f"{_bare(r['fhir_element'])}.".startswith(f"{wanted}.")
            },
            key=_field_order,
        )
        if not fields:
            return f"{resource}{path}: {kind} (no IG row fills it)"
        empty = ", which the feed leaves empty" if not populated.intersection(fields) else ""
        return f"{resource}{path}: {kind} (the IG fills it from {', '.join(fields)}{empty})"
    message = str(detail.get("msg", ""))
    said = "" if any(v in message for v in values) else f" ({message})"
    return f"{resource}{path}: {kind}{said}"


def _bare(element: str) -> str:
    """An IG element path without indexes, referenced types or assignment: ``participant.type``."""
    path = element.partition("=")[0]
    return re.sub(r"\[\d+\]|\([^)]*\)", "", path).strip()


def _field_order(path: str) -> tuple[str, int]:
    segment, _, number = path.partition("-")
    return segment, int(number) if number.isdigit() else 0


@lru_cache(maxsize=512)
def build_sample(
    structure: str, segments: tuple[str, ...], fields: tuple[tuple[str, str], ...]
) -> FhirSample:
    """Build and validate the resources one synthetic message of this shape maps to.

    ``fields`` are the populated (path, v2 datatype) pairs; results are cached per shape, since
    fhir.resources model validation is the slow part and feeds of one shape are common.
    """
    message = synthetic_message(fields)
    populated = frozenset(message)
    datatypes = dict(fields)
    instances: dict[str, dict] = {}
    filled: set[str] = set()
    sources: dict[str, list[dict[str, str]]] = {}
    applied = _applied_targets(structure, segments, message)
    for row in applied:
        name = _instance(row["target"])
        if "." in row["target"] and "(" not in row["target"] and name not in instances:
            continue  # "Observation[2].note" adds to an instance; it does not make one
        resource = name.split("[")[0]
        model = _model(resource)
        if resource == "Bundle" or model is None:
            continue
        tree = instances.setdefault(
            name, {"resourceType": resource, "id": f"sample-{len(instances) + 1}"}
        )
        sources.setdefault(name, []).extend(_elements().get(row["segment_map"], ()))
        for element in _elements().get(row["segment_map"], ()):
            field = element["field"]
            if not field or field not in populated:
                continue
            if element["condition"] and not holds(element["condition"], message):
                continue
            path, _, inline = element["fhir_element"].partition("=")
            assigned = _assignment(inline or element["assignment"])
            if (inline or element["assignment"]) and assigned is None:
                continue
            value = assigned if assigned is not None else message[field]
            if _set(tree, model, path.strip(), value, datatypes[field]):
                filled.add(name)
        _assign_constants(tree, model, row["segment_map"], message)
    instances.setdefault("Bundle", {"id": "sample-bundle"})
    _references(applied, instances)
    _about_the_patient(instances)
    # An instance no populated field was written to is one the IG map would not create.
    instances = {k: v for k, v in instances.items() if k in filled}
    if not instances:
        return FhirSample(structure)
    generated = frozenset(
        p for parts in message.values() for v in parts for p in v.split("&") if len(p) > 2
    )
    built = tuple(_finish(instances[name]) for name in sorted(instances))
    kinds = tuple(sorted({n.split("[")[0] for n in instances}))
    for name, resource in zip(sorted(instances), built, strict=True):
        try:
            _model(resource["resourceType"]).model_validate(resource)
        except ValidationError as error:
            why = _first_error(name, error, generated, sources.get(name, []), populated)
            return FhirSample(structure, kinds, False, why, built)
    return FhirSample(structure, kinds, True, "", built)

"""The values of a masked synthetic HL7 v2 message, and what FHIR makes of them.

Every value comes from a fixed scheme per v2 datatype (:data:`SAMPLE_VALUES`), never from a
message: it is what :mod:`assessor.fhir_sample` builds a feed's sample from. The converters turn
such a value into a FHIR primitive or datatype as the v2-to-FHIR IG's datatype maps lay the
components out (CWE -> CodeableConcept, CX -> Identifier, XPN -> HumanName, DTM -> dateTime...).

>>> to_datatype("HumanName", SAMPLE_VALUES["XPN"], "XPN", "")
{'family': 'Family', 'given': ['Given']}
>>> to_primitive("date", SAMPLE_VALUES["DTM"], "DTM")
'2024-01-02'
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["DEFAULT_VALUE", "SAMPLE_VALUES", "to_datatype", "to_primitive"]

SAMPLE_VALUES: dict[str, tuple[str, ...]] = {
    # One fixed value per v2 datatype, component by component (subcomponents joined by "&"),
    # shaped so each FHIR primitive it may become (date, code, decimal, boolean) accepts it.
    "CWE": ("code-1", "Sample code", "LN"),
    "CE": ("code-1", "Sample code", "LN"),
    "CNE": ("code-1", "Sample code", "LN"),
    "CF": ("code-1", "Sample code", "LN"),
    "CX": ("id-1", "", "", "AUTH&2.16.840.1.113883.19&ISO", "MR"),
    "EI": ("id-1", "NS", "2.16.840.1.113883.19", "ISO"),
    "EIP": ("id-1&NS&2.16.840.1.113883.19&ISO", "id-2&NS&2.16.840.1.113883.19&ISO"),
    "HD": ("APP", "2.16.840.1.113883.19", "ISO"),
    "XPN": ("Family", "Given"),
    "XCN": ("id-1", "Family", "Given"),
    "XAD": ("1 Sample Street", "", "City", "ST", "00000", "XX"),
    "XTN": ("", "PRN", "PH", "", "", "", "5550100"),
    "XON": ("Sample Org", "", "", "", "", "", "", "", "", "id-1"),
    "PL": ("Ward", "Room", "Bed"),
    "DTM": ("20240102030405",),
    "TS": ("20240102030405",),
    "DT": ("20240102",),
    "TM": ("0304",),
    "DR": ("20240102030405", "20240103030405"),
    "NM": ("1",),
    "SI": ("1",),
    "CQ": ("1", "d&day&UCUM"),
    "ID": ("Y",),
    "IS": ("Y",),
    "MSG": ("ADT", "A01", "ADT_A01"),
    "VID": ("2.5.1",),
    "PT": ("P",),
}
DEFAULT_VALUE = ("Sample",)
_SYSTEMS = {"LN": "http://loinc.org", "UCUM": "http://unitsofmeasure.org"}
_TRUE = frozenset({"Y", "T", "1", "TRUE"})
_REFERENCE_MAPS = {"XCN": "Practitioner", "XON": "Organization", "PL": "Location", "HD": "Device"}


def _dtm(value: str, kind: str) -> str:
    digits = re.sub(r"\D", "", value).ljust(14, "0")
    date = f"{digits[0:4]}-{digits[4:6]}-{digits[6:8]}"
    time = f"{digits[8:10]}:{digits[10:12]}:{digits[12:14]}"
    if kind == "date":
        return date
    if kind == "time":
        return time
    return f"{date}T{time}Z"


def to_primitive(kind: str, parts: tuple[str, ...], v2_type: str) -> Any:
    """A FHIR primitive of ``kind`` (date, boolean, code...) from a v2 value; None if none fits."""
    first = parts[0] if parts else ""
    if kind in ("date", "dateTime", "instant", "time"):
        return _dtm(first, kind) if v2_type in ("DTM", "TS", "DT", "TM", "DR") else None
    if kind == "boolean":
        return first.upper() in _TRUE
    if kind in ("decimal", "integer", "positiveInt", "unsignedInt"):
        return int(first) if first.isdigit() else None
    if kind in ("uri", "url", "canonical", "oid"):
        return _endpoint(parts) if v2_type == "HD" else None
    return " ".join(p for p in parts[:2] if p) if kind in ("string", "markdown") else first


def _endpoint(parts: tuple[str, ...]) -> str | None:
    """An HD's universal id as a URI, as the IG's HD[...endpoint] maps make it."""
    c = [*parts, "", "", ""]
    return f"urn:oid:{c[1]}" if c[1] and c[2] == "ISO" else None


def to_datatype(name: str, parts: tuple[str, ...], v2_type: str, reference: str) -> Any:
    """The FHIR datatype ``name`` from a v2 value (None if not built); ``reference``: the
    resource type a Reference points at when the v2 datatype does not say."""
    c = [*parts, *[""] * 12]
    first = c[0].split("&")[0]
    if name == "CodeableConcept":
        coding = to_datatype("Coding", parts, v2_type, reference)
        return {"coding": [coding]} if coding else None
    if name == "Coding":
        coded = v2_type in ("CWE", "CE", "CNE", "CF")
        coding = {"code": first, "display": c[1] if coded else "", "system": _SYSTEMS.get(c[2])}
        return {k: v for k, v in coding.items() if v} or None
    if name == "Identifier":
        if v2_type == "CX":
            return {"value": first, "type": {"coding": [{"code": c[4]}]}}
        return {"value": first}
    if name == "HumanName":
        family, given = (c[1], c[2]) if v2_type == "XCN" else (first, c[1])
        return {"family": family, "given": [given]}
    if name == "Address":
        return {"line": [first], "city": c[2], "state": c[3], "postalCode": c[4], "country": c[5]}
    if name == "ContactPoint":
        return {"system": "phone", "use": "home", "value": c[6] or first}
    if name in ("Quantity", "Duration", "Age"):
        return {"value": int(first)} if first.isdigit() else None
    if name == "Period":
        return {"start": _dtm(first, "dateTime"), "end": _dtm(c[1] or first, "dateTime")}
    if name == "Reference":
        return {"reference": f"{_REFERENCE_MAPS.get(v2_type, reference)}/sample-{v2_type.lower()}"}
    if name in ("MessageHeaderSource", "MessageHeaderDestination"):
        endpoint = _endpoint(parts) if v2_type == "HD" else None
        return {"name": first, "endpoint": endpoint} if endpoint else None
    if name == "Attachment":
        return {"contentType": "text/plain", "data": "U2FtcGxl"}
    if name == "Annotation":
        return {"text": " ".join(p for p in parts[:2] if p)}
    return None

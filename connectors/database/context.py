"""Whose rows a table holds: a patient's, a related person's, staff's, a code list's, or other.

On real EHR schemas most PHI is not named like PHI: an encounter's dates and a note's text are
PHI because the row is about a patient. A table is *patient-linked* when its name says it holds
patients or related persons (guardian, guarantor, insured, next of kin), when it carries a
patient key (``patient_id``, ``pid``, ``subject_id``...), when its columns name a person twice
over (a name with a birth date, an SSN or an MRN), or when a declared or implied foreign key
leads to such a table. Staff, provider and code-list tables are never patient-linked, so
their names and addresses are not patient PHI.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assessor.model import ForeignKey, TableProfile

from .phi_names import person_classes
from .tokens import singular, tokens

__all__ = [
    "PATIENT_CONTEXT",
    "is_patient_key",
    "table_roles",
]

PATIENT_WORDS = frozenset({"patient", "person", "subject", "pat", "pt", "demographic"})
PERSON_WORDS = frozenset(
    {"guardian", "guarantor", "insured", "subscriber", "kin", "nok", "relative", "emergency"}
)
STAFF_WORDS = frozenset(
    {
        "user", "staff", "provider", "physician", "doctor", "clinician", "employee",
        "practitioner", "personnel", "nurse", "prescriber", "technician", "operator",
        "surgeon", "login", "caregiver", "consultant",
    }
)  # fmt: skip
REFERENCE_LAST = frozenset(
    {
        "type", "code", "lookup", "lkp", "option", "category", "dict", "dictionary",
        "catalog", "catalogue", "vocabulary", "concept", "terminology", "valueset", "enum",
        "ref", "reference", "definition", "setting", "config", "template", "map", "mapping",
    }
)  # fmt: skip
REFERENCE_FIRST = frozenset({"lu", "lkp", "ref", "d", "dim", "code", "list", "cfg", "sys"})
_NUMBERISH = frozenset({"id", "no", "num", "number", "nbr", "nr", "key"})

PATIENT_CONTEXT = frozenset({"patient", "person", "linked"})
"""Roles whose rows are about a patient: their dates, free text and identifiers are PHI."""


def is_patient_key(column: str) -> bool:
    """A column that names the patient a row is about: ``patient_id``, ``pid``, ``subject_id``.

    >>> is_patient_key("patient_id"), is_patient_key("PatID"), is_patient_key("staff_id")
    (True, True, False)
    """
    words = tokens(column)
    if words and words[-1] in ("pid", "patid", "patientid", "mrn", "pubpid"):
        return True  # also prefixed: OpenEMR's calendar keeps pc_pid
    return len(words) >= 2 and words[-2] in PATIENT_WORDS and words[-1] in _NUMBERISH


def _name_role(name: str) -> str | None:
    words = [singular(word) for word in tokens(name)]
    if not words:
        return None
    if words[-1] in REFERENCE_LAST or (words[0] in REFERENCE_FIRST and len(words) > 1):
        return "reference"
    if any(word in PATIENT_WORDS for word in words):
        return "patient"
    if any(word in STAFF_WORDS for word in words):
        return "staff"
    if any(word in PERSON_WORDS for word in words):
        return "person"
    return None


CONTACT_TABLE_WORDS = frozenset(
    {"address", "location", "contact", "telecom", "phone", "email", "residence", "domicile"}
)


def _is_patient_table(table: TableProfile) -> bool:
    """Named for patients alone: ``patient``, ``patients``, ``person``, ``tbl_patient_data``."""
    words = [singular(word) for word in tokens(table.name) if not word.isdigit()]
    core = [word for word in words if word not in {"tbl", "t", "data", "master", "info", "main"}]
    return len(core) == 1 and core[0] in PATIENT_WORDS


def _holds_contacts(table: TableProfile) -> bool:
    return bool({singular(word) for word in tokens(table.name)} & CONTACT_TABLE_WORDS)


def table_roles(
    tables: Iterable[TableProfile], implied: Mapping[str, tuple[ForeignKey, ...]]
) -> dict[str, str]:
    """Each table's role, by qualified name: ``patient``, ``person``, ``linked``, ``staff``,
    ``reference`` or ``other``.

    ``implied`` holds the inferred foreign keys by qualified name; they count like declared ones.
    """
    profiles = {table.qualified_name: table for table in tables}
    by_name = {(t.schema, t.name): key for key, t in profiles.items()}
    roles: dict[str, str] = {}
    for key, table in profiles.items():
        role = _name_role(table.name)
        has_patient_key = any(is_patient_key(column.name) for column in table.columns)
        if has_patient_key and role in (None, "reference"):
            role = "linked"
        elif role is None and len(person_classes([c.name for c in table.columns])) >= 2:
            role = "person"  # a name with a birth date, SSN or MRN: persons, whatever the name
        roles[key] = role or "other"
    # Follow foreign keys to a fixpoint: an order's specimen's comment is still the patient's.
    edges = {
        key: [
            by_name.get((fk.referred_schema or table.schema, fk.referred_table))
            for fk in (*table.foreign_keys, *implied.get(key, ()))
        ]
        for key, table in profiles.items()
    }
    # A contact or address table a patient row points to holds that patient's details (OMOP's
    # person.location_id -> location).
    for key, targets in edges.items():
        if _is_patient_table(profiles[key]):
            for target in targets:
                if target and roles[target] == "other" and _holds_contacts(profiles[target]):
                    roles[target] = "person"
    changed = True
    while changed:
        changed = False
        for key, targets in edges.items():
            if roles[key] != "other":
                continue
            if any(target and roles.get(target) in PATIENT_CONTEXT for target in targets):
                roles[key] = "linked"
                changed = True
    return roles

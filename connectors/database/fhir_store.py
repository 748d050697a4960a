"""A FHIR server's relational store, known by its tables named for FHIR's resource types.

Medplum keeps each resource type in a table of its own (``Patient``, ``DocumentReference``,
``Appointment``), Aidbox likewise in lower case; neither declares a key from a patient's
resources to the patient (the reference is inside the stored JSON). A database with
:data:`MIN_TYPED_TABLES` or more tables named for resource types is such a store, and its tables
for the types of the Patient compartment (a resource with a ``patient``, ``subject`` or
``beneficiary`` that may be a Patient, as fhir.resources models them:
``assessor/data/fhir_resource_types.csv``, built by ``tools/build_fhir_data.py``) hold
patients' resources. An ordinary schema's ``encounter`` or ``appointment`` table is judged by its
keys as before.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from functools import cache
from importlib import resources

from assessor.model import TableProfile

from .tokens import tokens

__all__ = ["MIN_TYPED_TABLES", "compartment_tables", "flattened_subject"]

MIN_TYPED_TABLES = 10  # an EHR may name a few tables as FHIR does; a FHIR store names dozens
# The elements every DomainResource has besides its id: a table with two or more of them as
# columns holds resources laid out element by element (a FHIR export loaded as tables, as
# BigQuery's FHIR stream and SQL-on-FHIR write them), not an EHR's own rows.
DOMAIN_ELEMENTS = frozenset(
    {"meta", "implicitrules", "language", "text", "contained", "extension", "modifierextension"}
)
MIN_DOMAIN_ELEMENTS = 2
# The reference elements by which the Patient compartment's resources name their patient.
SUBJECT_ELEMENTS = ("subject", "patient", "beneficiary")


@cache
def _resource_types() -> dict[str, tuple[str, bool]]:
    """Resource type in lower case -> its name and whether it is in the Patient compartment."""
    text = resources.files("assessor").joinpath("data/fhir_resource_types.csv").read_text("utf-8")
    return {
        row["type"].lower(): (row["type"], row["patient_compartment"] == "yes")
        for row in csv.DictReader(io.StringIO(text))
    }


def _type_of(table: TableProfile) -> str:
    return "".join(tokens(table.name))


def compartment_tables(tables: Iterable[TableProfile]) -> dict[str, str]:
    """Qualified name -> resource type of each table of a FHIR store that holds a type of the
    Patient compartment; empty when the tables are not a FHIR store's."""
    types = _resource_types()
    named = {table.qualified_name: _type_of(table) for table in tables}
    if sum(name in types for name in named.values()) < MIN_TYPED_TABLES:
        return {}
    return {key: types[name][0] for key, name in named.items() if types.get(name, ("", False))[1]}


def flattened_subject(table: TableProfile) -> str | None:
    """The column by which a resource laid out element by element refers to its patient: a
    table with an ``id``, two or more of DomainResource's elements and a ``subject``,
    ``patient`` or ``beneficiary`` column. None for any other table."""
    names = {column.name.lower(): column.name for column in table.columns}
    if "id" not in names or len(DOMAIN_ELEMENTS & names.keys()) < MIN_DOMAIN_ELEMENTS:
        return None
    return next((names[name] for name in SUBJECT_ELEMENTS if name in names), None)

"""List FHIR's resource types and which are in the Patient compartment, from fhir.resources.

A FHIR server that keeps its resources in a relational database names a table for each type
(Medplum's ``DocumentReference``, ``Appointment``); the types whose rows are a patient's are those
that point to the patient: a ``patient``, ``subject`` or ``beneficiary`` element that may refer
to a Patient (or to any resource). That is the FHIR Patient compartment as the models state it,
without the compartment definition's search parameters. assessor reads the list; it does not
import the hundred and fifty models at scan time.

    python tools/build_fhir_resource_types.py assessor/data

writes ``fhir_resource_types.csv`` (``type``, ``patient_compartment``), sorted by type, so a
re-run with the same fhir.resources gives the same bytes (tests/connectors/database checks it).
"""

from __future__ import annotations

import csv
import importlib
import io
import pkgutil
import sys
from pathlib import Path

import fhir.resources
from fhir.resources.resource import Resource

OWNER_ELEMENTS = ("patient", "subject", "beneficiary")


def resource_types() -> dict[str, bool]:
    """Each resource type of the installed fhir.resources, and whether it is a patient's."""
    found: dict[str, bool] = {}
    for module in pkgutil.iter_modules(fhir.resources.__path__):
        try:
            loaded = importlib.import_module(f"fhir.resources.{module.name}")
        except ImportError:
            continue
        for name, model in vars(loaded).items():
            if (
                isinstance(model, type)
                and issubclass(model, Resource)
                and model.__module__ == loaded.__name__
                and name.lower() == module.name
            ):
                found[name] = any(_refers_to_patient(model, element) for element in OWNER_ELEMENTS)
    return found


def _refers_to_patient(model: type[Resource], element: str) -> bool:
    field = model.model_fields.get(element)
    extra = field.json_schema_extra if field is not None else None
    referred = extra.get("enum_reference_types", []) if isinstance(extra, dict) else []
    return "Patient" in referred or referred == ["Resource"]


def render(types: dict[str, bool]) -> str:
    """The CSV text of the list."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["type", "patient_compartment"])
    for name in sorted(types):
        writer.writerow([name, "yes" if types[name] else "no"])
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Write the list into the directory named on the command line."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    target = Path(argv[0]) / "fhir_resource_types.csv"
    target.write_text(render(resource_types()), "utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

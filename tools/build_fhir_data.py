"""Build assessor's two data files of FHIR's models, from the installed fhir.resources.

``fhir_resource_types.csv`` lists FHIR's resource types and which are in the Patient
compartment. A FHIR server that keeps its resources in a relational database names a table for
each type (Medplum's ``DocumentReference``, ``Appointment``); the types whose rows are a
patient's are those that point to the patient: a ``patient``, ``subject`` or ``beneficiary``
element that may refer to a Patient (or to any resource). That is the FHIR Patient compartment
as the models state it, without the compartment definition's search parameters.

``fhir_words.txt`` lists the English words of every model: its name, element names, and the
titles and definitions the specification gives each element. A column name that a database
folded to lower case (PostgreSQL folds an unquoted ``visitDateDd`` to ``visitdatedd``) is split
into words by the words the splitter knows (``assessor.connectors.database.tokens``); the rules'
own words and HL7 v2's field names leave out much of the English a clinical schema is written
in (``support``, ``context``, ``currency``), and FHIR's definitions hold it. Words of four
letters or more only: shorter runs match by chance inside longer words.

assessor reads the files; it does not import the hundred and fifty models at scan time.

    python tools/build_fhir_data.py assessor/data

writes both, sorted, so a re-run with the same fhir.resources gives the same bytes
(tests/connectors/database/test_db_fhir_store.py checks it).
"""

from __future__ import annotations

import csv
import importlib
import io
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import fhir.resources
from fhir.resources.resource import Resource
from pydantic import BaseModel

OWNER_ELEMENTS = ("patient", "subject", "beneficiary")
MIN_WORD = 4
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def models() -> Iterator[tuple[str, str, type[BaseModel]]]:
    """(module name, class name, class) of every model each fhir.resources module defines."""
    for module in pkgutil.iter_modules(fhir.resources.__path__):
        try:
            loaded = importlib.import_module(f"fhir.resources.{module.name}")
        except ImportError:
            continue
        for name, model in vars(loaded).items():
            if (
                isinstance(model, type)
                and issubclass(model, BaseModel)
                and model.__module__ == loaded.__name__
            ):
                yield module.name, name, model


def resource_types() -> dict[str, bool]:
    """Each resource type of the installed fhir.resources, and whether it is a patient's."""
    return {
        name: any(_refers_to_patient(model, element) for element in OWNER_ELEMENTS)
        for module, name, model in models()
        if issubclass(model, Resource) and name.lower() == module
    }


def _refers_to_patient(model: type[BaseModel], element: str) -> bool:
    field = model.model_fields.get(element)
    extra = field.json_schema_extra if field is not None else None
    referred = extra.get("enum_reference_types", []) if isinstance(extra, dict) else []
    return "Patient" in referred or referred == ["Resource"]


def fhir_words() -> frozenset[str]:
    """The lowercase words of every model's name, element names and their definitions."""
    found: set[str] = set()
    for _module, name, model in models():
        texts = [name]
        for element, info in model.model_fields.items():
            if not element.endswith("__ext"):
                texts += [element, info.title or "", info.description or ""]
        for text in texts:
            found.update(word.lower() for word in _WORD.findall(text))
    return frozenset(word for word in found if len(word) >= MIN_WORD and word.isascii())


def render_types(types: dict[str, bool]) -> str:
    """The CSV text of the resource types."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["type", "patient_compartment"])
    for name in sorted(types):
        writer.writerow([name, "yes" if types[name] else "no"])
    return out.getvalue()


def render_words(words: frozenset[str]) -> str:
    """The text of the word list: one word a line, sorted."""
    return "".join(f"{word}\n" for word in sorted(words))


FILES: dict[str, Callable[[], str]] = {
    "fhir_resource_types.csv": lambda: render_types(resource_types()),
    "fhir_words.txt": lambda: render_words(fhir_words()),
}


def main(argv: list[str]) -> int:
    """Write the files into the directory named on the command line."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for name, render in FILES.items():
        target = Path(argv[0]) / name
        target.write_text(render(), "utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

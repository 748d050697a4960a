"""List the English words of FHIR's models, from fhir.resources: every model's name, element
names and the titles and definitions the specification gives each element.

A column name that a database folded to lower case (PostgreSQL folds an unquoted
``supportAccompAddr`` to ``supportaccompaddr``) or that was written glued (``visitdatedd``) is
split into words by the words the splitter knows (``assessor.connectors.database.tokens``). The
rules' own words and HL7 v2's field names leave out much of the English a clinical schema is
written in (``support``, ``context``, ``currency``); FHIR's definitions hold it. Words of four
letters or more only: shorter runs match by chance inside longer words. assessor reads the list; it
does not import the models at scan time.

    python tools/build_fhir_words.py assessor/data

writes ``fhir_words.txt``, one word a line, sorted, so a re-run with the same fhir.resources gives
the same bytes (tests/connectors/database checks it).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import fhir.resources
from pydantic import BaseModel

MIN_LENGTH = 4
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def fhir_words() -> frozenset[str]:
    """The lowercase words of every model of the installed fhir.resources."""
    found: set[str] = set()
    for module in pkgutil.iter_modules(fhir.resources.__path__):
        try:
            loaded = importlib.import_module(f"fhir.resources.{module.name}")
        except ImportError:
            continue
        for name, model in vars(loaded).items():
            if not (
                isinstance(model, type)
                and issubclass(model, BaseModel)
                and model.__module__ == loaded.__name__
            ):
                continue
            texts = [name]
            for element, info in model.model_fields.items():
                if not element.endswith("__ext"):
                    texts += [element, info.title or "", info.description or ""]
            for text in texts:
                found.update(word.lower() for word in _WORD.findall(text))
    return frozenset(word for word in found if len(word) >= MIN_LENGTH and word.isascii())


def render(words: frozenset[str]) -> str:
    """The file's text: one word a line, sorted."""
    return "".join(f"{word}\n" for word in sorted(words))


def main(argv: list[str]) -> int:
    """Write the list into the directory named on the command line."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    target = Path(argv[0]) / "fhir_words.txt"
    target.write_text(render(fhir_words()), "utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

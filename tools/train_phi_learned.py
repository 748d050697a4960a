"""Write ``assessor/data/table_learned.json`` and ``assessor/data/phi_learned.json``: the models
of :mod:`.table_learned` and :mod:`.phi_learned`, fitted to every hand-labelled table and column
of the public schemas in ``tests/data/schemas`` (the development set and the hold-outs but those
``corpus.UNMEASURED`` keeps clean); the columns are read with the tables the first model links,
as a scan reads them. Deterministic: the same labels and rules give the same files, which a
test checks. Run it after a label or a rule changes:

    .venv/bin/python tools/train_phi_learned.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data" / "schemas"))

import corpus

from assessor.connectors.database.phi_learned import fit
from assessor.connectors.database.table_learned import fit_tables

ROOT = Path(__file__).resolve().parents[1]
TABLES = ROOT / "assessor" / "data" / "table_learned.json"
COLUMNS = ROOT / "assessor" / "data" / "phi_learned.json"


def _text(model: dict) -> str:
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


def model_texts() -> dict[Path, str]:
    """Each model file's text, fitted to every labelled schema but those not yet measured."""
    fitted = [s for s in (*corpus.SCHEMAS, *corpus.HOLDOUTS) if s not in corpus.UNMEASURED]
    tables = fit_tables(corpus.table_samples(fitted))
    columns = fit(corpus.learning_samples(fitted, tables))
    return {TABLES: _text(tables.to_dict()), COLUMNS: _text(columns.to_dict())}


def main() -> int:
    """Fit the models and write them."""
    for target, text in model_texts().items():
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

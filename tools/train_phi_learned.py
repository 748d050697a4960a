"""Write ``assessor/data/phi_learned.json``: the model of :mod:`.phi_learned`, fitted to every
hand-labelled column of the public schemas in ``tests/data/schemas`` (the development set and
the hold-outs but those ``corpus.UNMEASURED`` keeps clean). Deterministic: the same labels and
rules give the same file, which a test checks. Run it after a label or a rule changes:

    .venv/bin/python tools/train_phi_learned.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data" / "schemas"))

import corpus

from assessor.connectors.database.phi_learned import fit

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "assessor" / "data" / "phi_learned.json"


def model_text() -> str:
    """The model file's text, fitted to every labelled schema but those not yet measured."""
    fitted = [s for s in (*corpus.SCHEMAS, *corpus.HOLDOUTS) if s not in corpus.UNMEASURED]
    samples = corpus.learning_samples(fitted)
    return json.dumps(fit(samples).to_dict(), indent=1, sort_keys=True) + "\n"


def main() -> int:
    """Fit the model and write it."""
    TARGET.write_text(model_text(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate the sample estate of St Aldhelm's General Hospital, byte for byte.

Usage: python sample_feeds/generate.py [OUTPUT_DIR]   (default: this folder)

Everything is derived from one seeded random generator and fixed dates, so running it again
reproduces the committed files. Only the standard library is used.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

try:
    from ._engine_export import write_engine
    from ._estate import write_estate
    from ._fhir_capability import write_capability
    from ._hl7_files import write_feeds
    from ._lis_db import write_database
    from ._people import make_patients
except ImportError:  # run as a script
    from _engine_export import write_engine
    from _estate import write_estate
    from _fhir_capability import write_capability
    from _hl7_files import write_feeds
    from _lis_db import write_database
    from _people import make_patients

SEED = 20261125
PATIENT_COUNT = 400


def generate(out: Path) -> dict[str, int]:
    """Write every generated file under `out`; return the message count per HL7 file."""
    out.mkdir(parents=True, exist_ok=True)
    patients = make_patients(random.Random(SEED), PATIENT_COUNT)
    write_estate(out)
    counts = write_feeds(out, random.Random(SEED + 1), patients)
    write_database(out, random.Random(SEED + 2), patients)
    write_engine(out)
    write_capability(out)
    return counts


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: the optional argument is the output folder."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    counts = generate(out)
    for name, count in sorted(counts.items()):
        print(f"{count:6d}  hl7/{name}")
    print(f"{sum(counts.values()):6d}  messages in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: PHI column detection against the hand-labelled development set.

Loads each public clinical schema of ``tests/data/schemas`` (OMOP CDM 5.4, MIMIC-III, MIMIC-IV,
the dcm4chee archive; see its SOURCES.md and LABELLING.md) into SQLite, scans it with the
database connector (names, types, keys, implied keys, table roles: no rows), and compares each
column's marks with its label. Prints precision, recall and F1 per schema and per HIPAA class,
and exits 1 when a schema's F1 is under ``--target`` (default 0.9). ``--server postgres`` or
``--server mariadb`` loads the schemas into the local test servers instead (a fresh schema or
database each, dropped afterwards), so the dialects' own reflection is measured too.

    .venv/bin/python benchmarks/phi_columns.py [--misses] [--target 0.9] [--server sqlite]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data" / "schemas"))

import corpus


def main() -> int:
    """Score every schema, print the figures, return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every FP and FN column")
    parser.add_argument("--target", type=float, default=0.9)
    parser.add_argument("--server", choices=("sqlite", "postgres", "mariadb"), default="sqlite")
    args = parser.parse_args()
    missed = []
    totals: dict[str, corpus.Score] = {}
    print(f"{'schema':<12} {'columns':>7} {'PHI':>5} {'precision':>9} {'recall':>7} {'F1':>6}")
    for schema in corpus.SCHEMAS:
        overall, per_class, misses = corpus.score_schema(schema, args.server)
        columns = sum(1 for label in corpus.labels() if label.schema == schema)
        print(
            f"{schema:<12} {columns:>7} {overall.tp + overall.fn:>5} "
            f"{overall.precision:>9.3f} {overall.recall:>7.3f} {overall.f1:>6.3f}"
        )
        if overall.f1 < args.target:
            missed.append(f"{schema} F1 {overall.f1:.3f} < {args.target}")
        for name, score in per_class.items():
            totals[name] = totals.get(name, corpus.Score()).add(score.tp, score.fp, score.fn)
        if args.misses:
            print("\n".join(f"    {miss}" for miss in misses))
    print(f"\n{'class':<12} {'labelled':>8} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, score in sorted(totals.items()):
        print(
            f"{name:<12} {score.tp + score.fn:>8} {score.precision:>9.3f} "
            f"{score.recall:>7.3f} {score.f1:>6.3f}"
        )
    if missed:
        print("\ntarget missed: " + "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

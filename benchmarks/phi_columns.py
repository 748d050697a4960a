"""Benchmark: PHI column detection against hand-labelled public clinical schemas.

Two sets, printed apart. The **hold-out** set (``tests/data/schemas/holdout``: OpenEMR, OpenMRS
1.3, Open Hospital, i2b2, Care2x, OpenClinica, HAPI FHIR, SIMGOS, SIMRS Khanza, eICU-CRD,
AmsterdamUMCdb, PCORnet CDM 4.1, The Ark) was labelled before the detector was run on it; which of
its schemas rules were later drawn from is in its ``RESULTS.md``, and the others' figures are the
honest ones; the **development** set (``tests/data/schemas``: OMOP CDM 5.4, MIMIC-III, MIMIC-IV,
the dcm4chee archive) is the one the rules were written against. Each schema is loaded into SQLite,
scanned with the database connector (names, types, keys, implied keys, table roles: no rows), and
each column's marks are compared with its label. Prints precision, recall and F1 per schema and per
HIPAA class, and exits 1 when a schema's F1 is under ``--target`` (default 0.9 on the development
set, 0.85 on the hold-outs). ``--server postgres`` or ``--server mariadb`` loads the schemas into
the local test servers instead (a hold-out keeps its own server's types, so it loads into SQLite or
that server only). ``--folded`` loads every name in lower case, as PostgreSQL keeps DDL written
without quotes and pgloader migrates MySQL (``tblPatient`` -> ``tblpatient``): how much of the
figure rests on camelCase. Each set ends with its mean F1 and how many schemas reach the target.

    .venv/bin/python benchmarks/phi_columns.py [--holdout | --devset] [--misses] [--server sqlite]
        [--folded] [--schema NAME ...] [--unseen [--folds K]]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data" / "schemas"))

import corpus

from assessor.connectors.database.phi_learned import THRESHOLD, LearnedModel, Sample, fit, kept
from assessor.connectors.database.table_learned import fit_tables

TARGETS = {"hold-out": 0.85, "development": 0.9}


def main() -> int:
    """Score every schema of the chosen sets, print the figures, return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--holdout", action="store_true", help="only the hold-out schemas")
    chosen.add_argument("--devset", action="store_true", help="only the development schemas")
    parser.add_argument("--misses", action="store_true", help="list every FP and FN column")
    parser.add_argument("--target", type=float, help="one F1 floor for every schema")
    parser.add_argument("--server", choices=("sqlite", "postgres", "mariadb"), default="sqlite")
    parser.add_argument(
        "--folded", action="store_true", help="every name in lower case (SQLite only)"
    )
    parser.add_argument(
        "--schema",
        action="append",
        metavar="NAME",
        help="only this schema (repeatable): keeps a hold-out unseen while rules are written",
    )
    parser.add_argument(
        "--unseen",
        action="store_true",
        help="score each schema with the learned model fitted without it (SQLite, no classes)",
    )
    parser.add_argument(
        "--folds",
        type=int,
        metavar="K",
        help="with --unseen: fit K models, each without one K-th of the schemas (dealt in turn, "
        "in name order), instead of one model per schema; minutes instead of an hour",
    )
    args = parser.parse_args()
    if args.folds is not None and (args.folds < 2 or not args.unseen):
        parser.error("--folds needs --unseen and K of 2 or more")
    if args.folded and (args.server != "sqlite" or args.unseen):
        parser.error("--folded loads into SQLite, without --unseen")
    sets = {"hold-out": corpus.HOLDOUTS, "development": corpus.SCHEMAS}
    if args.schema:
        unknown = set(args.schema) - {*corpus.HOLDOUTS, *corpus.SCHEMAS}
        if unknown:
            parser.error(f"no such schema: {', '.join(sorted(unknown))}")
        sets = {k: tuple(s for s in v if s in args.schema) for k, v in sets.items()}
    if args.holdout:
        sets.pop("development")
    elif args.devset:
        sets.pop("hold-out")
    if args.unseen:
        return _unseen(sets, args.target, args.folds)
    missed = []
    for name, schemas in sets.items():
        target = args.target if args.target is not None else TARGETS[name]
        missed += _score_set(name, schemas, target, args.server, args.misses, args.folded)
    if missed:
        print("\ntarget missed: " + "; ".join(missed))
        return 1
    return 0


def _score_set(
    name: str, schemas: tuple[str, ...], target: float, server: str, misses: bool, folded: bool
) -> list[str]:
    """Print one set's table per schema and per class; return the schemas under the target."""
    missed, scores = [], []
    totals: dict[str, corpus.Score] = {}
    labels = corpus.labels(holdout=name == "hold-out")
    print(f"{name} set (F1 target {target})")
    print(f"{'schema':<12} {'columns':>7} {'PHI':>5} {'precision':>9} {'recall':>7} {'F1':>6}")
    for schema in schemas:
        if not corpus.loads_on(schema, server):
            print(f"{schema:<12} (its types are {corpus.HOLDOUT_SERVER[schema]}'s: not loaded)")
            continue
        overall, per_class, found = corpus.score_schema(schema, server, folded)
        scores.append(overall.f1)
        columns = sum(1 for label in labels if label.schema == schema)
        print(
            f"{schema:<12} {columns:>7} {overall.tp + overall.fn:>5} "
            f"{overall.precision:>9.3f} {overall.recall:>7.3f} {overall.f1:>6.3f}"
        )
        if overall.f1 < target:
            missed.append(f"{schema} F1 {overall.f1:.3f} < {target}")
        for hipaa, score in per_class.items():
            totals[hipaa] = totals.get(hipaa, corpus.Score()).add(score.tp, score.fp, score.fn)
        if misses:
            print("\n".join(f"    {miss}" for miss in found))
    if scores:
        reached = sum(score >= target for score in scores)
        print(
            f"mean F1 {sum(scores) / len(scores):.4f} over {len(scores)} schemas, "
            f"{reached} at or over {target}"
        )
    print(f"\n{'class':<12} {'labelled':>8} {'precision':>9} {'recall':>7} {'F1':>6}")
    for hipaa, score in sorted(totals.items()):
        print(
            f"{hipaa:<12} {score.tp + score.fn:>8} {score.precision:>9.3f} "
            f"{score.recall:>7.3f} {score.f1:>6.3f}"
        )
    print()
    return missed


TABLE_FOLDS = 5
"""Without ``--folds``, the table model is still fitted fold by fold: one per schema would take
hours, and it changes only which tables are linked."""


def _score(samples: list[Sample], verdict: Callable[[Sample], bool]) -> corpus.Score:
    score = corpus.Score()
    for sample in samples:
        found = verdict(sample)
        score = score.add(
            tp=int(found and sample.phi),
            fp=int(found and not sample.phi),
            fn=int(not found and sample.phi),
        )
    return score


def _unseen(sets: dict[str, tuple[str, ...]], target: float | None, folds: int | None) -> int:
    """Each schema scored by models that never saw it: the rules alone; the rules with the
    tables the table model (:mod:`.table_learned`) links, fitted without the schema's fold of
    schemas; and with the column model (:mod:`.phi_learned`) too, fitted without the schema
    (or its fold, with ``folds``), PHI or not per column. What the shipped models, fitted to all
    of them, would do on a schema like these they have never seen. The column models learn
    from other schemas' columns as their own fold's table model linked them."""
    every = (*corpus.SCHEMAS, *corpus.HOLDOUTS)
    fold = {schema: n % (folds or TABLE_FOLDS) for n, schema in enumerate(sorted(every))}
    scored = [schema for schemas in sets.values() for schema in schemas]
    tables = corpus.table_samples(every)
    plain = corpus.learning_samples(scored)
    samples = []
    for k in sorted(set(fold.values())):
        model = fit_tables([t for t in tables if fold[t.schema] != k])
        samples += corpus.learning_samples([s for s in every if fold[s] == k], model)
    models = {
        k: fit([s for s in samples if fold[s.schema] != k])
        for k in sorted({fold[schema] for schema in scored})
        if folds
    }
    missed, means = [], {"alone": [], "tables": [], "joined": []}
    print(
        f"{'schema':<15} {'rules alone P / R / F1':>24} {'tables linked':>20}"
        f" {'with both models':>20}"
    )

    def ruled(sample: Sample) -> bool:
        return "rule:none" not in sample.features

    for name, schemas in sets.items():
        floor = target if target is not None else TARGETS[name]
        for schema in schemas:
            if folds:
                model = models[fold[schema]]
            else:
                model = fit([s for s in samples if s.schema != schema])
            own = [s for s in samples if s.schema == schema]

            def joined(sample: Sample, model: LearnedModel = model) -> bool:
                return ruled(sample) or (
                    sample.asked
                    and model.named_probability(sample.features) >= THRESHOLD
                    and kept(model.phi_class(sample.features), sample.addressed)
                )

            scores = {
                "alone": _score([s for s in plain if s.schema == schema], ruled),
                "tables": _score(own, ruled),
                "joined": _score(own, joined),
            }
            print(
                f"{schema:<15}"
                + "".join(
                    f" {s.precision:>10.3f} {s.recall:.3f} {s.f1:.3f}" for s in scores.values()
                )
            )
            for kind, score in scores.items():
                means[kind].append(score.f1)
            if scores["joined"].f1 < floor:
                missed.append(f"{schema} F1 {scores['joined'].f1:.3f} < {floor}")
    if means["alone"]:
        print(
            f"{'mean F1':<15}"
            + "".join(f" {sum(values) / len(values):>22.4f}" for values in means.values())
        )
    if missed:
        print("\ntarget missed: " + "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

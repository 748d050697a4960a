"""A learned second opinion on the tables linkage leaves unlinked: does a row hold a patient's?

Linkage (:func:`.context.linkage`) links a table to the patient by its keys and by what its name
and columns say; on schemas no rule was shaped by, a table of a patient's rows that reaches the
patient by no key it can read stays ``other``, and its dates and notes go unmarked. Setting every
unlinked table with a labelled PHI column linked would lift the hold-out schemas' mean F1 from
0.753 to 0.799, unlinking every linked table without one to 0.778, both to 0.825
(``tests/data/schemas/holdout/RESULTS.md``, "A learned second opinion on tables"): linkage is
where most misses start.

This model reads what a reader of the schema reads of a table — its name's words, its columns'
words, how many of its columns are dates, its keys in and out, its rule role — and was fitted by
logistic regression to every table of the hand-labelled public schemas in
``tests/data/schemas`` (a table holds patient rows when a labeller marked any of its columns PHI;
``tools/train_phi_learned.py`` writes ``assessor/data/table_learned.json``; a feature counts only
when two schemas or more have it). It only lifts: a table linkage left ``other`` and whose keys
are silent (none leads out of it, declared or implied) is linked when the model's probability is
:data:`THRESHOLD` or more, its path saying so with the probability and the words that weighed
most. It never unlinks a table, nor links one whose keys lead elsewhere: keys are evidence a model
does not overrule.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assessor.model import ForeignKey, TableProfile

from .coltypes import family
from .phi_learned import logistic, shared_features
from .tokens import tokens

__all__ = [
    "THRESHOLD",
    "TableModel",
    "TableSample",
    "fit_tables",
    "learned_links",
    "lift",
    "load",
    "schema_features",
]

THRESHOLD = 0.7
"""The probability at which an unlinked table is linked: chosen by fitting the model without
each fifth of the labelled schemas in turn (``benchmarks/phi_columns.py --unseen``); from 0.6 to
0.8 the hold-outs' mean F1 moved by 0.001, at 0.8 two more schemas reached 0.85 and 0.001 less
was gained on the rest."""
LIFTED = "other"
"""The one role a model's verdict changes: a code list, a staff, audit or job table was read as
such by its name or columns, and a model of words does not overrule that."""
DATE_FAMILIES = frozenset({"date", "datetime", "time"})
WORD_FEATURES = ("ttok:", "tfirst:", "tlast:", "ctok:")


@dataclass(frozen=True)
class TableSample:
    """One labelled table as the model sees it."""

    schema: str
    features: tuple[str, ...]
    patients: bool  # a labeller marked a column of it PHI


@dataclass(frozen=True)
class TableModel:
    """Weights of the probability that a table holds patients' rows."""

    weights: dict[str, float]
    tables: int
    schemas: int

    def probability(self, features: Iterable[str]) -> float:
        """The probability that a table with these features holds patients' rows."""
        score = sum(self.weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def to_dict(self) -> dict:
        """The model as ``table_learned.json`` keeps it."""
        return {"tables": self.tables, "schemas": self.schemas, "weights": self.weights}


def _words(name: str) -> list[str]:
    # a letter or a number alone says nothing a model should learn (col05, t_)
    return [word for word in tokens(name) if len(word) > 1 and not word.isdigit()]


def table_features(
    table: TableProfile, role: str, hops: int, implied: int, referred: int
) -> tuple[str, ...]:
    """What the model reads of a table: its name's and its columns' words, its share of date
    columns, its size, its declared and ``implied`` keys out, the keys of other tables that
    refer to it (``referred``), its rule role and the keys from it to the patient (``hops``)."""
    found = {"bias", f"role:{role}", f"path:{min(hops, 3)}"}
    named = _words(table.name)
    found |= {f"ttok:{word}" for word in named}
    if named:
        found |= {f"tfirst:{named[0]}", f"tlast:{named[-1]}"}
    # each word of a column once: a column's last word on its own learned no better (the
    # hold-outs' mean F1 0.765 either way, fitted fold by fold)
    found |= {f"ctok:{word}" for column in table.columns for word in _words(column.name)}
    dates = sum(family(column.type) in DATE_FAMILIES for column in table.columns)
    found |= {
        f"ndate:{min(dates, 4)}",
        f"ncol:{min(len(table.columns) // 5, 6)}",
        f"fk:{min(len(table.foreign_keys), 3)}",
        f"ik:{min(implied, 3)}",
        f"pk:{bool(table.primary_key)}",
        f"ref:{min(referred, 3)}",
    }
    return tuple(sorted(found))


def schema_features(
    tables: Sequence[TableProfile],
    roles: Mapping[str, str],
    paths: Mapping[str, tuple[str, ...]],
    implied: Mapping[str, tuple[ForeignKey, ...]],
    only: Iterable[str] | None = None,
) -> dict[str, tuple[str, ...]]:
    """The features (:func:`table_features`) of the schema's tables, or of those ``only``
    names, by qualified name; the keys in are counted over every table."""
    referred: dict[tuple[str | None, str], int] = {}
    for table in tables:
        for fk in (*table.foreign_keys, *implied.get(table.qualified_name, ())):
            target = (fk.referred_schema or table.schema, fk.referred_table.lower())
            referred[target] = referred.get(target, 0) + 1
    chosen = None if only is None else set(only)
    return {
        table.qualified_name: table_features(
            table,
            roles[table.qualified_name],
            len(paths.get(table.qualified_name, ())),
            len(implied.get(table.qualified_name, ())),
            referred.get((table.schema, table.name.lower()), 0),
        )
        for table in tables
        if chosen is None or table.qualified_name in chosen
    }


def fit_tables(samples: Sequence[TableSample]) -> TableModel:
    """The model of these labelled tables (:func:`.phi_learned.logistic`)."""
    kept = shared_features((sample.schema, sample.features) for sample in samples)
    weights = logistic(
        [([f for f in sample.features if f in kept], sample.patients) for sample in samples]
    )
    return TableModel(weights, len(samples), len({sample.schema for sample in samples}))


@cache
def load() -> TableModel:
    """The shipped model (``assessor/data/table_learned.json``)."""
    text = resources.files("assessor").joinpath("data/table_learned.json").read_text("utf-8")
    return TableModel(**json.loads(text))


_SAID = {
    "ttok": "the table word {}",
    "tfirst": "the table's first word {}",
    "tlast": "the table's last word {}",
    "ctok": "a column word {}",
    "ndate": "{} date columns",
    "ncol": "{} fives of columns",
    "fk": "{} declared keys out",
    "ik": "{} implied keys out",
    "ref": "{} keys in",
}


def _describe(feature: str) -> str:
    kind, _, value = feature.partition(":")
    return _SAID.get(kind, "{}").format(value or kind)


def learned_links(
    tables: Sequence[TableProfile],
    roles: Mapping[str, str],
    paths: Mapping[str, tuple[str, ...]],
    implied: Mapping[str, tuple[ForeignKey, ...]],
    model: TableModel | None = None,
) -> dict[str, str]:
    """The tables linkage left :data:`LIFTED`, with no key out, that the model (the shipped one
    unless given) finds hold patients' rows, each with its path's one step: the probability and
    the words that weighed most. A table whose keys lead elsewhere and not to the patient is
    whose its keys say: on the hold-outs, lifting those too cost 33 schemas more than 0.02 of F1
    where keeping them cost 7, for the same mean."""
    model = model if model is not None else load()
    if not model.weights:
        return {}  # an empty model (before the first fit) learned nothing
    candidates = [
        table.qualified_name
        for table in tables
        if roles[table.qualified_name] == LIFTED
        and not table.foreign_keys
        and not implied.get(table.qualified_name)
    ]
    if not candidates:
        return {}
    lifted = {}
    by_name = {table.qualified_name: table for table in tables}
    for key, found in schema_features(tables, roles, paths, implied, candidates).items():
        table = by_name[key]
        probability = model.probability(found)
        if probability < THRESHOLD:
            continue
        weighed = sorted(
            (f for f in found if model.weights.get(f, 0.0) > 0 and f.startswith(WORD_FEATURES)),
            key=lambda f: (-model.weights[f], f),
        )[:3]
        if not weighed:
            continue  # a size, a role and a count of dates alone never link a table
        lifted[key] = (
            f"{table.name}: read as a patient's rows (learned: probability {probability:.2f}, "
            f"by a model of {model.tables:,} hand-labelled tables of {model.schemas} public "
            f"schemas; weighed most: {'; '.join(_describe(f) for f in weighed)})"
        )
    return lifted


def lift(
    tables: Sequence[TableProfile],
    roles: Mapping[str, str],
    paths: Mapping[str, tuple[str, ...]],
    implied: Mapping[str, tuple[ForeignKey, ...]],
    model: TableModel | None = None,
) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Linkage's roles and paths with the tables :func:`learned_links` finds linked."""
    lifted = learned_links(tables, roles, paths, implied, model)
    return (
        {key: "linked" if key in lifted else role for key, role in roles.items()},
        {**paths, **{key: (step,) for key, step in lifted.items()}},
    )

"""A learned second opinion on the columns the rules leave unmarked.

The rules (:mod:`.phi`) are written from standards and from the schemas they were measured on;
on schemas no rule was shaped by, they miss most (recall 0.13-0.64 on three such schemas, where
precision stayed 0.81-0.93). This model reads what the rules read — the column's words (after
the tokenizer's abbreviations), its type family and length, its key flags, the table's role and
how many keys away the patient is — and the rules' own verdict, and was fitted by logistic
regression to every hand-labelled column of the public schemas in ``tests/data/schemas``
(``tools/train_phi_learned.py`` writes ``assessor/data/phi_learned.json``; a feature counts only
when two schemas or more have it, so no one schema's private words are learned).

It only adds: a column the rules mark keeps exactly their marks, and one they leave unmarked is
marked when the model's probability of PHI is :data:`THRESHOLD` or more, with the class a naive
Bayes model of the labelled PHI columns finds likeliest. Each such mark says so in its reasons,
with the probability and the features that weighed most. Measured on three schemas neither the
rules nor the model had seen (``tests/data/schemas/holdout/RESULTS.md``, round 7).
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assessor.model import PhiClass, PhiMark, TableColumn

from .coltypes import declared_length, family, is_large_text
from .tokens import tokens

__all__ = [
    "THRESHOLD",
    "LearnedModel",
    "Sample",
    "column_features",
    "describe",
    "fit",
    "kept",
    "learned_mark",
    "load",
    "logistic",
    "shared_features",
]

THRESHOLD = 0.9
"""The probability of PHI at which an unmarked column is marked: chosen by leaving each labelled
schema out in turn (``benchmarks/phi_columns.py --unseen``); at 0.5 the marks it adds cost more
precision on the schemas the rules were tuned on than they bring recall."""
MIN_SCHEMAS = 2
"""A feature is learned only when this many labelled schemas have it."""
SIGNAL = "learned:model"
_LENGTH_BOUNDS = (2, 8, 16, 32, 64, 128, 256, 1000)
_NAME_FEATURES = ("tok:", "first:", "last:", "slot-first:", "slot-last:")
_EPOCHS = 25
_RATE = 0.2
_L2 = 1e-4


@dataclass(frozen=True)
class Sample:
    """One labelled column as the model sees it."""

    schema: str
    features: tuple[str, ...]
    phi: bool
    phi_class: str  # the labelled class, "" when not PHI
    asked: bool = True  # whether a scan asks the model (see :func:`.phi.plain_columns`)
    addressed: bool = False  # whether its table has a column named for an address (:func:`kept`)


@dataclass(frozen=True)
class LearnedModel:
    """Weights of the PHI probability and, per class, the log-probabilities of features."""

    weights: dict[str, float]
    class_priors: dict[str, float]
    class_weights: dict[str, dict[str, float]]
    class_unseen: dict[str, float]  # log-probability of a feature the class never had
    columns: int
    schemas: int

    def probability(self, features: Iterable[str]) -> float:
        """The probability that a column with these features holds PHI."""
        score = sum(self.weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def named_probability(self, features: Sequence[str]) -> float:
        """:meth:`probability`, when the column's name argues for PHI; else 0. A type and a
        role alone never make a mark: every long text of a patient's table is not a note."""
        named = sum(self.weights.get(f, 0.0) for f in features if f.startswith(_NAME_FEATURES))
        return self.probability(features) if named > 0 else 0.0

    def phi_class(self, features: Iterable[str]) -> PhiClass:
        """The likeliest class of a PHI column with these features."""
        kept = [feature for feature in features if feature in self.weights]

        def score(name: str) -> float:
            weights, unseen = self.class_weights[name], self.class_unseen[name]
            return self.class_priors[name] + sum(weights.get(f, unseen) for f in kept)

        return PhiClass(max(sorted(self.class_priors), key=score))

    def to_dict(self) -> dict:
        """The model as ``phi_learned.json`` keeps it."""
        return {
            "columns": self.columns,
            "schemas": self.schemas,
            "weights": self.weights,
            "class_priors": self.class_priors,
            "class_weights": self.class_weights,
            "class_unseen": self.class_unseen,
        }


def _length_bucket(type_name: str) -> str:
    length = declared_length(type_name)
    if length is None:
        # a text type (TEXT, CLOB) holds notes; a string left unsized (PostgreSQL's bare
        # VARCHAR, AmsterdamUMCdb's every text column) says nothing of its length
        return "text" if is_large_text(type_name) else "unsized"
    return next((f"<{bound}" for bound in _LENGTH_BOUNDS if length < bound), ">=1000")


@cache
def _column_part(name: str, type_name: str, role: str) -> tuple[str, ...]:
    """The features of the column's name and type in a table of that role. Cached: wide schemas
    repeat the same names and types."""
    kind = family(type_name)
    # a letter or a number alone says nothing a model should learn (OSCAR's c_ prefix, col05)
    every = tokens(name)
    words = tuple(word for word in every if len(word) > 1 and not word.isdigit())
    found = {f"tok:{word}" for word in words}
    # a slot of a numbered form (LibreClinica's item_a_3, item_c_2) is not the bare word
    # (AmsterdamUMCdb's item): its first and last words are read apart
    at = "slot-" if len(words) < len(every) else ""
    if words:
        found |= {
            f"{at}last:{words[-1]}",
            f"{at}first:{words[0]}",
            f"{at}last:{words[-1]}|fam:{kind}",
        }
    found |= {
        f"ntok:{min(len(words), 4)}",
        f"fam:{kind}",
        f"len:{_length_bucket(type_name)}",
        f"fam:{kind}|role:{role}",
        f"large:{is_large_text(type_name)}",
        f"role:{role}",
        "bias",
    }
    return tuple(sorted(found))


def column_features(
    column: TableColumn,
    role: str,
    hops: int,
    keyed: bool,
    referring: bool,
    marks: Sequence[PhiMark],
) -> tuple[str, ...]:
    """What the model reads of a column: its name's words, type, the table's role, the keys to
    the patient (``hops``), whether it is in the primary key (``keyed``) or a declared foreign
    key (``referring``), and the rules' marks on it."""
    kind = family(column.type)
    found = set(_column_part(column.name, column.type, role))
    classes = sorted({mark.phi_class.value for mark in marks}) or ["none"]
    for name in classes:
        found |= {f"rule:{name}", f"rule:{name}|role:{role}", f"rule:{name}|fam:{kind}"}
    found.add(f"conf:{round(max((mark.confidence for mark in marks), default=0), 1)}")
    found |= {f"sig:{signal}" for mark in marks for signal in mark.signals}
    found |= {f"path:{min(hops, 3)}", f"pk:{keyed}", f"fk:{referring}"}
    return tuple(sorted(found))


def shared_features(samples: Iterable[tuple[str, Iterable[str]]]) -> set[str]:
    """The features of (schema, features) samples that :data:`MIN_SCHEMAS` schemas or more
    have: no one schema's private words are learned."""
    seen_in: dict[str, set[str]] = defaultdict(set)
    for schema, features in samples:
        for feature in features:
            seen_in[feature].add(schema)
    return {feature for feature, schemas in seen_in.items() if len(schemas) >= MIN_SCHEMAS}


def logistic(rows: Sequence[tuple[Sequence[str], bool]]) -> dict[str, float]:
    """Weights of a logistic regression of (features, label) rows: AdaGrad, a fixed order of
    passes, so the same rows give the same weights; features never weighed are left out."""
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    order = list(range(len(rows)))
    shuffle = random.Random(0)
    for _epoch in range(_EPOCHS):
        shuffle.shuffle(order)
        for index in order:
            features, label = rows[index]
            score = sum(weights[f] for f in features)
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score)))) - float(label)
            for feature in features:
                gradient = error + _L2 * weights[feature]
                squares[feature] += gradient * gradient
                weights[feature] -= _RATE * gradient / math.sqrt(squares[feature])
    return {f: round(w, 6) for f, w in sorted(weights.items()) if w}


def fit(samples: Sequence[Sample]) -> LearnedModel:
    """The model of these labelled columns: logistic regression (:func:`logistic`) for PHI or
    not, naive Bayes for the class of a PHI column."""
    kept = shared_features((sample.schema, sample.features) for sample in samples)
    weights = logistic(
        [([f for f in sample.features if f in kept], sample.phi) for sample in samples]
    )
    phi = [s for s in samples if s.phi and s.phi_class in PhiClass._value2member_map_]
    priors = Counter(s.phi_class for s in phi)
    counts: dict[str, Counter[str]] = {name: Counter() for name in priors}
    for sample in phi:
        counts[sample.phi_class].update(f for f in sample.features if f in kept)
    vocabulary = len(kept)
    class_weights, unseen = {}, {}
    for name, counter in counts.items():
        total = sum(counter.values()) + vocabulary
        class_weights[name] = {f: round(math.log((n + 1) / total), 6) for f, n in counter.items()}
        unseen[name] = round(math.log(1 / total), 6)
    return LearnedModel(
        weights=weights,
        class_priors={n: round(math.log(c / len(phi)), 6) for n, c in sorted(priors.items())},
        class_weights=dict(sorted(class_weights.items())),
        class_unseen=dict(sorted(unseen.items())),
        columns=len(samples),
        schemas=len({sample.schema for sample in samples}),
    )


_SAID = {
    "tok": "the word {}",
    "last": "the last word {}",
    "first": "the first word {}",
    "slot-last": "the last word {} of a numbered slot",
    "slot-first": "the first word {} of a numbered slot",
    "ntok": "{} words",
    "fam": "a {} column",
    "len": "declared length {}",
    "large": "a large text: {}",
    "role": "a {} table",
    "path": "{} keys from the patient",
    "pk": "in the primary key: {}",
    "fk": "in a declared foreign key: {}",
    "rule": "the rules' class {}",
    "conf": "the rules' confidence {}",
    "sig": "the rules' signal {}",
    "bias": "how often columns are PHI",
}


def describe(feature: str) -> str:
    """A feature in words: ``last:when|fam:datetime`` -> ``the last word when and a datetime
    column``."""
    parts = []
    for part in feature.split("|"):
        kind, _, value = part.partition(":")
        parts.append(_SAID.get(kind, "{}").format(value or kind))
    return " and ".join(parts)


@cache
def load() -> LearnedModel:
    """The shipped model (``assessor/data/phi_learned.json``)."""
    text = resources.files("assessor").joinpath("data/phi_learned.json").read_text("utf-8")
    return LearnedModel(**json.loads(text))


@cache
def _learned(
    name: str, type_name: str, role: str, hops: int, keyed: bool, referring: bool
) -> tuple[PhiClass, float, tuple[str, ...]] | None:
    """(class, probability, features that weighed most) of an unmarked column, when the model
    finds it PHI. Cached: the same names recur across wide schemas."""
    model = load()
    if not model.weights:
        return None  # an empty model (before the first fit) learned nothing
    features = column_features(TableColumn(name, type_name), role, hops, keyed, referring, ())
    probability = model.named_probability(features)
    if probability < THRESHOLD:
        return None
    weighed = sorted(
        (f for f in features if model.weights.get(f, 0.0) > 0),
        key=lambda f: (-model.weights[f], f),
    )[:3]
    return model.phi_class(features), round(probability, 2), tuple(weighed)


def kept(phi_class: PhiClass, addressed: bool) -> bool:
    """Whether a learned mark of that class stands on a table with (``addressed``) or without
    a column named for an address: a part of an address needs an address beside it, as the
    rules say of ``line1`` (an invoice's first line, not a street)."""
    return phi_class != PhiClass.ADDRESS or addressed


def learned_mark(
    column: TableColumn,
    role: str,
    path: tuple[str, ...],
    keyed: bool,
    referring: bool,
    addressed: bool = False,
) -> PhiMark | None:
    """The model's mark on a column the rules left unmarked, or None when it finds no PHI;
    ``addressed``: the table has a column named for an address (see :func:`kept`)."""
    found = _learned(column.name, column.type, role, len(path), keyed, referring)
    if found is None or not kept(found[0], addressed):
        return None
    phi_class, probability, weighed = found
    model = load()
    return PhiMark(
        phi_class,
        probability,
        (SIGNAL,),
        (
            f"learned: probability {probability:.2f} of PHI, by a model of {model.columns:,} "
            f"hand-labelled columns of {model.schemas} public schemas; weighed most: "
            + "; ".join(describe(feature) for feature in weighed),
            f"tokens: {' '.join(tokens(column.name)) or column.name}",
            f"type: {column.type}",
            *(f"linked: {step}" for step in path),
        ),
    )

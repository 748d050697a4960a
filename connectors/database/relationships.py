"""Relationships kept only by naming convention: ``result.patient_id`` -> ``patient.id``.

Legacy schemas rarely declare foreign keys (OpenEMR declares none across 283 tables). Each
column that is not already in a declared key is matched, by its name, against the other tables:

- ``<stem>_id`` / ``<stem>_no`` / ``<stem>_code`` ... where a table is named ``<stem>`` (or its
  plural, or with a ``tbl_`` prefix or ``_data`` suffix), or ends in ``<stem>``;
- a column named exactly like another table's single-column primary key (``staff_id``);
- patient keys (``pid``, ``pat_id``, ``subject_id``) to the patient table;
- a bare column named like a table (``encounter`` -> ``form_encounter.encounter``).

The referred column is the table's column of the same name, else its single primary key, else
its ``id``. Types must be compatible. Each implied key carries a confidence in 0..1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assessor.model import ForeignKey, TableColumn, TableProfile

from .coltypes import family
from .context import PATIENT_WORDS, is_patient_key
from .tokens import singular, tokens

__all__ = ["infer_relationships"]

_REFERENCE_SUFFIX = frozenset({"id", "no", "num", "nbr", "number", "key", "fk", "code", "cd"})
_TABLE_PREFIX = frozenset({"tbl", "tb", "t", "lu", "lkp", "ref", "d", "form"})
_TABLE_SUFFIX = frozenset({"data", "master", "table", "tbl", "info", "list", "main"})
_COMPATIBLE = {
    "integer": {"integer", "numeric"},
    "numeric": {"integer", "numeric"},
    "string": {"string"},
}


@dataclass(frozen=True)
class _Target:
    table: TableProfile
    match: float  # how well the table's name matches the stem


def _stems(table: TableProfile) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The table's name as singular words, whole and without prefixes and suffixes:
    ``tbl_patients_data`` -> ``(tbl, patient, data)``, ``(patient,)``."""
    words = tuple(singular(w) for w in tokens(table.name) if not w.isdigit()) or (table.name,)
    core = words
    while len(core) > 1 and core[0] in _TABLE_PREFIX:
        core = core[1:]
    while len(core) > 1 and core[-1] in _TABLE_SUFFIX:
        core = core[:-1]
    return words, core


def _key(words: Sequence[str]) -> str:
    """Words compared without separators: ``lab_event`` and ``labevent`` are one name."""
    return "".join(words)


def _compatible(column: TableColumn, target: TableColumn) -> float:
    a, b = family(column.type), family(target.type)
    if a == b or b in _COMPATIBLE.get(a, set()):
        return 1.0
    return 0.0 if {a, b} <= {"integer", "numeric", "string", "date", "datetime"} else 0.7


def _referred_column(target: TableProfile, column: TableColumn) -> tuple[TableColumn, float] | None:
    by_name = {c.name.lower(): c for c in target.columns}
    # The same name first: OpenEMR's pid refers to patient_data.pid, not its surrogate id.
    candidates: list[tuple[str, float]] = [(column.name.lower(), 1.0)]
    if len(target.primary_key) == 1:
        candidates.append((target.primary_key[0].lower(), 0.95))
    candidates.append(("id", 0.9))
    for name, weight in candidates:
        referred = by_name.get(name)
        if referred is not None:
            fit = _compatible(column, referred)
            if fit:
                return referred, weight * fit
    return None


def _index(tables: Sequence[TableProfile]) -> dict[str, list[_Target]]:
    index: dict[str, list[_Target]] = {}
    for table in tables:
        whole, core = _stems(table)
        index.setdefault(_key(whole), []).append(_Target(table, 1.0))
        if core != whole:
            index.setdefault(_key(core), []).append(_Target(table, 0.9))
        # "~staff": tables whose name ends in the word, for ordering_staff_id -> staff.
        index.setdefault("~" + core[-1], []).append(_Target(table, 0.7))
    return index


def _patient_table(tables: Sequence[TableProfile]) -> TableProfile | None:
    """The table of patients: named just for them (``patient``, ``patient_data``, ``persons``),
    else the widest table whose name mentions them."""
    named = [t for t in tables if len(_stems(t)[1]) == 1 and _stems(t)[1][0] in PATIENT_WORDS]
    mentioned = [t for t in tables if set(_stems(t)[0]) & PATIENT_WORDS]
    return max(named or mentioned, key=lambda t: (len(t.columns), t.name), default=None)


def infer_relationships(tables: Iterable[TableProfile]) -> dict[str, tuple[ForeignKey, ...]]:
    """Implied foreign keys of each table (by qualified name), declared ones left out."""
    tables = sorted(tables, key=lambda t: (t.schema or "", t.name))
    index = _index(tables)
    patient = _patient_table(tables)
    primary_keys = {t.primary_key[0].lower(): t for t in tables if len(t.primary_key) == 1}
    found: dict[str, tuple[ForeignKey, ...]] = {}
    for table in tables:
        declared = {fk.columns[0] for fk in table.foreign_keys if len(fk.columns) == 1}
        keys = []
        for column in table.columns:
            if column.name in declared or (
                table.primary_key == (column.name,) and column.name.lower() == "id"
            ):
                continue
            best = _best_target(table, column, index, primary_keys, patient)
            if best is not None:
                keys.append(best)
        if keys:
            found[table.qualified_name] = tuple(sorted(keys, key=lambda fk: fk.columns))
    return found


def _best_target(
    table: TableProfile,
    column: TableColumn,
    index: dict[str, list[_Target]],
    primary_keys: dict[str, TableProfile],
    patient: TableProfile | None,
) -> ForeignKey | None:
    words = [singular(w) for w in tokens(column.name)]
    options: list[tuple[TableProfile, float]] = []
    if len(words) >= 2 and words[-1] in _REFERENCE_SUFFIX:
        stem = _key(words[:-1])
        if stem in {_key(form) for form in _stems(table)}:
            return None  # the table's own key: labevents.labevent_id
        options += [(t.table, 0.9 * t.match) for t in index.get(stem, [])]
        options += [(t.table, 0.75 * t.match) for t in index.get("~" + words[-2], [])]
    if len(words) == 1:
        options += [(t.table, 0.8 * t.match) for t in index.get(words[0], [])]
        options += [(t.table, 0.7 * t.match) for t in index.get("~" + words[0], [])]
    owner = primary_keys.get(column.name.lower())
    if owner is not None and column.name.lower() != "id":
        options.append((owner, 0.9))
    if patient is not None and is_patient_key(column.name) and table.primary_key != (column.name,):
        options.append((patient, 0.8))
    best: ForeignKey | None = None
    for target, weight in options:
        if target is table:
            continue
        referred = _referred_column(target, column)
        if referred is None:
            continue
        confidence = round(weight * referred[1], 2)
        same_schema = target.schema == table.schema
        rank = (confidence + (0.01 if same_schema else 0.0), target.name)
        if best is None or rank > (best.confidence, best.referred_table):
            best = ForeignKey(
                columns=(column.name,),
                referred_table=target.name,
                referred_columns=(referred[0].name,),
                referred_schema=target.schema,
                implied=True,
                confidence=confidence,
            )
    return best

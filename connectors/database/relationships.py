"""Relationships kept only by naming convention: ``result.patient_id`` -> ``patient.id``.

Legacy schemas rarely declare foreign keys (OpenEMR declares none across 283 tables). Each
column that is not already in a declared key, and is not its own table's primary key, is
matched against the other tables' *candidate keys* (single-column primary keys and unique
indexes):

- **by the key's name**: ``subject_id`` where one table holds ``subject_id`` as its key. When
  several tables hold a key of that name, the one named for the column's stem wins, then the
  one whose name is most like the referring table's (``labevents.itemid`` -> ``d_labitems``,
  ``chartevents.itemid`` -> ``d_items``); a tie is given up. A key held by a table not named for
  it is trusted only when no table is named for the stem (``user_id`` goes to ``users``, never to
  the ``recent_patients`` table keyed by it) and the stem is not a generic word;
- **by the stem**: ``<stem>_id`` / ``_uid`` / ``_nr`` / ``_no`` / ``_num`` / ``_key`` / ``_fk`` (and
  ``_code`` / ``_cd`` / ``_number`` when the key is text) to a table named ``<stem>``
  (singular or plural, with or without ``tbl_``/``d_`` prefixes or ``_data`` suffixes), cut from
  its first word (``org_id`` -> ``organization`` before ``message_org``), ending in it
  (``ordering_staff_id`` -> ``staff``), or abbreviated by it (``cg_id`` -> ``caregiver``); a
  generic stem only to a table named for it outright (``status_id`` -> ``status``, never
  ``analyzer_result_status``); the one table whose primary key has the column's very name
  comes before one whose name merely ends in the stem (``res_id`` -> ``hfj_resource``);
- back to its own table only when the words before the stem say how rows relate
  (``parent_visit_detail_id``, ``preceding_visit_id``; not ``material_component_id``);
- patient keys (``pid``, ``pat_id``, ``subject_id``) to the patient table, and so does a column
  named as the patient table's own primary key (OpenMolar's ``serialno``), its primary key too.
- the account that wrote a row (``creator``, ``changed_by``, ``owner_id``) to the one table of the
  application's accounts (``users``, ``user_account``, ``system_user``), when nothing else fits;
- a name the schema declares as a key in other tables (Naz.Hastane's ``KNR``, declared in some
  tables to ``ADRES`` and in others to ``BEHAND``, which is declared to ``ADRES``) to the table
  those declarations lead to: what a schema declares of a name says what it means elsewhere;
- a column named for a whole table of several words (``hasil_lab.TINDAKAN_MEDIS`` ->
  ``tindakan_medis``), its primary key too: a table keyed so extends that table's rows;
- a bare noun in the singular naming one table, alone or behind a module's prefix, of the very
  type of its key, as ORMs name reference fields (Tryton's ``institution`` ->
  ``gnuhealth_institution``, Synthea's text ``encounter`` -> ``encounters.id``).

Types must be compatible. Generic names (``name``, ``email``, ``notes``, ``type``...) are
never matched. Each implied key carries a confidence in 0..1 calibrated on public schemas
that declare their keys (``benchmarks/db_relationships.py``); keys under
:data:`SHOWN_CONFIDENCE` are dropped unless asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from assessor.model import ForeignKey, TableColumn, TableProfile

from .coltypes import family
from .context import ISSUER_WORDS, PATIENT_WORDS, REGISTER_WORDS, is_patient_key
from .links import KEY_SUFFIX, names_actor, unique_keys
from .tokens import key_tokens, known_word, singular, tokens

__all__ = ["SHOWN_CONFIDENCE", "infer_relationships"]

SHOWN_CONFIDENCE = 0.6
"""Implied keys at or above this confidence are reported and used for patient linkage."""
DECLARED_NAME = 0.9
"""The confidence of a key named as the schema declares keys of that name elsewhere."""

# A number written out is a key only as text: an issued number another table holds as its
# unique key (``analyzer_results.accession_number`` -> ``sample.accession_number``); an integer
# ``CPT_NUMBER`` is a code's value.
TEXT_KEY_SUFFIX = frozenset({"number"})
# A row's identity kept as text beside its number key, which other rows may refer to instead.
UUID_NAMES = frozenset({("uuid",), ("guid",)})
CODE_SUFFIX = frozenset({"code", "cd"})
# Key words written first: head-first languages' numbers (no_rawat, id_paciente) and the fk_
# prefix GNUmed's schemas and their kin write (fk_consult, fk_patient)
HEAD_FIRST_SUFFIX = frozenset({"no", "nr", "id", "fk"})
# Primary-key names every table may hold: no sign of which table a column refers to.
BARE_KEYS = frozenset(
    {"id", "pk", "key", "uid", "oid", "rowid", "row_id", "no", "nr", "num", "code", "guid",
     "uuid", "seq", "ix", "idx", "serial"}
)  # fmt: skip
GENERIC_STEMS = frozenset(
    {
        "name", "email", "note", "notes", "comment", "description", "desc", "activity",
        "value", "type", "status", "title", "label", "text", "user", "line", "seq",
        "sequence", "group", "parent", "owner", "source", "target", "external", "local",
        "item_no", "object", "entity", "record", "row", "ref", "version", "order", "sort",
        # what a row is tied to, of any kind (OpenDolphin's linkid), not a *_link table's row
        "link",
    }
)  # fmt: skip
# Words that name what a column holds, never a row elsewhere: not even a table of that name.
CONTENT_STEMS = frozenset(
    {"name", "email", "note", "comment", "description", "desc", "value", "text", "title",
     "label", "activity", "remark", "memo"}
)  # fmt: skip
# Words that qualify a key to another row of the same table: how the two rows relate.
RELATION_WORDS = frozenset(
    {"parent", "child", "previou", "previous", "prev", "preceding", "prior", "next", "following",
     "original", "orig", "root", "master", "main", "replaced", "replacement", "superseded",
     "merged", "merge", "duplicate", "dup", "linked", "related", "predecessor", "successor",
     "super", "sub", "top", "base", "old", "new", "primary", "first", "last", "copied"}
)  # fmt: skip
# as stems are compared: singular (status -> statu)
_GENERIC = frozenset(singular(word) for word in GENERIC_STEMS)
_CONTENT = frozenset(singular(word) for word in CONTENT_STEMS)
_TABLE_PREFIX = frozenset({"tbl", "tb", "t", "lu", "lkp", "ref", "d", "dim", "form", "care"})
_TABLE_SUFFIX = frozenset({"data", "master", "table", "tbl", "info", "list", "main"})
_COMPATIBLE = {"integer": {"integer", "numeric"}, "numeric": {"integer", "numeric"}}


@dataclass(frozen=True)
class _Table:
    """A table as inference sees it: its name forms and its candidate keys by column name."""

    profile: TableProfile
    whole: str  # singular words joined: "tblpatientdata"
    core: str  # without prefixes and suffixes: "patient"
    head: str  # the core's first word: "organization" of organization_type
    parts: tuple[str, ...]  # the core's words: ("unit", "of", "measure")
    keys: dict[str, TableColumn]  # candidate key columns by lower-case name
    pk: TableColumn | None  # the single-column primary key
    by_name: dict[str, TableColumn]  # its columns by lower-case name


def _words(name: str) -> tuple[str, ...]:
    return tuple(singular(word) for word in key_tokens(name) if not word.isdigit())


@cache
def _forms(name: str) -> tuple[str, str, str, tuple[str, ...]]:
    """A table's name joined whole, as its core, the core's first word and the core's words:
    ``tbl_patients_data`` -> ``(tblpatientdata, patient, patient, (patient,))``."""
    words = _words(name) or (name.lower(),)
    core = words
    while len(core) > 1 and core[0] in _TABLE_PREFIX:
        core = core[1:]
    while len(core) > 1 and core[-1] in _TABLE_SUFFIX:
        core = core[:-1]
    return "".join(words), "".join(core), core[0], core


def _table(profile: TableProfile) -> _Table:
    by_name = {column.name.lower(): column for column in profile.columns}
    keyed = unique_keys(profile)
    keys = {
        cols[0].lower(): by_name[cols[0].lower()]
        for cols in keyed
        if len(cols) == 1 and cols[0].lower() in by_name
    }
    pk = by_name.get(profile.primary_key[0].lower()) if len(profile.primary_key) == 1 else None
    whole, core, head, parts = _forms(profile.name)
    return _Table(profile, whole, core, head, parts, keys, pk, by_name)


def _compatible(column: TableColumn, target: TableColumn) -> bool:
    a, b = family(column.type), family(target.type)
    return a == b or b in _COMPATIBLE.get(a, set())


def _abbreviates(stem: str, words: tuple[str, ...]) -> bool:
    """``pat`` abbreviates ``patient``, ``cg`` ``caregiver``, ``uom`` ``unit_of_measure``: two to
    four letters (longer stems are words, not abbreviations), each word of the name giving the
    next run of them in order, starting with its own first letter. ``stu`` abbreviates no
    ``study_site`` (no letter is left for ``site``) and ``doc`` no ``disease_case_diagnostics``."""
    if not 2 <= len(stem) <= 4 or stem == "".join(words):
        return False
    if _whole_word(stem):
        return False  # visit_date_id's date is no department
    return _runs(stem, words)


def _runs(stem: str, words: tuple[str, ...]) -> bool:
    """Whether the stem splits into one run of letters per word, each run the word's first
    letter and then letters of the word in order."""
    if not words or not stem:
        return not words and not stem
    word = words[0]
    if stem[0] != word[0]:
        return False
    for end in range(1, len(stem) - len(words) + 2):
        if _in_order(stem[1:end], word[1:]) and _runs(stem[end:], words[1:]):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    position = 0
    for letter in letters:
        position = word.find(letter, position) + 1
        if not position:
            return False
    return True


def _whole_word(stem: str) -> bool:
    """A four-letter stem that is a word (``date``, ``case``): no abbreviation or cut of a
    longer table's name, as shorter stems (``pat``, ``enc``) may be."""
    return len(stem) == 4 and known_word(stem)


ABBREVIATED = 0.85  # the fit of a table whose name a stem abbreviates (cg: caregiver)
TAIL_FIT = 0.9  # the fit of a table whose name ends in the stem (irb_study for study)
# Suffixes of a key to another row; a number or a code a table keeps under its own stem
# (md_bk_patient.patientcode, md_card.cardno) is the number it issues, no reference.
ROW_KEY_SUFFIX = frozenset({"id", "fk", "key"})


def _name_fit(stem: str, table: _Table) -> float:
    """How well a table's name says it holds what the stem names."""
    if stem in (table.core, table.whole):
        return 1.0
    if _truncates(stem, table.head):
        return 0.95
    if table.core.endswith(stem) and len(stem) >= 3:
        return TAIL_FIT
    if _abbreviates(stem, table.parts):
        return ABBREVIATED
    return 0.0


def _truncates(stem: str, word: str) -> bool:
    """``org`` cut from ``organization``, ``enc`` from ``encounter``: the commonest way a key's
    stem is shortened, so a table named by the whole word beats one whose name merely ends in
    the cut (``message_org``)."""
    if _whole_word(stem):
        return False  # camp_id is no campaign's
    return 3 <= len(stem) <= 4 and len(word) > len(stem) + 2 and word.startswith(stem)


def _common(a: str, b: str) -> int:
    """Length of the longest run of letters two names share."""
    best = 0
    for start in range(len(a)):
        for end in range(start + best + 1, len(a) + 1):
            if a[start:end] in b:
                best = end - start
            else:
                break
    return best


@cache
def _split_name(name: str) -> tuple[str, str] | None:
    """(stem, suffix) of a key-like column name: ``preceding_visit_id`` ->
    ``("precedingvisit", "id")``; ``ITEMID`` -> ``("item", "id")``; None otherwise."""
    words = [word for word in key_tokens(name) if not word.isdigit()]
    if not words:
        return None
    last = words[-1]
    if len(words) == 1 and last in BARE_KEYS:
        return None  # the row's own: uuid and guid are no "uu" and "gu" ids
    if len(words) == 1 and len(last) > 3 and last.endswith("id"):
        words, last = [last[:-2]], "id"  # glued: itemid, cgid
    elif len(words) >= 2 and last in KEY_SUFFIX | CODE_SUFFIX | {"uuid", "uid"}:
        words = words[:-1]
    elif len(words) >= 2 and words[0] in HEAD_FIRST_SUFFIX and words[1] != "of":
        # head-first languages put the number word first: no_rawat, nr_fall, id_paciente (a
        # number of beds, no_of_beds, is a count)
        words, last = words[1:], words[0]
    else:
        return None
    return "".join(singular(w) for w in words), last


@cache
def _stems_of(name: str) -> tuple[tuple[str, float], ...]:
    """The column's possible stems, longest first, with a weight: ``preceding_visit_detail_id``
    -> ``precedingvisitdetail`` (1.0), ``visitdetail`` and ``detail`` (0.9)."""
    split = _split_name(name)
    if split is None:
        return ()
    words = [singular(w) for w in key_tokens(name) if not w.isdigit()]
    if split[1] == "id" and len(words) == 1:
        return ((split[0], 1.0),)
    # the number word last (visit_id), or first in head-first languages (no_rawat, fk_consult)
    words = words[1:] if "".join(words[1:]) == split[0] else words[:-1]
    found = []
    for start in range(len(words)):
        stem = "".join(words[start:])
        found.append((stem, 1.0 if start == 0 else 0.9))
    return tuple(found)


@dataclass(frozen=True)
class _Option:
    target: _Table
    referred: TableColumn
    confidence: float


class _Index:
    """The tables by key name, by column name and by the stems their names fit, so that a
    column meets only the tables it could refer to (a schema of 2,000 tables has 60,000
    columns: comparing each with every table would take minutes)."""

    def __init__(self, tables: Sequence[_Table]) -> None:
        self.holders: dict[str, list[_Table]] = {}
        self.columns: dict[str, list[_Table]] = {}
        self._forms: dict[str, list[_Table]] = {}
        self._tails: dict[str, list[_Table]] = {}
        self._initials: dict[str, list[_Table]] = {}
        self._heads: dict[str, list[_Table]] = {}
        self._fits: dict[str, dict[int, tuple[_Table, float]]] = {}
        self._modules: dict[str, dict[str, _Table]] = {}  # first word -> rest of name -> table
        for table in tables:
            for key in table.keys:
                self.holders.setdefault(key, []).append(table)
            for column in table.by_name:
                self.columns.setdefault(column, []).append(table)
            for form in {table.core, table.whole}:
                self._forms.setdefault(form, []).append(table)
            for start in range(1, len(table.core) - 2):
                self._tails.setdefault(table.core[start:], []).append(table)
            if table.core:
                self._initials.setdefault(table.core[0], []).append(table)
            for end in (3, 4):
                self._heads.setdefault(table.head[:end], []).append(table)
            words = _words(table.profile.name)
            if len(words) >= 2:
                self._modules.setdefault(words[0], {})["".join(words[1:])] = table

    def fits(self, stem: str) -> dict[int, tuple[_Table, float]]:
        """The tables whose names fit the stem (see :func:`_name_fit`), by id, with the fit."""
        if stem not in self._fits:
            found: dict[int, tuple[_Table, float]] = {}
            for table in self._forms.get(stem, ()):
                found[id(table)] = (table, 1.0)
            for table in self._heads.get(stem, ()):
                if _truncates(stem, table.head):
                    found.setdefault(id(table), (table, 0.95))
            if len(stem) >= 3:
                for table in self._tails.get(stem, ()):
                    found.setdefault(id(table), (table, TAIL_FIT))
            if 2 <= len(stem) <= 4:
                for table in self._initials.get(stem[0], ()):
                    if _abbreviates(stem, table.parts):
                        found.setdefault(id(table), (table, 0.85))
            self._fits[stem] = found
        return self._fits[stem]

    def module_tables(self, stem: str) -> list[_Table]:
        """The tables named ``<prefix>_<stem>`` where three tables or more share the prefix
        word: a module's (``gnuhealth_institution``, ``remapp_kvp``)."""
        return [
            tables[stem]
            for tables in self._modules.values()
            if len(tables) >= MODULE_TABLES and stem in tables
        ]

    def exact(self, form: str) -> list[_Table]:
        """The tables whose name, whole or as its core, is the form."""
        return self._forms.get(form, [])

    def named(self, stems: list[tuple[str, float]]) -> dict[int, tuple[_Table, float, float]]:
        """The tables the column's stems name, by id: (table, fit, weight) of the best stem."""
        best: dict[int, tuple[_Table, float, float]] = {}
        for stem, weight in stems:
            fits = self.fits(stem)
            # a qualified key's last word alone, as general as "type", names the one table
            # that ends in it (pat_name_fk -> person_name), not one of several (*_types)
            ambiguous = (
                stem in _GENERIC
                and weight < 1.0
                and sum(fit < 1.0 for _t, fit in fits.values()) > 1
            )
            for key, (table, fit) in fits.items():
                if ambiguous and fit < 1.0:
                    continue
                if fit == ABBREVIATED and weight < 1.0:
                    continue  # the last letters of a longer name (UNIT_TO_ID's to) are no word
                current = best.get(key)
                if current is None or (fit, weight) > current[1:]:
                    best[key] = (table, fit, weight)
        return best


def _options(
    table: _Table,
    column: TableColumn,
    index: _Index,
    patient: _Table | None,
    patient_key: str | None = None,
    users: _Table | None = None,
) -> list[_Option]:
    """Every target the column's name and type could refer to, with a confidence;
    ``patient_key``: see :func:`_patient_key`; ``users``: see :func:`_users_table`."""
    name = column.name.lower()
    split = _split_name(column.name)
    suffix = split[1] if split else None
    stems = list(_stems_of(column.name))
    if suffix in CODE_SUFFIX | TEXT_KEY_SUFFIX and family(column.type) != "string":
        return []  # a numeric *_code is a value, not a key
    options: list[_Option] = []
    # Without a key-like name (no stems) only the patient key and a bare table name below
    # can refer anywhere: most columns of a wide schema are plain values like that.
    if stems:
        generic = stems[0][0] in _GENERIC or name in GENERIC_STEMS
        named = index.named(stems)
        if suffix in CODE_SUFFIX and len(stems[0][0]) == 2:
            # a two-letter code (Turkish il_kodu, a province's) names a code, no abbreviated
            # table: IL is no INTIHAR_IZLEM
            named = {key: entry for key, entry in named.items() if entry[1] != ABBREVIATED}
        own_fit = named[id(table)][1] if id(table) in named else 0.0
        own_key = name in table.keys
        if own_key and own_fit >= 0.85:
            return []  # the key of its own table, which is named for it: d_items.itemid
        others = [entry for key, entry in named.items() if key != id(table)]
        best_fit = max((fit for _t, fit, _w in others), default=0.0)
        any_named = best_fit >= 0.85
        # A table named better for the stem, keyed otherwise (dicomattrs.pk), is what a table
        # merely holding the key (rel_task_dicomattrs.dicomattrs_fk) refers to as well.
        best_holds = any(fit == best_fit and name in t.keys for t, fit, _w in others)
        owners = [h for h in index.holders.get(name, ()) if h.pk is h.keys[name]]
        sole_owner = owners[0] if len(owners) == 1 else None
        for holder in index.holders.get(name, ()):
            referred = holder.keys[name]
            if holder is table or not _compatible(column, referred) or _extends(holder, name):
                continue
            _t, fit, weight = named.get(id(holder), (holder, 0.0, 0.0))
            if fit >= 0.85 and fit > own_fit and (fit == best_fit or best_holds):
                options.append(_Option(holder, referred, (0.7 + 0.25 * fit) * weight))
            elif sole_owner is holder and best_fit < 1.0 and not (generic or own_key):
                # res_id -> hfj_resource, keyed by res_id, over hfj_subscription_flag_res,
                # whose name merely ends in the stem: the one primary key of the very name is
                # the surer sign, short of a table named for the stem outright
                options.append(_Option(holder, referred, 0.9))
            elif not (any_named or generic or own_key or own_fit >= 0.85):
                # hadm_id -> admissions: the one table keyed by it, none named for it
                options.append(_Option(holder, referred, 0.55 if suffix in CODE_SUFFIX else 0.75))
        if suffix is not None and stems[0][0] not in _CONTENT:
            for target, fit, weight in others:
                if fit < 0.85 or fit <= own_fit or name in target.keys:
                    continue  # a key of the column's own name was met above
                if generic and fit < 1.0:
                    continue  # status_id: a table named status, not any *_status table
                if fit == TAIL_FIT and _refers_itself(target, column, stems, suffix):
                    continue
                found = _unkeyed(target, name, column)
                if found is None:
                    continue
                referred, trust = found
                if _other_kind_of_key(referred.name, suffix):
                    continue
                if _compatible(column, referred) and (
                    suffix not in CODE_SUFFIX or family(referred.type) == "string"
                ):
                    options.append(_Option(target, referred, 0.9 * fit * weight * trust))
        if len(stems) == 1 and not any_named and not options and suffix in KEY_SUFFIX:
            options += _glued_qualifier(table, column, stems[0][0], index)
        # parent_visit_detail_id in visit_detail: a qualified key back to its own table
        if (
            table.pk is not None
            and _compatible(column, table.pk)
            and not own_key
            and _qualified_self(column.name, stems, table)
        ):
            options.append(_Option(table, table.pk, 0.75))
    if patient is not None and patient is not table and _words(name) in BARE_PATIENT:
        # FreeMED's allergies.patient: the word alone, typed as the patient table's key
        found = _unkeyed(patient, name, column)
        if found is not None and _compatible(column, found[0]):
            options.append(_Option(patient, found[0], 0.8))
    if patient is not None and patient is not table and is_patient_key(column.name):
        # the same name first: OpenEMR's pid refers to patient_data.pid, not its surrogate id
        same = _same_name(patient, name)
        found = (same, 1.0) if same is not None else _unkeyed(patient, name, column)
        if found is not None and _compatible(column, found[0]):
            options.append(_Option(patient, found[0], 0.8 * max(found[1], 0.9)))
    if name == patient_key and patient is not None and patient is not table:
        # serialno where the patients' table is keyed by serialno (OpenMolar): its number
        assert patient.pk is not None
        if _compatible(column, patient.pk):
            options.append(_Option(patient, patient.pk, 0.85))
    whole = _whole_table_name(column.name)
    if whole is not None:
        # a column named for a whole table of several words: hasil_lab.TINDAKAN_MEDIS ->
        # tindakan_medis, the row the result belongs to
        for target in index.exact(whole):
            if target is not table and target.pk is not None and _compatible(column, target.pk):
                options.append(_Option(target, target.pk, 0.8))
    stem = _bare_stem(column.name)
    if stem is not None:
        # a bare column named like a table it also appears in: encounter -> form_encounter;
        # named for the word alone, not ending in it (synonym is no key into concept_synonym)
        fits = index.fits(stem)
        if fits.get(id(table), (table, 0.0))[1] < 0.85:
            for target in index.columns.get(name, ()):
                referred = _same_name(target, name)
                fit = fits.get(id(target), (target, 0.0))[1]
                if referred is None or target is table or fit < 1.0:
                    continue
                if _compatible(column, referred):
                    options.append(_Option(target, referred, 0.7))
        if not options and stem not in _CONTENT:
            options += _named_for_table(table, column, stem, index)
    if suffix == "uid" and stems:
        # a uid is also a user's (Unix's: OpenEMR's session pn_uid): only to a key of its very
        # name or a table named for its stem outright, never by an abbreviation
        options = [
            option
            for option in options
            if option.referred.name.lower() == name
            or named.get(id(option.target), ((), 0.0))[1] >= 1.0
        ]
    if not options and users is not None and users is not table and names_actor(name):
        # OpenMRS's creator and voided_by, OpenClinica's owner_id: the account, when nothing
        # else fits
        assert users.pk is not None
        if _compatible(column, users.pk):
            options.append(_Option(users, users.pk, 0.8))
    return options


def _named_for_table(table: _Table, column: TableColumn, stem: str, index: _Index) -> list[_Option]:
    """A bare column named in the singular for one other table (Synthea's ``encounter`` ->
    ``encounters``, Tryton's ``institution`` -> ``gnuhealth_institution``, as ORMs name a
    reference field), holding that table's key, of its very declared type. The table is named
    for the word alone, or behind its module's prefix: one first word that three tables or more
    share. A plural names a count (``beds``)."""
    if stem in BARE_KEYS or singular(column.name.lower()) != column.name.lower():
        return []
    targets = [
        target for target in index.exact(stem) + index.module_tables(stem) if target is not table
    ]
    if len({id(target) for target in targets}) != 1:
        return []
    target = targets[0]
    found = _unkeyed(target, "id")
    if found is None:
        return []
    referred, trust = found
    if column.type.lower() != referred.type.lower():
        return []  # a key holds the very type of the key it meets (an int(3) is a code)
    fit = 1.0 if target.core == stem or target.whole == stem else 0.9
    return [_Option(target, referred, 0.75 * fit * trust)]


MODULE_TABLES = 3  # tables sharing a first word that make it a module's prefix
MIN_GLUED_HEAD = 4  # "user", "case": shorter tails (lab, ward) are read inside other words


def _glued_qualifier(table: _Table, column: TableColumn, stem: str, index: _Index) -> list[_Option]:
    """A key whose words run together with a qualifier before the table's name, as ORMs write
    camelCase fields once PostgreSQL folds them (SORMAS's ``reportinguser_id`` -> users,
    ``healthfacility_id`` -> facility): the longest ending of the stem that is exactly one
    other table's name, after three letters or more of qualifier."""
    for start in range(3, len(stem) - MIN_GLUED_HEAD + 1):
        targets = [t for t in index.exact(stem[start:]) if t is not table and t.pk is not None]
        if len(targets) == 1 and _compatible(column, targets[0].pk):
            return [_Option(targets[0], targets[0].pk, 0.8)]
        if targets:
            return []
    return []


def _qualified_self(name: str, stems: list[tuple[str, float]], table: _Table) -> bool:
    """Whether the column names another row of its own table: a stem it ends in names the
    table, and the words before that stem say how the rows relate (``parent_``,
    ``preceding_``); ``material_component_id`` in ``inventory_component`` names a material's
    component, another table's row."""
    words = _words(name)
    for qualifiers, (stem, weight) in enumerate(stems):
        if weight < 1 and _name_fit(stem, table) >= 0.85:
            return bool(set(words[:qualifiers]) & RELATION_WORDS)
    return False


def _refers_itself(
    target: _Table, column: TableColumn, stems: list[tuple[str, float]], suffix: str
) -> bool:
    """Whether a table keyed by one column, whose name ends in the column's stem, holds besides
    that key a row key (an id) of that stem that may hold the column's values (LibreClinica's
    ``irb_study`` keeps a ``study_id``, NBS's ``auth_user`` a ``user_id``): it refers to what the
    stem names, as the column does, and is not it. Motech's ``child_case`` keeps CommCare's text
    ``case_id`` beside the integer key its forms' ``case_id`` meet, so it still is. The stem is
    the longest of the column's that the table's name ends in (``dicom_query_id`` names
    ``remapp_dicomquery``, whose own ``query_id`` is the query's number)."""
    fitting = [stem for stem, _weight in stems if _name_fit(stem, target) == TAIL_FIT]
    if not fitting or suffix not in ROW_KEY_SUFFIX or target.pk is None:
        # a legacy table without a key is met by its column of the reference's name
        return False
    return any(
        _split_name(held.name) == (fitting[0], suffix) and _compatible(column, held)
        for name, held in target.by_name.items()
        if name not in target.keys
    )


def _other_kind_of_key(key: str, suffix: str) -> bool:
    """Whether a key named with its own words is a uid where the column names an id, or the
    other way round (NBS's ``add_user_id`` is no ``auth_user_uid``): a schema names its keys
    one way, so the kinds do not meet."""
    split = _split_name(key)
    return split is not None and {split[1], suffix} == {"id", "uid"}


def _extends(table: _Table, key: str) -> bool:
    """Whether the table's key of that name is itself declared a foreign key: the table extends
    another's rows (an allergy row per visit keyed by the visit's number), so a reference by
    that name is to the row it extends, not to it."""
    return any(tuple(c.lower() for c in fk.columns) == (key,) for fk in table.profile.foreign_keys)


@cache
def _bare_stem(name: str) -> str | None:
    """The stem of a column named by one word that is no key name and no generic word
    (``encounter``), which may name a table it appears in; None for any other name."""
    bare = key_tokens(name)
    if len(bare) != 1 or _split_name(name) is not None or singular(bare[0]) in _GENERIC:
        return None
    return singular(bare[0])


def _patient_key(patient: _Table | None, tables: Sequence[_Table]) -> str | None:
    """The lower-case name of the patients' table's own primary key, when other tables hold it
    as a plain column (OpenMolar's ``serialno``, the patient's number on every row of theirs):
    not a name every table may hold as its own key (``id``, MIMIC's ``ROW_ID``)."""
    if patient is None or patient.pk is None:
        return None
    name = patient.pk.name.lower()
    stems = _stems_of(name)
    if name in BARE_KEYS or (stems and stems[0][0] in _GENERIC):
        return None  # recent_patients keyed by user_id names no patient
    if _words(name)[-1:] in (("guid",), ("uuid",)):
        return None  # every row's own GUID (HOSxP's hos_guid on every table) names no patient
    keyed = sum(t.pk is not None and t.pk.name.lower() == name for t in tables)
    if keyed * 10 >= len(tables) * 9:
        # the key nine tables in ten are numbered by (AfyaPro's autocode on every table), not
        # the few keyed by the patient's number that extend the patient's row (OpenMolar's)
        return None
    held = any(
        name in t.by_name and name not in {k.lower() for k in t.profile.primary_key}
        for t in tables
        if t is not patient
    )
    return name if held else None


@cache
def _whole_table_name(name: str) -> str | None:
    """The name joined as a table's is (``tindakanmedi``) when it has several words and is no
    key name (``tindakan_medis``); None for any other name."""
    words = _words(name)
    if len(words) < 2 or _split_name(name) is not None or words[-1] in _GENERIC:
        return None
    return "".join(words)


@cache
def _reading(name: str) -> tuple[str, str | None, bool]:
    """What :func:`infer_relationships` reads first of every column's name, in one cached
    look-up rather than three (a schema of 2,000 tables has 60,000 columns): the name in lower
    case, the table name it may be (:func:`_whole_table_name`) and whether it may refer to
    another table at all (:func:`_may_refer`)."""
    return name.lower(), _whole_table_name(name), _may_refer(name)


@cache
def _may_refer(name: str) -> bool:
    """Whether a column so named can refer to another table at all (see :func:`_options`): a
    key-like name, a patient key or a bare table name (or a whole one, when a table has that
    name: see :func:`infer_relationships`). Most columns of a wide schema are plain
    values (``c00_col``, ``amount``) that need not meet the index."""
    return bool(_stems_of(name)) or is_patient_key(name) or _bare_stem(name) is not None


def _unkeyed(
    table: _Table, name: str, column: TableColumn | None = None
) -> tuple[TableColumn, float] | None:
    """The column a reference to the table meets, and how sure that is: its primary key, or,
    for a ``column`` of another type, the one unique UUID of that type (LAMISPlus's
    ``person_uuid`` VARCHAR meets ``patient_person.uuid``, not its BIGINT ``id``); in a legacy
    table without one, its column of the reference's name, else its ``id``."""
    if table.pk is not None:
        split = _split_name(column.name) if column is not None else None
        if column is None or split is None:
            return table.pk, 1.0
        uuids = [
            key
            for key in table.keys.values()
            if _compatible(column, key) and key_tokens(key.name)[-1:] in UUID_NAMES
        ]
        if split[1] == "uuid":
            # a UUID refers to the table's UUID or to nothing (a row's own is no reference)
            return (uuids[0], 1.0) if len(uuids) == 1 else None
        if _compatible(column, table.pk) or split[1] != "id" or len(uuids) != 1:
            return table.pk, 1.0  # hl7_source_key, hl7_code: a value of another kind
        return uuids[0], 0.9  # a text *_id naming one (LAMISPlus's visit_id)
    composite = len(table.profile.primary_key) > 1
    if composite and not _own_part(table, name):
        # in a key of several columns, each names one value of an association (DHIS2's
        # program_organisationunits, keyed by the program and the unit; NBS's person_race and
        # its race code), not a row anything refers to; only a bare id among them is the row's
        # own, as a modelling tool's identifying relationship adds the parent's key to the
        # child's (The Ark's person, keyed by its ID and its gender type)
        return _id_of(table)
    for candidate in (name, "id"):
        column = _same_name(table, candidate)
        if column is not None:
            return column, 0.8
    return None


def _own_part(table: _Table, name: str) -> bool:
    """Whether the column of that name is the part of the table's key of several columns that
    numbers its rows: named for the table (OpenClinic GA's ``Transactions`` keyed by
    ``serverid`` and ``transactionId``), which is not named for another part of its key as an
    association is for the rows it joins (``program_organisationunits``)."""
    split = _split_name(name)
    key = [part.lower() for part in table.profile.primary_key]
    if split is None or split[1] in CODE_SUFFIX or name not in key:
        return False  # a code in a key of several columns is a value (diagnoses_icd.icd_code)
    if _name_fit(split[0], table) < TAIL_FIT:
        return False
    others = (_split_name(part) for part in key if part != name)
    return not any(other is not None and other[0] in table.whole for other in others)


def _id_of(table: _Table) -> tuple[TableColumn, float] | None:
    column = _same_name(table, "id")
    return (column, 0.8) if column is not None else None


def _same_name(table: _Table, name: str) -> TableColumn | None:
    return next((c for c in table.profile.columns if c.name.lower() == name), None)


def _choose(table: _Table, options: list[_Option]) -> _Option | None:
    """The best option; near-ties between tables are settled by how alike the tables' names
    are, and given up (confidence halved) when that does not settle them."""
    if not options:
        return None
    by_target: dict[int, _Option] = {}
    for option in options:
        if option.target is table and len(options) > 1:
            continue  # another table named for the stem comes first
        current = by_target.get(id(option.target))
        if current is None or option.confidence > current.confidence:
            by_target[id(option.target)] = option
    ranked = sorted(
        by_target.values(),
        key=lambda o: (
            -round(o.confidence, 2),
            -_common(table.core, o.target.core),
            o.target.profile.schema != table.profile.schema,
            o.target.profile.name,
        ),
    )
    best = ranked[0]
    close = [o for o in ranked if o.confidence >= best.confidence - 0.06]
    if len(close) == 1:
        return best
    roots = [
        o for o in close if all(other is o or _extension(other.target, o.target) for other in close)
    ]
    if roots:
        return roots[0]  # PAT_ENC_CSN_ID -> PAT_ENC, which PAT_ENC_2 and PAT_ENC_HSP extend
    alike = sorted((_common(table.core, o.target.core), i) for i, o in enumerate(close))
    if alike[-1][0] >= 3 and alike[-1][0] > alike[-2][0]:
        return close[alike[-1][1]]  # labevents.itemid -> d_labitems, not d_items
    schemas = {o.target.profile.schema == table.profile.schema for o in close[:2]}
    if len(schemas) == 2 or best.confidence > close[1].confidence + 0.02:
        return best
    return _Option(best.target, best.referred, best.confidence * 0.5)  # a tie: give up


# The words of a column that says which table or class a row's key beside it is of.
KIND_OF_ROW_WORDS = frozenset({"table", "tablename", "classname", "model"})
# Stems that name a class of rows themselves: a model_id beside its model.
ROW_CLASS_STEMS = frozenset({"model", "object", "entity", "resource"})


@cache
def _polymorphic(names: tuple[str, ...]) -> frozenset[str]:
    """The lower-case names of the keys that point at a row of whichever table a column beside
    them names (OpenELIS's ``reference_id`` beside ``reference_table``, a Yii audit trail's
    ``model_id`` beside ``model``): a polymorphic association, of no one table. Cached per
    table's names."""
    readings = {name.lower(): tuple(singular(w) for w in key_tokens(name)) for name in names}
    found = set()
    for lower, words in readings.items():
        split = _split_name(lower)
        if split is None or split[1] not in KEY_SUFFIX or len(words) < 2:
            continue
        stem = words[:-1]
        for other, seen in readings.items():
            if other == lower:
                continue
            rest = seen[len(stem) :] if seen[: len(stem)] == stem else ()
            kind = bool(rest) and rest[0] in KIND_OF_ROW_WORDS
            if (kind and set(rest[1:]) <= KEY_SUFFIX | {"name"}) or (
                seen == stem and stem[-1] in ROW_CLASS_STEMS
            ):
                found.add(lower)
    return frozenset(found)


def _registers_patients(words: tuple[str, ...]) -> bool:
    """Named with the patient word, and after its last only words of the person's register
    (``tbl_patient_data``, ``patients_master``), if any."""
    found = [i for i, word in enumerate(words) if word in PATIENT_WORDS]
    return bool(found) and set(words[found[-1] + 1 :]) <= REGISTER_WORDS


def _patient_table(tables: Sequence[_Table]) -> _Table | None:
    """The table of patients: named just for them (``patient``, ``patient_data``, ``persons``),
    else the widest table whose name ends in them behind a module's prefix
    (``gnuhealth_patient``, not ``gnuhealth_patient_evaluation``, an evaluation), else the
    widest table whose name mentions them."""
    named = [t for t in tables if t.core in PATIENT_WORDS]
    # a table named for a record of patients' care or a part of one (patient_appointment,
    # patient_program_attribute) is not theirs
    mentioned = [t for t in tables if _registers_patients(_words(t.profile.name))]
    ending = [t for t in mentioned if singular(_words(t.profile.name)[-1]) in PATIENT_WORDS]
    found = named or ending or mentioned
    # a table continuing another's rows (Epic's PATIENT_2 .. PATIENT_4) is no register of its
    # own: the table it continues is
    found = [t for t in found if not _continues(t, found)] or found
    # the register holds one row per patient: a table that keeps a patient's key it is not
    # keyed by (elCID's demographics.patient_id, of Opal's patient) keeps rows about one
    return max(
        [t for t in found if not _about_a_patient(t)] or found,
        key=lambda t: (len(t.profile.columns), t.profile.name),
        default=None,
    )


def _extension(table: _Table, root: _Table) -> bool:
    """Whether the table is named as ``root`` and more after a separator (``PAT_ENC_HSP`` and
    ``PAT_ENC_2`` of ``PAT_ENC``, ``PatEncHsp`` of ``PatEnc``): a table of more about its rows."""
    name, base = table.profile.name, root.profile.name
    if len(name) <= len(base) or name[: len(base)].lower() != base.lower():
        return False
    after = name[len(base)]
    return after in "_0123456789" or (after.isupper() and base[-1].islower())


def _continues(table: _Table, tables: Sequence[_Table]) -> bool:
    """Whether the table continues the rows of another of ``tables``: its name is that table's
    and a number (``PATIENT_2``)."""
    return any(
        other is not table and _numbered(table.profile.name, other.profile.name) for other in tables
    )


def _numbered(name: str, root: str) -> bool:
    """Whether ``name`` is ``root`` with a number after it (``PATIENT_2``, ``patient2``)."""
    rest = name.lower().removeprefix(root.lower())
    return rest != name.lower() and rest.lstrip("_").isdigit()


def _about_a_patient(table: _Table) -> bool:
    """Whether the table holds a patient's key that is no key of its own (many rows of it
    may name one patient)."""
    return any(is_patient_key(name) and name not in table.keys for name in table.by_name)


# A column named by the patient word alone refers to the patient table's key.
BARE_PATIENT = frozenset({("patient",), ("pasien",), ("paciente",)})
# The accounts table of an application, by its name's core: who created or changed a row.
USER_TABLES = frozenset({"user", "sysuser", "systemuser", "useraccount", "appuser", "login"})


def _users_table(tables: Sequence[_Table]) -> _Table | None:
    """The one table of the application's accounts (OpenMRS's ``users``, OpenClinica's
    ``user_account``, OpenELIS's ``system_user``), keyed by one column; None when there is no
    such table or more than one."""
    found = [t for t in tables if t.core in USER_TABLES and t.pk is not None]
    return found[0] if len(found) == 1 else None


def _declared_names(tables: Sequence[_Table]) -> dict[str, _Option]:
    """The column names the schema itself declares as keys into one table: name -> that
    table and its key. Where the declarations of a name reach several tables, the one they lead
    to that is keyed by the name alone wins (``BEHAND.KNR -> ADRES`` and ``ANAMNEZ.KNR ->
    BEHAND``: ``ADRES``). A name declared back to its own table (``parent_id``) or reaching two
    such tables teaches nothing, nor does a name declared once whose stem names another table
    than the one it reaches (Odoo's ``product_pres_comp_rel.product_id -> prescription_line``).
    """
    by_name = {(t.profile.schema, t.profile.name.lower()): t for t in tables}
    # name -> referring table -> (referred table, its key)
    reaches: dict[str, dict[tuple[str | None, str], tuple[tuple[str | None, str], str]]] = {}
    unsure: set[str] = set()
    for table in tables:
        here = (table.profile.schema, table.profile.name.lower())
        for fk in table.profile.foreign_keys:
            if len(fk.columns) != 1 or fk.implied:
                continue
            name = fk.columns[0].lower()
            target = (fk.referred_schema or table.profile.schema, fk.referred_table.lower())
            if target == here or name in BARE_KEYS:
                unsure.add(name)
            reaches.setdefault(name, {})[here] = (target, fk.referred_columns[0].lower())
    taught: dict[str, _Option] = {}
    for name, referring in reaches.items():
        roots = {
            (target, key)
            for target, key in referring.values()
            if target not in referring and target in by_name and key in by_name[target].keys
        }
        if name in unsure or len(roots) != 1:
            continue
        ((target, key),) = roots
        holder = by_name[target]
        stems = _stems_of(name)
        if len(referring) == 1 and stems and not any(_name_fit(s, holder) for s, _w in stems):
            continue
        taught[name] = _Option(holder, holder.keys[key], DECLARED_NAME)
    return taught


def infer_relationships(
    tables: Iterable[TableProfile], minimum: float = SHOWN_CONFIDENCE
) -> dict[str, tuple[ForeignKey, ...]]:
    """Implied foreign keys of each table (by qualified name), declared ones left out, of
    ``minimum`` confidence or more."""
    views = [_table(t) for t in sorted(tables, key=lambda t: (t.schema or "", t.name))]
    patient = _patient_table(views)
    patient_key = _patient_key(patient, views)
    users = _users_table(views)
    index = _Index(views)
    taught = _declared_names(views)
    found: dict[str, tuple[ForeignKey, ...]] = {}
    for view in views:
        table = view.profile
        declared = {fk.columns[0].lower() for fk in table.foreign_keys if len(fk.columns) == 1}
        referred = {fk.referred_table.lower() for fk in table.foreign_keys}
        keys = []
        own_pk = view.pk.name.lower() if view.pk is not None else None
        polymorphic = _polymorphic(tuple(column.name for column in table.columns))
        for column in table.columns:
            lower, whole, may_refer = _reading(column.name)
            if lower in declared or lower in polymorphic:
                continue
            patients = lower == patient_key
            if lower in taught and lower != own_pk:
                option = taught[lower]
                if option.target is not view and _compatible(column, option.referred):
                    keys.append(_implied(column, option))
                continue
            if may_refer and not ISSUER_WORDS.isdisjoint(tokens(column.name)):
                continue  # who issued a number (IssuerOfPatientId) refers to no row holding it
            if lower == own_pk and whole is None and not patients:
                continue  # a primary key named for a whole table or the patient extends its row
            if not (
                may_refer
                or patients
                or (whole is not None and index.exact(whole))
                or (users is not None and names_actor(column.name))
            ):
                continue
            chosen = _choose(view, _options(view, column, index, patient, patient_key, users))
            if chosen is None or chosen.confidence < minimum:
                continue
            target = chosen.target.profile.name.lower()
            if target in referred and _stems_of(column.name)[:1] == ((target, 1.0),):
                # the row's key to that table is declared; a column named for it beside that
                # key keeps the other row's number (ClearCanvas's Study.PatientId beside the
                # declared PatientGUID), not a second reference
                continue
            keys.append(_implied(column, chosen))
        if keys:
            found[table.qualified_name] = tuple(sorted(keys, key=lambda fk: fk.columns))
    return found


def _implied(column: TableColumn, option: _Option) -> ForeignKey:
    return ForeignKey(
        columns=(column.name,),
        referred_table=option.target.profile.name,
        referred_columns=(option.referred.name,),
        referred_schema=option.target.profile.schema,
        implied=True,
        confidence=round(min(option.confidence, 0.99), 2),
    )

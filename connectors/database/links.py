"""Rows that reach a patient, or no one, by the shape of the keys rather than their names.

Used by :func:`.context.linkage`: a link table of nothing but keys joins the rows it points to
to the patient (``sample_human`` joins a sample); the part of a multi-site patients' key that is
not the site is the patient number wherever it appears (ORCA's ``ptid`` beside ``hospid``); a
note kept on a row of any table (``reference_table``, ``reference_id``) is kept on patients'
rows among the rest; and a table that dates when the schema's other tables were loaded
(PCORnet's ``harvest``) describes the database, not a person.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from assessor.model import ForeignKey, TableColumn, TableProfile

from .coltypes import family
from .tokens import key_tokens, singular, tokens

__all__ = [
    "KEY_SUFFIX",
    "KEY_WORDS",
    "dates_tables",
    "keyed_by_shared_key",
    "keyed_by_site_key",
    "names_actor",
    "names_kind",
    "refers_to_any_row",
    "step",
    "through_links",
    "unique_keys",
    "words_of",
]

# Words that say a column holds a date or a time.
DATE_WORDS = frozenset({"date", "dt", "time", "timestamp", "datetime", "ts"})
# Words of the hospital or site a multi-site system numbers its patients within.
SITE_WORDS = frozenset(
    {"hosp", "hospital", "site", "facility", "clinic", "institution", "tenant", "branch"}
)
# What a reference to a row of any table is called: reference_id, row_id, record_id.
ROW_WORDS = frozenset({"reference", "ref", "row", "record", "object", "entity", "foreign"})
NAMING_WORDS = frozenset({"name", "title", "label", "description", "desc"})

# The last words of a key: patient_id, visit_nr, hospnum.
KEY_WORDS = frozenset({"id", "no", "num", "number", "nbr", "nr", "key", "identifier"})
# Words of the job that wrote a row: a run, a batch, a load.
RUN_WORDS = frozenset({"run", "batch", "job", "load", "etl", "upload"})


def through_links(
    sources: list[str],
    profiles: Mapping[str, TableProfile],
    edges: Mapping[str, list[tuple[ForeignKey, str | None]]],
    roles: dict[str, str],
    reached: dict[str, tuple[str, ...]],
    paths: dict[str, tuple[str, ...]],
) -> list[str]:
    """The tables the link tables among ``sources`` join to the patient, now linked.

    A row of nothing but keys (and when it was written) is the association of the rows it
    points to: a specimen that reaches its patient only through ``sample_human (samp_id,
    patient_id)`` is that patient's specimen, as near the patient as the link row is. That
    holds for a row the link's key picks out alone (a unique key: each specimen has one
    patient) or for a row that names nothing (an event, dated, not a kind of thing); a
    named row many links share is a list the patient is put on (a cohort, a QA event type).
    Code lists, staff and job tables on the far side stay what they are, and so does the account
    that wrote the link row (``creator_id``)."""
    found = []
    for source in sorted(sources):
        table = profiles[source]
        if roles[source] != "linked":
            continue
        # an association with more to say is one only where it is keyed to the patient itself
        joined = _association_keys(table, edges[source]) if len(reached[source]) == 1 else set()
        if not joined and not _is_link_table(table, edges[source]):
            continue
        unique = _unique_columns(table)
        for fk, target in edges[source]:
            if target is None or target in reached or roles[target] != "other":
                continue
            if joined and not {column.lower() for column in fk.columns} <= joined:
                continue  # a key beside the association's own (an account, a session)
            if fk.columns[0].lower() not in unique and _names_things(profiles[target]):
                continue
            if names_actor(fk.columns[0]):
                continue  # who wrote the link row (its creator), not a party to it
            if names_kind(fk.columns[0]):
                continue  # the kind of the link (SanteDB's rel_typ_cd_id), not a party to it
            reached[target] = (f"{step(table, fk)} (a link table)", *reached[source])
            roles[target] = "linked"
            paths[target] = reached[target]
            found.append(target)
    return found


def unique_keys(table: TableProfile) -> list[tuple[str, ...]]:
    """The table's primary key and its unique indexes' columns: what picks out one row."""
    return [table.primary_key, *(index.columns for index in table.indexes if index.unique)]


def _unique_columns(table: TableProfile) -> frozenset[str]:
    return frozenset(columns[0].lower() for columns in unique_keys(table) if len(columns) == 1)


def _names_things(table: TableProfile) -> bool:
    """Whether the table's rows are named, as kinds of things are (a cohort, a test)."""
    return any(
        (words := tokens(column.name)) and words[-1] in NAMING_WORDS for column in table.columns
    )


def _is_link_table(table: TableProfile, keys: list[tuple[ForeignKey, str | None]]) -> bool:
    """Two keys or more and nothing else but the row's own number and its times."""
    keyed = {column.lower() for fk, target in keys if target for column in fk.columns}
    own = {name.lower() for name in table.primary_key} if len(table.primary_key) == 1 else set()
    return len(keyed) >= 2 and all(
        column.name.lower() in keyed | own or family(column.type) in ("date", "datetime", "time")
        for column in table.columns
    )


def _association_keys(table: TableProfile, keys: list[tuple[ForeignKey, str | None]]) -> set[str]:
    """The keys that make up the row's primary key, when two keys or more and at most one other
    column do (HL7 RIM's participation: the act, the entity and the kind of part taken), whatever
    else the row says of the association; else none."""
    primary = {name.lower() for name in table.primary_key}
    keyed = {column.lower() for fk, target in keys if target for column in fk.columns} & primary
    return keyed if len(keyed) >= 2 and len(primary - keyed) <= 1 else set()


@cache
def words_of(name: str) -> tuple[str, ...]:
    """A name's words without its digits: ``refresh_vital_date`` -> refresh vital date.
    Cached: asked of every table's name several times a scan (its copies, its row keys)."""
    return tuple(word for word in tokens(name) if not word.isdigit())


def dates_tables(table: TableProfile, table_words: set[tuple[str, ...]]) -> bool:
    """Whether the table dates three or more of the schema's other tables: a research data
    model's description of the datamart (PCORnet's ``harvest``: ``refresh_encounter_date``,
    ``refresh_vital_date``...) says when each table was loaded, which dates no patient. The
    table's name comes after a word of its own (``refresh``), so a patient's ``death_date``
    beside a ``death`` table is not one; and the caller asks only of a table no key leaves
    from or refers to (a patient's ``last_visit_date`` sits on a row other rows refer to)."""
    own = words_of(table.name)
    dated = set()
    for column in table.columns:
        words = words_of(column.name)
        if not set(words) & DATE_WORDS and family(column.type) not in ("date", "datetime"):
            continue
        for start in range(1, len(words)):
            for end in range(len(words), start, -1):
                named = words[start:end]
                if named != own and named in table_words:
                    dated.add(named)
                    break
    return len(dated) >= 3


def keyed_by_site_key(
    profiles: Mapping[str, TableProfile], roles: Mapping[str, str]
) -> dict[str, str]:
    """The tables keyed, by name and type, by the patient part of a patient table's key that is
    a site and a patient number (ORCA keys patients by ``(hospid, ptid)``), or by the one id
    column of a patient table that declares no key (EMIS's ``registration_id``), with the
    reason.

    Systems serving several hospitals number patients within each one; the part of the
    patients' key that is not the site is the patient number, whatever it is called, wherever
    a column of that name and type appears. Extracts that declare no key keep the patient's
    id under the patients' table's own name for it."""
    parts: dict[str, tuple[str, str, str]] = {}
    for key, table in sorted(profiles.items()):
        if roles[key] not in ("patient", "person"):
            continue
        if not table.primary_key and (own := _undeclared_key(table)) is not None:
            reason = f"the key of {table.name}, which declares none"
            parts.setdefault(own.name.lower(), (table.name, family(own.type), reason))
            continue
        if len(table.primary_key) < 2:
            continue
        by_name = {column.name.lower(): column for column in table.columns}
        # a person's rows over time are keyed by the person and the time (an emergency file's
        # studyid and regdatetime): the time numbers no one
        rest = [
            name
            for name in table.primary_key
            if not _is_site_key(name)
            and not (
                (column := by_name.get(name.lower())) is not None
                and family(column.type) in ("date", "datetime", "time")
            )
        ]
        # a bare id numbers every table's rows, within a tenant as within a site
        if len(rest) == 1 and not set(words_of(rest[0])) <= KEY_WORDS:
            column = by_name[rest[0].lower()]
            reason = f"the patient part of {table.name}'s key"
            parts.setdefault(column.name.lower(), (table.name, family(column.type), reason))
    found = {}
    for key, table in profiles.items():
        if roles[key] not in ("other", "reference", "job", "audit"):
            continue
        for column in table.columns:
            owner, kind, reason = parts.get(column.name.lower(), ("", "", ""))
            if owner and _same_family(kind, family(column.type)):
                found[key] = f"{table.name}.{column.name}: {reason}"
                break
    return found


# Words of a key every table of an extract may carry that number no person: the site, the
# organisation, the run, the submission, the file or the period a row came in.
BATCH_WORDS = SITE_WORDS | RUN_WORDS | DATE_WORDS | ROW_WORDS | frozenset(
    {"org", "organisation", "organization", "submission", "message", "msg", "file", "import",
     "export", "log", "version", "source", "system", "partition", "transaction", "month",
     "year", "period", "week", "quarter", "day", "user", "login", "account"}
)  # fmt: skip
# The share of an extract's tables (and at least so many) that carry its subjects' key.
SHARED_KEY_SHARE, MIN_SHARED_KEY_TABLES = 0.8, 3


def keyed_by_shared_key(
    profiles: Mapping[str, TableProfile], roles: Mapping[str, str]
) -> dict[str, str]:
    """The tables of an extract that names no patient or person table, keyed by the one key
    nearly all its tables carry (UK Biobank's ``eid``, USRDS's ``usrds_id``), with the reason:
    a research release files each subject's records under their pseudonym. Not a key the
    schema declares a reference for (it says where it leads), nor one that is each table's own
    primary key alone (a row's id), nor one named for a site, a run or a submission."""
    if len(profiles) < MIN_SHARED_KEY_TABLES or any(
        role in ("patient", "person") for role in roles.values()
    ):
        return {}
    holding: dict[str, list[str]] = {}
    for key, table in profiles.items():
        for column in table.columns:
            if _could_key_subjects(column.name):
                holding.setdefault(column.name.lower(), []).append(key)
    declared = {
        name.lower()
        for table in profiles.values()
        for fk in table.foreign_keys
        for name in fk.columns
    }
    found: dict[str, str] = {}
    for name, keys in sorted(holding.items()):
        if (
            len(keys) < max(MIN_SHARED_KEY_TABLES, SHARED_KEY_SHARE * len(profiles))
            or name in declared
            or all(
                tuple(column.lower() for column in profiles[key].primary_key) == (name,)
                for key in keys
            )
        ):
            continue
        for key in keys:
            if roles[key] == "other":
                column = next(c for c in profiles[key].columns if c.name.lower() == name)
                found.setdefault(
                    key,
                    f"{profiles[key].name}.{column.name}: the key all the extract's tables share",
                )
    return found


@cache
def _could_key_subjects(name: str) -> bool:
    """Whether a column so named, as written, could be an extract's subjects' key: a key word
    last or a short id glued (``eid``, ``patid``), not a bare id, nor a site's, a run's, a
    submission's, a user's or a period's, nor who wrote the row or what kind it is. Cached:
    asked of every column of a schema with no patient table."""
    words = tokens(name)
    return (
        bool(words)
        and (words[-1] in KEY_WORDS or (words[0].endswith("id") and len(name) <= 6))
        and words != ("id",)
        and BATCH_WORDS.isdisjoint(words)
        and not names_actor(name)
        and not names_kind(name)
    )


def _undeclared_key(table: TableProfile) -> TableColumn | None:
    """The patients' key of a patients' table that declares none, when it keeps one id column
    of its own (EMIS's ``registration_id``; a bare ``id`` numbers every table's rows), not a key
    to another table."""
    referring = {name.lower() for fk in table.foreign_keys for name in fk.columns}
    found = [
        column
        for column in table.columns
        if len(seq := tokens(column.name)) >= 2
        and seq[-1] == "id"
        and column.name.lower() not in referring
        # the run or batch that loaded the row (T-MSIS's DA_RUN_ID on every table) numbers a
        # job, not a person
        and not set(seq) & RUN_WORDS
    ]
    return found[0] if len(found) == 1 else None


def _is_site_key(name: str) -> bool:
    """A key naming the hospital or site a row belongs to: ``hospid``, ``hospnum``, ``site_id``.

    >>> _is_site_key("hospid"), _is_site_key("hospital_nr"), _is_site_key("ptid")
    (True, True, False)
    """
    joined = "".join(word for word in tokens(name) if not word.isdigit())
    return any(
        joined.startswith(site) and joined[len(site) :] in KEY_WORDS | {"", "cd", "code"}
        for site in SITE_WORDS
    )


def _same_family(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"integer", "numeric"}


# The last word of a polymorphic owner's kind: Yii's ``parent_class``, Rails's
# ``addressable_type``, a ``owner_table``.
KIND_WORDS = frozenset({"class", "type", "table", "model", "entity"})


def refers_to_any_row(table: TableProfile) -> bool:
    """A reference to a table beside a row's id: ``reference_table`` and ``reference_id``,
    ``table_name`` and ``row_id``, or an owner's kind and id under one qualifier
    (``parent_class`` and ``parent_id``, ``addressable_type`` and ``addressable_id``). The row
    may be any table's."""
    names = [words_of(column.name) for column in table.columns]
    tables = any("table" in words for words in names)
    rows = any(
        len(words) >= 2 and words[-1] in KEY_WORDS and words[-2] in ROW_WORDS for words in names
    )
    if tables and rows:
        return True
    # Django's generic relation: the row's model by a key to its content types, its id beside
    if ("content", "type", "id") in names and ("object", "id") in names:
        return True
    # the owner's kind is a name (a class's, a table's), its id not the row's own key, and
    # the qualifier is no word of the table's own (a report_object's report_object_type)
    own = set(words_of(table.name)) | {word for key in table.primary_key for word in words_of(key)}
    kinds = {
        words[:-1]
        for words, column in zip(names, table.columns, strict=True)
        if len(words) >= 2
        and (
            words[-1] in KIND_WORDS
            # the name of the kind of row (Cerner's PARENT_ENTITY_NAME holds "PERSON")
            or (words[-1] == "name" and words[-2] in ROW_WORDS)
        )
        and family(column.type) == "string"
        and not set(words[:-1]) & own
    }
    return any(
        words[-1] == "id" and words[:-1] in kinds
        for words, column in zip(names, table.columns, strict=True)
        if words and column.name not in table.primary_key
    )


def step(table: TableProfile, fk: ForeignKey) -> str:
    """One step of a link path: ``lab_result.visit_id -> visit (implied)``."""
    kind = "implied" if fk.implied else "declared"
    return f"{table.name}.{fk.columns[0]} -> {fk.referred_table} ({kind})"


def first_key(table: TableProfile, path: tuple[str, ...]) -> str | None:
    """The column of the table a link path leaves by, when its first step is a key of the
    table's (see :func:`step`): ``visit_id`` of ``("lab_result.visit_id -> visit (implied)",)``."""
    if not path or " -> " not in path[0]:
        return None
    head = path[0].split(" -> ", 1)[0]
    prefix = f"{table.name}."
    return head[len(prefix) :] if head.startswith(prefix) else None


# The words that end a key's name.
KEY_SUFFIX = frozenset({"id", "nr", "no", "num", "nbr", "key", "fk", "sk", "ref", "number"})
# Verbs of record keeping: ``created_by``, ``voided_by`` name the account that did it.
ACTOR_VERBS = frozenset(
    {"created", "changed", "updated", "modified", "voided", "retired", "deleted", "entered",
     "approved", "verified", "signed", "reviewed", "edited", "inserted", "archived"}
)  # fmt: skip
ACTOR_NAMES = frozenset({"creator", "owner", "author", "editor", "changer", "modifier", "sysuser"})
# A record-keeping act's word first, in full or shortened, and whom it names after it:
# ``create_user_id``, ``modified_user_id``, SanteDB's ``crt_prov_id`` and ``obslt_prov_id``
# (the provenance of the row's creation and retirement).
KEEPING_FIRST = ACTOR_VERBS | frozenset(
    {"create", "crt", "update", "upd", "updt", "modify", "mod", "insert", "obsoleted", "obslt"}
)


# What a key picks a kind of row by (``TYPE_ID``, ``status_id``, ``category_fk``): a code.
CODE_KEY_WORDS = frozenset({"type", "typ", "class", "category", "kind", "status"})


def names_kind(name: str) -> bool:
    """Whether a key names the kind of its row (``TYPE_ID``, ``specimen_class_id``): a code
    shared by rows of every kind, whose list no row reaches a patient through, whoever else the
    list's rows are tied to."""
    return not CODE_KEY_WORDS.isdisjoint(singular(word) for word in key_tokens(name))


@cache
def names_actor(name: str) -> bool:
    """Whether a column names the account that wrote its row: ``creator``, ``changed_by``,
    ``owner_id``, ``sys_user_id``, ``crt_prov_id``."""
    words = tuple(singular(word) for word in key_tokens(name) if not word.isdigit())
    if words and words[-1] in KEY_SUFFIX:
        words = words[:-1]
    if len(words) >= 2 and words[-1] == "by":
        # who did what the participle says: ordered_by, fulfilled_by, as created_by, and
        # last_modified_by
        return words[-2] in ACTOR_VERBS or (len(words[-2]) > 4 and words[-2].endswith("ed"))
    if len(words) >= 2 and words[0] in KEEPING_FIRST and not names_kind(name):
        return True  # not update_type_id: the kind of an update
    return "".join(words) in ACTOR_NAMES

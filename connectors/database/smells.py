"""Schema smells that block AI adoption: stable ids, why each matters, what to do, and detection.

This module is the agreement with the rules engineer: :data:`SMELLS` lists every id the
connector may put in ``TableProfile.smells``, with the text a finding should carry. The list
takes from SchemaCrawler's linters (tables without keys or indexes, incrementing columns, too
many columns), SchemaSpy's anomalies (implied relationships, columns named like keys with no
constraint) and tbls lint (undocumented tables), keeping what matters to a model or a data
pipeline reading the table. Detection functions are pure: a table and its store's facts in,
sorted smell ids out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from assessor.model import Dimension, ForeignKey, PhiClass, PhiMark, TableProfile

from .coltypes import family, has_time_zone, is_timestamp
from .phi import eav_columns
from .tokens import tokens

__all__ = ["SMELLS", "Smell", "StoreFacts", "detect_smells", "smell"]


@dataclass(frozen=True)
class Smell:
    """One schema smell: its stable id, the dimension it weighs on, a short name, why it blocks
    AI, and what to do."""

    id: str
    dimension: Dimension
    name: str
    why: str
    remedy: str


SMELLS: tuple[Smell, ...] = (
    Smell(
        "DB-PK01",
        Dimension.DATA_READINESS,
        "table without a primary key",
        "Rows cannot be identified, deduplicated or joined reliably; incremental extraction "
        "and change data capture need a key, and a model trained on duplicates learns them.",
        "Add a primary key (a surrogate key if no natural one exists) after deduplicating.",
    ),
    Smell(
        "DB-FK01",
        Dimension.DATA_READINESS,
        "relationships by naming convention only",
        "The table refers to others (implied keys found) but declares no foreign key: joins "
        "must be guessed, orphans are possible, and lineage tools and FHIR mappers see nothing.",
        "Declare the foreign keys (after fixing orphans), or document them in a data dictionary.",
    ),
    Smell(
        "DB-DT01",
        Dimension.DATA_READINESS,
        "dates or times in text columns",
        "Dates kept as text come in mixed formats and no zone; every consumer must parse them, "
        "and time-series features, ordering and age calculations break on bad values.",
        "Migrate to DATE/TIMESTAMP WITH TIME ZONE columns; normalise formats on the way.",
    ),
    Smell(
        "DB-EAV01",
        Dimension.DATA_READINESS,
        "entity-attribute-value table",
        "Facts are rows of name/value pairs with no types or constraints: a model needs a pivot "
        "with one column per attribute, and PHI of unknown class can hide in any value.",
        "Pivot the attributes that matter into typed columns or a coded observation table "
        "(FHIR Observation with LOINC/SNOMED codes).",
    ),
    Smell(
        "DB-WIDE01",
        Dimension.DATA_READINESS,
        "very wide table",
        "Eighty columns or more usually means several entities in one table, sparse columns "
        "and repeated groups: feature extraction must untangle them first.",
        "Split the table along the entities it holds; drop columns nothing reads.",
    ),
    Smell(
        "DB-TXT01",
        Dimension.PRIVACY,
        "free-text clinical notes",
        "Patient-linked free text carries PHI of any class and meaning no coded column holds: "
        "it needs de-identification and NLP before an AI use case may read it.",
        "Capture the coded facts as structured data; route the text through a de-identification "
        "step before any AI pipeline.",
    ),
    Smell(
        "DB-CODE01",
        Dimension.INTEROPERABILITY,
        "coded column with no reference table",
        "Local codes without a code table (or a mapping to LOINC, SNOMED CT, ICD-10) mean a "
        "model cannot learn across sites and nobody can say what a code meant last year.",
        "Add a reference table for the code system and map it to a standard terminology.",
    ),
    Smell(
        "DB-AUD01",
        Dimension.DATA_READINESS,
        "no audit timestamps",
        "Without created/updated times, incremental loads must re-read the table and a "
        "model's training snapshot cannot be reproduced.",
        "Add created_at/updated_at (with time zone) maintained by the application or a trigger.",
    ),
    Smell(
        "DB-CS01",
        Dimension.INTEROPERABILITY,
        "non-UTF-8 character set",
        "latin1 and other legacy character sets corrupt names and notes in other scripts and "
        "on every round trip through UTF-8 systems such as FHIR APIs and AI platforms.",
        "Convert the table (and database default) to utf8mb4 / UTF8.",
    ),
    Smell(
        "DB-ENG01",
        Dimension.OPERABILITY,
        "non-transactional storage engine",
        "MyISAM, Aria, MEMORY and similar engines lose or half-write data on a crash and "
        "cannot give a consistent snapshot for extraction.",
        "Convert to InnoDB (ALTER TABLE ... ENGINE=InnoDB) after checking full-text indexes.",
    ),
    Smell(
        "DB-TYPE01",
        Dimension.OPERABILITY,
        "deprecated column types",
        "Types the vendor has deprecated (SQL Server TEXT/NTEXT/IMAGE, Oracle LONG, money, "
        "MySQL YEAR(2)) block upgrades and are unsupported by many drivers and CDC tools.",
        "Migrate to the replacement types (VARCHAR(MAX), VARBINARY(MAX), CLOB, NUMERIC).",
    ),
    Smell(
        "DB-TZ01",
        Dimension.DATA_READINESS,
        "timestamps without time zone",
        "Local times without an offset are ambiguous across daylight-saving changes and sites, "
        "so event order and durations — what clinical models learn from — become unreliable.",
        "Store timestamps WITH TIME ZONE (or in UTC with the zone recorded).",
    ),
    Smell(
        "DB-REP01",
        Dimension.DATA_READINESS,
        "repeating column groups",
        "Numbered columns (dx1, dx2, dx3...) cap how many facts fit and hide them from "
        "queries: each consumer must unpivot them.",
        "Move the repeated group into a child table with one row per item.",
    ),
    Smell(
        "DB-IDX01",
        Dimension.OPERABILITY,
        "table without indexes",
        "Every extraction and join scans the whole table, which on a production system means "
        "load the owner will refuse.",
        "Add a primary key and indexes on the columns used to join and filter.",
    ),
)

_BY_ID = {s.id: s for s in SMELLS}


def smell(smell_id: str) -> Smell:
    """The smell with that id."""
    return _BY_ID[smell_id]


@dataclass(frozen=True)
class StoreFacts:
    """What smell detection needs to know about the store a table sits in."""

    dialect: str
    charset: str | None = None


WIDE_TABLE_COLUMNS = 80
_DEPRECATED = {
    "mssql": ("TEXT", "NTEXT", "IMAGE", "TIMESTAMP", "SQL_VARIANT"),
    "oracle": ("LONG", "LONG RAW"),
    "postgresql": ("MONEY", "ABSTIME", "RELTIME"),
    "mysql": ("YEAR(2)",),
    "mariadb": ("YEAR(2)",),
}
_NON_TRANSACTIONAL = {"MYISAM", "ARIA", "MEMORY", "ARCHIVE", "CSV", "MRG_MYISAM", "MERGE"}
_UTF8 = re.compile(r"(?i)^(utf-?8|utf8mb[34]|utf-?16(le|be)?|al32utf8|ucs2)$")
_NUMBERED = re.compile(r"^(?P<base>[A-Za-z_]*[A-Za-z])_?(?P<n>\d{1,2})$")
_AUDIT = frozenset(
    {"created", "updated", "modified", "changed", "inserted", "lastupdate", "entered"}
)
_DATEISH = frozenset({"date", "dt", "dte", "dttm", "datetime", "time", "timestamp", "dob", "ts"})
_CODED_LAST = frozenset({"code", "cd", "type"})


class _ColumnFacts(NamedTuple):
    """What smell detection reads from a column's name and type, in its store's dialect."""

    text: bool  # a string type
    dated_text: bool  # a string type, named for a date or time
    coded: bool  # a string or integer type, named for a code: ``status_cd``, ``visit_type``
    audit_time: bool  # named for when the row was made or changed
    deprecated: bool  # a type the dialect deprecates
    local_timestamp: bool  # a timestamp that records no offset (MySQL/MariaDB: not in UTC)
    group: tuple[str, int] | None  # a numbered column's group and number: ``dx2`` -> ("dx", 2)
    smells: frozenset[str]  # what its name and type alone show: DB-DT01, DB-TYPE01, DB-TZ01


@cache
def _column_facts(name: str, type_name: str, dialect: str) -> _ColumnFacts:
    """The column's facts, read once for each name and type: a wide schema repeats them across
    thousands of tables, and every table is read for all its smells in one pass."""
    kind = family(type_name)
    words = frozenset(tokens(name))
    upper = type_name.upper()
    numbered = _NUMBERED.match(name)
    dated_text = kind == "string" and bool(words & _DATEISH)
    deprecated = any(
        upper == deprecated or upper.startswith(deprecated + "(")
        for deprecated in _DEPRECATED.get(dialect, ())
    )
    local_timestamp = is_timestamp(type_name) and not has_time_zone(type_name, dialect)
    smells = {"DB-DT01": dated_text, "DB-TYPE01": deprecated, "DB-TZ01": local_timestamp}
    return _ColumnFacts(
        text=kind == "string",
        dated_text=dated_text,
        coded=bool(words) and tokens(name)[-1] in _CODED_LAST and kind in ("string", "integer"),
        audit_time=bool(words & _AUDIT),
        deprecated=deprecated,
        local_timestamp=local_timestamp,
        group=(numbered.group("base").lower(), int(numbered.group("n"))) if numbered else None,
        smells=frozenset(smell for smell, shown in smells.items() if shown),
    )


def _sampled_date(mark: PhiMark) -> bool:
    """A date mark that sampled values made: the text holds dates whatever its name says."""
    return mark.phi_class == PhiClass.DATE and any(s.startswith("values:") for s in mark.signals)


def detect_smells(
    table: TableProfile,
    store: StoreFacts,
    implied: tuple[ForeignKey, ...] = (),
    non_utf8_columns: int = 0,
    role: str = "other",
) -> tuple[str, ...]:
    """The sorted smell ids of one table (PHI marks should already be on its columns).

    ``implied`` are the table's inferred foreign keys, whether or not they are reported;
    ``non_utf8_columns`` how many of its columns override the table's charset with a legacy one;
    ``role`` the table's role (:func:`.context.table_roles`): a code list's own codes need no
    reference table.
    """
    found: set[str] = set()
    is_table = table.kind == "table"
    if is_table and not table.primary_key:
        found.add("DB-PK01")
    if is_table and implied and not table.foreign_keys:
        found.add("DB-FK01")
    if eav_columns(table) is not None:
        found.add("DB-EAV01")
    if len(table.columns) >= WIDE_TABLE_COLUMNS:
        found.add("DB-WIDE01")
    referencing = {column for fk in (*table.foreign_keys, *implied) for column in fk.columns}
    audited = False
    groups: dict[str, set[int]] = {}
    dialect, linked = store.dialect, table.patient_linked
    for column in table.columns:
        facts = _column_facts(column.name, column.type, dialect)
        if facts.smells:
            found |= facts.smells
        # a mark says more only of text (sampled dates) or on a patient's row (free text)
        if column.phi and (facts.text or linked):
            for mark in column.phi:
                if facts.text and _sampled_date(mark):
                    found.add("DB-DT01")
                if linked and mark.phi_class == PhiClass.FREE_TEXT:
                    found.add("DB-TXT01")
        if (
            facts.coded
            and role != "reference"
            and column.name not in referencing
            and column.name not in table.primary_key
        ):
            found.add("DB-CODE01")
        audited = audited or facts.audit_time
        if facts.group is not None:
            groups.setdefault(facts.group[0], set()).add(facts.group[1])
    if is_table and not audited:
        found.add("DB-AUD01")
    charset = table.charset or store.charset
    if (charset and not _UTF8.match(charset.replace("_", ""))) or non_utf8_columns:
        found.add("DB-CS01")
    if is_table and table.engine and table.engine.upper() in _NON_TRANSACTIONAL:
        found.add("DB-ENG01")
    if any(len(numbers) >= 3 for numbers in groups.values()):
        found.add("DB-REP01")
    if is_table and not table.primary_key and not table.indexes:
        found.add("DB-IDX01")
    return tuple(sorted(found))

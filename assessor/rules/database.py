"""Schema-smell rules over a data store's table profiles (the ``DB-`` family).

Ids and names follow ``connectors/database/smells.py``: the database connector detects these
smells while reflecting and marks ``TableProfile.smells`` with the ids. When a store carries those
marks they are authoritative; a store without any (an older inventory, another connector) is
judged by the simpler detection here. Either way only TableProfile fields are read (names, types,
keys, engine, charset, PHI marks): never a row. One finding per data store, with one Evidence per
table that shows the smell. This module holds the helpers and the smells of a table's shape
(keys, indexes, width, repeated groups, EAV, audit columns); ``database_columns`` those of its
columns (types, dates, codes, notes, PHI, charset, engine).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assessor.model import DataStore, Dimension, Evidence, Severity, TableProfile
from assessor.rules.base import CLEAN, RuleContext, Verdict, fires, rule

TEXT_TYPE = re.compile(r"char|text|clob|string", re.IGNORECASE)
DATE_NAME = re.compile(
    r"(^|_)(date|dt|dte|dttm|dob|birth|time|datetime|timestamp|ts)($|_)|_(on|at)$", re.IGNORECASE
)
NOTE_NAME = re.compile(r"note|comment|remark|narrative|free_?text|memo", re.IGNORECASE)
NAIVE_TIMESTAMP = re.compile(
    r"^(small)?datetime2?(\(\d+\))?$|^timestamp(\(\d+\))?( without time zone)?$", re.IGNORECASE
)
UTF8 = re.compile(r"utf-?8|utf8mb[34]|utf-?16|unicode|al32utf8|ucs2", re.IGNORECASE)
EAV_ATTRIBUTE = frozenset(
    {"attribute", "attr", "attribute_name", "attr_name", "key", "param", "property", "field_name"}
)
EAV_VALUE = frozenset(
    {"value", "val", "attr_value", "attribute_value", "value_text", "param_value", "property_value"}
)
WIDE_LIMIT = 80
NON_TRANSACTIONAL = frozenset({"MYISAM", "ARIA", "MEMORY", "ARCHIVE", "CSV", "MRG_MYISAM", "MERGE"})
NUMBERED = re.compile(r"^(?P<base>[A-Za-z_]*[A-Za-z])_?(?P<n>\d{1,2})$")
AUDIT_NAME = re.compile(r"created|updated|modified|changed|inserted|lastupdate|entered", re.I)
CODE_NAME = re.compile(r"(^|_)(code|cd|type)$", re.IGNORECASE)
DEPRECATED_TYPES = frozenset(
    {"NTEXT", "IMAGE", "LONG", "LONG RAW", "MONEY", "ABSTIME", "RELTIME", "SQL_VARIANT", "YEAR(2)"}
)

Detect = Callable[[TableProfile], str | None]


def store_tables(store: DataStore) -> tuple[TableProfile, ...]:
    """The store's tables and views, sorted by qualified name."""
    return tuple(sorted(store.tables, key=lambda t: t.qualified_name))


def base_tables(store: DataStore) -> tuple[TableProfile, ...]:
    """The store's tables (not views), sorted by qualified name."""
    return tuple(t for t in store_tables(store) if t.kind == "table")


def connector_marked(store: DataStore) -> bool:
    """Whether the connector ran its smell detection on this store."""
    return any(t.smells for t in store.tables)


def smell_verdict(store: DataStore, smell_id: str, detect: Detect, title: str) -> Verdict | None:
    """Tables showing the smell: the connector's marks if it left any, else ``detect``."""
    tables = store_tables(store)
    if not tables:
        return None
    if connector_marked(store):
        hits = [
            (t, detect(t) or "marked by the database connector")
            for t in tables
            if smell_id in t.smells
        ]
    else:
        hits = [(t, d) for t in tables if (d := detect(t)) is not None]
    if not hits:
        return CLEAN
    return fires(
        f"{len(hits)} of {len(tables)} tables {title}",
        *(
            Evidence(store.id, f"table {t.qualified_name}" + (f": {d}" if d else ""))
            for t, d in hits
        ),
    )


def matching_columns(table: TableProfile, keep: Callable[[str, str], bool]) -> str | None:
    """``columns a, b`` for the columns whose (name, type) ``keep`` accepts, else None."""
    names = [c.name for c in table.columns if keep(c.name, c.type)]
    return f"columns {', '.join(names)}" if names else None


@rule(
    "DB-PK01",
    "table-without-primary-key",
    Dimension.DATA_READINESS,
    Severity.MEDIUM,
    "store",
    remediation="Add a primary key (a surrogate key if nothing natural is unique).",
    skills=("database migration",),
)
def no_primary_key(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Tables without a primary key.

    Why it matters for AI: rows cannot be referenced, de-duplicated or extracted incrementally;
    change-data-capture into an AI platform needs a key, and a model trained on duplicates learns
    them.

    Anti-pattern: ``CREATE TABLE result (patient_no, test, value)``.

    Best practice: ``result_id BIGINT PRIMARY KEY``.
    """
    return smell_verdict(
        store,
        "DB-PK01",
        lambda t: "" if t.kind == "table" and not t.primary_key else None,
        "have no primary key",
    )


@rule(
    "DB-FK01",
    "relationships-by-naming-only",
    Dimension.DATA_READINESS,
    Severity.LOW,
    "store",
    remediation="Declare the foreign keys the application relies on (after fixing "
    "orphans), or document them.",
    skills=("database migration", "data governance"),
)
def no_foreign_keys(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Relationships exist only by naming convention, not as declared foreign keys.

    Why it matters for AI: an extract cannot tell which rows belong together, orphans accumulate
    silently, and lineage tools and FHIR mappers see nothing.

    Anti-pattern: ``result.patient_id`` matching ``patient.id`` with no constraint.

    Best practice: ``FOREIGN KEY (patient_id) REFERENCES patient (id)``.
    """

    def implied_only(t: TableProfile) -> str | None:
        implied = sorted(
            f"{'/'.join(fk.columns)}->{fk.referred_table}" for fk in t.foreign_keys if fk.implied
        )
        declared = [fk for fk in t.foreign_keys if not fk.implied]
        return f"implied only: {', '.join(implied)}" if implied and not declared else None

    tables = base_tables(store)
    if (
        not connector_marked(store)
        and len(tables) > 1
        and not any(not fk.implied for t in tables for fk in t.foreign_keys)
    ):
        return fires(
            f"none of {len(tables)} tables declares a foreign key",
            Evidence(store.id, "declared foreign keys", 0),
        )
    return smell_verdict(store, "DB-FK01", implied_only, "rely on undeclared relationships")


@rule(
    "DB-EAV01",
    "entity-attribute-value",
    Dimension.DATA_READINESS,
    Severity.MEDIUM,
    "store",
    remediation="Pivot the attributes the use cases need into typed columns or a coded "
    "observation table (FHIR Observation with LOINC/SNOMED CT codes).",
    skills=("database migration", "terminology mapping"),
)
def entity_attribute_value(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Entity-attribute-value tables.

    Why it matters for AI: facts are rows of name/value strings with no types or constraints; a
    model needs a pivot first, and PHI of unknown class can hide in any value.

    Anti-pattern: ``patient_attribute(patient_id, attr_name, attr_value)``.

    Best practice: typed columns, or coded observations with units.
    """

    def detect(t: TableProfile) -> str | None:
        names = {c.name.lower() for c in t.columns}
        return (
            "attribute/value column pair" if names & EAV_ATTRIBUTE and names & EAV_VALUE else None
        )

    return smell_verdict(store, "DB-EAV01", detect, "are entity-attribute-value tables")


@rule(
    "DB-WIDE01",
    "very-wide-table",
    Dimension.OPERABILITY,
    Severity.LOW,
    "store",
    remediation="Split the table along the entities it holds; drop columns nothing reads.",
    skills=("database migration",),
)
def wide_table(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Very wide tables (80 columns or more).

    Why it matters for AI: several entities in one row, sparse columns and repeated groups must
    be untangled before any feature extraction.

    Anti-pattern: ``episode`` with 140 columns.

    Best practice: one table per entity.
    """
    return smell_verdict(
        store,
        "DB-WIDE01",
        lambda t: f"{len(t.columns)} columns" if len(t.columns) >= WIDE_LIMIT else None,
        f"have {WIDE_LIMIT} columns or more",
    )


@rule(
    "DB-REP01",
    "repeating-column-groups",
    Dimension.DATA_READINESS,
    Severity.LOW,
    "store",
    remediation="Move the repeated group into a child table with one row per item.",
    skills=("database migration",),
)
def repeating_groups(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Numbered columns standing for a repeating group.

    Why it matters for AI: ``dx1, dx2, dx3`` caps how many facts fit and hides them from
    queries; every consumer must unpivot them.

    Anti-pattern: ``diagnosis1 ... diagnosis12`` on the episode table.

    Best practice: a child table with one row per diagnosis.
    """

    def detect(t: TableProfile) -> str | None:
        groups: dict[str, set[int]] = {}
        for c in t.columns:
            if match := NUMBERED.match(c.name):
                groups.setdefault(match["base"].lower(), set()).add(int(match["n"]))
        repeated = sorted(base for base, ns in groups.items() if len(ns) >= 3)
        return f"groups {', '.join(repeated)}" if repeated else None

    return smell_verdict(store, "DB-REP01", detect, "hold repeating column groups")


@rule(
    "DB-AUD01",
    "no-audit-timestamps",
    Dimension.OPERABILITY,
    Severity.LOW,
    "store",
    remediation="Add created_at/updated_at (with time zone) kept by the application or a trigger.",
    skills=("database migration",),
)
def no_audit_timestamps(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Tables without created/updated timestamps.

    Why it matters for AI: incremental loads must re-read the whole table, and a model's training
    snapshot cannot be reproduced.

    Anti-pattern: ``result`` with no column saying when a row was written or changed.

    Best practice: ``created_at`` and ``updated_at`` on every table.
    """
    return smell_verdict(
        store,
        "DB-AUD01",
        lambda t: (
            ""
            if t.kind == "table" and not any(AUDIT_NAME.search(c.name) for c in t.columns)
            else None
        ),
        "have no audit timestamps",
    )


@rule(
    "DB-IDX01",
    "table-without-indexes",
    Dimension.OPERABILITY,
    Severity.LOW,
    "store",
    remediation="Add a primary key and indexes on the columns used to join and filter.",
    skills=("database migration",),
)
def no_indexes(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Tables with no key and no index at all.

    Why it matters for AI: every extraction and join scans the whole table, which on a
    production system means load the owner will refuse.

    Anti-pattern: a 40-million-row ``result`` table with no index.

    Best practice: a primary key and indexes on join and filter columns.
    """
    return smell_verdict(
        store,
        "DB-IDX01",
        lambda t: "" if t.kind == "table" and not t.primary_key and not t.indexes else None,
        "have no index",
    )

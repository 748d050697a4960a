"""Schema-smell rules over a data store's table profiles (the ``DB-`` family).

Ids and names follow ``connectors/database/smells.py``: the database connector detects these
smells while reflecting and marks ``TableProfile.smells`` with the ids. When a store carries those
marks they are authoritative; a store without any (an older inventory, another connector) is
judged by the simpler detection here. Either way only TableProfile fields are read (names, types,
keys, engine, charset, PHI marks): never a row. One finding per data store, with one Evidence per
table that shows the smell. ``DB-PH01`` (PHI columns) is this module's own: the connector marks
PHI on the columns instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assessor.model import DataStore, Dimension, Evidence, PhiClass, Severity, TableProfile
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


def _tables(store: DataStore) -> tuple[TableProfile, ...]:
    return tuple(sorted(store.tables, key=lambda t: t.qualified_name))


def _base_tables(store: DataStore) -> tuple[TableProfile, ...]:
    return tuple(t for t in _tables(store) if t.kind == "table")


def _marked(store: DataStore) -> bool:
    """Whether the connector ran its smell detection on this store."""
    return any(t.smells for t in store.tables)


def _smell(store: DataStore, smell_id: str, detect: Detect, title: str) -> Verdict | None:
    """Tables showing the smell: the connector's marks if it left any, else ``detect``."""
    tables = _tables(store)
    if not tables:
        return None
    if _marked(store):
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


def _columns(table: TableProfile, keep: Callable[[str, str], bool]) -> str | None:
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
    return _smell(
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

    tables = _base_tables(store)
    if (
        not _marked(store)
        and len(tables) > 1
        and not any(not fk.implied for t in tables for fk in t.foreign_keys)
    ):
        return fires(
            f"none of {len(tables)} tables declares a foreign key",
            Evidence(store.id, "declared foreign keys", 0),
        )
    return _smell(store, "DB-FK01", implied_only, "rely on undeclared relationships")


@rule(
    "DB-DT01",
    "dates-in-text-columns",
    Dimension.DATA_READINESS,
    Severity.MEDIUM,
    "store",
    remediation="Convert the columns to DATE/TIMESTAMP types after normalising formats.",
    skills=("database migration",),
)
def dates_in_text(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Dates and times stored in text columns.

    Why it matters for AI: mixed formats (``03/04/2026``, ``20260403``, ``4 Mar``) cannot be
    ordered or compared until parsed; time-series features and age calculations break on bad
    values, and day/month swaps go undetected.

    Anti-pattern: ``collected_dt VARCHAR(20)`` holding ``'20260312 0830'``.

    Best practice: ``collected_at TIMESTAMP WITH TIME ZONE``.
    """
    return _smell(
        store,
        "DB-DT01",
        lambda t: _columns(t, lambda n, ty: bool(DATE_NAME.search(n) and TEXT_TYPE.search(ty))),
        "store dates as text",
    )


@rule(
    "DB-TZ01",
    "timestamps-without-time-zone",
    Dimension.DATA_READINESS,
    Severity.LOW,
    "store",
    remediation="Use TIMESTAMP WITH TIME ZONE (or store UTC and say so).",
    skills=("database migration",),
)
def naive_timestamps(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Timestamp columns without a time zone.

    Why it matters for AI: events recorded around a daylight-saving change are ambiguous, so
    event order and durations, what clinical models learn from, become unreliable.

    Anti-pattern: ``admitted_at DATETIME``.

    Best practice: ``admitted_at TIMESTAMPTZ`` or a documented UTC convention.
    """
    return _smell(
        store,
        "DB-TZ01",
        lambda t: _columns(t, lambda n, ty: bool(NAIVE_TIMESTAMP.search(ty.strip()))),
        "hold timestamps without time zone",
    )


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

    return _smell(store, "DB-EAV01", detect, "are entity-attribute-value tables")


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
    return _smell(
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

    return _smell(store, "DB-REP01", detect, "hold repeating column groups")


@rule(
    "DB-TXT01",
    "free-text-clinical-notes",
    Dimension.PRIVACY,
    Severity.MEDIUM,
    "store",
    remediation="Treat note columns as PHI: de-identify before any AI use, restrict access.",
    skills=("data governance", "AI risk management"),
)
def free_text_notes(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Free-text notes in patient-linked tables.

    Why it matters for AI: narrative text carries names, dates and identifiers no column-level
    masking catches; it is both the richest input for language models and the likeliest leak.

    Anti-pattern: ``result_comment.comment TEXT`` holding "Pt John Smith called back 03/04".

    Best practice: notes classified as PHI and de-identified before they leave the system.
    """

    def detect(t: TableProfile) -> str | None:
        if not t.patient_linked:
            return None
        return _columns(t, lambda n, ty: bool(NOTE_NAME.search(n) and TEXT_TYPE.search(ty))) or (
            "free-text PHI marks"
            if any(m.phi_class == PhiClass.FREE_TEXT for c in t.columns for m in c.phi)
            else None
        )

    return _smell(store, "DB-TXT01", detect, "hold free-text notes about patients")


@rule(
    "DB-CODE01",
    "codes-without-reference-table",
    Dimension.DATA_READINESS,
    Severity.MEDIUM,
    "store",
    remediation="Add a reference table for the code system and map it to LOINC, "
    "SNOMED CT or ICD-10.",
    skills=("terminology mapping",),
)
def codes_without_reference(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Coded columns with no reference table behind them.

    Why it matters for AI: local codes without a code table (or a mapping to a standard
    terminology) mean a model cannot learn across sites and nobody can say what a code meant.

    Anti-pattern: ``result.test_code = 'GLU1'`` with no table saying what GLU1 is.

    Best practice: a code table mapped to LOINC (results), SNOMED CT or ICD-10.
    """

    def detect(t: TableProfile) -> str | None:
        keys = {c for fk in t.foreign_keys for c in fk.columns} | set(t.primary_key)
        return _columns(t, lambda n, ty: bool(CODE_NAME.search(n)) and n not in keys)

    return _smell(store, "DB-CODE01", detect, "hold codes with no reference table")


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
    return _smell(
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
    "DB-TYPE01",
    "deprecated-column-types",
    Dimension.OPERABILITY,
    Severity.LOW,
    "store",
    remediation="Migrate to the replacement types (VARCHAR(MAX), VARBINARY(MAX), CLOB, NUMERIC).",
    skills=("database migration",),
)
def deprecated_types(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Columns of types the vendor has deprecated.

    Why it matters for AI: deprecated types block engine upgrades and are unsupported by many
    drivers and change-data-capture tools an AI pipeline relies on.

    Anti-pattern: SQL Server ``NTEXT`` and ``IMAGE``, Oracle ``LONG``.

    Best practice: ``NVARCHAR(MAX)``, ``VARBINARY(MAX)``, ``CLOB``.
    """
    return _smell(
        store,
        "DB-TYPE01",
        lambda t: _columns(t, lambda n, ty: ty.upper() in DEPRECATED_TYPES),
        "use deprecated column types",
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
    return _smell(
        store,
        "DB-IDX01",
        lambda t: "" if t.kind == "table" and not t.primary_key and not t.indexes else None,
        "have no index",
    )


@rule(
    "DB-PH01",
    "phi-columns",
    Dimension.PRIVACY,
    Severity.MEDIUM,
    "store",
    remediation="Inventory the PHI columns, restrict and audit access, and pseudonymise for "
    "AI extracts.",
    skills=("data governance",),
)
def phi_columns(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Columns holding direct identifiers (PHI).

    Why it matters for AI: every extract for a model inherits these identifiers unless the
    pipeline drops or pseudonymises them; SSNs make a breach reportable on their own.

    Anti-pattern: ``patient.ssn`` copied into the research extract.

    Best practice: identifiers separated from clinical data, pseudonymised for AI use.
    """
    tables = _tables(store)
    if not tables:
        return None
    classes: dict[str, list[str]] = {}
    for t in tables:
        for c in t.columns:
            for mark in c.phi:
                if mark.phi_class != PhiClass.FREE_TEXT:
                    classes.setdefault(str(mark.phi_class), []).append(
                        f"{t.qualified_name}.{c.name}"
                    )
    if not classes:
        return CLEAN
    return fires(
        f"{sum(len(v) for v in classes.values())} PHI column(s) of {len(classes)} class(es)",
        *(
            Evidence(store.id, f"{k}: {', '.join(sorted(set(v)))}", len(set(v)))
            for k, v in sorted(classes.items())
        ),
        severity=Severity.HIGH if PhiClass.SSN.value in classes else Severity.MEDIUM,
    )


@rule(
    "DB-CS01",
    "non-utf8-charset",
    Dimension.DATA_READINESS,
    Severity.LOW,
    "store",
    remediation="Convert the tables (and the database default) to utf8mb4 / UTF-8.",
    skills=("database migration",),
)
def non_utf8(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Tables or the database in a legacy character set.

    Why it matters for AI: names and notes in latin-1 or a code page turn into mojibake on every
    round trip through UTF-8 systems such as FHIR APIs and AI platforms, and matching patients by
    name fails.

    Anti-pattern: ``DEFAULT CHARSET=latin1``.

    Best practice: ``utf8mb4`` / UTF-8 everywhere.
    """
    if not any(t.charset for t in store.tables) and not store.charset and not _marked(store):
        return None

    def detect(t: TableProfile) -> str | None:
        charset = t.charset or store.charset
        return f"charset {charset}" if charset and not UTF8.search(charset) else None

    return _smell(store, "DB-CS01", detect, "use a non-UTF-8 character set")


@rule(
    "DB-ENG01",
    "non-transactional-engine",
    Dimension.OPERABILITY,
    Severity.MEDIUM,
    "store",
    remediation="Convert to InnoDB (ALTER TABLE ... ENGINE=InnoDB).",
    skills=("database migration",),
)
def non_transactional(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Tables on a non-transactional storage engine (MyISAM, Aria, MEMORY...).

    Why it matters for AI: no transactions and table-level locks: extracts read half-written
    data, and a crash can lose rows.

    Anti-pattern: ``ENGINE=MyISAM``.

    Best practice: ``ENGINE=InnoDB``.
    """
    if not any(t.engine for t in store.tables) and not _marked(store):
        return None
    return _smell(
        store,
        "DB-ENG01",
        lambda t: t.engine if (t.engine or "").upper() in NON_TRANSACTIONAL else None,
        "use a non-transactional engine",
    )

"""Schema-smell rules over a data store's table profiles (the ``DB-XXnn`` family).

They read only TableProfile fields (names, types, keys, engine, charset, PHI marks): never a row.
One finding per data store, with one Evidence per table that shows the smell.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assessor.model import DataStore, Dimension, Evidence, PhiClass, Severity, TableProfile
from assessor.rules.base import CLEAN, RuleContext, Verdict, fires, rule

TEXT_TYPE = re.compile(r"char|text|clob|string", re.IGNORECASE)
DATE_NAME = re.compile(
    r"(^|_)(date|dt|dob|birth|time|datetime|timestamp|admitted|discharged)"
    r"($|_)|_(on|at)$",
    re.IGNORECASE,
)
NOTE_NAME = re.compile(
    r"note|comment|remark|narrative|free_?text|memo|observation_text", re.IGNORECASE
)
NAIVE_TIMESTAMP = re.compile(
    r"^(small)?datetime2?(\(\d+\))?$|^timestamp(\(\d+\))?( without time zone)?$", re.IGNORECASE
)
UTF8 = re.compile(r"utf-?8|utf8mb4|unicode|al32utf8", re.IGNORECASE)
EAV_ATTRIBUTE = frozenset(
    {"attribute", "attr", "attribute_name", "attr_name", "key", "param", "property", "field_name"}
)
EAV_VALUE = frozenset(
    {"value", "val", "attr_value", "attribute_value", "value_text", "param_value", "property_value"}
)
WIDE_LIMIT = 60


def _tables(store: DataStore) -> tuple[TableProfile, ...]:
    return tuple(
        sorted((t for t in store.tables if t.kind == "table"), key=lambda t: t.qualified_name)
    )


def _per_table(
    store: DataStore, smell: Callable[[TableProfile], str | None], title: str
) -> Verdict | None:
    tables = _tables(store)
    if not tables:
        return None
    hits = [(t, detail) for t in tables if (detail := smell(t)) is not None]
    if not hits:
        return CLEAN
    return fires(
        f"{len(hits)} of {len(tables)} tables {title}",
        *(
            Evidence(
                store.id, f"table {t.qualified_name}: {d}" if d else f"table {t.qualified_name}"
            )
            for t, d in hits
        ),
    )


@rule(
    "DB-KY01",
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
    change-data-capture into an AI platform needs a key.

    Anti-pattern: ``CREATE TABLE result (patient_no, test, value)``.

    Best practice: ``result_id BIGINT PRIMARY KEY``.
    """
    return _per_table(store, lambda t: None if t.primary_key else "", "have no primary key")


@rule(
    "DB-KY02",
    "no-declared-foreign-keys",
    Dimension.DATA_READINESS,
    Severity.LOW,
    "store",
    remediation="Declare the foreign keys the application relies on (or document them).",
    skills=("database migration", "data governance"),
)
def no_foreign_keys(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Relationships exist only in column names, not as declared foreign keys.

    Why it matters for AI: an extract cannot tell which rows belong together, and orphans
    accumulate silently.

    Anti-pattern: ``result.patient_no`` matching ``patient.patient_no`` with no constraint.

    Best practice: ``FOREIGN KEY (patient_id) REFERENCES patient (patient_id)``.
    """

    def smell(t: TableProfile) -> str | None:
        implied = [fk for fk in t.foreign_keys if fk.implied]
        declared = [fk for fk in t.foreign_keys if not fk.implied]
        if implied and not declared:
            refs = ", ".join(
                sorted(f"{'/'.join(fk.columns)}->{fk.referred_table}" for fk in implied)
            )
            return f"implied only: {refs}"
        return None

    tables = _tables(store)
    if len(tables) > 1 and not any(not fk.implied for t in tables for fk in t.foreign_keys):
        return fires(
            f"none of {len(tables)} tables declares a foreign key",
            Evidence(store.id, "declared foreign keys", 0),
        )
    return _per_table(store, smell, "rely on undeclared relationships")


@rule(
    "DB-TY01",
    "dates-in-text-columns",
    Dimension.DATA_READINESS,
    Severity.MEDIUM,
    "store",
    remediation="Convert the columns to DATE/TIMESTAMP types after cleaning their formats.",
    skills=("database migration",),
)
def dates_in_text(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Dates and times stored in text columns.

    Why it matters for AI: mixed formats (``03/04/2026``, ``2026-04-03``, ``4 Mar``) cannot be
    ordered or compared until parsed, and day/month swaps go undetected.

    Anti-pattern: ``collected_date VARCHAR(20)``.

    Best practice: ``collected_at TIMESTAMP WITH TIME ZONE``.
    """

    def smell(t: TableProfile) -> str | None:
        cols = [c.name for c in t.columns if DATE_NAME.search(c.name) and TEXT_TYPE.search(c.type)]
        return f"columns {', '.join(cols)}" if cols else None

    return _per_table(store, smell, "store dates as text")


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

    Why it matters for AI: events recorded around a daylight-saving change are ambiguous and
    intervals between them wrong.

    Anti-pattern: ``admitted_at DATETIME``.

    Best practice: ``admitted_at TIMESTAMPTZ`` or a documented UTC convention.
    """

    def smell(t: TableProfile) -> str | None:
        cols = [c.name for c in t.columns if NAIVE_TIMESTAMP.search(c.type.strip())]
        return f"columns {', '.join(cols)}" if cols else None

    return _per_table(store, smell, "hold timestamps without time zone")


@rule(
    "DB-EA01",
    "entity-attribute-value",
    Dimension.DATA_READINESS,
    Severity.MEDIUM,
    "store",
    remediation="Pivot the attributes the use cases need into typed columns or a FHIR "
    "Observation extract.",
    skills=("database migration", "terminology mapping"),
)
def entity_attribute_value(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Entity-attribute-value tables.

    Why it matters for AI: every value is a string keyed by a name someone typed, so types, units
    and meaning live in application code nobody can see.

    Anti-pattern: ``patient_attr(patient_id, attr_name, attr_value)``.

    Best practice: typed columns, or coded observations with units.
    """

    def smell(t: TableProfile) -> str | None:
        names = {c.name.lower() for c in t.columns}
        if names & EAV_ATTRIBUTE and names & EAV_VALUE:
            return "attribute/value column pair"
        return None

    return _per_table(store, smell, "are entity-attribute-value tables")


@rule(
    "DB-WD01",
    "wide-table",
    Dimension.OPERABILITY,
    Severity.LOW,
    "store",
    remediation="Split the table along the groups of columns that change together.",
    skills=("database migration",),
)
def wide_table(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Very wide tables (more than 60 columns).

    Why it matters for AI: repeating groups (``result1..result20``) and unrelated facts in one
    row make extracts brittle and hide which columns are current.

    Anti-pattern: ``episode`` with 140 columns.

    Best practice: one table per entity, repeating groups as rows.
    """

    def smell(t: TableProfile) -> str | None:
        return f"{len(t.columns)} columns" if len(t.columns) > WIDE_LIMIT else None

    return _per_table(store, smell, f"have more than {WIDE_LIMIT} columns")


@rule(
    "DB-TX01",
    "free-text-note-columns",
    Dimension.PRIVACY,
    Severity.MEDIUM,
    "store",
    remediation="Treat note columns as PHI: de-identify before any AI use, restrict access.",
    skills=("data governance", "AI risk management"),
)
def free_text_notes(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Free-text note columns in patient-linked tables.

    Why it matters for AI: narrative text carries names, dates and identifiers no column-level
    masking catches; it is both the richest input for language models and the likeliest leak.

    Anti-pattern: ``result.comments TEXT`` holding "Pt John Smith called back 03/04".

    Best practice: notes classified as PHI, de-identified before they leave the system.
    """

    def smell(t: TableProfile) -> str | None:
        cols = [
            c.name
            for c in t.columns
            if (NOTE_NAME.search(c.name) and TEXT_TYPE.search(c.type) and t.patient_linked)
            or any(m.phi_class == PhiClass.FREE_TEXT for m in c.phi)
        ]
        return f"columns {', '.join(sorted(set(cols)))}" if cols else None

    return _per_table(store, smell, "hold free-text notes about patients")


@rule(
    "DB-PH01",
    "phi-columns",
    Dimension.PRIVACY,
    Severity.MEDIUM,
    "store",
    remediation="Inventory the PHI columns, restrict and audit access, and plan "
    "de-identification for AI extracts.",
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
    severity = Severity.HIGH if PhiClass.SSN.value in classes else Severity.MEDIUM
    return fires(
        f"{sum(len(v) for v in classes.values())} PHI column(s) of {len(classes)} class(es)",
        *(
            Evidence(store.id, f"{k}: {', '.join(sorted(v))}", len(v))
            for k, v in sorted(classes.items())
        ),
        severity=severity,
    )


@rule(
    "DB-CS01",
    "non-utf8-charset",
    Dimension.DATA_READINESS,
    Severity.LOW,
    "store",
    remediation="Convert the database (or the tables) to UTF-8 after checking for mojibake.",
    skills=("database migration",),
)
def non_utf8(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Tables or the database use a legacy character set.

    Why it matters for AI: names and notes in latin-1 or a code page turn into mojibake when mixed
    with UTF-8 data, and matching patients by name fails.

    Anti-pattern: ``DEFAULT CHARSET=latin1``.

    Best practice: ``utf8mb4`` / UTF-8 everywhere.
    """
    tables = _tables(store)
    known = [(t.qualified_name, t.charset or store.charset) for t in tables]
    known = [(n, cs) for n, cs in known if cs]
    if not known and not store.charset:
        return None
    if not known:
        known = [("(database)", store.charset or "")]
    bad = [(n, cs) for n, cs in known if not UTF8.search(cs)]
    if not bad:
        return CLEAN
    return fires(
        f"{len(bad)} table(s) in a non-UTF-8 character set",
        *(Evidence(store.id, f"table {n}: charset {cs}") for n, cs in bad),
    )


@rule(
    "DB-EN01",
    "myisam-engine",
    Dimension.OPERABILITY,
    Severity.MEDIUM,
    "store",
    remediation="Convert the tables to InnoDB.",
    skills=("database migration",),
)
def myisam(store: DataStore, ctx: RuleContext) -> Verdict | None:
    """Tables on the MyISAM storage engine.

    Why it matters for AI: no transactions, no foreign keys and table-level locks: extracts read
    half-written data and crash recovery can lose rows.

    Anti-pattern: ``ENGINE=MyISAM``.

    Best practice: ``ENGINE=InnoDB``.
    """
    tables = _tables(store)
    if not any(t.engine for t in tables):
        return None
    return _per_table(
        store, lambda t: "" if (t.engine or "").lower() == "myisam" else None, "use MyISAM"
    )

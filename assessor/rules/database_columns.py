"""Schema-smell rules about a table's columns and storage: types, dates, codes, notes, PHI.

The ``DB-`` family continues from :mod:`assessor.rules.database` (same helpers, same rule:
the connector's smell marks are authoritative when present). ``DB-PH01`` (PHI columns) is this
module's own: the connector marks PHI on the columns instead of as a smell.
"""

from __future__ import annotations

from assessor.model import DataStore, Dimension, Evidence, PhiClass, Severity, TableProfile
from assessor.rules.base import CLEAN, RuleContext, Verdict, fires, rule
from assessor.rules.database import (
    CODE_NAME,
    DATE_NAME,
    DEPRECATED_TYPES,
    NAIVE_TIMESTAMP,
    NON_TRANSACTIONAL,
    NOTE_NAME,
    TEXT_TYPE,
    UTF8,
    connector_marked,
    matching_columns,
    smell_verdict,
    store_tables,
)


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
    return smell_verdict(
        store,
        "DB-DT01",
        lambda t: matching_columns(
            t, lambda n, ty: bool(DATE_NAME.search(n) and TEXT_TYPE.search(ty))
        ),
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
    return smell_verdict(
        store,
        "DB-TZ01",
        lambda t: matching_columns(t, lambda n, ty: bool(NAIVE_TIMESTAMP.search(ty.strip()))),
        "hold timestamps without time zone",
    )


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
        return matching_columns(
            t, lambda n, ty: bool(NOTE_NAME.search(n) and TEXT_TYPE.search(ty))
        ) or (
            "free-text PHI marks"
            if any(m.phi_class == PhiClass.FREE_TEXT for c in t.columns for m in c.phi)
            else None
        )

    return smell_verdict(store, "DB-TXT01", detect, "hold free-text notes about patients")


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
        return matching_columns(t, lambda n, ty: bool(CODE_NAME.search(n)) and n not in keys)

    return smell_verdict(store, "DB-CODE01", detect, "hold codes with no reference table")


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
    return smell_verdict(
        store,
        "DB-TYPE01",
        lambda t: matching_columns(t, lambda n, ty: ty.upper() in DEPRECATED_TYPES),
        "use deprecated column types",
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
    tables = store_tables(store)
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
    if (
        not any(t.charset for t in store.tables)
        and not store.charset
        and not connector_marked(store)
    ):
        return None

    def detect(t: TableProfile) -> str | None:
        charset = t.charset or store.charset
        return f"charset {charset}" if charset and not UTF8.search(charset) else None

    return smell_verdict(store, "DB-CS01", detect, "use a non-UTF-8 character set")


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
    if not any(t.engine for t in store.tables) and not connector_marked(store):
        return None
    return smell_verdict(
        store,
        "DB-ENG01",
        lambda t: t.engine if (t.engine or "").upper() in NON_TRANSACTIONAL else None,
        "use a non-transactional engine",
    )

"""PHI columns: HIPAA Safe Harbor classes from a column's name, its table's role and its values.

Three signals, each a (class, confidence, reason) vote, combined per class by noisy-or
(``1 - Π(1 - c)``) and kept at 0.5 or more:

- **name** (:mod:`.phi_names`): the column's words against the identifier classes: ``DOB``,
  ``birthDate`` and ``date_of_birth`` are dates of birth; ``guardianphone`` a phone;
  ``mothersname`` a name; ``phone_type`` and ``email_verified`` are about an identifier, not
  one. A date column holds only a date; an integer ``*_id`` is a row number, not a name.
- **context** (:mod:`.context`): on a patient-linked row every date or timestamp of an event is
  PHI, and so is free text; identifiers in staff, provider and code-list tables are not
  patient PHI; elsewhere a name-only vote counts for less.
- **values** (optional): the share of sampled values shaped like an SSN, phone, email, date or
  MRN (see :mod:`.sampling`). Only the class and ratio reach this module.

Name/value tables hold PHI of unknown class in their value column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from assessor.model import PhiClass, PhiMark, TableColumn, TableProfile

from .coltypes import family, is_large_text
from .context import PATIENT_CONTEXT
from .phi_names import DATEISH, META_LAST, Vote, name_votes
from .tokens import tokens

__all__ = ["ValueEvidence", "classify_column", "eav_columns", "mark_table"]

THRESHOLD = 0.5

AUDIT_WORDS = frozenset(
    {
        "created", "updated", "update", "modified", "changed", "inserted", "deleted",
        "lastupdate", "timestamp", "ts", "load", "loaded", "etl", "sync", "synced", "import",
        "imported", "export", "exported", "entered", "stamp", "mod", "upd", "crt", "create",
        "creation", "insert", "modify", "updt", "lastmod",
    }
)  # fmt: skip
FREE_TEXT_WORDS = frozenset(
    {
        "note", "notes", "comment", "comments", "cmt", "remark", "remarks", "narrative",
        "memo", "text", "description", "reason", "history", "hx", "findings", "finding",
        "impression", "report", "message", "body", "summary", "complaint", "instructions",
        "detail", "details", "observation", "assessment", "freetext", "annotation", "txt",
    }
)  # fmt: skip
CODE_LAST = frozenset({"code", "cd", "type", "flag", "status", "id", "key", "ind", "yn", "unit"})
# Words that make a long text column structured (a name, a code, a path), not a clinical note.
STRUCTURED_WORDS = frozenset(
    {
        "name", "code", "codes", "type", "status", "title", "label", "facility", "provider",
        "dir", "path", "file", "form", "list", "option", "options", "category", "url",
        "mime", "format", "template", "unit", "units", "key", "id", "class", "version",
    }
)  # fmt: skip
SURROGATE_LAST = frozenset({"id", "key", "fk", "seq", "sk"})
# Identifier classes that are numbers, so may sit in an integer *_id column.
NUMBERED_CLASSES = frozenset(
    {
        PhiClass.SSN, PhiClass.MRN, PhiClass.HEALTH_PLAN, PhiClass.ACCOUNT, PhiClass.LICENCE,
        PhiClass.DEVICE_ID, PhiClass.VEHICLE_ID,
    }
)  # fmt: skip
# Classes whose name signal is strong enough to stand without patient context.
STRONG = frozenset({PhiClass.SSN, PhiClass.MRN, PhiClass.HEALTH_PLAN, PhiClass.BIOMETRIC})
STRONG_ELSEWHERE = 0.8  # weight of a strong name vote in a table of unknown role
WEAK_ELSEWHERE = 0.5  # and of any other: names, phones, addresses there are rarely patients


@dataclass(frozen=True)
class ValueEvidence:
    """What sampling one column found: the best-matching class and the share of values matching."""

    phi_class: PhiClass
    ratio: float
    sampled: int


def context_votes(
    column: TableColumn, role: str, classified: bool, shaped: bool = False
) -> list[Vote]:
    """Dates and free text that are PHI because the row is about a patient.

    ``classified``: the name already gave the column a class; ``shaped``: its sampled values did.
    """
    seq = tokens(column.name)
    if role not in PATIENT_CONTEXT or not seq:
        return []
    words = set(seq)
    kind = family(column.type)
    signal = f"context:{'patient' if role in ('patient', 'person') else 'patient-linked'}"
    votes: list[Vote] = []
    audit = bool(words & AUDIT_WORDS) or seq[:1] == ("last",)
    text_date = kind == "string" and bool(words & DATEISH) and not classified
    if (kind in ("date", "datetime") or text_date) and seq[-1] not in META_LAST:
        reason = "name:date-in-text" if text_date else "type:date"
        votes.append((PhiClass.DATE, 0.6 if audit else 0.85, (signal, reason)))
    if (
        kind == "string"
        and not (classified or shaped)
        and seq[-1] not in CODE_LAST
        and not words & STRUCTURED_WORDS
    ):
        if words & FREE_TEXT_WORDS:
            confidence = 0.85 if is_large_text(column.type) else 0.7
            votes.append((PhiClass.FREE_TEXT, confidence, (signal, "name:free-text")))
        elif is_large_text(column.type):
            votes.append((PhiClass.FREE_TEXT, 0.55, (signal, "type:large-text")))
    return votes


def value_votes(evidence: ValueEvidence | None, role: str) -> list[Vote]:
    """A vote from sampled values: the class their shapes match, as strong as the match ratio."""
    if evidence is None or evidence.ratio < 0.5:
        return []
    if evidence.phi_class == PhiClass.MRN and role not in ("patient", "person"):
        return []  # record-number shapes also fit order and specimen numbers
    if evidence.phi_class == PhiClass.DATE and role not in PATIENT_CONTEXT:
        return []  # a date is PHI only when it is about a patient
    confidence = 0.5 + 0.45 * evidence.ratio
    if role not in PATIENT_CONTEXT:
        confidence *= 0.9
    return [(evidence.phi_class, confidence, (f"values:{evidence.ratio:.2f}",))]


def eav_columns(table: TableProfile) -> tuple[str, str] | None:
    """The (attribute, value) columns of a name/value table, or None.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> columns = (C("pid", "INT"), C("attr_name", "TEXT"), C("attr_value", "TEXT"))
    >>> eav_columns(T("obs", columns=columns))
    ('attr_name', 'attr_value')
    """
    attribute = value = None
    for column in table.columns:
        words = tokens(column.name)
        if not words:
            continue
        if words[-1] in {"value", "val", "answer"} or words == ("field", "data"):
            value = value or column.name
        elif set(words) & {
            "attr", "attribute", "field", "property", "param", "parameter", "item",
            "element", "question", "key", "setting", "concept", "observation", "obs",
        } and words[-1] in {"name", "key", "id", "code", "attr", "attribute", "field", "item",
                           "property", "param", "setting", "question", "label"}:  # fmt: skip
            attribute = attribute or column.name
    return (attribute, value) if attribute and value else None


def combine(votes: list[Vote]) -> tuple[PhiMark, ...]:
    """One mark per class: noisy-or of its votes, kept at :data:`THRESHOLD` or more."""
    by_class: dict[PhiClass, tuple[float, set[str]]] = {}
    for phi_class, confidence, signal in votes:  # signal: the reasons behind one vote
        miss, signals = by_class.get(phi_class, (1.0, set()))
        by_class[phi_class] = (miss * (1.0 - confidence), signals | set(signal))
    marks = [
        PhiMark(phi_class, round(1.0 - miss, 2), tuple(sorted(signals)))
        for phi_class, (miss, signals) in by_class.items()
        if 1.0 - miss >= THRESHOLD
    ]
    return tuple(sorted(marks, key=lambda mark: mark.phi_class.value))


def _strong(phi_class: PhiClass, reasons: tuple[str, ...]) -> bool:
    return phi_class in STRONG or reasons == ("name:birth-or-death-date",)


def classify_column(
    column: TableColumn,
    role: str,
    values: ValueEvidence | None = None,
    eav_value: bool = False,
) -> tuple[PhiMark, ...]:
    """The PHI marks of one column of a table with the given role."""
    if role in ("staff", "reference"):
        return ()
    votes = list(name_votes(column.name, role))
    seq = tokens(column.name)
    if seq and seq[-1] in SURROGATE_LAST and family(column.type) == "integer":
        # person_name_id, person_address_id: a row number, not the name or address
        votes = [vote for vote in votes if vote[0] in NUMBERED_CLASSES]
    if family(column.type) in ("date", "datetime"):
        # a date column holds a date, whatever else its name says (MIMIC's DOD_SSN)
        votes = [vote for vote in votes if vote[0] == PhiClass.DATE]
    if role not in PATIENT_CONTEXT:
        votes = [
            (c, conf * (STRONG_ELSEWHERE if _strong(c, s) else WEAK_ELSEWHERE), s)
            for c, conf, s in votes
        ]
    named = bool(votes)
    shaped = value_votes(values, role)
    votes += shaped
    votes += context_votes(column, role, classified=named or eav_value, shaped=bool(shaped))
    if eav_value:
        confidence = 0.8 if role in PATIENT_CONTEXT else 0.5
        votes.append((PhiClass.UNKNOWN, confidence, ("eav:value-column",)))
    return combine(votes)


def mark_table(
    table: TableProfile, role: str, values: Mapping[str, ValueEvidence] | None = None
) -> TableProfile:
    """The table with PHI marks on its columns and ``patient_linked`` set from its role."""
    eav = eav_columns(table)
    # Free-form attribute names (a text column) can name anything, PHI included; coded ones on
    # event rows (MIMIC's itemid into d_items) name measurements from a dictionary.
    by_name = {column.name: column for column in table.columns}
    free_form = eav is not None and (
        family(by_name[eav[0]].type) == "string" or role in ("patient", "person")
    )  # a patient's own attributes (OpenMRS person_attribute) can be anything
    columns = tuple(
        replace(
            column,
            phi=classify_column(
                column,
                role,
                (values or {}).get(column.name),
                eav_value=free_form and eav is not None and column.name == eav[1],
            ),
        )
        for column in table.columns
    )
    return replace(table, columns=columns, patient_linked=role in PATIENT_CONTEXT)

"""PHI columns: HIPAA Safe Harbor classes from a column's name, its table's role and its values.

Three signals, each a (class, confidence, reason) vote, combined per class by noisy-or
(``1 - Π(1 - c)``) and kept at 0.5 or more:

- **name**: the column's words (:mod:`.tokens`) against the identifier classes: ``DOB``,
  ``birthDate`` and ``date_of_birth`` are dates of birth; ``guardianphone`` a phone;
  ``mothersname`` a name. Words that make a column *about* an identifier rather than the
  identifier itself (``phone_type``, ``email_verified``) cancel the vote.
- **context** (:mod:`.context`): on a patient-linked row every date or timestamp of an event is
  PHI, and so is free text; identifiers in staff, provider and code-list tables are not
  patient PHI; elsewhere a name-only vote counts for less.
- **values** (optional): the share of sampled values shaped like an SSN, phone, email, date or
  MRN (see :mod:`.values`). Only the class and ratio reach this module.

Name/value tables hold PHI of unknown class in their value column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from assessor.model import PhiClass, PhiMark, TableColumn, TableProfile

from .coltypes import family, is_large_text
from .context import PATIENT_CONTEXT
from .tokens import tokens

__all__ = ["ValueEvidence", "classify_column", "eav_columns", "mark_table"]

THRESHOLD = 0.5

NUMBERISH = frozenset({"no", "num", "number", "nbr", "nr", "id"})
DATEISH = frozenset({"date", "dt", "dte", "dttm", "datetime", "time", "timestamp", "ts", "day"})
# A last word that makes the column describe an identifier instead of holding it.
META_LAST = frozenset(
    {
        "type", "flag", "ind", "indicator", "yn", "status", "count", "cnt", "pref",
        "preference", "consent", "allowed", "ok", "verified", "valid", "format", "len",
        "length", "source", "method", "visible", "hidden", "optout", "opt", "required",
        "mask", "label", "seq", "sequence", "option", "options", "reason", "changed",
    }
)  # fmt: skip
AUDIT_WORDS = frozenset(
    {
        "created", "updated", "update", "modified", "changed", "inserted", "deleted",
        "lastupdate", "timestamp", "ts", "load", "loaded", "etl", "sync", "synced", "import",
        "imported", "export", "exported", "entered", "stamp", "mod", "upd", "crt",
    }
)  # fmt: skip
PERSON_QUALIFIERS = frozenset(
    {
        "first", "last", "middle", "given", "family", "maiden", "full", "sur", "fore",
        "nick", "legal", "preferred", "birth", "patient", "pt", "pat", "guardian", "mother",
        "mothers", "father", "fathers", "parent", "parents", "spouse", "partner", "kin",
        "nok", "contact", "emergency", "guarantor", "subscriber", "insured", "relative",
        "child", "person", "resident", "caller", "informant", "next",
    }
)  # fmt: skip
PERSON_NAME_WORDS = frozenset(
    {
        "fname", "lname", "mname", "surname", "forename", "firstname", "lastname",
        "givenname", "familyname", "maidenname", "middlename", "fullname", "nickname",
    }
)  # fmt: skip
FREE_TEXT_WORDS = frozenset(
    {
        "note", "notes", "comment", "comments", "cmt", "remark", "remarks", "narrative",
        "memo", "text", "description", "reason", "history", "hx", "findings", "finding",
        "impression", "report", "message", "body", "summary", "complaint", "instructions",
        "detail", "details", "observation", "assessment", "freetext", "annotation",
    }
)  # fmt: skip
CODE_LAST = frozenset({"code", "cd", "type", "flag", "status", "id", "key", "ind", "yn", "unit"})
ADDRESS_WORDS = frozenset(
    {
        "address", "addr", "street", "city", "town", "zip", "zipcode", "postcode", "postal",
        "county", "suburb", "apartment", "apt",
    }
)  # fmt: skip
# Classes whose name signal is strong enough to stand without patient context.
STRONG = frozenset(
    {PhiClass.SSN, PhiClass.MRN, PhiClass.EMAIL, PhiClass.HEALTH_PLAN, PhiClass.BIOMETRIC}
)

Vote = tuple[PhiClass, float, tuple[str, ...]]


@dataclass(frozen=True)
class ValueEvidence:
    """What sampling one column found: the best-matching class and the share of values matching."""

    phi_class: PhiClass
    ratio: float
    sampled: int


def _has(words: set[str], *groups: frozenset[str] | set[str]) -> bool:
    return all(words & group for group in groups)


def _date_of_person(words: set[str]) -> bool:
    if words & {"dob", "dod", "birthday", "birthdate"}:
        return True
    return bool(words & {"birth", "death", "deceased", "died"}) and bool(words & DATEISH)


def name_votes(name: str, role: str) -> list[Vote]:
    """The classes a column's name alone suggests, before context weighs them.

    >>> [v[0].value for v in name_votes("guardianphone", "patient")]
    ['phone']
    >>> name_votes("dose_given", "linked"), name_votes("passive_alert_flag", "patient")
    ([], [])
    """
    seq = tokens(name)
    if not seq or seq[-1] in META_LAST:
        return []
    words = set(seq)
    votes: list[Vote] = []

    def vote(phi_class: PhiClass, confidence: float, reason: str) -> None:
        votes.append((phi_class, confidence, (f"name:{reason}",)))

    if _date_of_person(words):
        vote(PhiClass.DATE, 0.95, "birth-or-death-date")
    if words & {"ssn", "socsec"} or _has(words, {"social"}, {"security"}):
        vote(PhiClass.SSN, 0.95, "ssn")
    elif seq == ("ss",) and role in ("patient", "person"):
        vote(PhiClass.SSN, 0.7, "ss")
    if (
        words & {"mrn", "medrec", "pubpid", "mrno"}
        or _has(words, {"medical", "med"}, {"record", "rec"})
        or _has(words, {"chart", "hospital", "nhs", "ur", "unit", "patient"}, NUMBERISH - {"id"})
    ):
        vote(PhiClass.MRN, 0.9, "record-number")
    if words & {"medicaid", "medicare", "hicn", "mbi"} or _has(
        words, {"policy", "subscriber", "insurance", "insured", "beneficiary"}, NUMBERISH
    ):
        vote(PhiClass.HEALTH_PLAN, 0.85, "health-plan")
    if words & {"account", "acct", "acctno", "iban"} or _has(words, {"card"}, NUMBERISH):
        vote(PhiClass.ACCOUNT, 0.8, "account")
    if _has(words, {"license", "licence"}) or _has(words, {"dl"}, NUMBERISH):
        vote(PhiClass.LICENCE, 0.85, "licence")
    if (
        words & {"udi", "serialno"}
        or _has(words, {"device", "implant"}, {"id", "serial", "sn", "udi", *NUMBERISH})
        or _has(words, {"serial"}, NUMBERISH)
    ):
        vote(PhiClass.DEVICE_ID, 0.75, "device-id")
    if words & {"vin", "vehicle"} or _has(words, {"plate"}):
        vote(PhiClass.VEHICLE_ID, 0.8, "vehicle-id")
    if words & {"email", "emailaddress"} or _has(words, {"e"}, {"mail"}):
        vote(PhiClass.EMAIL, 0.95, "email")
    elif words & {"url", "website", "homepage", "uri"} or _has(words, {"web"}, {"address", "site"}):
        vote(PhiClass.URL, 0.75, "url")
    elif (
        seq == ("ip",)
        or words & {"ipaddr"}
        or _has(words, {"ip"}, {"address", "addr"})
        or _has(words, {"remote", "client"}, {"addr", "ip", "host"})
    ):
        vote(PhiClass.IP, 0.8, "ip-address")
    elif words & ADDRESS_WORDS:
        vote(PhiClass.ADDRESS, 0.85, "address")
    if words & {"fingerprint", "biometric", "retina", "voiceprint", "faceprint", "palmprint"}:
        vote(PhiClass.BIOMETRIC, 0.85, "biometric")
    if words & {"photo", "photograph", "picture", "portrait", "headshot", "selfie"}:
        vote(PhiClass.PHOTO, 0.85, "photo")
    if "fax" in words:
        vote(PhiClass.FAX, 0.9, "fax")
    elif words & {"phone", "telephone", "tel", "mobile", "cellphone", "phoneno"} or _has(
        words, {"cell"}, NUMBERISH
    ):
        vote(PhiClass.PHONE, 0.9, "phone")
    elif "pager" in words:
        vote(PhiClass.PHONE, 0.6, "pager")
    if words & PERSON_NAME_WORDS or (
        words & {"name", "nm"} and words & PERSON_QUALIFIERS and not words & {"user", "file"}
    ):
        vote(PhiClass.NAME, 0.9, "person-name")
    elif seq in (("name",), ("full", "name"), ("display", "name")) and role in (
        "patient",
        "person",
    ):
        vote(PhiClass.NAME, 0.75, "name")
    if words & {"passport", "nationalid"} or _has(words, {"national", "tax"}, NUMBERISH):
        vote(PhiClass.OTHER_ID, 0.8, "national-id")
    elif "accession" in words:
        vote(PhiClass.OTHER_ID, 0.7, "accession-number")
    return votes


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
    if kind == "string" and not (classified or shaped) and seq[-1] not in CODE_LAST:
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


def classify_column(
    column: TableColumn,
    role: str,
    values: ValueEvidence | None = None,
    eav_value: bool = False,
) -> tuple[PhiMark, ...]:
    """The PHI marks of one column of a table with the given role."""
    if role in ("staff", "reference"):
        return ()
    votes = name_votes(column.name, role)
    if role not in PATIENT_CONTEXT:
        votes = [(c, conf if c in STRONG else conf * 0.6, s) for c, conf, s in votes]
    named = bool(votes)
    shaped = value_votes(values, role)
    votes += shaped
    votes += context_votes(column, role, classified=named, shaped=bool(shaped))
    if eav_value:
        confidence = 0.8 if role in PATIENT_CONTEXT else 0.6
        votes.append((PhiClass.UNKNOWN, confidence, ("eav:value-column",)))
    return combine(votes)


def mark_table(
    table: TableProfile, role: str, values: Mapping[str, ValueEvidence] | None = None
) -> TableProfile:
    """The table with PHI marks on its columns and ``patient_linked`` set from its role."""
    eav = eav_columns(table)
    columns = tuple(
        replace(
            column,
            phi=classify_column(
                column,
                role,
                (values or {}).get(column.name),
                eav_value=eav is not None and column.name == eav[1],
            ),
        )
        for column in table.columns
    )
    return replace(table, columns=columns, patient_linked=role in PATIENT_CONTEXT)

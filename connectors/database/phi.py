"""PHI columns: HIPAA Safe Harbor classes from a column's name, its table's role and its values.

Three signals, each a (class, confidence, reason) vote, combined per class by noisy-or
(``1 - Π(1 - c)``) and kept at 0.5 or more:

- **name** (:mod:`.phi_names`): the column's words against the identifier classes: ``DOB``,
  ``birthDate`` and ``date_of_birth`` are dates of birth; ``guardianphone`` a phone;
  ``mothersname`` a name; ``phone_type`` and ``email_verified`` are about an identifier, not
  one. A date column holds only a date; an integer ``*_id`` is a row number, not a name.
- **identifiers** (:mod:`.phi_vocabulary`): a text column, or a number named ``_no``/``_nr``,
  whose name joins an identifier suffix to a word HL7 v2 uses for a patient's identifiers
  (``placer_order_no``, ``visit_number``, ``specimen_id``, ``claim_nr``); a text patient key
  (``pat_id VARCHAR``) is the patient's record number.
- **context** (:mod:`.context`): on a patient-linked row every date or timestamp of an event is
  PHI (text dates and epoch integers named for a date or time too), and so is free text:
  a column named for notes or comments wide enough to hold them, a long text named for a
  reason or description, a stored document; identifiers in staff, provider and code-list
  tables are not patient PHI; job and audit rows hold no patient dates; elsewhere a name-only
  vote counts for less.
- **values** (optional): the share of sampled values shaped like an SSN, phone, email, date or
  MRN (see :mod:`.sampling`). Only the class and ratio reach this module.

Name/value tables hold PHI of unknown class in their value column when their rows are a
patient's; a configuration table's values are not. An audit row that copies a changed column's
old and new values holds whatever that column held. Every mark carries its reasons.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from assessor.model import ForeignKey, PhiClass, PhiMark, TableColumn, TableProfile

from .coltypes import declared_length, family, is_array, is_fixed_width, is_large_text
from .context import (
    PATIENT_CONTEXT,
    PATIENT_WORDS,
    SEX_WORDS,
    STAFF_WORDS,
    is_encounter_key,
    is_patient_key,
    stored_documents,
    stored_resource,
)
from .links import first_key, names_actor, words_of
from .phi_calendar import CALENDAR_KEY_REASON, calendar_keys
from .phi_comments import comment_name
from .phi_date_parts import DATE_PART_REASON, date_parts
from .phi_keys import (
    UNPERSONAL,
    identifier_values,
    issued_numbers,
    numbers_of_no_one,
    numbers_referred_to,
    patients_own_ids,
    site_patient_numbers,
)
from .phi_learned import learned_mark
from .phi_logs import exchanged_bodies, recorded_statements, stored_messages
from .phi_names import (
    CODE_NUMBER_WORDS,
    CONTACT_DETAILS,
    DATE_CODE_HEADS,
    DATEISH,
    INSTITUTION_WORDS,
    META_LAST,
    PERSON_QUALIFIERS,
    RECORD_KEEPING_WORDS,
    SECTION_WORDS,
    YEAR_WORDS,
    Vote,
    dates_staff,
    is_count,
    is_user_defined_slot,
    name_votes,
    owned_value,
)
from .phi_points import (
    ADDRESS_PART_REASON,
    CONTACT_POINT_REASON,
    address_parts,
    contact_point_value,
)
from .phi_shapes import (
    CODE_SYSTEM_WORDS,
    MIN_DATE_LENGTH,
    charted_entries,
    dated_head,
    dicom_attribute_values,
    glued_date,
    whole_number,
)
from .phi_vocabulary import clinical_topic_words, identifier_words
from .prefixes import field_names
from .tokens import singular, tokens

__all__ = [
    "ValueEvidence",
    "change_log_column",
    "classify_column",
    "eav_columns",
    "has_address",
    "identifier_votes",
    "is_loaded",
    "mark_table",
    "plain_columns",
    "pseudonym_keys",
]

THRESHOLD = 0.5
UUID_TEXT_LENGTH = 36  # a UUID written out: 32 hex digits and 4 hyphens
GUID_HEX_LENGTH = 32  # and without its hyphens, in a fixed CHAR(32) (a GUID's hex, an MD5)
# The last words of a column named as a row key (not a number: a record number is issued).
OWN_KEY_LAST = frozenset({"id", "uuid", "guid", "key"})

# Words of a warehouse's or an interface's load times: they date the copy, not the patient's
# care or record (as an NLP run's date does not), so they are no date of the patient's. Not a
# device's sync of the row (AMRIT's SyncedDate, Avni's): that dates the record, as an update.
LOAD_WORDS = frozenset(
    {
        "load", "loaded", "etl", "import", "imported", "export", "exported",
        "download", "downloaded", "extract", "extracted", "ingest", "ingested", "ingestion",
        # a snapshot's date dates the copy (OpenSAFELY's snapDate), a storage partition's the
        # partition (HAPI FHIR's partition_date)
        "snap", "snapshot", "partition",
        # a text-mining run's date dates the run, not the note (OMOP's nlp_date)
        "nlp", "indexed", "parsed",
    }
)  # fmt: skip
# Words that turn the word after them round: a non-coded diagnosis is one written in words.
NEGATIONS = frozenset({"non", "not", "un", "without"})
# A return's reporting period (a national data set's ReportingPeriodStartDate): it dates the
# return every row of the month is filed in, not the patient's care in it.
REPORTING_PERIOD = frozenset({"reporting", "period"})
# A user's upload of a document or image dates the record, unless the row was itself uploaded
# by a warehouse load (its table keeps the load's id: i2b2's UPLOAD_ID beside UPLOAD_DATE).
UPLOAD_WORDS = frozenset({"upload", "uploaded"})
# Words of an expiry, and of the products whose expiry a patient's row may keep beside its use.
EXPIRY_WORDS = frozenset({"expiry", "expiration", "expire", "expires", "expiring", "exp"})
PRODUCT_WORDS = frozenset(
    {"kit", "lot", "batch", "vaccine", "drug", "reagent", "product", "medication", "stock"}
)
# Words that make a time a span (``time_to_spont_resp``, ``duration_min``): no date.
SPAN_WORDS = frozenset({"duration", "elapsed", "interval", "span", "lag", "delay", "los"})
# Courses of care whose months, weeks or days are counted from their start.
COURSE_WORDS = frozenset(
    {"treatment", "therapy", "pregnancy", "gestation", "gestational", "course", "cycle"}
)
# "time to X", "time since X", "time from X", "time after X": how long until or since X, no
# date (Tamanu's time_after_onset of a cause of death, in minutes).
SPAN_PAIRS = frozenset(
    {("time", "to"), ("time", "since"), ("time", "from"), ("time", "after"), ("time", "before")}
)
# States and procedures that last (a stay, survival, a cross-clamp, a wait): a time kept as a
# whole number and named for one is how long it lasted (SICdb's TimeOfStay, in seconds), not
# when; a timestamp so named still dates it (stay_end_time).
LASTING_WORDS = frozenset(
    {
        "stay", "survival", "clamp", "bypass", "ischemia", "ischaemia", "ventilation", "wait",
        "waiting", "turnaround", "runtime", "execution", "travel",
    }
)  # fmt: skip
# FHIR's date-typed elements whose names hold no date word, alone or a Period's ends (not a
# bare start or end: behind a prefix, HES's SPELEND flags a spell's end).
FHIR_TIMES = frozenset({("issued",), ("recorded",), ("authored", "on"), ("authored",)})
FHIR_PERIOD_ENDS = frozenset({("period", "start"), ("period", "end")})
# A duration's units, last in the name of a number of them (professionalTimeSeconds,
# survey_time_limit_minutes): how long, not when.
DURATION_UNITS = frozenset(
    {"seconds", "secs", "sec", "minutes", "mins", "min", "hours", "hrs", "hr", "ms", "millis",
     "milliseconds", "days", "weeks", "months", "years"}
)  # fmt: skip
# Events whose last occurrence a history form keeps as text (``last_physical_exam``): a date.
EVENT_WORDS = frozenset(
    {
        "exam", "examination", "visit", "screening", "test", "vaccination", "immunization",
        "surgery", "scan", "checkup", "mammogram", "colonoscopy", "appointment", "appt", "due",
    }
)  # fmt: skip
# An audit row's copy of a changed value: before and after.
VALUE_WORDS = frozenset({"value", "val", "values"})
# Tables whose name says they keep what was written, and why a copied column holds its class.
NOTE_TABLES = frozenset({"note", "freetext", "text", "narrative", "comment", "remark", "memo"})
NOTE_VALUE_REASON = "table:written-value"
FORM_ANSWER_REASON = "table:form-answer"
HISTORY_SECTION_REASON = "table:history-section"
PATIENTS_OWN_ID_REASON = "structure:patients-own-id"
SITE_NUMBER_REASON = "structure:a-sites-patient-number"
IDENTIFIER_VALUE_REASON = "structure:identifier-value"
PATIENT_NAME_COPY_REASON = "structure:name-beside-the-patients-sex"
# What says a row keeps a person's age or birth date (see :func:`patients_name_copy`).
AGE_WORDS = frozenset({"age", "birth", "dob", "birthdate", "born"})
# Tables of a clinical form filled in for one patient (OSCAR's formAdf, formAlpha; an eform):
# named so by their first word.
FORM_WORDS = frozenset({"form", "eform", "questionnaire"})
# A form that keeps a sample and its result is a laboratory request (a viral-load or TB test's
# form): its boxes are the request's fields, not a clinician's narrative.
SAMPLE_WORDS = frozenset({"sample", "specimen"})
RESULT_WORDS = frozenset({"result", "results"})
MIN_BOX_LENGTH = 64  # a form's box wide enough for a phrase about the patient
# The measures of FHIR's vital-signs profiles (body temperature, heart rate, respiratory rate,
# blood pressure, body height and weight, BMI, oxygen saturation, head circumference) and their
# short forms: a form's box for one holds a number written out, not words.
VITAL_SIGN_WORDS = frozenset(
    {
        "temp", "temperature", "pulse", "rate", "resp", "bp", "pressure", "systolic",
        "diastolic", "height", "weight", "bmi", "oxygen", "saturation", "sat", "spo2",
        "circumference", "hr", "rr",
    }
)  # fmt: skip
HELD_CLASS = {
    FORM_ANSWER_REASON: PhiClass.FREE_TEXT,
    CONTACT_POINT_REASON: PhiClass.PHONE,
    NOTE_VALUE_REASON: PhiClass.FREE_TEXT,
    HISTORY_SECTION_REASON: PhiClass.FREE_TEXT,
    ADDRESS_PART_REASON: PhiClass.ADDRESS,
    PATIENTS_OWN_ID_REASON: PhiClass.MRN,
    SITE_NUMBER_REASON: PhiClass.MRN,
    IDENTIFIER_VALUE_REASON: PhiClass.OTHER_ID,
    PATIENT_NAME_COPY_REASON: PhiClass.NAME,
    DATE_PART_REASON: PhiClass.DATE,
    CALENDAR_KEY_REASON: PhiClass.DATE,
}
# Last words that make a text a yes or no, or a state, about what the name says before them
# (REDCap's form_complete, DQ_Primary_Diagnosis_Valid, consent_given): no narrative.
STATE_LAST = frozenset(
    {
        "complete", "completed", "expected", "valid", "invalid", "given", "aware", "related",
        "used", "missing", "done", "present", "absent", "confirmed", "required", "yn",
        # or a quantity of it (symptom_count, a score)
        "count", "cnt", "total", "score", "sum",
    }
)  # fmt: skip
# What says a value is kept as words, not as a number or a code.
TEXT_VALUE_WORDS = frozenset({"text", "txt", "string", "freetext"})
BEFORE_WORDS = frozenset({"old", "prev", "previous", "before", "original", "former"})
AFTER_WORDS = frozenset({"new", "after", "current", "updated"})
# What a system received whole and keeps (a submitted form, a message, a request): it carries
# the patient's details it was sent with, whatever table keeps it (OpenMRS's formentry_queue).
SUBMISSION_WORDS = frozenset(
    {"form", "message", "msg", "payload", "submission", "request", "document"}
)
# An opaque container on a patient's row holds that patient's data (i2b2's PATIENT_BLOB).
BLOB_WORDS = frozenset({"blob", "clob"})
# The markup a document is rendered in, as the last word of the column that keeps it.
RENDERED_WORDS = frozenset({"html", "latex", "tex", "rtf"})
# Words that name narrative: free text when the column is wide enough to hold some.
FREE_TEXT_WORDS = frozenset(
    {
        "note", "notes", "comment", "comments", "cmt", "remark", "remarks", "narrative",
        "memo", "text", "txt", "history", "hx", "findings", "finding", "impression", "report",
        "message", "body", "summary", "complaint", "instructions", "assessment", "freetext",
        "annotation", "sig", "snippet", "excerpt", "anamnesis", "letter",
        # a prescription's directions to the patient (its sig written out)
        "directions", "instruction",
        # a care plan's parts as FHIR's CarePlan and Goal and care managers write them: the
        # patient's goals, strengths and barriers
        "goal", "goals", "strengths", "barriers",
    }
)  # fmt: skip
# Words that name narrative only in a long text: short, they hold a picklist or a code's label.
LONG_TEXT_WORDS = frozenset(
    {
        "reason", "description", "desc", "detail", "details", "observation",
        # a clinician's diagnosis, purpose of a visit, therapy or reply to a referral, written
        # out: a short one may hold a code, a long text holds words
        "diagnosis", "diag", "purpose", "therapy", "reply",
        # a row's written content (FHIR DocumentReference.content): in a long text, its body
        "content", "contents",
        # why a claim was adjusted or a service given, written out (openIMIS)
        "explanation", "justification",
        # a clinician's advice to the patient, and a chief complaint as schemas often spell it
        "advice", "complain",
        # what is known of the patient, written out (GNU Health's general_info, critical_info)
        "info", "information",
    }
)  # fmt: skip
# What a clinician writes out when a field is wide enough for words (MIMIC's admission
# DIAGNOSIS VARCHAR(255), a referral's diagnosis, a cause of death): a short one holds a code.
WRITTEN_WORDS = frozenset({"diagnosis", "diag", "cause"})
# Parts of a clinical note (the SOAP note's four, HL7 C-CDA section titles, the note types of
# LOINC's document ontology): narrative when the column is a long text.
# The letters of the SOAPIER note's parts (subjective, objective, assessment, plan,
# intervention, evaluation, revision), as a note column's suffix names them.
SOAPIER = frozenset("soapier")
# A topic alone that FHIR holds as a coded element (MedicationRequest.medication[x]): the
# drug given, by name (MIMIC-IV's emar.medication TEXT), not what was written about it.
CODED_TOPICS = frozenset({("medication",)})
NOTE_WORDS = frozenset({"note", "notes", "pnote", "pnotes", "progress"})
# The systems a review of systems asks about and the areas an examination looks at, as the
# CMS documentation guidelines for evaluation and management list them (with the shortenings
# forms write): a field named for one alone holds what was found or reported there.
BODY_SYSTEMS = frozenset(
    {
        "constitutional", "eye", "eyes", "ent", "ear", "ears", "nose", "throat", "mouth",
        "cardiovascular", "cardiac", "heart", "respiratory", "lung", "lungs", "chest",
        "gastrointestinal", "gastro", "gi", "abdomen", "abdominal", "genitourinary", "genito",
        "gu", "genitalia", "musculoskeletal", "musco", "msk", "integumentary", "integ", "skin",
        "breast", "breasts", "neurological", "neurologic", "neuro", "psychiatric", "psych",
        "endocrine", "hematologic", "lymphatic", "lymphatics", "lymph", "immunologic",
        "allergic", "head", "neck", "extremities", "back", "spine", "rectal", "pelvic",
    }
)  # fmt: skip
DOCUMENT_WORDS = frozenset(
    {"document", "doc", "letter", "attachment", "report", "note", "scan", "pdf", "content"}
)
# Names of a column in which an application keeps the row's own change log ("Update 2004-03-01
# by admin"): it says who changed the row and when, not what was written about the patient.
CHANGE_LOG_NAMES = frozenset(
    {
        ("history",), ("change", "log"), ("changelog",), ("change", "history"),
        ("edit", "history"), ("audit", "trail"), ("history", "log"), ("mod", "history"),
    }
)  # fmt: skip
# Words of the column that says who created or changed a row (``modify_id``, ``changed_by``,
# ``creator``): a table that has one keeps records of its own changes.
KEEPER_WORDS = frozenset(
    {
        "creator", "modifier", "editor", "updater", "create", "created", "modify",
        "modified", "update", "updated", "change", "changed", "edit", "edited", "entered",
    }
)  # fmt: skip
KEEPER_LAST = frozenset({"id", "by", "user", "uid", "nr", "creator", "modifier", "editor"})
# The actions on a row whose reason a user types (void_reason, reason_for_cancellation,
# discontinued_reason, RejectionReason): why the record was changed, not what was found.
ACTION_WORDS = frozenset(
    {"void", "voided", "cancel", "cancelled", "canceled", "cancellation", "discontinue",
     "discontinued", "discontinuing", "discontinuation", "delete", "deleted", "deletion",
     "retire", "retired", "reject", "rejected", "rejection", "archive", "archived", "stop",
     "stopped", "change", "changed", "override", "overridden", "revert", "reverted", "refusal",
     "refused",
     # an amendment to a record, a correction, a denial of a request (amended_reason)
     "amend", "amended", "amendment", "correction", "corrected", "denial", "denied"}
)  # fmt: skip
# What a user types beside an action on a row (CancelledRemarks, cancel_comment): its reason.
ACTION_REMARKS = frozenset({"remark", "remarks", "comment", "comments"})
# The name of a row's id in the system its data came from.
LEGACY_IDS = frozenset({("legacy", "id"), ("legacy", "identifier")})
# Types of a place on the map: PostgreSQL's point, PostGIS's and SQL Server's geometry and
# geography (Safe Harbor counts geographic units smaller than a state, coordinates among them).
GEOGRAPHIC_TYPES = ("POINT", "GEOMETRY", "GEOGRAPHY")
# VARCHAR(255) is the length schemas give any short string; a longer one is chosen for words
MAX_SHORT_TEXT = 255
DATE_TEXT_LENGTHS = frozenset(range(8, 11))  # 20240131, 31/01/2024, 2024-01-31
COORDINATE_WORDS = frozenset({"latitude", "longitude", "lat", "lng", "lon", "geo", "gps"})
MIN_TEXT_LENGTH = 120  # a declared length under this holds a label or a code, not a note
# a body system's field shorter than this holds a finding picked from a list (a framework's
# 140-character data field: "normal", "tender")
MIN_FINDING = 200
MIN_NOTE = 50  # ... unless the column is named a note outright: a sentence fits in fifty
NOTE_LAST = frozenset({"note", "comment", "remark", "memo", "narrative"})
# (a claim's or an authorisation's reference is its number too, kept as text)
ID_SUFFIX = frozenset(
    {"id", "no", "nr", "num", "nbr", "number", "identifier", "refno", "reference", "ref"}
)
NUMBER_SUFFIX = frozenset({"no", "nr", "num", "nbr", "number", "refno"})
EPOCH_WORDS = DATEISH | {"epoch", "unix", "at"}
# What names a date kept as a number of days and their fraction: the word itself, not "dt",
# which is also a dialysate's temperature (HemodialysisPro's DT REAL)
REAL_DATE_WORDS = frozenset({"date"})
VISIT_KEY_REASON = ("name:text-visit-key",)
CODE_LAST = frozenset({"code", "cd", "type", "flag", "status", "id", "key", "ind", "yn", "unit"})
# Words that make a long text column structured (a name, a code, a path), not a clinical note.
STRUCTURED_WORDS = frozenset(
    {
        "name", "code", "codes", "type", "status", "title", "label", "facility", "provider",
        "dir", "path", "file", "form", "list", "option", "options", "category", "url",
        "mime", "format", "template", "unit", "units", "key", "id", "class", "version",
        "field", "fields", "identifier",
        # the scheme an entry is coded in (a national data set's DIAGNOSIS SCHEME IN USE)
        "scheme",
    }
)  # fmt: skip
# Abbreviations and synonyms of the identifier words (DICOM's SPS is the scheduled procedure
# step; laboratories call the specimen HL7 names a sample).
IDENTIFIER_ABBREVIATIONS = {
    "req": "requested", "rqst": "requested", "proc": "procedure", "sps": "scheduled",
    "acc": "accession", "accn": "accession", "spec": "specimen", "ord": "order",
    "adm": "admission", "enc": "encounter", "auth": "authorization", "sample": "specimen",
}  # fmt: skip
SURROGATE_LAST = frozenset({"id", "key", "fk", "seq", "sk"})
# Identifier classes that are numbers, so may sit in an integer *_id column.
NUMBERED_CLASSES = frozenset(
    {
        PhiClass.SSN, PhiClass.MRN, PhiClass.HEALTH_PLAN, PhiClass.ACCOUNT, PhiClass.LICENCE,
        PhiClass.VEHICLE_ID,
    }
)  # fmt: skip
# Classes whose name signal is strong enough to stand without patient context.
STRONG = frozenset({PhiClass.SSN, PhiClass.MRN, PhiClass.HEALTH_PLAN, PhiClass.BIOMETRIC})
STRONG_REASONS = frozenset(
    {
        ("name:birth-or-death-date",), ("name:dicom-uid",), ("name:accession-number",),
        ("name:hl7-message",), ("name:stored-submission",),
    }
)  # fmt: skip
MIN_IDENTIFIER_LENGTH = 4  # a CHAR(1) or CHAR(3) holds a flag or a code, no identifier
STRONG_ELSEWHERE = 0.8  # weight of a strong name vote in a table of unknown role
WEAK_ELSEWHERE = 0.5  # and of any other: names, phones, addresses there are rarely patients


@dataclass(frozen=True)
class ValueEvidence:
    """What sampling one column found: the best-matching class and the share of values matching."""

    phi_class: PhiClass
    ratio: float
    sampled: int


def _free_text(column: TableColumn, seq: tuple[str, ...]) -> tuple[float, str] | None:
    """(confidence, reason) when the column holds narrative: named for it and wide enough.
    An array of texts (PostgreSQL's ``text[]``) is a list of labels, tags or codes: narrative
    is written as one text."""
    words = set(seq)
    kind = family(column.type)
    if is_array(column.type):
        return None
    if (
        words & {"reason", "reasons", *ACTION_REMARKS}
        and {singular(word) for word in words} & ACTION_WORDS
    ):
        return None  # why a row was voided or cancelled, as void_reason: the workflow's
    if kind == "binary":
        return (0.7, "name:stored-document") if words & DOCUMENT_WORDS else None
    if (
        kind != "string"
        or words & STRUCTURED_WORDS
        or ("coded" in words and words.isdisjoint(NEGATIONS))  # not diagnosis_non_coded
        or seq[-1] in CODE_LAST | STATE_LAST
        or not words.isdisjoint(CODE_SYSTEM_WORDS)
        or is_user_defined_slot(seq)
    ):
        return None
    length = declared_length(column.type)
    large = is_large_text(column.type)
    last = next((w for w in reversed(seq) if not w.isdigit()), seq[-1])
    wide = large or length is None or length >= MIN_TEXT_LENGTH
    # a column named a note outright holds one as soon as a sentence fits (a booking's notes);
    # a numbered run of short ones (comment1 ... comment5) are slots a site gives its own use
    # (also its text: comment_text, notetext)
    noted = singular(seq[-1]) in NOTE_LAST or (
        last in {"text", "txt"} and {singular(word) for word in seq} & NOTE_LAST
    )
    wide = wide or (noted and length is not None and length >= MIN_NOTE)
    if (last in FREE_TEXT_WORDS or singular(last) in FREE_TEXT_WORDS) and wide:
        return (0.85 if large else 0.75), "name:free-text"
    if words & WRITTEN_WORDS and (large or (length is not None and length >= MIN_TEXT_LENGTH)):
        return 0.7, "name:written-diagnosis"
    if words & VALUE_WORDS and words & TEXT_VALUE_WORDS and wide:
        # an observation's value kept as words (DICOM SR's TEXT content item, a value_text)
        return 0.7, "name:text-value"
    roomy = large or (length is not None and length > MAX_SHORT_TEXT)
    if roomy and {singular(word) for word in words} & (FREE_TEXT_WORDS | LONG_TEXT_WORDS):
        return 0.75, "name:free-text-in-long-text"
    if large and words & SECTION_WORDS:
        return 0.75, "name:note-section"
    if (
        (large or (length is not None and length >= MIN_FINDING))
        and len(seq) <= 2
        and all(word in BODY_SYSTEMS for word in seq)
    ):
        return 0.7, "name:body-system-finding"  # a review of systems' eyes, ENT, neuro
    if large and len(seq) == 2 and seq[0] in NOTE_WORDS and seq[1] in SOAPIER:
        return 0.75, "name:note-section"  # FreeMED's pnotes_S, pnotes_O: a note's parts
    if large and seq not in CODED_TOPICS and {singular(w) for w in seq} & clinical_topic_words():
        # a long text named for a clinical topic (allergies, risk_content, physicalCondition)
        # is what was written about the patient on that topic
        return 0.75, "name:clinical-topic"
    return None


def context_votes(
    column: TableColumn,
    role: str,
    classified: bool,
    shaped: bool = False,
    change_log: bool = False,
    loaded: bool = False,
) -> list[Vote]:
    """Dates and free text that are PHI because the row is about a patient.

    ``classified``: the name already gave the column a class; ``shaped``: its sampled values did;
    ``change_log``: the column is the row's own change log (see :func:`change_log_column`);
    ``loaded``: the rows came by a warehouse's uploads (see :func:`is_loaded`).
    """
    seq = tokens(column.name)
    if role not in PATIENT_CONTEXT or not seq:
        return []
    words = set(seq)
    kind = family(column.type)
    signal = f"context:{'patient' if role in ('patient', 'person') else 'patient-linked'}"
    votes: list[Vote] = []
    audit = bool(words & RECORD_KEEPING_WORDS) or seq[:1] == ("last",)
    # "time to X" (since X, from X) is how long until X; a bare time_to is when a stay ended;
    # an age at a date is an age; day 1, day 2 of a stay or a study are days counted, not dates
    pairs = set(pairwise(seq))
    span = (
        bool(words & SPAN_WORDS)
        or ("time", "zone") in pairs  # where the clock is set, not when (a consultation's zone)
        or "timezone" in words
        or not SPAN_PAIRS.isdisjoint(pairwise(seq[:-1]))
        or seq[:1] == ("age",)
        or ("age", "at") in pairs
        # a status, a code or a legal classification as it stood at a date (CDS's
        # OverseasVisitorStatusClassificationAtCDSActivityDate), not the date
        or any(b == "at" and a in STATE_AT_WORDS for a, b in pairs)
        # a time's offset from UTC in minutes (Juno's CREATEDDATETIMEOFFSET INT), or from a
        # study's start (HL7's start_date_time_offset, kept as text), not the time; a time
        # typed as one, offset and all (SQL Server's DATETIMEOFFSET), is the time
        or ("offset" in words and kind not in ("date", "datetime", "time"))
        or (words & DATEISH == {"day"} and any(a == "day" and b.isdigit() for a, b in pairs))
        # how many of a unit something took (HCP1's Minutes of operating theatre time)
        or (len(seq) > 2 and seq[0] in DURATION_UNITS and seq[1] == "of")
        or is_count(seq)  # a rate per day, a number of days
    )
    last_event = (
        seq[0] in ("last", "previous", "prev", "next")
        and len(seq) >= 2
        and seq[-1] in EVENT_WORDS
        and kind == "string"
    )
    glued = glued_date(seq)
    length = declared_length(column.type)
    # two characters or digits hold no date (PCORnet's CHAR(2) birth_date_mgmt): a code
    # about one, or a flag
    holds = length is None or length >= MIN_DATE_LENGTH
    # when a row's event happened, named as Rails and Django name a time (created_at) or as
    # an app names it in prose (CamCOPS's when_created), kept as ISO text by a schema that
    # keeps its times so
    event_time = len(seq) >= 2 and (seq[0] == "when" or seq[-1] == "at")
    # FHIR's times named without a date word (Period.start and .end, DiagnosticReport.issued,
    # Provenance.recorded, MedicationRequest.authoredOn), a resource flattened into text
    fhir_time = seq in FHIR_TIMES or (len(seq) >= 2 and seq[-2:] in FHIR_PERIOD_ENDS)
    text_date = (
        kind == "string"
        and (
            bool(words & DATEISH)
            or last_event
            or glued
            or event_time
            or fhir_time
            or _keeping_event(seq, column.type)  # CanDIG's created TEXT: an ISO time
        )
        and holds
        and not classified
    )
    epoch = (
        (
            kind == "integer"
            or (kind == "numeric" and whole_number(column.type))
            # a day and its fraction (Epic's PAT_ENC_DATE_REAL), named for the date alone
            or (kind == "numeric" and bool(words & REAL_DATE_WORDS))
        )
        and holds
        # a day alone is a count of days (nr_workday, los_days), not a date
        and (
            bool(words & EPOCH_WORDS & (DATEISH | {"epoch", "unix"}) - {"day"})
            or glued
            or _keeping_event(seq, column.type)
        )
        and seq[-1] not in ID_SUFFIX
        and seq[0] not in NUMBER_SUFFIX
        and words.isdisjoint(LASTING_WORDS)
        and seq[-1] not in DURATION_UNITS
        # a code about a date, not the date (CanDIG's dateOfBirthTier, the access level a birth
        # date needs); a flag or a source of one is META_LAST's, below
        and seq[-1] not in DATE_CODE_HEADS
        and not classified
    )
    # a time of day on an event's row dates it finer still (an appointment's start time)
    # the month of an event (an activity's, an arrival's, a birth's) is an element of its date
    # finer than the year, kept as text (202103) or a number; the month of a course of care
    # (treatment_month 3, a pregnancy's) counts months into it
    month = (
        "month" in words
        and words.isdisjoint(COURSE_WORDS)
        and kind in ("string", "integer")
        and not classified
    )
    dated = kind in ("date", "datetime", "time") or text_date or epoch or month
    # a copy's load or a return's reporting period, not the patient's care
    load = bool(words & (LOAD_WORDS | UPLOAD_WORDS if loaded else LOAD_WORDS)) or (
        words >= REPORTING_PERIOD
    )
    # a product's expiry dates the product, not the patient it was used on (a test kit's lot)
    product = bool(words & EXPIRY_WORDS and {singular(w) for w in words} & PRODUCT_WORDS)
    staff = dates_staff(seq)  # a clinician's birth date copied onto the patient's row
    # a flag's or a kind's word last names no date, unless the type keeps one: a date typed as
    # a date is one, whatever it is named for (date_verified, the time it was verified)
    meta = seq[-1] in META_LAST and kind not in ("date", "datetime")
    # a date's year kept apart (the IJE death record's DATE_OF_DEATH_YEAR): Safe Harbor's
    # year alone, no element finer than it, unless the month is named with it
    year = seq[-1] in YEAR_WORDS and "month" not in words and kind not in ("date", "datetime")
    if dated and not meta and not load and not span and not product and not staff and not year:
        reason = (
            "name:date-in-text"
            if text_date
            else "name:epoch-date"
            if epoch
            else "name:month"
            if month
            else "type:date"
        )
        votes.append((PhiClass.DATE, 0.6 if audit else 0.85, (signal, reason)))
    if not classified and column.type.strip().upper().startswith(GEOGRAPHIC_TYPES):
        # a point on the map on a patient's row: where the patient was registered, seen, lives
        votes.append((PhiClass.ADDRESS, 0.8, (signal, "type:geographic")))
    if not (classified or shaped or change_log):
        found = _free_text(column, seq)
        if found is not None:
            votes.append((PhiClass.FREE_TEXT, found[0], (signal, found[1])))
        elif seq[-1] in BLOB_WORDS and (kind == "binary" or is_large_text(column.type)):
            votes.append((PhiClass.OTHER_ID, 0.7, (signal, "name:blob")))
        elif seq[-1] in RENDERED_WORDS and is_large_text(column.type):
            # a document rendered for print or screen (EasyGP's certificate as LaTeX, a
            # consultation as HTML) holds all the row's details, the patient's among them
            votes.append((PhiClass.OTHER_ID, 0.7, (signal, "name:rendered-document")))
    return votes


# When a row was written, named by the event alone: kept as a whole number, the seconds or
# milliseconds since 1970 (Drupal's created and changed, Elexis's LASTUPDATE).
KEEPING_EVENTS = frozenset({"created", "updated", "modified", "changed", "update", "modification"})


# What is recorded as it stood at a date: the value, not the date (status at discharge).
STATE_AT_WORDS = frozenset(
    {"status", "classification", "class", "code", "category", "state", "stage", "grade",
     "score", "weight", "height"}
)  # fmt: skip


def _keeping_event(seq: tuple[str, ...], type_name: str) -> bool:
    """A record-keeping event alone (``created``, ``changed``, ``lastupdate``), typed as text or
    as an integer wide enough for a time (INT, BIGINT): not a flag (``is_changed``, a
    TINYINT)."""
    return (
        len(seq) <= 2
        and seq[-1] in KEEPING_EVENTS
        and (len(seq) == 1 or seq[0] in ("last", "date", "time"))
        and not type_name.strip().upper().startswith(("TINYINT", "SMALLINT", "BIT", "BOOL"))
    )


def identifier_votes(column: TableColumn, role: str) -> list[Vote]:
    """A patient's identifier named by HL7 v2's words: ``placer_order_no``, ``specimen_id``
    (text), ``visit_nr``; a text patient key is the patient's record number."""
    seq = tuple(w for w in tokens(column.name) if not w.isdigit())
    if seq[-1:] == ("uid",):
        # a UID names the row in the system that made it (OpenClinic GA's server and object ids
        # joined), a key like an integer's, not a number issued to the patient or the visit
        return []
    kind = family(column.type)
    if kind == "string" and role in PATIENT_CONTEXT and _card_number(seq, column.type):
        return [(PhiClass.HEALTH_PLAN, 0.8, ("name:national-health-card",))]
    if kind == "string" and role in PATIENT_CONTEXT and is_encounter_key(column.name):
        # a visit kept by its text number (SIMRS GOS's KUNJUNGAN CHAR(19)) is the visit number
        return [(PhiClass.OTHER_ID, 0.75, VISIT_KEY_REASON)]
    if kind == "string" and role == "linked" and seq == ("identifier",):
        # a record's own identifier, kept as text on a patient's record (a claim's, a FHIR
        # resource's business identifier): the number it is known by outside this database
        return [(PhiClass.OTHER_ID, 0.7, ("name:record-identifier",))]
    if len(seq) < 2 or role in ("staff", "reference") or set(seq) & CODE_NUMBER_WORDS:
        return []
    if kind == "string" and role in PATIENT_CONTEXT and seq in LEGACY_IDS:
        # the row's id in the system its data was migrated from (an integer one is this
        # database's previous row, openIMIS's history rows)
        return [(PhiClass.OTHER_ID, 0.75, ("name:legacy-system-id",))]
    if kind == "string" and is_patient_key(column.name):
        # the record number, unless the name says which number it is (BENE_MBI_ID: Medicare's)
        # or keys a person, not a patient: a data set's or a warehouse's own person key
        # (MHSDS's Person_ID, the VDW's PERSON_ID), the patient's number kept apart
        return (
            []
            if name_votes(column.name, role) or _persons_key(seq)
            else [(PhiClass.MRN, 0.8, ("name:text-patient-key",))]
        )
    if kind == "string" and seq[-2:] == ("sample", "code"):
        # a laboratory's sample code is the number on the tube (a specimen's code, HL7's
        # SPM-4, is its type)
        return [(PhiClass.OTHER_ID, 0.75, ("name:sample-code",))]
    if seq[-1] not in ID_SUFFIX or not (kind == "string" or seq[-1] in NUMBER_SUFFIX):
        return []  # an integer *_id is this database's row number, not an identifier
    vocabulary = identifier_words()
    # the word nearest the number says what is numbered (a claim's line, a claim's provider)
    for word in reversed(seq[:-1]):
        word = IDENTIFIER_ABBREVIATIONS.get(word, word)
        phi_class = vocabulary.get(singular(word)) or vocabulary.get(word)
        if phi_class is not None:
            return [(phi_class, 0.75, (f"name:hl7-identifier:{word}",))]
        if singular(word) in UNPERSONAL:  # a line's, a bed's, a provider's: no one's
            return []
        if word == "user":  # who signed or entered it (myUnity's ...SignedUserID): an account
            return []
    return []


# Words that make a person's key the patient's own number: PATIENT_PERSON_ID, a local
# (the provider's) person id, a trial subject's.
PATIENTISH = frozenset({"patient", "pat", "pt", "subject", "local"})


def _persons_key(seq: tuple[str, ...]) -> bool:
    """A key named for a person, not a patient, and no number: ``Person_ID``, ``PERSON_ID``."""
    return "person" in seq and not set(seq) & PATIENTISH and seq[-1] in ("id", "identifier")


# Brazil's Cartão Nacional de Saúde, whose number is fifteen digits: a column named for the card
# alone (cidadao_cns, CNS_PAC) holds the number, where the central nervous system's findings
# (cns_normal, an INTEGER; currToxCNS) hold no card
CARD_NUMBER_LENGTH = 15


def _card_number(seq: tuple[str, ...], type_name: str) -> bool:
    """Named for the card and long enough for its number, or, unsized, named for a person's
    card (``cidadao_cns``): the name rule in :mod:`.phi_names` reads the card's number only
    beside a number word (nu_cns). An unsized ``CNS`` alone is an examination of the central
    nervous system (Kenya's DWAPI extracts)."""
    length = declared_length(type_name)
    if "cns" not in seq:
        return False
    if length is None:
        return len(seq) == 2 and not PERSON_QUALIFIERS.isdisjoint(seq)
    return length >= CARD_NUMBER_LENGTH


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
        part = _eav_part(column.name)
        if part == "value":
            value = value or column.name
        elif part == "attribute":
            attribute = attribute or column.name
    return (attribute, value) if attribute and value else None


# Names of a table of attributes, and of the type a row of one is an attribute of.
ATTRIBUTE_WORDS = frozenset({"attribute", "attributes", "attr"})


def record_attribute_value(table: TableProfile) -> str | None:
    """The value column of a table of a record's site-defined attributes (OpenMRS's
    ``visit_attribute`` and ``patient_program_attribute``, Bahmni's ``episode_attribute``): named
    for attributes, keyed by an attribute type, the value in a column named for it
    (``value_reference``). The site defines what such an attribute holds (a visit number, a
    programme enrolment id), so on a patient's record it may be PHI, as a person's attributes.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> kept = (C("visit_id", "INT"), C("attribute_type_id", "INT"), C("value_reference", "TEXT"))
    >>> record_attribute_value(T("visit_attribute", columns=kept))
    'value_reference'
    """
    if tokens(table.name)[-1:] not in {(word,) for word in ATTRIBUTE_WORDS}:
        return None
    typed, value = False, None
    for column in table.columns:
        seq = tokens(column.name)
        if "type" in seq and not ATTRIBUTE_WORDS.isdisjoint(seq) and seq[-1] in ID_SUFFIX:
            typed = True
        elif value is None and "value" in (seq[:1] + seq[-1:]) and family(column.type) == "string":
            value = column.name
    return value if typed else None


def is_loaded(table: TableProfile) -> bool:
    """Whether the table's rows came by a warehouse's uploads: it keeps the upload's id.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> is_loaded(T("patient_mapping", columns=(C("UPLOAD_DATE", "DATE"), C("UPLOAD_ID", "INT"))))
    True
    """
    return any(_upload_key(column.name) for column in table.columns)


@cache
def _upload_key(name: str) -> bool:
    """Whether a column so named keeps the id of the upload that brought its row. Cached, as
    every per-name reading here: asked of every column, and wide schemas repeat their names."""
    seq = tokens(name)
    return len(seq) == 2 and seq[0] in UPLOAD_WORDS | LOAD_WORDS and seq[1] in ID_SUFFIX


def changed_value_columns(table: TableProfile) -> frozenset[str]:
    """The before and after columns of an audit row that copies a changed column's values
    (OpenClinica's ``old_value`` / ``new_value``): they hold whatever that column held, a
    patient's identifiers and answers included. Both must be there, named for a value."""
    found: dict[str, str] = {}
    for column in table.columns:
        side = _changed_side(column.name, column.type)
        if side:
            found.setdefault(side, column.name)
    return frozenset(found.values()) if len(found) == 2 else frozenset()


@cache
def _changed_side(name: str, type_name: str) -> str:
    """``before`` or ``after`` when a column so named and typed can hold a changed value's copy
    (see :func:`changed_value_columns`), else empty."""
    seq = tokens(name)
    if len(seq) == 2 and seq[1] in VALUE_WORDS and family(type_name) == "string":
        return "before" if seq[0] in BEFORE_WORDS else "after" if seq[0] in AFTER_WORDS else ""
    return ""


def pseudonym_keys(table: TableProfile) -> frozenset[str]:
    """The text visit keys kept as the row's text patient key is, in the same declared type,
    when that patient key is not read as a record number: keys a research data model assigns to
    both (PCORnet's ``ENCOUNTERID`` beside ``PATID``, both VARCHAR(50)) are its pseudonyms, kept
    apart from the source's numbers, not a visit number. A visit number kept in a type of its
    own (SIMRS GOS's CHAR(10) ``NOPEN``), or beside a patient key read as the record number
    (``patient_id VARCHAR(50)``), is still one.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> vital = T("vital", columns=(C("patid", "VARCHAR(50)"), C("encounterid", "VARCHAR(50)")))
    >>> sorted(pseudonym_keys(vital))
    ['encounterid']
    """
    patient = {c.type.upper() for c in table.columns if _pseudonym_patient_key(c.name, c.type)}
    if not patient:
        return frozenset()
    return frozenset(
        c.name for c in table.columns if c.type.upper() in patient and is_encounter_key(c.name)
    )


@cache
def _pseudonym_patient_key(name: str, type_name: str) -> bool:
    """Whether a column so named and typed is a text patient key not read as the record
    number (see :func:`pseudonym_keys`)."""
    column = TableColumn(name, type_name)
    return (
        family(type_name) == "string"
        and is_patient_key(name)
        and not _persons_key(tokens(name))  # a person's key says nothing of a visit key's
        and not any(
            vote[0] == PhiClass.MRN
            for vote in (*name_votes(name, "linked"), *identifier_votes(column, "linked"))
        )
    )


def change_log_column(table: TableProfile) -> str | None:
    """The column in which the table keeps its rows' change log, or None.

    A bare ``history`` (or ``change_log``, ``audit_trail``) beside a column naming who created
    or changed the row is the application's record of edits, not a clinical history.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> change_log_column(T("visit", columns=(C("history", "TEXT"), C("modify_id", "TEXT"))))
    'history'
    >>> change_log_column(T("visit", columns=(C("history", "TEXT"),))) is None
    True
    """
    logs = [column.name for column in table.columns if tokens(column.name) in CHANGE_LOG_NAMES]
    if not logs:
        return None
    for column in table.columns:
        seq = tokens(column.name)
        if seq and set(seq) & KEEPER_WORDS and seq[-1] in KEEPER_LAST:
            return logs[0]
    return None


@cache
def _eav_part(name: str) -> str | None:
    """``value`` or ``attribute`` when a column so named can be that part of a name/value table.
    Cached: wide schemas repeat the same column names across thousands of tables."""
    words = tokens(name)
    if not words:
        return None
    if words[-1] in {"value", "val", "answer"} or words == ("field", "data"):
        return "value"
    if set(words) & {
        "attr", "attribute", "field", "property", "param", "parameter", "item",
        "element", "question", "key", "setting", "concept", "observation", "obs",
    } and words[-1] in {"name", "key", "id", "code", "attr", "attribute", "field", "item",
                       "property", "param", "setting", "question", "label"}:  # fmt: skip
        return "attribute"
    return None


def combine(votes: list[Vote], reasons: tuple[str, ...] = ()) -> tuple[PhiMark, ...]:
    """One mark per class: noisy-or of its votes, kept at :data:`THRESHOLD` or more.

    ``reasons``: what to tell a reader about the column whatever the class (``tokens: ...``,
    ``type: ...``, ``linked: ...``); each mark keeps those its own signals call on: the tokens
    when the name voted, the link path when the row's context did.
    """
    marks = []
    for phi_class, confidence, signals, named, context, sampled in _tally(tuple(votes)):
        kept = tuple(
            reason
            for reason in reasons
            if not (reason.startswith("linked:") and not context)
            and not (reason.startswith("tokens:") and not named)
        )
        marks.append(PhiMark(phi_class, confidence, signals, kept + sampled))
    return tuple(marks)


@cache
def _tally(
    votes: tuple[Vote, ...],
) -> tuple[tuple[PhiClass, float, tuple[str, ...], bool, bool, tuple[str, ...]], ...]:
    """Per class kept, by class name: its confidence, signals, whether the name and the context
    voted, and what sampling said. Cached: the same votes recur across wide schemas."""
    by_class: dict[PhiClass, tuple[float, set[str]]] = {}
    for phi_class, confidence, signal in votes:  # signal: the reasons behind one vote
        miss, signals = by_class.get(phi_class, (1.0, set()))
        by_class[phi_class] = (miss * (1.0 - confidence), signals | set(signal))
    found = []
    for phi_class, (miss, signals) in sorted(by_class.items(), key=lambda kv: kv[0].value):
        if 1.0 - miss < THRESHOLD:
            continue
        ordered = tuple(sorted(signals))
        sampled = tuple(
            f"sampled: {s.removeprefix('values:')} of values have the shape"
            for s in ordered
            if s.startswith("values:")
        )
        found.append(
            (
                phi_class,
                round(1.0 - miss, 2),
                ordered,
                any(s.startswith("name:") for s in ordered),
                any(s.startswith("context:") for s in ordered),
                sampled,
            )
        )
    return tuple(found)


def _strong(phi_class: PhiClass, reasons: tuple[str, ...]) -> bool:
    return phi_class in STRONG or reasons in STRONG_REASONS


def classify_column(
    column: TableColumn,
    role: str,
    values: ValueEvidence | None = None,
    eav_value: bool = False,
    path: tuple[str, ...] = (),
    change_log: bool = False,
    loaded: bool = False,
    copied: str = "",
    entry: bool = False,
    pseudonym: bool = False,
    row_key: bool = False,
    pointer: bool = False,
) -> tuple[PhiMark, ...]:
    """The PHI marks of one column of a table with the given role; ``path`` is the chain of
    keys that links the table to a patient, quoted in the marks' reasons; ``change_log``: the
    column is the row's change log, not narrative; ``entry``: it holds an entry charted on a
    form or a value written out (see :func:`.phi_shapes.charted_entries`), not narrative either;
    ``pseudonym``: it is a text visit key kept as the patient key beside it is, this database's
    own row key (see :func:`pseudonym_keys`); ``row_key``: it holds the patient's row number
    (see :func:`_patient_row_keys`), which as a whole number identifies no one outside this
    database unless named the record number; ``pointer``: it holds another table's row key
    (see :func:`pointer_keys`), whatever its type; ``loaded``: the rows came by uploads;
    ``copied``: why the column holds a copy of a patient's data whatever its name (an audit's
    old and new values, a store's whole resource), as the reason of an identifier mark."""
    if role in ("staff", "reference"):
        return ()
    facts = _Facts(eav_value, change_log, loaded, copied, entry, pseudonym, row_key, pointer)
    shaped = value_votes(values, role)
    if not shaped:
        return _unsampled_marks(column.name, column.type, role, facts, _linked(path))
    return _marks(column, role, shaped, facts, path)


class _Facts(NamedTuple):
    """What its table says of a column besides its name and type (see :func:`classify_column`):
    the key of the cached marks, so a tuple."""

    eav_value: bool = False
    change_log: bool = False
    loaded: bool = False
    copied: str = ""
    entry: bool = False
    pseudonym: bool = False
    row_key: bool = False
    pointer: bool = False


@cache
def sorted_copy_of(name: str) -> str | None:
    """The field a column is a sortable copy of, named as the field with ``sort`` after it
    (``name_sort``, Medplum's ``__patientIdentifierSort``): it holds that field's value. None
    for any other name, ``sort`` or ``sort_order`` among them.

    >>> sorted_copy_of("__patientIdentifierSort"), sorted_copy_of("name_sort")
    ('__patientIdentifier', 'name')
    >>> sorted_copy_of("sort") is None
    True
    """
    seq = tokens(name)
    if len(seq) < 2 or seq[-1] != "sort":
        return None
    stripped = re.sub(r"_?sort$", "", name, flags=re.IGNORECASE)
    return stripped if tokens(stripped) == seq[:-1] else None


def _linked(path: tuple[str, ...]) -> tuple[str, ...]:
    """The reasons that quote the path to the patient, once for all of a table's columns."""
    return tuple(f"linked: {step}" for step in path)


def _unsampled_marks(
    name: str,
    type_name: str,
    role: str,
    facts: _Facts,
    linked: tuple[str, ...],
    joined: dict[int, tuple[PhiMark, ...]] | None = None,
) -> tuple[PhiMark, ...]:
    """:func:`classify_column` of a column whose values were not sampled (or said nothing),
    which reads only its name and type, its table's context and the path to the patient, as
    the reasons ``linked`` quotes it (:func:`_linked`); ``joined``: the marks already joined to
    that path, kept by the caller for one table (see :func:`_unlinked_marks`)."""
    if role in ("staff", "reference"):
        return ()
    marks, by_context = _unlinked_marks(name, type_name, role, facts)
    if not linked or not by_context:
        return marks
    found = joined.get(id(marks)) if joined is not None else None
    if found is None:
        # the path names the table, so it is joined here, to the marks the row's context made
        found = tuple(
            PhiMark(mark.phi_class, mark.confidence, mark.signals, mark.reasons + linked)
            if by_row
            else mark
            for mark, by_row in zip(marks, by_context, strict=True)
        )
        if joined is not None:
            joined[id(marks)] = found
    return found


# One tuple for all equal marks (see _unlinked_marks); it keeps them alive, so ids stay theirs.
_SHARED_MARKS: dict[tuple[PhiMark, ...], tuple[PhiMark, ...]] = {}


@cache
def _unlinked_marks(
    name: str, type_name: str, role: str, facts: _Facts
) -> tuple[tuple[PhiMark, ...], tuple[bool, ...]]:
    """The marks of :func:`_unsampled_marks` without a path to the patient, and for each
    whether the row's context voted for it (:func:`combine` then ends its reasons with the
    path); no flags when none did. Cached: wide schemas repeat the same names and types in the
    same kinds of tables across thousands of tables; the path, which names the table, is not
    part of the key. Equal marks come as one tuple (columns named apart, typed alike, often
    get the same marks: a patient's row's dates), so a table joins each to its path once, by
    the tuple's id, without hashing marks."""
    marks = _marks(TableColumn(name, type_name), role, [], facts, ())
    marks = _SHARED_MARKS.setdefault(marks, marks)
    by_context = tuple(any(signal.startswith("context:") for signal in m.signals) for m in marks)
    return marks, by_context if any(by_context) else ()


def _marks(
    column: TableColumn,
    role: str,
    shaped: list[Vote],
    facts: _Facts,
    path: tuple[str, ...],
) -> tuple[PhiMark, ...]:
    """:func:`classify_column` with the votes of the column's sampled values (``shaped``)."""
    if _element_structure(column.name):
        return ()  # a resource flattened by element path: the element's id, not its value
    eav_value, change_log, loaded, copied, entry, pseudonym, row_key, pointer = facts
    eav_value = eav_value and not entry
    change_log = change_log or entry  # neither is narrative
    named, votes = _column_votes(column.name, column.type, role, eav_value, change_log, loaded)
    if (pointer or (row_key and _counted(column.type))) and "mrn" not in tokens(column.name):
        return ()  # OpenMolar's serialno keys the patient's rows: not a device's serial number
    if pseudonym:
        votes = tuple(vote for vote in votes if vote[2] != VISIT_KEY_REASON)
    if shaped:  # sampled shapes may stand for a name: the context is weighed again
        votes = (*_named_votes(column, role), *shaped)
        votes += tuple(
            context_votes(
                column,
                role,
                classified=named or eav_value,
                shaped=True,
                change_log=change_log,
                loaded=loaded,
            )
        )
        if eav_value and role in PATIENT_CONTEXT:
            votes += ((PhiClass.UNKNOWN, 0.8, ("eav:value-column",)),)
    if copied:
        votes = (*votes, (HELD_CLASS.get(copied, PhiClass.OTHER_ID), 0.75, (copied,)))
    if not votes:
        return ()
    reasons = (
        f"tokens: {' '.join(tokens(column.name)) or column.name}",
        f"type: {column.type}",
        *(f"linked: {step}" for step in path),
    )
    return combine(list(votes), reasons)


def _commented_marks(
    said: str, type_name: str, role: str, facts: _Facts, linked: tuple[str, ...]
) -> tuple[PhiMark, ...]:
    """The marks of a column whose name says nothing, read from what its comment says it holds
    (:func:`.phi_comments.comment_name`), each saying so."""
    return tuple(
        PhiMark(
            mark.phi_class,
            mark.confidence,
            (*mark.signals, "comment:read"),
            (f"comment: {said}", *mark.reasons),
        )
        for mark in _unsampled_marks(said, type_name, role, facts, linked)
    )


def _counted(type_name: str) -> bool:
    """A whole number: an integer, or a whole NUMERIC (Oracle's and OpenELIS's NUMERIC(10,0)
    keys), which counts as an integer does."""
    kind = family(type_name)
    return kind == "integer" or (kind == "numeric" and whole_number(type_name))


# The last element of a dotted path that holds an element's structure, not its value: FHIR's
# Element.id and extensions, a code's codings (Synapse's PatientAddress.address.period.id).
STRUCTURE_ELEMENTS = frozenset({"id", "extension", "modifierextension", "coding"})


def _element_structure(name: str) -> bool:
    """Whether a dotted path names an element's structure (``address.period.id``)."""
    path = name.split(".")
    return len(path) > 1 and path[-1].lower() in STRUCTURE_ELEMENTS


def _named_votes(column: TableColumn, role: str) -> list[Vote]:
    """The votes of the column's name (words, identifiers), weighed by its type and role."""
    if column.type.upper().startswith(("UUID", "UNIQUEIDENTIFIER")):
        return []  # a value a program drew at random: a key, whatever the column is named
    length = declared_length(column.type)
    if family(column.type) == "string" and (
        length == UUID_TEXT_LENGTH or (length == GUID_HEX_LENGTH and is_fixed_width(column.type))
    ):
        seq = tokens(column.name)
        if seq and seq[-1] in OWN_KEY_LAST:
            # a UUID kept as its 36 characters (MariaDB's CHAR(36)), or as its 32 hex digits
            # (Infinx's patientid CHAR(32)): a key too
            return []
    votes = list(name_votes(column.name, role))
    named_classes = {vote[0] for vote in votes}
    votes += [v for v in identifier_votes(column, role) if v[0] not in named_classes]
    if (kept := owned_value(column.name)) is not None:
        # a national data set names whose a value is last (LPIDBaby): it is what the words
        # before it say, kept of that person
        named_classes = {vote[0] for vote in votes}
        owned = _named_votes(TableColumn(kept, column.type), role)
        votes += [vote for vote in owned if vote[0] not in named_classes]
    seq = tokens(column.name)
    kind = family(column.type)
    counted = _counted(column.type)
    if counted and is_patient_key(column.name) and "mrn" not in seq:
        # the key rows link to the patient by (i2b2's PATIENT_NUM): a row number, not the MRN;
        # one named the medical record number is that number, integer or not (SIMRS GOS's NORM)
        votes = [vote for vote in votes if vote[0] != PhiClass.MRN]
    whole = kind == "binary" or is_large_text(column.type)
    if "hl7" in "".join(seq) and seq[-1] not in CODE_LAST and whole:
        # a stored HL7 v2 message carries the patient's PID segment, whatever table keeps it
        votes.append((PhiClass.OTHER_ID, 0.8, ("name:hl7-message",)))
    elif len(seq) == 2 and seq[0] in SUBMISSION_WORDS and seq[1] == "data" and whole:
        votes.append((PhiClass.OTHER_ID, 0.75, ("name:stored-submission",)))
    if seq[-1:] == ("cpr",) and kind == "string" and set(seq[:-1]) <= PERSON_QUALIFIERS:
        # Denmark's CPR number kept as text on a person's row (patient.cpr, patient_cpr); the
        # resuscitation the letters also stand for is a flag, a count or a time
        votes.append((PhiClass.SSN, 0.8, ("name:cpr-number",)))
    if seq in (("birth",), ("death",)) and kind == "string" and length in DATE_TEXT_LENGTHS:
        # a birth or death alone, in a string a date's text fits (Mediboard's naissance)
        votes.append((PhiClass.DATE, 0.85, ("name:birth-or-death-date",)))
    if kind == "string" and length is not None and length < MIN_IDENTIFIER_LENGTH:
        # a day or month of birth kept apart fits in two characters; nothing else named fits,
        # nor a code about a date, whose head is another noun (birth_date_mgmt)
        votes = [vote for vote in votes if vote[0] == PhiClass.DATE and dated_head(seq)]
    if seq and seq[-1] in SURROGATE_LAST and counted:
        # person_name_id, person_address_id: a row number, not the name or address; nor is an
        # integer beneficiary_id, insurance_id or policy_id the plan's number, but the row key
        # of the insured, the plan or the policy (the number a plan issues is text or a _no)
        votes = [
            vote
            for vote in votes
            if vote[0] in NUMBERED_CLASSES and vote[0] != PhiClass.HEALTH_PLAN
        ]
    if kind in ("date", "datetime"):
        # a date column holds a date, whatever else its name says (MIMIC's DOD_SSN)
        votes = [vote for vote in votes if vote[0] == PhiClass.DATE]
    if counted:
        # no integer holds an email address, a URL, a name or a picture (a photo's number is
        # the row it is kept in); one named for an address part and a number suffix is a key
        # into a list of places (addr_citytown_nr), one numbered in a series a test's item
        # (ACE-III's mem_recall_address1 scores the address recalled)
        wordless = {PhiClass.EMAIL, PhiClass.URL, PhiClass.NAME, PhiClass.PHOTO}
        if seq and (seq[-1] in ID_SUFFIX or column.name[-1:].isdigit()):
            wordless.add(PhiClass.ADDRESS)
        votes = [vote for vote in votes if vote[0] not in wordless]
    if kind == "numeric" and not counted:
        # a number with decimals is a measure or an amount (openIMIS's DedIP, an in-patient
        # deductible): no identifier, name or address is kept in one, but a coordinate is
        place = bool(set(seq) & COORDINATE_WORDS)
        votes = [v for v in votes if v[0] == PhiClass.DATE or (place and v[0] == PhiClass.ADDRESS)]
    if kind == "boolean" or column.type.upper().startswith(("TINYINT", "SMALLINT", "INT2")):
        # a boolean, TINYINT or SMALLINT named like an email or a phone (MIMIC's REQUEST_TELE,
        # telemetry) holds a flag or a code: no identifier fits in it, but a part of a phone
        # number named for its part does (TouchWorks' HomePhoneArea, HomePhoneLast4)
        part = kind != "boolean" and _phone_part(seq)
        votes = [vote for vote in votes if part and vote[0] in (PhiClass.PHONE, PhiClass.FAX)]
    if role not in PATIENT_CONTEXT:
        votes = [
            (c, conf * (STRONG_ELSEWHERE if _strong(c, s) else WEAK_ELSEWHERE), s)
            for c, conf, s in votes
        ]
    return votes


# The parts a phone number is kept in when it is split (North America's area code, exchange
# and line number; the last four digits).
PHONE_PARTS = frozenset({"area", "exchange", "prefix", "suffix", "line", "last", "code"})


def _phone_part(seq: tuple[str, ...]) -> bool:
    """Whether the name ends in a part of a phone number (``phone area``, ``fax last 4``)."""
    words = [word for word in seq if not word.isdigit()]
    return len(words) >= 2 and words[-1] in PHONE_PARTS


@cache
def _column_votes(
    name: str,
    type_name: str,
    role: str,
    eav_value: bool,
    change_log: bool = False,
    loaded: bool = False,
) -> tuple[bool, tuple[Vote, ...]]:
    """(whether the name voted, every vote) for a column without sampled values. Cached:
    wide schemas repeat the same names and types across thousands of tables."""
    column = TableColumn(name, type_name)
    votes = _named_votes(column, role)
    named = bool(votes)
    votes += context_votes(
        column, role, classified=named or eav_value, change_log=change_log, loaded=loaded
    )
    if eav_value and role in PATIENT_CONTEXT:  # a configuration table's values are not a patient's
        votes.append((PhiClass.UNKNOWN, 0.8, ("eav:value-column",)))
    if names_actor(name):
        # who wrote or changed the row (discussionnotes_lastmodifiedby: who last changed the
        # notes), not the notes: only when they did so dates the patient's row
        votes = [vote for vote in votes if vote[0] == PhiClass.DATE]
    return named, tuple(votes)


@cache
def _addressed(names: tuple[str, ...], role: str) -> int:
    """How many of the names hold a part of an address. Cached per table's names."""
    return sum(any(vote[0] == PhiClass.ADDRESS for vote in name_votes(n, role)) for n in names)


def form_answers(table: TableProfile) -> tuple[str, ...]:
    """The text columns wide enough for a phrase of a table named for a form (its first word):
    what a clinician wrote in the form's boxes about the patient, whatever topic each box is
    named for (``socialSupport``, ``depression``, ``skin``); a name, code, path, vital sign, or
    who filled the form in is not such an answer, nor a box its name already classes.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> form = T("formAlpha", columns=(C("depression", "TEXT"), C("form_code", "TEXT")))
    >>> form_answers(form)
    ('depression',)
    """
    if tokens(table.name)[:1] not in {(word,) for word in FORM_WORDS}:
        return ()
    words = {word for column in table.columns for word in tokens(column.name)}
    if words & SAMPLE_WORDS and words & RESULT_WORDS:
        return ()  # a laboratory request's form: see SAMPLE_WORDS
    return tuple(
        column.name
        for column in table.columns
        if (is_large_text(column.type) or (declared_length(column.type) or 0) >= MIN_BOX_LENGTH)
        and (seq := tokens(column.name))
        and not set(seq) & (STRUCTURED_WORDS | VITAL_SIGN_WORDS | STAFF_WORDS | KEEPER_WORDS)
        and not name_votes(column.name, "linked")  # a name, a phone: classed by its name
        and seq[-1] not in CODE_LAST
    )


# Words naming a table of a patient's history as the clinician took it.
HISTORY_TABLE_WORDS = frozenset({"history", "hx", "anamnesis"})


def history_sections(table: TableProfile) -> tuple[str, ...]:
    """The long texts of a table named for a patient's history as taken (NOSH's
    ``other_history``: ``oh_etoh``, ``oh_drugs``, ``oh_psychosocial``), each a section of it
    the clinician wrote, whatever it is called; not a code, a flag or a structured value.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> history_sections(T("other_history", columns=(C("oh_etoh", "LONGTEXT"), C("eid", "INT"))))
    ('oh_etoh',)
    """
    if not {singular(word) for word in tokens(table.name)} & HISTORY_TABLE_WORDS:
        return ()
    return tuple(
        column.name
        for column in table.columns
        if is_large_text(column.type)
        and family(column.type) == "string"
        and not is_array(column.type)
        and (seq := tokens(column.name))
        and not set(seq) & (STRUCTURED_WORDS | {"age"})
        and seq[-1] not in CODE_LAST | META_LAST | {"cat"}
        and not name_votes(column.name, "linked")  # its name says what it holds (an mrn)
        and not names_actor(column.name)  # who wrote it (Created By), not what
    )


def patients_name_copy(table: TableProfile) -> str | None:
    """The bare ``name`` of a patient's record kept beside the patient's sex and age or birth
    date: the patient's name copied onto the record, as hospital systems print it on a lab
    request or a prescription (JiMS's LAB_TEST_MASTER: NAME, SEX, AGE). Not the table's own
    key (Frappe's ``name`` is every document's id); and the row must be keyed to a patient:
    a tariff or a property type keeps the sex and ages it applies to beside its own name
    (Samson's Contract_Tariff)."""
    keyed = {name.lower() for name in table.primary_key}
    read = [
        (column, tokens(column.name), family(column.type) == "string") for column in table.columns
    ]
    named = [
        column.name
        for column, seq, text in read
        if seq == ("name",) and text and column.name.lower() not in keyed
    ]
    if len(named) != 1:
        return None  # most patients' records: no bare name at all
    # the sex written as a code (M, F, 男): kept as a number, a lab's settings say which of a
    # patient's details its forms show (C4G BLIS's lab_config: pid, sex, age, dob)
    sexed = any(len(seq) == 1 and seq[0] in SEX_WORDS and text for _column, seq, text in read)
    aged = any(not AGE_WORDS.isdisjoint(seq) for _column, seq, _text in read)
    keyed_to_patient = any(is_patient_key(column.name) for column in table.columns)
    # the patient's name kept in parts already (Open eObs's family_name, given_name): the bare
    # name is the row's own
    parted = any(
        vote[0] == PhiClass.NAME
        for column in table.columns
        for vote in name_votes(column.name, "linked")
    )
    return named[0] if sexed and aged and keyed_to_patient and not parted else None


def note_value(table: TableProfile) -> str | None:
    """The bare ``value`` column, wide enough for words, of a table named for notes or free
    text (an ICU's ``freetextitems``): what was written, as a note's text is.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> note_value(T("freetextitems", columns=(C("item", "TEXT"), C("value", "VARCHAR(1000)"))))
    'value'
    """
    if not {singular(word) for word in tokens(table.name)} & NOTE_TABLES:
        return None
    for column in table.columns:
        length = declared_length(column.type)
        if (
            tokens(column.name) == ("value",)
            and family(column.type) == "string"
            and (length is None or length >= MIN_TEXT_LENGTH)
        ):
            return column.name
    return None


def has_address(table: TableProfile, role: str) -> bool:
    """Whether a column of the table is named for a part of an address."""
    return _addressed(tuple(column.name for column in table.columns), role) > 0


def _judged_plain(
    table: TableProfile,
    log: str | None,
    entries: frozenset[str],
    pseudonyms: frozenset[str],
    row_keys: frozenset[str],
    pointers: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The columns the rules judge by their table's structure, not by their name alone, and
    that the learned model, which reads names, is not asked about: the row's change log (a
    ``history`` beside who changed the row is its log, not the patient's history), entries
    charted on a form, a research model's pseudonym keys, the keys that link a row to its
    patient (whether one is the record number is the rules' call, by its name and type) and
    those holding another table's row key, and the numbers of things no one is identified by
    (a line, a bed, a provider: :func:`.phi_keys.numbers_of_no_one`), and the structure of
    an element a dotted path names (:func:`_element_structure`)."""
    keys = {column.name for column in table.columns if is_patient_key(column.name)}
    keys |= {column.name for column in table.columns if _element_structure(column.name)}
    judged = entries | pseudonyms | row_keys | keys | pointers | numbers_of_no_one(table)
    return frozenset({log} if log else ()) | judged


def plain_columns(
    table: TableProfile,
    role: str,
    path: tuple[str, ...],
    implied: tuple[ForeignKey, ...] = (),
) -> frozenset[str]:
    """:func:`_judged_plain` of a table of that role, linked to its patient by that path, with
    the keys inferred for it (``implied``)."""
    return _judged_plain(
        table,
        change_log_column(table),
        charted_entries(table),
        pseudonym_keys(table),
        _patient_row_keys(table, role, path),
        pointer_keys(table, implied),
    )


# The names of a table's own row key: ``id``, a UUID, or the table's name and ``id``
# (Hospital OS's ``t_patient.t_patient_id``). A number issued to people (``patient_no``) is not.
ROW_KEY_NAMES = frozenset({("id",), ("uuid",), ("guid",), ("oid",), ("pk",)})


def pointer_keys(table: TableProfile, implied: tuple[ForeignKey, ...] = ()) -> frozenset[str]:
    """The columns that hold a row key this database made, its own or another table's by a
    declared or inferred key to it: Tamanu's ``encounters.patient_id`` refers to
    ``patients.id``, a UUID; openIMIS's ``tblPolicy.PolicyID`` numbers its rows; Frappe keys
    every document by a column it calls ``name``. Whatever they are named and typed, they are
    no identifier of a person: the row they point to may hold one. A whole number in a
    declared key is another row's number too, whatever the referred column is called (e-SUS's
    ``co_prontuario`` refers to ``tb_prontuario.co_seq_prontuario``): a database numbers its
    rows, it does not key them by a number it issues to people as a whole number. So is a
    column named as its module's tables' keys are (:func:`_module_row_keys`)."""
    typed = {column.name: column.type for column in table.columns}
    found = set()
    for fk in (*table.foreign_keys, *implied):
        if len(fk.columns) != 1 or len(fk.referred_columns) != 1:
            continue
        (name,) = fk.columns
        if _row_key_name(fk.referred_columns[0], fk.referred_table) or (
            not fk.implied and _counted(typed.get(name, ""))
        ):
            found.add(name)
    found |= _module_row_keys(table)
    found |= _keys_typed_as_own(table)
    if len(table.primary_key) == 1:
        (own,) = table.primary_key
        if words_of(own) == ("name",) or (
            _counted(typed.get(own, "")) and _row_key_name(own, table.name)
        ):
            found.add(own)
    return frozenset(found)


def _keys_typed_as_own(table: TableProfile) -> frozenset[str]:
    """The columns named as keys (``patient_id``, ``visit_uuid``) and typed as the very text
    the table keys its own rows by: a database that writes its keys as text of one type
    (ModMed's VARCHAR(20) ``bill_id``, ``patient_id``, ``visit_id``) writes the keys to other
    rows so too; they are its row keys, not numbers it issued to people."""
    if len(table.primary_key) != 1:
        return frozenset()
    (own,) = table.primary_key
    typed = {column.name: column.type.strip().upper() for column in table.columns}
    own_type = typed.get(own, "")
    if family(own_type) != "string":
        return frozenset()
    return frozenset(
        name
        for name, type_name in typed.items()
        if name != own
        and type_name == own_type
        and (words := words_of(name))
        and words[-1] in OWN_KEY_LAST
        # the patient's id kept as text is the number they are known by (DICOM's PatientID)
        and not is_patient_key(name)
    )


MAX_MODULE_PREFIX = 2  # HospitalOS's t_, b_, f_: a module's letter, not a word


def _module_row_keys(table: TableProfile) -> set[str]:
    """The columns named as the table's own name is, with a table's words and ``id`` after the
    module's short first word (HospitalOS's ``t_health_anc.t_visit_id``, ``t_patient_id``): the
    row key of another table of the module, present in the schema or not."""
    own = words_of(table.name)
    if len(own) < 2 or len(own[0]) > MAX_MODULE_PREFIX:
        return set()
    return {
        column.name
        for column in table.columns
        if len(words := words_of(column.name)) >= 3 and words[0] == own[0] and words[-1] == "id"
    }


def _row_key_name(column: str, table: str) -> bool:
    """Whether the column is named as a table's row key: ``id``, a UUID, or the table's last
    words and ``id`` (``t_patient_id`` of ``t_patient``, ``PolicyID`` of ``tblPolicy``)."""
    words = words_of(column)
    if words in ROW_KEY_NAMES:
        return True
    named = words_of(table)
    return len(words) >= 2 and words[-1] == "id" and named[-(len(words) - 1) :] == words[:-1]


def _patient_row_keys(table: TableProfile, role: str, path: tuple[str, ...]) -> frozenset[str]:
    """The columns holding the patient's row number: the patient table's own one-column primary
    key, and the key a row reaches the patient by when it is one step away (OpenMolar's
    ``serialno`` on every table of a patient's)."""
    if role == "patient" and len(table.primary_key) == 1:
        return frozenset(table.primary_key)
    key = first_key(table, path)
    return frozenset({key}) if key is not None and len(path) == 1 else frozenset()


# What a row kept for a patient may be of, the place or the one who serves them (the patient's
# pharmacy, laboratory, practice, doctor): its address and phone are its own.
KEPT_PLACES = INSTITUTION_WORDS | {
    "practice", "lab", "doctor", "physician", "practitioner",
    # the patient's GP or PCP, and who pays for their care (CareLogic's CLIENT_PCP)
    "pcp", "gp", "payer", "payor", "insurer", "carrier",
}  # fmt: skip
# A plan of who pays (CareLogic's CLIENT_PAYER_PLAN), not a birth plan or a care plan.
PAYING_PLANS = frozenset({"payer", "payor", "insurance", "insurer", "benefit"})


def _others_details(name: str, role: str) -> frozenset[PhiClass]:
    """The classes a patient's row named so keeps of someone else, unless a column's name says
    whose (see :data:`WHOSE`): a place's or an organisation's row kept for the patient (their
    pharmacy, a provider of theirs) keeps the place's address and phone; a care team's rows keep
    its members', clinicians, names and contacts (an EHI export's care-team file), the team's
    dates and notes being the patient's."""
    words = [singular(word) for word in tokens(name)]
    if role != "linked" or not words:
        return frozenset()
    if ("care", "team") in pairwise(words):
        return CONTACT_DETAILS | {PhiClass.NAME}
    paying = words[-1] == "plan" and bool(set(words[:-1]) & PAYING_PLANS)
    if (words[-1] in KEPT_PLACES or paying) and PATIENT_WORDS.isdisjoint(words):
        return CONTACT_DETAILS
    return frozenset()


# Rows of a product given or used (a vaccine, an implanted device, a stock or kit line) or of
# an access token or a saved search, whose bare expiry is the product's or the token's.
EXPIRING_THINGS = frozenset(
    {"immunization", "immunisation", "vaccine", "vaccination", "imm", "imunization",
     "implant", "implantable", "device", "stock", "item", "lot", "kit", "substance",
     "product", "dispense", "inventory", "receiving", "receipt", "shipment", "supply",
     "injection", "token", "search", "session"}
)  # fmt: skip
# Words an expiry's name may hold beside the expiry that name no other thing.
BARE_EXPIRY = EXPIRY_WORDS | DATEISH | {"at", "on", "or", "null", "d", "s"}


def _products_expiry(table_name: str, column: str) -> bool:
    """Whether the column is the bare expiry of the product or token its row is about (an
    immunisation's ``expiration_date``: the vaccine lot's), not a consent's, a policy's or an
    authorisation's (``prior_auth_expiration_date``), which dates the patient's record."""
    return _bare_expiry(column) and not EXPIRING_THINGS.isdisjoint(
        singular(w) for w in tokens(table_name)
    )


@cache
def _bare_expiry(column: str) -> bool:
    """An expiry named by nothing else but the thing that expires. Cached: asked of every
    marked column."""
    words = set(tokens(column))
    return bool(words & EXPIRY_WORDS) and words <= BARE_EXPIRY | EXPIRING_THINGS


# The words that say whose a name or a contact is (the patient's, a relative's), not which
# part of a name it is (first, last).
WHOSE = PERSON_QUALIFIERS - {
    "first", "last", "middle", "given", "family", "maiden", "full", "sur", "fore", "nick",
    "legal", "preferred", "second", "mid",
}  # fmt: skip


def mark_table(
    table: TableProfile,
    role: str,
    values: Mapping[str, ValueEvidence] | None = None,
    path: tuple[str, ...] = (),
    learned: bool = True,
    implied: tuple[ForeignKey, ...] = (),
    days: Mapping[tuple[str | None, str], str] | None = None,
) -> TableProfile:
    """The table with PHI marks on its columns and ``patient_linked`` set from its role;
    ``path`` is how the table is linked to a patient (see :func:`.context.linkage`);
    ``learned``: a column the rules leave unmarked may be marked by :mod:`.phi_learned`;
    ``implied``: the keys inferred for the table (see :func:`pointer_keys`); ``days``: the
    database's date dimensions (see :func:`.phi_calendar.calendars`)."""
    eav = eav_columns(table)
    by_name = {column.name: column for column in table.columns}
    names = tuple(by_name)
    addressed = _addressed(names, role)
    # A person's own attributes (OpenMRS's person_attribute) can be anything, PHI included; the
    # name/value rows of a patient's record are a form's answers or a measurement's value
    # (OpenEMR's lbf_data, MIMIC's poe_detail and itemid into d_items), not identifiers.
    free_form = eav is not None and role in ("patient", "person")
    log = change_log_column(table)
    entries = charted_entries(table)
    pseudonyms = pseudonym_keys(table)
    loaded = is_loaded(table)
    # an audit trail of a patient's data copies it; a staff or code list's audit does not
    copies = dict.fromkeys(
        changed_value_columns(table) if role in ("audit", *PATIENT_CONTEXT) else (),
        "audit:changed-value",
    )
    if role in ("audit", *PATIENT_CONTEXT):  # an audit trail linked to its patient's row too
        for name in recorded_statements(table):
            copies.setdefault(name, "audit:recorded-statement")
    # a store of typed resources keeps the Patient resources among the others, whole, wherever
    # its tables are (a FHIR server's store names no patient table)
    if (whole := stored_resource(table)) is not None:
        copies[whole] = "store:whole-resource"
    if role in PATIENT_CONTEXT:
        for name in stored_documents(table):
            copies.setdefault(name, "store:whole-document")
    for name in (*exchanged_bodies(table), *stored_messages(table)):
        copies.setdefault(name, "log:exchanged-message")
    for name in dicom_attribute_values(table):
        copies.setdefault(name, "dicom:attribute-value")
    if role in PATIENT_CONTEXT:
        # a number the name already classes (a visit number, a card's) keeps its own class
        for name, reason in issued_numbers(table).items():
            if not _named_votes(by_name[name], role):
                copies.setdefault(name, reason)
        for name in numbers_referred_to(table, implied):
            if not _named_votes(by_name[name], role):
                copies.setdefault(name, "structure:refers-to-an-issued-number")
        for name in site_patient_numbers(table):
            copies.setdefault(name, SITE_NUMBER_REASON)
        if role == "patient":
            for name in patients_own_ids(table, implied):
                if not _named_votes(by_name[name], role):
                    copies.setdefault(name, PATIENTS_OWN_ID_REASON)
        if (point := contact_point_value(table)) is not None:
            copies.setdefault(point, CONTACT_POINT_REASON)
        if (note := note_value(table)) is not None:
            copies.setdefault(note, NOTE_VALUE_REASON)
        if role == "linked" and (copy := patients_name_copy(table)) is not None:
            copies.setdefault(copy, PATIENT_NAME_COPY_REASON)
        for name in address_parts(table, addressed):
            copies.setdefault(name, ADDRESS_PART_REASON)
        for name in form_answers(table):
            if name not in entries:  # a numbered run of boxes holds measures (ACT1CCDIST ...)
                copies.setdefault(name, FORM_ANSWER_REASON)
        for name in history_sections(table):
            copies.setdefault(name, HISTORY_SECTION_REASON)
        for name in date_parts(table):
            copies.setdefault(name, DATE_PART_REASON)
        for name in calendar_keys(table, implied, days or {}):
            copies.setdefault(name, CALENDAR_KEY_REASON)
        for name in identifier_values(table):
            copies.setdefault(name, IDENTIFIER_VALUE_REASON)
        if eav is None and (attribute := record_attribute_value(table)) is not None:
            copies.setdefault(attribute, "eav:record-attribute")
    # a column's field behind its table's module prefix is what its name says (ptlname)
    fields = field_names(names)
    keyed = {name.lower() for name in table.primary_key}
    referring = {name.lower() for fk in table.foreign_keys for name in fk.columns}
    row_keys = _patient_row_keys(table, role, path)
    # a key to a calendar's day is the day, not a row's number (see .phi_calendar)
    pointers = pointer_keys(table, implied) - {
        name for name, reason in copies.items() if reason == CALENDAR_KEY_REASON
    }
    plain = _judged_plain(table, log, entries, pseudonyms, row_keys, pointers)
    ask = learned and role not in ("staff", "reference")
    sampled = values or {}
    # what the column is known to hold is said instead of "some attribute's value"
    eav_value = eav[1] if eav is not None and free_form and eav[1] not in copies else None
    # most columns are none of these: they share one set of facts
    special = {eav_value, log, *copies, *entries, *pseudonyms, *row_keys, *pointers}
    ordinary = _Facts(loaded=loaded)
    linked = _linked(path)
    theirs = _others_details(table.name, role)
    joined: dict[int, tuple[PhiMark, ...]] = {}  # marks joined to this table's path
    columns = []
    for column in table.columns:
        name = column.name
        field = fields.get(name) or sorted_copy_of(name)
        evidence = sampled.get(name)
        facts = (
            _Facts(
                name == eav_value,
                name == log,
                loaded,
                copies.get(name, ""),
                name in entries,
                name in pseudonyms,
                name in row_keys,
                name in pointers,
            )
            if name in special
            else ordinary
        )
        if evidence is None:  # most columns: classify_column's answer, without its call
            marks = _unsampled_marks(field or name, column.type, role, facts, linked, joined)
        else:
            named = column.evolve(name=field) if field else column
            marks = classify_column(named, role, evidence, path=path, **facts._asdict())
        if theirs and marks and WHOSE.isdisjoint(singular(word) for word in tokens(name)):
            marks = tuple(mark for mark in marks if mark.phi_class not in theirs)
        if marks and _products_expiry(table.name, name):
            marks = tuple(mark for mark in marks if mark.phi_class != PhiClass.DATE)
        if not marks and (said := comment_name(column.comment)) is not None:
            marks = _commented_marks(said, column.type, role, facts, linked)
        if not marks and ask and name not in plain:
            lower = name.lower()
            mark = learned_mark(
                column, role, path, lower in keyed, lower in referring, addressed > 0
            )
            marks = (mark,) if mark is not None else ()
        columns.append(column.with_phi(marks) if marks or column.phi else column)
    return table.evolve(columns=tuple(columns), patient_linked=role in PATIENT_CONTEXT)

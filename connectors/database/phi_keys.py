"""Numbers a system issues for a patient's record, found by the keys that hold them.

A registration, a visit, a referral letter or an insurer's approval is numbered by the system
that issues it, and that number, printed on the patient's papers, is kept as *text* named as a
number (``no_rawat VARCHAR(17)``, ``NOMOR CHAR(10)``, ``case_nr``, ``no_srb``): the row's key,
a declared key to another row's, or a number kept beside the row's own. A database's own row
numbers are integers, and code lists are keyed by codes (``kd_poli``, ``type_code``), so
neither is taken. Places, positions and organisations are numbered too (a bed, a line, an
insurer's group), but they number no patient.
"""

from __future__ import annotations

from functools import cache

from assessor.model import ForeignKey, TableProfile

from .coltypes import declared_length, family
from .context import ISSUER_WORDS, STAFF_WORDS, is_patient_key
from .links import unique_keys, words_of
from .phi_names import ORGANISATION_WORDS, is_count
from .phi_shapes import CODE_SYSTEM_WORDS
from .tokens import singular, tokens

__all__ = [
    "UNPERSONAL",
    "identifier_values",
    "issued_numbers",
    "numbers_of_no_one",
    "patients_own_ids",
]

NUMBER_WORDS = frozenset({"no", "nr", "num", "nbr", "number", "refno"})
# What is numbered without being anyone's: places, positions, sequences, versions and batches.
UNPERSONAL = frozenset(
    {
        "bed", "room", "ward", "floor", "building", "seat", "locker", "line", "seq",
        "sequence", "version", "page", "step", "position", "sort", "order", "rank", "lot",
        "batch", "item", "tooth", "queue", "type", "class", "category", "kind", "level",
        "grade", "code", "phone", "fax", "house", "street", "zip", "postal",
        # an organisation's numbers and a payer's instruments: a plan's group, a cheque
        "group", "cheque", "check",
        # a product's and a provider's numbers: no patient's (a model, a catalogue part, an NPI)
        "model", "catalog", "catalogue", "part", "ndc", "npi", "upin", "dea", "extension", "ext",
        "contractor",
        # ordinals: which dose, cycle or session of a series, not whose
        "dose", "cycle", "attempt", "round", "session", "fraction", "day", "week", "month",
        "year",
        # the hospital's own parts: a programme, a team, a service, a clinic
        "program", "programme", "team", "service", "department", "dept", "clinic", "site",
        "facility", "unit", "location", "station",
        # and below, an organisation's numbers and a code system's (a claim's DMD_DRG_NO: a code)
    }
) | ORGANISATION_WORDS | CODE_SYSTEM_WORDS  # fmt: skip
# A table of orders, and the names of the number a lab gives an order back (OpenEMR's
# procedure_order.control_id): not the two letters of HL7's order control code.
ORDER_WORDS = frozenset({"order", "request", "requisition"})
CONTROL_NAMES = frozenset({("control", "id"), ("control", "no"), ("control", "number")})
# Tables whose barcodes are a product's or a store's (a procedure's consumed item, a drug, a
# storage container): no patient's label.
LABELLED_THINGS = frozenset(
    {"item", "drug", "product", "medication", "stock", "container", "box", "rack", "device"}
)
MIN_LENGTH = 4  # a CHAR(3) number is a code or a counter, not a document's number


@cache
def _numbered(name: str, type_name: str) -> bool:
    """Cached: asked of every column of a patient's row; wide schemas repeat names and types."""
    seq = tokens(name)
    length = declared_length(type_name)
    return (
        bool(seq)
        # the number word last, or first as head-first languages put it (no_rawat, nr_fall)
        and (seq[-1] in NUMBER_WORDS or seq[0] in NUMBER_WORDS)
        and not set(seq) & UNPERSONAL
        and not is_count(seq)  # how many (NumberTubesEDTA), not which
        and family(type_name) == "string"
        and (length is None or length >= MIN_LENGTH)
    )


@cache
def _label_barcode(name: str) -> bool:
    """A barcode's value (``barcode``, ``BarCodeIdentifier``), not its type or why it is
    missing (``barcode_type``, ``reason_for_no_barcode``). Cached as :func:`_numbered`."""
    seq = tokens(name)
    joined = "".join(seq)
    return (joined.endswith("barcode") or joined.endswith("barcodeidentifier")) and "no" not in seq


def numbers_of_no_one(table: TableProfile) -> frozenset[str]:
    """The columns named as the number of something no one is identified by: a line, a bed,
    a plan's group, a provider (``line_no``, ``bed_no``, ``referring_npi_number``), the word
    nearest the number saying what is numbered."""
    return frozenset(column.name for column in table.columns if _no_ones_number(column.name))


@cache
def _no_ones_number(name: str) -> bool:
    """:func:`numbers_of_no_one` of one name. Cached: asked of every column of every table."""
    seq = words_of(name)
    return len(seq) >= 2 and seq[-1] in NUMBER_WORDS | {"id"} and singular(seq[-2]) in UNPERSONAL


def issued_numbers(table: TableProfile) -> dict[str, str]:
    """The columns of a patient's row that hold a number issued for it, with the reason: the
    row's own text key named as a number, or a declared key to another row's.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> visit = T("visit", columns=(C("visit_no", "VARCHAR(17)"),), primary_key=("visit_no",))
    >>> issued_numbers(visit)
    {'visit_no': 'structure:issued-number-key'}
    """
    numbered = {column.name for column in table.columns if _numbered(column.name, column.type)}
    labels = {column.name for column in table.columns if _label_barcode(column.name)}
    if labels and not {singular(word) for word in tokens(table.name)} & LABELLED_THINGS:
        # a specimen's, a sample's or a wristband's printed label: the number it carries
        numbered |= labels
    if ORDER_WORDS & {singular(word) for word in tokens(table.name)}:
        # an order's control number, sent to the lab and returned with its results (HL7 ORC's
        # placer order number), text or a whole number: not a row key of this database
        numbered |= {
            column.name
            for column in table.columns
            if tokens(column.name) in CONTROL_NAMES
            and (_numbered("number", column.type) or family(column.type) == "integer")
            and column.name not in table.primary_key
        }
    if not numbered:  # most tables: no column is named and typed as an issued number
        return {}
    keys = unique_keys(table)
    found: dict[str, str] = {}
    for key in keys:
        if len(key) == 1 and key[0] in numbered:
            found[key[0]] = "structure:issued-number-key"
    for fk in table.foreign_keys:
        for column in fk.columns:
            if column in numbered:
                found.setdefault(column, "structure:refers-to-an-issued-number")
    for column in table.columns:
        if column.name in numbered:
            found.setdefault(column.name, "structure:text-number")
    return found


# What a text column named as an id may be of a patient's row without naming the patient: a
# GUID the application makes, a log's or an application's (an OAuth client's) id, who wrote the
# row (``create_id``, ``modify_id``), staff (``doctor_id``, ``referrerid``), an issuer.
NOT_THE_PATIENTS = (
    frozenset(
        {
            "uuid", "guid", "uid", "oid", "hash", "token", "session", "log", "client",
            "create", "modify", "update", "change", "enter", "edit", "referrer",
        }
    )
    | STAFF_WORDS
    | ISSUER_WORDS
)  # fmt: skip


def numbers_referred_to(
    table: TableProfile, implied: tuple[ForeignKey, ...] = ()
) -> tuple[str, ...]:
    """The text columns of a patient's row that refer, by a declared or ``implied`` key, to a
    number another row was issued (Zimbabwe EPMS's ``patient.vmmcId -> vmmc.VMMCNumber``, the
    patient's circumcision register number): the number itself, whatever the column is named.

    >>> from assessor.model import ForeignKey as F, TableColumn as C, TableProfile as T
    >>> key = F(("vmmcId",), "vmmc", ("VMMCNumber",))
    >>> numbers_referred_to(T("patient", columns=(C("vmmcId", "VARCHAR(255)"),)), (key,))
    ('vmmcId',)
    """
    types = {column.name: column.type for column in table.columns}
    return tuple(
        dict.fromkeys(
            fk.columns[0]
            for fk in (*table.foreign_keys, *implied)
            if len(fk.columns) == 1
            and fk.referred_columns
            and fk.columns[0] in types
            and _numbered(fk.referred_columns[0], types[fk.columns[0]])
            # who wrote it or a thing's (a user's id that happens to lead to a number): no one's
            and not {singular(word) for word in tokens(fk.columns[0])}
            & (NOT_THE_PATIENTS | UNPERSONAL)
        )
    )


def patients_own_ids(table: TableProfile, implied: tuple[ForeignKey, ...] = ()) -> tuple[str, ...]:
    """The text columns of the patients' table named as an id (``STABLE_ID``, ``display_id``,
    ``customId``) that are neither the row's key nor a key to another row, declared or
    ``implied``: an identifier the patient is known by, issued here or by the system the row
    came from.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> patient = T("patient", columns=(C("internal_id", "INT"), C("stable_id", "VARCHAR(50)")),
    ...             primary_key=("internal_id",))
    >>> patients_own_ids(patient)
    ('stable_id',)
    """
    keyed = {name.lower() for name in table.primary_key} | {
        name.lower() for fk in (*table.foreign_keys, *implied) for name in fk.columns
    }
    return tuple(
        column.name
        for column in table.columns
        if column.name.lower() not in keyed
        and (seq := tokens(column.name))
        and len(seq) > 1  # a bare id is the row's own
        and seq[-1] in ("id", "identifier")
        and not {singular(word) for word in seq} & (NOT_THE_PATIENTS | UNPERSONAL)
        and family(column.type) == "string"
        and (declared_length(column.type) or MIN_LENGTH) >= MIN_LENGTH
    )


# A table of identifiers (C3PR's identifiers, caTissue's external_identifier, a FHIR server's
# Identifier): one per row, its number kept in a column named only as the value.
IDENTIFIER_TABLE_WORDS = frozenset({"identifier", "ident"})
VALUE_NAMES = frozenset(
    {("value",), ("val",), ("id", "value"), ("id", "val"), ("identifier", "value"),
     ("ident", "value")}
)  # fmt: skip


def identifier_values(table: TableProfile) -> tuple[str, ...]:
    """The column that holds each identifier's number in a table named for identifiers: its
    value, by name (``value``, ``id_val``, ``identifier_value``), kept as text.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> ids = T("identifiers", columns=(C("id", "BIGINT"), C("type", "VARCHAR(200)"),
    ...     C("value", "VARCHAR(200)")))
    >>> identifier_values(ids)
    ('value',)
    """
    named = [singular(word) for word in words_of(table.name) if word not in ("tbl", "table")]
    if not named or named[-1] not in IDENTIFIER_TABLE_WORDS:
        return ()
    return tuple(
        column.name
        for column in table.columns
        if family(column.type) == "string" and tokens(column.name) in VALUE_NAMES
    )


# What a key column may name that makes a patient's number a site's: the sending hospital,
# facility, site, clinic or laboratory (Thailand's 43 files key every row by ``HOSPCODE``).
SITE_WORDS = frozenset(
    {"site", "facility", "hosp", "hospcode", "hospital", "clinic", "centre", "center", "lab",
     "laboratory", "practice", "branch"}
)  # fmt: skip


def site_patient_numbers(table: TableProfile) -> frozenset[str]:
    """The text patient keys of a primary key that holds a site's code beside them: rows
    gathered from many hospitals, each numbering its own patients (Thailand's 43 files keep
    ``PID`` unique only with ``HOSPCODE``), so the number is the hospital's record number for
    the patient, not a key this database made.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> person = T("person", columns=(C("HOSPCODE", "VARCHAR(5)"), C("PID", "VARCHAR(15)")),
    ...            primary_key=("HOSPCODE", "PID"))
    >>> sorted(site_patient_numbers(person))
    ['PID']
    """
    if len(table.primary_key) < 2:
        return frozenset()
    keyed = set(table.primary_key)
    if not any(SITE_WORDS & {singular(word) for word in tokens(name)} for name in keyed):
        return frozenset()
    return frozenset(
        column.name
        for column in table.columns
        if column.name in keyed and family(column.type) == "string" and is_patient_key(column.name)
    )

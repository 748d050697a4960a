"""What a column's type and run-together name say it can hold: a date written into one word
(``creymd``, ``uphms``), a date kept as a whole number, and the entries of a charted form or a
result written out, which are no narrative. Used by :mod:`.phi`.
"""

from __future__ import annotations

from functools import cache

from assessor.model import TableProfile

from .coltypes import family, is_large_text
from .links import words_of
from .phi_names import DATEISH, SECTION_WORDS
from .tokens import tokens

__all__ = [
    "MIN_DATE_LENGTH",
    "charted_entries",
    "dated_head",
    "dicom_attribute_values",
    "glued_date",
    "whole_number",
]

# Endings of a date or time written into one word with what it dates: year-month-day,
# year-month, hour-minute-second, and the words themselves.
# CDISC SDTM's character date/time variables end in DTC (AESTDTC, BRTHDTC, RFSTDTC).
# CDISC's collection standard (CDASH) ends a date in DAT and a time in TIM (HOSTDAT, AESTTIM),
# as its tabulation standard ends an ISO 8601 date in DTC.
GLUED_DATE_ENDINGS = ("ymd", "ymdhms", "ym", "hms", "date", "time", "dttm", "dtc", "dat", "tim")
NOT_GLUED_DATES = (
    "onym", "update", "validate", "candidate", "mandate", "lifetime", "overtime", "runtime",
    "downtime", "uptime", "realtime", "onetime", "fulltime", "parttime", "victim", "mandat",
    "candidat", "soldat",
    # a participle before "at" is an event's time run together (AmsterdamUMCdb's measuredat,
    # an offset in milliseconds): no CDASH date
    "edat",
)  # fmt: skip
# A stored file's path names where a document is, not a pick-list.
FILE_STEMS = ("file", "doc", "image", "img", "photo", "attachment", "dir", "folder", "scan")
# How a number beside its written-out text is named: labresult, cellvaluenumeric, *_num.
NUMBER_FORMS = ("num", "numeric", "number", "value")
# Words that make a name a date or a part of one when they are its head.
DATE_PARTS = frozenset({"birth", "death", "dob", "dod", "month", "mon", "mm", "dd", "birthday"})
MIN_DATE_LENGTH = 4  # the shortest a date or time of day can be written: HHMM, YYMM
# How a table of DICOM attributes kept as rows names a tag: its group and element numbers.
TAG_PARTS = frozenset({("tag", "group"), ("tag", "element")})


def dicom_attribute_values(table: TableProfile) -> tuple[str, ...]:
    """The value column of a table of DICOM attributes kept as rows, a tag's group and element
    beside its value (Orthanc's ``MainDicomTags``): among the attributes are the patient's name,
    ID and birth date (DICOM PS3.3's Patient module), whatever table keeps them.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> tags = T("tags", columns=(C("tagGroup", "INT"), C("tagElement", "INT"), C("value", "TEXT")))
    >>> dicom_attribute_values(tags)
    ('value',)
    """
    names = {column.name: words_of(column.name) for column in table.columns}
    if not set(names.values()) >= TAG_PARTS:
        return ()
    return tuple(name for name, seq in names.items() if seq == ("value",))


def dated_head(seq: tuple[str, ...]) -> bool:
    """Whether a name's head, its last word, is a date or a part of one: ``date_of_birth``,
    ``month_of_birth``, ``dob_day``; not ``birth_date_mgmt`` or ``death_date_impute``, codes
    saying how a date was kept.

    >>> dated_head(("month", "of", "birth")), dated_head(("birth", "date", "mgmt"))
    (True, False)
    """
    last = next((word for word in reversed(seq) if not word.isdigit()), "")
    return last in DATEISH | DATE_PARTS


def whole_number(type_name: str) -> bool:
    """A NUMERIC without decimals (``NUMERIC``, ``NUMERIC(8,0)``): it can hold 20240131. A
    FLOAT or DOUBLE holds measures (hours, doses), never a date.

    >>> whole_number("NUMERIC(8,0)"), whole_number("DECIMAL(5,2)"), whole_number("FLOAT")
    (True, False, False)
    """
    if not type_name.upper().startswith(("NUMERIC", "DECIMAL", "NUMBER")):
        return False
    digits = "".join(ch if ch.isdigit() else " " for ch in type_name).split()
    return len(digits) < 2 or digits[1] == "0"


def glued_date(seq: tuple[str, ...]) -> bool:
    """A name whose last word ends in a date or time glued to what it dates, as names without
    separators are written: ORCA's ``creymd``, ``uphms``, ``sryym`` (year-month-day,
    hour-minute-second, year-month), eICU's ``hospitaladmittime24``, CDISC SDTM's ``AESTDTC``
    (an adverse event's start as ISO 8601 text). Words that merely end so
    (``synonym``, ``lifetime``, ``candidate``) are not.

    >>> glued_date(("creymd",)), glued_date(("admittime", "24")), glued_date(("synonym",))
    (True, True, False)
    >>> glued_date(("aestdtc",))
    True
    """
    # a version's number behind the name (mbdat_v2) is not part of it
    last = next((word for word in reversed(seq) if not word.isdigit() and word != "v"), "")
    return any(
        last.endswith(ending) and len(last) >= len(ending) + 2 for ending in GLUED_DATE_ENDINGS
    ) and not last.endswith(NOT_GLUED_DATES)


@cache
def _run_together(name: str) -> str:
    """The name's words run together, digits left out (``lab_result_text`` -> ``labresulttext``).
    Cached: asked of every column of every table, and wide schemas repeat their names."""
    return "".join(word for word in tokens(name) if not word.isdigit())


def charted_entries(table: TableProfile) -> frozenset[str]:
    """The text columns holding an entry chosen on a form or a measured value written out, which
    are neither narrative nor values of unknown kind:

    - an entry kept with its path in a form tree (eICU's ``notepath`` beside ``notetext``,
      ``cellattributepath`` beside ``cellattributevalue``): the path names the pick-list the
      entry was chosen from;
    - the text form of a number kept beside it (``labresult`` and ``labresulttext``,
      ``pro_response_num`` and ``pro_response_text``) or of a value (``labothervaluetext``):
      the same result, written out, in a column too short for notes;
    - the display of a code kept beside it (``code`` and ``description``, ``reasoncode`` and
      ``reasondescription``: FHIR's Coding.code and Coding.display), however long.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> lab = T("lab", columns=(C("labresult", "NUMERIC"), C("labresulttext", "VARCHAR(255)")))
    >>> sorted(charted_entries(lab))
    ['labresulttext']
    """
    shapes = [(c.name, _entry_shape(c.name, c.type)) for c in table.columns]
    # a stored file's path (document_path) says where a document is, not what was picked
    trees = [whole[:-4] for _, (whole, tree, _, _, _) in shapes if tree]
    numbers = {whole for _, (whole, _, number, _, _) in shapes if number}
    found = set()
    for name, (whole, _, _, text, written) in shapes:
        if not text:
            continue
        # a long text beside a number (OpenMRS's obs.value_text) may hold more than the number;
        # most tables keep no form tree, so no generator is made for each of their texts
        if (trees and any(whole.startswith(tree) for tree in trees)) or (
            written is not None
            and (
                written.endswith("value")
                or bool({written, *(written + s for s in NUMBER_FORMS)} & numbers)
            )
        ):
            found.add(name)
    return frozenset(found) | _code_displays(table) | _numbered_slots(table)


MIN_SLOTS = 5  # diagnosis1 ... diagnosis8: a coded list; two or three may be a site's notes


def _numbered_slots(table: TableProfile) -> frozenset[str]:
    """The text columns of a field repeated in numbered slots, :data:`MIN_SLOTS` or more
    (a claim's ``diagnosis_poa_1`` ... ``_25``): a list of codes or flags, not narrative; not
    the numbered parts of a note's section (NOSH's ``pe_ent1`` ... ``pe_ent6``)."""
    runs: dict[tuple[str, ...], list[str]] = {}
    for column in table.columns:
        stem = _slot_stem(column.name)
        if stem is not None and family(column.type) == "string" and not set(stem) & SECTION_WORDS:
            runs.setdefault(stem, []).append(column.name)
    return frozenset(name for names in runs.values() if len(names) >= MIN_SLOTS for name in names)


@cache
def _slot_stem(name: str) -> tuple[str, ...] | None:
    """The words of a numbered name but its numbers (``diagnosis_poa_1`` -> diagnosis poa), or
    None for a name with no number. Cached: asked of every column of every table."""
    seq = tokens(name)
    if not any(word.isdigit() for word in seq):
        return None
    return tuple(word for word in seq if not word.isdigit())


# The words naming a code's display beside it, and the code itself.
DISPLAY_WORDS = frozenset({"description", "desc", "display", "text", "txt", "meaning"})
CODE_WORDS = frozenset({"code", "cd", "codes"})
# Code systems a column may be named for instead of the word code (SICdb's ICD10Main beside
# ICD10MainText): ICD (CIM, CIE), ICPC (CIAP), CPT, HCPCS, LOINC, SNOMED, ATC, DRG, NDC, RxNorm,
# OPCS.
CODE_SYSTEM_WORDS = frozenset(
    {
        "icd", "cim", "cie", "icpc", "ciap", "cpt", "hcpcs", "loinc", "snomed", "atc", "drg",
        "ndc", "rxnorm", "opcs",
    }
)  # fmt: skip


def _code_displays(table: TableProfile) -> frozenset[str]:
    """The text columns displaying a code their table keeps beside them (see
    :func:`charted_entries`): named as the code is, with a display word for the code word."""
    parts = [(column, _coded_part(column.name)) for column in table.columns]
    coded = {qualifier for _column, (kind, qualifier) in parts if kind == "code"}
    if not coded:  # most tables keep no code column
        return frozenset()
    return frozenset(
        column.name
        for column, (kind, qualifier) in parts
        if kind == "display" and qualifier in coded and family(column.type) == "string"
    )


@cache
def _coded_part(name: str) -> tuple[str, tuple[str, ...]]:
    """(``code`` or ``display`` or ``""``, the words before): what :func:`_code_displays` reads
    of a name. Cached: asked of every column of every table."""
    seq = words_of(name)
    if seq and seq[-1] in CODE_WORDS:
        return "code", seq[:-1]
    if seq and seq[-1] in DISPLAY_WORDS:
        return "display", seq[:-1]
    if not CODE_SYSTEM_WORDS.isdisjoint(seq):
        return "code", seq
    return "", ()


@cache
def _entry_shape(name: str, type_name: str) -> tuple[str, bool, bool, bool, str | None]:
    """What :func:`charted_entries` reads of a column: its name run together; whether that is
    a form tree's path; whether the column is a number; whether it is a text not named as a
    path; and, for such a text short enough whose name ends in ``text`` or ``txt``, the name
    without that ending (else None). Cached: asked of every column of every table, and wide
    schemas repeat their names."""
    whole = _run_together(name)
    kind = family(type_name)
    path = whole.endswith("path")
    tree = path and len(whole) > 4 and not whole.startswith(FILE_STEMS)
    text = kind == "string" and not path
    written = whole.removesuffix("text").removesuffix("txt")
    shown = text and written != whole and not is_large_text(type_name)
    return whole, tree, kind in ("integer", "numeric"), text, written if shown else None

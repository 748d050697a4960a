"""A column's field name behind its table's module prefix: ``ptlname`` -> ``lname``.

Older applications run a short module prefix into every column of a table (FreeMED's
``patient.ptlname``, ``coverage.covpatinsno``, ``rx.rxdtadd``; OpenClinic GA's
``OC_DIAGNOSES.OC_DIAGNOSIS_DATE``), so the name's first word is the prefix glued to the
field, and the field's words are never read. The prefix is found by structure, not by a list:
the same letters start at least :data:`MIN_SHARED` of the table's columns. A name loses it only
when the name as a whole is not a known word and what remains reads wholly as known words, so a
table whose columns share a real word (``contact_name``, ``contactphone``) is read as before.
A remainder may start with one letter that qualifies the word after it (``hphone``, ``wphone``:
home and work phones, as HL7 v2's XTN use codes qualify a number).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from .tokens import NATIONAL_IDS, VOCABULARY, english_word, known_word, tokens

__all__ = ["MIN_SHARED", "field_names", "separated_field"]

MIN_REST = 2  # letters after a prefix that make no field: a code's ending
MAX_CHANCE_REST = 3  # letters after a prefix no national number's acronym is read in
MIN_QUALIFIED = 4  # a qualifier letter stands before a whole word of four letters or more
MIN_SHARED = 3  # columns that must start with the same letters for them to be a prefix
MIN_PREFIX, MAX_PREFIX = 2, 6
KEEP_SHARE = 0.8  # a longer prefix must still start this share of the shorter one's columns


def _shared_prefix(name: str, starts: Counter[str]) -> str | None:
    """The longest run of first letters that :data:`MIN_SHARED` columns share and that still
    starts most of the columns the first two letters start (``cov``, not ``covp``)."""
    lower = name.lower()
    base = starts[lower[:MIN_PREFIX]]
    if base < MIN_SHARED:
        return None
    found = lower[:MIN_PREFIX]
    for size in range(MIN_PREFIX + 1, min(MAX_PREFIX, len(lower) - MIN_PREFIX) + 1):
        if starts[lower[:size]] < max(MIN_SHARED, KEEP_SHARE * base):
            break
        found = lower[:size]
    return found


def _read_rest(rest: str) -> str | None:
    """The remainder as a name of known words, a leading qualifier letter set apart; none of
    :data:`MIN_REST` letters or fewer, which end a name as a code does (ADaM's ``TRTAN``, the
    actual treatment's number: no HL7 ``AN``)."""
    if len(rest) <= MIN_REST:
        return None
    if len(rest) <= MAX_CHANCE_REST and rest.lower() in NATIONAL_IDS:
        return None  # three letters left match a country's acronym by chance (obsclinid)
    seq = tokens(rest)
    if seq and all(known_word(word) for word in seq):
        return rest
    word = rest[1:].lower()
    if len(rest) > MIN_QUALIFIED and rest.isalpha() and word in VOCABULARY:
        return f"{rest[0]}_{rest[1:]}"
    return None


@cache
def field_names(names: tuple[str, ...]) -> dict[str, str]:
    """The field name of each column of a table (by its column names) whose name runs a shared
    prefix into its field; the others are left out. Cached per table's names.

    >>> field_names(("ptlname", "ptfname", "pthphone", "ptdob", "id"))
    {'ptlname': 'lname', 'ptfname': 'fname', 'pthphone': 'h_phone', 'ptdob': 'dob'}
    >>> field_names(("lastname", "firstname", "language"))
    {}
    """
    starts: Counter[str] = Counter()
    for name in names:
        lower = name.lower()
        for size in range(MIN_PREFIX, MAX_PREFIX + 1):
            if len(lower) >= size and lower[:size].isalpha():
                starts[lower[:size]] += 1
    fields = {}
    for name in names:
        seq = tokens(name)
        if not seq or known_word(seq[0]) or not name[:MIN_PREFIX].isalpha():
            continue
        prefix = _shared_prefix(name, starts)
        # only a prefix run into the field: a separated one is read as a word already
        if prefix is None or not name[len(prefix) : len(prefix) + 1].isalpha():
            continue
        if len(prefix) < len(seq[0]) and english_word(seq[0]):
            continue  # a word cut short: administer_amount shares "admini" with administered
        rest = _read_rest(name[len(prefix) :])
        if rest:
            fields[name] = rest
    return fields


def separated_field(name: str, names: tuple[str, ...]) -> str:
    """The name without the words every column of its table starts with (OpenClinic GA's
    ``OC_PRESCR_`` before ``PATIENTUID``), when it keeps words of its own."""
    shared = _shared_words(names)
    seq = tokens(name)
    if shared and seq[: len(shared)] == shared and len(seq) > len(shared):
        return "_".join(seq[len(shared) :])
    return name


@cache
def _shared_words(names: tuple[str, ...]) -> tuple[str, ...]:
    """The leading words of every one of the table's column names (at least :data:`MIN_SHARED`
    names)."""
    if len(names) < MIN_SHARED:
        return ()
    sequences = [tokens(name) for name in names]
    shared: tuple[str, ...] = ()
    for words in zip(*sequences, strict=False):
        if len(set(words)) != 1:
            break
        shared = (*shared, words[0])
    # a name that is wholly the shared words has no field of its own to read
    return shared if all(len(seq) > len(shared) for seq in sequences) else ()

"""Abbreviated words of column names read as the words they shorten: ``tlp`` -> phone,
``almt`` -> address, ``nm`` -> name, ``brth`` -> birth.

Schemas shorten words in two ways: they keep the first letters (``telp`` for telepon, ``desc``
for description), or drop the vowels after the first letter (``tlp``, ``almt``, ``phn``,
``brth``). A word is read as the longer one only when the rules care what it means (a name,
an address, a phone, a birth, a note...) and nothing else could be meant: the words it could
shorten are taken from the names of HL7 v2's fields (a thousand words of healthcare English)
beside the rules' own, and a shortening that fits words of different meanings is left as it
is (``tmp`` could be temporary as well as tempat, "place"). Too short to tell is left too: two
letters only when they are all the consonants of the word (``nm`` for name, not ``pt``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

__all__ = ["expansion"]

# What the rules read a word as, for the words worth expanding to: the classes of PHI and the
# people, records and narrative they are found by. Synonyms share one meaning.
MEANINGS: dict[str, str] = {
    "name": "name", "address": "address", "addr": "address", "tele": "phone",
    "street": "street", "county": "county",
    "district": "district", "village": "village", "telephone": "phone", "phone": "phone",
    "mobile": "mobile", "email": "email", "birth": "birth", "death": "death",
    "mother": "mother", "father": "father", "family": "family", "guardian": "guardian",
    "guarantor": "guarantor", "emergency": "emergency", "contact": "contact",
    "patient": "patient", "medical": "medical", "record": "record", "comment": "comment",
    "remark": "remark", "description": "description", "diagnosis": "diagnosis",
    "history": "history", "complaint": "complaint", "note": "note",
    # what a code's display name is the name of (CMS's CLM_CTGRY_NAME, SPCLTY_NAME, TXNMY_NAME)
    "category": "category", "specialty": "specialty", "taxonomy": "taxonomy",
    "language": "language",
}  # fmt: skip
_VOWELS = frozenset("aeiou")
MIN_PREFIX = 4  # "desc", "hist": shorter first letters ("add", "his") are words themselves
MIN_SKELETON = 3  # "tlp", "rkm" with vowels left out; two letters only as the whole word's


def _skeleton(word: str) -> str:
    """The first letter, then the consonants, doubles kept once: ``alamat`` -> ``almt``."""
    letters = word[0] + "".join(ch for ch in word[1:] if ch not in _VOWELS)
    return re.sub(r"(.)\1+", r"\1", letters)


def _shortens(short: str, word: str) -> bool:
    """Whether ``short`` is the start of ``word`` with none, some or all of its vowels after the
    first letter left out (``telp``, ``tlp`` and ``telep`` of telepon), doubles written once."""
    if short == word or short[0] != word[0] or len(word) <= len(short):
        return False
    position, dropped = 1, False
    for letter in short[1:]:
        while position < len(word) and word[position] != letter:
            if word[position] not in _VOWELS and word[position] != word[position - 1]:
                return False
            dropped = True
            position += 1
        if position == len(word):
            return False
        position += 1
    if not dropped:
        return len(short) >= MIN_PREFIX and len(word) >= len(short) + 2
    if len(short) >= MIN_SKELETON:
        return True
    return short == _skeleton(word)


@cache
def _words() -> dict[str, str]:
    """Every word a shortening may stand for, with its meaning (the word itself when the rules
    do not expand to it): the targets, the rules' own words and those of HL7 v2's field names."""
    from .phi_vocabulary import hl7_field_words
    from .tokens import TRANSLATIONS, VOCABULARY, WHOLE_ONLY

    found = {word: word for word in (*hl7_field_words(), *VOCABULARY) if len(word) > 3}
    for word, english in TRANSLATIONS.items():
        if len(word) > 3 and word not in WHOLE_ONLY:
            found[word] = english[0]
    found.update(MEANINGS)
    # a longer form of a word means the word (birthday, mothers): no rival to its shortening
    stems = sorted(MEANINGS, key=len, reverse=True)
    return {
        word: MEANINGS.get(meaning) or next((s for s in stems if word.startswith(s)), meaning)
        for word, meaning in found.items()
    }


def _hard_letter(word: str) -> str:
    """The first letter after the first that a shortening cannot leave out: not a vowel, not a
    double."""
    for before, letter in pairwise(word):
        if letter not in _VOWELS and letter != before:
            return letter
    return ""


@cache
def _candidates(first: str, second: str) -> tuple[tuple[str, str], ...]:
    """The (word, meaning) pairs a shortening starting with these two letters may stand for:
    after the first letter, a consonant is the word's first that cannot be left out, a vowel is
    the word's next letter. Cached: a scan asks of thousands of words, a few hundred pairs."""
    return tuple(
        (word, meaning)
        for word, meaning in _words().items()
        if word[0] == first
        and (second == _hard_letter(word) if second not in _VOWELS else second in word[1:3])
    )


@cache
def expansion(word: str) -> str | None:
    """The word an abbreviation shortens, or None when it shortens nothing the rules read or
    could shorten words of different meanings. Of several words of the one meaning, the meaning
    itself, else the shortest: ``brth`` is birth, ``brthdt`` birthdate (a date, which birth
    alone is not), ``tlp`` telepon (read as phone).

    >>> expansion("tlp"), expansion("almt"), expansion("nm"), expansion("tmp")
    ('telepon', 'alamat', 'name', None)
    """
    if len(word) < 2 or not word.isalpha():
        return None
    fits = [
        (full, meaning) for full, meaning in _candidates(word[0], word[1]) if _shortens(word, full)
    ]
    meanings = {meaning for _full, meaning in fits}
    if len(meanings) != 1 or not meanings <= set(MEANINGS.values()):
        return None
    (meaning,) = meanings
    words = {full for full, _meaning in fits}
    return meaning if meaning in words else min(words, key=lambda full: (len(full), full))

"""Small wording rules the reports share: bands, wave titles, how an action reads."""

from __future__ import annotations

import re

from assessor.model import RoadmapAction, Wave

__all__ = [
    "COMPONENT_CONFIDENCE",
    "ESTATE_CONFIDENCE",
    "QUICK_WIN_VERBS",
    "action_verb",
    "band_words",
    "plain_words",
    "wave_title",
]

ESTATE_CONFIDENCE = (
    "evidence coverage: the share of the facts behind the scores that the scan observed "
    "(facts only declared count less, facts not checked not at all), averaged over the "
    "components weighted by their criticality"
)
"""What the estate's confidence is, in every output that shows it (docs/scoring.md)."""

COMPONENT_CONFIDENCE = (
    "evidence coverage: the share of the facts deciding a score and its use-case verdicts that "
    "the scan observed; facts only declared count less, facts not checked not at all, so a low "
    "confidence means “not checked”, not “safe”"
)
"""What a component's confidence is."""

QUICK_WIN_VERBS = {
    "SEC-T01": "Encrypt",
    "SEC-H01": "Encrypt",
    "SEC-F01": "Encrypt",
    "OPS-O01": "Name an owner for",
    "OPS-U01": "Declare",
}
"""How a quick win reads: the fix, not the disposition (the component itself is retained)."""


def action_verb(action: RoadmapAction, quick: bool = False) -> str:
    """``Replace`` for a migration; for a quick win the fix (``Encrypt``, ``Name an owner for``).

    A quick win keeps its component (disposition retain), so the disposition would read
    "retain X" where the reader needs to be told what to fix.
    """
    if not quick:
        return action.disposition.capitalize()
    verbs = sorted({QUICK_WIN_VERBS.get(r, "Fix") for r in action.rule_ids})
    return " and ".join(verbs) if verbs else "Fix"


def band_words(band: str) -> str:
    """``not-ready`` -> ``not ready``: the band as words in a sentence."""
    return band.replace("-", " ").replace("_", " ")


def wave_title(wave: Wave) -> str:
    """``Wave 1: Stabilise the hub``; just ``Wave 2`` when the name only repeats the number."""
    generic = re.fullmatch(r"\s*wave\s*\d*\s*", wave.name, re.I)
    if generic or not wave.name:
        return f"Wave {wave.number}"
    return f"Wave {wave.number}: {wave.name}"


_PLAIN = (
    (re.compile(r"\b1 PHI class\(es\)"), "1 kind of patient data"),
    (re.compile(r"\b(\d+) PHI class\(es\)"), r"\1 kinds of patient data"),
    (re.compile(r"\b1 PHI column\(s\)"), "1 patient-data column"),
    (re.compile(r"\b(\d+) PHI column\(s\)"), r"\1 patient-data columns"),
    (re.compile(r" of 1 class\(es\)"), " of 1 kind"),
    (re.compile(r" of (\d+) class\(es\)"), r" of \1 kinds"),
)


def plain_words(text: str) -> str:
    """A finding's title as a CIO reads it: ``8 PHI class(es)`` -> ``8 kinds of patient data``."""
    for pattern, words in _PLAIN:
        text = pattern.sub(words, text)
    return text

"""Whether a condition of the v2-to-FHIR IG's tables holds on a synthetic message.

The IG applies some rows only "IF PV1-45 NOT VALUED", "IF TXA-19 = \"AV\"", "IF OBX-5 LST.count
LESS THAN OR EQUALS 1". :func:`holds` decides those it can on a message given as field path ->
components, and says None (cannot tell) for the rest.

>>> holds('IF PV1-45 NOT VALUED', {"PV1-2": ("I",)})
True
>>> holds('IF TXA-19 = "AV"', {"TXA-19": ("AV",)})
True
>>> holds('IF PID-33 AND PID-34 VALUED', {"PID-33": ("x",)})
False
>>> holds("IF OBX-2 IS NUMERIC", {"OBX-2": ("NM",)}) is None
True
"""

from __future__ import annotations

import re

__all__ = ["FIELD", "holds"]

FIELD = r"[A-Z][A-Z0-9]{2}-\d+(?:\.\d+)*"
"""A v2 field or component path as the IG writes it: PV1-45, PRT-4.1."""


def holds(condition: str, message: dict[str, tuple[str, ...]]) -> bool | None:
    """An IG condition on the sample: True, False, or None when the sample cannot decide it.

    Understood, joined by AND / OR: "F VALUED", "F NOT VALUED", "F AND G VALUED", a test for a
    value or a list of values (IS, =, EQUALS, IN, and their NOT), and a repetition count of one
    (the sample holds one of everything).
    """
    text = condition.replace("IF ", " ").strip()
    any_true, any_unknown = False, False
    for alternative in re.split(r"\s+OR\s+", text):
        verdicts = [_atom(a, message) for a in re.split(r"\s+AND\s+", alternative)]
        if False in verdicts:
            continue
        if None in verdicts:
            any_unknown = True
        else:
            any_true = True
    return True if any_true else None if any_unknown else False


def _atom(atom: str, message: dict[str, tuple[str, ...]]) -> bool | None:
    field = re.match(rf"^\(?({FIELD})\b\s*(.*?)\)?$", atom.strip())
    if field is None:
        return None
    path, test = field[1], field[2].strip()
    segment_field, _, component = path.partition(".")
    parts = message.get(segment_field)
    index = int(component.split(".")[0] or 1)
    value = parts[index - 1] if parts and len(parts) >= index else ""
    valued = bool(value)
    if test in ("", "VALUED", "VALUE", "IS VALUED"):
        return valued
    if test in ("NOT VALUED", "IS NOT VALUED"):
        return not valued
    if re.match(r"^(LST\.count LESS THAN OR EQUALS 1|COUNT\s*=\s*1)$", test):
        return valued
    if re.match(r"^(LST\.count GREATER THAN 1|COUNT\s*>\s*1)$", test):
        return False
    listed = re.match(r'^(NOT\s+|IS\s+NOT\s+|IS\s+)?(IS|=|EQUALS|IN)\s*\(?(".*")\)?$', test)
    if listed is None:
        listed = re.match(r'^(IS\s+NOT\s+|NOT\s+)?()(".*")$', test.removeprefix("IS "))
    if listed is None:
        return None
    wanted = re.findall(r'"([^"]*)"', listed[3])
    return (value in wanted) != bool(listed[1] and "NOT" in listed[1])

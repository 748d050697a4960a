"""How deep and how long a parsed document may be: nesting depth and number length.

Estate TOML, FHIR JSON and saved assessor JSON are parsed whole, by parsers that recurse (and
so do the walks over what they return). A hostile or broken file nested thousands of levels
deep, or holding a 4,300-digit number, must end in an error record, not in a RecursionError or
a ``ValueError`` from ``int()`` deep inside a library. The limits sit far above anything a real
file needs; the README lists them.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["MAX_INTEGER_DIGITS", "MAX_NESTING", "LimitExceeded", "check_nesting", "load_json"]

MAX_NESTING = 64
"""Levels of nested tables, arrays or objects: a CapabilityStatement needs about 10."""
MAX_INTEGER_DIGITS = 40
"""Digits in one JSON integer: no count, port or version number comes near."""


class LimitExceeded(ValueError):
    """An input is larger, deeper or longer than the documented limit; the message says which."""


def check_nesting(value: Any, limit: int = MAX_NESTING) -> None:
    """Raise LimitExceeded when dicts and lists in ``value`` nest deeper than ``limit``.

    Iterative, so that the check itself cannot overflow the stack it protects.
    """
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            raise LimitExceeded(f"nested more than {limit} levels deep, the limit")
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise LimitExceeded(
            f"a number of {len(text.lstrip('-')):,} digits (more than {MAX_INTEGER_DIGITS})"
        )
    return int(text)


def _no_constant(name: str) -> Any:
    raise LimitExceeded(f"{name} is not a JSON number")


def load_json(text: str | bytes, limit: int = MAX_NESTING) -> Any:
    """``json.loads`` with integers of at most MAX_INTEGER_DIGITS digits, no NaN or Infinity,
    and at most ``limit`` levels of nesting.

    Raises LimitExceeded for those, json.JSONDecodeError for text that is not JSON.
    """
    try:
        value = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except RecursionError:
        raise LimitExceeded(f"nested more than {limit} levels deep, the limit") from None
    check_nesting(value, limit)
    return value

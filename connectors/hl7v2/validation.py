"""Strict hl7apy validation of a stratified sample, errors aggregated by kind and field path.

hl7apy builds a full object tree per message (tens of milliseconds each), so it sees a sample
(``validate="sample"``, the second opinion): per feed × message type × version, the first N
messages and a reservoir of N more drawn evenly from the rest (seeded by the stratum, so the same
input gives the same sample). Every message is checked by hl7apy's rules compiled
(:mod:`assessor.connectors.hl7v2.validation_tally`, the default). hl7apy's error texts are
reduced to ``kind|path`` (``missing-required|PID-3``); the texts themselves, which can quote a
value, are dropped.
"""

from __future__ import annotations

import io
import random
import re
import zlib
from collections import Counter
from typing import Any

import hl7apy.validation as _hl7apy_validation
from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.exceptions import HL7apyException
from hl7apy.parser import parse_message
from hl7apy.validation import Validator

__all__ = [
    "MAX_VALIDATION_BYTES",
    "MAX_VALIDATION_PARTS",
    "Sampler",
    "over_validation_cap",
    "validate_message",
]

VALIDATE_MODES = ("sample", "all", "none")

MAX_VALIDATION_BYTES = 64 * 1024
"""A message larger than this is not handed to hl7apy (counted as ``validation-over-cap``):
its tree costs time and memory far beyond its size (a 1 MB segment took minutes and gigabytes).
Set per scan with ``Hl7v2Connector(max_validation_bytes=...)``."""
MAX_VALIDATION_PARTS = 5_000
"""Nor is a message with more separators than this (fields, components, repetitions and
subcomponents together): a 100 KB segment of 50,000 empty fields took hl7apy 20 s."""


class _Report(io.StringIO):
    """Where hl7apy writes its validation report: memory, never a file."""

    def close(self) -> None:  # the ``with`` block must not discard what was written
        pass


def _open(file: Any, *args: Any, **kwargs: Any) -> Any:
    if isinstance(file, _Report):
        return file
    return open(file, *args, **kwargs)


# hl7apy reports every error only through ``report_file``; hand it an in-memory one.
_hl7apy_validation.open = _open  # type: ignore[attr-defined]

_NAME = re.compile(r"\b([A-Z][A-Z0-9]{1,2}(?:_[A-Z0-9]+)*)\b")
_FIELD = re.compile(r"^([A-Z][A-Z0-9]{1,2})_(\d+)$")
_LINE_KINDS = (
    ("Missing required child", "missing-required"),
    ("Child limit exceeded", "too-many-repetitions"),
    ("Invalid children detected", "unexpected-child"),
    ("Datatype", "wrong-datatype"),
    ("Unknown element found", "unknown-element"),
    ("Invalid element found", "invalid-element"),
    ("not in table", "value-not-in-table"),
    ("Exceeded max length", "too-long"),
)


def _path(name: str) -> str:
    match = _FIELD.match(name)
    return f"{match.group(1)}-{match.group(2)}" if match else name


def _join(parent: str, child: str) -> str:
    """``PID_3`` + ``CX_1`` -> ``PID-3.1``; ``PID`` + ``PID_3`` -> ``PID-3``."""
    child_field = _FIELD.match(child)
    if _FIELD.match(parent) and child_field:
        return f"{_path(parent)}.{child_field.group(2)}"
    return _path(child)


def _classify(line: str) -> tuple[str, str]:
    kind = next((k for marker, k in _LINE_KINDS if marker in line), "other")
    if kind == "value-not-in-table":
        line = line.split(" in element ", 1)[-1]  # drop the quoted value
    elif kind == "wrong-datatype":
        line = line.split(" is not correct for ", 1)[-1].split(" (", 1)[0]
    names = [n for n in _NAME.findall(line) if n not in {"Segment", "Field", "Group", "Message"}]
    if kind == "unexpected-child" and names:
        children = "+".join(sorted(_path(n) for n in names[1:]))
        return kind, f"{names[0]}:{children}" if children else names[0]
    if len(names) >= 2:
        return kind, _join(names[-2], names[-1])
    return kind, _path(names[-1]) if names else ""


def _exception_kind(exc: Exception) -> str:
    name = type(exc).__name__
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def validate_message(text: str, version: str) -> Counter[str]:
    """``kind|path`` -> count for one message (``\\r``-separated, MSH-12 set to ``version``).

    An empty counter means hl7apy found the message valid against its version's structure.
    """
    problems: Counter[str] = Counter()
    try:
        message = parse_message(text, validation_level=VALIDATION_LEVEL.TOLERANT, find_groups=True)
    except (HL7apyException, ValueError, IndexError, KeyError, AttributeError, TypeError) as exc:
        names = _NAME.findall(str(exc)) if isinstance(exc, HL7apyException) else []
        problems[f"parse-{_exception_kind(exc)}|{_path(names[0]) if names else ''}"] += 1
        return problems
    report = _Report()
    try:
        Validator.validate(message, report_file=report)
    except HL7apyException:
        pass  # the report holds every error, the exception only the first
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as exc:
        problems[f"validator-{_exception_kind(exc)}|"] += 1
    for line in report.getvalue().splitlines():
        severity, _, body = line.partition(": ")
        kind, path = _classify(body)
        prefix = "" if severity == "Error" else "warning-"
        problems[f"{prefix}{kind}|{path}"] += 1
    return problems


def over_validation_cap(
    data: bytes, separators: bytes, max_bytes: int = MAX_VALIDATION_BYTES
) -> bool:
    """Whether a message is too large, or holds too many parts split on ``separators`` (its
    field, component, repetition and subcomponent separators), to hand to hl7apy."""
    if len(data) > max_bytes:
        return True
    if len(data) <= MAX_VALIDATION_PARTS:  # fewer bytes than the cap: fewer separators too
        return False
    # one pass that drops the separators, not a count per separator
    return len(data) - len(data.translate(None, separators)) > MAX_VALIDATION_PARTS


def with_version(text: str, version: str, field_separator: str, component: str | None) -> str:
    """The message with MSH-12.1 replaced by the supported version hl7apy is asked to use."""
    end = text.find("\r")
    msh = text if end < 0 else text[:end]
    fields = msh.split(field_separator)
    while len(fields) < 12:
        fields.append("")
    if component and component in fields[11]:
        rest = fields[11].split(component, 1)[1]
        fields[11] = f"{version}{component}{rest}"
    else:
        fields[11] = version
    head = field_separator.join(fields)
    return head if end < 0 else head + text[end:]


class Sampler:
    """Per stratum: the first N messages, then a reservoir of N drawn evenly from the rest.

    :meth:`offer` says whether a message is among the first N, for the caller to check it at
    once (nothing is kept for it); later messages may replace one in the reservoir, which
    :meth:`reservoir` gives at the end. ``size=None`` makes every message a first one, so
    ``validate="all"`` streams without keeping any message.
    """

    def __init__(self, size: int | None) -> None:
        self.size = size
        self._seen: Counter[Any] = Counter()
        self._reservoir: dict[Any, list[Any]] = {}
        self._random: dict[Any, random.Random] = {}

    def offer(self, stratum: Any, item: Any) -> bool:
        """True when ``item`` is one of the first N of ``stratum``: check it now."""
        self._seen[stratum] += 1
        if self.size is None:
            return True
        seen = self._seen[stratum]
        if seen <= self.size:
            return True
        reservoir = self._reservoir.setdefault(stratum, [])
        if len(reservoir) < self.size:
            reservoir.append(item)
            return False
        rng = self._random.get(stratum)
        if rng is None:
            rng = self._random[stratum] = random.Random(zlib.crc32(repr(stratum).encode()))
        slot = rng.randrange(seen - self.size)
        if slot < self.size:
            reservoir[slot] = item
        return False

    def reservoir(self) -> list[tuple[Any, Any]]:
        """Every ``(stratum, item)`` left in the reservoirs, strata in first-seen order."""
        return [(stratum, item) for stratum, kept in self._reservoir.items() for item in kept]

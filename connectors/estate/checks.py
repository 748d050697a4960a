"""Reading typed values out of a parsed TOML file, collecting every mistake with its line.

A :class:`Checker` never stops at the first mistake: each getter records what is wrong (file,
line, table entry, key and the values that would have been valid) and returns ``None`` or an
empty value, so the whole file is checked in one pass and reported in one
:class:`assessor.errors.UsageError`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from assessor.connectors.estate.lines import KeyLines
from assessor.errors import UsageError
from assessor.masking import mask_url


class Checker:
    """Collects the mistakes of one TOML file, each with its line, key and valid values."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = KeyLines(text)
        self.size = len(text.encode("utf-8"))
        self.mistakes: list[tuple[int, str]] = []

    # --- reporting ---

    def mistake(
        self,
        table: str,
        index: int | None,
        key: str | None,
        problem: str,
        valid: tuple[str, ...] | list[str] = (),
    ) -> None:
        """Record one mistake at the line of ``key`` (or of the entry) in ``table``."""
        line = self.lines.of(table, index, key)
        where = f"{self.path}:{line}" if line else self.path
        entry = f"[[{table}]] #{index + 1}" if index is not None else f"[{table}]"
        what = f"{entry} key '{key}'" if key else entry
        # A value quoted back may be a URL typed into the wrong key: never echo its password.
        message = f"{where}: {what}: {mask_url(problem)}"
        if valid:
            message += f"; valid values: {', '.join(valid)}"
        self.mistakes.append((line or 0, message))

    def raise_if_any(self) -> None:
        """Raise one UsageError listing every mistake, in line order, if there was any."""
        if self.mistakes:
            ordered = [message for _, message in sorted(self.mistakes)]
            count = len(ordered)
            head = f"{self.path}: {count} mistake{'s' if count > 1 else ''} in the estate file"
            raise UsageError("\n".join([head, *ordered]))

    # --- typed getters ---

    def text(self, entry: dict, table: str, index: int | None, key: str) -> str | None:
        """The text value of ``key``, or None (a number is accepted as a version)."""
        value = entry.get(key)
        if value is None or isinstance(value, str):
            return value
        if key == "version" and isinstance(value, int | float):
            return str(value)
        self.mistake(table, index, key, f"expected text, got {_type_name(value)}")
        return None

    def texts(self, entry: dict, table: str, index: int | None, key: str) -> tuple[str, ...]:
        """A list of text values (a single text counts as a list of one)."""
        value = entry.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.mistake(table, index, key, "expected a list of text values")
            return ()
        return tuple(value)

    def choice(
        self, entry: dict, table: str, index: int | None, key: str, valid: tuple[str, ...]
    ) -> str | None:
        """A text value that must be one of ``valid``."""
        value = self.text(entry, table, index, key)
        if value is None:
            return None
        if value not in valid:
            self.mistake(table, index, key, f"{value!r} is not a valid value", valid)
            return None
        return value

    def choices(
        self, entry: dict, table: str, index: int | None, key: str, valid: tuple[str, ...]
    ) -> tuple[str, ...]:
        """A list of text values that must each be one of ``valid``; the valid ones, sorted."""
        values = self.texts(entry, table, index, key)
        wrong = [v for v in values if v not in valid]
        for value in wrong:
            self.mistake(table, index, key, f"{value!r} is not a valid value", valid)
        return tuple(sorted({v for v in values if v in valid}))

    def flag(self, entry: dict, table: str, index: int | None, key: str) -> bool | None:
        """A true/false value, or None when absent."""
        value = entry.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.mistake(table, index, key, f"expected true or false, got {_type_name(value)}")
        return None

    def date(self, entry: dict, table: str, index: int | None, key: str) -> str | None:
        """A TOML date (or ISO date text) as an ISO date string."""
        value = entry.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        self.mistake(table, index, key, f"expected a date like 2025-12-31, got {value!r}")
        return None

    def known_keys(
        self, entry: dict, table: str, index: int | None, valid: tuple[str, ...]
    ) -> None:
        """Record every key of the entry that is not one of ``valid``."""
        for key in sorted(set(entry) - set(valid)):
            self.mistake(table, index, key, "unknown key", valid)

    def entries(self, data: dict, table: str) -> list[tuple[int, dict]]:
        """The ``[[table]]`` entries with their index, or none when the table is malformed."""
        value = data.get(table, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.mistake(table, None, None, f"expected [[{table}]] tables")
            return []
        return list(enumerate(value))


def _type_name(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list"}
    names[dict] = "a table"
    return names.get(type(value), type(value).__name__)

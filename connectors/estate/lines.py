"""Where a key sits in a TOML file, so that a mistake can be reported with its line.

``tomllib`` gives values, not positions. The estate file is written by hand in the plain style
its documentation shows (``[[systems]]`` headers, one ``key = value`` per line), so a line scan
that follows table headers is enough to point at the right line.
"""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\-]+)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]")
_KEY = re.compile(r"""^\s*["']?([A-Za-z0-9_\-]+)["']?\s*=""")

Place = tuple[str, int | None]  # (table name, index in an array of tables or None)


class KeyLines:
    """Line numbers (1-based) of table headers and keys in one TOML text."""

    def __init__(self, text: str) -> None:
        self._headers: dict[Place, int] = {}
        self._keys: dict[tuple[str, int | None, str], int] = {}
        counts: dict[str, int] = {}
        place: Place = ("", None)
        for number, line in enumerate(text.splitlines(), start=1):
            if match := _ARRAY_HEADER.match(line):
                name = match.group(1)
                place = (name, counts.get(name, 0))
                counts[name] = place[1] + 1  # type: ignore[operator]
                self._headers[place] = number
            elif match := _TABLE_HEADER.match(line):
                place = (match.group(1), None)
                self._headers[place] = number
            elif match := _KEY.match(line):
                self._keys.setdefault((*place, match.group(1)), number)

    def of(self, table: str, index: int | None = None, key: str | None = None) -> int | None:
        """The line of ``key`` in the table (or of the table's header when the key is absent)."""
        if key is not None and (table, index, key) in self._keys:
            return self._keys[(table, index, key)]
        for place in ((table, index), (table, 0)):
            if place in self._headers:
                return self._headers[place]
        return self._keys.get(("", None, table))

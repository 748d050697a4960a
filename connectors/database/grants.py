"""What a MySQL/MariaDB scan user may see: tables it holds no grant on are silently invisible.

MySQL and MariaDB hide from ``information_schema`` and ``SHOW TABLES`` every table the user
has no privilege on, so a user granted SELECT on a few tables scans a smaller database with no
error at all. ``SHOW GRANTS`` says which databases the user may read whole (a global or a
database-level grant, patterns like ``db\\_%`` included); a scanned database it may read only
table by table (or column by column) may hold tables this scan cannot see.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

__all__ = ["partially_granted", "whole_databases"]

_GRANT = re.compile(r"^GRANT (?P<privileges>.+?) ON (?P<target>\S+) TO ", re.I)
_READ = re.compile(r"\b(ALL|SELECT)\b", re.I)


def _database_pattern(quoted: str) -> re.Pattern[str]:
    """A grant's database name (``*``, `` `lab` ``, `` `lab\\_%` ``) as a regex."""
    name = quoted.strip("`")
    if name == "*":
        return re.compile(".*")
    pattern, escaped = "", False
    for char in name:
        if escaped:
            pattern += re.escape(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "%":
            pattern += ".*"
        elif char == "_":
            pattern += "."
        else:
            pattern += re.escape(char)
    return re.compile(f"^{pattern}$", re.I)


def whole_databases(grants: list[str]) -> list[re.Pattern[str]]:
    """Patterns of the databases the user may read whole, from the lines of ``SHOW GRANTS``:
    a global or database-level grant of SELECT (or ALL), not one on tables or columns."""
    whole: list[re.Pattern[str]] = []
    for line in grants:
        match = _GRANT.match(line.strip())
        if match is None or not _READ.search(match.group("privileges").split(" ON ")[0]):
            continue
        database, _, table = match.group("target").partition(".")
        if table == "*" and "(" not in match.group("privileges"):
            whole.append(_database_pattern(database))
    return whole


def partially_granted(connection: Connection, schemas: tuple[str, ...]) -> list[str]:
    """The scanned databases the user may read only table by table (or not at all)."""
    rows = connection.execute(text("SHOW GRANTS")).all()
    whole = whole_databases([str(row[0]) for row in rows])
    return [s for s in schemas if not any(pattern.match(s) for pattern in whole)]

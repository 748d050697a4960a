"""How connectors name the files they read, so outputs do not depend on where a folder sits."""

from __future__ import annotations

from pathlib import Path


def sqlite_url(path: Path) -> str:
    """The URL of a SQLite file, relative to the working folder when it lies inside it.

    Outputs then name ``sample_feeds/lis.sqlite`` rather than where the folder happens to sit.
    """
    resolved = path.resolve()
    try:
        return f"sqlite:///{resolved.relative_to(Path.cwd()).as_posix()}"
    except ValueError:
        return f"sqlite:///{resolved.as_posix()}"

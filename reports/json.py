"""``assessment.json`` and ``inventory.json``: the model as JSON, the same bytes for the same model.

Keys sorted, UTF-8 kept as is, one newline at the end. Each top-level key and each item of a
top-level list (a system, a store, a flow, a finding) is one line, the rest of it compact: the
files stay readable with ``grep``, ``jq`` and a line diff, and the whole of them is written by
CPython's C encoder (an indented dump goes through its pure-Python encoder, about ten times
slower: seconds for a large database's inventory). ``Assessment.from_dict(json.loads(...))`` and
``Inventory.from_dict(json.loads(...))`` give them back, as they do files written indented by
earlier versions.
"""

from __future__ import annotations

import json
from typing import Any

from assessor.gc_pause import collector_paused
from assessor.model import Assessment, Inventory
from reports.interface import ReportFormat

_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(", ", ": ")).encode


def json_bytes(model: Inventory | Assessment) -> bytes:
    """``model.to_dict()`` as UTF-8 JSON: one line per top-level key and top-level list item."""
    with collector_paused():
        return layout(model.to_dict()).encode("utf-8")


def layout(data: Any) -> str:
    """JSON text of plain ``data``, keys sorted, one line per top-level key and list item."""
    if not isinstance(data, dict) or not data:
        return _ENCODE(data) + "\n"
    lines = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, list) and value:
            items = ",\n    ".join(map(_ENCODE, value))
            lines.append(f"  {_ENCODE(key)}: [\n    {items}\n  ]")
        else:
            lines.append(f"  {_ENCODE(key)}: {_ENCODE(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


class JsonReport(ReportFormat):
    """The machine-readable assessment, for other tools and for ``assessor report``."""

    name = "json"
    filename = "assessment.json"

    def render(self, assessment: Assessment) -> bytes:
        """The whole assessment, laid out as :func:`json_bytes` says."""
        return json_bytes(assessment)

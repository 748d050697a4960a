"""``assessment.json`` and ``inventory.json``: the model as JSON, the same bytes for the same model.

Keys sorted, UTF-8 kept as is, one newline at the end. Objects are written a key per line, and
so are the objects in them, down to the first list; each item of such a list (a system, a store,
a flow, a finding) is one line. The files stay readable with ``grep``, ``jq`` and a line diff,
and almost all of them is written by CPython's C encoder: an indented dump goes through its
pure-Python encoder, about ten times slower (seconds for a large database's inventory).
``Assessment.from_dict(json.loads(...))`` and ``Inventory.from_dict(json.loads(...))`` give
them back, as they do files written indented by earlier versions.
"""

from __future__ import annotations

import json
from typing import Any

from assessor.gc_pause import collector_paused
from assessor.model import Assessment, Inventory
from assessor.reports.interface import ReportFormat
from assessor.serialization import plain_one_level

# ``default`` turns a model object into plain data one level at a time, so the C encoder
# writes a list item straight from the model rather than from a plain copy built first. No
# circular check: the model is a tree of frozen dataclasses that holds no cycle, and the
# check costs a dictionary entry per object written (a seventh of a large inventory's
# writing time).
_ENCODE = json.JSONEncoder(
    sort_keys=True,
    ensure_ascii=False,
    separators=(", ", ": "),
    default=plain_one_level,
    check_circular=False,
).encode


LONG_LIST = 100  # items in a list worth encoding one by one (see _encode_item)


def json_bytes(model: Inventory | Assessment) -> bytes:
    """``model.to_dict()`` as UTF-8 JSON, laid out as :func:`layout` says."""
    with collector_paused():
        return (layout(model) + "\n").encode("utf-8")


def layout(data: Any, indent: str = "") -> str:
    """JSON text of ``data`` (plain data or model objects), keys sorted: an object a key per
    line, and so on down to the first list, each item of which is one line."""
    data = _one_level(data)
    inner = indent + "  "
    if isinstance(data, dict) and data:
        lines = [f"{inner}{_ENCODE(key)}: {layout(data[key], inner)}" for key in sorted(data)]
        return "{\n" + ",\n".join(lines) + f"\n{indent}}}"
    if isinstance(data, list | tuple) and data:
        return "[\n" + inner + f",\n{inner}".join(map(_encode_item, data)) + f"\n{indent}]"
    return _ENCODE(data)


def _encode_item(item: Any) -> str:
    """``_ENCODE(item)``, the same text, written a long list at a time when the item holds one
    (a store's thousands of tables): the C encoder gathers a whole item's pieces before joining
    them, which for a 10 MB store costs half as much again as encoding its tables one by one."""
    plain = _one_level(item)
    if not isinstance(plain, dict) or not any(
        isinstance(value, list | tuple) and len(value) >= LONG_LIST for value in plain.values()
    ):
        return _ENCODE(item)
    return (
        "{"
        + ", ".join(f"{_ENCODE(key)}: {_encode_value(plain[key])}" for key in sorted(plain))
        + "}"
    )


def _encode_value(value: Any) -> str:
    if isinstance(value, list | tuple) and len(value) >= LONG_LIST:
        return "[" + ", ".join(map(_ENCODE, value)) + "]"
    return _ENCODE(value)


def _one_level(value: Any) -> Any:
    """Plain data as it is; a model object as plain data one level deep."""
    if isinstance(value, dict | list | tuple | str | int | float | bool | None):
        return value
    return plain_one_level(value)


class JsonReport(ReportFormat):
    """The machine-readable assessment, for other tools and for ``assessor report``."""

    name = "json"
    filename = "assessment.json"

    def render(self, assessment: Assessment) -> bytes:
        """The whole assessment, laid out as :func:`json_bytes` says."""
        return json_bytes(assessment)

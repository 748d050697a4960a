"""``interface-spec.csv`` and ``interface-spec.md``: each HL7 v2 feed's observed specification.

Asked for with ``--format spec-csv`` / ``--format spec-md``. One row per field of every segment a
feed sent (fields the standard defines but the feed never filled are ``X``), so the team building
a replacement interface starts from what the feed really does. Names come from feeds: the CSV
defuses formula cells and the Markdown escapes every cell.
"""

from __future__ import annotations

import csv
import io
from dataclasses import astuple, fields
from itertools import groupby

from assessor.interface_spec import SpecRow, inventory_spec
from assessor.model import Assessment
from assessor.reports.csv import safe_cell
from assessor.reports.interface import ReportFormat
from assessor.reports.markdown import md

COLUMNS = tuple(f.name for f in fields(SpecRow))


class SpecCsvReport(ReportFormat):
    """Every profiled feed's fields, one CSV row each (RFC 4180, CRLF, UTF-8)."""

    name = "spec-csv"
    filename = "interface-spec.csv"

    def render(self, assessment: Assessment) -> bytes:
        """The CSV as bytes."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in inventory_spec(assessment.inventory):
            writer.writerow(safe_cell(_cell(v)) for v in astuple(row))
        return out.getvalue().encode("utf-8")


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return f"{value:.4g}"
    return value


_USAGE_WORDS = "R: filled in every occurrence; RE: filled in some; X: never filled."


class SpecMarkdownReport(ReportFormat):
    """One section per feed: its segments, then a table of the fields it populates."""

    name = "spec-md"
    filename = "interface-spec.md"

    def render(self, assessment: Assessment) -> bytes:
        """The Markdown as bytes."""
        lines = [
            "# Observed HL7 v2 interface specifications",
            "",
            f"Usage as observed — {_USAGE_WORDS} Standard usage and datatypes as the HL7 "
            "v2-to-FHIR IG's tables give them; counts only, never a value.",
        ]
        rows = inventory_spec(assessment.inventory)
        for feed, group in groupby(rows, key=lambda r: r.feed):
            members = list(group)
            first = members[0]
            lines += [
                "",
                f"## {md(first.sender)} → {md(first.receiver)} ({md(feed)})",
                "",
                f"Message types: {md(first.message_types)}",
                "",
                "| segment | field | name | datatype | standard | observed | cardinality "
                "| filled | coding systems |",
                "|---|---|---|---|---|---|---|---|---|",
            ]
            for r in members:
                if r.usage == "X":
                    continue
                segment = f"{r.segment} (Z)" if r.z_segment else r.segment
                lines.append(
                    f"| {md(segment)} {r.segment_usage} | {md(r.field)} | {md(r.name)} "
                    f"| {md(r.datatype)} | {r.standard_usage} | {r.usage} | {r.cardinality} "
                    f"| {r.fill_rate:.0%} | {md(r.coding_systems)} |"
                )
            unused = [r.field for r in members if r.usage == "X" and r.standard_usage == "R"]
            if unused:
                lines += ["", f"Required by the standard, never filled: {md(', '.join(unused))}"]
        if not rows:
            lines += ["", "No HL7 v2 feed was profiled."]
        return ("\n".join(lines) + "\n").encode("utf-8")

"""``blockers.csv``: the ranked blockers, one row per scored component, for a spreadsheet.

What the user switched off changes these numbers, so it travels in the same table rather than in
a comment block (which a spreadsheet would read as data) or a second file (easily left behind):
after the ranked rows, one row per exclusion with an empty rank, ``component_type``
``excluded-rule`` or ``excluded-component``, and the reason in ``excluded_because``.

Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab
or carriage return) are prefixed with an apostrophe: names come from feeds and schemas, outside
the trust boundary.
"""

from __future__ import annotations

import csv
import io

from assessor.model import Assessment
from assessor.reports._facts import DIMENSIONS, build_facts
from assessor.reports.interface import ReportFormat

COLUMNS = (
    "rank",
    "component",
    "component_type",
    "name",
    "kind",
    "priority",
    *(f"dim_{d}" for d in DIMENSIONS),
    "criticality",
    "confidence_evidence_coverage",
    "is_hub",
    "use_cases_blocked",
    "disposition",
    "effort",
    "findings",
    "top_finding",
    "fhir_grade",
    "fhir_sample_valid",
    "excluded_because",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell as text, defused if a spreadsheet would evaluate it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4g}"


def fhir_grades(assessment: Assessment) -> dict[str, str]:
    """FHIR-readiness grade of a feed, and of a system the worst among the feeds it sends."""
    flows = {f.id: f for f in assessment.inventory.flows}
    grades: dict[str, str] = {}
    for m in assessment.fhir_mappability:
        if m.grade not in ("A", "B", "C", "D"):
            continue
        grades[m.flow] = m.grade
        sender = flows[m.flow].source if m.flow in flows else ""
        if sender:
            grades[sender] = max(grades.get(sender, m.grade), m.grade)
    return grades


def fhir_samples(assessment: Assessment) -> dict[str, str]:
    """Whether a feed's FHIR sample bundle validates ("yes"/"no"); a sender: "no" if any fails."""
    flows = {f.id: f for f in assessment.inventory.flows}
    verdicts: dict[str, str] = {}
    for m in assessment.fhir_mappability:
        if m.sample_valid is None:
            continue
        verdict = "yes" if m.sample_valid else "no"
        verdicts[m.flow] = verdict
        sender = flows[m.flow].source if m.flow in flows else ""
        if sender:
            verdicts[sender] = "no" if "no" in (verdicts.get(sender), verdict) else "yes"
    return verdicts


class CsvReport(ReportFormat):
    """Ranked blockers as CSV (RFC 4180, CRLF line ends, UTF-8)."""

    name = "csv"
    filename = "blockers.csv"

    def render(self, assessment: Assessment) -> bytes:
        """A header row, then one row per component in blocking order."""
        facts = build_facts(assessment)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        grades = fhir_grades(assessment)
        samples = fhir_samples(assessment)
        for b in facts.blockers:
            s = b.score
            findings = facts.findings_by_component.get(s.component, ())
            writer.writerow(
                [
                    b.rank,
                    safe_cell(s.component),
                    s.component_type,
                    safe_cell(s.name),
                    safe_cell(b.kind),
                    _number(s.priority),
                    *(_number(s.dimensions.get(d)) for d in DIMENSIONS),
                    _number(s.criticality),
                    _number(s.confidence),
                    "yes" if s.is_hub else "no",
                    safe_cell(";".join(s.use_cases_blocked)),
                    s.disposition,
                    s.effort,
                    len(findings),
                    safe_cell(b.top_finding.title if b.top_finding else ""),
                    grades.get(s.component, ""),
                    samples.get(s.component, ""),
                    "",
                ]
            )
        for x in sorted(assessment.exclusions, key=lambda x: (x.kind, x.target)):
            row = dict.fromkeys(COLUMNS, "")
            row["component_type"] = f"excluded-{x.kind}"
            row["component"] = safe_cell(x.target)
            row["name"] = safe_cell(x.target if x.kind == "rule" else facts.name(x.target))
            row["excluded_because"] = safe_cell(x.reason)
            writer.writerow(row.values())
        return out.getvalue().encode("utf-8")

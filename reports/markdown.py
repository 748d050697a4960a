"""``summary.md``: the executive summary as Markdown, for an email or a wiki page.

Names from feeds and schemas are escaped twice over: ``<``, ``>`` and ``&`` become entities (a
wiki would otherwise render raw HTML such as ``<script>``) and Markdown's own punctuation is
backslash-escaped so a name cannot turn into a link, a table cell or emphasis.
"""

from __future__ import annotations

import re

from assessor.model import Assessment
from assessor.reports._facts import STATUS_LABELS, Facts, build_facts, percent
from assessor.reports._sections import (
    fund_first,
    headline,
    matrix,
    timeline,
)
from assessor.reports._words import ESTATE_CONFIDENCE, action_verb, band_words, wave_title
from assessor.reports.interface import ReportFormat

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|~])")  # brackets escaped, so "(" cannot form a link


def _lower(verb: str) -> str:
    """``Encrypt`` -> ``encrypt`` inside a sentence."""
    return verb[:1].lower() + verb[1:]


def md(text: object) -> str:
    """Text safe to put anywhere in a Markdown line, table cells included."""
    s = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = " ".join(s.split())  # no newline can end a table row or start a block
    return _MD_SPECIAL.sub(r"\\\1", s)


def _exclusion_lines(assessment: Assessment, facts: Facts) -> list[str]:
    """What the user switched off, with why, right under the numbers it changes."""
    if not assessment.exclusions:
        return []
    lines = ["**Left out of these numbers:**", ""]
    for x in sorted(assessment.exclusions, key=lambda x: (x.kind, x.target)):
        what = (
            f"rule {md(x.target)} switched off"
            if x.kind == "rule"
            else f"component {md(facts.name(x.target))} left out of the ranking"
        )
        lines.append(f"- {what}: {md(x.reason or 'no reason given')}")
    return [*lines, ""]


class MarkdownReport(ReportFormat):
    """The two-minute summary: readiness, top blockers, what to fund, use cases, waves."""

    name = "markdown"
    filename = "summary.md"

    def render(self, assessment: Assessment) -> bytes:
        """The summary as UTF-8 Markdown."""
        facts = build_facts(assessment)
        c = facts.counts
        a = assessment
        inv = a.inventory
        refs = "; ".join(f"{md(k)} {md(v)}" for k, v in sorted(a.reference_data.items()))
        lines = [
            f"# AI readiness of {md(inv.estate_name or 'the estate')}",
            "",
            f"_Generated {md(a.generated_at[:10] or 'date not recorded')} by assessor "
            f"{md(a.tool_version or 'version not recorded')} from {len(inv.scan.sources)} inputs "
            f"({c.scan_errors} read errors). Reference data: {refs or 'none recorded'}._",
            "",
            f"**{md(headline(facts))}**",
            "",
            "| Headline | Value |",
            "|---|---|",
            f"| Overall AI readiness | {percent(a.overall_readiness)}, "
            f"{md(band_words(a.overall_band))} "
            f"(confidence {percent(a.overall_confidence)}: {ESTATE_CONFIDENCE}) |",
            f"| AI use cases ready / blocked / unknown | {c.use_cases_ready} / "
            f"{c.use_cases_blocked} / {c.use_cases_unknown} |",
            f"| Systems | {c.systems} |",
            f"| Data flows | {c.flows} |",
            f"| Flows carrying patient data without TLS | {c.phi_flows_without_tls}"
            f" (+{c.phi_flows_tls_unknown} TLS unknown) |",
            f"| Systems past end of vendor support | {c.end_of_support} |",
            f"| Systems seen on the wire but not declared | {c.undeclared_systems} |",
            f"| Findings | {c.findings} |",
            "",
            *_exclusion_lines(a, facts),
            "## What blocks us",
            "",
        ]
        if facts.top:
            lines += [f"{b.rank}. {md(b.plain)}" for b in facts.top]
        else:
            lines.append("No component blocks an AI use case: nothing was ranked.")
        lines += ["", "## Fund first", ""]
        first = fund_first(facts)
        if first is None:
            lines.append("No roadmap: no component needs to change.")
        else:
            critical = " (on the critical path)" if first.wave.on_critical_path else ""
            lines.append(
                f"**{md(wave_title(first.wave))}**{critical}, "
                f"{first.wave.effort_points} person-days"
                + (
                    f", after {first.before_actions} actions in earlier waves."
                    if first.before
                    else "."
                )
            )
            lines.append("")
            lines += [
                f"- {md(action_verb(act, first.wave.number == 0))} {md(name)}"
                f" (effort {md(act.effort)})"
                for act, name in first.actions
            ]
            if first.unlocks:
                lines += ["", f"Unlocks: {md(', '.join(first.unlocks))}."]
        lines += ["", "## AI use cases", ""]
        m = matrix(facts)
        if m.rows:
            lines += ["| Use case | Status | Blocked by | Ready after |", "|---|---|---|---|"]
            for row in m.rows:
                st = row.readiness.status
                blockers = ", ".join(facts.name(b.component) for b in row.readiness.blocked_by)
                after = (
                    "now"
                    if st == "ready"
                    else f"wave {row.unlocked_by}"
                    if row.unlocked_by is not None
                    else "—"
                )
                lines.append(
                    f"| {md(row.name)} | {md(STATUS_LABELS.get(st, st))} | {md(blockers) or '—'}"
                    f" | {after} |"
                )
        else:
            lines.append("Not applicable: no AI use cases were assessed.")
        lines += ["", "## Roadmap", ""]
        waves = timeline(facts)
        if waves:
            for t in waves:
                crit = ", critical path" if t.wave.on_critical_path else ""
                if t.wave.starts:
                    crit = f", {t.wave.starts} to {t.wave.ends}{crit}"
                unlocks = f" Unlocks: {md(', '.join(t.unlocks))}." if t.unlocks else ""
                quick = t.wave.number == 0
                actions = "; ".join(
                    f"{md(_lower(action_verb(act, quick)))} {md(name)}" for act, name in t.actions
                )
                lines.append(
                    f"- **{md(wave_title(t.wave))}** ({t.wave.effort_points} "
                    f"person-days{crit}): {actions or 'no actions'}.{unlocks}"
                )
        else:
            lines.append("Not applicable: no component needs to change.")
        lines += [
            "",
            "_The full report (roadmap.html) holds the evidence for every finding. "
            "No patient value appears in this summary._",
            "",
        ]
        return "\n".join(lines).encode("utf-8")

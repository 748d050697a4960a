"""The HTML report: one self-contained file a CIO reads in two minutes and an architect drills into.

Jinja2 templates from ``reports/templates`` with autoescape on and ``StrictUndefined``: every
name and comment that came from a feed or a schema is escaped where it is written, in HTML
text, attributes and SVG alike. CSS, SVG and the small sort/filter script are inline; no
element refers to anything outside the file, so it opens from an email attachment offline.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from assessor.fhir_mapping import GRADE_WORDS, GRADES, samples_valid
from assessor.model import Assessment
from assessor.reports._engine_facts import NODE_H as ENGINE_NODE_H
from assessor.reports._engine_facts import NODE_W as ENGINE_NODE_W
from assessor.reports._engine_facts import days, engine_efforts, engine_sections
from assessor.reports._facts import (
    DIMENSION_LABELS,
    DIMENSIONS,
    STATUS_LABELS,
    build_facts,
    percent,
)
from assessor.reports._flowmap import GROUP_ABOVE, build_flow_map
from assessor.reports._layout import NODE_H, NODE_W
from assessor.reports._links import unlink_missing
from assessor.reports._markup import rst_to_html
from assessor.reports._sections import (
    components,
    fhir_reads,
    fund_first,
    headline_parts,
    matrix,
    path_to_ready,
    rule_docs,
    skills_matrix,
    skills_plan,
    timeline,
    unobserved,
)
from assessor.reports._strip import strip
from assessor.reports._words import (
    COMPONENT_CONFIDENCE,
    ESTATE_CONFIDENCE,
    action_verb,
    plain_words,
    wave_title,
)
from assessor.reports.interface import ReportFormat, RuleDoc


def anchor(component: str) -> str:
    """A stable, markup-safe element id for a component id of any shape."""
    return "c-" + hashlib.sha1(component.encode("utf-8")).hexdigest()[:12]


def _number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "n/o"
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def make_environment() -> Environment:
    """The Jinja2 environment the report is rendered with: autoescape, strict undefined."""
    env = Environment(
        loader=PackageLoader("assessor.reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pct"] = percent
    env.filters["num"] = _number
    env.filters["anchor"] = anchor
    env.filters["wave_title"] = wave_title
    env.filters["days"] = days
    env.filters["rst"] = rst_to_html
    env.filters["plain"] = plain_words
    env.globals["action_verb"] = action_verb
    env.globals["estate_confidence"] = ESTATE_CONFIDENCE
    env.globals["component_confidence"] = COMPONENT_CONFIDENCE
    env.globals["zip"] = zip
    return env


class HtmlReport(ReportFormat):
    """``roadmap.html``: the executive summary, blockers, flow map, roadmap and evidence."""

    name = "html"
    filename = "roadmap.html"

    def __init__(
        self,
        rules: Sequence[RuleDoc] | None = None,
        group_above: int = GROUP_ABOVE,
        appendix: bool = True,
    ) -> None:
        """``rules`` documents the appendix; without it the rule catalog is imported if present.

        ``appendix=False`` leaves out everything after the executive pages (summary, use-case
        readiness, ranked blockers, roadmap): the flow map, engine, FHIR, skills, drill-downs and
        methodology, for a short printout.
        """
        self.rules = rules
        self.group_above = group_above
        self.appendix = appendix

    def _rules(self) -> Sequence[RuleDoc] | None:
        if self.rules is not None:
            return self.rules
        try:  # the catalog lives in the assessor core; a report must still render without it
            from assessor.rules import all_rules  # type: ignore[import-not-found]

            return tuple(all_rules())
        except Exception:
            return None

    def context(self, assessment: Assessment) -> dict[str, Any]:
        """Everything the templates read, computed without changing the assessment."""
        facts = build_facts(assessment)
        engines = engine_sections(assessment)
        ranks = {b.score.component: b.rank for b in facts.blockers}
        rules = self._rules()
        return {
            "a": assessment,
            "inv": assessment.inventory,
            "facts": facts,
            "counts": facts.counts,
            "dimensions": DIMENSIONS,
            "dimension_labels": DIMENSION_LABELS,
            "status_labels": STATUS_LABELS,
            "flow_map": build_flow_map(
                assessment.inventory,
                ranks,
                facts.as_of,
                group_above=self.group_above,
                inferred_phi=frozenset(facts.inferred_phi),
            ),
            "node_w": NODE_W,
            "node_h": NODE_H,
            "matrix": matrix(facts),
            "timeline": timeline(facts),
            "strip": strip(assessment.waves),
            "appendix": self.appendix,
            "fund_first": fund_first(facts),
            "headline": headline_parts(facts),
            "path_to_ready": path_to_ready(facts),
            "skills": skills_plan(facts),
            "skills_matrix": skills_matrix(skills_plan(facts)),
            "rules": rule_docs(facts, rules),
            "rule_names": {r.id: r.name for r in rules or ()},
            "unobserved": unobserved(facts),
            "components": components(facts),
            "fhir_feeds": [(facts.name(m.flow), m) for m in assessment.fhir_mappability],
            "fhir_grades": GRADES,
            "fhir_grade_words": GRADE_WORDS,
            "fhir_samples": samples_valid(assessment.fhir_mappability),
            "fhir_reads": fhir_reads(facts),
            "engines": engines,
            "engine_effort": engine_efforts(engines),
            "engine_node_w": ENGINE_NODE_W,
            "engine_node_h": ENGINE_NODE_H,
        }

    def render(self, assessment: Assessment) -> bytes:
        """The whole report as UTF-8 bytes."""
        template = make_environment().get_template("report.html.j2")
        return unlink_missing(template.render(self.context(assessment))).encode("utf-8")

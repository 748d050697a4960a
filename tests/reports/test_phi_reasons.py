"""The component drill-down says why each column is PHI: class, confidence and reasons."""

from __future__ import annotations

from dataclasses import replace

from assessor.model import Assessment
from assessor.reports.html import HtmlReport


def _with_reasons(assessment: Assessment) -> Assessment:
    """The estate with one column's mark carrying reasons, one with markup in it."""
    store = assessment.inventory.stores[0]
    table = store.tables[0]
    column = next(c for c in table.columns if c.phi)
    mark = replace(
        column.phi[0],
        reasons=("tokens: dob text", "linked: visit.patient_id -> patient (<b>declared</b>)"),
    )
    table = replace(
        table,
        columns=tuple(replace(c, phi=(mark,)) if c is column else c for c in table.columns),
    )
    store = replace(store, tables=(table, *store.tables[1:]))
    inventory = replace(assessment.inventory, stores=(store, *assessment.inventory.stores[1:]))
    return replace(assessment, inventory=inventory)


def test_each_phi_mark_shows_its_reasons_escaped_in_the_drill_down(estate_assessment):
    html = HtmlReport(rules=()).render(_with_reasons(estate_assessment)).decode("utf-8")
    assert "tokens: dob text" in html
    assert "visit.patient_id -&gt; patient (&lt;b&gt;declared&lt;/b&gt;)" in html
    assert "<b>declared</b>" not in html


def test_a_mark_without_reasons_shows_its_signals(estate_assessment):
    html = HtmlReport(rules=()).render(estate_assessment).decode("utf-8")
    assert "name:dob" in html

"""Arrows on the flow map go around boxes: no arrow passes through a box it does not join."""

from __future__ import annotations

import pytest
from test_flow_map import estate

from assessor.model import Flow, Inventory, System
from assessor.reports._flowmap import GROUP_ABOVE, FlowMap, build_flow_map
from assessor.reports._layout import NODE_H, NODE_W


def _crossings(fm: FlowMap) -> list[tuple[str, str, str]]:
    """(source, target, box) for every point of an arrow strictly inside a box it does not join."""
    boxes = {n.id: (n.x, n.y) for n in fm.nodes}
    hits = []
    for e in fm.edges:
        assert e.points
        for x, y in e.points:
            for n, (bx, by) in boxes.items():
                if n in (e.source, e.target):
                    continue
                if bx + 1 < x < bx + NODE_W - 1 and by + 1 < y < by + NODE_H - 1:
                    hits.append((e.source, e.target, n))
    return sorted(set(hits))


def test_an_arrow_past_a_column_runs_between_its_rows_not_through_a_box() -> None:
    systems = tuple(System(s, s.upper()) for s in ("a", "b", "c", "d", "e"))
    flows = (Flow("1", "a", "b"), Flow("2", "b", "c"), Flow("3", "a", "c"), Flow("4", "d", "e"))
    fm = build_flow_map(Inventory(systems=systems, flows=flows), {}, "")
    long = next(e for e in fm.edges if (e.source, e.target) == ("a", "c"))
    assert " L" in long.path  # it takes a lane
    assert _crossings(fm) == []


@pytest.mark.parametrize("size", [(12, 30), (40, 120), (GROUP_ABOVE, 240), (200, 1000)])
def test_no_arrow_crosses_a_box_on_generated_estates(size: tuple[int, int]) -> None:
    fm = build_flow_map(estate(*size), {}, "")
    assert _crossings(fm) == []


@pytest.mark.parametrize("size", [(12, 30), (GROUP_ABOVE, 240)])
def test_every_arrow_stays_inside_the_drawing(size: tuple[int, int]) -> None:
    fm = build_flow_map(estate(*size), {}, "")
    points = [p for e in fm.edges for p in e.points]
    assert all(0 <= x <= fm.width and 0 <= y <= fm.height for x, y in points)

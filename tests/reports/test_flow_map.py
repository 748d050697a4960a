"""The flow-map layout: deterministic, legible up to 60 systems, grouped by kind beyond."""

from __future__ import annotations

import random
from dataclasses import replace
from itertools import combinations

from assessor.model import Flow, Inventory, PhiClass, System, Transport
from assessor.reports._flowmap import GROUP_ABOVE, GROUP_EDGES, build_flow_map
from assessor.reports._layout import NODE_H, NODE_W

KINDS = ("pas", "ehr", "lis", "ris", "pacs", "pharmacy", "billing", "scheduling", "document")


def estate(n_systems: int, n_flows: int, seed: int = 7) -> Inventory:
    """A hub-and-spoke estate with some point-to-point sprawl, like most hospitals."""
    rng = random.Random(seed)
    systems = [
        System("engine", "Interface engine", kind="interface engine", declared=True),
        System("dw", "Warehouse", kind="warehouse", declared=True),
        System("ai", "AI platform", kind="ai platform", declared=True),
    ]
    systems += [
        System(f"s{i:03d}", f"System {i}", kind=KINDS[i % len(KINDS)], declared=i % 7 != 0)
        for i in range(n_systems - 3)
    ]
    flows = [
        Flow("engine->dw", "engine", "dw", Transport.DATABASE, tls=True),
        Flow("dw->ai", "dw", "ai", Transport.FHIR, tls=True),
    ]
    ids = [s.id for s in systems[3:]]
    for i in range(n_flows - 2):
        a = rng.choice(ids)
        b = "engine" if rng.random() < 0.5 else rng.choice(ids)
        if rng.random() < 0.3:
            a, b = b, a
        if a == b:
            b = "engine"
        flows.append(
            Flow(
                f"f{i:04d}",
                a,
                b,
                Transport.MLLP,
                tls=rng.choice([True, False, None]),
                phi_classes=(PhiClass.MRN,) if rng.random() < 0.6 else (),
            )
        )
    return Inventory(systems=tuple(systems), flows=tuple(flows), ai_platform="ai")


def test_layout_is_the_same_whatever_the_input_order() -> None:
    inv = estate(40, 120)
    shuffled = replace(inv, systems=inv.systems[::-1], flows=inv.flows[::-1])
    assert build_flow_map(inv, {}, "") == build_flow_map(shuffled, {}, "")


def test_sources_are_left_of_what_they_feed_and_the_ai_platform_is_rightmost() -> None:
    inv = Inventory(
        systems=(
            System("ai", "AI", kind="ai platform"),
            System("pas", "PAS", kind="pas"),
            System("engine", "Engine", kind="interface engine"),
            System("dw", "Warehouse", kind="warehouse"),
        ),
        flows=(
            Flow("1", "pas", "engine"),
            Flow("2", "engine", "dw"),
            Flow("3", "dw", "ai"),
        ),
    )
    x = {n.id: n.x for n in build_flow_map(inv, {}, "").nodes}
    assert x["pas"] < x["engine"] < x["dw"] < x["ai"]


def test_a_cycle_is_drawn_without_losing_a_node_or_an_edge() -> None:
    inv = Inventory(
        systems=(System("a", "A"), System("b", "B"), System("c", "C")),
        flows=(Flow("1", "a", "b"), Flow("2", "b", "c"), Flow("3", "c", "a")),
    )
    fm = build_flow_map(inv, {}, "")
    assert len(fm.nodes) == 3 and len(fm.edges) == 3


def test_no_two_boxes_overlap_at_sixty_systems() -> None:
    fm = build_flow_map(estate(GROUP_ABOVE, 240), {}, "")
    assert not fm.grouped and len(fm.nodes) == GROUP_ABOVE
    for a, b in combinations(fm.nodes, 2):
        apart = abs(a.x - b.x) >= NODE_W or abs(a.y - b.y) >= NODE_H
        assert apart, (a.id, b.id)


def test_every_box_lies_inside_the_drawing() -> None:
    fm = build_flow_map(estate(GROUP_ABOVE, 240), {}, "")
    assert all(n.x >= 0 and n.x + NODE_W <= fm.width for n in fm.nodes)
    assert all(n.y >= 0 and n.y + NODE_H <= fm.height for n in fm.nodes)


def test_sixty_systems_stay_readable_at_report_width() -> None:
    fm = build_flow_map(estate(GROUP_ABOVE, 240), {}, "")
    assert fm.width <= 2 * 1320 and fm.height <= 1200


def test_above_sixty_systems_the_map_groups_systems_by_kind() -> None:
    fm = build_flow_map(estate(GROUP_ABOVE + 1, 240), {}, "")
    assert fm.grouped
    assert sorted(n.kind for n in fm.nodes) == sorted(
        {*KINDS, "interface engine", "warehouse", "ai platform"}
    )
    assert sum(n.members for n in fm.nodes) == GROUP_ABOVE + 1


def test_grouped_edges_count_the_flows_they_stand_for() -> None:
    inv = estate(200, 1000)
    fm = build_flow_map(inv, {}, "")
    internal = sum(n.internal_flows for n in fm.nodes)
    assert sum(e.flows for e in fm.edges) + internal + fm.hidden_flows == len(inv.flows)


def test_edges_carry_risk_from_phi_and_tls() -> None:
    inv = Inventory(
        systems=(System("a", "A"), System("b", "B"), System("c", "C"), System("d", "D")),
        flows=(
            Flow("1", "a", "b", tls=False, phi_classes=(PhiClass.NAME,)),
            Flow("2", "a", "c", tls=None, phi_classes=(PhiClass.NAME,)),
            Flow("3", "a", "d", tls=False),
        ),
    )
    risk = {e.target: e.risk for e in build_flow_map(inv, {}, "").edges}
    assert risk == {"b": "high", "c": "medium", "d": "low"}


def test_a_grouped_map_draws_at_most_group_edges_arrows_and_counts_the_rest() -> None:
    fm = build_flow_map(estate(500, 3000), {}, "")
    assert len(fm.edges) <= GROUP_EDGES
    assert fm.hidden_edges > 0 and fm.hidden_flows > 0


def test_a_grouped_map_keeps_the_arrows_into_the_ai_platform() -> None:
    fm = build_flow_map(estate(500, 3000), {}, "")
    assert any(e.target == "kind:ai platform" for e in fm.edges)

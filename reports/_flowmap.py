"""The data-flow map laid out in pure Python, for the HTML report to draw as inline SVG.

Systems become boxes and bundles of flows arrows, laid out by ``assessor.reports._layout`` with the
AI platform pinned to the last column; every tie is broken by id, so the same estate always gives
the same picture. Above ``GROUP_ABOVE`` systems one box stands for every system of a kind and
only the busiest connections are drawn, so 500 systems stay a readable map of a dozen boxes;
the flow table beside it still lists every flow.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from assessor.model import Flow, Inventory
from assessor.reports._facts import is_phi_without_tls
from assessor.reports._layout import (
    NODE_H,
    NODE_W,
    STORE_WORDS,
    longest_path_layers,
    order_columns,
    role_layers,
)
from assessor.reports._routing import Grid, Point, route
from assessor.reports._textfit import ellipsize, text_width, wrap

GROUP_ABOVE = 60
COL_PITCH, ROW_PITCH = 250, 84  # the gap between rows is where arrows run
MAX_ROWS = 12  # a taller column is folded into sub-columns
FOLD_GAP = 30  # between the sub-columns of a folded column
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 24, 40, 24
NAME_PX, KIND_PX, BADGE_PX = 13, 11, 11  # font sizes of a box's name, kind and rank badge
PAD = 8  # inside a box, left and right
RANK_ROOM = 16  # the rank badge sits on the top-right corner: the first lines keep clear of it
EOS_ROOM = 44  # the EOS badge sits bottom-right: the kind line keeps clear of it
AI_KINDS = frozenset({"ai platform", "ai-platform", "ai"})
GROUP_EDGES = 24  # arrows drawn between kinds; the rest are counted and left to the table


@dataclass(frozen=True)
class MapNode:
    """A box on the map: one system, or every system of one kind when grouped."""

    id: str
    label: str  # the full name (``lines`` is what fits the box)
    title: str  # the full text, shown on hover and read by screen readers
    kind: str
    x: float
    y: float
    declared: bool = True
    end_of_support: bool = False
    rank: int | None = None  # blocking rank when in the top ten
    members: int = 1
    internal_flows: int = 0
    ai: bool = False
    subtitle: str = ""  # the kind line below the name, fitted to the box
    lines: tuple[str, ...] = ()  # the name wrapped to the box's width, at most two lines
    badge_r: float = 12.0  # radius of the rank badge, wide enough for its number


def fit_name(text: str, ranked: bool) -> tuple[str, ...]:
    """A box's name in at most two lines inside the box, clear of a rank badge."""
    return wrap(text, NODE_W - 2 * PAD - (RANK_ROOM if ranked else 0), NAME_PX)


def fit_kind(text: str, eos: bool) -> str:
    """A box's kind line inside the box, clear of an EOS badge."""
    return ellipsize(text, NODE_W - 2 * PAD - (EOS_ROOM if eos else 0), KIND_PX)


def badge_radius(rank: int | None) -> float:
    """A rank badge's radius: its ``#n`` fits inside the circle with a little room."""
    if rank is None:
        return 12.0
    return max(12.0, text_width(f"#{rank}", BADGE_PX) / 2 + 3)


@dataclass(frozen=True)
class MapEdge:
    """An arrow: one or more flows between two boxes, marked by risk and PHI."""

    source: str
    target: str
    path: str  # SVG path data
    risk: str  # high (PHI without TLS) | medium (PHI, TLS unknown) | low
    tls: str  # yes | no | unknown | mixed
    phi: bool
    flows: int
    title: str
    label_x: float
    label_y: float
    weight: float = 1.5  # stroke width
    points: tuple[Point, ...] = ()  # along the path, in order: where it runs, for checking


@dataclass(frozen=True)
class FlowMap:
    """Everything the SVG template needs, in drawing order."""

    width: int
    height: int
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    grouped: bool
    columns: int
    hidden_edges: int = 0  # connections between kinds not drawn (grouped maps only)
    hidden_flows: int = 0  # the flows those connections stand for


def _risk(flows: list[Flow], inferred: frozenset[str] = frozenset()) -> tuple[str, str, bool]:
    phi = any(f.phi_classes or f.id in inferred for f in flows)
    tls_values = {f.tls for f in flows}
    words = {True: "yes", False: "no", None: "unknown"}
    tls = words[tls_values.pop()] if len(tls_values) == 1 else "mixed"
    if any(is_phi_without_tls(f, inferred) for f in flows):
        return "high", tls, phi
    if any(f.phi_classes and f.tls is None for f in flows):
        return "medium", tls, phi
    return "low", tls, phi


def _inside_a_box(x: float, y: float, boxes: list[tuple[float, float]], room: float) -> bool:
    return any(
        bx - room <= x <= bx + NODE_W + room and by - room <= y <= by + NODE_H + room
        for bx, by in boxes
    )


def _badge_point(points: tuple[Point, ...], boxes: list[tuple[float, float]], at: float) -> Point:
    """The point along an arrow nearest ``at`` (0..1) where its badge covers no box."""
    middle = round(at * (len(points) - 1))
    order = sorted(range(len(points)), key=lambda i: (abs(i - middle), i))
    for i in order:
        if not _inside_a_box(*points[i], boxes, 12):
            return points[i]
    return points[middle]


def build_flow_map(
    inventory: Inventory,
    ranks: dict[str, int],
    as_of: str,
    group_above: int = GROUP_ABOVE,
    inferred_phi: frozenset[str] = frozenset(),
) -> FlowMap:
    """Lay out the estate's systems and flows; grouped by kind above ``group_above`` systems.

    ``inferred_phi`` names flows with no PHI seen that the rules found carrying PHI (an engine's
    outbound channels): they are marked as carrying it.
    """
    grouped = len(inventory.systems) > group_above
    systems = {s.id: s for s in inventory.systems}

    def key(sid: str) -> str:
        if not grouped:
            return sid
        return f"kind:{systems[sid].kind}" if sid in systems else "kind:unknown"

    node_ids = sorted({key(s) for s in systems})
    bundles: dict[tuple[str, str], list[Flow]] = defaultdict(list)
    internal: dict[str, int] = defaultdict(int)
    for flow in inventory.flows:
        a, b = key(flow.source), key(flow.target)
        for n in (a, b):
            if n not in node_ids:
                node_ids.append(n)  # a flow end that is not an inventory system
        if grouped and a == b:
            internal[a] += 1
        else:
            bundles[(a, b)].append(flow)
    node_ids = sorted(set(node_ids))

    def kind_of(n: str) -> str:
        if grouped:
            return n.removeprefix("kind:")
        return systems[n].kind if n in systems else "unknown"

    pinned = {n for n in node_ids if kind_of(n).lower() in AI_KINDS}
    if inventory.ai_platform:
        pinned.add(key(inventory.ai_platform))
    hidden_edges = hidden_flows = 0
    if grouped:
        layer = role_layers(node_ids, bundles, pinned & set(node_ids))
        rank_order = {"high": 0, "medium": 1, "low": 2}
        keep = sorted(
            bundles,
            key=lambda k: (
                not any(n in pinned or any(w in n for w in STORE_WORDS) for n in k),
                -len(bundles[k]),
                rank_order[_risk(bundles[k])[0]],
                k,
            ),
        )[:GROUP_EDGES]
        for k in [k for k in bundles if k not in keep]:
            hidden_edges += 1
            hidden_flows += len(bundles.pop(k))
    else:
        layer = longest_path_layers(node_ids, set(bundles), pinned & set(node_ids))
    columns: dict[int, list[str]] = defaultdict(list)
    for n in sorted(node_ids, key=lambda n: (kind_of(n), n)):
        columns[layer[n]].append(n)
    columns = order_columns(dict(columns), set(bundles))

    # Fold tall columns into sub-columns, then place.
    coords: dict[str, tuple[float, float]] = {}
    folded: set[str] = set()  # boxes in a column folded into sub-columns: narrow gaps beside them
    x = MARGIN_X
    tallest = 0
    for c in sorted(columns):
        col = columns[c]
        folds = math.ceil(len(col) / MAX_ROWS)
        rows = math.ceil(len(col) / folds)
        tallest = max(tallest, rows)
        for i, n in enumerate(col):
            coords[n] = (x + (i // rows) * (NODE_W + FOLD_GAP), (i % rows) * ROW_PITCH)
            if folds > 1:
                folded.add(n)
        x += COL_PITCH + (folds - 1) * (NODE_W + FOLD_GAP)
    # room below the last row for the lane arrows may run along
    height = MARGIN_TOP + (tallest - 1) * ROW_PITCH + NODE_H + MARGIN_BOTTOM + 16
    for c in sorted(columns):  # centre short columns vertically
        col = columns[c]
        rows = max(1, math.ceil(len(col) / math.ceil(len(col) / MAX_ROWS)))
        # Whole rows only, so every column shares the lanes between rows that arrows run along.
        offset = MARGIN_TOP + ((tallest - rows) // 2) * ROW_PITCH
        for n in col:
            coords[n] = (coords[n][0], coords[n][1] + offset)
    width = int(x - COL_PITCH + NODE_W + MARGIN_X * 2 + 40)

    nodes = []
    for n in node_ids:
        nx_, ny = coords[n]
        if grouped:
            kind = kind_of(n)
            members = [s for s in inventory.systems if s.kind == kind]
            eos = sum(1 for s in members if s.support_end and as_of and s.support_end[:10] <= as_of)
            undeclared = sum(1 for s in members if not s.declared)
            label = f"{kind} ×{len(members)}"
            title = f"{len(members)} systems of kind {kind}; {internal[n]} flows among them"
            if eos:
                title += f"; {eos} past end of support"
            if undeclared:
                title += f"; {undeclared} seen on the wire but not declared"
            facts = [f"{eos} EOS"] if eos else []
            facts += [f"{undeclared} undeclared"] if undeclared else []
            nodes.append(
                MapNode(
                    n,
                    label,
                    title,
                    kind,
                    nx_,
                    ny,
                    declared=undeclared * 2 <= len(members),
                    end_of_support=False,  # said in words on the second line instead
                    members=len(members),
                    internal_flows=internal[n],
                    ai=n in pinned,
                    subtitle=fit_kind(" · ".join(facts) or kind, False),
                    lines=fit_name(label, False),
                )
            )
            continue
        system = systems.get(n)
        name = system.name if system else n
        eos = bool(system and system.support_end and as_of and system.support_end[:10] <= as_of)
        title = f"{name} ({kind_of(n)})"
        if system and not system.declared:
            title += ", seen on the wire but not declared"
        if eos and system:
            title += f", support ended {system.support_end}"
        if n in ranks:
            title += f", blocker #{ranks[n]}"
        rank = ranks.get(n) if ranks.get(n, 99) <= 10 else None
        nodes.append(
            MapNode(
                n,
                name,
                title,
                kind_of(n),
                nx_,
                ny,
                declared=bool(system and system.declared),
                end_of_support=eos,
                rank=rank,
                ai=n in pinned,
                subtitle=fit_kind(
                    kind_of(n) + ("" if system and system.declared else " · undeclared"), eos
                ),
                lines=fit_name(name, rank is not None),
                badge_r=badge_radius(rank),
            )
        )

    def label_of(n: str) -> str:
        return kind_of(n) if grouped else (systems[n].name if n in systems else n)

    edges = []
    grid = Grid(MARGIN_TOP, ROW_PITCH, tallest, COL_PITCH, FOLD_GAP)
    boxes = list(coords.values())
    lanes: dict[int, int] = {}
    busiest = max([len(f) for f in bundles.values()] or [1])
    for (a, b), flows in sorted(bundles.items()):
        risk, tls, phi = _risk(flows, inferred_phi)
        routed = route(coords[a], coords[b], grid, lanes, a in folded, b in folded)
        path = routed.path
        lx, ly = _badge_point(routed.points, boxes, 0.2 if grouped else 0.5)
        single = flows[0].channel or flows[0].transport.value
        what = f"{len(flows)} flows" if len(flows) > 1 else single
        title = f"{label_of(a)} → {label_of(b)}: {what}; TLS {tls}"
        title += "; carries PHI" if phi else "; no PHI seen"
        weight = 1.5 + 4.5 * len(flows) / busiest if grouped else (3.5 if phi else 1.5)
        edges.append(
            MapEdge(a, b, path, risk, tls, phi, len(flows), title, lx, ly, weight, routed.points)
        )
    # Draw the riskiest last so they sit on top.
    order = {"low": 0, "medium": 1, "high": 2}
    edges.sort(key=lambda e: (order[e.risk], e.source, e.target))
    return FlowMap(
        width,
        int(height),
        tuple(nodes),
        tuple(edges),
        grouped,
        len(columns),
        hidden_edges,
        hidden_flows,
    )

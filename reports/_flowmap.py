"""The data-flow map laid out in pure Python, for the HTML report to draw as inline SVG.

A layered (Sugiyama-style) drawing: back edges found by a depth-first search in a fixed order
are set aside, every node gets the length of the longest path reaching it as its column, the
AI platform is pinned to the last column, and a few barycentre sweeps order each column to cut
crossings. Every tie is broken by id, so the same graph always gives the same picture. Above
``GROUP_ABOVE`` systems one node stands for every system of a kind, so 500 systems stay a
readable map of a dozen boxes; the flow table beside it still lists every flow.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from assessor.model import Flow, Inventory
from reports._facts import is_phi_without_tls

GROUP_ABOVE = 60
NODE_W, NODE_H = 172, 46
COL_PITCH, ROW_PITCH = 250, 62
MAX_ROWS = 16  # a taller column is folded into sub-columns
MAX_COLUMNS = 7  # long chains of point-to-point flows are squeezed into this many columns
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 24, 40, 24
LABEL_CHARS = 22
AI_KINDS = frozenset({"ai platform", "ai-platform", "ai"})
HUB_WORDS = ("engine", "integration", "esb", "broker")
STORE_WORDS = ("warehouse", "lake", "analytics")
GROUP_EDGES = 24  # arrows drawn between kinds; the rest are counted and left to the table
SWEEPS = 4


@dataclass(frozen=True)
class MapNode:
    """A box on the map: one system, or every system of one kind when grouped."""

    id: str
    label: str  # shortened to fit the box
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
    subtitle: str = ""  # the second line in the box


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


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _risk(flows: list[Flow]) -> tuple[str, str, bool]:
    phi = any(f.phi_classes for f in flows)
    tls_values = {f.tls for f in flows}
    words = {True: "yes", False: "no", None: "unknown"}
    tls = words[tls_values.pop()] if len(tls_values) == 1 else "mixed"
    if any(is_phi_without_tls(f) for f in flows):
        return "high", tls, phi
    if any(f.phi_classes and f.tls is None for f in flows):
        return "medium", tls, phi
    return "low", tls, phi


def _layers(nodes: list[str], edges: set[tuple[str, str]], pinned_last: set[str]) -> dict[str, int]:
    """Longest-path layering after setting aside the back edges of a deterministic DFS."""
    succ: dict[str, list[str]] = defaultdict(list)
    pred_count: dict[str, int] = defaultdict(int)
    for a, b in sorted(edges):
        if a != b:
            succ[a].append(b)
            pred_count[b] += 1
    # Start from the nodes that mostly send, so sources land on the left.
    order = sorted(nodes, key=lambda n: (pred_count[n] - len(succ[n]), n))
    state: dict[str, int] = {}
    forward: dict[str, list[str]] = defaultdict(list)
    for root in order:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(succ[root]))]
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif nxt not in state:
                forward[node].append(nxt)
                state[nxt] = 1
                stack.append((nxt, iter(succ[nxt])))
            elif state[nxt] == 2:
                forward[node].append(nxt)  # cross or forward edge; on-stack targets are back edges
    # Longest path over the acyclic forward edges, in reverse post-order.
    indeg: dict[str, int] = defaultdict(int)
    for a in forward:
        for b in forward[a]:
            indeg[b] += 1
    layer = dict.fromkeys(nodes, 0)
    ready = sorted(n for n in nodes if indeg[n] == 0)
    while ready:
        node = ready.pop(0)
        for b in forward[node]:
            if b in pinned_last:
                continue
            layer[b] = max(layer[b], layer[node] + 1)
            indeg[b] -= 1
            if indeg[b] == 0:
                ready.append(b)
        ready.sort()
    last = max([layer[n] for n in nodes if n not in pinned_last] or [0]) + 1
    for n in pinned_last:
        layer[n] = last
    # Close gaps left by pinning (e.g. an AI platform with no flow at all).
    used = sorted(set(layer.values()))
    layer = {n: used.index(v) for n, v in layer.items()}
    deepest = len(used) - 1
    if deepest >= MAX_COLUMNS:  # keep the order, lose some depth: the map must fit a screen
        layer = {n: round(v * (MAX_COLUMNS - 1) / deepest) for n, v in layer.items()}
    return layer


def _role_layers(
    nodes: list[str], bundles: dict[tuple[str, str], list[Flow]], pinned: set[str]
) -> dict[str, int]:
    """Columns by role, for a map of kinds: senders, engines, receivers, warehouses, AI."""
    out: dict[str, int] = defaultdict(int)
    for (a, b), flows in bundles.items():
        out[a] += len(flows)
        out[b] -= len(flows)
    layer = {}
    for n in nodes:
        kind = n.removeprefix("kind:").lower()
        if n in pinned:
            layer[n] = 4
        elif any(w in kind for w in STORE_WORDS):
            layer[n] = 3
        elif any(w in kind for w in HUB_WORDS):
            layer[n] = 1
        else:
            layer[n] = 0 if out[n] >= 0 else 2
    used = sorted(set(layer.values()))
    return {n: used.index(v) for n, v in layer.items()}


def _order(columns: dict[int, list[str]], edges: set[tuple[str, str]]) -> dict[int, list[str]]:
    """Barycentre sweeps: each node moves towards the mean position of its neighbours."""
    nbrs: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        if a != b:
            nbrs[a].add(b)
            nbrs[b].add(a)
    pos = {n: i for col in columns.values() for i, n in enumerate(col)}
    keys = sorted(columns)
    for sweep in range(SWEEPS):
        for c in keys if sweep % 2 == 0 else reversed(keys):
            col = columns[c]
            own = set(col)
            centres = {}
            for n in col:
                near = [pos[m] for m in nbrs[n] if m in pos and m not in own]
                centres[n] = (sum(near) / len(near) if near else pos[n], n)
            col.sort(key=centres.__getitem__)
            pos.update({n: i for i, n in enumerate(col)})
    return columns


def _bezier(points: list[tuple[float, float]], t: float) -> tuple[float, float]:
    """The point at ``t`` (0..1) along a cubic Bézier curve."""
    u = 1 - t
    w = (u**3, 3 * u * u * t, 3 * u * t * t, t**3)
    x = sum(k * p[0] for k, p in zip(w, points, strict=True))
    y = sum(k * p[1] for k, p in zip(w, points, strict=True))
    return x, y


def _curve(points: list[tuple[float, float]], at: float) -> tuple[str, float, float]:
    (sx, sy), (c1x, c1y), (c2x, c2y), (tx, ty) = points
    path = f"M{sx:.0f},{sy:.0f} C{c1x:.0f},{c1y:.0f} {c2x:.0f},{c2y:.0f} {tx:.0f},{ty:.0f}"
    return (path, *_bezier(points, at))


def _edge_path(
    a: tuple[float, float], b: tuple[float, float], at: float = 0.5
) -> tuple[str, float, float]:
    """SVG path data from box ``a`` to box ``b``, and the point ``at`` along it for a label."""
    (ax, ay), (bx, by) = a, b
    if bx > ax + 1:  # forward: right side to left side
        sx, sy, tx, ty = ax + NODE_W, ay + NODE_H / 2, bx, by + NODE_H / 2
        dx = (tx - sx) / 2
        return _curve([(sx, sy), (sx + dx, sy), (tx - dx, ty), (tx, ty)], at)
    if abs(bx - ax) <= 1:  # same column: an arc out to the right, clear of the boxes between
        sx, sy, tx, ty = ax + NODE_W, ay + NODE_H * 0.35, bx + NODE_W, by + NODE_H * 0.65
        bulge = 26 + min(abs(ty - sy), 600) * 0.12
        return _curve([(sx, sy), (sx + bulge, sy), (tx + bulge, ty), (tx, ty)], 0.5)
    # backward: left side of the source to right side of the target, below the forward edges.
    sx, sy, tx, ty = ax, ay + NODE_H * 0.75, bx + NODE_W, by + NODE_H * 0.75
    dx = max((sx - tx) / 2, 30)
    return _curve([(sx, sy), (sx - dx, sy), (tx + dx, ty), (tx, ty)], at)


def build_flow_map(
    inventory: Inventory, ranks: dict[str, int], as_of: str, group_above: int = GROUP_ABOVE
) -> FlowMap:
    """Lay out the estate's systems and flows; grouped by kind above ``group_above`` systems."""
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
        layer = _role_layers(node_ids, bundles, pinned & set(node_ids))
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
        layer = _layers(node_ids, set(bundles), pinned & set(node_ids))
    columns: dict[int, list[str]] = defaultdict(list)
    for n in sorted(node_ids, key=lambda n: (kind_of(n), n)):
        columns[layer[n]].append(n)
    columns = _order(dict(columns), set(bundles))

    # Fold tall columns into sub-columns, then place.
    coords: dict[str, tuple[float, float]] = {}
    x = MARGIN_X
    tallest = 0
    for c in sorted(columns):
        col = columns[c]
        folds = math.ceil(len(col) / MAX_ROWS)
        rows = math.ceil(len(col) / folds)
        tallest = max(tallest, rows)
        for i, n in enumerate(col):
            coords[n] = (x + (i // rows) * (NODE_W + 30), (i % rows) * ROW_PITCH)
        x += COL_PITCH + (folds - 1) * (NODE_W + 30)
    height = tallest * ROW_PITCH + MARGIN_TOP + MARGIN_BOTTOM + 30
    for c in sorted(columns):  # centre short columns vertically
        col = columns[c]
        rows = max(1, math.ceil(len(col) / math.ceil(len(col) / MAX_ROWS)))
        offset = MARGIN_TOP + (tallest - rows) * ROW_PITCH / 2
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
            label = _short(f"{kind} ×{len(members)}")
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
                    subtitle=" · ".join(facts) or kind,
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
        nodes.append(
            MapNode(
                n,
                _short(name),
                title,
                kind_of(n),
                nx_,
                ny,
                declared=bool(system and system.declared),
                end_of_support=eos,
                rank=ranks.get(n) if ranks.get(n, 99) <= 10 else None,
                ai=n in pinned,
                subtitle=kind_of(n) + ("" if system and system.declared else " · undeclared"),
            )
        )

    def label_of(n: str) -> str:
        return kind_of(n) if grouped else (systems[n].name if n in systems else n)

    edges = []
    busiest = max([len(f) for f in bundles.values()] or [1])
    for (a, b), flows in sorted(bundles.items()):
        risk, tls, phi = _risk(flows)
        path, lx, ly = _edge_path(coords[a], coords[b], 0.2 if grouped else 0.5)
        single = flows[0].channel or flows[0].transport.value
        what = f"{len(flows)} flows" if len(flows) > 1 else single
        title = f"{label_of(a)} → {label_of(b)}: {what}; TLS {tls}"
        title += "; carries PHI" if phi else "; no PHI seen"
        weight = 1.5 + 4.5 * len(flows) / busiest if grouped else (3.5 if phi else 1.5)
        edges.append(MapEdge(a, b, path, risk, tls, phi, len(flows), title, lx, ly, weight))
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

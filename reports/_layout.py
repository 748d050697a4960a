"""Layered drawing of a directed graph in pure Python: columns, order within them, curves.

Sugiyama-style and deterministic: back edges found by a depth-first search in a fixed order are
set aside, every node gets the length of the longest path reaching it as its column, and a few
barycentre sweeps order each column to cut crossings. Every tie is broken by node id. A map of
kinds (a large estate) is laid out by role instead: senders, engines, receivers, stores, AI.
"""

from __future__ import annotations

from collections import defaultdict

from assessor.model import Flow

NODE_W, NODE_H = 172, 58  # room for a name on two lines and a kind below
MAX_COLUMNS = 7  # long chains of point-to-point flows are squeezed into this many columns
HUB_WORDS = ("engine", "integration", "esb", "broker")
STORE_WORDS = ("warehouse", "lake", "analytics")
SWEEPS = 4


def longest_path_layers(
    nodes: list[str], edges: set[tuple[str, str]], pinned_last: set[str]
) -> dict[str, int]:
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


def role_layers(
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


def order_columns(
    columns: dict[int, list[str]], edges: set[tuple[str, str]]
) -> dict[int, list[str]]:
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


def edge_path(
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
        bulge = 36  # the curve reaches 3/4 of it: clear of a sub-column 30 px beside
        return _curve([(sx, sy), (sx + bulge, sy), (tx + bulge, ty), (tx, ty)], at)
    # backward: left side of the source to right side of the target, below the forward edges.
    sx, sy, tx, ty = ax, ay + NODE_H * 0.75, bx + NODE_W, by + NODE_H * 0.75
    dx = max((sx - tx) / 2, 30)
    return _curve([(sx, sy), (sx - dx, sy), (tx + dx, ty), (tx, ty)], at)

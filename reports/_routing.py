"""Arrows on the flow map routed around the boxes, through the gaps the grid leaves.

Boxes sit on one grid: columns ``gap`` pixels apart and rows at a fixed pitch, so the band between
two rows is free of boxes in every column (a *lane*). An arrow to the next column curves through
the gap between the two columns; a longer one, or one running backwards, curves into the lane
nearest its ends, runs along it past the columns in between and curves out to its target. Arrows
sharing a lane are spread a few pixels apart so they stay distinguishable.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessor.reports._layout import NODE_H, NODE_W, edge_path

Point = tuple[float, float]
LANE_SPREAD = 4.0  # pixels between arrows sharing a lane
LANE_SLOTS = 5  # arrows spread over this many offsets within a lane


@dataclass(frozen=True)
class Grid:
    """Where the rows and the gaps between columns are."""

    top: float  # y of the first row of boxes
    pitch: float  # from one row to the next
    rows: int  # rows in the tallest column
    col_pitch: float  # from one column to the next
    fold_gap: float = 30  # between the sub-columns of a folded column

    @property
    def gap(self) -> float:
        """The free width between two columns."""
        return self.col_pitch - NODE_W

    def lane_y(self, lane: int) -> float:
        """The middle of lane ``lane``: 0 above the first row, ``rows`` below the last."""
        return self.top + lane * self.pitch - (self.pitch - NODE_H) / 2

    def nearest_lane(self, y: float) -> int:
        """The lane closest to ``y``."""
        lane = round((y - self.lane_y(0)) / self.pitch)
        return max(0, min(self.rows, lane))


def _bezier(p: tuple[Point, Point, Point, Point], t: float) -> Point:
    u = 1 - t
    w = (u**3, 3 * u * u * t, 3 * u * t * t, t**3)
    return (sum(k * q[0] for k, q in zip(w, p, strict=True)),
            sum(k * q[1] for k, q in zip(w, p, strict=True)))  # fmt: skip


@dataclass(frozen=True)
class Route:
    """An arrow's SVG path and points along it, in order, for placing its badge."""

    path: str
    points: tuple[Point, ...]
    lane: int | None = None  # the lane it runs along, if any


def _lane_route(
    a: Point, b: Point, grid: Grid, lane: int, offset: float, reach: tuple[float, float]
) -> Route:
    (ax, ay), (bx, by) = a, b
    forward = bx > ax
    if forward:  # right side of the source to the left side of the target
        sx, sy, tx, ty = ax + NODE_W, ay + NODE_H / 2, bx, by + NODE_H / 2
        x1, x2 = sx + reach[0], tx - reach[1]
    else:  # left side of the source to the right side of the target
        sx, sy, tx, ty = ax, ay + NODE_H * 0.75, bx + NODE_W, by + NODE_H * 0.75
        x1, x2 = sx - reach[0], tx + reach[1]
    ly = grid.lane_y(lane) + offset
    first = ((sx, sy), ((sx + x1) / 2, sy), ((sx + x1) / 2, ly), (x1, ly))
    last = ((x2, ly), ((x2 + tx) / 2, ly), ((x2 + tx) / 2, ty), (tx, ty))
    path = (
        f"M{sx:.0f},{sy:.0f} C{first[1][0]:.0f},{sy:.0f} {first[2][0]:.0f},{ly:.0f} "
        f"{x1:.0f},{ly:.0f} L{x2:.0f},{ly:.0f} "
        f"C{last[1][0]:.0f},{ly:.0f} {last[2][0]:.0f},{ty:.0f} {tx:.0f},{ty:.0f}"
    )
    steps = 12
    points = [_bezier(first, i / steps) for i in range(steps + 1)]
    points += [(x1 + (x2 - x1) * i / steps, ly) for i in range(1, steps)]
    points += [_bezier(last, i / steps) for i in range(steps + 1)]
    return Route(path, tuple(points), lane)


def route(
    a: Point,
    b: Point,
    grid: Grid,
    used: dict[int, int],
    a_folded: bool = False,
    b_folded: bool = False,
) -> Route:
    """The arrow from the box at ``a`` to the box at ``b`` (top-left corners).

    ``used`` counts the arrows already in each lane; it is updated when this one takes a lane.
    A box in a folded column has a sub-column close beside it (``*_folded``): the arrow turns
    into its lane within that narrower gap.
    """
    (ax, ay), (bx, by) = a, b
    adjacent = ax + 1 < bx <= ax + grid.col_pitch + 1
    if adjacent or abs(bx - ax) <= 1:  # through the gap beside the column: no box in the way
        path, _, _ = edge_path(a, b)
        points = tuple(edge_path(a, b, i / 24)[1:] for i in range(25))
        return Route(path, points)
    forward = bx > ax
    sy = ay + NODE_H * (0.5 if forward else 0.75)
    ty = by + NODE_H * (0.5 if forward else 0.75)
    # Of the lanes between the rows it joins, the least crowded, then the nearest to the middle.
    ends = sorted((grid.nearest_lane(sy), grid.nearest_lane(ty)))
    middle = (sy + ty) / 2
    lane = min(
        range(ends[0], ends[1] + 1),
        key=lambda n: (used.get(n, 0), abs(grid.lane_y(n) - middle), n),
    )
    slot = used.get(lane, 0)
    used[lane] = slot + 1
    offset = ((slot % LANE_SLOTS) - LANE_SLOTS // 2) * LANE_SPREAD
    reach = tuple(
        (grid.fold_gap / 2 - 1) if folded else grid.gap / 2 for folded in (a_folded, b_folded)
    )
    return _lane_route(a, b, grid, lane, offset, (reach[0], reach[1]))

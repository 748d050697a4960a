"""What must happen before what: derived from what each action changes.

Replacing or replatforming a system changes where its interfaces end: each of them has to be
re-pointed. Through an interface engine that is done on the engine (the sender does not change);
point to point it is done at the other end, as part of the action itself. Neither waits for the
other end's own refactor. What does impose an order is an engine that is itself migrating
(replaced, replatformed or rehosted): the interfaces it carries are re-pointed on the new engine,
so its migration goes first. A refactor, a retirement or a rehost of an ordinary system changes no
interface's end and waits for nothing. A cycle of must-happen-before (two engines feeding each
other, both migrating) is a move group: its members migrate together.

>>> import networkx as nx
>>> g = nx.MultiDiGraph([("pas", "engine"), ("engine", "ehr")])
>>> sorted(must_happen_before(g, {"engine": "replatform", "ehr": "replace"}, {"engine"}).edges)
[('engine', 'ehr')]
"""

from __future__ import annotations

from collections.abc import Mapping, Set

import networkx as nx

from assessor.graph import STORE_EDGE

__all__ = ["ENGINE_MIGRATIONS", "REPOINTED", "must_happen_before"]

ENGINE_MIGRATIONS = frozenset({"replace", "replatform", "rehost"})
"""An engine action that moves its channels onto a new engine (or engine host)."""
REPOINTED = frozenset({"replace", "replatform"})
"""A system action that re-points every interface of the system."""


def must_happen_before(
    graph: nx.MultiDiGraph, dispositions: Mapping[str, str], hub_ids: Set[str]
) -> nx.DiGraph:
    """A DAG-or-not over the components with an action: an edge ``a -> b`` says a goes first.

    ``dispositions`` holds the action of every component that has one; an edge runs from a
    migrating engine to each system whose interfaces through it are re-pointed. Each edge's
    ``flows`` attribute lists the interfaces that impose it. Linear in the number of flows.
    """
    deps = nx.DiGraph()
    deps.add_nodes_from(sorted(dispositions))
    migrating = {h for h in hub_ids if dispositions.get(h) in ENGINE_MIGRATIONS}
    if not migrating:
        return deps
    for u, v, data in graph.edges(data=True):
        if data.get("relation") == STORE_EDGE or not data.get("enabled", True) or u == v:
            continue
        for engine, end in ((u, v), (v, u)):
            if engine in migrating and dispositions.get(end) in REPOINTED:
                if deps.has_edge(engine, end):
                    deps[engine][end]["flows"].append(data.get("flow"))
                else:
                    deps.add_edge(engine, end, flows=[data.get("flow")])
    return deps

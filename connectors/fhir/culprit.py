"""Naming the value fhir.resources cannot even validate, by taking parts of the document away.

Some validators fail outright (a TypeError, not a ValidationError with a location) on a value of
the wrong JSON type, such as an object where a URL belongs. Each trial validates the whole
document, so the search is bounded in trials and in time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

_CULPRIT_SECONDS = 10.0


_MAX_TRIALS = 400


def _fails_outright(model: Any, document: Any) -> bool:
    try:
        model.model_validate(document)
    except ValidationError:
        return False
    except (TypeError, AttributeError, ValueError):
        return True
    return False


def _without(document: Any, path: tuple[Any, ...]) -> Any:
    """A copy of ``document`` with the value at ``path`` taken out."""
    copy = json.loads(json.dumps(document))
    node = copy
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    return copy


def culprit(
    model: Any, document: dict[str, Any], clock: Callable[[], float] = time.monotonic
) -> tuple[Any, ...]:
    """The deepest path in ``document`` whose removal stops ``model`` failing outright.

    Each trial validates the whole document, so the search stops after a few seconds with the
    path found so far.
    """
    path: tuple[Any, ...] = ()
    node: Any = document
    trials = 0
    deadline = clock() + _CULPRIT_SECONDS
    while isinstance(node, dict | list) and trials < _MAX_TRIALS:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        for key in keys:
            trials += 1
            if clock() > deadline:
                return path  # as deep as the time allowed: each trial validates it all
            if not _fails_outright(model, _without(document, (*path, key))):
                path, node = (*path, key), node[key]
                break
        else:
            break
    return path

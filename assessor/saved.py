"""Loading a saved inventory.json or assessment.json for ``assessor report``.

A saved file may have been edited by hand, cut short by a full disk, or written by another
version. Whatever is wrong with it becomes one :class:`UsageError` that names the file and the
key (``flows[3].hl7_versions: expected an object, got a number``), never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assessor.errors import AssessorError, UsageError
from assessor.limits import LimitExceeded, load_json
from assessor.model import Assessment, Inventory
from assessor.serialization import PlainDataError


def load_saved(path: Path) -> Inventory | Assessment:
    """The inventory or assessment saved at ``path``.

    Raises UsageError naming the path (and the key, when one does not fit the model).
    """
    try:
        data = load_json(path.read_bytes())
    except FileNotFoundError:
        raise UsageError(f"no such file: {path}") from None
    except OSError as err:
        raise UsageError(f"cannot read {path}: {err.strerror or type(err).__name__}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 JSON") from None
    except json.JSONDecodeError as err:
        raise UsageError(f"{path} is not JSON (line {err.lineno}): {err.msg}") from None
    except LimitExceeded as err:
        raise UsageError(f"{path} is not read: {err}") from None
    if not isinstance(data, dict) or "schema_version" not in data:
        raise UsageError(f"{path} is not an assessor inventory or assessment JSON")
    model = Assessment if "inventory" in data else Inventory
    try:
        return model.from_dict(data)
    except PlainDataError as err:
        raise UsageError(
            f"{path} does not match the assessor {model.__name__.lower()} schema at {err}"
        ) from None
    except (TypeError, ValueError, KeyError, AttributeError) as err:
        raise UsageError(
            f"{path} does not match the assessor {model.__name__.lower()} schema "
            f"({type(err).__name__})"
        ) from None


@contextmanager
def rendered_or_refused(path: Path) -> Iterator[None]:
    """Turn a failure to score or render a loaded file into a UsageError naming it.

    A file that fits the model's types may still break what the model promises (a count below
    zero, an id that names nothing); the error says so instead of showing a traceback.
    """
    try:
        yield
    except (AssessorError, OSError, KeyboardInterrupt, SystemExit, MemoryError):
        raise  # a report that cannot be written says so itself
    except (RecursionError, LimitExceeded):
        raise UsageError(f"{path} is nested too deeply to be rendered") from None
    except Exception as err:
        raise UsageError(
            f"{path} fits the schema but its content is inconsistent and could not be scored "
            f"or rendered ({type(err).__name__}); if assessor wrote it unchanged, please report it"
        ) from None

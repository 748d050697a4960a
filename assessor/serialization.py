"""Turn model dataclasses into plain JSON data and back, driven by their type hints.

One generic walk instead of a hand-written ``to_dict`` per class, so a field added to the model
is serialised, deserialised and described in the JSON Schema without further code.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


_SCALARS = frozenset({str, int, float, bool, type(None)})


@cache
def _serialised(cls: type) -> tuple[str, ...] | None:
    """The names of a dataclass's serialised fields; None for a class that is not one."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls) if f.metadata.get("serialize", True))


def to_plain(value: Any) -> Any:
    """Enums become their values, tuples and frozensets lists, dict keys are sorted."""
    kind = type(value)
    if kind in _SCALARS:  # the exact type: a StrEnum is a str but is written as its value
        return value
    names = _serialised(kind) if not isinstance(value, type) else None
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): to_plain(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, frozenset | set):
        return [to_plain(v) for v in sorted(value)]
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    return value


@cache
def field_types(cls: type) -> dict[str, Any]:
    """The resolved type hints of a dataclass's fields."""
    return typing.get_type_hints(cls)


def from_plain(tp: Any, data: Any) -> Any:
    """Rebuild a value of type ``tp`` from what ``to_plain`` produced."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        for member in members:
            try:
                return from_plain(member, data)
            except (TypeError, ValueError):
                continue
        raise ValueError(f"{data!r} fits none of {members}")
    if dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {tp.__name__}, got {type(data).__name__}")
        hints = field_types(tp)
        kwargs = {
            f.name: from_plain(hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.name in data and f.init
        }
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(data)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in data)
        return tuple(from_plain(a, v) for a, v in zip(args, data, strict=True))
    if origin is frozenset:
        (arg,) = typing.get_args(tp)
        return frozenset(from_plain(arg, v) for v in data)
    if origin is dict:
        _, value_type = typing.get_args(tp)
        return {k: from_plain(value_type, v) for k, v in data.items()}
    if tp is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if tp is Any:
        return data
    if isinstance(tp, type) and not isinstance(data, tp):
        raise TypeError(f"expected {tp.__name__}, got {type(data).__name__}")
    return data

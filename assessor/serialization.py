"""Turn model dataclasses into plain JSON data and back, driven by their type hints.

One generic walk instead of a hand-written ``to_dict`` per class, so a field added to the model
is serialised, deserialised and described in the JSON Schema without further code.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING
from enum import Enum
from functools import cache
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")


_SCALARS = frozenset({str, int, float, bool, type(None)})


@cache
def _serialised(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]] | None:
    """A dataclass's serialised field names and a getter of their values; None for other types."""
    if not dataclasses.is_dataclass(cls):
        return None
    names = tuple(f.name for f in dataclasses.fields(cls) if f.metadata.get("serialize", True))
    if len(names) == 1:  # attrgetter of one name returns the value, not a 1-tuple
        return names, lambda value, get=attrgetter(names[0]): (get(value),)
    return names, attrgetter(*names) if names else lambda _value: ()


def to_plain(value: Any) -> Any:
    """Enums become their values, tuples and frozensets lists, dict keys are sorted."""
    # Scalars are tested inline, not by a call, and tuples first: a large inventory is mostly
    # tuples of dataclasses of scalars, and this walk is a good part of writing it.
    kind = type(value)
    if kind in _SCALARS:  # the exact type: a StrEnum is a str but is written as its value
        return value
    if kind is tuple:
        return [v if type(v) in _SCALARS else to_plain(v) for v in value]
    fields = _serialised(kind) if not isinstance(value, type) else None
    if fields is not None:
        names, values = fields
        plain = [v if type(v) in _SCALARS else to_plain(v) for v in values(value)]
        return dict(zip(names, plain, strict=True))
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
def _whole_dict_size(cls: type) -> int:
    """How many entries the ``__dict__`` of a ``cls`` instance holds when they are its serialised
    fields and nothing else; -1 when that cannot be (not a dataclass, slots, a field not
    serialised or not set by ``__init__``)."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__slots__"):
        return -1
    fields = dataclasses.fields(cls)
    if any(not f.metadata.get("serialize", True) or not f.init for f in fields):
        return -1
    return len(fields)


def plain_one_level(value: Any) -> Any:
    """What :func:`to_plain` makes of ``value``, one level deep, for a JSON encoder's ``default``.

    The C encoder walks what this returns, so a model is encoded without first building its
    whole plain copy. It writes tuples as lists and sorts dict keys itself; the model's dicts
    are keyed by strings, so the order is ``to_plain``'s.
    """
    kind = type(value)
    # Most model objects hold just their fields: the encoder reads their own __dict__ rather
    # than a copy (a large inventory is some 100,000 objects). One that cached more on itself
    # (a cached_property) has more entries, and gets the copy below.
    size = _whole_dict_size(kind)
    if size >= 0 and len(own := value.__dict__) == size:
        return own
    fields = _serialised(kind) if not isinstance(value, type) else None
    if fields is not None:
        names, values = fields
        return dict(zip(names, values(value), strict=True))
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, frozenset | set):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not part of the model")


@cache
def field_types(cls: type) -> dict[str, Any]:
    """The resolved type hints of a dataclass's fields."""
    return typing.get_type_hints(cls)


class PlainDataError(ValueError):
    """Data that does not fit the model, and where: ``flows[3].hl7_versions``."""

    def __init__(self, reason: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(reason, path)
        self.reason = reason
        self.path = path

    def within(self, part: str | int) -> PlainDataError:
        """The same error, one level further out."""
        return PlainDataError(self.reason, (part, *self.path))

    @property
    def where(self) -> str:
        """The path as it reads in JSON terms: ``flows[3].hl7_versions`` (``(top)`` when empty)."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
        return text or "(top)"

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def from_plain(tp: Any, data: Any) -> Any:
    """Rebuild a value of type ``tp`` from what ``to_plain`` produced.

    Raises PlainDataError naming the path of the first value that does not fit.
    """
    if data is None:
        if tp is Any or _allows_none(tp):
            return None
        raise PlainDataError(f"null where {_name(tp)} belongs")
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(members) == 1:  # an optional value: its own error says where it went wrong
            return from_plain(members[0], data)
        for member in members:
            try:
                return from_plain(member, data)
            except (TypeError, ValueError):
                continue
        raise PlainDataError(f"{_json_type(data)} fits none of {', '.join(map(_name, members))}")
    if dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise PlainDataError(f"expected an object for {tp.__name__}, got {_json_type(data)}")
        hints = field_types(tp)
        for f in dataclasses.fields(tp):
            required = f.default is MISSING and f.default_factory is MISSING
            if required and f.init and f.name not in data:
                raise PlainDataError("missing", (f.name,))
        kwargs = {
            f.name: _within(f.name, hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.name in data and f.init
        }
        try:
            return tp(**kwargs)
        except (TypeError, ValueError, AttributeError, KeyError) as err:
            raise PlainDataError(f"not a valid {tp.__name__} ({err})") from None
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            valid = ", ".join(repr(m.value) for m in tp)
            raise PlainDataError(f"{_json_type(data)} is not one of {valid}") from None
    if origin in (tuple, frozenset, dict):
        return _container(tp, origin, data)
    if tp is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if tp is Any:
        return data
    if isinstance(tp, type) and (not isinstance(data, tp) or (tp is int and data is True)):
        raise PlainDataError(f"expected {_name(tp)}, got {_json_type(data)}")
    return data


def _container(tp: Any, origin: Any, data: Any) -> Any:
    args = typing.get_args(tp)
    if origin is dict:
        if not isinstance(data, dict):
            raise PlainDataError(f"expected an object, got {_json_type(data)}")
        return {k: _within(k, args[1], v) for k, v in data.items()}
    if not isinstance(data, list):
        raise PlainDataError(f"expected a list, got {_json_type(data)}")
    if origin is frozenset:
        return frozenset(_within(i, args[0], v) for i, v in enumerate(data))
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_within(i, args[0], v) for i, v in enumerate(data))
    if len(args) != len(data):
        raise PlainDataError(f"expected a list of {len(args)}, got {len(data)} items")
    return tuple(_within(i, a, v) for i, (a, v) in enumerate(zip(args, data, strict=True)))


def _within(part: str | int, tp: Any, data: Any) -> Any:
    try:
        return from_plain(tp, data)
    except PlainDataError as err:
        raise err.within(part) from None
    except (TypeError, ValueError) as err:
        raise PlainDataError(str(err), (part,)) from None


def _allows_none(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in (
        typing.get_args(tp)
    )


def _name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or str(tp)


def _json_type(data: Any) -> str:
    """A value's JSON type for a message; never the value, which may be long or hostile."""
    names = {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        type(None): "null",
        int: "an integer",
        float: "a decimal number",
    }
    return names.get(type(data), "a value")

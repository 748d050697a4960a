"""``${VAR}`` references: a URL or a password taken from the environment, not written down.

One expander serves every place a user may write ``${VAR}`` (``--db``, ``--fhir-url``, the
estate file's database URLs), so the syntax and its edge cases are the same everywhere.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping

from assessor.errors import SourceError
from assessor.masking import mask_url

__all__ = ["UnsetVariables", "expand", "expand_url"]

_REFERENCE = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)\}")


class UnsetVariables(LookupError):
    """``${VAR}`` references to variables the environment does not set.

    Not a user error by itself: the caller knows what the text was (a URL to mask, a line of a
    file) and raises the error that says so.
    """

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__(", ".join(names))
        self.names = names  # each once, in the order the text refers to them


def expand(
    text: str,
    environ: Mapping[str, str] | None = None,
    unset: Callable[[str], str] | None = None,
) -> str:
    """``text`` with every ``${VAR}`` replaced by its value in ``environ`` (default: the process's).

    A variable that is not set raises :class:`UnsetVariables` naming every such variable, or,
    when ``unset`` is given, is replaced by ``unset(name)``. Only ``${NAME}`` with a name of
    letters, digits and ``_`` (not starting with a digit) is a reference; a value is inserted
    as it is, never expanded again.

    >>> expand("postgresql://lis:${PW}@db/lis", {"PW": "s3cret"})
    'postgresql://lis:s3cret@db/lis'
    >>> expand("${A}/${B}", {"A": "a"}, unset=lambda name: "<" + name + ">")
    'a/<B>'
    """
    env = os.environ if environ is None else environ
    missing: list[str] = []

    def value(reference: re.Match[str]) -> str:
        name = reference["name"]
        if name in env:
            return env[name]
        if unset is not None:
            return unset(name)
        missing.append(name)
        return reference[0]

    expanded = _REFERENCE.sub(value, text)
    if missing:
        raise UnsetVariables(tuple(dict.fromkeys(missing)))
    return expanded


def expand_url(url: str, what: str, environ: Mapping[str, str] | None = None) -> str:
    """``url`` expanded by :func:`expand`; a variable not set is a :class:`SourceError`.

    The error (kind ``bad-url``) names every variable not set and shows ``url`` only masked;
    ``what`` says which URL it is, e.g. ``"database URL"``.
    """
    try:
        return expand(url, environ)
    except UnsetVariables as unset:
        raise SourceError(
            f"environment variable {', '.join(sorted(unset.names))} is not set; export it "
            f"before the scan (the {what} {mask_url(url)} refers to it)",
            kind="bad-url",
        ) from None

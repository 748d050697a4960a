"""Every message validated on the profiler's own tally, at a small part of the profiler's cost.

:func:`assessor.connectors.hl7v2.conformance_check.check_message` splits each message's text
and looks its verdict up piece by piece; that is hl7apy's verdict, but ten times the profiler's
time. The verdict is a sum of parts that depend on far fewer things than a message:

- what a segment's fields say (required, repeated, datatype) depends on its *shape* only, and the
  profiler's tally already looks every segment's shape up (its key): each key's check is made once
  (:mod:`assessor.connectors.hl7v2.segment_checks`) and the tally counts, per key, the segments
  of validated messages;
- what a table or a length says depends on a few values: the tally reads them (its ``probes``),
  counts each distinct set once, and each is judged once;
- where segments sit in the structure (missing or repeated segments and groups, strays) depends
  on the message's sequence of segment ids: the tally counts each distinct (structure, ids,
  whether a segment check failed), judged once.

A message is taken *the slow way* (decoded, then :func:`check_message`) when its key cannot tell
what hl7apy would see: a run of content that may be blank in its charset (a no-break space), a
segment that starts with a blank or ends with a byte past ASCII (hl7apy strips what is blank),
a line that starts with the id of a segment some structure holds but is no segment to the
profiler (``PIDX...``), a second MSH, a message type that is not ASCII. Real feeds have
few; the verdict is the same either way, as the tests show message by message.

Counts are kept per feed and version (``checked``, ``failed``, ``over_cap``, ``problems``), for
the connector to put in the profiles. One deliberate difference with hl7apy on top of
:mod:`assessor.connectors.hl7v2.conformance_check`'s: a value is compared with a table as UTF-8
(latin-1 when it is not UTF-8), whatever the message's charset. Only "…" in eight of hl7apy's
tables is not ASCII, where it stands for "and so on", not for a code.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import compress, count, repeat
from operator import is_
from typing import Any

from assessor.connectors.hl7v2.conformance import Level, message_level, segment_rules
from assessor.connectors.hl7v2.conformance_check import (
    check_message,
    header_problems,
    structure_of,
    structure_plan,
    unstructured_problems,
)
from assessor.connectors.hl7v2.encoding import codec_for, decode
from assessor.connectors.hl7v2.headers import Encoding, Route
from assessor.connectors.hl7v2.segment_checks import CHECK_ERROR, probed
from assessor.connectors.hl7v2.validation import (
    MAX_VALIDATION_BYTES,
    MAX_VALIDATION_PARTS,
    over_validation_cap,
    with_version,
)

__all__ = ["Structure", "TallyValidation"]

_MULTIBYTE = frozenset({"big5", "gb18030", "euc-kr", "iso2022_jp", "iso2022_jp_2"})
_CACHE_SIZE = 100_000
_SLOW = ()  # what the tally is given for a message to take the slow way: not a set, not None


class Structure(frozenset):
    """The segment ids whose checks count in messages of one structure and version, with the
    structure itself (``root``, None when hl7apy does not know it). Hashed by identity."""

    root: Level | None
    version: str

    def __new__(cls, ids: Iterable[bytes], root: Level | None, version: str) -> Structure:
        made = super().__new__(cls, ids)
        made.root, made.version = root, version
        return made

    __hash__ = object.__hash__
    __eq__ = object.__eq__  # type: ignore[assignment]


def _levels(level: Level) -> Iterable[Level]:
    yield level
    for group in level.groups.values():
        yield from _levels(group)


_structures: dict[tuple[str, str], Structure | tuple] = {}


def _structure(name: str, version: str) -> Structure | tuple:
    """The :class:`Structure` of ``name`` in ``version``; the slow way when a segment id is
    checked by other rules in some group than the version's own (one in hl7apy's 2.1)."""
    key = (name, version)
    found = _structures.get(key)
    if found is not None:
        return found
    root = message_level(name, version) if name else None
    ids: set[bytes] = set()
    if root is not None:
        how: dict[str, set[str]] = defaultdict(set)  # id -> checked by its own rules, or none
        for level in _levels(root):
            for sid, rules in level.segments.items():
                if rules is None:
                    how[sid].add("none")
                else:
                    how[sid].add("own" if rules == segment_rules(sid, version) else "other")
        if any(h != {"own"} and h != {"none"} for h in how.values()):
            found = _structures[key] = _SLOW
            return found
        ids = {sid.encode("ascii") for sid, h in how.items() if h == {"own"}}
    found = _structures[key] = Structure(ids, root, version)
    return found


class _Verdict:
    __slots__ = ("failing", "problems")

    def __init__(self, problems: tuple[str, ...]) -> None:
        self.problems = problems
        self.failing = any(not p.startswith("warning-") for p in problems)


def _ids(sequence: bytes) -> tuple[str, ...]:
    """The segment ids of a tally sequence (after its flags byte)."""
    ids = []
    at = 1
    while at < len(sequence):
        n = sequence[at]
        ids.append(sequence[at + 1 : at + 1 + n].decode("latin-1"))
        at += 1 + n
    return tuple(ids)


class TallyValidation:
    """Validation counts per feed and version, made from what the profiler's tally counts (see
    the module): ``checked``, ``failed``, ``over_cap`` messages and ``problems`` by key."""

    def __init__(self, max_bytes: int = MAX_VALIDATION_BYTES) -> None:
        self.max_bytes = max_bytes
        self.over_cap: Counter[Any] = Counter()
        self.slow_messages = 0  # validated the slow way (see the module)
        self._checked: Counter[Any] = Counter()
        self._failed: Counter[Any] = Counter()
        self._problems: dict[Any, Counter[str]] = defaultdict(Counter)
        self._first_seen: dict[Any, dict[str, int]] = defaultdict(dict)
        # (feed, version, id of the encoding) -> the encoding and the tally's counts for it,
        # summed over its groups and judged once, when the counts are asked for; and the
        # ordinal of the first message of each sequence counted
        self._tallied: dict[tuple, tuple[Encoding, dict, dict, dict, dict]] = {}
        self._given: dict[Route, Any] = {}  # route -> what the tally is given for its messages
        self._fixed: dict[Route, str | None] = {}  # route -> its one problem, header decides
        self._verdicts: dict[tuple[Structure, bytes], _Verdict] = {}
        # (delimiters, version) -> (check, values read) -> what they add
        self._probes: dict[tuple[tuple[bytes, ...], str], dict[tuple, list[str]]] = {}

    @property
    def checked(self) -> Counter[Any]:
        """Messages validated, per (feed, version)."""
        self._settle()
        return self._checked

    @property
    def failed(self) -> Counter[Any]:
        """Messages with at least one problem that is not a warning, per (feed, version)."""
        self._settle()
        return self._failed

    @property
    def problems(self) -> dict[Any, Counter[str]]:
        """``kind|path`` -> count, per (feed, version)."""
        self._settle()
        return self._problems

    @property
    def first_seen(self) -> dict[Any, dict[str, int]]:
        """Per (feed, version), the ordinal of the first message that failed validation
        (``strict-validation-failed``) and of the first over the caps (``validation-over-cap``)."""
        self._settle()
        return self._first_seen

    def _seen(self, feed: Any, kind: str, ordinal: int) -> None:
        seen = self._first_seen[feed]
        seen[kind] = min(seen.get(kind, ordinal), ordinal)

    def counters(self, feed: Any, version: str, enc: Encoding) -> tuple[dict, dict, dict]:
        """The dicts the tally counts a group's ``check_counts``, ``check_reads`` and
        ``sequences`` into: one set per feed, version and encoding, judged when asked for."""
        found = self._tallied_for(feed, version, enc)
        return found[1], found[2], found[3]

    def _tallied_for(
        self, feed: Any, version: str, enc: Encoding
    ) -> tuple[Encoding, dict, dict, dict, dict]:
        key = (feed, version, id(enc))
        found = self._tallied.get(key)
        if found is None:
            found = self._tallied[key] = (enc, {}, {}, {}, {})
        return found

    def _route(self, route: Route) -> None:
        """What a route's header decides: a structure, the slow way, or a verdict of its own."""
        enc = route.encoding
        version = route.header.version
        msh9 = route.counted[0]
        stop = header_problems(enc.declared[1:], version)
        if stop is not None:
            self._given[route], self._fixed[route] = None, stop
            return
        if not msh9.isascii():
            self._given[route] = _SLOW  # str.upper() of some letters is longer: read it as text
            return
        structure = structure_of(msh9.decode("ascii"), enc.delimiters.component or "")
        if structure.startswith("Z"):
            self._given[route], self._fixed[route] = None, None
            return
        self._given[route] = _structure(structure, version)

    def prepare(
        self, routes: list[Route], datas: list[bytes], enc: Encoding, ordinals: list[int]
    ) -> tuple[list[Any], set[int]]:
        """What :func:`assessor.connectors.hl7v2.tally.tally` is given for each message
        (``checks``): its :class:`Structure`, ``()`` for the slow way, or None (not validated by
        the tally); and the messages not validated at all (over the caps)."""
        given = self._given
        new = set(routes).difference(given)
        if len(given) + len(new) > _CACHE_SIZE:
            given.clear()
            self._fixed.clear()
            new = set(routes)
        for route in new:
            self._route(route)
        checks = list(map(given.__getitem__, routes))
        limit = min(self.max_bytes, MAX_VALIDATION_PARTS)
        big = list(compress(count(), map(limit.__lt__, map(len, datas))))
        skipped: set[int] = set()
        if big:
            d = enc.delimiters
            seps = "".join(c or "" for c in (d.field, d.component, d.repetition, d.subcomponent))
            separators = seps.encode("latin-1")
            for k in big:
                if over_validation_cap(datas[k], separators, self.max_bytes):
                    checks[k] = None
                    skipped.add(k)
                    feed = (routes[k].feed.key, routes[k].header.version)
                    self.over_cap[feed] += 1
                    self._seen(feed, "validation-over-cap", ordinals[k])
        return checks, skipped

    def count(
        self,
        routes: list[Route],
        datas: list[bytes],
        given: tuple[list[Any], set[int]],
        enc: Encoding,
        found: tuple[list[int], dict],
        ordinals: list[int],
    ) -> None:
        """Count the messages of one group (one feed and version) that the tally did not: those
        whose header decides (``None`` in ``checks``, not over the caps) and the slow ones
        (``found``: the tally's ``slow`` and ``firsts``); ``ordinals`` are the messages' own."""
        checks, skipped = given
        slow, firsts = found
        version = routes[0].header.version
        feed = (routes[0].feed.key, version)
        first_at = self._tallied_for(routes[0].feed.key, version, enc)[4]
        for key, k in firsts.items():
            first_at[key] = min(first_at.get(key, ordinals[k]), ordinals[k])
        problems = self._problems[feed]
        checked = failed = 0
        if self._fixed and None in checks:
            for k in compress(count(), map(is_, checks, repeat(None))):
                if k not in skipped and routes[k] in self._fixed:
                    stop = self._fixed[routes[k]]
                    checked += 1
                    if stop is not None:
                        problems[stop] += 1
                        failed += 1
                        self._seen(feed, "strict-validation-failed", ordinals[k])
        self.slow_messages += len(slow)
        for k in slow:
            found_here = self._slow(routes[k], datas[k], enc)
            checked += 1
            if any(not p.startswith("warning-") for p in found_here):
                failed += 1
                self._seen(feed, "strict-validation-failed", ordinals[k])
            problems.update(found_here)
        self._checked[feed] += checked
        self._failed[feed] += failed

    def _settle(self) -> None:
        """Judge what the tally counted so far (each distinct check, values read and sequence
        once) and add it to the counts."""
        for (feed_key, version, _), tallied in self._tallied.items():
            enc, checks, reads, sequences, first_at = tallied
            feed = (feed_key, version)
            problems = self._problems[feed]
            for check, n in checks.items():
                for problem in check.problems:
                    problems[problem] += n
            if reads:
                d = enc.delimiters
                marks = tuple(
                    (c or "").encode("latin-1") for c in (d.component, d.repetition, d.subcomponent)
                )
                judged = self._probes.get((marks, version))
                if judged is None or len(judged) >= _CACHE_SIZE:
                    judged = self._probes[(marks, version)] = {}
                for read, n in reads.items():
                    found = judged.get(read)
                    if found is None:
                        found = judged[read] = probed(*read, marks, version.encode())
                    for problem in found:
                        problems[problem] += n
            checked = failed = 0
            for (structure, sequence), n in sequences.items():
                verdict = self._verdict(structure, sequence)
                checked += n
                if verdict.failing or sequence[0] & CHECK_ERROR:
                    failed += n
                    ordinal = first_at[(structure, sequence)]
                    self._seen(feed, "strict-validation-failed", ordinal)
                for problem in verdict.problems:
                    problems[problem] += n
            self._checked[feed] += checked
            self._failed[feed] += failed
            checks.clear()
            reads.clear()
            sequences.clear()
            first_at.clear()

    def _verdict(self, structure: Structure, sequence: bytes) -> _Verdict:
        """What a structure and a sequence of segment ids decide, once per distinct pair."""
        key = (structure, sequence)
        verdict = self._verdicts.get(key)
        if verdict is None:
            if len(self._verdicts) >= _CACHE_SIZE:
                self._verdicts.clear()
            ids = _ids(sequence)
            if structure.root is None:
                problems: tuple[str, ...] = (unstructured_problems(ids, structure.version),)
            else:
                problems = structure_plan(structure.root, ids).problems
            verdict = self._verdicts[key] = _Verdict(problems)
        return verdict

    @staticmethod
    def _slow(route: Route, data: bytes, enc: Encoding) -> Counter[str]:
        """The verdict of one message read as text, as the connector did for every message."""
        codec = codec_for(route.msh18.decode("latin-1"))
        if codec in _MULTIBYTE:
            codec = "utf-8"  # the profiler re-encoded it (see ``Headers.head``)
        text, _, _ = decode(data, codec)
        d = enc.delimiters
        version = route.header.version
        return check_message(with_version(text, version, d.field, d.component), version)

"""What a message's MSH decides (its feed, type, version, structure, delimiters, charset),
read once per distinct MSH layout and looked up for every message after that.

A *route* is what one MSH decides besides MSH-7 (timestamp) and MSH-10 (control id), which
change with every message; the rest repeats, so a batch of messages whose routes are known has
its headers read with C-level calls over the whole batch (:meth:`Headers.fast`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count, repeat
from operator import attrgetter, itemgetter, not_
from typing import NamedTuple

from assessor.connectors.hl7v2.counters import FeedCounters, FeedKey
from assessor.connectors.hl7v2.encoding import (
    DelimiterError,
    Delimiters,
    codec_for,
    decode,
    escape_kinds,
    parse_delimiters,
    unescape,
)
from assessor.connectors.hl7v2.reference import (
    message_structure,
    reference_version,
    structure_segments,
)
from assessor.connectors.hl7v2.shapes import safe

__all__ = ["Encoding", "Header", "Headers", "Later", "Problem", "Route", "Stratum"]

_MULTIBYTE = frozenset({"big5", "gb18030", "euc-kr", "iso2022_jp", "iso2022_jp_2"})
_ROUTES_KEPT = 10_000  # distinct MSH layouts remembered; past it, the rest take the long way

# C-level accessors, so that the work per message stays inside map() and zip()
_SEPARATOR_OF = itemgetter(slice(3, 4))
_FIRST = itemgetter(0)
_MSH_7, _MSH_10 = itemgetter(6), itemgetter(9)  # MSH-1 is the separator: MSH-n is m[n - 1]
# of an MSH split ten times: all but MSH-7 and MSH-10, the rest from MSH-11 on as one
_ROUTE_KEY = itemgetter(0, 1, 2, 3, 4, 5, 7, 8, 10)
_FOUND = (-1).__ne__  # bytes.find found something
_PROBE_OF, _PROBE_FROM_OF = attrgetter("probe"), attrgetter("escapes_from")


class Stratum(NamedTuple):
    """What the validation sample is stratified by: feed, message type, version."""

    feed: FeedKey
    message_type: str
    version: str


@dataclass(frozen=True, slots=True)
class Problem:
    """A message the profiler could not read; ``kind`` is a stable slug, no value inside."""

    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class Encoding:
    """One (MSH-1, MSH-2) pair: its delimiters, as the profiler uses them."""

    delimiters: Delimiters
    shape_table: bytes
    fs: bytes
    comp: bytes | None
    rep: bytes | None
    esc: bytes | None
    declared: str
    oddity: str | None


class Header(NamedTuple):
    """What one distinct (MSH-9, MSH-12) pair means."""

    message_type: str  # "ORU^R01": message type and trigger event
    version: str
    oddity: str | None
    allowed: frozenset[bytes] | None  # segments the structure allows, None when unknown
    structure: str  # the structure hl7apy knows for it, "" when none
    declared_structure: str  # MSH-9.3 as sent (a safe token or its mask), "" when empty


class Route:
    """What one MSH without its timestamp and control id decides (see :meth:`Headers.head`).

    Hashed by identity, so a batch counts its messages' routes cheaply.
    """

    __slots__ = (
        "counted",
        "encoding",
        "escapes_from",
        "feed",
        "framing",
        "group",
        "header",
        "marker",
        "msh18",
        "probe",
        "stratum",
    )

    def __init__(
        self,
        feed: FeedCounters,
        header: Header,
        encoding: Encoding,
        msh18: bytes,  # first repetition
        counted: tuple,  # the key of ``FeedCounters.headers``
        framing: str,
        marker: bool,
        escapes_from: int,  # where escape sequences may start: after MSH-2
    ) -> None:
        self.feed, self.header, self.encoding, self.msh18 = feed, header, encoding, msh18
        self.counted, self.framing, self.marker = counted, framing, marker
        self.escapes_from = escapes_from
        # what to look for after MSH-2 to find escape sequences ("\r\r" rarely occurs: it
        # stands in for none when there is no escape character)
        self.probe = encoding.esc or b"\r\r"
        self.stratum = Stratum(feed.key, header.message_type, header.version)
        # messages of one group are shaped and counted together (see ``Profiler._segments``)
        self.group = (id(encoding), id(feed), header.version)


class Later:
    """What the profiler counts per group of messages rather than per message: each
    message's MSH-7, MSH-10 (empty when missing) and route."""

    __slots__ = ("control_ids", "routes", "stamps")

    def __init__(self) -> None:
        self.stamps: list[bytes] = []
        self.control_ids: list[bytes] = []
        self.routes: list[Route] = []


class Headers:
    """Reads messages' MSH segments into routes; makes each feed's counters on first sight."""

    def __init__(self, feeds: dict[FeedKey, FeedCounters]) -> None:
        self.feeds = feeds
        self._feed_keys: dict[tuple[bytes, ...], FeedKey] = {}
        self._feed_of: dict[tuple[bytes, ...], FeedCounters] = {}  # MSH-3..6 as sent -> feed
        self._routes: dict[tuple, Route] = {}  # MSH without MSH-7 and MSH-10 -> its route
        self._encodings: dict[tuple[bytes, bytes], Encoding | str] = {}
        self._headers: dict[tuple[bytes, bytes, bytes | None], Header] = {}
        self.routes_made = 0  # routes read from an MSH: a message with one is the first of it
        # facts counted here that were new to their feed: (feed, (count map, key), the message's
        # position among the routes of the batch); the profiler records where they were seen
        self.noticed: list[tuple[FeedCounters, tuple[str, str], int]] = []

    def _encoding(self, data: bytes, fs: bytes, msh2: bytes) -> Encoding | str:
        """The encoding one (MSH-1, MSH-2) pair declares, or why nobody can tokenize with it.

        The reason is kept as text, never as the exception: an exception instance raised
        again for every message with the same bad header would grow its traceback each time
        and keep every frame (and the batch of messages each holds) alive.
        """
        key = (fs, msh2)
        found = self._encodings.get(key)
        if found is not None:
            return found
        try:
            delimiters, oddity = parse_delimiters(data)
        except DelimiterError as exc:
            found = self._encodings[key] = str(exc)
            return found
        table = bytearray(b" " * 256)
        table[ord("\r")] = ord("#")
        for char, mark in (
            (delimiters.field, "|"),
            (delimiters.component, "^"),
            (delimiters.repetition, "~"),
            (delimiters.subcomponent, "&"),
        ):
            if char:
                table[ord(char)] = ord(mark)
        found = self._encodings[key] = Encoding(
            delimiters,
            bytes(table),
            fs,
            *(c.encode() if c else None for c in (
                delimiters.component, delimiters.repetition, delimiters.escape
            )),
            delimiters.declared,
            oddity,
        )  # fmt: skip
        return found

    def header(self, msh9: bytes, msh12: bytes, comp: bytes | None) -> Header:
        """What one (MSH-9, MSH-12) pair means, under these component separators."""
        found = self._headers.get((msh9, msh12, comp))
        if found is not None:
            return found
        parts = msh9.split(comp) if comp else [msh9]
        type_parts = [safe(p, 12) if p else "" for p in parts[:3]]
        # one notation everywhere: type^trigger; the structure (MSH-9.3) is counted apart
        message_type = "^".join(type_parts[:2]).rstrip("^")
        raw_version = msh12.split(comp)[0] if comp else msh12
        version_text = safe(raw_version, 12) if raw_version else ""
        version, oddity = reference_version(version_text)
        structure = message_structure(*[*type_parts, "", "", ""][:3], version)
        allowed = _structure_bytes(structure, version) if structure else None
        declared = type_parts[2] if len(type_parts) > 2 else ""
        found = Header(message_type, version, oddity, allowed, structure or "", declared)
        self._headers[(msh9, msh12, comp)] = found
        return found

    def _route(
        self, data: bytes, m: list[bytes], fs: bytes, framing: str, marker: bool
    ) -> Route | Problem:
        """What a message's MSH decides besides MSH-7 and MSH-10: feed, header, delimiters."""
        enc = self._encodings.get((fs, m[1] if len(m) > 1 else b""))
        if enc.__class__ is not Encoding:  # first sight of these delimiters, or bad ones
            enc = self._encoding(data, fs, m[1] if len(m) > 1 else b"")
            if isinstance(enc, str):
                return Problem("wrong-delimiters", enc)
        n_msh = len(m)
        if n_msh < 9:
            return Problem(
                "truncated-message",
                "the MSH segment ends before MSH-9 (message type); the message looks cut short",
            )
        comp, rep = enc.comp, enc.rep
        # the feed
        raw_key = (m[2], m[3], m[4], m[5])
        feed = self._feed_of.get(raw_key)
        if feed is None:
            key = self._feed_keys.get(raw_key)
            if key is None:
                key = self._feed_keys[raw_key] = tuple(  # type: ignore[assignment]
                    _hd_text(v, enc) for v in raw_key
                )
            feed = self.feeds.get(key)  # type: ignore[arg-type]
            if feed is None:
                feed = self.feeds[key] = FeedCounters(key)  # type: ignore[index,arg-type]
            self._feed_of[raw_key] = feed
        # the header: type, version, structure, charset, processing id, framing
        msh12 = m[11] if n_msh > 11 else b""
        header = self.header(m[8], msh12, comp)
        msh18 = m[17] if n_msh > 17 else b""
        if rep and rep in msh18:
            msh18 = msh18.split(rep)[0]
        counted = (m[8], msh12, comp, m[10] if n_msh > 10 else b"", msh18,
                   enc.declared, enc.oddity, framing, marker)  # fmt: skip
        self.routes_made += 1
        return Route(feed, header, enc, msh18, counted, framing, marker, len(m[1]) + 5)

    def head(self, data: bytes, framing: str, marker: bool, later: Later) -> bytes | Problem:
        """Everything one message's MSH decides: its route, MSH-7 and MSH-10 go to ``later``;
        escape sequences and charset problems are counted. Returns the message's bytes,
        re-encoded as UTF-8 when its charset's bytes could be mistaken for delimiters."""
        end = data.find(b"\r")
        msh = data if end < 0 else data[:end]
        fs = data[3:4]
        if not fs:
            return Problem("truncated-message", "the message ends inside its MSH segment")
        m = msh.split(fs)
        static = _static(fs, msh) if len(m) > 10 else None
        route = self._routes.get(static) if static is not None else None
        if route is None or route.framing != framing or route.marker != marker:
            route = self._route(data, m, fs, framing, marker)
            if isinstance(route, Problem):
                return route
            if static is not None and len(self._routes) < _ROUTES_KEPT:
                self._routes[static] = route
        enc = route.encoding
        later.routes.append(route)
        position = len(later.routes) - 1
        if not data.isascii():
            data = self._charset(route, data, position)
        later.stamps.append(m[6] if len(m) > 6 else b"")
        later.control_ids.append(m[9] if len(m) > 9 else b"")
        if enc.esc and data.find(enc.esc, route.escapes_from) >= 0:
            self._escapes(route, data, position)
        return data

    def _count(self, feed: FeedCounters, name: str, key: str, position: int) -> None:
        """Count one fact of the message at ``position``, noticed when new to the feed."""
        counted = feed.counts.get(name)
        if counted is None or key not in counted:
            self.noticed.append((feed, (name, key), position))
        feed.count(name, key)

    def _charset(self, route: Route, data: bytes, position: int) -> bytes:
        """Count what the message at ``position``, past ASCII, says of its charset; return the
        bytes to tokenize (re-encoded as UTF-8 when its charset's trail bytes could be mistaken
        for delimiters)."""
        feed = route.feed
        codec = codec_for(route.msh18.decode("latin-1"))
        text, bad, used = decode(data, codec)
        if bad:
            feed.undecodable += bad
            self._count(feed, "conformance", "charset-undecodable-bytes", position)
        if codec is None:
            self._count(feed, "conformance", "charset-undeclared", position)
        elif used != codec and used != "ascii":
            self._count(feed, "conformance", "charset-mismatch", position)
        if used in _MULTIBYTE:  # trail bytes may equal a delimiter: tokenize the text
            data = text.encode("utf-8")
        return data

    def _escapes(self, route: Route, data: bytes, position: int) -> None:
        for kind in escape_kinds(data.decode("latin-1"), route.encoding.delimiters):
            self._count(route.feed, "escape_sequences", kind, position)

    def fast(
        self, messages: list[bytes], framing: str, marker: bool
    ) -> tuple[list[Route], list[bytes], list[bytes], list[bytes]] | None:
        """What :meth:`head` does for each message, with C-level calls over them all, when
        every message has a route seen before: the routes, MSH-7s, MSH-10s and the bytes to
        tokenize (``messages``, or a copy where a message past ASCII was re-encoded); else None.
        A few messages past ASCII or with another field separator, which used to send their
        whole batch one by one, no longer do: each is split on its own separator, and the
        charset of those past ASCII is looked at one by one."""
        if marker:
            return None
        separators = list(map(_SEPARATOR_OF, messages))
        if b"" in separators:
            return None
        lines = map(_FIRST, map(bytes.split, messages, repeat(b"\r"), repeat(1)))
        fields = list(map(bytes.split, lines, separators, repeat(10)))
        if min(map(len, fields)) <= 10:
            return None
        keys = zip(separators, map(_ROUTE_KEY, fields), strict=True)
        routes = list(map(self._routes.get, keys))
        if None in routes:
            return None
        distinct = set(routes)
        if any(r.framing != framing or r.marker != marker for r in distinct):
            return None
        past_ascii = list(compress(count(), map(not_, map(bytes.isascii, messages))))
        if past_ascii:
            messages = list(messages)
            for k in past_ascii:
                messages[k] = self._charset(routes[k], messages[k], k)
        found = map(bytes.find, messages, map(_PROBE_OF, routes), map(_PROBE_FROM_OF, routes))
        with_escapes = compress(enumerate(zip(messages, routes, strict=True)), map(_FOUND, found))
        for k, (data, route) in with_escapes:
            if route.encoding.esc:  # not the probe of a route without escape character
                self._escapes(route, data, k)
        return routes, list(map(_MSH_7, fields)), list(map(_MSH_10, fields)), messages


def _hd_text(value: bytes, enc: Encoding) -> str:
    """An HD field (MSH-3..MSH-6) as text in one notation whatever the message's delimiters:
    its first three components (namespace id, universal id, universal id type) unescaped and
    joined by ``^``, empty trailing ones dropped."""
    parts = value.split(enc.comp) if enc.comp else [value]
    text = [unescape(p.decode("utf-8", "replace"), enc.delimiters) for p in parts[:3]]
    return "^".join(text).rstrip("^")


def _static(fs: bytes, msh: bytes) -> tuple:
    """The key of a message's route: its MSH but MSH-7 and MSH-10, which change with every
    message (an MSH with an MSH-11)."""
    return (fs, _ROUTE_KEY(msh.split(fs, 10)))


_structure_cache: dict[tuple[str, str], frozenset[bytes]] = {}


def _structure_bytes(structure: str, version: str) -> frozenset[bytes]:
    key = (structure, version)
    found = _structure_cache.get(key)
    if found is None:
        found = frozenset(s.encode() for s in structure_segments(structure, version)) | {b"MSH"}
        _structure_cache[key] = found
    return found

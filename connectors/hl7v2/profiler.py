"""The fast profiler: one pass over each message's bytes, no hl7apy object, a profile per feed.

Speed comes from not looking at each field in Python. A message's bytes are translated so that
every run of content becomes ``x`` and only the delimiters stay (``PID|x||x^^^x^x||x^x``); that
*shape* says which fields, components and repetitions are filled, and it repeats from message to
message. Shapes are counted per segment by :mod:`assessor.connectors.hl7v2.tally` (in C where it was
built), and each distinct shape is taken apart once, when the profile is frozen. Values are
read only where a statistic needs one (MSH, coded fields' coding systems, OBX-2, MSA-1) and none
is kept: the few strings that end up in a profile (coding systems, value types, ack codes) are
checked to look like codes, and masked when they do not. What an MSH decides is read by
:mod:`assessor.connectors.hl7v2.headers`, once per distinct MSH layout.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import partial
from itertools import islice
from operator import attrgetter
from typing import Any

from assessor.connectors.hl7v2.counters import FeedCounters as _Feed
from assessor.connectors.hl7v2.counters import FeedKey, stamp_buckets
from assessor.connectors.hl7v2.counters import iso_timestamp as _iso
from assessor.connectors.hl7v2.facts import header_facts, kind_facts, precision_name
from assessor.connectors.hl7v2.headers import Encoding, Header, Headers, Later, Problem, Stratum
from assessor.connectors.hl7v2.provenance import locate, message_facts
from assessor.connectors.hl7v2.reference import (
    field_label,
)
from assessor.connectors.hl7v2.segment_checks import canonical_key, check_part
from assessor.connectors.hl7v2.shapes import FREE_TEXT_TYPES as _FREE_TEXT_TYPES
from assessor.connectors.hl7v2.shapes import SEGMENT_ID as _SEGMENT_ID
from assessor.connectors.hl7v2.shapes import Plan as _Plan
from assessor.connectors.hl7v2.shapes import Plans as _Plans
from assessor.connectors.hl7v2.shapes import SegmentKind as _SegmentKind
from assessor.connectors.hl7v2.shapes import ShapeCache as _ShapeCache
from assessor.connectors.hl7v2.shapes import mask as _mask
from assessor.connectors.hl7v2.shapes import safe as _safe
from assessor.connectors.hl7v2.tally import Entry, tally
from assessor.connectors.hl7v2.validation import MAX_VALIDATION_BYTES
from assessor.connectors.hl7v2.validation_tally import TallyValidation
from assessor.connectors.hl7v2.vocabulary import ack_code, coding_system, value_type
from assessor.feed_profile import (
    FeedProfile,
    control_id_fields,
    repeat_places,
    with_first_repeat,
)
from assessor.model import PhiClass

__all__ = ["FeedKey", "Problem", "Profiler", "Stratum", "profile_messages"]


_READS_KEPT = 50_000

# C-level accessors, so that the work per message stays inside map() and zip()
_STRATUM_OF = attrgetter("stratum")
_GROUP_OF = attrgetter("group")
_ALLOWED_OF = attrgetter("header.allowed")
# one bit per PHI class: tally ORs a message's classes as integers
_PHI_BITS = {str(c): 1 << i for i, c in enumerate(PhiClass)}
_FREE_TEXT_BIT = _PHI_BITS[str(PhiClass.FREE_TEXT)]


class Profiler:
    """Profiles messages one by one; :meth:`profiles` gives one FeedProfile per feed."""

    def __init__(
        self,
        source: str | None = None,
        validate: bool = False,
        max_validation_bytes: int = MAX_VALIDATION_BYTES,
    ) -> None:
        """``source`` names where the messages come from: given, each fact of a profile
        records the source and message ordinal where it was first seen (``first_seen``).
        ``validate`` checks every message with hl7apy's compiled rules as it is profiled
        (:mod:`assessor.connectors.hl7v2.validation_tally`; the counts are in
        :attr:`validation`)."""
        self.source = source
        self.validation = TallyValidation(max_validation_bytes) if validate else None
        self.feeds: dict[FeedKey, _Feed] = {}
        self._heads = Headers(self.feeds)
        self._shapes = _ShapeCache()
        self._plans: dict[str, _Plans] = {}
        self._read_items: list[tuple[tuple[str, str], ...]] = []
        self._index: dict[str, dict[bytes, Entry]] = {}  # version -> what tally looks up
        self._sids: dict[bytes, bytes] = {}
        self._phi_masks: dict[int, frozenset[str]] = {}
        self._tokens: dict[int, int] = {}  # id of a plan -> its token in tally's entries
        self._token_plans: list[_Plan | None] = [None]  # token -> plan; 0 reads nothing

    # --- one message ----------------------------------------------------------------------

    def _read(self, plan: _Plan, values: Any, rep: bytes | None, comp: bytes | None) -> int:
        """Read a segment's picked values once: the id of what they add to the counts."""
        items: list[tuple[str, str]] = []
        for (path, kind), value in zip(
            plan.reads, values if len(plan.reads) > 1 else (values,), strict=True
        ):
            if kind == "coded":
                for item in value.split(rep) if rep and rep in value else (value,):
                    components = item.split(comp) if comp else [item]
                    system = components[2] if len(components) > 2 else b""
                    items.append(("coding_systems", f"{path}|{coding_system(system)}"))
                    if len(components) > 5 and components[5]:  # the alternate coding system
                        items.append(("coding_systems", f"{path}.6|{coding_system(components[5])}"))
            elif kind == "value-type":
                items.append(("value_types", value_type(value)))
            else:
                items.append(("ack_codes", ack_code(value)))
        done = len(self._read_items)
        self._read_items.append(tuple(items))
        plan.seen[values] = done
        return done

    def _flush_reads(self) -> None:
        """Turn every feed's counts of read ids into counts of what the reads found."""
        for feed in self.feeds.values():
            for read, n in feed.reads.items():
                for name, key in self._read_items[read]:
                    feed.count(name, key, n)
            feed.reads.clear()
        self._read_items.clear()
        for plans in self._plans.values():
            for plan in plans.values():
                if plan is not None:
                    plan.seen.clear()

    def _plans_for(self, version: str) -> _Plans:
        plans = self._plans.get(version)
        if plans is None:
            plans = self._plans[version] = _Plans(self._shapes, version)
        return plans

    def _structure(self, feed: _Feed, header: Header, present: set[bytes]) -> None:
        if header.allowed is not None and not present <= header.allowed:
            for sid in present - header.allowed:
                if sid[:1] != b"Z" and _SEGMENT_ID.fullmatch(sid):
                    feed.count("segments_not_in_structure", f"{header.structure}|{_safe(sid, 3)}")

    def add(
        self, data: bytes, framing: str = "plain", marker: bool = False, ordinal: int = 1
    ) -> Stratum | Problem:
        """Profile one message (``\\r``-separated segments starting with MSH), the
        ``ordinal``-th of its source."""
        return self.add_many([data], framing, marker, [ordinal])[0]

    def add_many(
        self,
        messages: list[bytes],
        framing: str = "plain",
        marker: bool = False,
        ordinals: list[int] | None = None,
    ) -> list[Stratum | Problem]:
        """Profile many messages at once: what :meth:`add` does for each, in fewer calls.

        The headers of plain ASCII messages whose MSH was seen before are read together, and
        the segments of all are shaped, counted and read together (:func:`tally`); the result
        is the same as adding the messages one by one (counts do not depend on order).
        ``ordinals`` are the messages' ordinals in their source (default: 1, 2, ...).
        """
        if ordinals is None:
            ordinals = list(range(1, len(messages) + 1))
        later = Later()  # what is counted per group, for each message in ``batch``
        self._heads.noticed.clear()
        fast = self._heads.fast(messages, framing, marker) if messages else None
        if fast is not None:  # every route known: nothing new in the headers
            later.routes, later.stamps, later.control_ids, batch = fast
            outcomes: list[Stratum | Problem] = list(map(_STRATUM_OF, later.routes))
            at = ordinals
        else:
            outcomes, batch, at = [], [], []
            for data, ordinal in zip(messages, ordinals, strict=True):
                made = self._heads.routes_made
                head = self._heads.head(data, framing, marker, later)
                if isinstance(head, Problem):
                    outcomes.append(head)
                    continue
                route = later.routes[-1]
                if self.source is not None and self._heads.routes_made != made:
                    self._first_seen(route.feed, header_facts(self._heads, route.counted), ordinal)
                outcomes.append(route.stratum)
                batch.append(head)
                at.append(ordinal)
        if self.source is not None:
            for feed, fact, k in self._heads.noticed:
                self._first_seen(feed, [fact], at[k])
        if batch:
            for route, n in Counter(later.routes).items():
                route.feed.headers[route.counted] += n
            self._segments(batch, later, at)
        return outcomes

    def _first_seen(self, feed: _Feed, facts: list[tuple[str, str]], ordinal: int) -> None:
        """Record where ``facts`` were seen, unless they were seen in an earlier message (the
        groups of a batch are counted one after the other, not in message order)."""
        seen, at = feed.first_seen, (self.source, ordinal)
        for name, key in facts:
            fact = f"{name}|{key}"
            if fact not in seen or at < seen[fact]:
                seen[fact] = at  # type: ignore[assignment]

    def _segments(self, batch: list[bytes], later: Later, ordinals: list[int]) -> None:
        """The segment statistics of many profiled messages, grouped by delimiters, feed and
        version (what decides how a segment is read and where it is counted): shapes, segment
        ids and PHI classes are counted by :func:`tally`, which also picks the segments whose
        values a statistic reads."""
        routes = later.routes
        if len(set(map(_GROUP_OF, routes))) == 1:  # the common case: one feed, one version
            groups = {routes[0].group: range(len(batch))}
        else:
            groups = defaultdict(list)
            for j, route in enumerate(routes):
                groups[route.group].append(j)
        for members in groups.values():
            first = routes[members[0]]
            feed, header, enc = first.feed, first.header, first.encoding
            version = header.version
            whole = len(members) == len(batch)
            datas = batch if whole else [batch[j] for j in members]
            stamps = later.stamps if whole else [later.stamps[j] for j in members]
            control_ids = later.control_ids if whole else [later.control_ids[j] for j in members]
            feed.count_stamps(stamps, enc.comp)
            at = ordinals if whole else [ordinals[j] for j in members]
            feed.count_control_ids(control_ids, at if self.source is not None else None)
            feed.count_sizes(list(map(len, datas)))
            if self.source is not None:
                for fact, k in message_facts(stamps, control_ids, enc.comp).items():
                    self._first_seen(feed, [fact], at[k])
            shapes = feed.shapes.get(version)
            if shapes is None:
                shapes = feed.shapes[version] = Counter()
            index = self._index.get(version)
            if index is None:
                index = self._index[version] = {}
            allowed = list(map(_ALLOWED_OF, routes if whole else map(routes.__getitem__, members)))
            reads: dict[tuple[int, Any], int] = {}
            known = len(shapes)  # kinds the feed had: tally appends the ones it meets first
            checking: tuple = ()
            if self.validation is not None:
                group_routes = routes if whole else [routes[j] for j in members]
                given = self.validation.prepare(group_routes, datas, enc, at)
                checking = (given[0], *self.validation.counters(feed.key, version, enc), [], {})
            masks, outside, z_segments, z_tokens = tally(
                datas,
                enc.shape_table,
                index,
                partial(self._entry, index, version),
                allowed,
                shapes,
                feed.segment_messages,
                reads,
                _FREE_TEXT_TYPES,
                _FREE_TEXT_BIT,
                *checking,
            )
            if self.validation is not None:
                self.validation.count(group_routes, datas, given, enc, checking[4:], at)
            for k in outside:  # rare: recount the message's ids for the names of the strays
                ids = {line[:3] for line in datas[k].split(b"\r") if line[3:4] == enc.fs}
                self._structure(feed, routes[members[k]].header, ids)
            new_reads = self._count_reads(feed, enc, reads)
            if self.source is not None and (len(shapes) > known or new_reads):
                keys = {kind.index_key for kind in islice(shapes, known, None)}
                self._locate(feed, version, (datas, at), enc, index, keys, new_reads)
            for (token, segment), n in Counter(zip(z_tokens, z_segments, strict=True)).items():
                z = self._token_plans[token].z
                feed.count("z_segment_shapes", z + _mask(segment[3:]), n)
            for mask, n in Counter(masks).items():
                feed.phi[self._phi_of(mask)] += n

    def _locate(
        self,
        feed: _Feed,
        version: str,
        group: tuple[list[bytes], list[int]],
        enc: Encoding,
        index: dict[bytes, Entry],
        keys: set[bytes],
        new_reads: dict[tuple[int, Any], int],
    ) -> None:
        """Record where the segment kinds and read values new to a feed were seen: ``group``
        is the messages and their ordinals."""
        datas, ordinals = group
        found = locate(datas, enc.shape_table, index, keys, set(new_reads))
        for what, k in found.items():
            if isinstance(what, bytes):
                kind = index[what][0]
                facts = kind_facts(self._shapes, kind, version)
                facts.extend(("phi_classes", phi) for phi in sorted(kind.phi))
                facts.extend(("field_fill", path) for path in self._shapes[kind.key].filled)
            else:
                facts = list(self._read_items[new_reads[what]])  # type: ignore[index]
            self._first_seen(feed, facts, ordinals[k])

    def _entry(self, index: dict[bytes, Entry], version: str, key: bytes) -> Entry:
        """What :func:`tally` needs of the segments of one key it has not met before (stored
        in ``index``). Validating, the key tells blank runs apart (see
        :mod:`assessor.connectors.hl7v2.segment_checks`): its profile part is its profiler
        key's."""
        if self.validation is None:
            entry = index[key] = self._profile_entry(version, key)
            return entry
        canonical = canonical_key(key)
        base = index.get(canonical)
        if base is None:
            base = self._profile_entry(version, canonical)
            base = index[canonical] = (*base, *check_part(canonical, version))
        if canonical == key:
            return base
        entry = index[key] = (*base[:8], *check_part(key, version))
        return entry

    def _profile_entry(self, version: str, key: bytes) -> Entry:
        """What profiling needs of the segments of one key."""
        length = min(key[0], 3)
        # a line whose first word runs on past three bytes has no segment id: it is shaped
        # under the empty id, which is never valid, counted or named
        sid = key[1 : 1 + length] if key[0] <= 3 else b""
        # one kind per key and version: the index, which keeps the entry, is the only cache
        shape_key = (sid, key[1 + length :])
        plan = self._plans_for(version)[shape_key]
        parsed = self._shapes[shape_key]
        kind = _SegmentKind(shape_key, parsed.phi, plan, key)
        if not parsed.valid:  # not a segment: its first three bytes are no id to count
            sid = b""
        bits = 0
        for phi_class in kind.phi:
            bits |= _PHI_BITS[phi_class]
        sid = self._sids.setdefault(sid, sid)  # one object per id: tally compares identities
        if plan is None:
            return (kind, bits, sid, 0, (), (), -1, False)
        token = self._tokens.get(id(plan))
        if token is None:  # plans live as long as the profiler: their ids stay theirs
            token = self._tokens[id(plan)] = len(self._token_plans)
            self._token_plans.append(plan)
        coded = tuple(how == "coded" for _, how in plan.reads)
        free, z = plan.free_text_field, bool(plan.z)
        return (kind, bits, sid, token, plan.fields, coded, free, z)

    def _phi_of(self, mask: int) -> frozenset[str]:
        found = self._phi_masks.get(mask)
        if found is None:
            found = frozenset(c for c, bit in _PHI_BITS.items() if mask & bit)
            self._phi_masks[mask] = found
        return found

    def _count_reads(
        self, feed: _Feed, enc: Encoding, reads: dict[tuple[int, Any], int]
    ) -> dict[tuple[int, Any], int]:
        """Count what the values :func:`tally` read add: each distinct (plan, values) is read
        once, the first time it is met, and looked up after that. Returns those new to the
        feed, with the id of what they add."""
        if len(self._read_items) + len(reads) >= _READS_KEPT:
            self._flush_reads()  # before, not during: ids handed out below must stay valid
        rep, comp, read, counted, plans = (
            enc.rep,
            enc.comp,
            self._read,
            feed.reads,
            self._token_plans,
        )
        first: dict[tuple[int, Any], int] = {}
        locating = self.source is not None
        for (token, values), n in reads.items():
            plan = plans[token]
            done = plan.seen.get(values)
            if done is None:
                done = read(plan, values, rep, comp)
            if locating and done not in counted:  # new to this feed
                first[(token, values)] = done
            counted[done] += n
        return first

    # --- the result -----------------------------------------------------------------------

    def profiles(self) -> dict[FeedKey, FeedProfile]:
        """One FeedProfile per feed seen so far."""
        return {key: self._freeze(feed) for key, feed in sorted(self.feeds.items())}

    def _freeze(self, feed: _Feed) -> FeedProfile:
        self._flush_reads()
        counts: dict[str, Counter[str]] = {k: Counter(v) for k, v in feed.counts.items()}
        source = self.source
        places = (
            repeat_places((d, source, o) for d, sent in feed.witnesses.items() for o in sent)
            if source is not None
            else ()
        )

        labels: dict[str, str] = {}

        def bump(name: str, key: str, n: int) -> None:
            counts.setdefault(name, Counter())[key] += n

        for header_key, n in feed.headers.items():
            for name, key in header_facts(self._heads, header_key):
                bump(name, key, n)
        for version, shapes in sorted(feed.shapes.items()):
            for kind, n in shapes.items():
                for name, key in kind_facts(self._shapes, kind, version):
                    bump(name, key, n)
                    if name == "required_missing":
                        labels[f"{version}|{key}"] = field_label(key, version)
                parsed = self._shapes[kind.key]
                if parsed.valid:
                    for path in parsed.filled:
                        bump("field_fill", path, n)
                    for path in parsed.repeated:
                        bump("field_repeats", path, n)
        for sid, n in feed.segment_messages.items():
            if _SEGMENT_ID.fullmatch(sid):
                bump("segment_messages", sid.decode("ascii"), n)
        if feed.messages:
            bump("senders", f"{feed.key[0]}|{feed.key[1]}", feed.messages)
            bump("receivers", f"{feed.key[2]}|{feed.key[3]}", feed.messages)
        for classes, n in feed.phi.items():
            for phi_class in classes:
                bump("phi_classes", phi_class, n)
        zone = 0
        for (digits, with_zone), n in feed.timestamps.items():
            bump("timestamp_precision", precision_name(digits), n)
            zone += n if with_zone else 0
        for name, key, n in stamp_buckets(feed.stamp_hours):
            bump(name, key, n)
        return FeedProfile(
            sending_application=feed.key[0],
            sending_facility=feed.key[1],
            receiving_application=feed.key[2],
            receiving_facility=feed.key[3],
            messages=feed.messages,
            bytes=feed.bytes,
            size_min=feed.size_min,
            size_max=feed.size_max,
            size_histogram={str(lower): n for lower, n in feed.size_buckets().items()},
            first_timestamp=_iso(feed.ts_min),
            last_timestamp=_iso(feed.ts_max),
            timestamps_with_zone=zone,
            undecodable_bytes=feed.undecodable,
            control_ids_seen=feed.control_ids,
            **control_id_fields(feed.control_ids, feed.digests),
            field_labels=labels,
            first_seen=with_first_repeat(feed.first_seen, places),
            repeat_places=places,
            **{name: dict(counter) for name, counter in counts.items()},
        )


def profile_messages(messages: list[bytes]) -> dict[FeedKey, FeedProfile]:
    """The profiles of a list of messages (what the monoid law is stated over)."""
    profiler = Profiler()
    for message in messages:
        profiler.add(message)
    return profiler.profiles()

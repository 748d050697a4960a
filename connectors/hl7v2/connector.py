"""The HL7 v2 connector: one file (plain or .gz) into systems, flows and their FeedProfiles.

Reading and framing, profiling and validation live in their own modules; this one wires them
and turns profiles into the model: a System per sending or receiving application (named after
MSH-3 / MSH-5, or the facility when the application is empty), a Flow per feed.
"""

from __future__ import annotations

import gc
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import attrgetter
from typing import BinaryIO

from assessor.connectors.hl7v2.encoding import DelimiterError, codec_for, decode, parse_delimiters
from assessor.connectors.hl7v2.framing import (
    Cursor,
    FramingProblem,
    RawMessage,
    open_binary,
    read_batches,
)
from assessor.connectors.hl7v2.identity import End, Naming
from assessor.connectors.hl7v2.profiler import FeedKey, Problem, Profiler, Stratum
from assessor.connectors.hl7v2.reference import field_label
from assessor.connectors.hl7v2.validation import (
    MAX_VALIDATION_BYTES,
    VALIDATE_MODES,
    Sampler,
    over_validation_cap,
    validate_message,
    with_version,
)
from assessor.connectors.hl7v2.validation_tally import TallyValidation
from assessor.connectors.interface import Connector, Progress, SourceKind, no_progress
from assessor.errors import SourceError
from assessor.feed_profile import FeedProfile, earliest
from assessor.model import (
    Flow,
    Inventory,
    PhiClass,
    ScanError,
    ScanMetadata,
    ScannedSource,
    System,
    Transport,
)
from assessor.naming import flow_id

__all__ = ["ERRORS_KEPT_PER_KIND", "FilePart", "Hl7v2Connector", "inventory_from_profiles"]

BATCH = 4000
"""Messages profiled together (see ``Profiler.add_many``)."""

ERRORS_KEPT_PER_KIND = 50
"""Past this many errors of one kind in one source, the rest are summed into one entry."""


@dataclass
class _Errors:
    """Scan errors of one source, bounded: a million bad messages must not mean a million rows.

    An error is kept with its message ordinal apart from its location, so that the errors of
    a byte range can follow the messages of the ranges before it (:meth:`after`).
    """

    source: str
    kept: list[tuple[str, str, int | None, str]] = field(default_factory=list)
    by_kind: Counter[str] = field(default_factory=Counter)

    def add(self, kind: str, message: str, location: str = "", ordinal: int | None = None) -> None:
        """Count one error; keep it while its kind has few. ``ordinal`` (of the message it is
        about) stands for the location ``message N``."""
        self.by_kind[kind] += 1
        if self.by_kind[kind] <= ERRORS_KEPT_PER_KIND:
            self.kept.append((kind, message, ordinal, location))

    def after(self, earlier: _Errors, messages: int) -> _Errors:
        """``earlier``'s errors followed by these, whose ordinals follow ``messages`` more."""
        joined = _Errors(self.source, list(earlier.kept), Counter(earlier.by_kind))
        for kind, message, ordinal, location in self.kept:
            joined.add(kind, message, location, None if ordinal is None else ordinal + messages)
        for kind, n in self.by_kind.items():
            kept = min(n, ERRORS_KEPT_PER_KIND)
            joined.by_kind[kind] += n - kept  # the kept ones were counted by add
        return joined

    def all(self) -> tuple[ScanError, ...]:
        listed = [
            ScanError(self.source, kind, message, location if at is None else f"message {at}")
            for kind, message, at, location in self.kept
        ]
        extra = [
            ScanError(
                self.source,
                kind,
                f"{n - ERRORS_KEPT_PER_KIND} more problems of this kind were counted, not listed",
                "summary",
            )
            for kind, n in sorted(self.by_kind.items())
            if n > ERRORS_KEPT_PER_KIND
        ]
        return (*listed, *extra)

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


@dataclass
class FilePart:
    """What reading a file, or a byte range of one, found: joined in file order with
    :meth:`after`, finished into the file's inventory fragment with :meth:`Hl7v2Connector.finish`.
    """

    source: str
    profiles: dict[FeedKey, FeedProfile]
    checks: _Checks
    errors: _Errors
    cursor: Cursor
    framed: int = 0
    read: int = 0

    def after(self, earlier: FilePart) -> FilePart:
        """``earlier``'s part followed by this one (the next byte range of the same file)."""
        shift = earlier.cursor.ordinals
        firsts = (earlier.cursor.first_mllp, self.cursor.first_mllp)
        profiles = dict(earlier.profiles)
        for key, profile in self.profiles.items():
            profile = _shifted(profile, shift)
            profiles[key] = profiles[key].merge(profile) if key in profiles else profile
        cursor = replace(
            earlier.cursor,
            first_mllp=min((at for at in firsts if at is not None), default=None),
            mllp_on=earlier.cursor.mllp_on
            if earlier.cursor.mllp_on is not None
            else self.cursor.mllp_on,
            envelope=earlier.cursor.envelope or self.cursor.envelope,
            ordinals=shift + self.cursor.ordinals,
            starts=earlier.cursor.starts + self.cursor.starts,
            ends=earlier.cursor.ends + self.cursor.ends,
            last_start=self.cursor.last_start if self.cursor.starts else earlier.cursor.last_start,
            problems=earlier.cursor.problems + self.cursor.problems,
        )
        return FilePart(
            self.source,
            profiles,
            self.checks.after(earlier.checks, shift),
            self.errors.after(earlier.errors, shift),
            cursor,
            earlier.framed + self.framed,
            earlier.read + self.read,
        )

    def close(self) -> None:
        """Record what only the end of the whole file tells (an MLLP frame left open...)."""
        for problem in self.cursor.end_problems():
            self.errors.add(problem.kind, problem.message, problem.location, problem.ordinal)


def _shifted(profile: FeedProfile, messages: int) -> FeedProfile:
    """The profile with the ordinals where facts were first seen, and where control ids were
    sent, moved ``messages`` on."""
    if not messages or not (profile.first_seen or profile.repeat_places):
        return profile
    moved = {key: (source, at + messages) for key, (source, at) in profile.first_seen.items()}
    places = tuple((d, source, at + messages) for d, source, at in profile.repeat_places)
    return replace(profile, first_seen=moved, repeat_places=places)


class Hl7v2Connector(Connector):
    """Scans one file of HL7 v2 messages (plain or gzip) into an Inventory fragment."""

    kind = SourceKind.HL7V2

    def __init__(
        self,
        *,
        validate: str = "all",
        sample_size: int = 20,
        max_validation_bytes: int = MAX_VALIDATION_BYTES,
    ) -> None:
        if validate not in VALIDATE_MODES:
            raise ValueError(f"validate must be one of {', '.join(VALIDATE_MODES)}")
        self.validate = validate
        self.sample_size = sample_size
        self.max_validation_bytes = max_validation_bytes

    def scan(self, target: str, progress: Progress = no_progress) -> Inventory:
        """Read every message of ``target``; only a file that cannot be opened raises."""
        try:
            stream = open_binary(target)
        except IsADirectoryError as exc:
            raise SourceError(f"{target} is a folder; give one file", "unreadable-file") from exc
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise SourceError(f"cannot open {target}: {reason}", "unreadable-file") from exc
        with stream:
            return self.finish(self.read(stream, target, progress))

    def read(
        self,
        stream: BinaryIO,
        target: str,
        progress: Progress = no_progress,
        cursor: Cursor | None = None,
    ) -> FilePart:
        """Profile the messages of ``stream``: the whole of ``target``, or with a ``cursor``
        one byte range of it (see :mod:`assessor.connectors.hl7v2.ranges`)."""
        errors = _Errors(target)
        every = self.validate == "all"  # the profiler's tally validates every message
        profiler = Profiler(target, validate=every, max_validation_bytes=self.max_validation_bytes)
        sampler = Sampler(self.sample_size)
        checks = _Checks(self.max_validation_bytes)
        whole = cursor is None
        cursor = cursor or Cursor()
        read = 0
        framed = 0

        def counted(n: int) -> None:
            nonlocal read
            read += n
            progress(n)

        pending: list[RawMessage] = []

        def profile(batch: list[RawMessage]) -> None:
            if len(batch) == 1 or batch[0].marker:
                outcomes = [profiler.add(m.data, m.framing, m.marker, m.ordinal) for m in batch]
            else:
                datas, ordinals = list(map(_DATA, batch)), list(map(_ORDINAL, batch))
                outcomes = profiler.add_many(datas, batch[0].framing, ordinals=ordinals)
            if self.validate != "sample" and all(map(isinstance, outcomes, repeat(Stratum))):
                return  # nothing to report, nothing to sample
            for raw, outcome in zip(batch, outcomes, strict=True):
                if isinstance(outcome, Problem):
                    errors.add(outcome.kind, outcome.message, ordinal=raw.ordinal)
                elif self.validate == "sample" and sampler.offer(outcome, raw):
                    checks.check(outcome, raw)

        waiting: list[RawMessage] = []  # plain messages of whole chunks, not yet profiled

        with _without_cycle_collection():
            for items in read_batches(stream, counted, cursor=cursor):
                if _uniform(items) and (not waiting or items[0].framing == waiting[0].framing):
                    # the common chunk: plain messages only, profiled BATCH at a time across
                    # chunks (a real archive mixes many feeds, and each feed's share of a
                    # batch is counted in one go)
                    framed += len(items)
                    waiting += items  # type: ignore[arg-type]
                    ready = len(waiting) - len(waiting) % BATCH
                    for start in range(0, ready, BATCH):
                        profile(waiting[start : start + BATCH])
                    del waiting[:ready]
                    continue
                if waiting:
                    profile(waiting)
                    waiting = []
                for item in items:
                    if isinstance(item, FramingProblem):
                        framed += item.kind == "oversized-message"
                        errors.add(item.kind, item.message, item.location, item.ordinal)
                        continue
                    framed += 1
                    if pending and (
                        len(pending) >= BATCH or item.framing != pending[0].framing or item.marker
                    ):
                        profile(pending)
                        pending = []
                    pending.append(item)
                    if item.marker:
                        profile(pending)
                        pending = []
                if pending:  # a chunk's messages are not held back for the next one
                    profile(pending)
                    pending = []
            if waiting:
                profile(waiting)
        if self.validate == "sample":
            for stratum, raw in sampler.reservoir():
                checks.check(stratum, raw)
        elif profiler.validation is not None:
            checks.take(profiler.validation)
        part = FilePart(target, profiler.profiles(), checks, errors, cursor, framed, read)
        if whole:
            part.close()
        return part

    def finish(self, part: FilePart) -> Inventory:
        """The inventory fragment of a file read whole, or of its byte ranges joined in order."""
        profiles = part.profiles
        if self.validate != "none":
            profiles = part.checks.applied(profiles, part.source)
        total = part.errors.total
        profiled = sum(p.messages for p in profiles.values())
        status = "ok" if not total else ("partial" if profiled else "failed")
        kind = SourceKind.HL7V2.value
        source = ScannedSource(part.source, kind, part.framed, 0, part.read, total, status)
        fragment = inventory_from_profiles(profiles.values(), part.source)
        scanned = ScanMetadata(sources=(source,), errors=part.errors.all())
        return replace(fragment, scan=scanned).sorted()


_DATA = attrgetter("data")
_ORDINAL = attrgetter("ordinal")
_MARKER = attrgetter("marker")
_FRAMING = attrgetter("framing")


def _uniform(items: list[RawMessage | FramingProblem]) -> bool:
    """Whether a chunk holds messages only, no marker, all framed alike (C-level checks)."""
    return (
        all(map(isinstance, items, repeat(RawMessage)))
        and not any(map(_MARKER, items))  # type: ignore[arg-type]
        and len(set(map(_FRAMING, items))) == 1  # type: ignore[arg-type]
    )


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a file streams by, then restore it.

    Profiling allocates millions of short-lived tuples and none of them form cycles; the
    generational collections they trigger only walk the long-lived caches (about a tenth of
    the scan's time). Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Checks:
    """Validation verdicts summed per feed: hl7apy's on the messages the sample chose, or the
    compiled validator's on every message (:mod:`assessor.connectors.hl7v2.validation_tally`)."""

    def __init__(self, max_bytes: int = MAX_VALIDATION_BYTES) -> None:
        self.max_bytes = max_bytes
        self.checked: Counter[FeedKey] = Counter()
        self.failed: Counter[FeedKey] = Counter()
        self.over_cap: Counter[FeedKey] = Counter()
        self.problems: dict[FeedKey, Counter[str]] = defaultdict(Counter)
        self.labels: dict[FeedKey, dict[str, str]] = defaultdict(dict)
        # "conformance|kind" -> the smallest ordinal of a message checked with that verdict
        self.first_seen: dict[FeedKey, dict[str, int]] = defaultdict(dict)

    def check(self, stratum: Stratum, raw: RawMessage) -> None:
        """Validate one message strictly and count what was found, by kind and path."""
        try:
            delimiters, _ = parse_delimiters(raw.data)
        except DelimiterError:
            return
        separators = "".join(c or "" for c in (
            delimiters.field, delimiters.component, delimiters.repetition, delimiters.subcomponent
        ))  # fmt: skip
        if over_validation_cap(raw.data, separators.encode("latin-1"), self.max_bytes):
            self.over_cap[stratum.feed] += 1
            self._seen(stratum.feed, "validation-over-cap", raw.ordinal)
            return
        text, _, _ = decode(raw.data, codec_for(_msh18(raw.data, delimiters.field.encode())))
        found = validate_message(
            with_version(text, stratum.version, delimiters.field, delimiters.component),
            stratum.version,
        )
        if not gc.isenabled():
            gc.collect(0)  # hl7apy's trees are cyclic (children point to their parents)
        self.checked[stratum.feed] += 1
        if any(not k.startswith("warning-") for k in found):
            self.failed[stratum.feed] += 1
            self._seen(stratum.feed, "strict-validation-failed", raw.ordinal)
        self._problems(stratum.feed, stratum.version, found)

    def _problems(self, feed: FeedKey, version: str, found: Counter[str]) -> None:
        self.problems[feed].update(found)
        for key in found:
            path = key.partition("|")[2]
            if _PATH.fullmatch(path):
                self.labels[feed][f"{version}|{path}"] = field_label(path, version)

    def take(self, validation: TallyValidation) -> None:
        """Take the counts of every message validated by the profiler's tally."""
        # sorted: the tally counts in an order of memory addresses, and reports list problems
        # in the order they were added where counts tie
        for (feed, version), found in sorted(validation.problems.items()):
            self._problems(feed, version, Counter(dict(sorted(found.items()))))
        for counts, theirs in (
            (self.checked, validation.checked),
            (self.failed, validation.failed),
            (self.over_cap, validation.over_cap),
        ):
            for (feed, _version), n in theirs.items():
                counts[feed] += n
        for (feed, _version), seen in validation.first_seen.items():
            for kind, ordinal in seen.items():
                self._seen(feed, kind, ordinal)

    def _seen(self, feed: FeedKey, kind: str, ordinal: int) -> None:
        seen = self.first_seen[feed]
        fact = f"conformance|{kind}"
        seen[fact] = min(seen.get(fact, ordinal), ordinal)

    def after(self, earlier: _Checks, messages: int) -> _Checks:
        """The verdicts of ``earlier``'s messages and of these, whose ordinals follow
        ``messages`` more, together."""
        joined = _Checks(self.max_bytes)
        for mine, theirs, out in (
            (self.checked, earlier.checked, joined.checked),
            (self.failed, earlier.failed, joined.failed),
            (self.over_cap, earlier.over_cap, joined.over_cap),
        ):
            out.update(theirs)
            out.update(mine)
        for side in (earlier, self):
            for key, found in side.problems.items():
                joined.problems[key].update(found)
            for key, labels in side.labels.items():
                joined.labels[key].update(labels)
        for side, shift in ((earlier, 0), (self, messages)):
            for key, seen in side.first_seen.items():
                for fact, ordinal in seen.items():
                    joined._seen(key, fact.partition("|")[2], ordinal + shift)
        return joined

    def applied(
        self, profiles: dict[FeedKey, FeedProfile], source: str
    ) -> dict[FeedKey, FeedProfile]:
        """The profiles with the validation counts filled in, and where each verdict counted
        in ``conformance`` was first met in ``source``."""
        out = {}
        for key, profile in profiles.items():
            seen = {fact: (source, n) for fact, n in self.first_seen.get(key, {}).items()}
            conformance = dict(profile.conformance)
            if self.checked[key]:
                conformance["strict-validation-failed"] = self.failed[key]
            if self.over_cap[key]:
                conformance["validation-over-cap"] = self.over_cap[key]
            out[key] = replace(
                profile,
                validated_messages=self.checked[key],
                validation_errors=dict(self.problems.get(key, {})),
                conformance=conformance,
                field_labels={**profile.field_labels, **self.labels.get(key, {})},
                first_seen=earliest(profile.first_seen, seen),
            )
        return out


_PATH = re.compile(r"[A-Z][A-Z0-9]{2}-\d+(?:\.\d+)?")


def _msh18(data: bytes, fs: bytes) -> str:
    end = data.find(b"\r")
    fields = (data if end < 0 else data[:end]).split(fs)
    return fields[17].decode("latin-1") if len(fields) > 17 else ""


def _transport(profile: FeedProfile) -> Transport:
    if profile.framing.get("mllp"):
        return Transport.MLLP
    if profile.framing.get("batch"):
        return Transport.FILE
    return Transport.UNKNOWN


def inventory_from_profiles(profiles: object, source: str) -> Inventory:
    """Systems and flows for a set of feed profiles (shared by the scan and the listener)."""
    profiles = list(profiles)  # type: ignore[call-overload]
    naming = Naming(
        (
            end
            for p in profiles
            for end in (
                End("sender", p.sending_application, p.sending_facility),
                End("receiver", p.receiving_application, p.receiving_facility),
            )
        ),
        source,
    )
    flows: dict[str, FeedProfile] = {}
    ends: dict[str, tuple[str, str, Transport]] = {}
    for profile in profiles:
        sending, s_facility, receiving, r_facility = profile.key
        source_id = naming.system_of(End("sender", sending, s_facility))
        target_id = naming.system_of(End("receiver", receiving, r_facility))
        transport = _transport(profile)
        fid = flow_id(source_id, target_id, transport.value)
        flows[fid] = flows[fid].merge(profile) if fid in flows else profile
        ends[fid] = (source_id, target_id, transport)
    return Inventory(
        systems=tuple(
            System(
                id=sid,
                name=named.name,
                aliases=tuple(sorted(a for a in named.aliases if a)),
                declared=False,
                sources=(source,),
                facilities=tuple(sorted(named.facilities)),
            )
            for sid, named in sorted(naming.systems.items())
        ),
        flows=tuple(_flow(fid, *ends[fid], profile, source) for fid, profile in flows.items()),
    )


def _flow(
    fid: str, source_id: str, target_id: str, transport: Transport, p: FeedProfile, source: str
) -> Flow:
    return Flow(
        id=fid,
        source=source_id,
        target=target_id,
        transport=transport,
        message_types=dict(p.message_types),
        hl7_versions={(v or "unknown"): n for v, n in p.versions.items()},
        z_segments=p.z_segments,
        phi_classes=tuple(PhiClass(c) for c in sorted(p.phi_classes) if p.phi_classes[c]),
        tls=None,
        message_count=p.messages,
        first_seen=p.first_timestamp,
        last_seen=p.last_timestamp,
        observed=True,
        profile=p,
        conformance=dict(p.conformance),
        sources=(source,),
    )

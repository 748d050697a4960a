"""Validation on the profiler's tally gives, message for message, the compiled validator's
verdict (:func:`check_message`, which agrees with hl7apy: test_hl7_conformance), with the C
tally and with its Python twin, and takes the slow way only where its keys cannot tell."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterator

import pytest
from hl7_fixtures import CORPUS, SAMPLE_FEEDS, build

from assessor.connectors.hl7v2.conformance_check import check_message
from assessor.connectors.hl7v2.connector import Hl7v2Connector, _msh18
from assessor.connectors.hl7v2.encoding import codec_for, decode, parse_delimiters
from assessor.connectors.hl7v2.framing import RawMessage, open_binary, read_messages
from assessor.connectors.hl7v2.profiler import Profiler, Stratum
from assessor.connectors.hl7v2.validation import with_version
from assessor.connectors.hl7v2.validation_tally import TallyValidation

VALID = ("EVN|A01|20240105122900", "PID|1||MRN48213^^^H^MR||ZEBEDEE^QUINTUS||19610923|M", "PV1|1|I")


def _reference(raw: bytes, version: str) -> Counter[str]:
    """What the connector's per-message validation gave before the tally did it."""
    delimiters, _ = parse_delimiters(raw)
    text, _, _ = decode(raw, codec_for(_msh18(raw, delimiters.field.encode())))
    text = with_version(text, version, delimiters.field, delimiters.component)
    return check_message(text, version)


def _on_the_tally(profiler: Profiler, raw: bytes) -> tuple[Stratum, Counter[str], int, int]:
    """One message validated by the profiler's tally: (stratum, problems, failed, slow)."""
    profiler.validation = counts = TallyValidation()
    stratum = profiler.add(raw)
    assert isinstance(stratum, Stratum)
    assert sum(counts.checked.values()) == 1
    problems = sum(counts.problems.values(), Counter())
    return stratum, problems, sum(counts.failed.values()), counts.slow_messages


def _estate_messages() -> Iterator[bytes]:
    corpus = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".md")
    sample = sorted(p for p in SAMPLE_FEEDS.iterdir() if p.is_file() and p.suffix != ".md")
    for path in corpus + sample:
        with open_binary(str(path)) as stream:
            for raw in read_messages(stream):
                usable = isinstance(raw, RawMessage) and not raw.marker
                if usable and isinstance(Profiler().add(raw.data), Stratum):
                    yield raw.data


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_every_estate_message_gets_the_compiled_validator_s_verdict_on_the_tally(each_tally):
    profiler = Profiler(validate=True)
    checked = slow = 0
    differ = []
    for ordinal, raw in enumerate(_estate_messages(), start=1):
        stratum, ours, failed, taken_slow = _on_the_tally(profiler, raw)
        theirs = _reference(raw, stratum.version)
        checked += 1
        slow += taken_slow
        failing = any(not k.startswith("warning-") for k in theirs)
        if ours != theirs or failed != failing:
            differ.append((ordinal, sorted((ours - theirs).items()), sorted(theirs - ours)))
    assert checked > 4000
    assert differ == []
    assert slow <= checked // 1000  # judged from the tally's counts, all but a few


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_whole_files_validated_on_the_tally_count_what_each_message_gives(each_tally):
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".md")[:60]:
        profiler = Profiler(validate=True)
        expected: dict[tuple, Counter[str]] = defaultdict(Counter)
        with open_binary(str(path)) as stream:
            raws = [r for r in read_messages(stream) if isinstance(r, RawMessage)]
        for raw in raws:
            stratum = Profiler().add(raw.data, raw.framing, raw.marker)
            if isinstance(stratum, Stratum):
                expected[(stratum.feed, stratum.version)] += _reference(raw.data, stratum.version)
        for raw in raws:
            profiler.add(raw.data, raw.framing, raw.marker)
        counted = profiler.validation
        assert {k: +v for k, v in counted.problems.items() if +v} == {
            k: v for k, v in expected.items() if v
        }, path.name


def _message(*segments: str, message_type: str = "ADT^A01^ADT_A01") -> bytes:
    return build(message_type=message_type, body=segments)


CASES = {
    "a conformant message": _message(*VALID),
    "a blank field, as empty as an empty one": _message(
        VALID[0], VALID[1].replace("MRN48213^^^H^MR", "   "), VALID[2]
    ),
    "a blank component and a blank repetition": _message(
        VALID[0], VALID[1].replace("MRN48213^^^H^MR", "MRN48213^ ^^H^MR~ "), VALID[2]
    ),
    "a blank after a code at the end of a segment (stripped, in its table)": _message(
        VALID[0], VALID[1].replace("|M", "|M  "), VALID[2]
    ),
    "a code outside its table": _message(VALID[0], VALID[1].replace("|M", "|Q"), VALID[2]),
    "a segment outside the structure, a Z-segment, a wrapped line": _message(
        VALID[0], VALID[1], "ZPI|1", "ORC|NW", "MPIDX|1", "note that runs on", VALID[2]
    ),
    "missing segments and fields": _message("PID|1||||ZEBEDEE"),
    "a structure hl7apy does not know": _message(*VALID, message_type="ADT^A99"),
    "a site-defined structure": _message(*VALID, message_type="ZZZ^Z01^ZZZ_Z01"),
    "a message type alone": _message("MSA|AA|1", message_type="ACK"),
    "a version with components in MSH-12": build(version="2.5^DE&x", body=VALID),
    "a primitive holding components": _message(VALID[0], VALID[1] + "^F", VALID[2]),
}
SLOW = {
    "a no-break space alone in a field (blank in latin-1)": build(
        charset="8859/1", body=(VALID[0], VALID[1].replace("MRN48213^^^H^MR", "\xa0"), VALID[2])
    ),
    "a second MSH": _message(*VALID, "MSH|^~\\&|A|B|C|D|20240101||ADT^A01|2|P|2.5"),
    "a segment id run on into text": _message(VALID[0], VALID[1], "PV1X|1|I"),
    "a segment starting with a blank": _message(VALID[0], " " + VALID[1], VALID[2]),
    "an MSH ending with a blank before MSH-12 (which then holds the version)": build(
        message_type="ADT^A01^ADT_A01 ", body=VALID
    ).replace(b"|MSG0001|P|2.5||||||", b"")
    + b"\r",
}


@pytest.mark.parametrize("name", [*CASES, *SLOW])
def test_each_case_gets_the_compiled_validator_s_verdict(each_tally, name):
    raw = {**CASES, **SLOW}[name]
    stratum, ours, _, slow = _on_the_tally(Profiler(validate=True), raw)
    assert ours == _reference(raw, stratum.version)
    assert slow == (name in SLOW)


# what a sender's bugs put into messages: blanks, no-break spaces, stray delimiters and lines
_MUTATIONS = (b" ", b"  ", b"\xa0", b"\t", b"\xc2\xa0", b"|", b"^", b"~", b"&", b" ^ ", b"~ ",
              b"\x85", b"\xe9", b"\r", b"\rZZZ|1", b"\rPID", b"\rPIDX|1", b"\r ", b" \r",
              b"\rMSH|^~\\&|A", b"\r\r")  # fmt: skip


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_estate_messages_broken_at_random_get_the_compiled_validator_s_verdict(each_tally):
    rng = random.Random(14)
    messages = list(_estate_messages())
    profiler = Profiler(validate=True)
    checked, differ = 0, []
    for _ in range(800):
        broken = bytearray(rng.choice(messages))
        for _ in range(rng.randint(1, 4)):
            at = rng.randint(9, len(broken))
            if rng.random() < 0.3:
                del broken[at : at + rng.randint(1, 3)]
            else:
                broken[at:at] = rng.choice(_MUTATIONS)
        raw = bytes(broken)
        if not isinstance(Profiler().add(raw), Stratum) or len(raw) > 5000:
            continue
        stratum, ours, failed, _ = _on_the_tally(profiler, raw)
        theirs = _reference(raw, stratum.version)
        checked += 1
        if ours != theirs or failed != any(not k.startswith("warning-") for k in theirs):
            differ.append((raw[:60], sorted(ours - theirs), sorted(theirs - ours)))
    assert checked > 600
    assert differ == []


def test_a_message_over_the_validation_cap_is_counted_not_validated(each_tally):
    big = _message(VALID[0], VALID[1], VALID[2], "NTE|1||" + "x^" * 6000)
    profiler = Profiler(validate=True)
    profiler.add(big)
    profiler.add(_message(*VALID))
    assert sum(profiler.validation.checked.values()) == 1
    assert sum(profiler.validation.over_cap.values()) == 1


def test_validating_changes_no_profile(each_tally):
    raws = [raw for raw, _ in zip(_estate_messages(), range(600), strict=False)]
    raws += [*CASES.values(), *SLOW.values()]
    plain, validating = Profiler(), Profiler(validate=True)
    plain.add_many(raws)
    validating.add_many(raws)
    assert validating.profiles() == plain.profiles()


def test_the_python_tally_validates_as_the_c_one(monkeypatch):
    from assessor.connectors.hl7v2 import profiler, tally

    if tally.IMPLEMENTATION != "c":
        pytest.skip(
            "the C extension assessor.connectors.hl7v2._tally was not built (no C compiler)"
        )
    raws = [*CASES.values(), *SLOW.values()] * 3
    counted = []
    for implementation in (tally.tally, tally.tally_python):
        monkeypatch.setattr(profiler, "tally", implementation)
        validating = Profiler(validate=True)
        validating.add_many(raws)
        v = validating.validation
        counted.append((v.checked, v.failed, v.problems, v.slow_messages))
    assert counted[0] == counted[1]


def test_the_first_failing_and_over_cap_messages_are_where_the_verdicts_were_first_seen(
    each_tally, write
):
    good, bad = _message(*VALID), _message("PID|1")
    big = _message(*VALID, "NTE|1||" + "x^" * 6000)
    path = write("adt.hl7", b"\r".join([good, good, bad, big, bad, big]))
    (flow,) = Hl7v2Connector().scan(str(path)).flows
    assert flow.profile.first_seen["conformance|strict-validation-failed"] == (str(path), 3)
    assert flow.profile.first_seen["conformance|validation-over-cap"] == (str(path), 4)

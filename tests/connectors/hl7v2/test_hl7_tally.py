"""The profiler's inner loop: the C extension and the Python implementation count alike."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from hl7_fixtures import CORPUS, SAMPLE_FEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.connectors.hl7v2 import profiler, shapes, tally
from assessor.connectors.hl7v2.framing import RawMessage, open_binary, read_messages
from assessor.connectors.hl7v2.profiler import Profiler
from assessor.connectors.hl7v2.reference import known_segments
from assessor.connectors.hl7v2.tally import coding_systems, tally_python

needs_c = pytest.mark.skipif(
    tally.IMPLEMENTATION != "c" and os.environ.get("CI") != "true",
    reason="the C extension assessor.connectors.hl7v2._tally was not built (no C compiler)",
)


def profiles_with(
    implementation: Callable, messages: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> dict:
    monkeypatch.setattr(profiler, "tally", implementation)
    profiled = Profiler()
    for start in range(0, len(messages), 7):  # groups of several messages, as the scan does
        profiled.add_many(messages[start : start + 7])
    return profiled.profiles()


def test_the_c_extension_is_built_in_ci():
    if os.environ.get("CI") != "true":
        pytest.skip("only CI promises a C compiler")
    assert tally.IMPLEMENTATION == "c"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"2093-3^Cholesterol^LN", b"^^LN"),
        (b"2093-3^Cholesterol^LN^CHOL^Chol^L", b"^^LN^^^L"),
        (b"A^B^^D^E^L", b"^^^^^L"),
        (b"A^B", b""),
        (b"A", b""),
        (b"", b""),
        (b"A^B^LN~C^D^SCT~", b"^^LN~^^SCT~"),
        (b"A^B^L&sub", b"^^L&sub"),
    ],
)
def test_a_coded_value_is_reduced_to_its_coding_systems_per_repetition(value, expected):
    assert coding_systems(value, b"^", b"~") == expected


def test_a_coded_value_without_component_separator_has_no_coding_system():
    assert coding_systems(b"A^B^LN", None, None) == b""


def test_the_reduced_value_names_the_systems_the_whole_one_does():
    whole, reduced = Profiler(), Profiler()
    obx = "OBX|1|CE|{}||X"
    base = b"MSH|^~\\&|LIS|H|EHR|H|20240101||ORU^R01|1|P|2.5\r"
    whole.add(base + obx.format("2093-3^Chol^LN^C^C^L~K^Potassium^99LAB").encode())
    reduced.add(base + obx.format("^^LN^^^L~^^99LAB").encode())
    (a,), (b,) = whole.profiles().values(), reduced.profiles().values()
    assert a.coding_systems == b.coding_systems == {"OBX-3|LN": 1, "OBX-3.6|L": 1, "OBX-3|99LAB": 1}


FIELD = st.text(alphabet="AZ09 ^~&\\.-", max_size=12)
SEGMENT_IDS = ("PID", "OBX", "OBR", "MSA", "ZPV", "ZZ1", "PV1", "NK1", "IN1", "AL1", "DG1", "X")


@st.composite
def segments(draw) -> str:
    sid = draw(st.sampled_from(SEGMENT_IDS))
    if sid == "OBX":
        fields = [draw(st.sampled_from(("1", ""))), draw(st.sampled_from(("NM", "TX", "FT", "")))]
        fields += draw(st.lists(FIELD, max_size=8))
    else:
        fields = draw(st.lists(FIELD, max_size=40))
    return "|".join([sid, *fields])


@st.composite
def messages(draw) -> bytes:
    version = draw(st.sampled_from(("2.3", "2.5.1", "2.7", "")))
    kind = draw(st.sampled_from(("ORU^R01^ORU_R01", "ADT^A01", "ACK")))
    head = f"MSH|^~\\&|A|B|{draw(st.sampled_from(('C', 'D')))}|E|2024||{kind}|1|P|{version}"
    body = draw(st.lists(segments(), max_size=10))
    return "\r".join([head, *body]).encode("latin-1")


@needs_c
@settings(max_examples=150, deadline=None)
@given(st.lists(messages(), min_size=1, max_size=20))
def test_c_and_python_count_random_messages_alike(batch):
    with pytest.MonkeyPatch.context() as monkeypatch:
        c = profiles_with(tally.tally, batch, monkeypatch)
        python = profiles_with(tally_python, batch, monkeypatch)
    assert c == python


@needs_c
def test_c_and_python_read_a_field_past_the_sixty_second_alike(monkeypatch):
    # IN2-65 is coded in v2.3: a field read beyond the C side's fixed bounds (IN2 is about
    # the insured, whose coded fields are not read: let them be, for this test)
    monkeypatch.setattr(shapes, "CODED_SEGMENTS", shapes.CODED_SEGMENTS | {"IN2"})
    in2 = "IN2" + "|" * 65 + "X^Y^LOCAL~A^B^HL70001~C^D^L^E^F^ALT"
    batch = [b"MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|2.3\r" + in2.encode()]
    c = profiles_with(tally.tally, batch, monkeypatch)
    assert c == profiles_with(tally_python, batch, monkeypatch)
    (profile,) = c.values()
    assert {k for k in profile.coding_systems if k.startswith("IN2-65")} == {
        "IN2-65|LOCAL",
        "IN2-65|HL70001",
        "IN2-65|L",
        "IN2-65.6|(unlisted)",
    }


@needs_c
def test_c_and_python_count_a_message_with_more_than_64_segment_ids_alike(monkeypatch):
    body = [f"Z{a}{b}|1" for a in "ABCDEFGHIJ" for b in "0123456789"]  # 100 distinct ids
    batch = ["\r".join(["MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|2.5", *body, "ZA0|2"]).encode()]
    c = profiles_with(tally.tally, batch, monkeypatch)
    assert c == profiles_with(tally_python, batch, monkeypatch)
    (profile,) = c.values()
    assert profile.segment_messages["ZA0"] == 1
    assert profile.segments["ZA0"] == 2


def _messages_of(paths) -> list[bytes]:
    found = []
    for path in paths:
        with open_binary(path) as stream:
            found += [m.data for m in read_messages(stream) if isinstance(m, RawMessage)]
    return found


@needs_c
def test_c_and_python_give_the_same_profiles_of_the_sample_feeds(monkeypatch):
    batch = _messages_of(sorted(SAMPLE_FEEDS.iterdir()))
    assert len(batch) > 3000
    c = profiles_with(tally.tally, batch, monkeypatch)
    assert c == profiles_with(tally_python, batch, monkeypatch)


@needs_c
@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside this clone")
def test_c_and_python_give_the_same_profiles_of_the_real_corpus(monkeypatch):
    batch = _messages_of(sorted(p for p in CORPUS.rglob("*") if p.is_file()))
    assert len(batch) > 600
    c = profiles_with(tally.tally, batch, monkeypatch)
    assert c == profiles_with(tally_python, batch, monkeypatch)


@pytest.mark.parametrize("version", ["2.1", "2.2", "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6"])
def test_every_segment_the_reference_knows_is_profiled_in_its_version(version):
    ids = sorted(s for s in known_segments(version) if len(s) == 3)
    body = [f"{sid}|1|A^B^C|X" for sid in ids]
    head = f"MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|{version}"
    profiled = Profiler()
    profiled.add("\r".join([head, *body]).encode())
    (profile,) = profiled.profiles().values()
    assert set(profile.segments) == {"MSH", *ids}


@pytest.mark.parametrize("version", ["2.7", "2.8"])
def test_segments_withdrawn_from_a_version_are_profiled_in_it(version):
    # hl7apy describes QRD, QRF, URD and URS in 2.7 with no fields at all
    ids = sorted(s for s in known_segments(version) if len(s) == 3)
    body = [f"{sid}|1|A^B^C|X" for sid in [*ids, "QRD", "QRF", "URD", "URS"]]
    head = f"MSH|^~\\&|A|B|C|D|2024||QRY^A19|1|P|{version}"
    profiled = Profiler()
    profiled.add("\r".join([head, *body]).encode())
    (profile,) = profiled.profiles().values()
    assert {"QRD", "QRF", "URD", "URS"} <= set(profile.segments)


def _entries(key: bytes):
    """A stand-in for the profiler's index: OBX reads OBX-3 twice (once as coding systems) and
    OBX-2, which marks free text; ZPV is asked for; PID carries PHI bit 1."""
    sid = key[1 : 1 + key[0]]
    sid = _SIDS.setdefault(sid, sid)
    if sid == b"OBX":
        return (("kind", key), 0, sid, 1, (3, 3, 2), (True, False, False), 2, False)
    if sid == b"ZPV":
        return (("kind", key), 0, sid, 2, (), (), -1, True)
    return (("kind", key), 1 if sid == b"PID" else 0, sid, 0, (), (), -1, False)


_SIDS: dict[bytes, bytes] = {}
# content -> space, CR -> "#", each delimiter -> its mark (what shapes.py's tables are)
TABLE = bytes({13: ord("#"), **{ord(c): ord(c) for c in "|^~&"}}.get(b, 32) for b in range(256))


@pytest.mark.parametrize("implementation", ["c", "python"])
def test_tally_counts_what_its_contract_says(implementation):
    if implementation == "c" and tally.IMPLEMENTATION != "c":
        pytest.skip("the C extension assessor.connectors.hl7v2._tally was not built")
    run = tally.tally if implementation == "c" else tally_python
    messages = [
        b"MSH|^~\\&|A\rPID|1||X\rOBX|1|TX|C1^Chol^LN\rOBX|2|NM|C2^Gluc^LN",
        b"MSH|^~\\&|B\rZPV|abc|1\rOBX|1|NM|C3^K^L~C4^Na^LN",
    ]
    index: dict = {}

    def missing(key):
        entry = index[key] = _entries(key)
        return entry

    kinds, sids, reads = {}, {}, {}
    allowed = [frozenset({b"MSH", b"PID"}), None]
    masks, outside, z_segments, z_tokens = run(
        messages, TABLE, index, missing, allowed, kinds, sids, reads, frozenset({b"TX"}), 8
    )
    assert masks == [1 | 8, 0]  # PID's bit, and free text from OBX-2 = TX
    assert outside == [0]  # OBX is not allowed in the first message's structure
    assert (z_segments, z_tokens) == ([b"ZPV|abc|1"], [2])
    assert sids == {b"MSH": 2, b"PID": 1, b"OBX": 2, b"ZPV": 1}
    assert sum(kinds.values()) == 7
    assert reads == {
        (1, (b"^^LN", b"C1^Chol^LN", b"TX")): 1,
        (1, (b"^^LN", b"C2^Gluc^LN", b"NM")): 1,
        (1, (b"^^L~^^LN", b"C3^K^L~C4^Na^LN", b"NM")): 1,
    }


HEADS = (
    *(b"MSH|^~\\&|", b"MSH#$%^&#", b"MSH|", b"MSH^~|&"),
    b"MSH|^~\\&|A|B|C|D|2024||ORU^R01|1|P|2.5|",
)


@needs_c
@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(HEADS), st.binary(max_size=300)),
        min_size=1,
        max_size=12,
    )
)
def test_c_and_python_profile_any_bytes_after_an_msh_alike(parts):
    batch = [head + body for head, body in parts]
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(profiler, "tally", tally.tally)
        c_outcomes = Profiler().add_many(batch)
        c = profiles_with(tally.tally, batch, monkeypatch)
        monkeypatch.setattr(profiler, "tally", tally_python)
        assert Profiler().add_many(batch) == c_outcomes
        assert profiles_with(tally_python, batch, monkeypatch) == c


def test_a_segment_key_new_to_a_group_makes_one_kind_however_often_it_is_met(each_tally):
    message = (
        b"MSH|^~\\&|LIS|H|EHR|H|20240105||ORU^R01|1|P|2.5\rOBX|1|NM|A^B^LN||1\rOBX|2|NM|A^B^LN||2"
    )
    profiled = Profiler()
    profiled.add_many([message] * 50)
    (feed,) = profiled.feeds.values()
    (kinds,) = feed.shapes.values()
    assert len(kinds) == len({kind.key for kind in kinds})

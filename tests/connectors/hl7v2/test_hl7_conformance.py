"""The compiled validator reports what hl7apy's strict validation reports, without hl7apy.

hl7apy stays the oracle: every message of the shared corpus, and every shape of message of the
generated sample estate, is checked by both, and each must give the same set of ``kind|path``
keys. Where they differ on
purpose, ``DELIBERATE`` says why, and :func:`_explained` shows the difference is that one and
nothing else (the difference is undone mechanically, then the two must agree).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hl7_fixtures import CORPUS, SAMPLE_FEEDS, build

from assessor.connectors.hl7v2 import Hl7v2Connector
from assessor.connectors.hl7v2.conformance import message_level
from assessor.connectors.hl7v2.conformance_check import _tree, check_message
from assessor.connectors.hl7v2.connector import _msh18
from assessor.connectors.hl7v2.encoding import DelimiterError, codec_for, decode, parse_delimiters
from assessor.connectors.hl7v2.framing import RawMessage, open_binary, read_messages
from assessor.connectors.hl7v2.profiler import Profiler, Stratum
from assessor.connectors.hl7v2.shapes import mask
from assessor.connectors.hl7v2.validation import validate_message, with_version

VALID = ("EVN|A01|20240105122900", "PID|1||MRN48213^^^H^MR||ZEBEDEE^QUINTUS||19610923|M", "PV1|1|I")

DELIBERATE = {
    "segment-outside-structure": (
        "A segment the message structure does not define anywhere (a Z-segment, PRT or EVN "
        "where hl7apy's structure has none, a comment line): hl7apy's find_groups drops it "
        "without a word and starts placing the next segments from the top of the structure, "
        "so a valid group that follows is reported as missing its first segment. We report "
        "unexpected-child|STRUCTURE:SEG (Z-segments excepted: they are allowed anywhere) and "
        "carry on where we were. Undone by: hl7apy on the message without those segments "
        "must equal ours without those keys."
    ),
}


def _texts(path: Path) -> Iterator[tuple[str, str]]:
    """Each message of a file as the connector hands it to validation: (text, version)."""
    with open_binary(str(path)) as stream:
        for raw in read_messages(stream):
            if not isinstance(raw, RawMessage):
                continue
            stratum = Profiler().add(raw.data, raw.framing, raw.marker)
            if not isinstance(stratum, Stratum):
                continue
            try:
                delimiters, _ = parse_delimiters(raw.data)
            except DelimiterError:
                continue
            text, _, _ = decode(raw.data, codec_for(_msh18(raw.data, delimiters.field.encode())))
            yield (
                with_version(text, stratum.version, delimiters.field, delimiters.component),
                stratum.version,
            )


def _estate_files() -> list[Path]:
    corpus = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".md")
    return corpus + sorted(p for p in SAMPLE_FEEDS.iterdir() if p.is_file() and p.suffix != ".md")


def _estate_messages() -> Iterator[tuple[Path, int, str, str]]:
    """(file, ordinal, text, version) of every message of the shared corpus, and of the sample
    estate's first message of each shape: the estate is generated, its 3,763 messages 747 shapes
    of a few templates with other values, and hl7apy takes a twentieth of a second a message."""
    seen: set[tuple[str, str]] = set()
    for path in _estate_files():
        generated = CORPUS not in path.parents
        for ordinal, (text, version) in enumerate(_texts(path), start=1):
            if generated:
                # its segments, the fields and components present, the kind of each value
                shape = (version, mask(text.encode("utf-8")))
                if shape in seen:
                    continue
                seen.add(shape)
            yield path, ordinal, text, version


def _explained(text: str, version: str, ours: set[str]) -> tuple[set[str], set[str]]:
    """Ours and hl7apy's keys once the deliberate difference is undone."""
    segments = [s for s in text.split("\r") if s]
    header = segments[0].split(segments[0][3])
    msh9 = header[8].strip().split(header[1][0]) if len(header) > 8 else []
    structure = msh9[2] if len(msh9) > 2 else "_".join(msh9[:2])
    root = message_level(structure.upper(), version)
    if root is None:
        return ours, set(validate_message(text, version))
    _, dropped = _tree(root, [s[:3] for s in segments])
    kept = "\r".join(s for s in segments if s[:3] not in set(dropped))
    reported = {f"unexpected-child|{root.name}:{sid}" for sid in dropped}
    return ours - reported, set(validate_message(kept, version))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_the_compiled_validator_agrees_with_hl7apy_on_every_shape_of_message_of_the_estates():
    checked, explained, unexplained = 0, 0, []
    for path, ordinal, text, version in _estate_messages():
        checked += 1
        ours = set(check_message(text, version))
        theirs = set(validate_message(text, version))
        if ours == theirs:
            continue
        ours, theirs = _explained(text, version, ours)
        if ours == theirs:
            explained += 1
            continue
        unexplained.append((path.name, ordinal, sorted(ours - theirs), sorted(theirs - ours)))
    assert checked > 1400
    assert explained > 0  # the difference the table states is met on these estates
    assert unexplained == []


def test_a_conformant_message_has_no_problem():
    assert check_message(build(body=VALID).decode(), "2.5") == {}


def test_missing_required_segments_and_fields_are_named_by_path():
    problems = check_message(build(body=("PID|1||||ZEBEDEE",)).decode(), "2.5")
    assert problems == {"missing-required|EVN": 1, "missing-required|PV1": 1,
                        "missing-required|PID-3": 1}  # fmt: skip


def test_a_segment_repeated_past_its_cardinality_is_too_many():
    problems = check_message(build(body=(*VALID, VALID[2])).decode(), "2.5")
    assert problems == {"too-many-repetitions|PV1": 1}


def test_a_field_repeated_past_its_cardinality_is_too_many():
    body = (VALID[0], VALID[1].replace("PID|1|", "PID|1~2|"), VALID[2])
    assert check_message(build(body=body).decode(), "2.5") == {"too-many-repetitions|PID-1": 1}


def test_a_primitive_field_holding_components_has_the_wrong_datatype():
    body = (VALID[0], VALID[1] + "^F", VALID[2])
    problems = check_message(build(body=body).decode(), "2.5")
    assert problems["wrong-datatype|PID-8"] == 1


def test_a_value_outside_its_table_is_reported_without_the_value():
    body = (VALID[0], VALID[1].replace("|M", "|ZEBEDEE"), VALID[2])
    problems = check_message(build(body=body).decode(), "2.5")
    assert problems == {"warning-value-not-in-table|PID-8": 1}


def test_a_segment_outside_the_structure_is_unexpected_and_a_z_segment_is_not():
    body = (VALID[0], VALID[1], "ZPI|1", "ORC|NW", VALID[2])
    problems = check_message(build(body=body).decode(), "2.5")
    assert problems == {"unexpected-child|ADT_A01:ORC": 1}


def test_the_walk_goes_on_in_its_group_after_a_segment_outside_the_structure():
    body = ("PID|1||MRN48213||ZEBEDEE", "ORC|RE", "OBR|1|||X^Y", "ZDS|1", "OBX|1|ST|X^Y||Z||||||F")
    text = build(message_type="ORU^R01^ORU_R01", body=body).decode()
    assert check_message(text, "2.5") == {}


def test_a_structure_hl7apy_does_not_know_is_one_unknown_element():
    text = build(message_type="ADT^A99", body=VALID).decode()
    assert check_message(text, "2.5") == {"unknown-element|": 1}


def test_repeated_checks_of_one_message_give_the_same_counts():
    text = build(body=(VALID[0], VALID[1].replace("|M", "|Q"))).decode()
    assert check_message(text, "2.5") == check_message(text, "2.5")


def test_validate_all_checks_every_message_with_the_compiled_validator(write):
    body = (VALID[0], VALID[1], "ORC|NW", VALID[2])
    data = b"\r".join([build(body=body)] * 3)
    inventory = Hl7v2Connector(validate="all").scan(str(write("adt.hl7", data)))
    (flow,) = inventory.flows
    assert flow.profile.validated_messages == 3
    assert flow.profile.validation_errors == {"unexpected-child|ADT_A01:ORC": 3}


def test_a_field_of_a_hundred_thousand_blanks_is_as_empty_as_an_empty_one():
    blank = (VALID[0], VALID[1].replace("MRN48213^^^H^MR", " " * 100_000), VALID[2])
    empty = (VALID[0], VALID[1].replace("MRN48213^^^H^MR", ""), VALID[2])
    assert check_message(build(body=blank).decode(), "2.5") == {"missing-required|PID-3": 1}
    assert check_message(build(body=empty).decode(), "2.5") == {"missing-required|PID-3": 1}

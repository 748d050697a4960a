"""hl7apy strict validation of a stratified sample, reduced to kinds and field paths."""

from __future__ import annotations

from hl7_fixtures import build

from assessor.connectors.hl7v2.validation import (
    MAX_VALIDATION_PARTS,
    Sampler,
    over_validation_cap,
    validate_message,
    with_version,
)

VALID = ("EVN|A01|20240105122900", "PID|1||MRN48213^^^H^MR||ZEBEDEE^QUINTUS||19610923|M", "PV1|1|I")


def test_a_conformant_message_has_no_problem():
    assert validate_message(build(body=VALID).decode(), "2.5") == {}


def test_missing_required_segments_are_named_by_path():
    problems = validate_message(build(body=("PID|1||MRN48213||ZEBEDEE",)).decode(), "2.5")
    assert problems == {"missing-required|EVN": 1, "missing-required|PV1": 1}


def test_a_value_outside_its_table_is_reported_without_the_value():
    body = (VALID[0], VALID[1].replace("|M", "|ZEBEDEE"), VALID[2])
    problems = validate_message(build(body=body).decode(), "2.5")
    assert problems == {"warning-value-not-in-table|PID-8": 1}
    assert not any("ZEBEDEE" in key for key in problems)


def test_a_message_hl7apy_cannot_parse_is_one_parse_problem():
    problems = validate_message("MSH|^~|A|B|C|D|2024||ADT^A01|1|P|2.5\rPID|1", "2.5")
    assert problems == {"parse-invalid-encoding-chars|": 1}


def test_the_version_hl7apy_is_asked_to_use_replaces_msh12():
    text = build(version="2.3.z^X").decode()
    assert with_version(text, "2.3", "|", "^").split("\r")[0].split("|")[11] == "2.3^X"
    assert with_version("MSH|^~\\&|A", "2.5", "|", "^") == "MSH|^~\\&|A|||||||||2.5"


def test_the_first_n_of_each_stratum_are_checked_at_once():
    sampler = Sampler(3)
    offered = [(stratum, i, sampler.offer(stratum, i)) for i in range(10) for stratum in "AB"]
    assert [(s, i) for s, i, now in offered if now] == [
        ("A", 0), ("B", 0), ("A", 1), ("B", 1), ("A", 2), ("B", 2)
    ]  # fmt: skip


def test_the_reservoir_keeps_n_of_the_rest_per_stratum():
    sampler = Sampler(3)
    for i in range(100):
        sampler.offer("ADT", i)
        sampler.offer("ORU", 1000 + i)
    kept = sampler.reservoir()
    assert sorted(s for s, _ in kept) == ["ADT"] * 3 + ["ORU"] * 3
    assert all(3 <= i < 100 for s, i in kept if s == "ADT")


def test_the_reservoir_reaches_past_its_first_fill():
    sampler = Sampler(2)
    for i in range(1000):
        sampler.offer("ADT", i)
    assert max(item for _, item in sampler.reservoir()) > 100


def test_the_same_input_draws_the_same_sample():
    def draw() -> list:
        sampler = Sampler(5)
        for i in range(500):
            sampler.offer(("PAS", "ADT^A01", "2.5"), i)
        return sampler.reservoir()

    assert draw() == draw()


def test_a_sampler_without_a_size_checks_every_message_and_keeps_none():
    sampler = Sampler(None)
    assert all(sampler.offer("ADT", i) for i in range(50))
    assert sampler.reservoir() == []


def test_a_message_with_more_separators_than_the_cap_is_over_it_each_separator_once():
    many = b"MSH|^~\\&|" + b"OBX" + b"|^" * (MAX_VALIDATION_PARTS // 2)
    assert over_validation_cap(many, b"|^~&", 10**9)
    assert not over_validation_cap(many, b"|~&", 10**9)  # half of them are not separators here
    assert not over_validation_cap(many, b"||~&", 10**9)  # "|" named twice counts once

"""Which words of a coded slot a profile may keep: names from HL7 tables, nothing else."""

from __future__ import annotations

import pytest

from assessor.connectors.hl7v2.vocabulary import UNLISTED, ack_code, coding_system, value_type


@pytest.mark.parametrize("name", ["LN", "SCT", "I10", "ICD-10", "99USL", "HL70005", "sct", "UCUM"])
def test_a_coding_system_table_0396_names_is_kept(name: str) -> None:
    assert coding_system(name.encode()) == name


@pytest.mark.parametrize("value", ["MRN12345", "ZEBEDEE", "99123456", "5550147", "Ivan", "QZ01"])
def test_anything_else_in_a_coding_system_slot_is_unlisted(value: str) -> None:
    assert coding_system(value.encode()) == UNLISTED


def test_an_empty_slot_stays_empty() -> None:
    assert coding_system(b"") == value_type(b"") == ack_code(b"") == ""


def test_value_types_and_ack_codes_are_kept_only_from_their_tables() -> None:
    assert [value_type(v) for v in (b"CWE", b"TX", b"MRN1")] == ["CWE", "TX", UNLISTED]
    assert [ack_code(v) for v in (b"AA", b"CR", b"ZZ")] == ["AA", "CR", UNLISTED]

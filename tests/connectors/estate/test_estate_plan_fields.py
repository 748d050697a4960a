"""The estate file's planning fields: capacity, external partners and decisions pinned by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.connectors.estate import EstateConnector
from assessor.errors import UsageError
from assessor.model import Inventory, Pin

SYSTEM = '[[systems]]\nid = "lis"\nname = "LIS"\n'


def scan_text(tmp_path: Path, text: str) -> Inventory:
    path = tmp_path / "estate.toml"
    path.write_text(text, encoding="utf-8")
    return EstateConnector().scan(str(path))


def mistake(tmp_path: Path, text: str) -> str:
    with pytest.raises(UsageError) as raised:
        scan_text(tmp_path, text)
    return str(raised.value)


def test_the_capacity_is_read_in_person_days_per_month(tmp_path: Path) -> None:
    inventory = scan_text(tmp_path, '[estate]\nname = "X"\ncapacity = 60\n')
    assert inventory.capacity_days_per_month == 60.0


def test_a_capacity_that_is_not_above_zero_is_a_mistake(tmp_path: Path) -> None:
    message = mistake(tmp_path, "[estate]\ncapacity = 0\n")
    assert "estate.toml:2:" in message and "key 'capacity'" in message


def test_a_system_can_be_declared_external(tmp_path: Path) -> None:
    (system,) = scan_text(tmp_path, SYSTEM + "external = true\n").systems
    assert system.external


def test_a_pin_keeps_its_decisions_and_reason(tmp_path: Path) -> None:
    text = (
        SYSTEM + 'pin = { disposition = "rehost", wave = 2, effort_days = 45, reason = "quote" }\n'
    )
    (system,) = scan_text(tmp_path, text).systems
    assert system.pin == Pin("quote", disposition="rehost", wave=2, effort_days=45.0)


def test_a_pin_without_a_reason_is_a_mistake(tmp_path: Path) -> None:
    message = mistake(tmp_path, SYSTEM + "pin = { wave = 2 }\n")
    assert "estate.toml:4:" in message and "needs a reason" in message


def test_a_pin_with_a_wrong_disposition_lists_the_valid_ones(tmp_path: Path) -> None:
    message = mistake(tmp_path, SYSTEM + 'pin = { disposition = "rewrite", reason = "r" }\n')
    assert "'rewrite' is not valid" in message and "valid values: retain, retire" in message


def test_a_pin_that_pins_nothing_is_a_mistake(tmp_path: Path) -> None:
    assert "pins nothing" in mistake(tmp_path, SYSTEM + 'pin = { reason = "why" }\n')


def test_a_pinned_wave_must_be_a_whole_number_from_one(tmp_path: Path) -> None:
    assert "wave must be a whole number" in mistake(
        tmp_path, SYSTEM + 'pin = { wave = 0, reason = "r" }\n'
    )

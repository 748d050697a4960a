"""The interface-engine rules fire on their anti-pattern and stay silent on the best practice."""

from dataclasses import replace

import pytest
from brain_estates import TODAY
from engine_rule_cases import GOOD, TO_SHARE, engine
from rule_cases import assert_clean, assert_fires, rule_ids_of, run

from assessor.model import Severity

IDS = rule_ids_of("engine")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


def test_six_engine_rules_ship() -> None:
    assert IDS == ["ENG-D01", "ENG-P01", "ENG-R01", "ENG-S01", "ENG-T01", "ENG-V01"]


def test_mirth_4_5_2_is_out_of_support_from_the_date_4_6_shipped() -> None:
    (finding,), _ = run("ENG-V01", engine(GOOD, version="4.5.2"))
    assert finding.severity is Severity.HIGH
    assert "2025-03-19" in finding.title
    assert run("ENG-V01", engine(GOOD, version="4.5.2"), today=TODAY.replace(year=2024))[0] == []


def test_mirth_4_6_needs_a_commercial_licence() -> None:
    (finding,), _ = run("ENG-V01", engine(GOOD, version="4.6.0"))
    assert (finding.severity, finding.title) == (
        Severity.LOW,
        "Mirth Connect 4.6.0 needs a commercial licence",
    )


def test_an_engine_of_unknown_version_is_unobserved() -> None:
    findings, observed = run("ENG-V01", engine(GOOD, version=""))
    assert (findings, observed) == ([], False)


def test_a_system_without_a_channel_inventory_is_not_an_engine_these_rules_see() -> None:
    inventory, component = engine(GOOD)
    plain = replace(inventory.systems[0], engine=None)
    case = (replace(inventory, systems=(plain,)), component)
    for rule_id in IDS:
        assert run(rule_id, case) == ([], False)


def test_a_file_writer_of_a_channel_not_known_to_carry_phi_is_unobserved() -> None:
    raw = replace(GOOD, source=replace(GOOD.source, inbound_data_type="RAW"))
    findings, observed = run("ENG-P01", engine(replace(raw, destinations=(TO_SHARE,))))
    assert (findings, observed) == ([], False)


def test_a_disabled_data_pruner_means_no_channel_is_pruned() -> None:
    inventory, component = engine(GOOD)
    mirth = inventory.systems[0]
    off = replace(mirth, engine=replace(mirth.engine, pruner_enabled=False))
    (finding,), _ = run("ENG-R01", (replace(inventory, systems=(off,)), component))
    assert "Data Pruner is disabled" in finding.title


def test_an_export_without_libraries_says_nothing_about_shared_code() -> None:
    assert run("ENG-T01", engine(GOOD)) == ([], False)

"""DATA-L01: a path slower than its use case tolerates blocks; a fast route beside it does not."""

from dataclasses import replace

import pytest
from rule_cases import assert_clean, assert_fires, lab_to_ai, rule_ids_of, run

from assessor.model import Transport

IDS = rule_ids_of("data_freshness")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


def test_a_file_drop_names_the_use_case_and_what_it_needs() -> None:
    findings, _ = run("DATA-L01", lab_to_ai(Transport.FILE))
    assert [e.detail for e in findings[0].evidence] == [
        "sepsis-early-warning: lab-results needs real-time, this hop is batch"
    ]


def test_a_daily_cadence_is_fast_enough_for_a_daily_use_case() -> None:
    inventory, component = lab_to_ai(Transport.FILE)
    flows = tuple(replace(f, cadence="daily") for f in inventory.flows)
    readmission = replace(inventory.use_cases[0], id="readmission-risk")
    findings, observed = run(
        "DATA-L01", (replace(inventory, flows=flows, use_cases=(readmission,)), component)
    )
    assert observed and findings == []


def test_a_batch_feed_beside_a_real_time_route_blocks_nothing() -> None:
    inventory, component = lab_to_ai(Transport.FILE)
    direct = replace(inventory.flows[0], id="lis--ai", target="ai", transport=Transport.MLLP)
    findings, _ = run("DATA-L01", (replace(inventory, flows=(*inventory.flows, direct)), component))
    assert findings == []


def test_a_hop_of_unknown_transport_is_unobserved() -> None:
    findings, observed = run("DATA-L01", lab_to_ai(Transport.UNKNOWN))
    assert not observed and findings == []

"""The privacy rules fire on their anti-pattern and stay silent on the best practice."""

from dataclasses import replace

import pytest
from brain_estates import flow, system
from rule_cases import assert_clean, assert_fires, receiving, rule_ids_of, run, to_ai

from assessor.model import Inventory, PhiClass, Transport, UseCase

IDS = rule_ids_of("privacy")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


def relay(*feed_phi: PhiClass) -> tuple[Inventory, str]:
    """pas -> engine observed carrying ``feed_phi``; engine -> lis an ADT channel not captured."""
    inventory = Inventory(
        systems=(system("pas", "pas"), system("engine", "interface-engine"), system("lis", "lis")),
        flows=(
            flow(
                "pas", "engine", phi_classes=feed_phi, observed=True, message_types={"ADT^A01": 9}
            ),
            flow(
                "engine", "lis", channel="ADT", message_types={"ADT": 1}, transport=Transport.MLLP
            ),
        ),
    )
    return inventory, "engine--lis"


def test_an_engine_channel_relaying_ssns_is_flagged_with_the_phi_inferred_from_its_feeds() -> None:
    findings, observed = run("PRIV-S01", relay(PhiClass.NAME, PhiClass.SSN))
    assert observed and len(findings) == 1
    assert [e.detail for e in findings[0].evidence] == [
        "PHI class ssn (inferred from 1 feed(s) into engine)"
    ]


def test_an_engine_channel_whose_observed_feeds_carry_no_phi_stays_clean() -> None:
    findings, observed = run("PRIV-S01", relay())
    assert observed and findings == []


def test_an_ordinary_adt_receiver_does_not_fire() -> None:
    adt = (
        PhiClass.NAME,
        PhiClass.MRN,
        PhiClass.DATE,
        PhiClass.ADDRESS,
        PhiClass.PHONE,
        PhiClass.ACCOUNT,
        PhiClass.OTHER_ID,
        PhiClass.SSN,
    )
    findings, observed = run("PRIV-R01", receiving(*adt, kind="lis"))
    assert observed and findings == []


def test_what_a_system_sends_is_not_counted_as_received() -> None:
    inventory, _ = receiving(PhiClass.SSN, PhiClass.HEALTH_PLAN, PhiClass.FREE_TEXT, kind="lis")
    findings, _ = run("PRIV-R01", (inventory, "pas"))
    assert findings == []


def test_payer_ids_are_what_billing_needs() -> None:
    findings, _ = run("PRIV-R01", receiving(PhiClass.SSN, PhiClass.HEALTH_PLAN, kind="billing"))
    assert findings == []


def test_an_identifier_a_wanted_use_case_needs_is_not_judged_at_the_ai_platform() -> None:
    inventory, component = to_ai(PhiClass.SSN, PhiClass.HEALTH_PLAN)
    claims = UseCase(
        id="claims-triage",
        name="Claims triage",
        message_types=("DFT^P03",),
        source_kinds=("billing",),
        phi_classes=(PhiClass.HEALTH_PLAN,),
    )
    findings, _ = run("PRIV-A01", (replace(inventory, use_cases=(claims,)), component))
    assert findings[0].title.endswith(": ssn")

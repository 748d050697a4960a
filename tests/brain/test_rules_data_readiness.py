"""The data-readiness rules fire on their anti-pattern and stay silent on the best practice."""

import pytest
from brain_estates import flow, profile, system
from rule_cases import Case, assert_clean, assert_fires, one_flow, rule_ids_of, run, with_profile

from assessor.feed_profile import control_id_fields
from assessor.model import Inventory, Severity, UseCase
from assessor.rules import rule_by_id
from assessor.sketches import CONTROL_ID_SAMPLE
from assessor.use_cases import catalog

IDS = rule_ids_of("data_readiness")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_feed_rule_is_unobserved_on_a_declared_flow_without_profile(rule_id: str) -> None:
    findings, observed = run(rule_id, one_flow(declared=True))
    assert not observed and findings == []


def test_results_coded_locally_only_are_high() -> None:
    findings, _ = run("DATA-C01", with_profile(coding_systems={"OBX-3|L": 100}))
    assert findings[0].severity == Severity.HIGH


def test_coding_rules_only_block_use_cases_needing_their_coding_system() -> None:
    loinc = rule_by_id()["DATA-C01"]
    needs = {u.id: loinc.relevant_to(u) for u in catalog()}
    assert needs["sepsis-early-warning"] and not needs["capacity-forecasting"]


def adt_feed(fill: dict[str, int], types: dict[str, int], to: str = "ai") -> Case:
    """A PAS ADT feed to ``to`` (the AI platform unless told), capacity forecasting wanted."""
    messages = sum(types.values())
    feed = flow(
        "pas",
        to,
        observed=True,
        message_types=types,
        profile=profile(
            messages=messages,
            message_types=types,
            segments={"PID": messages, "PV1": messages, "EVN": messages},
            segment_messages={"PID": messages, "PV1": messages, "EVN": messages},
            field_fill={"PID-3": messages, "EVN-2": messages, "PV1-3": messages, **fill},
        ),
    )
    inventory = Inventory(
        systems=(system("pas", "pas"), system("billing", "billing"), system("ai", "ai-platform")),
        flows=(feed,),
        ai_platform="ai",
        use_cases=(UseCase(id="capacity-forecasting", name=""),),
    )
    return inventory, feed.id


def test_a_discharge_date_filled_on_every_discharge_only_is_clean() -> None:
    types = {"ADT^A01^ADT_A01": 60, "ADT^A03^ADT_A03": 30, "ADT^A08^ADT_A01": 10}
    findings, observed = run("DATA-F01", adt_feed({"PV1-45": 30, "PV1-44": 60}, types))
    assert observed and findings == []


def test_a_discharge_date_missing_on_discharges_fires_naming_the_event() -> None:
    types = {"ADT^A01^ADT_A01": 60, "ADT^A03^ADT_A03": 30, "ADT^A08^ADT_A01": 10}
    findings, _ = run("DATA-F01", adt_feed({"PV1-45": 9, "PV1-44": 60}, types))
    assert [e.detail for e in findings[0].evidence] == ["PV1-45 filled in 30% of ADT^A03"]


def test_a_feed_off_every_use_case_path_owes_only_the_patient_identifier() -> None:
    findings, observed = run("DATA-F01", adt_feed({}, {"ADT^A03^ADT_A03": 10}, to="billing"))
    assert observed and findings == []


def test_duplicates_counted_from_every_id_are_stated_as_a_count() -> None:
    sample = {digest: 2 if digest < 3 else 1 for digest in range(10)}
    findings, _ = run(
        "DATA-D01", with_profile(control_ids_seen=13, **control_id_fields(13, sample))
    )
    assert findings[0].title.startswith("3 duplicate control id(s)")


def test_duplicates_estimated_from_the_sample_are_stated_as_an_estimate() -> None:
    sample = {digest: 2 if digest < 100 else 1 for digest in range(CONTROL_ID_SAMPLE)}
    seen = 1_000_000
    findings, _ = run(
        "DATA-D01", with_profile(control_ids_seen=seen, **control_id_fields(seen, sample))
    )
    assert findings[0].title.startswith("about 23832 duplicate control id(s), estimated")

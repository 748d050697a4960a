"""AI use-case readiness: ready, blocked by named components and rules, or unknown and why."""

from dataclasses import replace

from brain_estates import SEPSIS, chain, config, plain_mllp, profile, ready_hub

from assessor.model import Inventory, UseCase, UseCaseReadiness
from assessor.scoring import assess

ADMISSIONS = UseCase(
    id="admissions", name="Admissions", message_types=("ADT^A01",), source_kinds=("pas",)
)
"""A flat use case needing no coding, fed by the hub's PAS."""


def readiness(inventory: Inventory, **kwargs: object) -> dict[str, UseCaseReadiness]:
    cfg = config().with_exclusions(**kwargs) if kwargs else config()
    return {r.use_case: r for r in assess(inventory, cfg).readiness}


def test_clean_encrypted_observed_path_is_ready() -> None:
    assert readiness(ready_hub())["sepsis-early-warning"].status == "ready"


def test_ready_use_case_shows_its_data_path() -> None:
    path = readiness(ready_hub())["sepsis-early-warning"].path
    assert {"lis", "engine", "ai", "lis--engine"} <= set(path)


def test_plain_phi_on_the_path_blocks_with_the_component_and_rule() -> None:
    inventory = ready_hub()
    flows = tuple(
        replace(plain_mllp("lis", "engine"), message_types=f.message_types, observed=True)
        if f.id == "lis--engine"
        else f
        for f in inventory.flows
    )
    result = readiness(replace(inventory, flows=flows))["sepsis-early-warning"]
    assert result.status == "blocked"
    assert [(b.component, b.rule_ids) for b in result.blocked_by] == [("lis", ("SEC-T01",))]


def test_an_excluded_component_does_not_block() -> None:
    inventory = ready_hub()
    flows = tuple(
        replace(plain_mllp("lis", "engine"), message_types=f.message_types)
        if f.id == "lis--engine"
        else f
        for f in inventory.flows
    )
    result = readiness(
        replace(inventory, flows=flows), excluded_components={"lis--engine": "tunnelled"}
    )
    assert result["sepsis-early-warning"].status == "ready"


def test_local_result_codes_block_a_loinc_use_case_but_not_one_without_coding() -> None:
    inventory = ready_hub()
    local = profile(coding_systems={"OBX-3|L": 100}, timestamps_with_zone=100)
    flows = tuple(
        replace(f, profile=local) if f.id == "lis--engine" else f for f in inventory.flows
    )
    result = readiness(replace(inventory, flows=flows, use_cases=(SEPSIS, ADMISSIONS)))
    assert result["sepsis-early-warning"].status == "blocked"
    assert result["admissions"].status == "ready"


def test_no_ai_platform_makes_every_use_case_unknown_and_says_so() -> None:
    result = readiness(replace(chain(), ai_platform=None))["sepsis-early-warning"]
    assert result.status == "unknown"
    assert "no AI platform declared in the estate" in result.missing_evidence


def test_unknown_tls_on_the_path_is_a_caveat_that_leaves_the_status() -> None:
    inventory = ready_hub()
    flows = tuple(
        replace(f, tls=None, phi_classes=plain_mllp("a", "b").phi_classes)
        if f.id == "lis--engine"
        else f
        for f in inventory.flows
    )
    result = readiness(replace(inventory, flows=flows))["sepsis-early-warning"]
    assert result.status == "ready" and result.missing_evidence == ()
    assert result.caveats == ("TLS status of flow lis--engine carrying PHI",)


def test_missing_source_systems_are_named_per_domain() -> None:
    result = readiness(replace(ready_hub(), use_cases=(UseCase(id="imaging-triage", name=""),)))
    assert (
        "images: no system of kind pacs in the estate" in result["imaging-triage"].missing_evidence
    )


def test_no_flow_carrying_the_messages_the_use_case_needs_makes_it_unknown() -> None:
    inventory = ready_hub()
    flows = tuple(replace(f, message_types={"SIU^S12": 10}) for f in inventory.flows)
    systems = tuple(replace(s, fhir=None) for s in inventory.systems)
    result = readiness(replace(inventory, flows=flows, systems=systems))["sepsis-early-warning"]
    assert result.status == "unknown"
    assert any(
        m.startswith("encounters: no flow seen or declared carries ADT^A01")
        for m in result.missing_evidence
    )


def test_a_flow_that_cannot_carry_the_use_cases_messages_is_off_its_path() -> None:
    inventory = ready_hub()
    flows = tuple(
        replace(f, message_types={"ACK^A01": 10}) if f.id == "lis--engine" else f
        for f in inventory.flows
    )
    path = readiness(replace(inventory, flows=flows))["sepsis-early-warning"].path
    assert "lis" not in path and "pas" in path


def test_criticality_findings_never_block() -> None:
    result = readiness(chain())["sepsis-early-warning"]
    assert all("CRIT-S01" not in b.rule_ids for b in result.blocked_by)


def test_a_path_declared_but_never_observed_is_unknown_and_names_the_flow() -> None:
    inventory = ready_hub()
    flows = tuple(
        replace(f, observed=False, declared=True, profile=None, message_count=0)
        for f in inventory.flows
    )
    result = readiness(replace(inventory, flows=flows))["sepsis-early-warning"]
    assert result.status == "unknown"
    assert "lab-results: flow lis--engine declared but never observed" in result.missing_evidence


def test_a_code_system_without_its_own_rule_blocks_under_the_rule_of_its_field() -> None:
    inventory = ready_hub()
    local = profile(coding_systems={"DG1-3|L": 10}, timestamps_with_zone=100)
    flows = tuple(
        replace(f, profile=local) if f.id == "lis--engine" else f for f in inventory.flows
    )
    diagnoses = UseCase(
        id="dx",
        name="Diagnoses",
        message_types=("ORU^R01",),
        source_kinds=("lis",),
        coding=("SNOMED CT",),
    )
    result = readiness(replace(inventory, flows=flows, use_cases=(diagnoses,)))["dx"]
    assert [(b.component, b.rule_ids) for b in result.blocked_by] == [("lis", ("DATA-C02",))]

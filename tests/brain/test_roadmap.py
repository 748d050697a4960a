"""The roadmap: quick wins first, then waves in dependency order under an effort budget."""

from dataclasses import replace

from brain_estates import chain, config, cycle, flow, hub, orphan, plain_mllp, ready_hub, system

from assessor.model import Assessment, ComponentScore, DataStore, Inventory, RoadmapAction
from assessor.scoring import assess


def wave_of(assessment: Assessment, component: str, quick: bool = False) -> int:
    return next(
        w.number
        for w in assessment.waves
        if (w.number == 0) == quick and any(a.component == component for a in w.actions)
    )


def score_of(assessment: Assessment, component: str) -> ComponentScore:
    return next(s for s in assessment.scores if s.component == component)


def action(assessment: Assessment, component: str) -> RoadmapAction:
    return next(
        a for w in assessment.waves if w.number > 0 for a in w.actions if a.component == component
    )


def with_plain_lis_feed() -> Inventory:
    inventory = ready_hub()
    flows = tuple(
        replace(plain_mllp("lis", "engine"), message_types=f.message_types, observed=True)
        if f.id == "lis--engine"
        else f
        for f in inventory.flows
    )
    return replace(inventory, flows=flows)


def with_unsupported_pas() -> Inventory:
    inventory = ready_hub()
    systems = tuple(
        replace(s, support_end="2020-01-31") if s.id == "pas" else s for s in inventory.systems
    )
    return replace(inventory, systems=systems)


def test_tls_on_a_plain_mllp_feed_is_a_quick_win_in_wave_0() -> None:
    assessment = assess(with_plain_lis_feed(), config())
    quick = assessment.waves[0]
    assert quick.number == 0 and [a.component for a in quick.actions] == ["lis--engine"]
    assert quick.actions[0].skills == ("TLS and certificates",)


def test_an_owner_for_an_orphan_system_is_a_quick_win() -> None:
    assert wave_of(assess(orphan(), config()), "dictation", quick=True) == 0


def test_quick_wins_unlock_the_use_case_they_block_in_wave_0() -> None:
    assert assess(with_plain_lis_feed(), config()).waves[0].unlocks == ("sepsis-early-warning",)


def test_a_chain_migrates_from_its_source_downstream() -> None:
    assessment = assess(chain(), config())
    assert wave_of(assessment, "lis") < wave_of(assessment, "mid") < wave_of(assessment, "ehr")


def test_a_cycle_is_one_move_group_in_one_wave() -> None:
    assessment = assess(cycle(), config())
    assert wave_of(assessment, "a") == wave_of(assessment, "b")
    (group,) = next(w for w in assessment.waves if w.number == wave_of(assessment, "a")).move_groups
    assert {"a", "b"} <= set(group)


def test_no_wave_holds_more_effort_than_the_budget_unless_one_action_alone_exceeds_it() -> None:
    assessment = assess(hub(), config(wave_capacity=4))
    for wave in assessment.waves[1:]:
        assert wave.effort_points <= 4 or len(wave.actions) == 1


def test_effort_points_follow_s_m_l_xl() -> None:
    assessment = assess(with_unsupported_pas(), config())
    pas = action(assessment, "pas")
    wave = next(w for w in assessment.waves if pas in w.actions)
    assert (pas.effort, wave.effort_points) == ("XL", 8)


def pull_forward_estate() -> Inventory:
    """x: a lis without FHIR (generation 0); z: downstream of a clean y, far past support."""
    return Inventory(
        systems=(system("x", "lis"), system("y"), system("z", support_end="2020-01-31")),
        flows=(flow("y", "z", tls=True),),
    )


def test_a_high_priority_is_pulled_forward_before_earlier_generations() -> None:
    assessment = assess(pull_forward_estate(), config(pull_forward=0.0))
    assert wave_of(assessment, "z") < wave_of(assessment, "x")


def test_without_pull_forward_earlier_generations_go_first() -> None:
    assessment = assess(pull_forward_estate(), config(pull_forward=101.0))
    assert wave_of(assessment, "x") < wave_of(assessment, "z")


def test_replacing_an_unsupported_system_unlocks_the_use_case_in_its_wave() -> None:
    assessment = assess(with_unsupported_pas(), config())
    assert next(w for w in assessment.waves if w.number == wave_of(assessment, "pas")).unlocks == (
        "sepsis-early-warning",
    )


def test_the_critical_path_is_the_longest_chain_by_effort() -> None:
    assessment = assess(chain(), config())
    assert assessment.critical_path == ("lis", "mid", "ehr")
    assert assessment.critical_path_effort == 12
    assert all(w.on_critical_path for w in assessment.waves if w.number > 0)


def with_old_database_engine(support_end: str | None = None) -> Inventory:
    """The ready hub whose LIS runs on PostgreSQL 10 (end of life 2022-11-10)."""
    inventory = ready_hub()
    systems = tuple(
        replace(s, support_end=support_end) if s.id == "lis" and support_end else s
        for s in inventory.systems
    )
    lis_db = DataStore(
        "lis-db",
        "postgresql://lis",
        "postgresql",
        server_version="10.23",
        product="postgresql",
        system_id="lis",
    )
    return replace(inventory, systems=systems, stores=(lis_db,))


def test_a_supported_system_on_an_unsupported_database_engine_is_rehosted() -> None:
    assessment = assess(with_old_database_engine(), config())
    assert any(f.rule_id == "LIFE-D01" and f.component == "lis-db" for f in assessment.findings)
    assert action(assessment, "lis").disposition == "rehost"
    assert "infrastructure" in action(assessment, "lis").skills


def test_a_system_itself_past_support_is_not_merely_rehosted() -> None:
    assessment = assess(with_old_database_engine(support_end="2026-01-31"), config())
    assert action(assessment, "lis").disposition == "replatform"


def test_a_system_two_years_past_support_is_replaced() -> None:
    assert action(assess(with_unsupported_pas(), config()), "pas").disposition == "replace"


def test_an_interface_engine_past_support_is_replatformed() -> None:
    inventory = ready_hub()
    systems = tuple(
        replace(s, support_end="2020-01-31") if s.id == "engine" else s for s in inventory.systems
    )
    assessment = assess(replace(inventory, systems=systems), config())
    assert action(assessment, "engine").disposition == "replatform"


def test_a_system_whose_every_interface_is_disabled_is_retired() -> None:
    inventory = Inventory(
        systems=(system("a"), system("b"), system("c")),
        flows=(flow("a", "b", channel="OLD", enabled=False), flow("b", "c", tls=True)),
    )
    assessment = assess(inventory, config())
    assert action(assessment, "a").disposition == "retire"
    assert score_of(assessment, "b").disposition == "retain"


def test_a_component_without_findings_is_retained_and_gets_no_action() -> None:
    assessment = assess(ready_hub(), config())
    assert all(w.actions == () or w.number == 0 for w in assessment.waves)
    assert {s.disposition for s in assessment.scores} == {"retain"}


def test_actions_name_the_skills_they_need() -> None:
    pas = action(assess(with_unsupported_pas(), config()), "pas")
    assert {"data migration", "vendor management", "AI risk management"} <= set(pas.skills)


def test_an_action_names_the_use_cases_it_unlocks() -> None:
    assert action(assess(with_unsupported_pas(), config()), "pas").unlocks == (
        "sepsis-early-warning",
    )


def test_a_quick_win_names_the_use_case_it_unlocks() -> None:
    (tls,) = assess(with_plain_lis_feed(), config()).waves[0].actions
    assert tls.unlocks == ("sepsis-early-warning",)


def upstream_low_priority_estate() -> Inventory:
    """y: a lis without FHIR (a low-priority refactor) feeding z, far past support."""
    return Inventory(
        systems=(system("y", "lis"), system("z", support_end="2020-01-31")),
        flows=(flow("y", "z", tls=True),),
    )


def test_a_pulled_forward_action_does_not_wait_for_a_low_priority_one_upstream() -> None:
    plain = assess(upstream_low_priority_estate(), config(pull_forward=101.0))
    assert wave_of(plain, "y") < wave_of(plain, "z")  # without pull-forward, upstream first
    low, high = score_of(plain, "y").priority, score_of(plain, "z").priority
    assert low < high
    pulled = assess(upstream_low_priority_estate(), config(pull_forward=(low + high) / 2))
    assert wave_of(pulled, "z") == 1
    assert wave_of(pulled, "z") <= wave_of(pulled, "y")


def test_an_actions_rationale_gives_its_gravest_finding_first() -> None:
    inventory = with_unsupported_pas()
    old_feed = tuple(
        replace(f, hl7_versions={"2.3": 100}) if f.source == "pas" else f for f in inventory.flows
    )
    assessment = assess(replace(inventory, flows=old_feed), config())
    assert any(f.rule_id == "HL7V2-V01" for f in assessment.findings)  # "HL7 v2.3 …" sorts first
    pas = action(assessment, "pas")
    assert pas.rationale.startswith("replace: ")
    assert "out of support since 2020-01-31" in pas.rationale.split("; ")[0]


def test_an_action_that_completes_a_use_case_goes_before_a_higher_priority_one() -> None:
    inventory = ready_hub()
    systems = tuple(
        replace(s, support_end="2026-03-31") if s.id == "lis" else s for s in inventory.systems
    )
    unrelated = system("z", "billing", support_end="2018-01-31", criticality="critical")
    assessment = assess(replace(inventory, systems=(*systems, unrelated)), config())
    assert score_of(assessment, "z").priority > score_of(assessment, "lis").priority
    assert wave_of(assessment, "lis") < wave_of(assessment, "z")
    first = next(w for w in assessment.waves if w.number == wave_of(assessment, "lis"))
    assert "sepsis-early-warning" in first.unlocks

"""The roadmap: quick wins first, then waves in must-happen-before order under a capacity."""

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


def chain_with_only_the_end_unsupported() -> Inventory:
    """lis -> mid -> ehr: lis and ehr need refactors (no FHIR), only ehr is past support."""
    inventory = chain()
    systems = tuple(
        replace(s, support_end="2020-01-31" if s.id == "ehr" else None) for s in inventory.systems
    )
    return replace(inventory, systems=systems)


def test_an_unsupported_end_of_a_chain_goes_in_the_first_wave() -> None:
    assessment = assess(chain_with_only_the_end_unsupported(), config())
    assert action(assessment, "ehr").disposition == "replace"
    assert wave_of(assessment, "ehr") == 1
    assert action(assessment, "ehr").after == ()


def test_a_replaced_receiver_does_not_wait_for_its_senders_refactor() -> None:
    assessment = assess(chain(), config())
    assert score_of(assessment, "lis").disposition == "refactor"
    assert wave_of(assessment, "mid") <= wave_of(assessment, "lis")
    assert action(assessment, "mid").after == ()


def hub_with(**support_ends: str) -> Inventory:
    inventory = hub()
    systems = tuple(
        replace(s, support_end=support_ends.get(s.id, s.support_end)) for s in inventory.systems
    )
    return replace(inventory, systems=systems)


def test_an_engine_migration_precedes_re_pointing_the_interfaces_it_carries() -> None:
    assessment = assess(hub_with(engine="2020-01-31", pas="2020-01-31"), config())
    assert action(assessment, "engine").disposition == "replatform"
    assert action(assessment, "pas").after == ("engine",)
    assert wave_of(assessment, "engine") < wave_of(assessment, "pas")
    assert "re-pointed on engine" in action(assessment, "pas").rationale


def test_a_replaced_system_behind_a_supported_engine_waits_for_nothing() -> None:
    assessment = assess(hub_with(pas="2020-01-31"), config())
    assert wave_of(assessment, "pas") == 1 and action(assessment, "pas").after == ()


def test_systems_feeding_each_other_point_to_point_are_no_move_group() -> None:
    assessment = assess(cycle(), config())
    assert all(w.move_groups == () for w in assessment.waves)


def two_engines_feeding_each_other() -> Inventory:
    """Two unsupported engines with channels into each other: a real cycle of re-pointing."""
    return Inventory(
        systems=(
            system("east", "interface-engine", support_end="2020-01-31"),
            system("west", "interface-engine", support_end="2020-01-31"),
            system("lis", "lis"),
        ),
        flows=(
            flow("east", "west", tls=True),
            flow("west", "east", tls=True),
            flow("lis", "east", tls=True),
        ),
    )


def test_two_migrating_engines_feeding_each_other_are_one_move_group() -> None:
    assessment = assess(two_engines_feeding_each_other(), config())
    assert wave_of(assessment, "east") == wave_of(assessment, "west")
    (group,) = next(
        w for w in assessment.waves if w.number == wave_of(assessment, "east")
    ).move_groups
    assert group == ("east", "west")


def test_no_wave_holds_more_than_its_months_of_capacity_unless_one_action_alone_does() -> None:
    unsupported = hub_with(pas="2020-01-31", lis="2020-01-31", ehr="2020-01-31")
    assessment = assess(unsupported, config(capacity_days_per_month=10.0, wave_months=3.0))
    for wave in assessment.waves[1:]:
        assert wave.days <= 30 or len(wave.actions) == 1


def test_effort_is_in_person_days_with_a_range_and_a_label_derived_from_them() -> None:
    pas = action(assess(with_unsupported_pas(), config()), "pas")
    assert pas.days is not None and pas.days.low < pas.days.likely < pas.days.high
    assert pas.days.basis[0] == "replace: 30 d base"
    assert pas.effort == ("M" if pas.days.likely <= 30 else "L" if pas.days.likely <= 90 else "XL")


def test_replacing_an_unsupported_system_unlocks_the_use_case_in_its_wave() -> None:
    assessment = assess(with_unsupported_pas(), config())
    assert next(w for w in assessment.waves if w.number == wave_of(assessment, "pas")).unlocks == (
        "sepsis-early-warning",
    )


def test_the_critical_path_is_the_longest_chain_of_must_happen_before() -> None:
    assessment = assess(hub_with(engine="2020-01-31", pas="2020-01-31"), config())
    assert assessment.critical_path == ("engine", "pas")
    engine, pas = action(assessment, "engine"), action(assessment, "pas")
    assert engine.days and pas.days
    assert assessment.critical_path_effort == round(engine.days.likely + pas.days.likely)
    assert assessment.schedule is not None
    assert assessment.schedule.critical_path_months == round(
        (engine.days.likely + pas.days.likely) / 40.0, 1
    )


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

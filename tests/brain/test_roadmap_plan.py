"""The roadmap a CIO funds: dates from a capacity, deadlines, owners, partners, pinned decisions."""

from dataclasses import replace

from brain_estates import PHI, config, flow, hub, ready_hub, system

from assessor.model import (
    Assessment,
    EngineChannel,
    EngineInventory,
    Inventory,
    Pin,
    RoadmapAction,
    Schedule,
    System,
    Transport,
)
from assessor.scoring import assess


def action(assessment: Assessment, component: str) -> RoadmapAction:
    return next(
        a for w in assessment.waves if w.number > 0 for a in w.actions if a.component == component
    )


def wave_of(assessment: Assessment, component: str) -> int:
    return next(
        w.number
        for w in assessment.waves
        if w.number > 0 and any(a.component == component for a in w.actions)
    )


def schedule(assessment: Assessment) -> Schedule:
    assert assessment.schedule is not None
    return assessment.schedule


def estate(*systems: System) -> Inventory:
    """Independent systems, each with one encrypted feed to a receiver with nothing to fix."""
    return Inventory(
        systems=(*systems, system("rx")),
        flows=tuple(flow(s.id, "rx", tls=True) for s in systems),
    )


# --- dated waves ----------------------------------------------------------------------------


def test_waves_follow_one_another_from_the_day_of_the_plan() -> None:
    unsupported = estate(
        system("a", support_end="2020-01-31"), system("b", support_end="2020-01-31")
    )
    assessment = assess(unsupported, config(capacity_days_per_month=10.0, wave_months=1.0))
    waves = [w for w in assessment.waves if w.number > 0]
    assert len(waves) == 2 and waves[0].starts == "2026-11"
    assert waves[1].start_month >= waves[0].end_month
    assert waves[0].end_month - waves[0].start_month + 1 >= waves[0].days / 10.0


def test_twice_the_capacity_finishes_the_plan_in_about_half_the_months() -> None:
    unsupported = estate(*(system(f"s{i}", support_end="2020-01-31") for i in range(4)))
    slow = schedule(assess(unsupported, config(capacity_days_per_month=20.0)))
    fast = schedule(assess(unsupported, config(capacity_days_per_month=40.0)))
    assert fast.total_months == round(slow.total_months / 2, 1)


def test_the_capacity_comes_from_the_estate_file_unless_the_config_gives_one() -> None:
    declared = replace(estate(system("a", support_end="2020-01-31")), capacity_days_per_month=15.0)
    from_estate = schedule(assess(declared, config()))
    assert (from_estate.capacity_days_per_month, from_estate.capacity_source) == (15.0, "estate")
    from_config = schedule(assess(declared, config(capacity_days_per_month=25.0)))
    assert (from_config.capacity_days_per_month, from_config.capacity_source) == (25.0, "config")
    default = schedule(assess(estate(system("a", support_end="2020-01-31")), config()))
    assert (default.capacity_days_per_month, default.capacity_source) == (40.0, "default")


def test_a_support_end_date_is_a_deadline_met_by_the_earliest_wave_that_can() -> None:
    """Three equal replatforms, one wave each; b's support ends first, in four months."""
    inventory = estate(
        system("a", support_end="2020-01-31", criticality="critical"),
        system("b", support_end="2027-03-31"),
        system("c", support_end="2027-09-30"),
    )
    assessment = assess(inventory, config(capacity_days_per_month=12.0, wave_months=2.0))
    assert wave_of(assessment, "b") == 1
    assert action(assessment, "b").deadline == "2027-03-31"
    assert action(assessment, "b").deadline_note == ""


def test_a_deadline_no_plan_can_meet_is_said_plainly() -> None:
    inventory = estate(system("b", support_end="2026-12-15"))
    assessment = assess(inventory, config(capacity_days_per_month=5.0))
    note = action(assessment, "b").deadline_note
    assert "support ends 2026-12-15" in note and "no plan can meet it" in note
    assert any(m.startswith("B: ") for m in schedule(assessment).deadline_misses)


def test_a_deadline_already_past_is_reported_as_passed() -> None:
    assessment = assess(estate(system("a", support_end="2020-01-31")), config())
    assert "out of support since 2020-01-31; the deadline has passed" in (
        action(assessment, "a").deadline_note
    )


def test_a_use_case_gets_the_month_it_becomes_ready() -> None:
    inventory = ready_hub()
    systems = tuple(
        replace(s, support_end="2020-01-31") if s.id == "pas" else s for s in inventory.systems
    )
    assessment = assess(replace(inventory, systems=systems), config())
    (timing,) = schedule(assessment).use_cases
    wave = next(w for w in assessment.waves if w.number == timing.wave)
    assert (timing.use_case, timing.month, timing.month_label) == (
        "sepsis-early-warning",
        wave.end_month,
        wave.ends,
    )


def test_the_critical_path_is_given_in_months_at_the_capacity() -> None:
    assessment = assess(estate(system("a", support_end="2020-01-31")), config())
    plan = schedule(assessment)
    assert plan.critical_path_months == round(plan.critical_path_days / 40.0, 1) > 0


# --- effort from what was scanned -----------------------------------------------------------


def test_more_interfaces_carried_mean_more_person_days() -> None:
    one = assess(estate(system("a", support_end="2020-01-31")), config())
    many_flows = Inventory(
        systems=(system("a", support_end="2020-01-31"), *(system(f"r{i}") for i in range(5))),
        flows=tuple(flow("a", f"r{i}", tls=True) for i in range(5)),
    )
    many = assess(many_flows, config())
    days_one, days_many = action(one, "a").days, action(many, "a").days
    assert days_one and days_many and days_many.likely > days_one.likely
    assert any("interface(s) re-pointed" in term for term in days_many.basis)


def test_the_estate_can_pin_a_components_effort_and_the_tool_keeps_its_own_figure() -> None:
    pin = Pin("vendor quote of 2026-10", effort_days=120.0)
    assessment = assess(estate(system("a", support_end="2020-01-31", pin=pin)), config())
    pinned = action(assessment, "a")
    assert pinned.days is not None and pinned.days.likely == 120.0 and pinned.effort == "XL"
    assert pinned.pinned == ("effort",) and pinned.pin_reason == "vendor quote of 2026-10"
    assert float(pinned.proposed["effort_days"]) < 120.0


# --- owners and partners --------------------------------------------------------------------


def test_each_action_names_the_owner_the_estate_declares() -> None:
    assessment = assess(
        estate(system("a", support_end="2020-01-31", owner="Pathology IT")), config()
    )
    assert action(assessment, "a").owner == "Pathology IT"


def test_a_quick_win_on_an_engine_channel_is_owned_by_the_engine_owner() -> None:
    inventory = hub()
    plain = {"tls": False, "transport": Transport.MLLP, "phi_classes": PHI, "channel": "ADT"}
    flows = tuple(replace(f, **plain) if f.id == "engine--ehr" else f for f in inventory.flows)
    systems = tuple(
        replace(s, owner="Integration") if s.id == "engine" else s for s in inventory.systems
    )
    quick = assess(replace(inventory, flows=flows, systems=systems), config()).waves[0]
    owners = {a.component: a.owner for a in quick.actions}
    assert owners.get("engine--ehr") == "Integration"


def test_an_external_system_is_coordinated_with_never_refactored() -> None:
    partner = system("reflab", "lis", support_end="2020-01-31", external=True, owner="Wessex")
    assessment = assess(estate(partner), config())
    coordinated = action(assessment, "reflab")
    assert coordinated.disposition == "coordinate" and coordinated.external
    assert coordinated.rationale.startswith("coordinate with the partner (Wessex)")
    assert "data migration" not in coordinated.skills


def test_a_state_registry_is_a_partner_even_when_not_declared_external() -> None:
    registry = system("state-iis", "registry", support_end="2020-01-31")
    assert action(assess(estate(registry), config()), "state-iis").disposition == "coordinate"


# --- decisions by hand ----------------------------------------------------------------------


def test_a_pinned_disposition_is_kept_and_marked_with_what_the_tool_proposed() -> None:
    pin = Pin("contract renewed to 2029", disposition="rehost")
    assessment = assess(estate(system("a", support_end="2020-01-31", pin=pin)), config())
    pinned = action(assessment, "a")
    assert pinned.disposition == "rehost" and pinned.pinned == ("disposition",)
    assert pinned.proposed == {"disposition": "replace"}
    assert schedule(assessment).pinned == ("a",)
    assert next(s for s in assessment.scores if s.component == "a").disposition == "rehost"


def test_a_pinned_wave_is_kept_whatever_the_tool_would_have_chosen() -> None:
    pin = Pin("budget year 2028", wave=3)
    inventory = estate(system("a", support_end="2020-01-31", pin=pin))
    assessment = assess(inventory, config())
    assert wave_of(assessment, "a") == 3
    assert action(assessment, "a").proposed == {"wave": "1"}


def test_a_component_pinned_to_retain_gets_no_action() -> None:
    pin = Pin("accepted risk, board minute 42", disposition="retain")
    assessment = assess(estate(system("a", support_end="2020-01-31", pin=pin)), config())
    assert all(a.component != "a" for w in assessment.waves if w.number > 0 for a in w.actions)


def test_an_engine_with_a_channel_inventory_costs_its_channels_from_it() -> None:
    channels = tuple(EngineChannel(f"c{i}", f"Channel {i}") for i in range(3))
    engine = system(
        "engine",
        "interface-engine",
        support_end="2020-01-31",
        engine=EngineInventory(channels=channels),
    )
    inventory = Inventory(
        systems=(engine, system("pas"), system("rx")),
        flows=(flow("pas", "engine", tls=True), flow("engine", "rx", tls=True)),
    )
    days = action(assess(inventory, config()), "engine").days
    assert days is not None and "3 engine channel(s) moved to a compatible fork" in days.basis[-1]

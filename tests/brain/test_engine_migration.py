"""Migration effort of engine channels: per channel, per wave of channels that move together."""

from __future__ import annotations

from datetime import date

import pytest

from assessor.config import default_config
from assessor.engine_migration import (
    FORK_COSTS,
    REBUILD_COSTS,
    assumptions,
    channel_effort,
    plan_migration,
)
from assessor.model import (
    Assessment,
    EngineChannel,
    EngineCodeTemplate,
    EngineConnector,
    EngineInventory,
    Inventory,
    System,
)
from assessor.scoring import assess

MLLP_IN = EngineConnector("source", "source", "mllp", steps={"transformer:mapper": 2})
MLLP_OUT = EngineConnector("to EHR", "destination", "mllp")


def channel(cid: str, **kwargs) -> EngineChannel:
    values = {"name": f"Channel {cid}", "source": MLLP_IN, "destinations": (MLLP_OUT,)} | kwargs
    return EngineChannel(id=cid, **values)


def test_a_plain_channel_costs_its_base_connectors_and_steps():
    effort = channel_effort(channel("a"), routes=0)
    expected = (REBUILD_COSTS["channel"] + REBUILD_COSTS["connector"].times(2)) + REBUILD_COSTS[
        "step"
    ].times(2)
    assert effort.rebuild.likely == pytest.approx(expected.likely)
    assert effort.fork == FORK_COSTS["channel"]


def test_javascript_lines_and_sandbox_escapes_add_to_a_rebuild():
    plain = channel_effort(channel("a"), routes=0)
    heavy = channel_effort(
        channel("a", script_lines={"source.transformer": 400}, sandbox_escapes={"java.": 3}),
        routes=0,
    )
    extra = heavy.rebuild.likely - plain.rebuild.likely
    assert extra == pytest.approx(400 / 40 + REBUILD_COSTS["sandbox escape"].likely)
    assert heavy.fork.likely > plain.fork.likely  # Java calls re-checked on a fork too
    assert "400 lines of JavaScript" in heavy.drivers


def test_low_likely_high_are_ordered():
    effort = channel_effort(channel("a", script_lines={"deploy": 50}), routes=2)
    for target in (effort.fork, effort.rebuild):
        assert target.low < target.likely < target.high


def test_a_disabled_channel_is_not_costed():
    effort = channel_effort(channel("a", enabled=False), routes=0)
    assert (effort.fork.likely, effort.rebuild.likely, effort.drivers[0]) == (0, 0, "disabled")


def test_channels_routing_to_each_other_move_in_one_wave():
    engine = EngineInventory(
        channels=(
            channel("a", routes_to=("b",)),
            channel("b", name="Results Out"),
            channel("c"),
        )
    )
    plan = plan_migration(engine)
    assert sorted(w.channels for w in plan.waves) == [
        ("Channel a", "Results Out"),
        ("Channel c",),
    ]
    joint = next(w for w in plan.waves if len(w.channels) == 2)
    assert joint.reasons == ("routing between its channels",)


def test_a_route_by_name_is_resolved_and_one_outside_the_exports_counted():
    engine = EngineInventory(
        channels=(
            channel("a", routes_to=("results out", "elsewhere")),
            channel("b", name="Results Out"),
        )
    )
    plan = plan_migration(engine)
    assert len(plan.waves) == 1 and plan.unresolved_routes == 1


def test_channels_sharing_a_code_template_library_move_together_and_pay_for_it_once():
    library = EngineCodeTemplate("Common", templates=3, lines=120, channels=("a", "b"))
    engine = EngineInventory(
        channels=(channel("a"), channel("b"), channel("c")), code_templates=(library,)
    )
    plan = plan_migration(engine)
    joint = next(w for w in plan.waves if len(w.channels) == 2)
    assert joint.reasons == ("shared code templates: Common",)
    alone = channel_effort(channel("a"), 0).rebuild.likely * 2
    assert joint.rebuild.likely == pytest.approx(alone + 120 / 40)


def test_totals_are_the_sum_of_the_waves_and_the_first_wave_is_the_smallest():
    engine = EngineInventory(
        channels=(channel("a", script_lines={"deploy": 300}), channel("b"), channel("c"))
    )
    plan = plan_migration(engine)
    assert plan.rebuild.likely == pytest.approx(sum(w.rebuild.likely for w in plan.waves))
    assert plan.waves[0].rebuild.likely <= plan.waves[-1].rebuild.likely
    assert [w.number for w in plan.waves] == [1, 2, 3]


def test_the_assumptions_are_stated_for_every_unit_cost():
    stated = assumptions()
    assert len(stated) == len(FORK_COSTS) + len(REBUILD_COSTS) + 1
    assert any("lines a day" in line for line in stated)


def test_the_assessment_carries_each_engines_migration_and_reads_it_back():
    engine = EngineInventory(channels=(channel("a"), channel("b", routes_to=("a",))))
    inventory = Inventory(
        systems=(
            System("engine", "Mirth Connect", kind="interface-engine", engine=engine),
            System("pas", "PAS", kind="pas"),
        )
    )
    assessment = assess(inventory, default_config(date(2026, 11, 25)))
    (migration,) = assessment.engine_migrations
    assert migration.engine == "engine"
    assert (migration.fork, migration.rebuild) == (
        plan_migration(engine).fork,
        plan_migration(engine).rebuild,
    )
    assert Assessment.from_dict(assessment.to_dict()).engine_migrations == (migration,)

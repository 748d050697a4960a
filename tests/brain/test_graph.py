"""The flow graph and its metrics on a chain, a hub and a cycle."""

from dataclasses import replace

from brain_estates import SEPSIS, chain, cycle, flow, hub, store, system, table

from assessor.graph import (
    articulation_points,
    betweenness,
    build_graph,
    carries,
    downstream_reach,
    edge_betweenness,
    fan_in,
    fan_out,
    hubs,
    phi_reach,
    responsible_system,
    use_case_paths,
)
from assessor.model import (
    Flow,
    Inventory,
    PhiClass,
    PhiMark,
    TableColumn,
    TableProfile,
    Transport,
    UseCase,
)


def test_every_flow_is_an_edge_keyed_by_its_id() -> None:
    graph = build_graph(chain())
    assert sorted(k for _, _, k in graph.edges(keys=True)) == ["ehr--ai", "lis--mid", "mid--ehr"]


def test_parallel_flows_stay_separate_edges() -> None:
    inventory = Inventory(
        systems=(system("a"), system("b")),
        flows=(flow("a", "b"), Flow("f2", "a", "b")),
    )
    assert build_graph(inventory).number_of_edges("a", "b") == 2


def test_a_flow_to_an_unlisted_system_adds_an_undeclared_node() -> None:
    graph = build_graph(Inventory(systems=(system("a"),), flows=(flow("a", "ghost"),)))
    assert graph.nodes["ghost"]["declared"] is False


def test_a_store_feeds_its_owning_system() -> None:
    inventory = Inventory(systems=(system("lis", "lis"),), stores=(store("db", "lis"),))
    assert build_graph(inventory).has_edge("db", "lis")


def test_middle_of_a_chain_has_the_highest_betweenness() -> None:
    values = betweenness(build_graph(chain()))
    assert values["mid"] > values["lis"] and values["ehr"] > values["ai"]


def test_flow_betweenness_is_keyed_by_flow_id() -> None:
    assert set(edge_betweenness(build_graph(chain()))) == {"lis--mid", "mid--ehr", "ehr--ai"}


def test_inner_nodes_of_a_chain_are_articulation_points() -> None:
    points = articulation_points(build_graph(chain()))
    assert points == {"ai": False, "ehr": True, "lis": False, "mid": True}


def test_in_a_cycle_only_the_node_joining_the_tail_is_a_cut_point() -> None:
    points = articulation_points(build_graph(cycle()))
    assert points == {"a": False, "ai": False, "b": True}


def test_a_receiver_that_sends_nothing_is_no_single_point_of_failure() -> None:
    inventory = Inventory(
        systems=(system("pas"), system("lis"), system("ehr"), system("ai")),
        flows=(flow("pas", "ai"), flow("lis", "ai"), flow("ehr", "ai")),
    )
    assert not any(articulation_points(build_graph(inventory)).values())


def test_a_sender_that_receives_nothing_is_no_single_point_of_failure() -> None:
    inventory = Inventory(
        systems=(system("pas"), system("lis"), system("ehr")),
        flows=(flow("pas", "lis"), flow("pas", "ehr")),
    )
    assert articulation_points(build_graph(inventory))["pas"] is False


def test_downstream_reach_counts_nodes_reachable_by_any_path() -> None:
    assert downstream_reach(build_graph(chain())) == {"ai": 0, "ehr": 1, "lis": 3, "mid": 2}


def test_fan_in_and_fan_out_count_distinct_neighbours() -> None:
    graph = build_graph(hub())
    assert (fan_in(graph)["engine"], fan_out(graph)["engine"]) == (2, 2)
    assert (fan_in(graph)["pas"], fan_out(graph)["pas"]) == (0, 1)
    assert (fan_in(graph)["ai"], fan_out(graph)["ai"]) == (1, 0)


def test_parallel_flows_count_one_neighbour_for_fan_in_and_fan_out() -> None:
    inventory = Inventory(
        systems=(system("a"), system("b")),
        flows=(
            Flow(id="a-b-1", source="a", target="b"),
            Flow(id="a-b-2", source="a", target="b"),
        ),
    )
    graph = build_graph(inventory)
    assert (fan_out(graph)["a"], fan_in(graph)["b"], fan_in(graph)["a"]) == (1, 1, 0)


def test_interface_engines_are_reported_as_hubs() -> None:
    assert list(hubs(build_graph(hub()))) == ["engine"]


def test_phi_reach_follows_only_edges_carrying_that_class() -> None:
    inventory = Inventory(
        systems=(system("a"), system("b"), system("c")),
        flows=(
            flow("a", "b", phi_classes=(PhiClass.SSN, PhiClass.NAME)),
            flow("b", "c", phi_classes=(PhiClass.NAME,)),
        ),
    )
    reach = phi_reach(build_graph(inventory))
    assert reach == {"name": ("a", "b", "c"), "ssn": ("a", "b")}


def test_phi_reach_includes_stores_holding_the_class() -> None:
    column = TableColumn("ssn", "TEXT", phi=(PhiMark(PhiClass.SSN, 0.9),))
    inventory = Inventory(
        systems=(system("lis", "lis"),),
        stores=(store("db", "lis", TableProfile("p", columns=(column,))),),
    )
    assert phi_reach(build_graph(inventory))["ssn"] == ("db", "lis")


def test_use_case_path_holds_nodes_and_flows_from_sources_to_the_ai_platform() -> None:
    paths = use_case_paths(build_graph(chain()), (SEPSIS_FULL,), "ai")
    assert paths["sepsis-early-warning"] == (
        "ai",
        "ehr",
        "ehr--ai",
        "lis",
        "lis--mid",
        "mid",
        "mid--ehr",
    )


def test_use_case_path_leaves_out_systems_off_the_path() -> None:
    inventory = chain()
    inventory = Inventory(
        systems=(*inventory.systems, system("billing", "billing")),
        flows=(*inventory.flows, flow("ehr", "billing")),
        ai_platform="ai",
    )
    assert (
        "billing"
        not in use_case_paths(build_graph(inventory), (SEPSIS_FULL,), "ai")["sepsis-early-warning"]
    )


def test_a_database_behind_a_system_that_sends_messages_is_off_the_path() -> None:
    inventory = chain()
    inventory = Inventory(
        systems=inventory.systems,
        flows=inventory.flows,
        stores=(store("lis-db", "lis", table("t", ("id", "INTEGER"))),),
    )
    path = use_case_paths(build_graph(inventory), (SEPSIS_FULL,), "ai")["sepsis-early-warning"]
    assert "lis" in path and "lis-db" not in path


def test_a_database_read_by_an_extract_is_on_the_path() -> None:
    inventory = chain()
    extract = replace(inventory.flows[0], transport=Transport.DATABASE, id="lis--mid--database")
    inventory = Inventory(
        systems=inventory.systems,
        flows=(extract, *inventory.flows[1:]),
        stores=(store("lis-db", "lis", table("t", ("id", "INTEGER"))),),
    )
    path = use_case_paths(build_graph(inventory), (SEPSIS_FULL,), "ai")["sepsis-early-warning"]
    assert "lis-db" in path


def test_use_case_path_is_unknown_without_an_ai_platform() -> None:
    assert use_case_paths(build_graph(chain()), (SEPSIS_FULL,), None) == {
        "sepsis-early-warning": ()
    }


def test_metrics_are_the_same_whatever_the_input_order() -> None:
    inventory = hub()
    shuffled = Inventory(
        systems=tuple(reversed(inventory.systems)),
        flows=tuple(reversed(inventory.flows)),
        ai_platform="ai",
        use_cases=(SEPSIS,),
    )
    assert betweenness(build_graph(inventory)) == betweenness(build_graph(shuffled))
    assert list(build_graph(inventory).edges(keys=True)) == list(
        build_graph(shuffled).edges(keys=True)
    )


SEPSIS_FULL = UseCase(id="sepsis-early-warning", name="Sepsis", source_kinds=("lis", "pas", "ehr"))


def test_a_message_family_matches_every_event_of_it_either_way() -> None:
    assert carries(["ADT"], ["ADT^A01"]) and carries(["ADT^A01^ADT_A01"], ["ADT"])
    assert not carries(["ACK^A01"], ["ADT^A01", "ORU^R01"])


def test_a_flow_of_unknown_types_may_carry_anything() -> None:
    assert carries([], ["ORU^R01"])


def test_an_engine_answers_for_its_channels_and_a_sender_for_its_feeds() -> None:
    assert responsible_system(Flow("f", "pas", "engine", channel="ADT"), {"engine"}) == "engine"
    assert responsible_system(Flow("g", "pas", "engine"), {"engine"}) == "pas"


def test_a_disabled_flow_is_off_every_path() -> None:
    inventory = chain()
    flows = tuple(
        Flow(f.id, f.source, f.target, enabled=f.id != "mid--ehr") for f in inventory.flows
    )
    graph = build_graph(Inventory(systems=inventory.systems, flows=flows))
    path = use_case_paths(graph, (SEPSIS_FULL,), "ai")["sepsis-early-warning"]
    assert path == ("ai", "ehr", "ehr--ai")


def test_a_path_through_an_engine_stays_inside_one_channel() -> None:
    inventory = Inventory(
        systems=(
            system("ris", "ris"),
            system("engine", "interface-engine"),
            system("ehr", "ehr"),
            system("ai", "ai-platform"),
        ),
        flows=(
            Flow("ris-in", "ris", "engine", channel="RIS", message_types={"ORU": 1}),
            Flow("ris-out", "engine", "ehr", channel="RIS", message_types={"ORU": 1}),
            Flow("lab-out", "engine", "ai", channel="LAB", message_types={"ORU": 1}),
        ),
    )
    imaging = UseCase(id="imaging", name="", source_kinds=("ris",), message_types=("ORU^R01",))
    assert use_case_paths(build_graph(inventory), (imaging,), "ai") == {"imaging": ()}


def test_a_database_does_not_make_its_owner_a_single_point_of_failure() -> None:
    inventory = Inventory(
        systems=(system("a"), system("b")),
        stores=(store("db", "a"),),
        flows=(flow("a", "b"),),
    )
    assert articulation_points(build_graph(inventory))["a"] is False


def engine_passing_ssn() -> Inventory:
    """pas sends ADT with SSN into the engine (seen on the wire); the engine's ADT channel
    forwards to the LIS (configuration only, PHI not observed) and an ACK goes back."""
    return Inventory(
        systems=(system("pas", "pas"), system("engine", "interface-engine"), system("lis", "lis")),
        flows=(
            Flow(
                "adt-in",
                "pas",
                "engine",
                phi_classes=(PhiClass.SSN,),
                observed=True,
                message_types={"ADT^A01": 10},
            ),
            Flow("adt-out", "engine", "lis", channel="ADT", message_types={"ADT": 1}, tls=False),
            Flow("ack", "engine", "pas", observed=True, message_types={"ACK^A01": 10}),
        ),
    )


def test_phi_passes_through_an_engine_on_channels_of_the_same_message_types() -> None:
    assert phi_reach(build_graph(engine_passing_ssn()))["ssn"] == ("engine", "lis", "pas")


def test_phi_does_not_pass_through_an_engine_on_channels_of_other_message_types() -> None:
    inventory = engine_passing_ssn()
    orm = Flow("orm-out", "engine", "ris", channel="ORM", message_types={"ORM": 1}, tls=False)
    inventory = Inventory(
        systems=(*inventory.systems, system("ris", "ris")), flows=(*inventory.flows, orm)
    )
    assert "ris" not in phi_reach(build_graph(inventory))["ssn"]


def test_phi_does_not_pass_onto_an_observed_flow_without_it() -> None:
    graph = build_graph(engine_passing_ssn())
    assert not any(d.get("flow") == "ack" and d.get("phi") for _, _, d in graph.edges(data=True))

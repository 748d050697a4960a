"""Hub before leaf: an engine's outage stops every flow through it, and its rank shows it."""

from __future__ import annotations

import pytest
from brain_estates import SEPSIS, config, flow, system

from assessor.graph import build_graph, downstream_reach
from assessor.model import Flow, Inventory
from assessor.scoring import assess

END = "2024-01-31"


def engine_with_ten_feeds(criticality: str | None, use_cases: bool) -> Inventory:
    """Ten senders through one engine to an EHR and a lab; the engine and sender s0 are equally
    past support (and equally declared); s0 also feeds the lab directly."""
    senders = [
        system(
            f"s{i}",
            support_end=END if i == 0 else None,
            criticality=criticality if i == 0 else None,
        )
        for i in range(10)
    ]
    return Inventory(
        systems=(
            system("engine", "interface-engine", support_end=END, criticality=criticality),
            system("ehr", "ehr"),
            system("lab", "lis"),
            system("ai", "ai-platform"),
            *senders,
        ),
        flows=(
            *(flow(f"s{i}", "engine", tls=True) for i in range(10)),
            flow("engine", "ehr", tls=True),
            flow("engine", "lab", tls=True),
            flow("s0", "lab", tls=True),
            flow("ehr", "ai", tls=True),
        ),
        ai_platform="ai" if use_cases else None,
        use_cases=(SEPSIS,) if use_cases else (),
    )


@pytest.mark.parametrize("criticality", [None, "high", "critical"])
@pytest.mark.parametrize("use_cases", [False, True])
def test_an_end_of_life_hub_outranks_an_equally_end_of_life_leaf(
    criticality: str | None, use_cases: bool
) -> None:
    scores = assess(engine_with_ten_feeds(criticality, use_cases), config()).scores
    order = [s.component for s in scores]
    assert order.index("engine") < order.index("s0")


def channel(source: str, target: str, name: str) -> Flow:
    return Flow(id=f"{source}--{target}--{name}", source=source, target=target, channel=name)


def test_an_engines_outage_reaches_every_system_on_its_flows_senders_included() -> None:
    inventory = Inventory(
        systems=(system("pas"), system("lis"), system("ehr"), system("engine", "interface-engine")),
        flows=(
            channel("pas", "engine", "ADT"),
            channel("engine", "ehr", "ADT"),
            channel("lis", "engine", "ORU"),
            channel("engine", "ehr", "ORU"),
        ),
    )
    assert downstream_reach(build_graph(inventory))["engine"] == 3


def test_a_sender_reaches_only_the_destinations_of_the_channel_it_feeds() -> None:
    inventory = Inventory(
        systems=(
            system("pas"),
            system("lis"),
            system("ehr"),
            system("billing"),
            system("engine", "interface-engine"),
        ),
        flows=(
            channel("pas", "engine", "ADT"),
            channel("engine", "billing", "ADT"),
            channel("lis", "engine", "ORU"),
            channel("engine", "ehr", "ORU"),
        ),
    )
    reach = downstream_reach(build_graph(inventory))
    assert reach["pas"] == 2  # the engine and billing, not the EHR behind the ORU channel

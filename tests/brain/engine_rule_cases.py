"""Estates for the interface-engine rules: an engine with a channel inventory, good and bad."""

from __future__ import annotations

from dataclasses import replace

from brain_estates import system

from assessor.model import (
    EngineChannel,
    EngineCodeTemplate,
    EngineConnector,
    EngineInventory,
    Inventory,
)

Case = tuple[Inventory, str]

HL7_IN = EngineConnector("source", "source", "mllp", inbound_data_type="HL7V2")
TO_EHR = EngineConnector("to EHR", "destination", "mllp", encrypted=True)
TO_SHARE = EngineConnector("to share", "destination", "file", encrypted=None)
TO_SFTP = EngineConnector("to share", "destination", "sftp", encrypted=True)
GOOD = EngineChannel(
    id="c1",
    name="ADT Router",
    source=HL7_IN,
    destinations=(TO_EHR,),
    prune_metadata_days=30,
    pruning_known=True,
    message_storage="PRODUCTION",
)


def engine(
    *channels: EngineChannel,
    version: str = "4.6.1",
    product: str = "Mirth Connect",
    **fields: object,
) -> Case:
    """One engine running ``channels``; the component is the engine."""
    inventory = EngineInventory(product, version, channels, **fields)  # type: ignore[arg-type]
    mirth = system("engine", "interface-engine", product=product, version=version, engine=inventory)
    return Inventory(systems=(mirth,)), "engine"


def library(name: str, *channels: str) -> EngineCodeTemplate:
    return EngineCodeTemplate(name, templates=2, lines=40, channels=channels)


THREE = tuple(replace(GOOD, id=f"c{n}", name=f"Channel {n}") for n in range(1, 4))

ENGINE_FIRES: dict[str, Case] = {
    "ENG-V01": engine(GOOD, version="4.5.2"),
    "ENG-S01": engine(replace(GOOD, sandbox_escapes={"java.": 2})),
    "ENG-P01": engine(replace(GOOD, destinations=(TO_SHARE,))),
    "ENG-D01": engine(GOOD, replace(GOOD, id="c2", name="Old feed", enabled=False)),
    "ENG-R01": engine(replace(GOOD, prune_metadata_days=None)),
    "ENG-T01": engine(*THREE, code_templates=(library("Common", "c1", "c2", "c3"),)),
}
ENGINE_CLEAN: dict[str, Case] = {
    "ENG-V01": engine(GOOD, version="4.5.2", product="Open Integration Engine"),
    "ENG-S01": engine(GOOD),
    "ENG-P01": engine(replace(GOOD, destinations=(TO_SFTP,))),
    "ENG-D01": engine(GOOD),
    "ENG-R01": engine(GOOD),
    "ENG-T01": engine(*THREE, code_templates=(library("Common", "c1", "c2"),)),
}

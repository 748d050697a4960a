"""Real Mirth exports written by others, and the sample estate's engine exports."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from assessor.connectors.engine import MirthConnector, looks_like_mirth
from assessor.merge import merge_inventories
from assessor.model import Transport
from assessor.naming import slugify

CORPUS = Path(
    os.environ.get("ASSESSOR_MIRTH_CORPUS", Path(__file__).parents[4] / "shared/corpus/mirth")
)
SAMPLE = Path(__file__).parents[3] / "sample_feeds" / "engine"

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no Mirth corpus at {CORPUS}")
needs_sample = pytest.mark.skipif(not SAMPLE.is_dir(), reason="sample_feeds/engine not generated")


def scan(path: Path):
    return MirthConnector().scan(str(path))


def channels(inventory) -> tuple[str, ...]:
    return next(s for s in inventory.systems if s.kind == "interface-engine").channels


def flow_ends(inventory) -> list[tuple[str, str, str]]:
    return sorted((f.source, f.target, f.transport.value) for f in inventory.flows)


@needs_corpus
def test_every_real_export_is_recognised_and_read():
    exports = sorted(CORPUS.glob("*.xml"))
    assert len(exports) == 7
    assert all(looks_like_mirth(p.read_bytes()[:512]) for p in exports)
    inventories = [scan(p) for p in exports]
    assert sum(len(channels(i)) for i in inventories) == 10
    # JavaScript Readers/Writers and Channel Readers/Writers name no far end: no flow
    assert sum(len(i.flows) for i in inventories) == 5


@needs_corpus
def test_a_server_backup_gives_its_four_channels_and_server_name():
    inventory = scan(CORPUS / "connect__Config 1.xml")
    assert channels(inventory) == ("A", "B", "C", "D")
    assert "PROD" in next(s for s in inventory.systems if s.id == "mirth-connect-prod").aliases
    assert inventory.flows == ()  # Channel Reader -> Channel Writer stubs stay inside the engine


@needs_corpus
def test_script_in_a_channel_that_stays_inside_the_engine_is_counted_on_the_engine():
    inventory = scan(CORPUS / "connect-examples__Example - Validate XSD.xml")
    engine = next(s for s in inventory.systems if s.id == "mirth-connect")
    assert (inventory.flows, engine.custom_script_lines) == ((), 62)


@needs_corpus
def test_a_file_reader_to_database_writer_channel():
    inventory = scan(CORPUS / "marlycormar__hl7FileReader_to_dbWriter__channel.xml")
    assert channels(inventory) == ("HL7 to MySQL database",)
    assert flow_ends(inventory) == [
        ("mirth-connect", "unresolved-mysql", "database"),
        ("unresolved-sender-home-pickup", "mirth-connect", "file"),
    ]
    writer = next(f for f in inventory.flows if f.target == "unresolved-mysql")
    assert writer.endpoint == "jdbc:mysql://mysql/mirth-test"
    assert writer.custom_script_lines == 9  # the JavaScript database script


@needs_corpus
def test_an_http_listener_channel_writing_to_another_channel():
    inventory = scan(CORPUS / "marlycormar__json_to_hl7_dest_channel_writer__channel.xml")
    (flow,) = inventory.flows
    assert (flow.transport, flow.endpoint, flow.tls) == (Transport.HTTP, "0.0.0.0:8002", False)
    assert flow.custom_script_lines == 9


@needs_corpus
def test_a_mirthsync_channel_reports_its_scripts_stored_apart():
    inventory = scan(CORPUS / "mirthsync__Hello DB Writer.xml")
    assert flow_ends(inventory) == [("mirth-connect", "unresolved-localhost-3306", "database")]
    (error,) = inventory.scan.errors
    assert error.kind == "missing-script"
    # filters, transformers, connector scripts and the four channel scripts
    assert error.message.startswith("16 script(s)")


@needs_corpus
def test_a_production_channel_with_configuration_map_endpoints():
    inventory = scan(CORPUS / "ronin__MDMQueueOut.xml")
    sender = next(f for f in inventory.flows if f.source == "mirth-connect")
    assert (sender.transport, sender.endpoint, sender.tls) == (
        Transport.MLLP,
        "${ADDRESS}:${PORT}",
        False,
    )
    assert sender.target == "unresolved-address-port"


@needs_corpus
@pytest.mark.parametrize("export", sorted(p.name for p in CORPUS.glob("*.xml")))
def test_no_channel_name_host_or_placeholder_becomes_a_system(export):
    inventory = merge_inventories([scan(CORPUS / export)])
    engine = next(s for s in inventory.systems if s.kind == "interface-engine")
    hosts = {
        h.lower()
        for f in inventory.flows
        for h in re.findall(r"(?:@|//|^)([\w.${}-]+)", f.endpoint or "")
    }
    forbidden = {c.casefold() for c in engine.channels} | hosts | {"localhost", "mysql"}
    for system in inventory.systems:
        if system is engine:
            continue
        assert system.kind == "unresolved-endpoint", system.id
        assert system.name.casefold() not in forbidden, system.name
        assert system.id not in {slugify(n) for n in forbidden}, system.id
        assert "${" not in system.id


@needs_corpus
def test_every_corpus_export_gives_one_engine():
    inventory = merge_inventories([scan(p) for p in sorted(CORPUS.glob("*.xml"))])
    engines = [s for s in inventory.systems if s.kind == "interface-engine"]
    # the backup names its server (PROD), the channel exports name none: "Mirth Connect" and
    # "Mirth Connect (PROD)" are one engine (issue 12, point 7; a TEST server would be another)
    assert sorted(e.id for e in engines) == ["mirth-connect"]


@needs_sample
def test_the_sample_engine_runs_three_channels_with_eleven_flows():
    inventories = [scan(p) for p in sorted(SAMPLE.glob("*.xml"))]
    assert sorted(c for i in inventories for c in channels(i)) == [
        "ADT Router",
        "LIS Results to EHR",
        "RIS Results to EHR (OLD)",
    ]
    assert sum(len(i.flows) for i in inventories) == 11


@needs_sample
def test_the_sample_adt_router_fans_out_over_plain_mllp():
    inventory = scan(SAMPLE / "ADT_Router.xml")
    assert flow_ends(inventory) == [
        ("mirth-connect", "unresolved-billing-prod-aldhelm-local-5300", "mllp"),
        ("mirth-connect", "unresolved-dwh-etl-aldhelm-local", "file"),
        ("mirth-connect", "unresolved-ehr-prod-aldhelm-local-6700", "mllp"),
        ("mirth-connect", "unresolved-lis-prod-aldhelm-local-5100", "mllp"),
        ("mirth-connect", "unresolved-rx-prod-aldhelm-local-5200", "mllp"),
        ("unresolved-sender-0-0-0-0-6661", "mirth-connect", "mllp"),
    ]
    assert {f.tls for f in inventory.flows} == {False}
    inbound = next(f for f in inventory.flows if f.target == "mirth-connect")
    assert (inbound.endpoint, inbound.message_types) == ("0.0.0.0:6661", {"ADT": 0})
    assert inbound.custom_script_lines > 0


@needs_sample
def test_the_sample_old_ris_channel_is_disabled():
    inventory = scan(SAMPLE / "RIS_Results_to_EHR_OLD.xml")
    assert {f.enabled for f in inventory.flows} == {False}

"""Mirth Connect exports: the engine, the systems at its channels' ends, the flows between."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.connectors.engine import MirthConnector, looks_like_mirth
from assessor.connectors.interface import SourceKind
from assessor.errors import SourceError
from assessor.model import Transport

FIXTURES = Path(__file__).parent / "fixtures"
HUB = str(FIXTURES / "adt_hub_channel.xml")
BACKUP = str(FIXTURES / "server_backup.xml")
HUB_CHANNEL = "ADT Hub <script>alert(1)</script>"
BACKUP_ENGINE = "mirth-connect-mirth-prod-01"  # the backup's serverSettings/serverName


def flows_by_target(path: str) -> dict:
    return {f.target: f for f in MirthConnector().scan(path).flows}


def flows_by_source(path: str) -> dict:
    return {f.source: f for f in MirthConnector().scan(path).flows}


def test_the_connector_is_of_kind_mirth():
    assert MirthConnector.kind is SourceKind.MIRTH


def test_the_engine_is_an_observed_interface_engine_with_its_channels():
    engine = next(s for s in MirthConnector().scan(BACKUP).systems if s.id == BACKUP_ENGINE)
    assert (engine.name, engine.kind, engine.declared) == (
        "Mirth Connect (MIRTH-PROD-01)",
        "interface-engine",
        False,
    )
    assert engine.channels == ("Lab results", "Old pharmacy feed")
    assert "MIRTH-PROD-01" in engine.aliases
    assert engine.version == "4.4.0"


def test_a_channel_gives_one_flow_in_and_one_out_per_external_destination():
    inventory = MirthConnector().scan(HUB)
    assert sorted((f.source, f.target) for f in inventory.flows) == [
        ("mirth-connect", "unresolved-archive-db-test-local-5432"),
        ("mirth-connect", "unresolved-ehr-prod-test-local-6700"),
        ("mirth-connect", "unresolved-fhir-test-local-8443"),
        ("mirth-connect", "unresolved-mnt-legacy-outbox"),
        ("unresolved-sender-0-0-0-0-6661", "mirth-connect"),
    ]


def test_every_flow_carries_the_channel_name_raw():
    assert {f.channel for f in MirthConnector().scan(HUB).flows} == {HUB_CHANNEL}


def test_an_mllp_listener_is_an_mllp_flow_into_the_engine_at_its_port():
    inbound = flows_by_target(HUB)["mirth-connect"]
    assert (inbound.transport, inbound.endpoint) == (Transport.MLLP, "0.0.0.0:6661")


def test_a_listener_sender_is_unresolved_with_the_msh3_its_filter_requires_and_the_channel():
    systems = {s.id: s for s in MirthConnector().scan(HUB).systems}
    sender = systems["unresolved-sender-0-0-0-0-6661"]
    assert (sender.name, sender.kind) == (
        "Unresolved sender to 0.0.0.0:6661",
        "unresolved-endpoint",
    )
    assert sender.aliases == ("MEDITRAK", HUB_CHANNEL)


def test_a_tcp_sender_is_an_unresolved_endpoint_with_host_port_and_destination_as_aliases():
    systems = {s.id: s for s in MirthConnector().scan(HUB).systems}
    ehr = systems["unresolved-ehr-prod-test-local-6700"]
    assert ehr.name == "Unresolved endpoint ehr-prod.test.local:6700"
    assert ehr.aliases == ("ehr-prod.test.local", "ehr-prod.test.local:6700", "To EHR")


def test_no_system_is_named_after_a_channel_or_a_host():
    systems = [s for s in MirthConnector().scan(HUB).systems if s.id != "mirth-connect"]
    assert all(s.name not in (HUB_CHANNEL, "ehr-prod.test.local") for s in systems)
    assert all(s.kind == "unresolved-endpoint" for s in systems)


def test_a_destination_system_is_never_aliased_after_the_channel():
    systems = MirthConnector().scan(HUB).systems
    receivers = [s for s in systems if s.id.startswith("unresolved-") and "sender" not in s.id]
    assert receivers and all(HUB_CHANNEL not in s.aliases for s in receivers)


def test_plain_tcp_without_a_tls_plugin_is_not_tls():
    assert flows_by_target(HUB)["unresolved-ehr-prod-test-local-6700"].tls is False


def test_a_tls_plugin_on_a_tcp_sender_means_tls():
    assert flows_by_target(BACKUP)["unresolved-ehr-prod-test-local-6800"].tls is True


def test_https_means_tls_and_a_fhir_path_means_fhir():
    flow = flows_by_target(HUB)["unresolved-fhir-test-local-8443"]
    assert (flow.transport, flow.tls) == (Transport.FHIR, True)


def test_a_local_file_writer_says_nothing_about_tls():
    flow = flows_by_target(HUB)["unresolved-mnt-legacy-outbox"]
    assert (flow.transport, flow.endpoint, flow.tls) == (Transport.FILE, "/mnt/legacy/outbox", None)


def test_sftp_means_tls():
    flow = flows_by_source(BACKUP)["unresolved-sender-rx-share-test-local"]
    assert (flow.transport, flow.endpoint, flow.tls) == (
        Transport.FILE,
        "sftp://rx-share.test.local/outbound",
        True,
    )


def test_a_database_url_asking_for_ssl_means_tls():
    assert flows_by_target(HUB)["unresolved-archive-db-test-local-5432"].tls is True


def test_passwords_never_leave_the_scan():
    text = json.dumps([MirthConnector().scan(p).to_dict() for p in (HUB, BACKUP)])
    for secret in ("hunter2", "Secr3t", "t0ken", "token=abc", "ftp-secret"):
        assert secret not in text


def test_urls_are_shown_masked():
    assert flows_by_target(HUB)["unresolved-archive-db-test-local-5432"].endpoint == (
        "jdbc:postgresql://archive-db.test.local:5432/adt?user=mirth&password=***&sslmode=require"
    )
    assert flows_by_source(BACKUP)["unresolved-sender-lab-db-test-local-1521"].endpoint == (
        "jdbc:oracle:thin:lab/***@lab-db.test.local:1521:LABP"
    )


def test_configuration_map_variables_are_resolved_from_a_server_backup():
    flow = flows_by_target(BACKUP)["unresolved-ehr-prod-test-local-6800"]
    assert flow.endpoint == "ehr-prod.test.local:6800"


def test_message_types_come_from_rule_builder_and_javascript_filters():
    assert flows_by_target(HUB)["mirth-connect"].message_types == {"ADT^A01": 0, "ADT^A08": 0}


def test_a_destination_filter_narrows_the_message_types():
    assert flows_by_target(HUB)["unresolved-ehr-prod-test-local-6700"].message_types == {
        "ADT^A01": 0
    }


def test_without_a_filter_on_msh9_the_message_types_are_unknown():
    assert flows_by_target(BACKUP)["unresolved-ehr-prod-test-local-6800"].message_types == {}


def test_script_lines_count_enabled_transformer_and_filter_code_only():
    # 3 code lines of transformer (comments, blanks and the disabled step left out) + 1 of filter
    assert flows_by_target(HUB)["mirth-connect"].custom_script_lines == 4


def test_the_engine_counts_the_script_lines_of_all_its_channels():
    inventory = MirthConnector().scan(HUB)
    engine = next(s for s in inventory.systems if s.id == "mirth-connect")
    assert engine.custom_script_lines == sum(f.custom_script_lines for f in inventory.flows) == 7


def test_a_database_script_counts_as_custom_script():
    assert flows_by_target(HUB)["unresolved-archive-db-test-local-5432"].custom_script_lines == 3


def test_a_javascript_writer_gives_no_flow_and_its_script_is_counted_on_the_channel():
    inventory = MirthConnector().scan(BACKUP)
    assert not [f for f in inventory.flows if f.endpoint == "JavaScript"]
    engine = next(s for s in inventory.systems if s.kind == "interface-engine")
    channel = next(c for c in engine.engine.channels if c.name == "Old pharmacy feed")
    writer = next(d for d in channel.destinations if d.kind == "javascript")
    assert writer.script_lines == {"connector": 2}


def test_a_disabled_channel_gives_disabled_flows():
    flows = MirthConnector().scan(BACKUP).flows
    assert {f.enabled for f in flows if f.channel == "Old pharmacy feed"} == {False}


def test_a_disabled_destination_gives_a_disabled_flow():
    assert flows_by_target(HUB)["unresolved-mnt-legacy-outbox"].enabled is False


def test_channel_groups_in_a_backup_are_not_taken_for_channels():
    assert len({f.channel for f in MirthConnector().scan(BACKUP).flows}) == 2


def test_the_scan_records_the_export_as_a_source():
    (source,) = MirthConnector().scan(HUB).scan.sources
    assert (source.kind, source.status, source.errors) == ("mirth", "ok", 0)


def test_a_mirth_2_export_with_property_lists_is_read(tmp_path):
    path = tmp_path / "old.xml"
    path.write_text(
        "<channel><name>Old ADT</name><enabled>true</enabled>"
        "<sourceConnector><transportName>LLP Listener</transportName><properties>"
        '<property name="host">0.0.0.0</property><property name="port">6661</property>'
        "</properties></sourceConnector><destinationConnectors><connector><name>Lab</name>"
        "<transportName>LLP Sender</transportName><properties>"
        '<property name="host">lab-host</property><property name="port">5000</property>'
        "</properties></connector></destinationConnectors></channel>"
    )
    inventory = MirthConnector().scan(str(path))
    assert sorted((f.source, f.target, f.endpoint) for f in inventory.flows) == [
        ("mirth-connect", "unresolved-lab-host-5000", "lab-host:5000"),
        ("unresolved-sender-0-0-0-0-6661", "mirth-connect", "0.0.0.0:6661"),
    ]


# --- hostile and broken exports --------------------------------------------------------------


def test_a_url_that_does_not_parse_is_an_endpoint_aliased_by_its_destination(tmp_path):
    path = tmp_path / "odd.xml"
    path.write_text(
        "<channel><name>Odd</name><destinationConnectors><connector><name>Billing</name>"
        "<transportName>HTTP Sender</transportName>"
        "<properties><host>http://[::1/bill</host></properties></connector>"
        "</destinationConnectors></channel>"
    )
    inventory = MirthConnector().scan(str(path))
    (flow,) = inventory.flows
    assert (flow.target, flow.tls) == ("unresolved-http-1-bill", False)
    assert next(s for s in inventory.systems if s.id == flow.target).aliases == ("Billing",)


def test_entity_expansion_is_refused(tmp_path):
    path = tmp_path / "bomb.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
        "<channel><name>&lol;</name></channel>"
    )
    with pytest.raises(SourceError) as raised:
        MirthConnector().scan(str(path))
    assert raised.value.kind == "unsafe-xml"
    assert "export the channel again" in str(raised.value)


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">\n'
        for n in range(1, 10)
    )
    + "]>\n<channel><name>&lol9;</name></channel>\n"
)


def test_a_billion_laughs_export_is_taken_for_mirth_so_that_it_is_refused_not_skipped(tmp_path):
    path = tmp_path / "bomb.xml"
    path.write_text(BILLION_LAUGHS)
    assert looks_like_mirth(path.read_bytes()[:4096])
    with pytest.raises(SourceError) as raised:
        MirthConnector().scan(str(path))
    assert raised.value.kind == "unsafe-xml"


def test_an_unreadable_mirthsync_script_is_counted_as_missing(tmp_path, monkeypatch):
    (tmp_path / "step.js").write_text("var a = 1;\n")
    path = tmp_path / "synced.xml"
    path.write_text(
        "<channel><name>Synced</name><sourceConnector><filter><elements>"
        "<com.mirth.connect.plugins.javascriptrule.JavaScriptRule>"
        '<script msync-fileref="step.js"/>'
        "</com.mirth.connect.plugins.javascriptrule.JavaScriptRule>"
        "</elements></filter><transportName>JavaScript Reader</transportName></sourceConnector>"
        "</channel>"
    )
    real = Path.read_text

    def refuse(self, *args, **kwargs):
        if self.name == "step.js":
            raise PermissionError(13, "Permission denied")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    inventory = MirthConnector().scan(str(path))
    assert [e.kind for e in inventory.scan.errors] == ["missing-script"]


def test_broken_xml_names_the_line(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text("<channel>\n<name>x</name>\n<sourceConnector>\n</channel>")
    with pytest.raises(SourceError, match="line 4"):
        MirthConnector().scan(str(path))


def test_another_xml_document_is_not_a_mirth_export(tmp_path):
    path = tmp_path / "pom.xml"
    path.write_text("<project><name>x</name></project>")
    with pytest.raises(SourceError, match="not a Mirth export"):
        MirthConnector().scan(str(path))


def test_a_channel_without_a_name_is_counted_and_the_others_are_read(tmp_path):
    path = tmp_path / "list.xml"
    path.write_text(
        "<list><channel><sourceConnector/></channel><channel><name>Kept</name></channel></list>"
    )
    inventory = MirthConnector().scan(str(path))
    assert [e.kind for e in inventory.scan.errors] == ["unnamed-channel"]
    assert next(s for s in inventory.systems if s.id == "mirth-connect").channels == ("Kept",)


def test_mirthsync_scripts_are_read_from_beside_the_export(tmp_path):
    (tmp_path / "step.js").write_text("var a = 1;\nvar b = 2;\n")
    path = tmp_path / "synced.xml"
    path.write_text(
        '<channel version="3.8.0"><name>Synced</name><sourceConnector>'
        "<transformer><elements><com.mirth.connect.plugins.javascriptstep.JavaScriptStep>"
        '<script msync-fileref="step.js"/>'
        "</com.mirth.connect.plugins.javascriptstep.JavaScriptStep>"
        "</elements></transformer><transportName>TCP Listener</transportName>"
        "<properties><listenerConnectorProperties><port>7000</port></listenerConnectorProperties>"
        "</properties></sourceConnector></channel>"
    )
    (flow,) = MirthConnector().scan(str(path)).flows
    assert flow.custom_script_lines == 2


def test_a_mirthsync_script_outside_the_folder_is_not_read(tmp_path):
    (tmp_path / "secret.js").write_text("var a = 1;\n")
    folder = tmp_path / "export"
    folder.mkdir()
    path = folder / "synced.xml"
    path.write_text(
        "<channel><name>Synced</name><sourceConnector><filter><elements>"
        "<com.mirth.connect.plugins.javascriptrule.JavaScriptRule>"
        '<script msync-fileref="../secret.js"/>'
        "</com.mirth.connect.plugins.javascriptrule.JavaScriptRule>"
        "</elements></filter><transportName>JavaScript Reader</transportName></sourceConnector>"
        "</channel>"
    )
    inventory = MirthConnector().scan(str(path))
    (channel,) = next(s for s in inventory.systems if s.engine).engine.channels
    assert channel.script_lines == {}
    assert [e.kind for e in inventory.scan.errors] == ["missing-script"]


# --- sniffing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        b'<channel version="3.6.0">\n  <id>',
        b'<?xml version="1.0" encoding="UTF-8"?><channel version="3.8.0">',
        b"<serverConfiguration version='3.6.0'>",
        b"<list>\n  <channel version='3.6.0'>",
        b'<?xml version="1.0"?><!DOCTYPE channel SYSTEM "http://example.org/x.dtd"><channel>',
        b'<!DOCTYPE x [<!ENTITY a "b">]>\n<serverConfiguration version="3.9.0">',
    ],
)
def test_mirth_exports_are_recognised(head):
    assert looks_like_mirth(head)


@pytest.mark.parametrize(
    "head",
    [b"<project>", b"MSH|^~\\&|", b'{"resourceType":', b'<!DOCTYPE x [<!ENTITY a "b">]><project>'],
)
def test_other_files_are_not_taken_for_mirth_exports(head):
    assert not looks_like_mirth(head)

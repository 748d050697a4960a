"""The channel inventory: per channel what it connects, its steps, scripts, routing and settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.connectors.engine import MirthConnector
from assessor.model import EngineInventory

SOURCES = {
    "mllp": (
        "TCP Listener",
        "<listenerConnectorProperties><port>6661</port></listenerConnectorProperties>"
        "<transmissionModeProperties><pluginPointName>MLLP</pluginPointName>"
        "</transmissionModeProperties>",
    ),
    "tcp": (
        "TCP Listener",
        "<listenerConnectorProperties><port>7000</port></listenerConnectorProperties>"
        "<transmissionModeProperties><pluginPointName>Basic</pluginPointName>"
        "</transmissionModeProperties>",
    ),
    "http": ("HTTP Listener", "<listenerConnectorProperties><port>8080</port>"),
    "file": ("File Reader", "<scheme>FILE</scheme><host>/in</host>"),
    "sftp": ("File Reader", "<scheme>SFTP</scheme><host>sftp.example.org/in</host>"),
    "ftp": ("File Reader", "<scheme>FTP</scheme><host>ftp.example.org/in</host>"),
    "database-reader": ("Database Reader", "<url>jdbc:postgresql://lab01:5432/lab</url>"),
    "javascript": ("JavaScript Reader", "<script>return [];</script>"),
    "web-service": (
        "Web Service Listener",
        "<listenerConnectorProperties><port>8081</port></listenerConnectorProperties>",
    ),
    "channel": ("Channel Reader", ""),
    "dicom": (
        "DICOM Listener",
        "<listenerConnectorProperties><port>104</port></listenerConnectorProperties>",
    ),
}
SOURCES["http"] = ("HTTP Listener", SOURCES["web-service"][1])
DESTINATIONS = {
    "mllp": (
        "TCP Sender",
        "<remoteAddress>ehr01</remoteAddress><remotePort>6700</remotePort>"
        "<transmissionModeProperties><pluginPointName>MLLP</pluginPointName>"
        "</transmissionModeProperties>",
    ),
    "http": ("HTTP Sender", "<host>https://api.example.org/in</host>"),
    "file": ("File Writer", "<scheme>FILE</scheme><host>/out</host>"),
    "sftp": ("File Writer", "<scheme>SFTP</scheme><host>sftp.example.org/out</host>"),
    "database-writer": ("Database Writer", "<url>jdbc:mysql://dwh01:3306/dwh</url>"),
    "javascript": ("JavaScript Writer", "<script>var a = 1;\nvar b = 2;</script>"),
    "web-service": ("Web Service Sender", "<wsdlUrl>https://ws.example.org/svc?wsdl</wsdlUrl>"),
    "channel": ("Channel Writer", "<channelId>c2</channelId>"),
    "dicom": ("DICOM Sender", "<host>pacs01</host><port>104</port>"),
    "smtp": ("SMTP Sender", "<smtpHost>mail01</smtpHost><smtpPort>25</smtpPort>"),
    "document": ("Document Writer", "<host>/docs</host>"),
}

STEPS = (
    "<transformer><elements>"
    "<com.mirth.connect.plugins.mapper.MapperStep><name>m</name></com.mirth.connect.plugins.mapper.MapperStep>"
    "<com.mirth.connect.plugins.messagebuilder.MessageBuilderStep/>"
    "<com.mirth.connect.plugins.javascriptstep.JavaScriptStep><script>var x = 1;\n"
    "var f = new java.io.File('/tmp/x');\nimportPackage(Packages.org.foo);\n"
    "router.routeMessage('Results Out', msg);</script>"
    "</com.mirth.connect.plugins.javascriptstep.JavaScriptStep>"
    "<com.mirth.connect.plugins.xsltstep.XsltStep/>"
    "<com.mirth.connect.plugins.iteratorstep.IteratorStep><properties><children>"
    "<com.mirth.connect.plugins.mapper.MapperStep/></children></properties>"
    "</com.mirth.connect.plugins.iteratorstep.IteratorStep>"
    "</elements><inboundDataType>HL7V2</inboundDataType><outboundDataType>JSON</outboundDataType>"
    "</transformer>"
    "<filter><elements><com.mirth.connect.plugins.rulebuilder.RuleBuilderRule/>"
    "</elements></filter>"
)


def channel_xml(
    name: str,
    source: str,
    destinations: list[str],
    *,
    channel_id: str = "c1",
    steps: str = "",
    enabled: bool = True,
    pruning: str = "<pruneMetaDataDays>30</pruneMetaDataDays>",
    scripts: str = "",
) -> str:
    transport, properties = SOURCES[source]
    out = "".join(
        f"<connector><name>to {kind}</name><transportName>{DESTINATIONS[kind][0]}</transportName>"
        f"<properties>{DESTINATIONS[kind][1]}<destinationConnectorProperties>"
        "<queueEnabled>true</queueEnabled></destinationConnectorProperties></properties>"
        "</connector>"
        for kind in destinations
    )
    return (
        f'<channel version="4.5.2"><id>{channel_id}</id><name>{name}</name>'
        f"<sourceConnector>{steps}<transportName>{transport}</transportName>"
        f"<properties>{properties}</properties></sourceConnector>"
        f"<destinationConnectors>{out}</destinationConnectors>{scripts}"
        "<properties><messageStorageMode>PRODUCTION</messageStorageMode></properties>"
        f"<exportData><metadata><enabled>{str(enabled).lower()}</enabled>"
        f"<pruningSettings>{pruning}</pruningSettings></metadata></exportData></channel>"
    )


def inventory_of(tmp_path: Path, text: str, name: str = "export.xml") -> EngineInventory:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    engine = next(s for s in MirthConnector().scan(str(path)).systems if s.engine)
    assert engine.engine is not None
    return engine.engine


@pytest.mark.parametrize("kind", sorted(SOURCES))
def test_every_source_connector_kind_is_named(tmp_path, kind):
    (channel,) = inventory_of(tmp_path, channel_xml("In", kind, [])).channels
    assert channel.source is not None and channel.source.kind == kind


@pytest.mark.parametrize("kind", sorted(DESTINATIONS))
def test_every_destination_connector_kind_is_named(tmp_path, kind):
    (channel,) = inventory_of(tmp_path, channel_xml("Out", "mllp", [kind])).channels
    (destination,) = channel.destinations
    assert (destination.kind, destination.role, destination.queued) == (kind, "destination", True)


def test_steps_are_counted_by_kind_iterator_children_included(tmp_path):
    (channel,) = inventory_of(tmp_path, channel_xml("S", "mllp", [], steps=STEPS)).channels
    assert channel.source.steps == {
        "filter:rule-builder": 1,
        "transformer:iterator": 1,
        "transformer:javascript": 1,
        "transformer:mapper": 2,
        "transformer:message-builder": 1,
        "transformer:xslt": 1,
    }


def test_data_types_are_the_transformers(tmp_path):
    (channel,) = inventory_of(tmp_path, channel_xml("S", "mllp", [], steps=STEPS)).channels
    assert (channel.source.inbound_data_type, channel.source.outbound_data_type) == (
        "HL7V2",
        "JSON",
    )


def test_javascript_is_measured_per_script_and_sandbox_escapes_counted(tmp_path):
    (channel,) = inventory_of(tmp_path, channel_xml("S", "mllp", [], steps=STEPS)).channels
    assert channel.script_lines == {"source.transformer": 4}
    assert channel.total_script_lines == 4
    assert channel.sandbox_escapes == {"Packages.": 1, "importPackage": 1, "java.": 1}


def test_commented_out_escapes_do_not_count(tmp_path):
    steps = STEPS.replace("var f = new java.io.File('/tmp/x');", "// java.io.File")
    (channel,) = inventory_of(tmp_path, channel_xml("S", "mllp", [], steps=steps)).channels
    assert "java." not in channel.sandbox_escapes


def test_channel_scripts_count_only_beyond_mirths_default_body(tmp_path):
    scripts = (
        "<deployScript>// default\nreturn;</deployScript>"
        "<preprocessingScript>var a = 1;\nreturn message;</preprocessingScript>"
        "<postprocessingScript>FileUtil.write('/x', false, 'y');\nreturn;</postprocessingScript>"
    )
    (channel,) = inventory_of(tmp_path, channel_xml("S", "mllp", [], scripts=scripts)).channels
    assert channel.script_lines == {"postprocessor": 2, "preprocessor": 2}
    assert channel.sandbox_escapes == {"FileUtil": 1}


def test_a_channel_routes_by_channel_writer_and_by_router(tmp_path):
    (channel,) = inventory_of(
        tmp_path, channel_xml("Hub", "mllp", ["channel"], steps=STEPS)
    ).channels
    assert channel.routes_to == ("Results Out", "c2")


def test_pruning_storage_and_state_are_kept(tmp_path):
    (kept,) = inventory_of(tmp_path, channel_xml("P", "mllp", [])).channels
    assert (kept.prune_metadata_days, kept.prune_content_days, kept.pruning_known) == (
        30,
        None,
        True,
    )
    assert kept.message_storage == "PRODUCTION"
    (forever,) = inventory_of(tmp_path, channel_xml("P", "mllp", [], pruning="")).channels
    assert (forever.prune_metadata_days, forever.pruning_known) == (None, True)


def test_a_disabled_channel_is_listed_as_disabled(tmp_path):
    (channel,) = inventory_of(tmp_path, channel_xml("Old", "mllp", [], enabled=False)).channels
    assert channel.enabled is False


def test_a_server_backup_gives_code_template_libraries_global_scripts_and_resources(tmp_path):
    backup = (
        '<serverConfiguration version="4.6.0"><channels>'
        + channel_xml("A", "mllp", ["channel"], channel_id="a")
        + channel_xml("B", "channel", ["file"], channel_id="c2")
        + "</channels><codeTemplateLibraries><codeTemplateLibrary><name>Shared</name>"
        "<enabledChannelIds><string>a</string><string>c2</string></enabledChannelIds>"
        "<codeTemplates><codeTemplate><name>t</name><properties><code>function f() {\n"
        "  return Packages.java.util.UUID.randomUUID();\n}</code></properties></codeTemplate>"
        "</codeTemplates></codeTemplateLibrary></codeTemplateLibraries>"
        "<globalScripts><entry><string>Deploy</string><string>// default\nreturn;</string>"
        "</entry><entry><string>Preprocessor</string><string>var h = HTTPUtil.get('x');\n"
        "return message;</string></entry></globalScripts>"
        "<resourceProperties><list><com.mirth.connect.plugins.directoryresource."
        "DirectoryResourceProperties><name>Default Resource</name></com.mirth.connect.plugins."
        "directoryresource.DirectoryResourceProperties><com.mirth.connect.plugins."
        "directoryresource.DirectoryResourceProperties><name>Custom jars</name></com.mirth."
        "connect.plugins.directoryresource.DirectoryResourceProperties></list>"
        "</resourceProperties></serverConfiguration>"
    )
    engine = inventory_of(tmp_path, backup)
    assert engine.version == "4.6.0"
    (library,) = engine.code_templates
    assert (library.name, library.templates, library.lines, library.channels) == (
        "Shared",
        1,
        3,
        ("a", "c2"),
    )
    assert library.sandbox_escapes == {"Packages.": 1}
    assert [c.code_templates for c in engine.channels] == [("Shared",), ("Shared",)]
    assert engine.global_script_lines == {"preprocessor": 2}
    assert engine.global_sandbox_escapes == {"HTTPUtil": 1}
    assert engine.custom_resources == 1
    assert engine.channels[0].routes_to == ("c2",)


def test_no_script_or_password_is_kept_in_the_inventory(tmp_path):
    text = channel_xml("S", "mllp", ["database-writer"], steps=STEPS).replace(
        "jdbc:mysql://dwh01:3306/dwh", "jdbc:mysql://dwh01:3306/dwh?password=Secr3t"
    )
    dumped = json.dumps(inventory_of(tmp_path, text).to_dict())
    assert "Secr3t" not in dumped and "new java" not in dumped and "/tmp/x" not in dumped

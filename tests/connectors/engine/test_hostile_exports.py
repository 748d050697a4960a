"""Hostile Mirth exports end in a clear error record: no traceback, no hang, nothing expanded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.connectors.engine import MirthConnector
from assessor.errors import SourceError

CHANNEL = (
    "<channel><id>c1</id><name>Hostile</name><sourceConnector>"
    "<transformer><elements><com.mirth.connect.plugins.javascriptstep.JavaScriptStep>"
    "<script>{script}</script>"
    "</com.mirth.connect.plugins.javascriptstep.JavaScriptStep></elements></transformer>"
    "<transportName>TCP Listener</transportName><properties><listenerConnectorProperties>"
    "<port>6661</port></listenerConnectorProperties></properties></sourceConnector></channel>"
)


def refused(tmp_path: Path, content: bytes) -> SourceError:
    path = tmp_path / "hostile.xml"
    path.write_bytes(content)
    with pytest.raises(SourceError) as raised:
        MirthConnector().scan(str(path))
    return raised.value


def test_an_external_entity_is_refused_and_never_read(tmp_path):
    (tmp_path / "secret.txt").write_text("PATIENT-SECRET")
    error = refused(
        tmp_path,
        b'<?xml version="1.0"?><!DOCTYPE channel [<!ENTITY x SYSTEM "file://'
        + str(tmp_path / "secret.txt").encode()
        + b'">]><channel><name>&x;</name></channel>',
    )
    assert error.kind == "unsafe-xml"
    assert "PATIENT-SECRET" not in str(error)


def test_xml_nested_ten_thousand_deep_is_refused(tmp_path):
    depth = 10_000
    error = refused(tmp_path, b"<channel>" + b"<a>" * depth + b"</a>" * depth + b"</channel>")
    assert error.kind == "unsafe-xml"
    assert "nested more than" in str(error)


@pytest.mark.parametrize("encoding", ["UTF-7", "EBCDIC-CP-US", "x-unknown"])
def test_xml_declared_in_an_encoding_mirth_never_writes_is_refused(tmp_path, encoding):
    content = f'<?xml version="1.0" encoding="{encoding}"?><channel><name>+ADw-x</name></channel>'
    error = refused(tmp_path, content.encode("ascii"))
    assert error.kind == "unsupported-encoding"
    assert encoding in str(error) and "UTF-8" in str(error)


def test_utf16_exports_are_read(tmp_path):
    path = tmp_path / "utf16.xml"
    text = '<?xml version="1.0" encoding="UTF-16"?><channel><id>c</id><name>Wide</name></channel>'
    path.write_bytes(text.encode("utf-16"))
    engine = next(s for s in MirthConnector().scan(str(path)).systems if s.engine)
    assert engine.channels == ("Wide",)


def test_a_five_megabyte_script_is_recorded_not_measured_and_the_rest_is_read(tmp_path):
    path = tmp_path / "big.xml"
    path.write_text(CHANNEL.format(script="var a = 1;\n" * 500_000))
    inventory = MirthConnector().scan(str(path))
    (error,) = inventory.scan.errors
    assert error.kind == "script-too-large"
    assert "not measured" in error.message
    (channel,) = next(s for s in inventory.systems if s.engine).engine.channels
    assert channel.name == "Hostile" and channel.script_lines == {}
    assert inventory.scan.sources[0].status == "partial"


def test_no_script_text_reaches_the_inventory(tmp_path):
    path = tmp_path / "marked.xml"
    path.write_text(CHANNEL.format(script="var mrn = 'MARKER-4711'; java.lang.System.exit(0);"))
    text = json.dumps(MirthConnector().scan(str(path)).to_dict())
    assert "MARKER-4711" not in text and "System.exit" not in text

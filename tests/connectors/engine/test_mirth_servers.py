"""Which engine an export belongs to: one System per Mirth server the exports name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assessor.connectors.engine import MirthConnector
from assessor.connectors.estate import EstateConnector
from assessor.merge import merge_inventories
from assessor.model import Inventory, System

SAMPLE = Path(__file__).parents[3] / "sample_feeds"
CORPUS = Path(
    os.environ.get("ASSESSOR_MIRTH_CORPUS", Path(__file__).parents[4] / "shared/corpus/mirth")
)

CHANNEL = """<channel version="4.4.0">
  <id>{name}</id>
  <name>{name}</name>
  <sourceConnector version="4.4.0">
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="4.4.0">
      <listenerConnectorProperties version="4.4.0"><host>0.0.0.0</host><port>6661</port>
      </listenerConnectorProperties>
    </properties>
    <transportName>TCP Listener</transportName>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.4.0">
      <name>to EHR</name>
      <properties class="com.mirth.connect.connectors.tcp.TcpDispatcherProperties" version="4.4.0">
        <remoteAddress>ehr.test.local</remoteAddress><remotePort>6700</remotePort>
      </properties>
      <transportName>TCP Sender</transportName>
    </connector>
  </destinationConnectors>
</channel>"""

BACKUP = """<serverConfiguration version="4.4.0">
  <channels>{channel}</channels>
  <serverSettings>
    {environment}<serverName>{server}</serverName>
    <smtpPassword>Secr3t-smtp</smtpPassword>
  </serverSettings>
</serverConfiguration>"""


def scan(tmp_path: Path, name: str, text: str) -> Inventory:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return MirthConnector().scan(str(path))


def backup(tmp_path: Path, name: str, server: str, environment: str = "") -> Inventory:
    text = BACKUP.format(
        channel=CHANNEL.format(name="ADT"),
        server=server,
        environment=f"<environmentName>{environment}</environmentName>" if environment else "",
    )
    return scan(tmp_path, name, text)


def engines(inventory: Inventory) -> list[System]:
    return [s for s in inventory.systems if s.kind == "interface-engine"]


def test_backups_of_two_servers_give_two_engines(tmp_path: Path) -> None:
    merged = merge_inventories(
        [backup(tmp_path, "prod.xml", "PROD"), backup(tmp_path, "test.xml", "TEST")]
    )
    assert [(e.id, e.channels) for e in engines(merged)] == [
        ("mirth-connect-prod", ("ADT",)),
        ("mirth-connect-test", ("ADT",)),
    ]


def test_servers_of_one_name_in_two_environments_give_two_engines(tmp_path: Path) -> None:
    north = backup(tmp_path, "north.xml", "PROD", environment="North Trust")
    south = backup(tmp_path, "south.xml", "PROD", environment="South Trust")
    assert [(e.id, e.name) for e in engines(merge_inventories([north, south]))] == [
        ("mirth-connect-north-trust-prod", "Mirth Connect (North Trust / PROD)"),
        ("mirth-connect-south-trust-prod", "Mirth Connect (South Trust / PROD)"),
    ]


def test_two_backups_of_one_server_give_one_engine(tmp_path: Path) -> None:
    merged = merge_inventories(
        [backup(tmp_path, "monday.xml", "PROD"), backup(tmp_path, "tuesday.xml", "PROD")]
    )
    assert [e.id for e in engines(merged)] == ["mirth-connect-prod"]


def test_a_server_labelled_production_twice_is_the_one_labelled_production_once(
    tmp_path: Path,
) -> None:
    labelled = backup(tmp_path, "labelled.xml", "PROD", environment="Production")
    plain = backup(tmp_path, "plain.xml", "PROD")
    assert len(engines(merge_inventories([labelled, plain]))) == 1


def test_a_production_server_and_a_test_server_stay_two_whatever_their_labels(
    tmp_path: Path,
) -> None:
    labelled = backup(tmp_path, "labelled.xml", "PROD", environment="Production")
    test = backup(tmp_path, "test.xml", "TEST", environment="Production")
    assert len(engines(merge_inventories([labelled, test]))) == 2


def test_two_channel_exports_that_name_no_server_give_one_engine(tmp_path: Path) -> None:
    adt = scan(tmp_path, "adt.xml", CHANNEL.format(name="ADT"))
    oru = scan(tmp_path, "oru.xml", CHANNEL.format(name="ORU"))
    assert [(e.id, e.channels) for e in engines(merge_inventories([adt, oru]))] == [
        ("mirth-connect", ("ADT", "ORU"))
    ]


def test_the_engine_is_named_by_the_server_name_alone_not_other_settings(tmp_path: Path) -> None:
    (engine,) = engines(backup(tmp_path, "prod.xml", "PROD"))
    assert (engine.id, engine.name, engine.aliases) == (
        "mirth-connect-prod",
        "Mirth Connect (PROD)",
        ("PROD",),
    )


@pytest.mark.skipif(not (SAMPLE / "engine").is_dir(), reason="sample_feeds/engine not generated")
def test_the_sample_engine_exports_merge_with_the_declared_engine() -> None:
    exports = [MirthConnector().scan(str(p)) for p in sorted((SAMPLE / "engine").glob("*.xml"))]
    declared = EstateConnector().scan(str(SAMPLE / "estate.toml"))
    (engine,) = engines(merge_inventories([declared, *exports]))
    assert (engine.id, engine.declared, engine.channels) == (
        "engine",
        True,
        ("ADT Router", "LIS Results to EHR", "RIS Results to EHR (OLD)"),
    )


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no Mirth corpus at {CORPUS}")
def test_real_channel_exports_name_no_server_so_they_share_one_engine() -> None:
    exports = [p for p in sorted(CORPUS.glob("*.xml")) if not p.name.startswith("connect__")]
    ids = {e.id for p in exports for e in engines(MirthConnector().scan(str(p)))}
    assert ids == {"mirth-connect"}

"""The estate file: what the architect declares becomes declared systems, flows and use cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.connectors.estate import EstateConnector, database_targets, looks_like_estate
from assessor.connectors.interface import SourceKind
from assessor.errors import SourceError, UsageError
from assessor.model import PhiClass, Transport

FIXTURES = Path(__file__).parent / "fixtures"
ESTATE = str(FIXTURES / "estate.toml")
DOCUMENTED = Path(__file__).parents[3] / "docs" / "estate-format.md"


def scan_text(tmp_path: Path, text: str):
    path = tmp_path / "estate.toml"
    path.write_text(text, encoding="utf-8")
    return EstateConnector().scan(str(path))


def mistake(tmp_path: Path, text: str) -> str:
    with pytest.raises(UsageError) as raised:
        scan_text(tmp_path, text)
    return str(raised.value)


def test_the_connector_is_of_kind_estate():
    assert EstateConnector.kind is SourceKind.ESTATE


def test_declared_systems_keep_every_field():
    inventory = EstateConnector().scan(ESTATE)
    pas = next(s for s in inventory.systems if s.id == "pas")
    assert (pas.name, pas.kind, pas.vendor) == ("Meditrak PAS", "pas", "Meditrak")
    assert pas.version == "5.6"
    assert pas.aliases == ("PAS", "pas-prod", "pas-prod.test.local:2575")
    assert (pas.hosting, pas.owner, pas.criticality) == (
        "on-premises",
        "Patient Administration IT",
        "critical",
    )
    assert pas.support_end == "2023-12-31"
    assert pas.declared is True


def test_hostile_names_are_kept_raw():
    inventory = EstateConnector().scan(ESTATE)
    assert {s.name for s in inventory.systems} >= {"<script>alert(1)</script> Lab"}
    assert inventory.estate_name == "St Test's <General>"


def test_declared_interfaces_become_declared_flows():
    (flow,) = EstateConnector().scan(ESTATE).flows
    assert flow.id == "pas->lis:file"
    assert (flow.source, flow.target, flow.transport) == ("pas", "lis", Transport.FILE)
    assert flow.message_types == {"ADT^A01": 0, "ADT^A08": 0}
    assert flow.phi_classes == (PhiClass.MRN, PhiClass.NAME)
    assert flow.tls is False
    assert flow.declared is True


def test_declared_databases_carry_a_masked_url(monkeypatch):
    monkeypatch.setenv("TEST_LIS_DB_URL", "postgresql://lis:s3cret@db.local/lis")
    stores = {s.id: s for s in EstateConnector().scan(ESTATE).stores}
    assert stores["lis-db"].url == "postgresql://lis:***@db.local/lis"
    assert (stores["lis-db"].dialect, stores["lis-db"].system_id) == ("postgresql", "lis")
    assert stores["lis-db"].declared is True
    assert stores["lis-db"].tables == ()


def test_a_database_whose_variable_is_unset_is_still_declared(monkeypatch):
    monkeypatch.delenv("TEST_LIS_DB_URL", raising=False)
    stores = {s.id: s for s in EstateConnector().scan(ESTATE).stores}
    assert stores["lis-db"].url == "${TEST_LIS_DB_URL}"


def test_ai_platform_and_estate_name_are_read():
    inventory = EstateConnector().scan(ESTATE)
    assert inventory.ai_platform == "ai-platform"


def test_a_catalog_use_case_keeps_only_its_id_and_priority():
    use_cases = {u.id: u for u in EstateConnector().scan(ESTATE).use_cases}
    assert (use_cases["sepsis-early-warning"].priority, use_cases["sepsis-early-warning"].name) == (
        1,
        "",
    )


def test_an_inline_use_case_keeps_its_definition():
    bed_flow = next(u for u in EstateConnector().scan(ESTATE).use_cases if u.id == "bed-flow")
    assert (bed_flow.name, bed_flow.message_types, bed_flow.source_kinds, bed_flow.freshness) == (
        "Bed flow",
        ("ADT^A02",),
        ("pas",),
        "hourly",
    )


def test_the_scan_records_the_file_as_a_source():
    (source,) = EstateConnector().scan(ESTATE).scan.sources
    assert (source.source, source.kind, source.status) == (ESTATE, "estate", "ok")


def test_the_documented_example_is_a_valid_estate_file(tmp_path):
    text = DOCUMENTED.read_text(encoding="utf-8")
    example = text.split("```toml\n", 1)[1].split("```", 1)[0]
    inventory = scan_text(tmp_path, example)
    assert inventory.systems and inventory.flows and inventory.use_cases


# --- mistakes ------------------------------------------------------------------------------


def test_a_wrong_kind_names_line_key_and_valid_values(tmp_path):
    message = mistake(tmp_path, '[[systems]]\nid = "pas"\nname = "PAS"\nkind = "ehrr"\n')
    assert "estate.toml:4:" in message
    assert "key 'kind'" in message
    assert "'ehrr'" in message
    assert "valid values: ehr, pas, lis" in message


def test_a_misspelt_key_is_reported_with_the_valid_keys(tmp_path):
    message = mistake(tmp_path, '[[systems]]\nid = "pas"\nname = "PAS"\nownr = "x"\n')
    assert "estate.toml:4:" in message
    assert "key 'ownr': unknown key" in message
    assert "owner" in message


def test_every_mistake_is_reported_at_once(tmp_path):
    message = mistake(
        tmp_path,
        '[[systems]]\nid = "pas"\nname = "PAS"\ncriticality = "huge"\n'
        '[[systems]]\nid = "lis"\nname = "LIS"\nhosting = "cellar"\n',
    )
    assert message.splitlines()[0].endswith("2 mistakes in the estate file")
    assert ":4:" in message and ":8:" in message


def test_an_interface_to_an_undeclared_system_lists_the_declared_ids(tmp_path):
    message = mistake(
        tmp_path,
        '[[systems]]\nid = "pas"\nname = "PAS"\n'
        '[[interfaces]]\nfrom = "pas"\nto = "lab"\ntransport = "mllp"\n',
    )
    assert "estate.toml:6:" in message
    assert "'lab' is not a declared system id; valid values: pas" in message


def test_a_wrong_transport_lists_the_transports(tmp_path):
    message = mistake(
        tmp_path,
        '[[systems]]\nid = "pas"\nname = "PAS"\n'
        '[[interfaces]]\nfrom = "pas"\nto = "pas"\ntransport = "pigeon"\n',
    )
    assert "estate.toml:7:" in message
    assert "valid values: mllp, file, database, http, fhir, dicom, engine-channel, other" in message


def test_a_wrong_phi_class_lists_the_phi_classes(tmp_path):
    message = mistake(
        tmp_path,
        '[[systems]]\nid = "pas"\nname = "PAS"\n'
        '[[interfaces]]\nfrom = "pas"\nto = "pas"\nphi = ["names"]\n',
    )
    assert "key 'phi': 'names' is not a valid value" in message
    assert "ssn" in message


def test_an_unknown_use_case_lists_the_catalog(tmp_path):
    message = mistake(tmp_path, '[[use_cases]]\nid = "mind-reading"\n')
    assert "estate.toml:2:" in message
    assert "sepsis-early-warning" in message


def test_a_missing_name_is_a_mistake(tmp_path):
    message = mistake(tmp_path, '[[systems]]\nid = "pas"\n')
    assert "key 'name': missing" in message


def test_an_id_that_is_not_a_slug_is_a_mistake(tmp_path):
    message = mistake(tmp_path, '[[systems]]\nid = "PAS System"\nname = "PAS"\n')
    assert "estate.toml:2:" in message and "not a slug" in message


def test_a_system_declared_twice_is_a_mistake(tmp_path):
    message = mistake(
        tmp_path, '[[systems]]\nid = "pas"\nname = "A"\n[[systems]]\nid = "pas"\nname = "B"\n'
    )
    assert "estate.toml:5:" in message and "declared twice" in message


def test_an_alias_given_to_two_systems_is_a_mistake(tmp_path):
    message = mistake(
        tmp_path,
        '[[systems]]\nid = "pas"\nname = "PAS"\n'
        '[[systems]]\nid = "lis"\nname = "LIS"\naliases = ["P.A.S"]\n',
    )
    assert "estate.toml:7:" in message and "'P.A.S' also names system 'pas'" in message


def test_aliases_in_another_script_clash_only_when_they_are_the_same_name(tmp_path):
    inventory = scan_text(
        tmp_path,
        '[[systems]]\nid = "lab"\nname = "Lab"\naliases = ["東京検査"]\n'
        '[[systems]]\nid = "ris"\nname = "RIS"\naliases = ["大阪放射線", "--"]\n'
        '[[systems]]\nid = "pas"\nname = "PAS"\naliases = ["--"]\n',
    )
    assert [s.id for s in inventory.systems] == ["lab", "pas", "ris"]
    message = mistake(
        tmp_path,
        '[[systems]]\nid = "lab"\nname = "Lab"\naliases = ["東京検査"]\n'
        '[[systems]]\nid = "ris"\nname = "RIS"\naliases = ["東京検査"]\n',
    )
    assert "'東京検査' also names system 'lab'" in message


def test_a_bad_date_is_a_mistake(tmp_path):
    message = mistake(tmp_path, '[[systems]]\nid = "pas"\nname = "PAS"\nsupport_end = "soon"\n')
    assert "estate.toml:4:" in message and "expected a date" in message


def test_an_unknown_table_lists_the_tables(tmp_path):
    message = mistake(tmp_path, '[[sytems]]\nid = "pas"\n')
    assert "estate.toml:1:" in message and "valid values: estate, systems" in message


def test_invalid_toml_is_a_usage_error_with_its_line(tmp_path):
    message = mistake(tmp_path, '[[systems]]\nid = "pas\n')
    assert "not valid TOML" in message and "line 2" in message


def test_an_unreadable_estate_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="cannot read"):
        EstateConnector().scan(str(tmp_path / "missing.toml"))


# --- database targets ----------------------------------------------------------------------


def test_database_targets_expand_environment_variables(monkeypatch):
    monkeypatch.setenv("TEST_LIS_DB_URL", "postgresql://lis:s3cret@db.local/lis")
    targets = {t.id: t for t in database_targets(ESTATE)}
    assert targets["lis-db"].url == "postgresql://lis:s3cret@db.local/lis"
    assert targets["lis-db"].system == "lis"


def test_a_database_target_never_shows_its_password(monkeypatch):
    monkeypatch.setenv("TEST_LIS_DB_URL", "postgresql://lis:s3cret@db.local/lis")
    target = next(t for t in database_targets(ESTATE) if t.id == "lis-db")
    assert "s3cret" not in repr(target)
    assert target.masked_url == "postgresql://lis:***@db.local/lis"


def test_relative_sqlite_paths_are_relative_to_the_estate_file(monkeypatch):
    monkeypatch.setenv("TEST_LIS_DB_URL", "sqlite://")
    target = next(t for t in database_targets(ESTATE) if t.id == "legacy")
    assert target.url.startswith("sqlite:///")
    named = Path(target.url.removeprefix("sqlite:///"))
    assert named.resolve() == (FIXTURES / "legacy.sqlite").resolve()


def test_a_missing_variable_names_the_variable_and_the_line(monkeypatch):
    monkeypatch.delenv("TEST_LIS_DB_URL", raising=False)
    with pytest.raises(SourceError) as raised:
        database_targets(ESTATE)
    assert "TEST_LIS_DB_URL" in str(raised.value)
    assert "estate.toml:31:" in str(raised.value)


# --- sniffing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head", [b'[[systems]]\nid = "pas"\n', b"# comment\n[estate]\nname = 'x'\n"]
)
def test_estate_files_are_recognised(head):
    assert looks_like_estate(head)


@pytest.mark.parametrize(
    "head",
    [
        b"MSH|^~\\&|PAS",
        b"<channel version='3.6'>",
        b"[tool.ruff]\n",
        b'"""Generator."""\nESTATE = """\n[estate]\nname = "x"\n[[systems]]\n"""\n',
    ],
)
def test_other_files_are_not_taken_for_estate_files(head):
    assert not looks_like_estate(head)


# --- secrets in the file -------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://lis:Sup3r-S3cret@db/lis",
        "mysql+pymysql://lis@db/lis?password=Sup3r-S3cret",
    ],
)
def test_a_password_written_in_the_file_is_a_mistake_that_never_shows_it(tmp_path, url):
    message = mistake(tmp_path, f'[[databases]]\nid = "lis-db"\nurl = "{url}"\n')
    assert "estate.toml:3:" in message and "holds a password in the file" in message
    assert "${LIS_DB_URL}" in message
    assert "Sup3r-S3cret" not in message


def test_a_password_kept_in_a_variable_is_not_a_mistake(tmp_path):
    inventory = scan_text(
        tmp_path, '[[databases]]\nid = "lis-db"\nurl = "postgresql://lis:${LIS_PW}@db/lis"\n'
    )
    assert [s.id for s in inventory.stores] == ["lis-db"]


def test_a_url_typed_into_another_key_is_quoted_back_without_its_password(tmp_path):
    message = mistake(
        tmp_path,
        '[[systems]]\nid = "pas"\nname = "PAS"\nsupport_end = "postgresql://u:Sup3r-S3cret@db/x"\n',
    )
    assert "expected a date" in message and "Sup3r-S3cret" not in message


def test_an_empty_name_is_a_mistake(tmp_path):
    message = mistake(tmp_path, '[[systems]]\nid = "pas"\nname = "  "\n')
    assert "estate.toml:3:" in message and "key 'name': empty" in message


@pytest.mark.parametrize(
    "endpoint",
    ["smb://bob:Sup3r-S3cret@files.example/share", "ftp://files.example/in?password=Sup3r-S3cret"],
)
def test_an_interface_endpoint_is_kept_without_its_password(tmp_path, endpoint):
    inventory = scan_text(
        tmp_path,
        '[[systems]]\nid = "a"\nname = "A"\nkind = "pas"\n'
        '[[systems]]\nid = "b"\nname = "B"\nkind = "warehouse"\n'
        f'[[interfaces]]\nfrom = "a"\nto = "b"\ntransport = "file"\nendpoint = "{endpoint}"\n',
    )
    (flow,) = inventory.flows
    assert flow.endpoint is not None and "files.example" in flow.endpoint
    assert "Sup3r-S3cret" not in flow.endpoint

"""FHIR CapabilityStatements: a system that serves FHIR, its resources, SMART and US Core."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import main
from assessor.connectors.fhir import FhirConnector, looks_like_fhir_capability
from assessor.connectors.fhir.capability import fhir_module
from assessor.connectors.interface import SourceKind
from assessor.errors import SourceError
from assessor.model import FhirResource

FIXTURES = Path(__file__).parent / "fixtures"
R4 = FIXTURES / "r4_smart_us_core.json"
STU3 = FIXTURES / "stu3_plain.json"
R5 = FIXTURES / "r5_minimal.json"
SAMPLE = Path(__file__).parents[3] / "sample_feeds" / "fhir" / "ehr_capability.json"


def scan_system(path: Path):
    (system,) = FhirConnector().scan(str(path)).systems
    return system


def write_json(tmp_path: Path, document: dict) -> Path:
    path = tmp_path / "capability.json"
    path.write_text(json.dumps(document))
    return path


def test_the_connector_is_of_kind_fhir():
    assert FhirConnector.kind is SourceKind.FHIR


def test_the_server_is_an_observed_system_named_by_its_software():
    system = scan_system(R4)
    assert (system.name, system.version, system.declared) == (
        "Test <script>alert(1)</script> EHR",
        "1.2",
        False,
    )


def test_the_system_id_comes_from_the_host_it_answers_on():
    assert scan_system(R4).id == "ehr-test-local"


def test_the_implementation_host_and_port_are_aliases():
    assert scan_system(R4).aliases == ("ehr.test.local", "ehr.test.local:8443")


def test_without_software_the_implementation_description_names_the_system():
    assert scan_system(STU3).name == "Old lab FHIR facade"


def test_the_fhir_version_and_formats_are_kept():
    fhir = scan_system(R4).fhir
    assert (fhir.fhir_version, fhir.formats, fhir.source) == ("4.0.1", ("json", "xml"), str(R4))


def test_server_resources_keep_interactions_search_parameters_and_profiles():
    assert scan_system(R4).fhir.resources == (
        FhirResource(type="Observation", interactions=("read",)),
        FhirResource(
            type="Patient",
            interactions=("read", "search-type"),
            search_params=("birthdate", "name"),
            profiles=("http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient",),
        ),
    )


def test_client_mode_resources_are_not_served():
    assert "Claim" not in {r.type for r in scan_system(R4).fhir.resources}


def test_a_smart_on_fhir_security_service_is_recognised():
    assert scan_system(R4).fhir.smart_on_fhir is True


def test_without_a_security_service_there_is_no_smart_on_fhir():
    assert scan_system(STU3).fhir.smart_on_fhir is False


def test_us_core_profiles_claimed_are_listed():
    assert scan_system(R4).fhir.us_core_profiles == (
        "http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient",
    )


def test_an_stu3_statement_validates_with_the_stu3_models():
    fhir = scan_system(STU3).fhir
    assert fhir.fhir_version == "3.0.2"
    assert fhir.resources[0].profiles == ("http://example.org/StructureDefinition/lab-report",)


def test_an_r5_statement_validates_with_the_default_models():
    assert scan_system(R5).fhir.resources == (
        FhirResource(type="ImagingStudy", interactions=("search-type",)),
    )


@pytest.mark.parametrize(
    ("version", "module"),
    [
        ("3.0.2", "fhir.resources.STU3"),
        ("4.0.1", "fhir.resources.R4B"),
        ("4.3.0", "fhir.resources.R4B"),
        ("5.0.0", "fhir.resources"),
    ],
)
def test_the_models_are_picked_from_the_fhir_version(version, module):
    assert fhir_module(version) == module


# --- invalid documents -----------------------------------------------------------------------


def test_an_invalid_statement_names_the_path_inside_the_document(tmp_path):
    document = json.loads(R4.read_text())
    document["rest"][0]["resource"][1]["interaction"][0]["code"] = 5
    with pytest.raises(SourceError) as raised:
        FhirConnector().scan(str(write_json(tmp_path, document)))
    assert "rest[0].resource[1].interaction[0].code" in str(raised.value)
    assert raised.value.kind == "invalid-fhir"


def test_an_interaction_fhir_does_not_define_is_counted_by_its_path_and_the_rest_kept(tmp_path):
    document = json.loads(R4.read_text())
    resource = document["rest"][0]["resource"][0]
    kept = tuple(sorted({i["code"] for i in resource["interaction"][1:]}))
    assert kept
    resource["interaction"][0]["code"] = "raed"
    inventory = FhirConnector().scan(str(write_json(tmp_path, document)))
    (error,) = inventory.scan.errors
    assert (error.kind, error.location) == (
        "invalid-fhir",
        "rest[0].resource[0].interaction[0].code",
    )
    assert "'raed'" in error.message and "valid values: read, vread" in error.message
    served = next(r for r in inventory.systems[0].fhir.resources if r.type == resource["type"])
    assert served.interactions == kept
    assert inventory.scan.sources[0].status == "partial"


def test_a_value_of_the_wrong_json_type_is_named_by_its_path(tmp_path):
    document = json.loads(R4.read_text())
    document["implementation"]["url"] = {"not": "a url"}  # fhir.resources fails outright here
    with pytest.raises(SourceError) as raised:
        FhirConnector().scan(str(write_json(tmp_path, document)))
    assert "implementation.url: a value of the wrong type" in str(raised.value)


def test_an_unsupported_fhir_version_lists_the_supported_ones(tmp_path):
    document = {**json.loads(R4.read_text()), "fhirVersion": "1.0.2"}
    with pytest.raises(SourceError, match=r"'1.0.2' is not supported; supported versions: 3.0.x"):
        FhirConnector().scan(str(write_json(tmp_path, document)))


def test_another_resource_is_not_a_capability_statement(tmp_path):
    path = write_json(tmp_path, {"resourceType": "Patient"})
    with pytest.raises(SourceError, match="resourceType is 'Patient'"):
        FhirConnector().scan(str(path))


def test_broken_json_names_the_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "resourceType": "CapabilityStatement",\n  oops\n}')
    with pytest.raises(SourceError, match="line 3"):
        FhirConnector().scan(str(path))


# --- from a server ---------------------------------------------------------------------------


class _Metadata(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/fhir/metadata":
            body = R4.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/fhir+json")
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def server() -> Iterator[str]:
    httpd = HTTPServer(("127.0.0.1", 0), _Metadata)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_a_server_url_is_read_from_base_metadata(server):
    inventory = FhirConnector().scan(f"{server}/fhir/")
    (system,) = inventory.systems
    assert system.fhir.fhir_version == "4.0.1"
    assert inventory.scan.sources[0].source == f"{server}/fhir/"


def test_a_server_answering_an_error_is_a_source_error(server):
    with pytest.raises(SourceError, match="HTTP 404") as raised:
        FhirConnector().scan(f"{server}/nothing")
    assert raised.value.kind == "connection-failed"


def test_a_password_in_the_server_url_is_never_shown(server):
    port = server.rsplit(":", 1)[1]
    with pytest.raises(SourceError) as raised:
        FhirConnector(timeout=2).scan(f"http://user:s3cret@127.0.0.1:{port}/nothing")
    assert "s3cret" not in str(raised.value)


# --- sniffing and the sample -----------------------------------------------------------------


def test_capability_statements_are_recognised():
    assert looks_like_fhir_capability(R4.read_bytes()[:512])


@pytest.mark.parametrize("head", [b'{"resourceType": "Patient"}', b"<channel>", b"MSH|^~\\&|"])
def test_other_files_are_not_taken_for_capability_statements(head):
    assert not looks_like_fhir_capability(head)


@pytest.mark.skipif(not SAMPLE.is_file(), reason="sample_feeds/fhir not generated")
def test_the_sample_ehr_serves_us_core_r4_with_smart():
    system = scan_system(SAMPLE)
    assert (system.name, system.fhir.fhir_version, system.fhir.smart_on_fhir) == (
        "Cerulean EHR",
        "4.0.1",
        True,
    )
    assert len(system.fhir.resources) == 11
    assert "ehr-prod.aldhelm.local" in system.aliases


class _GuardedMetadata(BaseHTTPRequestHandler):
    """Serves /fhir/metadata only to Basic auth ``reader:s3cret``; /page is HTML."""

    def do_GET(self) -> None:
        if self.path == "/page/metadata":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html><body>Welcome</body></html>")
            return
        expected = "Basic " + base64.b64encode(b"reader:s3cret").decode()
        if self.headers.get("Authorization") != expected:
            self.send_error(401)
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(R4.read_bytes())

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def guarded() -> Iterator[str]:
    httpd = HTTPServer(("127.0.0.1", 0), _GuardedMetadata)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_credentials_in_the_server_url_are_sent_as_basic_auth_and_shown_masked(guarded):
    inventory = FhirConnector(timeout=5).scan(f"http://reader:s3cret@{guarded}/fhir")
    assert inventory.systems[0].fhir.fhir_version == "4.0.1"
    assert inventory.scan.sources[0].source == f"http://reader:***@{guarded}/fhir"
    assert "s3cret" not in json.dumps(inventory.to_dict())


def test_a_server_that_wants_credentials_says_how_to_give_them(guarded):
    with pytest.raises(SourceError) as raised:
        FhirConnector(timeout=5).scan(f"http://{guarded}/fhir")
    assert raised.value.kind == "auth-failed"
    assert "HTTP 401" in str(raised.value) and "credentials" in str(raised.value)


def test_a_web_page_instead_of_a_statement_asks_for_the_base_url(guarded):
    with pytest.raises(SourceError) as raised:
        FhirConnector(timeout=5).scan(f"http://{guarded}/page")
    assert raised.value.kind == "not-fhir"
    assert "base URL" in str(raised.value)


def test_a_server_url_takes_its_password_from_the_environment(guarded, monkeypatch):
    monkeypatch.setenv("ASSESSOR_TEST_FHIR_PW", "s3cret")
    inventory = FhirConnector(timeout=5).scan(
        f"http://reader:${{ASSESSOR_TEST_FHIR_PW}}@{guarded}/fhir"
    )
    assert inventory.systems[0].fhir.fhir_version == "4.0.1"
    assert inventory.scan.sources[0].source == f"http://reader:***@{guarded}/fhir"


def test_a_server_url_naming_an_unset_variable_is_a_bad_url_naming_it(monkeypatch):
    monkeypatch.delenv("ASSESSOR_TEST_FHIR_HOST", raising=False)
    with pytest.raises(SourceError) as raised:
        FhirConnector(timeout=1).scan("http://reader:s3cret@${ASSESSOR_TEST_FHIR_HOST}/fhir")
    assert raised.value.kind == "bad-url"
    assert "environment variable ASSESSOR_TEST_FHIR_HOST is not set" in str(raised.value)
    assert "s3cret" not in str(raised.value)


def test_fhir_url_on_the_command_line_expands_variables(server, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSESSOR_TEST_FHIR_BASE", server)
    out = tmp_path / "inventory.json"
    arguments = ["scan", "-q", "--fhir-url", "${ASSESSOR_TEST_FHIR_BASE}/fhir", "-o", str(out)]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    (system,) = json.loads(out.read_text())["systems"]
    assert system["fhir"]["fhir_version"] == "4.0.1"


@pytest.mark.parametrize("url", ["http://[::1/fhir", "http://fhir.local:port/r4"])
def test_a_server_url_that_does_not_parse_is_a_bad_url(url):
    with pytest.raises(SourceError) as raised:
        FhirConnector(timeout=1).scan(url)
    assert raised.value.kind == "bad-url"


def test_only_http_servers_are_read(tmp_path):
    with pytest.raises(SourceError) as raised:
        FhirConnector(timeout=1).scan("ftp://user:s3cret@fhir.local/r4")
    assert raised.value.kind == "bad-url" and "http://" in str(raised.value)
    assert "s3cret" not in str(raised.value)

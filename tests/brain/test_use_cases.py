"""The shipped AI use-case catalog and how an estate's wanted use cases resolve against it."""

import tomllib
from importlib import resources

import pytest
from brain_estates import SEPSIS

from assessor.errors import UsageError
from assessor.model import Inventory, PhiClass, UseCase
from assessor.use_cases import catalog, domains_of, resolve_use_cases

CATALOG_IDS = {
    "sepsis-early-warning",
    "readmission-risk",
    "ambient-documentation",
    "imaging-triage",
    "medication-safety",
    "capacity-forecasting",
    "population-health",
    "coding-assistance",
}


def test_catalog_ships_the_eight_documented_use_cases() -> None:
    assert {u.id for u in catalog()} >= CATALOG_IDS


@pytest.mark.parametrize("use_case", catalog(), ids=lambda u: u.id)
def test_every_catalog_use_case_says_what_data_it_needs(use_case: UseCase) -> None:
    assert use_case.message_types and use_case.fields and use_case.source_kinds
    assert use_case.phi_classes and use_case.freshness in ("real-time", "hourly", "daily")


def test_an_estate_naming_no_use_case_wants_the_whole_catalog() -> None:
    assert resolve_use_cases(Inventory()) == catalog()


def test_an_id_and_priority_refer_to_the_catalog_entry() -> None:
    (resolved,) = resolve_use_cases(Inventory(use_cases=(SEPSIS,)))
    assert resolved.coding == ("LOINC",) and resolved.priority == 1


def test_a_full_definition_overrides_the_catalog_entry() -> None:
    mine = UseCase(
        id="sepsis-early-warning",
        name="Sepsis (ED only)",
        source_kinds=("ehr",),
        phi_classes=(PhiClass.MRN,),
    )
    (resolved,) = resolve_use_cases(Inventory(use_cases=(mine,)))
    assert resolved.source_kinds == ("ehr",) and resolved.name == "Sepsis (ED only)"


def test_a_new_use_case_can_be_defined_in_the_estate() -> None:
    mine = UseCase(id="no-show-prediction", name="", source_kinds=("scheduling",))
    (resolved,) = resolve_use_cases(Inventory(use_cases=(mine,)))
    assert resolved.id == "no-show-prediction" and resolved.name == "no-show-prediction"


def test_a_reference_to_an_unknown_id_names_the_catalog_ids() -> None:
    with pytest.raises(UsageError, match="sepsis-early-warning"):
        resolve_use_cases(Inventory(use_cases=(UseCase(id="sepsis", name=""),)))


def _catalog_entries() -> list[dict]:
    text = resources.files("assessor").joinpath("data/use_cases.toml").read_text("utf-8")
    return tomllib.loads(text)["use_cases"]


def test_every_key_of_the_catalog_file_reaches_the_model() -> None:
    loaded = {u.id: u for u in catalog()}
    for entry in _catalog_entries():
        use_case = loaded[entry["id"]]
        for key, value in entry.items():
            if key == "domains":
                continue
            mine = getattr(use_case, key)
            assert [str(v) for v in mine] == value if isinstance(value, list) else mine == value
        domains = {d.name: d for d in use_case.domains}
        for written in entry["domains"]:
            domain = domains[written["name"]]
            for key, value in written.items():
                mine = getattr(domain, key)
                if key == "fields":
                    assert [{"event": r.event, "fields": list(r.fields)} for r in mine] == value
                elif isinstance(value, list):
                    assert list(mine) == value
                else:
                    assert mine == value


@pytest.mark.parametrize("use_case", catalog(), ids=lambda u: u.id)
def test_every_catalog_use_case_cites_its_sources_and_each_domain_its_evidence(
    use_case: UseCase,
) -> None:
    assert use_case.references
    for domain in use_case.domains:
        assert domain.source_kinds
        assert domain.message_types or domain.fhir_resources or domain.transports
        assert (domain.coding is None) == (domain.coded_field is None)


def test_imaging_triage_needs_images_not_only_reports() -> None:
    imaging = {u.id: u for u in catalog()}["imaging-triage"]
    images = {d.name: d for d in imaging.domains}["images"]
    assert images.transports == ("dicom",) and images.source_kinds == ("pacs",)


def test_ambient_documentation_writes_its_note_back_into_the_ehr() -> None:
    ambient = {u.id: u for u in catalog()}["ambient-documentation"]
    assert any(d.direction == "from-ai" and "ehr" in d.source_kinds for d in ambient.domains)


def test_a_flat_definition_is_one_domain_plus_one_per_coding_system() -> None:
    flat = UseCase(
        id="x",
        name="X",
        message_types=("ORU^R01",),
        source_kinds=("lis",),
        fields=("OBX-5",),
        coding=("LOINC",),
    )
    assert [(d.name, d.coded_field) for d in domains_of(flat)] == [
        ("data", None),
        ("coding:LOINC", "OBX-3"),
    ]

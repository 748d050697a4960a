"""The shipped AI use-case catalog and how an estate's wanted use cases resolve against it."""

import pytest
from brain_estates import SEPSIS

from assessor.errors import UsageError
from assessor.model import Inventory, PhiClass, UseCase
from assessor.use_cases import catalog, resolve_use_cases

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

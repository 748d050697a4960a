"""The CMDB / application-portfolio CSV: ServiceNow-style columns become declared systems."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.connectors.estate import EstateCsvConnector
from assessor.connectors.interface import SourceKind
from assessor.errors import SourceError, UsageError

PORTFOLIO = str(Path(__file__).parent / "fixtures" / "portfolio.csv")


def systems_by_name(inventory):
    return {s.name: s for s in inventory.systems}


def test_the_connector_is_of_kind_estate_csv():
    assert EstateCsvConnector.kind is SourceKind.ESTATE_CSV


def test_every_named_row_becomes_a_declared_system():
    systems = systems_by_name(EstateCsvConnector().scan(PORTFOLIO))
    assert sorted(systems) == ["LabWorks", "Meditrak PAS", "RadNet <b>"]
    assert all(s.declared for s in systems.values())


def test_servicenow_column_names_are_understood_by_default():
    pas = systems_by_name(EstateCsvConnector().scan(PORTFOLIO))["Meditrak PAS"]
    assert (pas.id, pas.vendor, pas.version, pas.owner) == (
        "meditrak-pas",
        "Meditrak",
        "5.6",
        "PAS Team",
    )
    assert (pas.criticality, pas.support_end, pas.hosting, pas.kind) == (
        "critical",
        "2023-12-31",
        "on-premises",
        "pas",
    )
    assert pas.aliases == ("PAS", "pas-prod")


def test_free_text_categories_map_to_system_kinds():
    systems = systems_by_name(EstateCsvConnector().scan(PORTFOLIO))
    assert (systems["LabWorks"].kind, systems["RadNet <b>"].kind) == ("lis", "ris")


def test_a_bad_cell_is_counted_with_row_and_column_and_the_row_is_kept():
    inventory = EstateCsvConnector().scan(PORTFOLIO)
    errors = sorted((e.location, e.message) for e in inventory.scan.errors)
    assert errors == [
        (
            "row 4",
            "column 'Business criticality': 'very' is not a valid criticality; "
            "valid values: low, medium, high, critical, 1 - most critical ... 4",
        ),
        (
            "row 4",
            "column 'End of support': '31/12/2024' is not a valid support_end; "
            "valid values: a date such as 2025-12-31",
        ),
    ]
    radnet = systems_by_name(inventory)["RadNet <b>"]
    assert (radnet.owner, radnet.aliases) == ("Imaging IT", ("RIS",))
    assert inventory.scan.sources[0].errors == 2


def test_a_column_map_overrides_the_defaults(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text("App,Responsible team,Lifecycle end\nEPR,Clinical IT,2030-01-01\n")
    inventory = EstateCsvConnector(
        {"name": "App", "owner": "Responsible team", "support_end": "Lifecycle end"}
    ).scan(str(path))
    (system,) = inventory.systems
    assert (system.name, system.owner, system.support_end) == ("EPR", "Clinical IT", "2030-01-01")


def test_a_column_map_with_an_unknown_field_is_a_usage_error():
    with pytest.raises(UsageError, match="valid fields: name, id, aliases"):
        EstateCsvConnector({"nmae": "App"})


def test_a_column_map_naming_a_missing_column_lists_the_columns(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text("App,Owner\nEPR,IT\n")
    with pytest.raises(UsageError, match="its columns are: App, Owner"):
        EstateCsvConnector({"name": "Application"}).scan(str(path))


def test_an_export_without_a_name_column_is_a_source_error(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text("Foo,Bar\n1,2\n")
    with pytest.raises(SourceError, match="no application name column"):
        EstateCsvConnector().scan(str(path))


def test_semicolon_separated_latin1_exports_are_read(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_bytes("Name;Owner\nSyst\xe8me Labo;IT\n".encode("cp1252"))
    (system,) = EstateCsvConnector().scan(str(path)).systems
    assert (system.name, system.owner) == ("Système Labo", "IT")


def test_windows_1252_punctuation_is_read_as_windows_1252(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_bytes(
        "Name,Vendor,Owner\nPAS \u2013 main,M\u00fcller \u20ac,Jos\u00e9\n".encode("cp1252")
    )
    (system,) = EstateCsvConnector().scan(str(path)).systems
    assert (system.name, system.vendor, system.owner) == (
        "PAS \u2013 main",
        "M\u00fcller \u20ac",
        "Jos\u00e9",
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_an_excel_unicode_text_export_in_utf16_is_read(tmp_path, encoding):
    path = tmp_path / "apps.txt"
    bom = "\ufeff".encode(encoding)
    path.write_bytes(bom + "Name\tOwned by\r\nSyst\u00e8me Labo\tIT\r\n".encode(encoding))
    inventory = EstateCsvConnector().scan(str(path))
    assert [(s.name, s.owner) for s in inventory.systems] == [("Système Labo", "IT")]
    assert inventory.scan.errors == ()


def test_rows_named_in_another_script_are_distinct_systems(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text("Name,Owner\nЛаборатория,IT\nАптека,IT\nЛаборатория,Other\n", encoding="utf-8")
    inventory = EstateCsvConnector().scan(str(path))
    assert sorted(s.name for s in inventory.systems) == ["Аптека", "Лаборатория"]
    assert all(s.id.startswith("u-") for s in inventory.systems)
    assert [e.kind for e in inventory.scan.errors] == ["duplicate-system"]


def test_a_duplicate_row_is_counted_and_the_first_is_kept(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text("Name,Owner\nEPR,First\nepr,Second\n")
    inventory = EstateCsvConnector().scan(str(path))
    assert [s.owner for s in inventory.systems] == ["First"]
    assert [e.kind for e in inventory.scan.errors] == ["duplicate-system"]


def test_a_row_the_csv_reader_cannot_parse_is_counted_and_earlier_rows_kept(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text("Name,Owner\nEPR,IT\nLab," + "x" * 200_000 + "\n")
    inventory = EstateCsvConnector().scan(str(path))
    assert [s.name for s in inventory.systems] == ["EPR"]
    assert [e.kind for e in inventory.scan.errors] == ["unreadable-row"]


ROWS = "Name,Vendor,Owner\nPAS,Meditrak,Team A\n{broken}\nRIS,RadCo,Team C\nEHR,Epic,Team D\n"


@pytest.mark.parametrize("broken", ['"LIS,LabCo,Team B', 'LIS,"LabCo,Team B', 'LIS,LabCo,"Team B'])
def test_an_unterminated_quote_is_an_error_naming_its_line_and_the_rows_after_it_are_read(
    tmp_path, broken
):
    path = tmp_path / "apps.csv"
    path.write_text(ROWS.format(broken=broken))
    inventory = EstateCsvConnector().scan(str(path))
    assert sorted(s.name for s in inventory.systems) == ["EHR", "PAS", "RIS"]
    (error,) = inventory.scan.errors
    assert (error.kind, error.location) == ("unreadable-row", "line 3")
    assert "quote" in error.message and "never closed" in error.message


def test_a_stray_quote_within_one_line_is_read_as_excel_reads_it(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text(ROWS.format(broken='LIS,"LabCo" Ltd,Team B'))
    inventory = EstateCsvConnector().scan(str(path))
    assert systems_by_name(inventory)["LIS"].vendor == "LabCo Ltd"
    assert inventory.scan.errors == ()


def test_a_quoted_cell_over_several_lines_is_one_cell(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text(ROWS.format(broken='LIS,LabCo,"Team B\nand Team E"'))
    inventory = EstateCsvConnector().scan(str(path))
    assert systems_by_name(inventory)["LIS"].owner == "Team B\nand Team E"
    assert inventory.scan.errors == ()

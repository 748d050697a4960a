"""``FORMATS`` and ``write_reports``: what the CLI calls."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assessor.errors import UsageError
from assessor.model import Assessment
from assessor.reports.formats import FORMATS, UnknownFormatError, write_reports


def test_formats_are_named_for_the_format_option_and_written_to_fixed_files() -> None:
    assert {name: fmt.filename for name, fmt in FORMATS.items()} == {
        "html": "roadmap.html",
        "json": "assessment.json",
        "csv": "blockers.csv",
        "markdown": "summary.md",
        "spec-csv": "interface-spec.csv",
        "spec-md": "interface-spec.md",
    }
    assert all(fmt.name == name for name, fmt in FORMATS.items())


def test_write_reports_writes_html_json_and_csv_by_default(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    written = write_reports(estate_assessment, tmp_path / "out")
    assert [p.name for p in written] == ["roadmap.html", "assessment.json", "blockers.csv"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "assessment.json",
        "blockers.csv",
        "roadmap.html",
    ]


def test_write_reports_writes_every_format_asked_in_one_run(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    written = write_reports(estate_assessment, tmp_path, ("markdown", "json", "markdown"))
    assert [p.name for p in written] == ["summary.md", "assessment.json"]
    assert written[0].read_bytes() == FORMATS["markdown"].render(estate_assessment)


def test_write_reports_replaces_an_earlier_report_and_leaves_no_temporary_file(
    estate_assessment: Assessment, empty_assessment: Assessment, tmp_path: Path
) -> None:
    write_reports(estate_assessment, tmp_path, ("csv",))
    write_reports(empty_assessment, tmp_path, ("csv",))
    assert [p.name for p in tmp_path.iterdir()] == ["blockers.csv"]
    assert (tmp_path / "blockers.csv").read_bytes() == FORMATS["csv"].render(empty_assessment)


def test_write_reports_refuses_an_unknown_format_before_writing_anything(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    with pytest.raises(
        UnknownFormatError, match="unknown report format pdf; choose from csv, html"
    ):
        write_reports(estate_assessment, tmp_path / "out", ("html", "pdf"))
    assert not (tmp_path / "out").exists()


def test_write_reports_passes_the_rule_catalog_to_the_html_appendix(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    class Rule:
        id, name, dimension, severity = "XX-DOC01", "Documented rule", "privacy", "low"
        doc = "A doc string only the catalog knows."

    (path,) = write_reports(estate_assessment, tmp_path, ("html",), rules=(Rule(),))
    assert "A doc string only the catalog knows." in path.read_text(encoding="utf-8")


def test_written_reports_are_private_files_in_a_private_new_folder(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    previous = os.umask(0o022)
    try:
        written = write_reports(estate_assessment, tmp_path / "out" / "run1")
    finally:
        os.umask(previous)
    assert {oct(p.stat().st_mode & 0o777) for p in written} == {oct(0o600)}
    folders = (tmp_path / "out", tmp_path / "out" / "run1")
    assert [oct(f.stat().st_mode & 0o777) for f in folders] == [oct(0o700)] * 2


def test_a_planted_temporary_link_beside_a_report_redirects_nothing(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    for name in (".blockers.csv.tmp", "blockers.csv.tmp"):
        (out / name).symlink_to(victim)
    (path,) = write_reports(estate_assessment, out, ("csv",))
    assert victim.read_text() == "keep me"
    assert path.read_bytes() == FORMATS["csv"].render(estate_assessment)
    assert not path.is_symlink()


def test_a_report_that_is_a_link_is_refused_and_its_target_untouched(
    estate_assessment: Assessment, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / "blockers.csv").symlink_to(victim)
    with pytest.raises(UsageError, match=r"blockers\.csv is a symbolic link"):
        write_reports(estate_assessment, tmp_path, ("csv",))
    assert victim.read_text() == "keep me"

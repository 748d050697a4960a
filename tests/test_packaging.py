"""The wheel carries everything `assessor demo` needs, so it works from any folder."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("assessor", "connectors", "reports")
# connectors/ and reports/ install as assessor.connectors and assessor.reports (setup.cfg's
# package_dir): the generic top-level names belong to other distributions on PyPI.
MAPPED = ("connectors/", "reports/")


def _installed_as(tracked: str) -> str:
    return f"assessor/{tracked}" if tracked.startswith(MAPPED) else tracked


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("healthcare_estate_assessor-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _tracked(*patterns: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", *patterns], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [line for line in listed.stdout.splitlines() if line]


def test_every_module_is_in_the_wheel(wheel_names: set[str]) -> None:
    modules = [p for p in _tracked(*(f"{p}/*.py" for p in PACKAGES)) if p.endswith(".py")]
    assert modules
    missing = [m for m in modules if _installed_as(m) not in wheel_names]
    assert not missing, f"add their packages to setup.cfg: {missing}"


def test_data_files_and_templates_are_in_the_wheel(wheel_names: set[str]) -> None:
    data = _tracked("assessor/data", "reports/templates")
    assert data
    assert not [d for d in data if _installed_as(d) not in wheel_names]


def test_sample_estate_is_in_the_wheel(wheel_names: set[str]) -> None:
    sample = _tracked("sample_feeds")
    assert any(s.endswith("estate.toml") for s in sample)
    shipped = {f"assessor/{s}" for s in sample}
    missing = [s for s in shipped if s not in wheel_names and not s.endswith(".gitattributes")]
    assert not missing


def test_no_top_level_package_but_assessor(wheel_names: set[str]) -> None:
    tops = {n.split("/", 1)[0] for n in wheel_names if "/" in n and ".dist-info/" not in n}
    assert tops == {"assessor"}


def test_console_script_is_declared(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
        entry_points = archive.read(name).decode()
    assert "assessor = assessor.cli:main" in entry_points


def test_the_wheel_carries_the_compiled_c_loops_where_they_were_built(wheel_names: set[str]):
    from assessor.connectors.hl7v2 import tally

    if tally.IMPLEMENTATION != "c":
        pytest.skip("no C compiler here: the wheel is pure Python, and runs")
    for module in ("_tally", "_scan"):
        assert any(
            n.startswith(f"assessor/connectors/hl7v2/{module}.") and n.endswith((".so", ".pyd"))
            for n in wheel_names
        ), module


def test_the_source_distribution_carries_the_c_sources(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "setup.py", "-q", "sdist", "--formats=gztar", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (built,) = tmp_path.glob("healthcare_estate_assessor-*.tar.gz")
    with tarfile.open(built) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"connectors/hl7v2/_tally.c", "connectors/hl7v2/_scan.c", "setup.py"} <= names

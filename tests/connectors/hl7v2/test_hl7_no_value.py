"""No value planted in a patient-identity field, or in a coded field's non-system slot, reaches
any output of ``assessor scan`` or ``assessor assess`` (issue 18 point 3)."""

from __future__ import annotations

import re
from itertools import count
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import main

# Fields per segment, past the last one the newest version defines: every field gets a marker.
_FIELDS = {"PID": 40, "NK1": 41, "GT1": 58, "IN1": 55, "PV1": 54, "MRG": 8, "PV2": 50, "PD1": 23}
_COMPONENTS = 7  # past component 6, the alternate coding system of CE/CWE
_MARKER = re.compile(r"QZ\d{5}")


def _marked_message(markers: count) -> str:
    """An ORU whose identity segments hold a unique marker in every component of every field,
    and whose OBX-3 and OBX-5 hold markers everywhere but a coding-system slot."""

    def field() -> str:
        reps = ("^".join(f"QZ{next(markers):05d}" for _ in range(_COMPONENTS)) for _ in range(2))
        return "~".join(reps)

    segments = ["MSH|^~\\&|LAB|GENHOSP|EHR|GENHOSP|20240105123000||ORU^R01^ORU_R01|C1|P|2.5"]
    for sid, n in _FIELDS.items():
        segments.append("|".join([sid, *(field() for _ in range(n))]))
    m = [f"QZ{next(markers):05d}" for _ in range(12)]
    segments.append(f"OBR|1|{m[0]}||{m[1]}^{m[2]}^LN^{m[3]}^{m[4]}^L")
    segments.append(f"OBX|1|CWE|{m[5]}^{m[6]}^LN^{m[7]}^{m[8]}^{m[9]}|1|{m[10]}^{m[11]}^SCT")
    return "\r".join(segments) + "\r"


@pytest.fixture
def marked(tmp_path: Path) -> Path:
    markers = count(1)
    feed = tmp_path / "in" / "marked.hl7"
    feed.parent.mkdir()
    feed.write_text("".join(_marked_message(markers) for _ in range(3)), encoding="ascii")
    return feed


def _leaks(out: Path, console: str) -> list[str]:
    found = _MARKER.findall(console)
    for path in sorted(out.rglob("*")):
        if path.is_file():
            found += [f"{path.name}:{m}" for m in _MARKER.findall(path.read_text("utf-8"))]
    return found


@pytest.mark.usefixtures("each_tally")
@pytest.mark.parametrize("validate", ["all", "none"])
def test_no_planted_marker_reaches_any_output_of_scan_or_assess(
    marked: Path, tmp_path: Path, validate: str
) -> None:
    runner = CliRunner()
    scan_out = tmp_path / "scan"
    scan_out.mkdir()
    inventory = scan_out / "inventory.json"
    scanned = runner.invoke(
        main, ["scan", str(marked.parent), "-o", str(inventory), "-v", "--validate", validate]
    )
    assert scanned.exit_code in (0, 1), scanned.output
    assess_out = tmp_path / "assess"
    args = ["assess", str(marked.parent), "-o", str(assess_out), "-v", "--validate", validate]
    for fmt in ("html", "json", "csv", "markdown"):
        args += ["--format", fmt]
    assessed = runner.invoke(main, args)
    assert assessed.exit_code in (0, 1), assessed.output
    assert _leaks(scan_out, scanned.output) == []
    assert _leaks(assess_out, assessed.output) == []
    # the coding systems of coded orders and observations are still counted
    text = inventory.read_text("utf-8")
    assert '"OBX-3|LN"' in text and '"OBR-4|LN"' in text and '"OBR-4.6|L"' in text

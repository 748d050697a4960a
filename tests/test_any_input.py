"""Whatever bytes a file holds, ``assessor scan`` ends with an exit code and a JSON, never a
traceback: random bytes and random mutations of real files of every kind (issue 18)."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLE = ROOT / "sample_feeds"


def _first(folder: Path, pattern: str, count: int) -> list[Path]:
    return sorted(folder.glob(pattern))[:count] if folder.is_dir() else []


def _seeds() -> dict[str, bytes]:
    """Real files of every kind the scan reads, named for the option or suffix they go under."""
    files = {
        "sample.hl7": SAMPLE / "hl7" / "pas_adt_2026-03.hl7",
        "capture.mllp": SAMPLE / "hl7" / "pas_adt_port6661_capture.mllp",
        "batch.hl7": SAMPLE / "hl7" / "pas_charges_batch_2026-03.hl7",
        "channel.xml": SAMPLE / "engine" / "ADT_Router.xml",
        "capability.json": SAMPLE / "fhir" / "ehr_capability.json",
        "estate.toml": ROOT / "tests" / "connectors" / "estate" / "fixtures" / "estate.toml",
        "portfolio.csv": ROOT / "tests" / "connectors" / "estate" / "fixtures" / "portfolio.csv",
    }
    files |= {f"corpus{i}.hl7": p for i, p in enumerate(_first(CORPUS / "hl7v2", "*/*.hl7", 4))}
    files |= {f"mirth{i}.xml": p for i, p in enumerate(_first(CORPUS / "mirth", "*.xml", 2))}
    # Only the head of a large file: mutations anywhere in a 1 MB feed teach nothing more.
    seeds = {name: path.read_bytes()[:20_000] for name, path in files.items()}
    seeds["feed.hl7.gz"] = gzip.compress(seeds["sample.hl7"])
    return seeds


SEEDS = _seeds()


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` after a few random cuts, flips, insertions and duplications."""
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        match draw(st.sampled_from(("cut", "flip", "insert", "duplicate", "truncate"))):
            case "cut":
                data = data[:at] + data[at + draw(st.integers(1, 200)) :]
            case "flip" if data:
                at = min(at, len(data) - 1)
                data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
            case "insert":
                data = data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
            case "duplicate":
                data = data[:at] + data[at : at + 300] * draw(st.integers(2, 30)) + data[at:]
            case _:
                data = data[:at]
    return data


@st.composite
def inputs(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file name (its kind's usual suffix) and its bytes: random, or a real file damaged."""
    name = draw(st.sampled_from(sorted(SEEDS)))
    if draw(st.integers(0, 4)) == 0:
        return name, draw(st.binary(max_size=2000))
    return name, draw(damaged(SEEDS[name]))


def _scan(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "in")
        folder.mkdir()
        (folder / name).write_bytes(data)
        out = Path(tmp, "inventory.json")
        if name.endswith(".csv"):
            args = ["--estate-csv", str(folder / name)]
        elif name.endswith(".toml"):
            args = ["--estate", str(folder / name)]
        else:
            args = [str(folder)]
        result = CliRunner().invoke(main, ["scan", *args, "-o", str(out), "-q"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
        assert result.exit_code in (0, 1, 2), result.output
        assert "Traceback" not in result.stderr
        if result.exit_code < 2:
            assert out.exists()
        if out.exists():  # an internal error is a traceback the scan caught: a bug all the same
            errors = json.loads(out.read_text())["scan"]["errors"]
            assert "internal-error" not in {e["kind"] for e in errors}, errors


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(inputs())
def test_any_bytes_in_any_kind_of_file_end_in_an_exit_code_and_a_json(
    file: tuple[str, bytes],
) -> None:
    _scan(*file)

"""The same scan on a Dask cluster: the inventory of a scan in one process, whatever the split."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from assessor.cli import main
from assessor.connectors.cluster import INSTALL_HINT, DaskScan, local_cluster
from assessor.connectors.hl7v2.framing import CHUNK_BYTES
from assessor.connectors.scan import ScanOptions, Watchers, run_scan

pytest.importorskip("distributed")

SAMPLE_ESTATE = Path(__file__).parents[2] / "sample_feeds"
# what `assessor demo` leaves out of the estate's folder
DEMO_EXCLUDES = ("*.py", "*.md", "sql/*")
TWO_WORKERS = DaskScan("local:2", processes=False)
PATIENT = "ZEBEDEE"


def _without_run_times(inventory: Any) -> dict[str, Any]:
    data = inventory.to_dict()
    for key in ("started_at", "finished_at", "duration_seconds"):
        data["scan"].pop(key, None)
    return data


def _both(options: ScanOptions, **cluster: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    alone = run_scan(options)
    spread = run_scan(replace(options, dask=TWO_WORKERS, **cluster))
    return _without_run_times(alone), _without_run_times(spread)


def _message(n: int, sender: str, kind: str) -> str:
    stamp = f"202403{1 + n % 28:02d}{n % 24:02d}{n % 60:02d}00"
    head = f"MSH|^~\\&|{sender}|GENHOSP|EHR|GENHOSP|{stamp}||{kind}|C{n % 997}|P|2.5.1"
    if kind.startswith("ORU"):
        body = (
            f"PID|1||MRN{n}^^^GENHOSP^MR||{PATIENT}^Q||19610923|F",
            f"OBR|1|{n}|F{n}|2093-3^Cholesterol^LN",
            f"OBX|1|NM|2093-3^Cholesterol^LN||{n % 300}|mg/dL|||||F",
            *(("ZLB|x|1",) if n % 7 == 0 else ()),
        )
    else:
        body = (
            f"EVN|A01|{stamp}",
            f"PID|1||MRN{n}^^^GENHOSP^MR||{PATIENT}^Q||19610923|M",
            f"PV1|1|I|WARD{n % 5}^1",
        )
    return "\r".join((head, *body))


def _feed(count: int, sender: str = "PAS", kind: str = "ADT^A01^ADT_A01", start: int = 0) -> list:
    return [_message(start + n, sender, kind) for n in range(count)]


def _archive(folder: Path) -> None:
    """Files framed every way the reader knows, several larger than one read chunk."""
    folder.mkdir()
    mixed = _feed(1500) + _feed(1500, "LIS", "ORU^R01^ORU_R01", 1500)
    (folder / "plain_lf.hl7").write_bytes("\n".join(mixed).encode() + b"\n")
    crlf = "\r\n".join(m.replace("\r", "\r\n") for m in _feed(4000, "LIS", "ORU^R01^ORU_R01"))
    (folder / "crlf.hl7").write_bytes(crlf.encode())
    mllp = b"".join(b"\x0b" + m.encode() + b"\x1c\r" for m in _feed(3000, "RIS", "ORU^R01"))
    (folder / "capture.mllp").write_bytes(mllp)
    batches = []
    for b in range(4):
        messages = _feed(900, "BILL", "DFT^P03", b * 900)
        batches.append("\r".join(("BHS|^~\\&|BILL|GENHOSP", *messages, "BTS|900")))
    batch = "\r".join(("FHS|^~\\&|BILL|GENHOSP", *batches, "FTS|4")) + "\r"
    (folder / "charges_batch.hl7").write_bytes(batch.encode())
    # plain for more than a read chunk, then MLLP frames and then a batch: a range after the
    # first chunk cannot guess its start from the file's head
    late = "\r".join(_feed(6500, "PAS")).encode() + b"\r"
    assert len(late) > CHUNK_BYTES
    late += b"".join(b"\x0b" + m.encode() + b"\x1c\r" for m in _feed(300, "RIS", "ORU^R01"))
    late += "\r".join(("BHS|^~\\&|PAS", *_feed(500, "PAS", start=9000), "BTS|500\r")).encode()
    (folder / "late_framing.hl7").write_bytes(late)
    broken = _feed(400, "LAB", "ORU^R01")
    broken[100] = "PID|no header before this"
    broken[200] = "MSH|^~\\&"
    broken[300] = "\x00\x01binary\x02"
    (folder / "broken.hl7").write_bytes("\r".join(broken).encode())
    (folder / "old.hl7.gz").write_bytes(gzip.compress("\r".join(_feed(800, "PAS")).encode()))
    truncated = b"".join(b"\x0b" + m.encode() + b"\x1c\r" for m in _feed(500, "RIS", "ORU^R01"))
    opened = b"\x0b" + _message(1, "RIS", "ORU^R01").encode()
    (folder / "truncated.mllp").write_bytes(truncated + opened)


def test_a_local_cluster_scans_the_sample_estate_as_one_process_does() -> None:
    options = ScanOptions(paths=(str(SAMPLE_ESTATE),), exclude=DEMO_EXCLUDES, validate="none")
    alone, spread = _both(options, range_bytes=50_000)
    assert alone["flows"] and alone["stores"]
    assert spread == alone


@pytest.mark.slow
def test_worker_processes_give_the_same_inventory_as_one_process() -> None:
    # everything a task takes and gives crosses a process boundary here, pickled
    options = ScanOptions(paths=(str(SAMPLE_ESTATE / "hl7"),), validate="none")
    alone = _without_run_times(run_scan(options))
    spread = run_scan(replace(options, dask=DaskScan("local:2"), range_bytes=50_000))
    assert _without_run_times(spread) == alone


@pytest.mark.slow
def test_a_local_cluster_validates_the_sample_estate_as_one_process_does() -> None:
    options = ScanOptions(paths=(str(SAMPLE_ESTATE),), exclude=DEMO_EXCLUDES)
    alone, spread = _both(options)
    assert spread == alone


@pytest.mark.parametrize("range_bytes", [40_001, 300_000])
def test_a_generated_archive_cut_into_byte_ranges_gives_the_same_inventory(
    tmp_path: Path, range_bytes: int
) -> None:
    _archive(tmp_path / "archive")
    options = ScanOptions(paths=(str(tmp_path / "archive"),), validate="all")
    alone, spread = _both(options, range_bytes=range_bytes)
    assert sum(s["messages"] for s in alone["scan"]["sources"]) > 20_000
    assert {e["kind"] for e in alone["scan"]["errors"]} >= {"binary-junk", "truncated-message"}
    assert spread == alone


def test_progress_on_a_cluster_adds_up_to_the_planned_bytes(tmp_path: Path) -> None:
    _archive(tmp_path / "archive")
    heard: dict[str, Any] = {"bytes": 0, "done": []}
    planned: list[int] = []

    def progress(n: int) -> None:
        heard["bytes"] += n

    watchers = Watchers(
        on_plan=lambda targets: planned.extend(t.size for t in targets),
        on_done=lambda target, _fragment: heard["done"].append(target.display),
        progress=progress,
    )
    options = ScanOptions(paths=(str(tmp_path / "archive"),), validate="none", range_bytes=50_000)
    run_scan(replace(options, dask=TWO_WORKERS), watchers)
    assert heard["bytes"] == sum(planned)
    assert len(heard["done"]) == len(planned) == len(set(heard["done"]))


def test_a_task_that_fails_on_a_worker_is_a_recorded_error_without_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _archive(tmp_path / "archive")

    def fails(*_args: Any) -> None:
        raise RuntimeError(f"PID|1||{PATIENT}")

    monkeypatch.setattr("assessor.connectors.cluster._read", fails)
    options = ScanOptions(paths=(str(tmp_path / "archive"),), validate="none", range_bytes=50_000)
    inventory = run_scan(replace(options, dask=TWO_WORKERS))
    failed = [e for e in inventory.scan.errors if e.kind == "worker-failed"]
    assert failed and all("RuntimeError" in e.message for e in failed)
    assert PATIENT not in str(inventory.to_dict())
    assert any(s.status == "ok" for s in inventory.scan.sources)  # the rest went on


def test_without_dask_the_option_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = CliRunner().invoke(
        main, ["scan", str(SAMPLE_ESTATE / "hl7"), "--dask", "local:2", "-o", str(tmp_path / "i")]
    )
    assert result.exit_code == 2
    assert INSTALL_HINT in result.output
    assert "Traceback" not in result.output


def test_a_local_cluster_of_no_workers_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["scan", str(SAMPLE_ESTATE / "hl7"), "--dask", "local:0", "-o", str(tmp_path / "i")]
    )
    assert result.exit_code == 2
    assert "local:N" in result.output


@pytest.fixture(scope="module")
def scan_cluster() -> Iterator[Any]:
    """A client of a LocalCluster of one worker process, as ``--dask local:1`` starts it."""
    from distributed import Client

    with local_cluster(1) as cluster, Client(cluster) as client:
        yield client


def test_a_local_cluster_started_for_a_scan_runs_no_statistical_profiler(
    scan_cluster: Any,
) -> None:
    profiling = scan_cluster.run(lambda dask_worker: "profile" in dask_worker.periodic_callbacks)
    assert list(profiling.values()) == [False]


@pytest.mark.slow
def test_the_workers_of_a_local_cluster_import_the_scan_before_its_first_task(
    scan_cluster: Any,
) -> None:
    imported = scan_cluster.run(lambda: "assessor.connectors.hl7v2.connector" in sys.modules)
    assert list(imported.values()) == [True]

"""Real feeds written by others (../shared/corpus/hl7v2): every file read, every message counted.

The corpus holds public sample messages from six projects, copied byte for byte (SOURCES.md
says from where). Each file must scan without an escaped exception, and the number of messages
the connector reads must equal a count made here independently: lines that start a message
header once line endings, MLLP bytes, BOMs and textual markers are set aside.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hl7_fixtures import CORPUS, SAMPLE_FEEDS

from assessor.connectors.hl7v2 import Hl7v2Connector

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")

_HEADER_LINE = re.compile(rb"^(?:\xef\xbb\xbf|\[[A-Za-z]+\]|[ \t])*MSH[^A-Za-z0-9\s]")
# SOURCES.md counts textual MLLP markers ("[SOM]MSH...") as no message; the connector reads it.
SOURCES_DIFFER = {"connect/hl7.txt": (0, 1)}


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "SOURCES.md")


def independent_count(path: Path) -> int:
    data = path.read_bytes()
    for mark in (b"\r\n", b"\n", b"\x0b", b"\x1c"):
        data = data.replace(mark, b"\r")
    return sum(1 for line in data.split(b"\r") if _HEADER_LINE.match(line))


def sources_md_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    folder = ""
    for line in (CORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        found = re.search(r"corpus dir: `corpus/([^/`]+)/`", line)
        if found:
            folder = found.group(1)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if folder and len(cells) >= 4 and cells[3].isdigit():
            counts[f"{folder}/{cells[0]}"] = int(cells[3])
    return counts


@pytest.fixture(scope="module")
def scanned() -> dict[str, object]:
    connector = Hl7v2Connector(validate="none")
    results: dict[str, object] = {}
    for path in corpus_files():
        name = path.relative_to(CORPUS).as_posix()
        try:
            results[name] = connector.scan(str(path))
        except Exception as exc:  # the test reports every escaped exception by file
            results[name] = exc
    return results


def test_every_corpus_file_scans_without_an_escaped_exception(scanned):
    escaped = {name: repr(r) for name, r in scanned.items() if isinstance(r, Exception)}
    assert escaped == {}
    assert len(scanned) == len(corpus_files()) > 400


def test_every_file_reads_as_many_messages_as_an_independent_count(scanned):
    wrong = {
        name: (inventory.scan.sources[0].messages, independent_count(CORPUS / name))
        for name, inventory in scanned.items()
        if inventory.scan.sources[0].messages != independent_count(CORPUS / name)
    }
    assert wrong == {}


def test_message_counts_agree_with_sources_md_except_where_noted(scanned):
    expected = sources_md_counts()
    assert len(expected) > 400
    differ = {
        name: (expected[name], scanned[name].scan.sources[0].messages)
        for name in expected
        if name in scanned and scanned[name].scan.sources[0].messages != expected[name]
    }
    assert differ == SOURCES_DIFFER


def test_a_file_without_a_readable_message_says_why(scanned):
    silent = [
        name
        for name, inventory in scanned.items()
        if not inventory.flows and not inventory.scan.errors
    ]
    assert silent == []


def test_the_odd_cases_are_listed_in_the_output(scanned):
    def kinds(name: str) -> set[str]:
        return {e.kind for e in scanned[name].scan.errors}

    assert kinds("python-hl7/samples__sample_bad_batch_L102.hl7") == {"missing-msh"}
    assert kinds("hapi-hl7v2/messages.txt") == {"not-hl7"}  # a C comment opens the file
    marker = scanned["connect/hl7.txt"].flows[0].conformance
    assert marker["text-before-msh"] == 1
    doubled = scanned["hl7v2-fhir-converter/sample_unix.hl7"].flows[0].conformance
    assert doubled["encoding-characters-repeated"] == 1


@pytest.mark.skipif(not SAMPLE_FEEDS.is_dir(), reason="sample_feeds/hl7 is not there yet")
def test_the_bundled_sample_feeds_scan_without_an_escaped_exception():
    connector = Hl7v2Connector(validate="none")
    files = sorted(p for p in SAMPLE_FEEDS.iterdir() if p.is_file())
    inventories = [connector.scan(str(p)) for p in files]
    assert all(inv.scan.sources[0].messages > 0 for inv in inventories)
    assert sum(len(inv.flows) for inv in inventories) >= len(files)

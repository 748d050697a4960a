"""A source's kind is told from its content, whatever it is called."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from assessor.connectors.interface import SourceKind
from assessor.connectors.sources import detect_kind, iter_files, not_a_regular_file
from assessor.errors import SourceError

SAMPLE = Path(__file__).resolve().parents[2] / "sample_feeds"
HL7 = b"MSH|^~\\&|PAS|H|EHR|H|20260301||ADT^A01|1|P|2.3\rPID|1||1^^^H^MR\r"


@pytest.mark.parametrize(
    ("sample", "kind"),
    [
        ("hl7/pas_adt_2026-03.hl7", SourceKind.HL7V2),
        ("hl7/pas_adt_port6661_capture.mllp", SourceKind.HL7V2),
        ("hl7/pas_charges_batch_2026-03.hl7", SourceKind.HL7V2),
        ("engine/ADT_Router.xml", SourceKind.MIRTH),
        ("fhir/ehr_capability.json", SourceKind.FHIR),
        ("estate.toml", SourceKind.ESTATE),
        ("lis_legacy.sqlite", SourceKind.SQLITE),
    ],
)
def test_kind_is_told_from_content_under_a_misleading_name(
    sample: str, kind: SourceKind, tmp_path: Path
) -> None:
    renamed = tmp_path / "export.dat"
    shutil.copyfile(SAMPLE / sample, renamed)
    assert detect_kind(renamed) is kind


def test_gzipped_feed_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "feed.gz"
    path.write_bytes(gzip.compress(HL7))
    assert detect_kind(path) is SourceKind.HL7V2


def test_feed_with_a_byte_order_mark_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "feed.txt"
    path.write_bytes(b"\xef\xbb\xbf" + HL7)
    assert detect_kind(path) is SourceKind.HL7V2


def test_json_that_is_not_a_capability_statement_is_unknown(tmp_path: Path) -> None:
    path = tmp_path / "patient.json"
    path.write_text(json.dumps({"resourceType": "Patient", "id": "x"}))
    assert detect_kind(path) is None


def test_python_source_is_not_taken_for_an_estate_file(tmp_path: Path) -> None:
    path = tmp_path / "estate.py"
    path.write_text('ESTATE = """\n[estate]\nname = "x"\n"""\n')
    assert detect_kind(path) is None


def test_folders_are_walked_in_sorted_order_skipping_hidden_and_caches(tmp_path: Path) -> None:
    for name in ("b.hl7", "a.hl7", ".hidden.hl7", "__pycache__/x.pyc", ".git/HEAD", "sub/c.hl7"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(HL7)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files(tmp_path)]
    assert found == ["a.hl7", "b.hl7", "sub/c.hl7"]


def test_include_and_exclude_globs_filter_files_in_folders(tmp_path: Path) -> None:
    for name in ("a.hl7", "b.txt", "old/c.hl7"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(HL7)
    found = iter_files(tmp_path, include=("*.hl7",), exclude=("old/*",))
    assert [p.name for p in found] == ["a.hl7"]


def test_folders_are_walked_recursively_with_globs_on_names(tmp_path: Path) -> None:
    for name in ("a.hl7", "sub/b.hl7", "sub/deeper/c.hl7.gz", "notes.txt", "sub/old.hl7"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    found = iter_files(tmp_path, include=("*.hl7", "*.hl7.gz"), exclude=("old*",))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.hl7",
        "sub/b.hl7",
        "sub/deeper/c.hl7.gz",
    ]


@pytest.mark.parametrize("encoding", ["UTF-7", "ISO-8859-1", "cp1252"])
def test_a_mirth_export_declared_in_another_encoding_than_utf8_or_16_is_refused(
    encoding: str, tmp_path: Path
) -> None:
    path = tmp_path / "channel.xml"
    path.write_bytes(
        f'<?xml version="1.0" encoding="{encoding}"?>\n<channel version="3.9.0">'.encode()
        + (SAMPLE / "engine/ADT_Router.xml").read_bytes().partition(b"<channel")[2][:3000]
    )
    with pytest.raises(SourceError, match="encoding") as refused:
        detect_kind(path)
    assert refused.value.kind == "unsupported-encoding"


@pytest.mark.parametrize("encoding", ["UTF-8", "us-ascii"])
def test_a_mirth_export_declared_utf8_or_ascii_is_read(encoding: str, tmp_path: Path) -> None:
    path = tmp_path / "channel.xml"
    path.write_bytes(
        f"<?xml version='1.0' encoding='{encoding}'?>\n".encode()
        + (SAMPLE / "engine/ADT_Router.xml").read_bytes()
    )
    assert detect_kind(path) is SourceKind.MIRTH


def test_a_gz_file_that_is_not_gzip_is_an_error_not_an_unknown_kind(tmp_path: Path) -> None:
    path = tmp_path / "feed.hl7.gz"
    path.write_bytes(b"these are notes, not a compressed feed\n")
    with pytest.raises(SourceError, match="not gzip") as refused:
        detect_kind(path)
    assert refused.value.kind == "not-gzip"


def test_a_file_whose_msh_lacks_encoding_characters_is_read_as_hl7(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_bytes(b"MSH|\rPID|1||123\r")
    assert detect_kind(path) is SourceKind.HL7V2


def test_a_header_line_far_past_the_head_still_makes_the_file_hl7(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(b"exported by the interface engine\n" * 2000 + HL7)
    assert detect_kind(path) is SourceKind.HL7V2


def test_a_fifo_is_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    assert "named pipe" in not_a_regular_file(tmp_path / "pipe")
    with pytest.raises(SourceError) as refused:
        detect_kind(tmp_path / "pipe")
    assert refused.value.kind == "not-a-file"


def test_a_mirth_export_past_the_size_limit_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("assessor.connectors.sources.MAX_XML_BYTES", 1000)
    path = tmp_path / "channel.xml"
    shutil.copyfile(SAMPLE / "engine/ADT_Router.xml", path)
    with pytest.raises(SourceError, match="larger than 1,000 bytes") as refused:
        detect_kind(path)
    assert refused.value.kind == "limit-exceeded"


def test_a_socket_is_never_opened(tmp_path: Path) -> None:
    import socket

    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(tmp_path / "engine.sock"))
        assert not_a_regular_file(tmp_path / "engine.sock").startswith("a socket")


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may make a device node")
def test_a_device_is_never_opened(tmp_path: Path) -> None:
    import stat

    os.mknod(tmp_path / "null", stat.S_IFCHR | 0o600, os.makedev(1, 3))
    assert not_a_regular_file(tmp_path / "null").startswith("a character device")


def test_a_regular_file_is_regular(tmp_path: Path) -> None:
    (tmp_path / "a.hl7").write_bytes(HL7)
    assert not_a_regular_file(tmp_path / "a.hl7") == ""

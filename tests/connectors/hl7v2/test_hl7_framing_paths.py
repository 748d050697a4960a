"""The framing's two paths give the same messages: a clean buffer's parts framed together as
the framer would frame each one alone (connectors/hl7v2/framing.py).

The per-message path is forced by making every buffer look unclean; both paths then read the
same bytes, and their messages, problems and the profiles built from them must be equal byte
for byte: on every file of the shared corpus, on its messages written one after the other as
the benchmark writes them, and on generated files with every wrapping real files show.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hl7_fixtures import CORPUS, build
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.connectors.hl7v2 import Hl7v2Connector, framing
from assessor.connectors.hl7v2.framing import RawMessage, read_messages

CLEAN_PATHS = {"c": framing._clean_in_c, "python": framing._clean_python}


def never_clean(pending: bytes) -> tuple[bool, bool]:
    return False, False


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "SOURCES.md")


def framed(data: bytes, clean, monkeypatch: pytest.MonkeyPatch, chunk_bytes: int) -> list:
    monkeypatch.setattr(framing, "_clean", clean)
    return list(read_messages(io.BytesIO(data), chunk_bytes=chunk_bytes))


def both_paths(data: bytes, monkeypatch: pytest.MonkeyPatch, chunk_bytes: int = 1 << 20):
    """What each path frames of ``data``: (per message, each clean-buffer check)."""
    slow = framed(data, never_clean, monkeypatch, chunk_bytes)
    fast = {
        name: framed(data, clean, monkeypatch, chunk_bytes) for name, clean in CLEAN_PATHS.items()
    }
    return slow, fast


def profiles_json(path: Path, clean, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(framing, "_clean", clean)
    inventory = Hl7v2Connector(validate="all").scan(str(path))
    return json.dumps(inventory.to_dict(), sort_keys=True)


def corpus_as_benchmarked() -> bytes:
    """Every message of the corpus, ``\\r`` after each, as benchmarks/hl7_throughput.py writes
    them: long runs of plain messages, some with segments ending in a space."""
    messages = []
    for path in corpus_files():
        with framing.open_binary(path) as stream:
            for item in read_messages(stream):
                if isinstance(item, RawMessage) and not item.marker:
                    messages.append(item.data.rstrip(b"\r") + b"\r")
    return b"".join(messages)


needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}"
)


@needs_corpus
@pytest.mark.parametrize("chunk_bytes", [1 << 20, 997])
def test_every_corpus_file_frames_the_same_on_both_paths(monkeypatch, chunk_bytes):
    for path in corpus_files():
        with framing.open_binary(path) as stream:
            data = stream.read()
        slow, fast = both_paths(data, monkeypatch, chunk_bytes)
        assert fast == {"c": slow, "python": slow}, path.relative_to(CORPUS).as_posix()


@needs_corpus
def test_the_corpus_written_as_benchmarked_frames_the_same_on_both_paths(monkeypatch):
    data = corpus_as_benchmarked()
    assert b" \r" in data  # the segments that once sent every chunk down the slow path
    slow, fast = both_paths(data, monkeypatch)
    assert len(slow) > 400
    assert fast == {"c": slow, "python": slow}


@needs_corpus
def test_the_corpus_written_as_benchmarked_profiles_the_same_on_both_paths(monkeypatch, tmp_path):
    path = tmp_path / "corpus.hl7"
    path.write_bytes(corpus_as_benchmarked() * 2)
    slow = profiles_json(path, never_clean, monkeypatch)
    for clean in CLEAN_PATHS.values():
        assert profiles_json(path, clean, monkeypatch) == slow


@needs_corpus
def test_every_corpus_file_profiles_the_same_on_both_paths(monkeypatch):
    for path in corpus_files():
        slow = profiles_json(path, never_clean, monkeypatch)
        for clean in CLEAN_PATHS.values():
            assert profiles_json(path, clean, monkeypatch) == slow, path.name


def edged(message: bytes, end: str, indent: str) -> bytes:
    """``message`` with ``end`` before each segment break and ``indent`` after it."""
    return message.replace(b"\r", f"{end}\r{indent}".encode())


B = build(control_id="B")
WRAPPINGS = {
    "trailing-space": edged(build(), " ", "") + b"\r",
    "trailing-spaces-no-final-break": edged(build(), "  ", "") + b"\r" + B,
    "trailing-tab-and-space-at-end-of-file": edged(build(), "\t", "") + b"\r" + B + b" ",
    "indented-lines": edged(build(), "", " ") + b"\r" + B + b"\r",
    "indent-tab-and-blank-last-line": edged(build(), " ", "\t") + b"\r" + B + b"\r  \r",
    "bom": b"\xef\xbb\xbf" + edged(build(), " ", "") + b"\r" + B,
    "lf-endings": (edged(build(), " ", "") + b"\r" + B + b"\r").replace(b"\r", b"\n"),
    "crlf-endings": (edged(build(), " ", "") + b"\r" + B).replace(b"\r", b"\r\n"),
    "mllp": b"".join(b"\x0b" + edged(build(control_id=c), " ", "") + b"\r\x1c\r" for c in "AB"),
    "batch": b"FHS|^~\\&\rBHS|^~\\&\r" + edged(build(), " ", "") + b"\rBTS|1\rFTS|1\r",
    "blank-lines": edged(build(), " ", "") + b"\r\r\r" + B + b"\r",
    "marker": b"[SOM]" + edged(build(), " ", "") + b"\r" + B + b"\r",
    "envelope-id-without-field-separator": build() + b"\rBHS^x\r" + B + b"\r",
    "one-segment-messages": build(body=()) + b" \r" + build(body=(), control_id="B") + b"  ",
}
"""Files of messages wrapped every way real files wrap them, by name."""


@pytest.mark.parametrize("data", WRAPPINGS.values(), ids=WRAPPINGS.keys())
@pytest.mark.parametrize("chunk_bytes", [1 << 20, 61])
def test_files_with_every_wrapping_frame_the_same_on_both_paths(data, chunk_bytes, monkeypatch):
    slow, fast = both_paths(data * 5, monkeypatch, chunk_bytes)
    assert any(isinstance(item, RawMessage) for item in slow)
    assert fast == {"c": slow, "python": slow}


@pytest.mark.parametrize("data", WRAPPINGS.values(), ids=WRAPPINGS.keys())
def test_files_with_every_wrapping_profile_the_same_on_both_paths(data, tmp_path, monkeypatch):
    path = tmp_path / "feed.hl7"
    path.write_bytes(data * 5)
    slow = profiles_json(path, never_clean, monkeypatch)
    for clean in CLEAN_PATHS.values():
        assert profiles_json(path, clean, monkeypatch) == slow


PIECES = (
    *(b"\r", b"\n", b"\r\n", b"\r\r", b" ", b"\t", b"  \r", b"\r ", b"\x0b", b"\x1c\r"),
    *(b"PID|1", b"OBX|2|TX|^x", b"BHS|", b"BTS|", b"[SOM]", b"\xef\xbb\xbf", b"\x00", b"MSH"),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(PIECES), st.sampled_from([build(), build(body=())])),
        max_size=40,
    ),
    st.integers(min_value=5, max_value=400),
)
def test_any_mix_of_messages_and_wrappings_frames_the_same_on_both_paths(pieces, chunk_bytes):
    data = b"".join(pieces)
    with pytest.MonkeyPatch.context() as monkeypatch:
        slow, fast = both_paths(data, monkeypatch, chunk_bytes)
    assert fast == {"c": slow, "python": slow}


def test_a_batch_header_at_a_buffers_start_frames_the_messages_after_it_as_batched(monkeypatch):
    # Hypothesis found it: the header fills the first buffer's first line, where the clean
    # check (an envelope segment after a line's end) does not look.
    header = build(body=()).rstrip(b"\r")
    data = b"BHS|\r" + header + b"\r" + header + b"\r" + build()
    slow, fast = both_paths(data, monkeypatch, chunk_bytes=len(b"BHS|\r") + len(header) + 4)
    assert fast == {"c": slow, "python": slow}
    assert {message.framing for message in slow} == {"batch"}

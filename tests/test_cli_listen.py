"""`assessor listen` as a user runs it: a real process, real sockets, an inventory at the end."""

from __future__ import annotations

import contextlib
import json
import re
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import jsonschema
import pytest

from assessor.cli import parse_duration
from assessor.errors import UsageError
from assessor.schema import shipped_schema

MESSAGE = (
    b"\x0bMSH|^~\\&|PAS|H|EHR|H|20260301083000||ADT^A01|C{n}|P|2.3\r"
    b"PID|1||{n}^^^H^MR||DOE^JANE\r\x1c\r"
)


def _start(*args: str, files: int | None = None) -> tuple[subprocess.Popen[str], int]:
    """``assessor listen`` on a free port; ``files`` caps its open files like ``ulimit -n``."""

    def cap() -> None:
        if files is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))

    process = subprocess.Popen(
        [sys.executable, "-m", "assessor", "listen", "--port", "0", *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=cap,
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    match = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
    assert match, line
    return process, int(match.group(1))


def _send(port: int, n: int) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(MESSAGE.replace(b"{n}", str(n).encode()))
        ack = b""
        while not ack.endswith(b"\x1c\r"):
            chunk = sock.recv(4096)
            assert chunk, "connection closed before the ACK"
            ack += chunk
        return ack


def test_listen_acks_each_message_and_writes_a_valid_inventory(tmp_path: Path) -> None:
    out = tmp_path / "inventory.json"
    process, port = _start("--count", "2", "-o", str(out))
    acks = [_send(port, n) for n in (1, 2)]
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert all(b"MSA|AA|C" in ack for ack in acks)
    data = json.loads(out.read_text())
    jsonschema.validate(data, shipped_schema("inventory"))
    assert sum(f["message_count"] for f in data["flows"]) == 2
    assert sum(f["profile"]["validated_messages"] for f in data["flows"]) == 2
    assert "DOE" not in out.read_text()


def test_listen_with_validate_none_only_profiles(tmp_path: Path) -> None:
    out = tmp_path / "inventory.json"
    process, port = _start("--count", "1", "--validate", "none", "-o", str(out))
    _send(port, 1)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    (flow,) = json.loads(out.read_text())["flows"]
    assert (flow["message_count"], flow["profile"]["validated_messages"]) == (1, 0)


def test_listen_on_a_port_in_use_is_one_clear_line(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "assessor",
                "listen",
                "--port",
                str(port),
                "--count",
                "1",
                "-o",
                str(tmp_path / "i.json"),
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot listen on 127.0.0.1:{port}: Address already in use")


def _messages_in(path: Path) -> int:
    data = json.loads(path.read_text())
    jsonschema.validate(data, shipped_schema("inventory"))
    return sum(f["message_count"] for f in data["flows"])


def _flood(port: int, sender: int, acked: list[int], stop: threading.Event) -> None:
    """Send message after message, counting AA answers, until the listener hangs up."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            for n in range(5_000):
                if stop.is_set():
                    return
                sock.sendall(MESSAGE.replace(b"{n}", f"{sender}{n:05}".encode()))
                ack = b""
                while not ack.endswith(b"\x1c\r"):
                    chunk = sock.recv(4096)
                    if not chunk:
                        return
                    ack += chunk
                if b"MSA|AA|" in ack:
                    acked[sender] += 1
    except OSError:
        return


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_stop_signal_mid_flood_keeps_every_acknowledged_message(
    tmp_path: Path, signum: signal.Signals
) -> None:
    out = tmp_path / "inventory.json"
    process, port = _start("-o", str(out))
    senders = 8
    acked = [0] * senders
    stop = threading.Event()
    threads = [threading.Thread(target=_flood, args=(port, n, acked, stop)) for n in range(senders)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 30
    while sum(acked) < 400 and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=30)
    stop.set()
    for thread in threads:
        thread.join(30)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert sum(acked) >= 400
    assert _messages_in(out) == sum(acked)


def test_two_thousand_connections_neither_crash_it_nor_lose_the_inventory(tmp_path: Path) -> None:
    out = tmp_path / "inventory.json"
    process, port = _start("-o", str(out), files=1024)
    held: list[socket.socket] = []
    try:
        for _ in range(2_000):
            with contextlib.suppress(OSError):
                held.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        assert process.poll() is None, "the listener died under the connections"
    finally:
        for sock in held:
            sock.close()
    acks = b""
    for _ in range(100):  # the listener notices the closed connections
        try:
            acks = _send(port, 7)
            break
        except (OSError, AssertionError):
            time.sleep(0.1)
    assert b"MSA|AA|" in acks
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert _messages_in(out) == 1
    errors = json.loads(out.read_text())["scan"]["errors"]
    assert [e["kind"] for e in errors] == ["connections-refused"]


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "-5", "0", "10x", "", "1e400h", "NaNm"])
def test_a_duration_that_is_not_a_positive_finite_time_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError, match="--duration"):
        parse_duration(text)


@pytest.mark.parametrize(
    "text,seconds", [("90", 90.0), ("90s", 90.0), ("10m", 600.0), ("2h", 7200.0), ("0.5", 0.5)]
)
def test_a_duration_is_read_in_seconds_minutes_or_hours(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


def _listen_once(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assessor", "listen", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_listen_with_duration_nan_is_refused_before_it_listens(tmp_path: Path) -> None:
    result = _listen_once("--duration", "nan", "-o", str(tmp_path / "i.json"))
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: --duration must be a positive, finite time")


def test_an_unwritable_output_is_refused_before_listening(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = _listen_once("--duration", "1", "-o", str(blocker / "inventory.json"))
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line == f"error: cannot write {blocker / 'inventory.json'}: {blocker} is not a folder"

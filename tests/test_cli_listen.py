"""`assessor listen` as a user runs it: a real process, real sockets, an inventory at the end."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import jsonschema

from assessor.schema import shipped_schema

MESSAGE = (
    b"\x0bMSH|^~\\&|PAS|H|EHR|H|20260301083000||ADT^A01|C{n}|P|2.3\r"
    b"PID|1||{n}^^^H^MR||DOE^JANE\r\x1c\r"
)


def _start(*args: str) -> tuple[subprocess.Popen[str], int]:
    process = subprocess.Popen(
        [sys.executable, "-m", "assessor", "listen", "--port", "0", *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
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
    assert "DOE" not in out.read_text()


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

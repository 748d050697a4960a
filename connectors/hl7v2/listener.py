"""Live capture: an MLLP server that ACKs every message and profiles what it receives.

Every message is profiled before its ACK is sent, so whatever a sender saw acknowledged is in
the returned Inventory: stopping (end of the window, ``count`` reached, Ctrl-C) loses nothing
that was acknowledged. A frame that cannot be read is answered ``AR`` with the reason, an
unexpected failure ``AE``; both are counted as scan errors. Many senders may be connected at
once; each connection has its own thread and the profiler is shared under a lock.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from itertools import count as counter

from assessor.model import Inventory, ScanMetadata, ScannedSource
from connectors.hl7v2.connector import _Errors, inventory_from_profiles
from connectors.hl7v2.encoding import DelimiterError, Delimiters, parse_delimiters
from connectors.hl7v2.profiler import Problem, Profiler
from connectors.interface import Progress, SourceKind, no_progress

__all__ = ["ack_for", "listen"]

START, END = b"\x0b", b"\x1c\r"
_POLL_SECONDS = 0.2
MAX_FRAME_BYTES = 16 << 20


def _now() -> str:
    return datetime.now(UTC).strftime("%Y%m%d%H%M%S+0000")


def ack_for(message: bytes, code: str, reason: str = "", control_id: str = "") -> bytes:
    """The MLLP-framed ACK for ``message``: sender and receiver swapped, MSA-1 ``code``.

    ``reason`` (no patient value, ever) goes in MSA-3 for AE and AR.
    """
    try:
        delimiters, _ = parse_delimiters(message) if message.startswith(b"MSH") else (None, None)
    except DelimiterError:
        delimiters = None
    d = delimiters or Delimiters()
    fs = d.field.encode()
    end = message.find(b"\r")
    fields = (message if end < 0 else message[:end]).split(fs) if delimiters else []
    get = (lambda i: fields[i] if len(fields) > i else b"") if fields else (lambda i: b"")
    comp = (d.component or "^").encode()
    trigger = get(8).split(comp)[1] if comp in get(8) else b""
    encoding = d.declared[1:].encode()
    msh = fs.join(
        [
            b"MSH",
            encoding,
            get(4),
            get(5),
            get(2),
            get(3),
            _now().encode(),
            b"",
            b"ACK" + comp + trigger + comp + b"ACK",
            (control_id or f"ACK{time.monotonic_ns()}").encode(),
            get(10) or b"P",
            get(11) or b"2.5",
        ]
    )
    text = reason.replace(d.field, " ").encode("ascii", "replace")
    msa = fs.join([b"MSA", code.encode(), get(9), *([text] if reason else [])])
    return START + msh + b"\r" + msa + b"\r" + END


class _Capture:
    """State shared by the connection threads."""

    def __init__(self, limit: int | None, on_message: Progress, source: str) -> None:
        self.profiler = Profiler()
        self.errors = _Errors(source)
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.limit = limit
        self.received = 0
        self.bytes = 0
        self.on_message = on_message
        self.ids = counter(1)

    def take(self, frame: bytes, where: str) -> bytes | None:
        """Profile one frame and return its ACK; None once the count is reached."""
        data = b"\r".join(s for s in frame.replace(b"\n", b"\r").split(b"\r") if s.strip())
        data = data.lstrip(b" \t\xef\xbb\xbf")
        with self.lock:
            if self.limit is not None and self.received >= self.limit:
                self.stop.set()
                return None
            self.received += 1
            self.bytes += len(frame)
            ordinal = self.received
            try:
                if not data.startswith(b"MSH"):
                    outcome: object = Problem("missing-msh", "the frame holds no MSH segment")
                else:
                    outcome = self.profiler.add(data, "mllp")
            except Exception as exc:
                outcome = exc
            if isinstance(outcome, Problem):
                self.errors.add(outcome.kind, outcome.message, f"{where} message {ordinal}")
                ack = ack_for(data, "AR", f"{outcome.kind}: {outcome.message}")
            elif isinstance(outcome, Exception):
                kind = type(outcome).__name__
                self.errors.add("processing-failed", kind, f"{where} message {ordinal}")
                ack = ack_for(data, "AE", f"processing-failed: {kind}")
            else:
                ack = ack_for(data, "AA")
            if self.limit is not None and self.received >= self.limit:
                self.stop.set()
        self.on_message(1)
        return ack


def _serve(conn: socket.socket, capture: _Capture, where: str, tls: ssl.SSLContext | None) -> None:
    try:
        if tls is not None:
            conn.settimeout(10)
            conn = tls.wrap_socket(conn, server_side=True)
        conn.settimeout(_POLL_SECONDS)
        buffer = b""
        while not capture.stop.is_set():
            try:
                chunk = conn.recv(65536)
            except (TimeoutError, ssl.SSLWantReadError):
                continue
            if not chunk:
                break
            buffer += chunk
            while True:
                start = buffer.find(START)
                end = buffer.find(b"\x1c", start + 1) if start >= 0 else -1
                if start < 0 or end < 0:
                    if len(buffer) > MAX_FRAME_BYTES:
                        capture.errors.add(
                            "oversized-message", "a frame larger than 16 MiB was dropped", where
                        )
                        conn.sendall(ack_for(b"", "AR", "oversized-message"))
                        buffer = b""
                    break
                frame = buffer[start + 1 : end]
                buffer = buffer[end + 1 :].lstrip(b"\r")
                ack = capture.take(frame, where)
                if ack is None:
                    return
                conn.sendall(ack)
    except (OSError, ssl.SSLError) as exc:
        capture.errors.add("connection-failed", type(exc).__name__, where)
    finally:
        with contextlib.suppress(OSError):
            conn.close()


def listen(
    host: str,
    port: int,
    *,
    duration: float | None = None,
    count: int | None = None,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    on_message: Progress = no_progress,
    on_ready: Callable[[int], None] | None = None,
) -> Inventory:
    """Receive MLLP messages on ``host:port`` until ``duration`` seconds, ``count`` messages or
    Ctrl-C, ACK each one, and return what was received as an Inventory.

    ``port=0`` picks a free port; ``on_ready(port)`` is called once the server listens.
    """
    tls: ssl.SSLContext | None = None
    if tls_cert:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(tls_cert, tls_key)
    server = socket.create_server((host, port), reuse_port=False)
    server.settimeout(_POLL_SECONDS)
    bound = server.getsockname()[1]
    source = f"mllp://{host}:{bound}"
    capture = _Capture(count, on_message, source)
    threads: list[threading.Thread] = []
    started = time.monotonic()
    previous = None
    if threading.current_thread() is threading.main_thread():
        # Ctrl-C ends the window like its duration does: stop accepting, finish, return
        previous = signal.signal(signal.SIGINT, lambda *_: capture.stop.set())
    if on_ready is not None:
        on_ready(bound)
    try:
        while not capture.stop.is_set():
            if duration is not None and time.monotonic() - started >= duration:
                break
            try:
                conn, _peer = server.accept()
            except TimeoutError:
                continue
            where = f"connection {len(threads) + 1}"
            thread = threading.Thread(
                target=_serve, args=(conn, capture, where, tls), daemon=True, name=where
            )
            thread.start()
            threads.append(thread)
    except KeyboardInterrupt:
        pass
    finally:
        capture.stop.set()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        server.close()
        for thread in threads:
            thread.join(timeout=5)
    with capture.lock:
        profiles = capture.profiler.profiles()
        total = capture.errors.total
        status = "ok" if not total else "partial"
        scanned = ScannedSource(
            source, SourceKind.HL7V2.value, capture.received, 0, capture.bytes, total, status
        )
        fragment = inventory_from_profiles(profiles.values(), source)
        errors = capture.errors.all()
    flows = tuple(
        replace(f, tls=tls is not None, endpoint=f"{host}:{bound}") for f in fragment.flows
    )
    return replace(
        fragment, flows=flows, scan=ScanMetadata(sources=(scanned,), errors=errors)
    ).sorted()

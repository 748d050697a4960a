"""Live capture: an MLLP server that ACKs every message and profiles what it receives.

Every message is profiled before its ACK is sent, so whatever a sender saw acknowledged is in
the returned Inventory. The capture ends at the end of its window, once ``count`` messages came,
or on SIGINT, SIGTERM or SIGHUP (Ctrl-C, systemd, a container runtime): the server stops
accepting, frames already received are profiled and ACKed for a short grace period, a frame
still incomplete after it is answered ``AE`` (resend) and nothing acknowledged is lost. A frame
that cannot be read is answered ``AR`` with the reason, an unexpected failure ``AE``; both are
counted as scan errors.

One event loop (asyncio) serves every sender: an idle connection costs a socket, not a thread.
At most ``max_connections`` are served at once; one more is closed as soon as it is accepted and
the refusals are counted, so a flood of connections cannot exhaust the open-file limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
import signal
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from itertools import count as counter

from assessor.connectors.hl7v2.connector import _Checks, _Errors, inventory_from_profiles
from assessor.connectors.hl7v2.encoding import DelimiterError, Delimiters, parse_delimiters
from assessor.connectors.hl7v2.profiler import Problem, Profiler
from assessor.connectors.interface import Progress, SourceKind, no_progress
from assessor.errors import UsageError
from assessor.model import Inventory, ScanMetadata, ScannedSource

__all__ = ["DEFAULT_MAX_CONNECTIONS", "STOP_SIGNALS", "ack_for", "listen"]

START, END = b"\x0b", b"\x1c\r"
MAX_FRAME_BYTES = 16 << 20
DEFAULT_MAX_CONNECTIONS = 256
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_GRACE_SECONDS = 0.5  # how long frames already on their way are still taken once stopping
_TLS_HANDSHAKE_SECONDS = 10
_SPARE_FILES = 64  # descriptors beyond the connections: the output, libraries, the listener


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
    """What the connections share: the profiler, the errors and when to stop."""

    def __init__(
        self, limit: int | None, on_message: Progress, source: str, validate: bool
    ) -> None:
        # Validated as a scan validates a file: what a capture says of a feed's conformance
        # must not depend on whether its messages arrived live or as a file.
        self.profiler = Profiler(source, validate=validate)
        self.errors = _Errors(source)
        self.stop = asyncio.Event()
        self.limit = limit
        self.received = 0
        self.bytes = 0
        self.refused = 0
        self.on_message = on_message

    def take(self, frame: bytes, where: str) -> bytes:
        """Profile one frame and return its ACK; a NAK (``AE``) once the capture has ended."""
        data = b"\r".join(s for s in frame.replace(b"\n", b"\r").split(b"\r") if s.strip())
        data = data.lstrip(b" \t\xef\xbb\xbf")
        if self.limit is not None and self.received >= self.limit:
            self.stop.set()
            return ack_for(data, "AE", "capture-ended: the listener took its count; resend")
        self.received += 1
        self.bytes += len(frame)
        ordinal = self.received
        try:
            if not data.startswith(b"MSH"):
                outcome: object = Problem("missing-msh", "the frame holds no MSH segment")
            else:
                outcome = self.profiler.add(data, "mllp", ordinal=ordinal)
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


def _frames(buffer: bytearray) -> list[bytes]:
    """Take every complete frame out of ``buffer``; an incomplete one stays in it."""
    frames = []
    while True:
        start = buffer.find(START)
        end = buffer.find(b"\x1c", start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            if start > 0:
                del buffer[:start]  # noise between frames
            elif start < 0:
                buffer.clear()
            return frames
        frames.append(bytes(buffer[start + 1 : end]))
        del buffer[: end + 1]


class _Connection(asyncio.Protocol):
    """One sender: every complete frame is profiled and answered as soon as it arrives."""

    def __init__(self, server: _Server) -> None:
        self.server = server
        self.capture = server.capture
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.where = ""
        self.handshaking = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Serve the connection, or close it at once when the capture is full or stopping."""
        assert isinstance(transport, asyncio.Transport)
        if self.capture.stop.is_set():  # accepted while stopping: the sender will resend
            transport.abort()
            return
        if len(self.server.active) >= self.server.max_connections:
            self.capture.refused += 1
            transport.abort()
            return
        self.transport = transport
        self.server.active.add(self)
        self.where = f"connection {next(self.server.numbers)}"
        if self.server.tls is not None:
            # TLS after the count: a slow handshake holds a place like an idle sender does.
            self.handshaking = True
            transport.pause_reading()
            self.server.handshakes.add(asyncio.ensure_future(self._start_tls(transport)))

    async def _start_tls(self, plain: asyncio.Transport) -> None:
        loop = asyncio.get_running_loop()
        assert self.server.tls is not None
        try:
            secure = await loop.start_tls(
                plain, self, self.server.tls, server_side=True,
                ssl_handshake_timeout=_TLS_HANDSHAKE_SECONDS,
            )  # fmt: skip
        except (OSError, ssl.SSLError) as exc:
            self.capture.errors.add("connection-failed", type(exc).__name__, self.where)
            plain.abort()
            self.server.active.discard(self)
            return
        assert isinstance(secure, asyncio.Transport)
        self.transport, self.handshaking = secure, False

    def data_received(self, data: bytes) -> None:
        """Take each complete frame in what arrived; answer it before reading on."""
        if self.transport is None or self.handshaking or self.transport.is_closing():
            return
        self.buffer += data
        for frame in _frames(self.buffer):
            self.transport.write(self.capture.take(frame, self.where))
        if len(self.buffer) > MAX_FRAME_BYTES:
            self.capture.errors.add(
                "oversized-message", "a frame larger than 16 MiB was dropped", self.where
            )
            self.transport.write(ack_for(b"", "AR", "oversized-message"))
            self.buffer.clear()

    def eof_received(self) -> bool:
        """The sender is done: close once the last ACKs are sent."""
        return False

    def pause_writing(self) -> None:
        """A sender that reads no ACKs gets no more read from it until it does."""
        if self.transport is not None:
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        """The sender reads its ACKs again."""
        if self.transport is not None:
            self.transport.resume_reading()

    def finish(self) -> None:
        """End of the capture: answer a frame still incomplete (``AE``, resend), then close."""
        if self.transport is None or self.transport.is_closing():
            return
        if START in self.buffer:
            self.transport.write(ack_for(_msh(self.buffer), "AE", "listener-stopping: resend"))
        self.buffer.clear()
        self.transport.close()  # sends the ACKs still buffered, then closes

    def connection_lost(self, exc: Exception | None) -> None:
        """Count a connection that failed; free its place."""
        if exc is not None and self in self.server.active:
            self.capture.errors.add("connection-failed", type(exc).__name__, self.where)
        self.server.active.discard(self)
        self.server.changed.set()


class _Server:
    """The connections of one capture: at most ``max_connections``, all closed at the end."""

    def __init__(self, capture: _Capture, tls: ssl.SSLContext | None, max_connections: int) -> None:
        self.capture = capture
        self.tls = tls
        self.max_connections = max_connections
        self.active: set[_Connection] = set()
        self.handshakes: set[asyncio.Future[None]] = set()
        self.numbers = counter(1)
        self.changed = asyncio.Event()

    def connection(self) -> _Connection:
        """A protocol for the next connection (the ``create_server`` factory)."""
        return _Connection(self)

    async def stop(self) -> None:
        """Take what arrives for a short grace period, then close every connection.

        A sender that reads no ACK cannot hold the capture open: after a further grace its
        connection is cut.
        """
        await asyncio.sleep(_GRACE_SECONDS if self.active else 0)
        for connection in list(self.active):
            connection.finish()
        deadline = asyncio.get_running_loop().time() + _GRACE_SECONDS * 2
        while self.active and asyncio.get_running_loop().time() < deadline:
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), _GRACE_SECONDS / 5)
        for connection in list(self.active):
            if connection.transport is not None:
                connection.transport.abort()
        for handshake in self.handshakes:
            handshake.cancel()


def _msh(buffer: bytearray) -> bytes:
    """The start of the incomplete frame in ``buffer`` (its MSH, if it came), for a NAK."""
    return bytes(buffer[buffer.find(START) + 1 :][:4096])


def _ensure_files(max_connections: int) -> None:
    """Raise the soft open-file limit to what ``max_connections`` needs, or say it cannot."""
    need = max_connections + _SPARE_FILES
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= need:
        return
    if hard != resource.RLIM_INFINITY and hard < need:
        raise UsageError(
            f"--max-connections {max_connections} needs {need} open files but this process may "
            f"open {hard}; lower --max-connections or raise the limit (ulimit -n)"
        )
    resource.setrlimit(resource.RLIMIT_NOFILE, (need, hard))


def listen(
    host: str,
    port: int,
    *,
    duration: float | None = None,
    count: int | None = None,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    validate: bool = True,
    on_message: Progress = no_progress,
    on_ready: Callable[[int], None] | None = None,
) -> Inventory:
    """Receive MLLP messages on ``host:port`` until ``duration`` seconds, ``count`` messages or
    a stop signal, ACK each one, and return what was received as an Inventory.

    ``validate`` checks every message with hl7apy's compiled rules, as ``--validate all`` does
    in a scan. ``port=0`` picks a free port; ``on_ready(port)`` is called once the server
    listens. Stop signals (SIGINT, SIGTERM, SIGHUP) are handled only when called from the main
    thread.
    """
    tls: ssl.SSLContext | None = None
    if tls_cert:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(tls_cert, tls_key)
    _ensure_files(max_connections)
    return asyncio.run(
        _capture(host, port, duration, count, tls, max_connections, validate, on_message, on_ready)
    )


async def _capture(
    host: str,
    port: int,
    duration: float | None,
    count: int | None,
    tls: ssl.SSLContext | None,
    max_connections: int,
    validate: bool,
    on_message: Progress,
    on_ready: Callable[[int], None] | None,
) -> Inventory:
    loop = asyncio.get_running_loop()
    capture = _Capture(count, on_message, f"mllp://{host}:{port}", validate)
    served = _Server(capture, tls, max_connections)
    listener = await loop.create_server(served.connection, host, port, reuse_port=False)
    bound = listener.sockets[0].getsockname()[1]
    source = capture.errors.source = capture.profiler.source = f"mllp://{host}:{bound}"
    handled = _handle_signals(loop, capture.stop.set)
    try:
        if on_ready is not None:
            on_ready(bound)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(capture.stop.wait(), duration)
        capture.stop.set()
        listener.close()  # stop accepting first; then the connections finish
        await served.stop()
        await listener.wait_closed()
    finally:
        for signum, previous in handled:
            loop.remove_signal_handler(signum)
            signal.signal(signum, previous)
    return _inventory(capture, source, host, bound, tls is not None, max_connections)


def _handle_signals(
    loop: asyncio.AbstractEventLoop, stop: Callable[[], None]
) -> list[tuple[int, object]]:
    """Make each stop signal end the capture; the handlers replaced, to restore."""
    if threading.current_thread() is not threading.main_thread():
        return []
    handled = []
    for signum in STOP_SIGNALS:
        previous = signal.getsignal(signum)
        loop.add_signal_handler(signum, stop)
        handled.append((signum, previous))
    return handled


def _inventory(
    capture: _Capture, source: str, host: str, bound: int, tls: bool, max_connections: int
) -> Inventory:
    if capture.refused:
        capture.errors.add(
            "connections-refused",
            f"{capture.refused:,} connections were closed unserved: {max_connections:,} "
            "were already open (--max-connections)",
            "listener",
        )
    profiles = capture.profiler.profiles()
    if capture.profiler.validation is not None:
        checks = _Checks()
        checks.take(capture.profiler.validation)
        profiles = checks.applied(profiles, source)
    total = capture.errors.total
    status = "ok" if not total else "partial"
    scanned = ScannedSource(
        source, SourceKind.HL7V2.value, capture.received, 0, capture.bytes, total, status
    )
    fragment = inventory_from_profiles(profiles.values(), source)
    flows = tuple(replace(f, tls=tls, endpoint=f"{host}:{bound}") for f in fragment.flows)
    scan = ScanMetadata(sources=(scanned,), errors=capture.errors.all())
    return replace(fragment, flows=flows, scan=scan).sorted()

"""Live MLLP capture over real loopback sockets: ACKs, concurrency, stopping, TLS."""

from __future__ import annotations

import _thread
import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path

import pytest
from hl7_fixtures import build

from assessor.connectors.hl7v2 import listen
from assessor.model import Inventory, Transport

TIMEOUT = 20


class Running:
    """``listen`` in a thread; ``port`` once it listens, ``result`` once it returned."""

    def __init__(self, **options) -> None:
        self.ready = threading.Event()
        self.port = 0
        self.result: Inventory | None = None
        self.thread = threading.Thread(target=self._run, kwargs=options, daemon=True)
        self.thread.start()
        assert self.ready.wait(TIMEOUT), "the listener never became ready"

    def _run(self, **options) -> None:
        self.result = listen("127.0.0.1", 0, on_ready=self._ready, **options)

    def _ready(self, port: int) -> None:
        self.port = port
        self.ready.set()

    def wait(self) -> Inventory:
        self.thread.join(TIMEOUT)
        assert self.result is not None, "the listener did not stop"
        return self.result


def exchange(sock: socket.socket, payload: bytes) -> bytes:
    """Send one MLLP frame and read one framed ACK back."""
    sock.sendall(b"\x0b" + payload + b"\x1c\r")
    answer = b""
    while not answer.endswith(b"\x1c\r"):
        chunk = sock.recv(4096)
        if not chunk:
            break
        answer += chunk
    return answer


def msa(ack: bytes) -> list[str]:
    segment = next(s for s in ack.strip(b"\x0b\x1c\r").split(b"\r") if s.startswith(b"MSA"))
    return segment.decode().split("|")


def test_every_message_is_acknowledged_aa_with_its_control_id():
    running = Running(count=3)
    with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as sock:
        acks = [exchange(sock, build(control_id=f"C{i}")) for i in range(3)]
    assert [msa(a)[1:3] for a in acks] == [["AA", "C0"], ["AA", "C1"], ["AA", "C2"]]
    assert all(a.startswith(b"\x0bMSH|^~\\&|EHR|GENHOSP|PAS|GENHOSP|") for a in acks)
    inventory = running.wait()
    (flow,) = inventory.flows
    assert (flow.message_count, flow.transport, flow.tls) == (3, Transport.MLLP, False)


def test_a_frame_that_cannot_be_read_is_rejected_ar_with_a_reason_and_counted():
    running = Running(count=2)
    with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as sock:
        rejected = exchange(sock, b"PID|1||MRN48213")
        accepted = exchange(sock, build())
    assert msa(rejected)[1] == "AR"
    assert "missing-msh" in msa(rejected)[3]
    assert msa(accepted)[1] == "AA"
    inventory = running.wait()
    assert [(e.kind, e.location) for e in inventory.scan.errors] == [
        ("missing-msh", "connection 1 message 1")
    ]
    assert "MRN48213" not in str(inventory.to_dict())


def test_many_connections_at_once_lose_no_message():
    senders, each = 6, 25
    running = Running(count=senders * each)
    barrier = threading.Barrier(senders)
    answers: list[list[str]] = []

    def send(n: int) -> None:
        with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as sock:
            barrier.wait(TIMEOUT)
            for i in range(each):
                answers.append(msa(exchange(sock, build(control_id=f"S{n}-{i}")))[1:3])

    threads = [threading.Thread(target=send, args=(n,)) for n in range(senders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT)
    inventory = running.wait()
    assert len(answers) == senders * each
    assert {code for code, _ in answers} == {"AA"}
    assert inventory.scan.sources[0].messages == senders * each
    (flow,) = inventory.flows
    assert flow.profile.control_ids_seen == senders * each
    assert flow.profile.duplicate_control_ids == 0


def test_the_window_ends_after_its_duration_with_what_was_received():
    running = Running(duration=1.0)
    with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as sock:
        exchange(sock, build())
    inventory = running.wait()
    assert inventory.flows[0].message_count == 1


def test_ctrl_c_returns_everything_acknowledged_so_far():
    port: list[int] = []
    ready = threading.Event()

    def client() -> None:
        ready.wait(TIMEOUT)
        with socket.create_connection(("127.0.0.1", port[0]), timeout=TIMEOUT) as sock:
            for i in range(4):
                exchange(sock, build(control_id=f"K{i}"))
        _thread.interrupt_main()  # what Ctrl-C does

    def on_ready(bound: int) -> None:
        port.append(bound)
        ready.set()

    threading.Thread(target=client, daemon=True).start()
    inventory = listen("127.0.0.1", 0, duration=TIMEOUT, on_ready=on_ready)
    assert inventory.flows[0].message_count == 4


def test_on_message_is_told_of_every_message():
    seen: list[int] = []
    running = Running(count=2, on_message=seen.append)
    with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as sock:
        exchange(sock, build())
        exchange(sock, build(control_id="2"))
    running.wait()
    assert sum(seen) == 2


def _self_signed(folder: Path) -> tuple[Path, Path] | None:
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        from cryptography import x509  # noqa: F401
    except ImportError:
        openssl = shutil.which("openssl")
        if openssl is None:
            return None
        subprocess.run(
            [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
             "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True,
        )  # fmt: skip
        return cert, key
    return _with_cryptography(cert, key)


def _with_cryptography(cert: Path, key: Path) -> tuple[Path, Path]:
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    return cert, key


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    made = _self_signed(tmp_path)
    if made is None:
        pytest.skip("neither the cryptography package nor the openssl command is available")
    return made


def test_tls_connections_are_served_and_flows_marked_tls(certificate):
    cert, key = certificate
    running = Running(count=1, tls_cert=str(cert), tls_key=str(key))
    context = ssl.create_default_context(cafile=str(cert))
    context.check_hostname = False
    with (
        socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as raw,
        context.wrap_socket(raw, server_hostname="localhost") as sock,
    ):
        ack = exchange(sock, build())
    assert msa(ack)[1] == "AA"
    (flow,) = running.wait().flows
    assert flow.tls is True


def test_one_connection_beyond_the_limit_is_closed_unserved_and_counted():
    running = Running(count=1, max_connections=2)
    with (
        socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as first,
        socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as _second,
    ):
        # the first answer proves both are being served before the third knocks
        first.sendall(b"\x0b" + build(control_id="L1")[:20])
        with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as third:
            try:
                closed = third.recv(1) == b""
            except ConnectionResetError:
                closed = True
        assert closed
        first.sendall(build(control_id="L1")[20:] + b"\x1c\r")
        answer = b""
        while not answer.endswith(b"\x1c\r"):
            answer += first.recv(4096)
    assert msa(answer)[1:3] == ["AA", "L1"]
    inventory = running.wait()
    refused = [e for e in inventory.scan.errors if e.kind == "connections-refused"]
    assert [e.message.split(" ")[0] for e in refused] == ["1"]


def test_idle_connections_cost_no_thread():
    running = Running(count=1)
    before = threading.active_count()
    idle = [
        socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) for _ in range(40)
    ]
    try:
        with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as sock:
            assert msa(exchange(sock, build()))[1] == "AA"
        assert threading.active_count() <= before + 1
    finally:
        for sock in idle:
            sock.close()
    running.wait()


def test_a_frame_left_incomplete_at_the_end_is_answered_ae_and_not_counted():
    running = Running(duration=0.5)
    with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as sock:
        assert msa(exchange(sock, build(control_id="W1")))[1] == "AA"
        partial = build(control_id="W2")
        sock.sendall(b"\x0b" + partial[: partial.index(b"\r") + 4])  # MSH and a little more
        answer = b""
        while not answer.endswith(b"\x1c\r"):
            chunk = sock.recv(4096)
            assert chunk, "closed without answering the incomplete frame"
            answer += chunk
    assert msa(answer)[1:3] == ["AE", "W2"]
    assert running.wait().scan.sources[0].messages == 1


def test_every_message_received_is_validated_and_counted_as_a_scan_counts_it(tmp_path):
    from assessor.connectors.hl7v2 import Hl7v2Connector

    # ADT^A01 requires PV1: the second message lacks it.
    messages = [build(control_id="V1"), build(control_id="V2", body=("PID|1||MRN48213",))]
    running = Running(count=2)
    with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as sock:
        for message in messages:
            exchange(sock, message)
    (live,) = running.wait().flows
    feed = tmp_path / "feed.hl7"
    feed.write_bytes(b"\r".join(messages))
    (scanned,) = Hl7v2Connector().scan(str(feed)).flows
    assert live.profile.validated_messages == 2
    assert live.profile.conformance["strict-validation-failed"] == 1
    assert live.profile.validation_errors == scanned.profile.validation_errors
    assert live.profile.first_seen["conformance|strict-validation-failed"][1] == 2

"""Credentials go only to the connection's own server: a redirect is reported (its status
and Location), never followed, and a certificate that does not verify is named as such,
sends nothing and is not retried as if the network had broken."""

from __future__ import annotations

import datetime as dt
import random
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from claimdesk.connectors.http import HttpClient
from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.errors import PermanentError, UntrustedCertificate
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.connections import Connection
from claimdesk.service.myrewards import MyRewardsService
from claimdesk.service.outbox import OutboxService, State
from claimdesk.service.platform import Outcome, Target
from claimdesk.service.workspace import training_connection
from claimdesk.storage.database import Database
from claimdesk.storage.outbox import Outbox
from tests.contract.test_outbox_faults import claim_values
from tests.helpers.claims import thalamus_sale


class OtherHost:
    """A server on another port that records whatever reaches it."""

    def __init__(self, context: ssl.SSLContext | None = None) -> None:
        self.received: list[dict[str, object]] = []
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
                received.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": body,
                    }
                )
                answer = b'{"message": "OK"}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def do_GET(self) -> None:
                self._any()

            def do_POST(self) -> None:
                self._any()

            def log_message(self, *_args: object) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if context is not None:
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.scheme = "https" if context is not None else "http"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def other_host() -> Iterator[OtherHost]:
    host = OtherHost()
    yield host
    host.close()


def self_signed(folder: Path) -> ssl.SSLContext:
    """A server context with a certificate for 127.0.0.1 that nobody signed."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


@pytest.fixture
def untrusted_server(tmp_path: Path) -> Iterator[OtherHost]:
    host = OtherHost(self_signed(tmp_path))
    yield host
    host.close()


def redirect(sandbox: str, to: str, **rule: object) -> None:
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "thalamus", "redirect": to, "times": 0, **rule},
        timeout=5,
    ).raise_for_status()


def sale() -> dict[str, str]:
    return thalamus_sale(transactionId="HOME-0001")


def test_a_redirected_login_sends_no_password_elsewhere(
    sandbox: str, other_host: OtherHost
) -> None:
    connection = training_connection(sandbox, "thalamus")
    redirect(sandbox, f"{other_host.url}/login", path="/api/v4/signin")
    try:
        with pytest.raises(PermanentError) as caught:
            connection.service.targets()
    finally:
        connection.service.close()
    assert other_host.received == []  # first: no password, no token went there
    assert "HTTP 307" in str(caught.value)
    assert f"{other_host.url}/login" in str(caught.value)


def test_a_redirected_sale_sends_no_token_elsewhere(sandbox: str, other_host: OtherHost) -> None:
    connection = training_connection(sandbox, "thalamus")
    try:
        (target,) = connection.service.targets()[:1]
        form = connection.service.load_form(target)
        redirect(sandbox, f"{other_host.url}/sale", path="/api/v4/partner/sale")
        result = connection.service.submit(form, sale())
    finally:
        connection.service.close()
    assert other_host.received == []  # first: no token went there
    assert result.outcome is Outcome.FAILED
    assert not result.retryable
    assert "HTTP 307" in result.message
    assert other_host.url in result.message
    received = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "thalamus"}, timeout=5
    ).json()
    assert received == []


def test_an_untrusted_certificate_is_named_and_nothing_is_sent(
    untrusted_server: OtherHost,
) -> None:
    client = HttpClient(untrusted_server.url, {"Authorization": "secret"}, sleep=lambda _s: None)
    for idempotent in (True, False):
        with pytest.raises(UntrustedCertificate) as caught:
            client.send("POST", "/data", json={"a": 1}, idempotent=idempotent)
        assert "certificate is not trusted" in str(caught.value)
        assert not caught.value.retryable
    client.close()
    assert untrusted_server.received == []


def test_the_outbox_tries_an_untrusted_server_rarely_not_as_in_doubt(
    sandbox: str, untrusted_server: OtherHost, tmp_path: Path
) -> None:
    creds = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)
    # The form comes from the sandbox; the claim goes to the server nobody can verify.
    form = MyRewardsService(MyRewardsConnector(sandbox, creds)).load_form(
        Target("36", "Autumn Boiler Bonus")
    )
    name = "Untrusted · MyRewards"
    connection = Connection(name, MyRewardsService(MyRewardsConnector(untrusted_server.url, creds)))
    outbox = OutboxService(
        Outbox(Database(tmp_path / "o.sqlite3")),
        lambda wanted: connection if wanted == name else None,
        rng=random.Random(3),
    )
    queued = outbox.enqueue(connection, form, claim_values())
    assert queued.claim_id is not None, queued.check.issues
    outbox.send_due()
    claim = outbox.outbox.get(queued.claim_id)
    assert claim.state is State.QUEUED  # nothing went out: not "check needed"
    assert "certificate is not trusted" in claim.message
    assert claim.next_attempt_at is not None
    wait = (claim.next_attempt_at - dt.datetime.now(dt.UTC)).total_seconds()
    assert wait > 500  # like refused credentials: rarely, until the user acts
    # Another run, which must first read the form from that server: the same.
    later = OutboxService(
        Outbox(Database(tmp_path / "o.sqlite3")),
        lambda wanted: connection if wanted == name else None,
        rng=random.Random(3),
    )
    later.outbox.retry_now(queued.claim_id)
    later.send_due()
    claim = later.outbox.get(queued.claim_id)
    assert claim.state is State.QUEUED
    assert "certificate is not trusted" in claim.message
    assert "Will try again in 10 minutes" in claim.message
    assert claim.next_attempt_at is not None
    assert (claim.next_attempt_at - dt.datetime.now(dt.UTC)).total_seconds() > 500
    assert untrusted_server.received == []
    connection.service.close()

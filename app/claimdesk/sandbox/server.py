"""Running the sandbox: in a background thread (training mode, tests) or in the foreground."""

import socket
import sys
import threading
import time
from collections.abc import Iterable
from types import TracebackType
from typing import Self

import uvicorn

from .app import create_app
from .variants import VARIANTS, checked

START_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 5.0


class SandboxServer:
    """The sandbox on `host` (loopback unless told otherwise) and `port` (0: a free port)."""

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, variants: Iterable[str] = ()
    ) -> None:
        self.host = host
        self.port = port
        self.variants = checked(variants)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = START_TIMEOUT_S) -> None:
        """Listen, serve in a daemon thread, and return once connections are accepted.

        Raises OSError when the address cannot be bound, RuntimeError when the server does not
        come up within `timeout` seconds.
        """
        if self._thread is not None:
            raise RuntimeError("the sandbox server is already started")
        sock = _bind(self.host, self.port)
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            create_app(self.variants),
            log_level="warning",
            log_config=None,  # leave the host application's logging alone
            lifespan="off",
            access_log=False,
            proxy_headers=False,
            server_header=False,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=self._serve, args=(server, sock), name="claimdesk-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                reason = f": {self._failure!r}" if self._failure else ""
                raise RuntimeError(f"the sandbox server did not start on {self.base_url}{reason}")
            time.sleep(0.005)

    def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        try:
            with sock:
                server.run(sockets=[sock])
        except BaseException as exc:  # reported by start(); a thread has nowhere else to go
            self._failure = exc

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """Stop serving and wait for the thread (open connections are cut after `timeout`)."""
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout)
        self._server = None
        self._thread = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        if sys.platform != "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def credentials_text() -> str:
    """The demo credentials of every platform, as the sandbox command prints them."""
    from . import demo_credentials as d

    lines = [
        "Demo credentials (training data only):",
        f"  MyRewards  API key: {d.MYREWARDS_API_KEY}   secret key: {d.MYREWARDS_SECRET_KEY}",
        f"             Authorization: {d.MYREWARDS_AUTHORIZATION}",
        f"  Claret     tenant: {d.CLARET_TENANT}   token: {d.CLARET_TOKEN}",
        f"             email: {d.CLARET_EMAIL}   password: {d.CLARET_PASSWORD}",
        f"  Peak       token: {d.PEAK_TOKEN}   prefix: {d.PEAK_PREFIX}   "
        f"suffix: {d.PEAK_SUFFIX}   solutionName: {d.PEAK_SOLUTION_NAME}",
        f"  Thalamus   touchpoint: {d.THALAMUS_TOUCHPOINT}   API token: {d.THALAMUS_API_TOKEN}",
        f"             partner principal: {d.THALAMUS_PRINCIPAL}   password: {d.THALAMUS_PASSWORD}",
    ]
    return "\n".join(lines)


def parse_fault(spec: str) -> dict[str, object]:
    """``status=503,retry_after=5,times=0`` → a fault rule for POST /_sandbox/faults."""
    rule: dict[str, object] = {}
    for part in spec.split(","):
        key, sep, value = part.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"{part!r} is not key=value")
        text = value.strip()
        rule[key.strip()] = (
            int(text)
            if text.lstrip("-").isdigit()
            else (text.lower() == "true" if text.lower() in ("true", "false") else text)
        )
    return rule


def run_foreground(
    host: str, port: int, faults: list[str] | None = None, variants: Iterable[str] = ()
) -> int:
    """Serve until Ctrl+C (exit status 0); 1 when the address cannot be used, 2 when a
    fault or a variant is not understood."""
    from .faults import FaultRule

    try:
        chosen = checked(variants)
    except ValueError as exc:
        print(f"claimdesk sandbox: --variant: {exc}", file=sys.stderr)
        return 2

    rules = []
    for spec in faults or []:
        try:
            rules.append(FaultRule.model_validate({"times": 0, **parse_fault(spec)}))
        except ValueError as exc:
            print(f"claimdesk sandbox: --fault {spec!r}: {exc}", file=sys.stderr)
            return 2
    server = SandboxServer(host, port, chosen)
    try:
        server.start()
    except (OSError, RuntimeError) as exc:
        print(f"claimdesk sandbox: cannot listen on {host}:{port}: {exc}", file=sys.stderr)
        return 1
    import requests  # through the API, so the server's own thread changes its state

    for rule in rules:
        body = rule.model_dump(exclude_defaults=True) | {"times": rule.times}
        requests.post(f"{server.base_url}/_sandbox/faults", json=body, timeout=5)
        print(f"Fault on: {body}", flush=True)
    for name in sorted(chosen):
        print(f"Variant: {name} — {VARIANTS[name]}", flush=True)
    print(
        f"ClaimDesk sandbox listening on {server.base_url}\n\n{credentials_text()}\n\n"
        "Press Ctrl+C to stop.",
        flush=True,
    )
    try:
        while server.is_running:
            time.sleep(0.2)
    except KeyboardInterrupt:
        server.stop()
        return 0
    print("claimdesk sandbox: the server stopped unexpectedly", file=sys.stderr)
    return 1

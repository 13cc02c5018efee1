"""The HTTP trace (``--verbose``, ``CLAIMDESK_DEBUG_HTTP=1``, the Settings switch): each
exchange with a platform is written to the log, and no secret is. Known secrets are planted
— in the profiles' keyring entries, a query, a JSON body, a Basic ``user:password`` — the
real sandbox is called with the trace on, and every byte written under the test's config,
data and log folders is searched for each secret in each form it takes on the wire."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import keyring.backend
import pytest

from claimdesk.app_logging import (
    LOG_FILE,
    TRACE_ENV,
    http_trace_on,
    set_http_trace,
    set_http_trace_until,
    setup_logging,
)
from claimdesk.connectors.http import HttpClient
from claimdesk.errors import ClaimDeskError
from claimdesk.paths import log_dir
from claimdesk.service.profiles import Profile, ProfileStore
from claimdesk.service.workspace import Workspace
from claimdesk.settings import Settings, load_settings, save_settings
from tests.helpers.cli import add_myrewards, run


def _secret(kind: str) -> str:
    # Characters that change when URL-encoded or JSON-escaped, so every form is searched.
    return f"{kind}-{uuid.uuid4().hex[:12]}+/é&="


def forms(secret: str) -> set[bytes]:
    """The secret as bytes, as it is written in a URL, a form and JSON."""
    texts = {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}
    return {t.encode("utf-8") for t in texts}


def leaks(folder: Path, secrets: list[str]) -> list[tuple[str, str]]:
    """(file, secret) for every planted secret found in any form under ``folder``."""
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for secret in secrets:
            if any(form in data for form in forms(secret)):
                found.append((str(path), secret))
    return found


@pytest.fixture(autouse=True)
def trace_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(TRACE_ENV, raising=False)
    yield
    set_http_trace(False)
    set_http_trace_until(None)


def _expect(call: Callable[[], object]) -> None:
    with contextlib.suppress(ClaimDeskError):  # refused: the planted secrets are wrong ones
        call()


def test_the_trace_writes_each_exchange_and_no_secret(
    sandbox: str, claimdesk_home: Path, memory_keyring: keyring.backend.KeyringBackend
) -> None:
    stored = _secret("stored")  # only ever in the keyring: registered when profiles open
    wrong_key = _secret("wrongkey")
    thalamus_password = _secret("thpw")
    thalamus_token = _secret("thtok")
    query_token = _secret("query")
    body_password = _secret("bodypw")
    basic_user, basic_password = "support-user", _secret("basic")
    basic = base64.b64encode(f"{basic_user}:{basic_password}".encode()).decode()

    store = ProfileStore()
    store.save(
        Profile(name="good", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "demo-secret"},
    )
    store.save(
        Profile(name="wrong", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "placeholder-1"},
    )
    store.save(
        Profile(
            name="partner",
            platform="thalamus",
            url=sandbox,
            touchpoint="DESKTOP",
            user="demo-partner",
        ),
        {"password": "placeholder-2", "api_token": "placeholder-3"},
    )
    store.save(
        Profile(name="unused", platform="peak", url=sandbox, solution="QP_OOTB"),
        {"token": "placeholder-4"},
    )
    # Written straight to the keyring: this process has never seen these secrets.
    memory_keyring.set_password("ClaimDesk", "wrong:secret_key", wrong_key)
    memory_keyring.set_password("ClaimDesk", "partner:password", thalamus_password)
    memory_keyring.set_password("ClaimDesk", "partner:api_token", thalamus_token)
    memory_keyring.set_password("ClaimDesk", "unused:token", stored)

    set_http_trace(True)  # what --verbose does
    log_file = setup_logging()
    workspace = Workspace()
    try:
        connections, problems = workspace.open_profiles()
        assert problems == []
        by_name = {c.name: c for c in connections}
        assert by_name["good"].service.targets()  # a real 200 with a body
        _expect(by_name["wrong"].service.targets)
        _expect(by_name["partner"].service.targets)
        client = HttpClient(sandbox, {"Authorization": f"Basic {basic}"})
        try:
            _expect(
                lambda: client.send(
                    "GET",
                    "/myrewards/api/v1/nowhere",
                    params={"token": query_token, "page": "2"},
                    idempotent=True,
                )
            )
            _expect(
                lambda: client.send(
                    "POST",
                    "/myrewards/api/v1/nowhere",
                    json={
                        "login": {"password": body_password, "user": "rep"},
                        "note": f"a pasted {stored} in a field of no name",
                    },
                    idempotent=True,
                )
            )
        finally:
            client.close()
    finally:
        workspace.close()

    trace = log_file.read_text(encoding="utf-8")
    assert "HTTP GET " in trace
    assert "HTTP POST " in trace
    assert " -> 200 OK in " in trace
    assert " -> 401 " in trace
    assert "> Authorization: •••" in trace
    assert "page=2" in trace
    assert "token=•••" in trace
    assert '"password": "•••"' in trace
    assert "< content-type: application/json" in trace.lower()
    planted = [stored, wrong_key, thalamus_password, thalamus_token, query_token, body_password]
    planted.append(basic_password)
    assert leaks(claimdesk_home, planted) == []
    everything = b"".join(p.read_bytes() for p in claimdesk_home.rglob("*") if p.is_file())
    assert basic.encode() not in everything


def test_without_a_switch_nothing_is_traced(sandbox: str, claimdesk_home: Path) -> None:
    store = ProfileStore()
    store.save(
        Profile(name="good", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "demo-secret"},
    )
    assert not http_trace_on()  # off by default
    log_file = setup_logging()
    workspace = Workspace()
    try:
        workspace.open_profile("good").service.targets()
    finally:
        workspace.close()
    text = log_file.read_text(encoding="utf-8")
    assert "GET " in text  # the one-line summary, as before
    assert "HTTP GET" not in text
    assert "\n> " not in text


def test_the_settings_switch_turns_itself_off_after_24_hours() -> None:
    switched_on = dt.datetime(2026, 12, 2, 7, 0, tzinfo=dt.UTC)
    settings = Settings().with_trace(True, switched_on)
    assert settings.trace_since == "2026-12-02T07:00:00+00:00"
    assert not Settings().trace_on(switched_on)  # off by default
    assert settings.trace_on(switched_on + dt.timedelta(hours=23, minutes=59))
    assert not settings.trace_on(switched_on + dt.timedelta(hours=24))
    # Saving other settings later does not extend it; switching it off clears it.
    assert settings.with_trace(True, switched_on + dt.timedelta(hours=5)) == settings
    assert settings.with_trace(False, switched_on).trace_until() is None

    save_settings(settings)
    setup_logging()  # follows the saved switch from here on
    until = switched_on + dt.timedelta(hours=24)
    assert http_trace_on(now=until - dt.timedelta(seconds=1))
    assert not http_trace_on(now=until)
    assert load_settings().trace_until() == until


def test_verbose_and_the_environment_variable_trace_a_command(
    sandbox: str, claimdesk_home: Path, real_keyring: keyring.backend.KeyringBackend
) -> None:
    wrong = _secret("cli")
    name = f"trace-{uuid.uuid4().hex[:6]}"
    added = add_myrewards(name, sandbox, wrong)
    assert added.returncode == 0, added.stderr
    try:
        verbose = run("--verbose", "profiles", "test", name, timeout=60)
        assert verbose.returncode == 1  # refused: a wrong secret
        assert "recording network traffic" in verbose.stderr
        log_file = log_dir() / LOG_FILE
        first = log_file.read_text(encoding="utf-8")
        assert "HTTP GET " in first
        assert "> Authorization: •••" in first
        log_file.unlink()

        quiet = run("profiles", "test", name, timeout=60)
        assert "HTTP GET " not in log_file.read_text(encoding="utf-8")
        log_file.unlink()

        import os

        env = {**os.environ, TRACE_ENV: "1"}
        by_env = run("profiles", "test", name, env=env, timeout=60)
        assert "HTTP GET " in log_file.read_text(encoding="utf-8")
        output = "".join(d.stdout + d.stderr for d in (added, verbose, quiet, by_env)).encode(
            "utf-8"
        )
        assert not any(form in output for form in forms(wrong))
    finally:
        run("profiles", "remove", name, timeout=60)
    assert leaks(claimdesk_home, [wrong]) == []

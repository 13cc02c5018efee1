"""Shared pytest fixtures."""

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
import requests

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # UI tests run without a screen


# --- isolation: each test its own config, data and log folders, and its own keyring --------


@pytest.fixture(autouse=True)
def claimdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """CLAIMDESK_HOME points the app's folders at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("claimdesk-home")
    monkeypatch.setenv("CLAIMDESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_shared_response_cache():
    """A window installs the offline cache for the whole process: not across tests."""
    from claimdesk.connectors.http import set_response_cache

    yield
    set_response_cache(None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch):
    """The default keyring of a test is an empty in-memory one; tests of the real Secret
    Service use the ``real_keyring`` fixture."""
    import keyring

    from tests.helpers.keyrings import MemoryKeyring

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def real_keyring():
    """gnome-keyring over D-Bus (``make test`` starts it in a private session)."""
    import keyring

    from tests.helpers.keyrings import secret_service

    backend = secret_service()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


if TYPE_CHECKING:
    from claimdesk.sandbox.server import SandboxServer


# --- sandbox (one loopback server per session, demo data reset before each test) -------------


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator["SandboxServer"]:
    from claimdesk.sandbox.server import SandboxServer

    with SandboxServer() as server:
        yield server


@pytest.fixture
def sandbox(sandbox_server: "SandboxServer") -> str:
    """The base URL of the sandbox, with fresh demo data, no faults and nothing received."""
    response = requests.post(f"{sandbox_server.base_url}/_sandbox/reset", timeout=5)
    response.raise_for_status()
    return sandbox_server.base_url


# --- end of sandbox fixtures ------------------------------------------------------------------

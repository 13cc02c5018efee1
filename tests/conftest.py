"""Shared pytest fixtures."""

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
import requests

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # UI tests run without a screen

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

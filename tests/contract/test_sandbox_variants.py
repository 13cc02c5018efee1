"""The sandbox's variants: named readings where the vendors' documents conflict or are silent."""

import subprocess
import sys

import pytest
import requests

from claimdesk.sandbox.server import SandboxServer
from claimdesk.sandbox.variants import VARIANTS, checked
from tests.helpers.variants import use_variants

REQUIRED = {
    "peak-objects-path",
    "peak-ingest-path",
    "thalamus-cookie-session",
    "thalamus-basic-session",
    "claret-short-tokens",
    "myrewards-returns",
}


def test_the_issue_s_variants_are_all_offered() -> None:
    assert set(VARIANTS) >= REQUIRED


def test_unknown_and_contradicting_variants_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown variant 'peak-nowhere'"):
        checked(["peak-nowhere"])
    with pytest.raises(ValueError, match="peak-ingest-path and peak-objects-path exclude"):
        checked(["peak-objects-path", "peak-ingest-path"])


def test_variants_switch_at_run_time_and_reset_restores_the_start(sandbox: str) -> None:
    use_variants(sandbox, "claret-short-tokens", "peak-objects-path")
    shown = requests.get(f"{sandbox}/_sandbox/variants", timeout=5).json()
    assert shown["active"] == ["claret-short-tokens", "peak-objects-path"]
    refused = requests.put(f"{sandbox}/_sandbox/variants", json={"variants": ["nope"]}, timeout=5)
    assert refused.status_code == 422
    assert "nope" in refused.text
    requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
    assert requests.get(f"{sandbox}/_sandbox/variants", timeout=5).json()["active"] == []


def test_a_server_started_with_a_variant_keeps_it_across_resets() -> None:
    with SandboxServer(variants=["thalamus-basic-session"]) as server:
        requests.post(f"{server.base_url}/_sandbox/reset", timeout=5).raise_for_status()
        active = requests.get(f"{server.base_url}/_sandbox/variants", timeout=5).json()
        assert active["active"] == ["thalamus-basic-session"]


def test_the_command_refuses_an_unknown_variant_with_exit_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimdesk", "sandbox", "--port", "0", "--variant", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "unknown variant 'nope'" in done.stderr

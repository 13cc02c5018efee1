"""``claimdesk profiles add … --platform peak --ingest-path …`` and ``profiles test`` as a user
runs them: the upload path found by Test connection is kept in the profile."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator

import keyring.backend
import pytest

from tests.helpers.cli import run
from tests.helpers.variants import use_variants


def claimdesk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run(*args, stdin=stdin, timeout=60)


@pytest.fixture
def name(real_keyring: keyring.backend.KeyringBackend) -> Iterator[str]:
    profile = f"peak-{uuid.uuid4().hex[:8]}"
    yield profile
    claimdesk("profiles", "remove", profile)


def add(name: str, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return claimdesk(
        "profiles",
        "add",
        name,
        "--platform",
        "peak",
        "--url",
        url,
        "--solution",
        "QP_OOTB",
        "--prefix",
        "QP_",
        "--suffix",
        "_OOTB",
        *extra,
        "--secret-stdin",
        stdin="demo-peak-token\n",
    )


def test_test_connection_finds_and_keeps_the_upload_path(name: str, sandbox: str) -> None:
    use_variants(sandbox, "peak-ingest-path")
    added = add(name, sandbox)
    assert added.returncode == 0, added.stderr
    listed = claimdesk("profiles", "list")
    assert "upload path auto" in listed.stdout
    tested = claimdesk("profiles", "test", name)
    assert tested.returncode == 0, tested.stderr
    assert tested.stdout.strip() == (
        "Connected to Peak. Upload path found: /api/v2/ingest/object/QP_SALE_EXTRA_OOTB. "
        "Personal access token accepted. Dry run of 1 row validated (nothing stored)."
    )
    assert "upload path ingest" in claimdesk("profiles", "list").stdout


def test_a_path_given_that_the_server_lacks_fails_the_test_plainly(name: str, sandbox: str) -> None:
    use_variants(sandbox, "peak-ingest-path")
    assert add(name, sandbox, "--ingest-path", "objects").returncode == 0
    tested = claimdesk("profiles", "test", name)
    assert tested.returncode == 1
    assert "Peak has no upload at" in tested.stderr
    assert "/api/v2/objects/QP_SALE_EXTRA_OOTB (HTTP 404)" in tested.stderr
    assert "demo-peak-token" not in tested.stdout + tested.stderr


def test_only_the_documented_upload_paths_are_offered(sandbox: str) -> None:
    refused = claimdesk(
        "profiles", "add", "x", "--platform", "peak", "--url", sandbox, "--ingest-path", "v3"
    )
    assert refused.returncode == 2
    assert "invalid choice: 'v3'" in refused.stderr
    for value in ("auto", "objects", "ingest"):
        assert value in refused.stderr

"""``claimdesk profiles …`` as a user runs it, with the real Secret Service keyring."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import keyring.backend
import pytest

from tests.helpers.cli import run


def claimdesk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run(*args, stdin=stdin, timeout=60)


@pytest.fixture
def name(real_keyring: keyring.backend.KeyringBackend):
    profile = f"cli-{uuid.uuid4().hex[:8]}"
    yield profile
    claimdesk("profiles", "remove", profile)


def test_add_list_test_remove(name: str, sandbox: str, claimdesk_home: Path) -> None:
    added = claimdesk(
        "profiles",
        "add",
        name,
        "--platform",
        "myrewards",
        "--url",
        sandbox,
        "--api-key",
        "demo-key",
        "--secret-stdin",
        stdin="demo-secret\n",
    )
    assert added.returncode == 0, added.stderr
    assert "SecretService" in added.stdout

    listed = claimdesk("profiles", "list")
    assert listed.returncode == 0
    assert f"{name}\tMyRewards\t{sandbox}\tapi key demo-key" in listed.stdout
    assert "demo-secret" not in listed.stdout + listed.stderr

    tested = claimdesk("profiles", "test", name)
    assert tested.returncode == 0, tested.stderr
    assert tested.stdout.startswith("Connected to MyRewards. ")

    removed = claimdesk("profiles", "remove", name)
    assert removed.returncode == 0
    assert claimdesk("profiles", "test", name).returncode == 2


def test_an_api_key_without_a_secret_key(name: str, sandbox: str) -> None:
    added = claimdesk(
        "profiles", "add", name, "--platform", "myrewards", "--url", sandbox,
        "--api-key", "demo-key", "--secret-stdin", stdin="\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr

    tested = claimdesk("profiles", "test", name)
    assert tested.returncode == 0, tested.stderr
    assert "MyRewards accepted the API key (no secret key)." in tested.stdout
    assert "May read promotions: 6 found, 3 take sales data." in tested.stdout


def test_wrong_secret_fails_the_test_without_showing_it(name: str, sandbox: str) -> None:
    claimdesk(
        "profiles",
        "add",
        name,
        "--platform",
        "myrewards",
        "--url",
        sandbox,
        "--api-key",
        "demo-key",
        "--secret-stdin",
        stdin="wrong-secret-991\n",
    )
    tested = claimdesk("profiles", "test", name)
    assert tested.returncode == 1
    assert "401" in tested.stderr
    assert "wrong-secret-991" not in tested.stdout + tested.stderr


def test_plain_http_to_another_host_is_refused(name: str) -> None:
    added = claimdesk(
        "profiles",
        "add",
        name,
        "--platform",
        "myrewards",
        "--url",
        "http://mr.example.com",
        "--api-key",
        "k",
        "--secret-stdin",
        stdin="s\n",
    )
    assert added.returncode == 2
    assert "must use https:// for mr.example.com" in added.stderr


def test_missing_secret_on_stdin_is_reported(name: str, sandbox: str) -> None:
    added = claimdesk(
        "profiles",
        "add",
        name,
        "--platform",
        "myrewards",
        "--url",
        sandbox,
        "--api-key",
        "k",
        "--secret-stdin",
        stdin="",
    )
    assert added.returncode == 2
    assert "standard input ended before the secret key" in added.stderr


def test_no_keyring_is_a_clear_message(tmp_path: Path, sandbox: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    added = run(
        "profiles",
        "add",
        "x",
        "--platform",
        "myrewards",
        "--url",
        sandbox,
        "--api-key",
        "k",
        "--secret-stdin",
        stdin="s\n",
        env=env,
        timeout=60,
    )
    assert added.returncode == 1
    assert "No usable keyring" in added.stderr
    assert "gnome-keyring" in added.stderr
    assert "Traceback" not in added.stderr


def test_a_thalamus_profile_with_a_login_path_and_no_password(name: str, sandbox: str) -> None:
    """--login-path is kept in the profile; an empty first line is a touchpoint that needs no
    password (the sandbox's KIOSK)."""
    added = claimdesk(
        "profiles",
        "add",
        name,
        "--platform",
        "thalamus",
        "--url",
        sandbox,
        "--touchpoint",
        "KIOSK",
        "--user",
        "demo-partner",
        "--login-path",
        "/api/v4/signin",
        "--secret-stdin",
        stdin="\nkiosk-token\n",
    )
    assert added.returncode == 0, added.stderr
    listed = claimdesk("profiles", "list")
    assert "login path /api/v4/signin" in listed.stdout
    tested = claimdesk("profiles", "test", name)
    assert tested.returncode == 0, tested.stderr
    assert tested.stdout.startswith(
        "Connected to Thalamus. Signed in as demo-partner at touchpoint KIOSK (/api/v4/signin). "
        "Partner SKUs readable: 6 found."
    )


def test_a_thalamus_login_path_the_server_lacks_is_named(name: str, sandbox: str) -> None:
    claimdesk(
        "profiles",
        "add",
        name,
        "--platform",
        "thalamus",
        "--url",
        sandbox,
        "--touchpoint",
        "DESKTOP",
        "--user",
        "demo-partner",
        "--login-path",
        "/partner/login",
        "--secret-stdin",
        stdin="demo-password\ndemo-thalamus-token\n",
    )
    tested = claimdesk("profiles", "test", name)
    assert tested.returncode == 1
    assert "Thalamus has no login at" in tested.stderr
    assert "Login path" in tested.stderr
    assert "demo-password" not in tested.stdout + tested.stderr

"""The installed ``claimdesk`` command, run as a user (or a script) runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


def command(*args: str) -> list[str]:
    exe = shutil.which("claimdesk", path=os.path.dirname(sys.executable))
    return [exe, *args] if exe else [sys.executable, "-m", "claimdesk", *args]


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str = "", timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run to the end; the environment defaults to this process's (CLAIMDESK_HOME,
    the D-Bus session of the test keyring)."""
    return subprocess.run(
        command(*args),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=dict(os.environ) if env is None else env,
    )


def add_myrewards(
    name: str, url: str, secret: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``claimdesk profiles add NAME --platform myrewards`` with the demo API key and
    ``secret`` read from stdin, as a script would add it."""
    return run(
        "profiles", "add", name, "--platform", "myrewards", "--url", url,
        "--api-key", "demo-key", "--secret-stdin",
        stdin=secret + "\n", env=env, timeout=60,
    )  # fmt: skip

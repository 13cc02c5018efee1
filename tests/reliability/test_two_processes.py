"""Two ClaimDesk processes on one data folder (issue 16, point 4): while one sends a batch,
a second one's start-up (``claimdesk outbox --retry``: crash recovery, then sending) does
not flip the first one's claims in flight to "unknown", the first does not crash, both
finish, and the sandbox holds every claim exactly once."""

from __future__ import annotations

import collections
import os
import subprocess
import sys
import time
from pathlib import Path

import keyring.backend
import requests

from claimdesk.storage.database import DB_FILE, Database
from claimdesk.storage.outbox import Outbox, State
from tests.helpers.cli import run

CLAIMS = 300
CHILD = Path(__file__).with_name("outbox_child.py")


def test_a_second_process_leaves_the_first_ones_claims_alone(
    sandbox: str, tmp_path: Path, real_keyring: keyring.backend.KeyringBackend
) -> None:
    requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
    requests.post(  # each post takes a while: the first process is sending for seconds
        f"{sandbox}/_sandbox/faults",
        json={"platform": "myrewards", "method": "POST", "latency_ms": 15, "times": 0},
        timeout=5,
    ).raise_for_status()
    env = {**os.environ, "CLAIMDESK_HOME": str(tmp_path / "home")}
    profile = "two-processes"
    added = run(
        "profiles", "add", profile, "--platform", "myrewards", "--url", sandbox,
        "--api-key", "demo-key", "--secret-stdin", env=env, stdin="demo-secret\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    try:
        first = subprocess.Popen(
            [sys.executable, str(CHILD), profile, str(CLAIMS)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert first.stdout is not None
        line = first.stdout.readline()
        assert line.startswith("queued"), first.communicate()[1]
        time.sleep(0.5)  # the first is sending now
        second = run("outbox", "--retry", env=env, timeout=300)
        out, err = first.communicate(timeout=300)
    finally:
        requests.delete(f"{sandbox}/_sandbox/faults", timeout=5)
    assert first.returncode == 0, err  # today: an InvalidTransition traceback
    assert "done" in out
    assert second.returncode in (0, 1), second.stderr
    assert "Traceback" not in second.stderr
    assert "marked unknown" not in second.stderr  # today: the first's claims in flight
    if second.returncode == 1:
        assert "Another ClaimDesk is sending" in second.stderr
    stored = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=10
    ).json()
    counts = collections.Counter(str(r["record"]["value_of_sale"]) for r in stored)
    outbox = Outbox(Database(tmp_path / "home" / "data" / DB_FILE))
    claims = outbox.claims()
    assert len(claims) == CLAIMS
    assert {c.state for c in claims} == {State.ACCEPTED}
    assert all(counts[c.values["value_of_sale"]] == 1 for c in claims)  # none lost, none doubled
    assert len(stored) == CLAIMS
    outbox.database.close()
    run("profiles", "remove", profile, env=env)

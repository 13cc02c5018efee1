"""Kill test: a process queues a batch of claims and sends them; it is killed with SIGKILL
at a random moment; a restart with ``claimdesk outbox --retry`` finishes the job. Over all
trials no claim may be missing from the sandbox unless it is ``unknown``, and none may be
stored twice (MyRewards claims are not idempotent, nor are Thalamus sales). During a
Thalamus batch (several requests in flight) no more claims are left in doubt by a kill than
requests were in flight (``capabilities.concurrent_requests``)."""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring.backend
import requests

from claimdesk.service.thalamus import ThalamusService
from claimdesk.storage.database import DB_FILE, Database
from claimdesk.storage.outbox import Outbox, State
from tests.helpers.cli import run

TRIALS = 20
CLAIMS = 500
CHILD = Path(__file__).with_name("outbox_child.py")


def claimdesk(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run(*args, env=env, stdin=stdin)


def kill_while_sending(profile: str, count: int, env: dict[str, str], after: float) -> None:
    """The child queues ``count`` claims and starts sending; SIGKILL ``after`` seconds."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), profile, str(count)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.startswith("queued"), child.stderr.read() if child.stderr else first
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    if child.stderr:
        child.stderr.close()
    child.stdout.close()


def test_killed_sender_loses_and_doubles_nothing(
    sandbox: str, tmp_path: Path, real_keyring: keyring.backend.KeyringBackend
) -> None:
    rng = random.Random(20261122)
    totals: collections.Counter[str] = collections.Counter()
    for trial in range(TRIALS):
        requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
        home = tmp_path / f"trial-{trial}"
        env = {**os.environ, "CLAIMDESK_HOME": str(home)}
        profile = "kill-test"
        added = claimdesk(
            "profiles",
            "add",
            profile,
            "--platform",
            "myrewards",
            "--url",
            sandbox,
            "--api-key",
            "demo-key",
            "--secret-stdin",
            env=env,
            stdin="demo-secret\n",
        )
        assert added.returncode == 0, added.stderr
        kill_while_sending(profile, CLAIMS, env, rng.uniform(0.0, 2.0))

        retried = claimdesk("outbox", "--retry", env=env)
        assert retried.returncode in (0, 1), retried.stderr

        stored = requests.get(
            f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=10
        ).json()
        counts = collections.Counter(str(r["record"]["value_of_sale"]) for r in stored)
        outbox = Outbox(Database(home / "data" / DB_FILE))
        claims = outbox.claims()
        assert len(claims) == CLAIMS
        for claim in claims:
            key = claim.values["value_of_sale"]
            seen = counts.get(key, 0)
            if claim.state is State.UNKNOWN:
                totals["unknown (stored)" if seen else "unknown (not stored)"] += 1
                assert seen <= 1, f"trial {trial}: {key} stored {seen} times"
            else:
                assert claim.state is State.ACCEPTED, (trial, claim)
                assert seen == 1, f"trial {trial}: claim {key} accepted but stored {seen} times"
                totals["accepted"] += 1
        outbox.database.close()
        claimdesk("profiles", "remove", profile, env=env)
    print(
        f"\nkill test over {TRIALS} trials of {CLAIMS} claims: {dict(totals)}; "
        "missing 0, duplicated 0"
    )
    assert (
        totals["accepted"] + totals["unknown (stored)"] + totals["unknown (not stored)"]
        == TRIALS * CLAIMS
    )


THALAMUS_SALES = 200


def test_killed_thalamus_batch_leaves_in_doubt_at_most_the_requests_in_flight(
    sandbox: str, tmp_path: Path, real_keyring: keyring.backend.KeyringBackend
) -> None:
    in_flight = ThalamusService.capabilities.concurrent_requests
    rng = random.Random(20261202)
    totals: collections.Counter[str] = collections.Counter()
    doubts: list[int] = []
    for trial in range(TRIALS):
        requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
        requests.post(  # each sale waits a little: the kill lands mid-batch
            f"{sandbox}/_sandbox/faults",
            json={"platform": "thalamus", "method": "POST", "path": "/api/v4/partner/sale",
                  "latency_ms": 20, "times": 0},
            timeout=5,
        ).raise_for_status()  # fmt: skip
        home = tmp_path / f"thalamus-{trial}"
        env = {**os.environ, "CLAIMDESK_HOME": str(home)}
        profile = "kill-thalamus"
        added = claimdesk(
            "profiles", "add", profile, "--platform", "thalamus", "--url", sandbox,
            "--touchpoint", "DESKTOP", "--user", "demo-partner", "--secret-stdin",
            env=env, stdin="demo-password\ndemo-thalamus-token\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        kill_while_sending(profile, THALAMUS_SALES, env, rng.uniform(0.0, 0.6))
        requests.delete(f"{sandbox}/_sandbox/faults", timeout=5).raise_for_status()

        outbox = Outbox(Database(home / "data" / DB_FILE))
        doubt = sum(1 for c in outbox.claims() if c.state is State.SENDING)
        doubts.append(doubt)
        assert doubt <= in_flight, f"trial {trial}: {doubt} claims in doubt"
        retried = claimdesk("outbox", "--retry", env=env)
        assert retried.returncode in (0, 1), retried.stderr
        stored = requests.get(
            f"{sandbox}/_sandbox/received", params={"platform": "thalamus"}, timeout=10
        ).json()
        counts = collections.Counter(s["sale"]["transactionId"] for s in stored)
        claims = outbox.claims()
        assert len(claims) == THALAMUS_SALES
        unknown = 0
        for claim in claims:
            key = claim.values["transactionId"]
            seen = counts.get(key, 0)
            if claim.state is State.UNKNOWN:
                unknown += 1
                totals["unknown (stored)" if seen else "unknown (not stored)"] += 1
                assert seen <= 1, f"trial {trial}: {key} stored {seen} times"
            else:
                assert claim.state is State.ACCEPTED, (trial, claim)
                assert seen == 1, f"trial {trial}: {key} accepted but stored {seen} times"
                totals["accepted"] += 1
        assert unknown == doubt, (trial, unknown, doubt)
        outbox.database.close()
        claimdesk("profiles", "remove", profile, env=env)
    print(
        f"\nThalamus kill test over {TRIALS} kills of {THALAMUS_SALES} sales: {dict(totals)}; "
        f"in doubt per kill: max {max(doubts)} (concurrency {in_flight}), {doubts}; "
        "missing 0, duplicated 0"
    )
    assert sum(totals.values()) == TRIALS * THALAMUS_SALES

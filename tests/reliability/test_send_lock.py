"""One sender at a time per data folder (issue 16, point 4): while another process holds
the send lock, ``outbox --retry`` and ``submit`` wait a while, then say "Another ClaimDesk
is sending" in one line (exit 1) and recover nothing; ``--retry`` leaves its claims queued,
``submit`` queues nothing (it compares and queues under the lock, so that two submits of
one file cannot both find its rows new); once the lock is free both send."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import keyring.backend
import requests

from claimdesk.storage.database import DB_FILE, Database
from claimdesk.storage.outbox import Outbox, State
from claimdesk.storage.send_lock import LOCK_SUFFIX
from tests.helpers.cli import command, run

TODAY = dt.date.today().isoformat()

HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(120)
"""


def claims_file(tmp_path: Path, first: int) -> Path:
    lines = ["Sale date;Invoice date;Product or Activity Ref;Quantity;Value of sale;Username"]
    lines += [f"{TODAY};{TODAY};BOIL-100;2;{first + n};demo.rep" for n in range(5)]
    path = tmp_path / f"claims-{first}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_second_sender_waits_then_says_so_and_the_claims_stay_queued(
    sandbox: str, tmp_path: Path, real_keyring: keyring.backend.KeyringBackend
) -> None:
    requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
    home = tmp_path / "home"
    env = {**os.environ, "CLAIMDESK_HOME": str(home)}
    added = run(
        "profiles", "add", "lock-test", "--platform", "myrewards", "--url", sandbox,
        "--api-key", "demo-key", "--secret-stdin", env=env, stdin="demo-secret\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "myrewards", "method": "POST", "status": 503, "times": 1},
        timeout=5,
    ).raise_for_status()
    first = run("submit", "--profile", "lock-test", "--promotion", "36",
                str(claims_file(tmp_path, 100)), env=env)  # fmt: skip
    assert first.returncode == 1, first.stderr  # five queued to retry
    lock = home / "data" / (DB_FILE + LOCK_SUFFIX)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        retried = run("outbox", "--retry", env=env, timeout=120)
        assert retried.returncode == 1
        assert retried.stderr.strip().splitlines()[-1] == (
            "claimdesk outbox: Another ClaimDesk is sending; the claims stay queued."
        )
        submitted = run("submit", "--profile", "lock-test", "--promotion", "36",
                        str(claims_file(tmp_path, 200)), env=env, timeout=120)  # fmt: skip
        assert submitted.returncode == 1
        assert submitted.stderr.strip().splitlines()[-1] == (
            "claimdesk submit: Another ClaimDesk is sending; nothing was queued. Try again "
            "when it has finished."
        )
        assert "Traceback" not in retried.stderr + submitted.stderr
        outbox = Outbox(Database(home / "data" / DB_FILE))
        assert {c.state for c in outbox.claims()} == {State.QUEUED}
        assert len(outbox.claims()) == 5
    finally:
        holder.kill()
        holder.wait()
    again = run("outbox", "--retry", env=env, timeout=120)
    assert again.returncode == 0, again.stderr
    later = run("submit", "--profile", "lock-test", "--promotion", "36",
                str(claims_file(tmp_path, 200)), env=env, timeout=120)  # fmt: skip
    assert later.returncode == 0, later.stderr
    assert {c.state for c in outbox.claims()} == {State.ACCEPTED}
    stored = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=5
    ).json()
    assert sorted(int(r["record"]["value_of_sale"]) for r in stored) == [
        *range(100, 105),
        *range(200, 205),
    ]
    outbox.database.close()
    run("profiles", "remove", "lock-test", env=env)


def test_two_submits_of_one_file_at_once_send_it_once(
    sandbox: str, tmp_path: Path, real_keyring: keyring.backend.KeyringBackend
) -> None:
    """A scheduled ``submit`` and a person's, of the same file, started together: the
    second to take the lock finds every row already queued or sent, sends nothing and
    says so (exit 1); the platform holds each claim once."""
    requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
    home = tmp_path / "home"
    env = {**os.environ, "CLAIMDESK_HOME": str(home)}
    added = run(
        "profiles", "add", "twice", "--platform", "myrewards", "--url", sandbox,
        "--api-key", "demo-key", "--secret-stdin", env=env, stdin="demo-secret\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    path = claims_file(tmp_path, 300)
    both = [
        subprocess.Popen(
            command("submit", "--profile", "twice", "--promotion", "36", str(path)),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    codes = sorted(p.wait(120) for p in both)
    errors = "".join(p.stderr.read() for p in both if p.stderr is not None)
    assert codes == [0, 1], errors
    assert errors.count("duplicate of claim") == 5
    stored = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=5
    ).json()
    assert sorted(int(r["record"]["value_of_sale"]) for r in stored) == list(range(300, 305))
    run("profiles", "remove", "twice", env=env)

"""Bounded retries through the command line, against the sandbox (issue 16, point 6):
``Retry-After: 0`` is paused at least a second and tried a few times per run, ``outbox
--retry`` exits 1 while claims are still queued, ``outbox resolve`` settles a claim of
unknown outcome, and ``--retry`` groups MyRewards claims as ``submit`` does."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import keyring.backend
import pytest
import requests

from claimdesk.cli import main
from claimdesk.service.outbox import ATTEMPTS_PER_RUN, MIN_RETRY_S, retry_delay
from claimdesk.service.profiles import Profile, ProfileStore
from claimdesk.storage.database import DB_FILE, Database
from claimdesk.storage.outbox import Outbox, State
from tests.helpers.cli import run

TODAY = dt.date.today().isoformat()
CLAIMS = 10


def claims_file(tmp_path: Path, first: int = 100) -> Path:
    lines = ["Sale date;Invoice date;Product or Activity Ref;Quantity;Value of sale;Username"]
    lines += [f"{TODAY};{TODAY};BOIL-100;2;{first + n};demo.rep" for n in range(CLAIMS)]
    path = tmp_path / "claims.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fault(sandbox: str, **rule: object) -> int:
    answer = requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "myrewards", "method": "POST", **rule},
        timeout=5,
    )
    answer.raise_for_status()
    return int(answer.json()["id"])


def requests_matched(sandbox: str, rule_id: int, times: int) -> int:
    for entry in requests.get(f"{sandbox}/_sandbox/faults", timeout=5).json():
        if entry["id"] == rule_id:
            return times - int(entry["remaining"])
    return times


def stored(sandbox: str) -> list[int]:
    answer = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=5
    ).json()
    return sorted(int(r["record"]["value_of_sale"]) for r in answer)


def test_retry_after_zero_is_never_less_than_a_second() -> None:
    import random

    assert retry_delay(1, 0.0, random.Random(1)) == MIN_RETRY_S
    assert retry_delay(5, 0.2, random.Random(1)) == MIN_RETRY_S


def test_retry_after_zero_forever_ends_the_run_with_exit_1(
    sandbox: str, tmp_path: Path, real_keyring: keyring.backend.KeyringBackend
) -> None:
    requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
    env = {**os.environ, "CLAIMDESK_HOME": str(tmp_path / "home")}
    added = run(
        "profiles", "add", "retry-test", "--platform", "myrewards", "--url", sandbox,
        "--api-key", "demo-key", "--secret-stdin", env=env, stdin="demo-secret\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    times = 100_000
    busy = fault(sandbox, status=429, retry_after=0, times=times)
    try:
        submitted = run(
            "submit", "--profile", "retry-test", "--promotion", "36",
            str(claims_file(tmp_path)), env=env, timeout=120,
        )  # fmt: skip
        assert submitted.returncode == 1, submitted.stderr
        before = requests_matched(sandbox, busy, times)
        started = time.monotonic()
        retried = run("outbox", "--retry", env=env, timeout=120)  # today: never ends
        took = time.monotonic() - started
        posts = requests_matched(sandbox, busy, times) - before
        assert retried.returncode == 1, retried.stderr  # claims still queued
        assert "Traceback" not in retried.stderr
        assert f"{CLAIMS} still queued" in retried.stdout
        # Grouped as submit groups them (100 a request), at most ATTEMPTS_PER_RUN tries,
        # each after a pause of at least a second (the HTTP client's own retries aside).
        assert posts <= ATTEMPTS_PER_RUN * 4, posts
        print(f"\nRetry-After: 0 forever: outbox --retry made {posts} posts in {took:.1f} s")
    finally:
        requests.delete(f"{sandbox}/_sandbox/faults", timeout=5)
    again = run("outbox", "--retry", env=env, timeout=120)
    assert again.returncode == 0, (again.stdout, again.stderr)  # nothing left queued
    assert stored(sandbox) == [100 + n for n in range(CLAIMS)]
    run("profiles", "remove", "retry-test", env=env)


@pytest.fixture
def profile(sandbox: str) -> str:
    ProfileStore().save(
        Profile(name="Acme", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "demo-secret"},
    )
    return "Acme"


def outbox_file() -> Outbox:
    return Outbox(Database(Path(os.environ["CLAIMDESK_HOME"]) / "data" / DB_FILE))


def test_retry_groups_myrewards_claims_like_submit(
    profile: str, sandbox: str, tmp_path: Path
) -> None:
    requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
    fault(sandbox, status=503, retry_after=0, times=1)  # the whole request queued again
    assert (
        main(["submit", "--profile", profile, "--promotion", "36", str(claims_file(tmp_path))]) == 1
    )
    times = 1000
    counter = fault(sandbox, latency_ms=1, times=times)  # counts the posts, changes nothing
    assert main(["outbox", "--retry"]) == 0
    assert requests_matched(sandbox, counter, times) == 1  # ten claims, one request
    assert stored(sandbox) == [100 + n for n in range(CLAIMS)]


def test_resolve_settles_a_claim_of_unknown_outcome(
    profile: str, sandbox: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
    fault(sandbox, drop="before_store", times=1)  # cut after sending: nobody knows
    assert (
        main(["submit", "--profile", profile, "--promotion", "36", str(claims_file(tmp_path))]) == 1
    )
    outbox = outbox_file()
    unknown = sorted(c.id for c in outbox.claims(states=[State.UNKNOWN]))
    assert len(unknown) == CLAIMS
    assert stored(sandbox) == []
    capsys.readouterr()
    assert main(["outbox", "resolve", str(unknown[0]), "--accepted"]) == 0
    assert outbox.get(unknown[0]).state is State.ACCEPTED
    assert main(["outbox", "resolve", str(unknown[1]), "--resend"]) == 0
    assert outbox.get(unknown[1]).state is State.ACCEPTED
    assert stored(sandbox) == [
        outbox.get(unknown[1]).values and int(outbox.get(unknown[1]).values["value_of_sale"])
    ]
    assert main(["outbox", "resolve", str(unknown[0]), "--resend"]) == 2  # accepted: nothing to do
    assert "not unknown" in capsys.readouterr().err
    assert main(["outbox"]) == 1  # eight still unknown
    outbox.database.close()

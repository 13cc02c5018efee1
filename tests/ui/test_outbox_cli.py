"""``claimdesk outbox`` lists what needs attention; its exit status says if anything does."""

from __future__ import annotations

import subprocess
from pathlib import Path

from claimdesk.storage.database import DB_FILE, Database
from claimdesk.storage.outbox import Finish, NewClaim, Outbox
from tests.helpers.cli import run


def claimdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return run(*args, timeout=60)


def test_empty_outbox() -> None:
    done = claimdesk("outbox")
    assert done.returncode == 0
    assert "The outbox is empty" in done.stdout


def test_unknown_claims_are_listed_and_fail_the_exit_status(claimdesk_home: Path) -> None:
    outbox = Outbox(Database(claimdesk_home / "data" / DB_FILE))
    claim_id = outbox.enqueue(
        NewClaim(
            "Acme",
            "myrewards",
            "36",
            "Autumn Boiler Bonus",
            {"quantity": "2"},
            "BOIL-100 × 2",
            "print",
        )
    )
    outbox.finish_attempt(
        claim_id, outbox.begin_attempt(claim_id), Finish.UNKNOWN, "the line broke"
    )
    done = claimdesk("outbox")
    assert done.returncode == 1
    assert (
        f"#{claim_id}\tunknown\tAcme\tAutumn Boiler Bonus\tBOIL-100 × 2\tthe line broke"
        in done.stdout
    )


def test_retry_without_the_profile_says_so(claimdesk_home: Path) -> None:
    outbox = Outbox(Database(claimdesk_home / "data" / DB_FILE))
    outbox.enqueue(NewClaim("Gone", "myrewards", "36", "P", {"quantity": "2"}, "x", "p"))
    done = claimdesk("outbox", "--retry")
    assert "cannot send for Gone: there is no profile named 'Gone'" in done.stderr
    assert "queued" in done.stdout

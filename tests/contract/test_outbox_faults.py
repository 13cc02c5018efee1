"""Each injected fault, one at a time, through the outbox to the sandbox: the claim ends in
the state the design promises, and the sandbox holds it once or not at all."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
import requests

from claimdesk.connectors.http import HttpClient
from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.connections import Connection
from claimdesk.service.myrewards import MyRewardsService
from claimdesk.service.outbox import OutboxService, retry_delay
from claimdesk.service.platform import Target
from claimdesk.storage.database import Database
from claimdesk.storage.outbox import Outbox, State
from tests.helpers.variants import use_variants

TODAY = dt.date.today().isoformat()
NAME = "Training · MyRewards"


def claim_values(**changes: str) -> dict[str, str]:
    return {
        "sale_date": TODAY,
        "invoice_date": TODAY,
        "customer_name": "Bob",
        "product_or_activity_ref": "BOIL-100",
        "quantity": "2",
        "value_of_sale": "10",
        "username": "demo.rep",
        **changes,
    }


def make_connection(url: str) -> Connection:
    creds = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)
    http = HttpClient(
        url, {"Authorization": creds.header()}, sleep=lambda _s: None, timeout=(2.0, 3.0)
    )
    return Connection(NAME, MyRewardsService(MyRewardsConnector(url, creds, http=http)))


class Harness:
    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.connection = make_connection(url)
        self.service = OutboxService(
            Outbox(Database(folder / "o.sqlite3")),
            lambda name: self.connection if name == NAME else None,
            rng=random.Random(7),
        )
        self.form = self.connection.service.load_form(Target("36", "Autumn Boiler Bonus"))

    def queue(self, **changes: str) -> int:
        queued = self.service.enqueue(
            self.connection, self.form, claim_values(**changes), allow_duplicate=True
        )
        assert queued.claim_id is not None, queued.check.issues
        return queued.claim_id

    def fault(self, **rule: object) -> None:
        requests.post(
            f"{self.url}/_sandbox/faults",
            json={"platform": "myrewards", "method": "POST", **rule},
            timeout=5,
        ).raise_for_status()

    def stored(self) -> int:
        return len(
            requests.get(
                f"{self.url}/_sandbox/received", params={"platform": "myrewards"}, timeout=5
            ).json()
        )

    def state(self, claim_id: int) -> State:
        return self.service.outbox.get(claim_id).state


@pytest.fixture
def harness(sandbox: str, tmp_path: Path) -> Harness:
    return Harness(sandbox, tmp_path)


def test_accepted(harness: Harness) -> None:
    claim_id = harness.queue()
    [sent] = harness.service.send_due()
    assert sent.claim.id == claim_id
    assert sent.claim.state is State.ACCEPTED
    assert sent.claim.points == 10
    assert harness.stored() == 1


@pytest.mark.parametrize("status", [429, 503])
def test_busy_server_requeues_honouring_retry_after(harness: Harness, status: int) -> None:
    claim_id = harness.queue()
    harness.fault(status=status, retry_after=120, times=1)
    [sent] = harness.service.send_due()
    claim = sent.claim
    assert claim.state is State.QUEUED
    assert claim.next_attempt_at is not None
    wait = (claim.next_attempt_at - dt.datetime.now(dt.UTC)).total_seconds()
    assert 100 < wait <= 120
    assert "Will send when online" in claim.message
    assert harness.service.send_due() == []  # not due yet
    harness.service.outbox.retry_now(claim_id)
    [again] = harness.service.send_due()
    assert again.claim.state is State.ACCEPTED
    assert harness.stored() == 1
    assert [a.http_status for a in harness.service.outbox.attempts(claim_id)] == [status, None]


def test_server_error_500_is_retried_later(harness: Harness) -> None:
    claim_id = harness.queue()
    harness.fault(status=500, times=1)
    harness.service.send_due()
    assert harness.state(claim_id) is State.QUEUED
    assert harness.stored() == 0


def test_drop_before_store_is_unknown_and_nothing_stored(harness: Harness) -> None:
    claim_id = harness.queue()
    harness.fault(drop="before_store", times=1)
    harness.service.send_due()
    assert harness.state(claim_id) is State.UNKNOWN
    assert harness.stored() == 0
    # The user checks the platform, finds nothing, and sends it again.
    harness.service.outbox.retry_now(claim_id)
    harness.service.send_due()
    assert harness.state(claim_id) is State.ACCEPTED
    assert harness.stored() == 1


def test_drop_after_store_is_unknown_never_resent_blindly(harness: Harness) -> None:
    claim_id = harness.queue()
    harness.fault(drop="after_store", times=1)
    harness.service.send_due()
    assert harness.state(claim_id) is State.UNKNOWN
    assert harness.service.send_due() == []
    assert harness.stored() == 1
    harness.service.outbox.mark_accepted(claim_id)
    assert harness.state(claim_id) is State.ACCEPTED


def test_latency_within_the_timeout_still_succeeds(harness: Harness) -> None:
    claim_id = harness.queue()
    harness.fault(latency_ms=800, times=1)
    harness.service.send_due()
    assert harness.state(claim_id) is State.ACCEPTED


def test_rejection_is_final_with_reasons_on_fields(harness: Harness) -> None:
    claim_id = harness.queue(username="nobody.here")
    harness.service.send_due()
    claim = harness.service.outbox.get(claim_id)
    # MyRewards takes unknown users with 201 and creates no claim: stored, earning nothing.
    assert claim.state is State.ACCEPTED
    assert "earns no points" in claim.message
    assert "username" in {i.field for i in claim.issues}


def test_offline_then_online(harness: Harness, tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    online = harness.connection
    harness.connection = make_connection(dead)
    claim_id = harness.queue()
    harness.service.send_due()
    claim = harness.service.outbox.get(claim_id)
    assert claim.state is State.QUEUED
    assert "nothing was sent" in claim.message
    harness.connection = online
    harness.service.outbox.retry_now(claim_id)
    harness.service.send_due()
    assert harness.state(claim_id) is State.ACCEPTED
    assert harness.stored() == 1


def test_duplicate_content_is_flagged_before_queueing(harness: Harness) -> None:
    first = harness.service.enqueue(harness.connection, harness.form, claim_values())
    assert first.claim_id is not None
    again = harness.service.enqueue(harness.connection, harness.form, claim_values())
    assert again.claim_id is None
    assert [c.id for c in again.duplicates] == [first.claim_id]
    forced = harness.service.enqueue(
        harness.connection, harness.form, claim_values(), allow_duplicate=True
    )
    assert forced.claim_id is not None


def test_invalid_content_is_never_queued(harness: Harness) -> None:
    queued = harness.service.enqueue(harness.connection, harness.form, claim_values(quantity="0"))
    assert queued.claim_id is None
    assert [i.field for i in queued.check.issues] == ["quantity"]
    assert harness.service.outbox.counts()[State.QUEUED] == 0


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    rng = random.Random(1)
    delays = [retry_delay(n, None, rng) for n in range(1, 12)]
    assert 1.0 <= delays[0] <= 2.0
    assert all(d <= 300 for d in delays)
    assert delays[-1] >= 150
    assert retry_delay(3, 42.0, rng) == 42.0


# --- several claims in one request (MyRewards' all-or-nothing batch) ---------------------


def test_a_late_refusal_rejects_its_row_alone_and_the_rest_are_stored(harness: Harness) -> None:
    """Promotion 36 turns out to need a returns identifier (the server's own way of saying
    it, the variant myrewards-returns): the one row without one is refused alone."""
    use_variants(harness.url, "myrewards-returns")
    ids = [
        harness.queue(
            value_of_sale=str(n), **({} if n == 37 else {"returns_identifier": f"RET-{n}"})
        )
        for n in range(150)
    ]
    seen: list[int] = []
    harness.service.send_ids(ids, on_sent=lambda index, _sent: seen.append(index))
    assert seen == list(range(150))  # progress once per claim, in order
    states = [harness.state(i) for i in ids]
    assert states.count(State.ACCEPTED) == 149
    assert states[37] is State.REJECTED
    refused = harness.service.outbox.get(ids[37])
    assert refused.message == (
        "The server refused this claim: Returns identifier: Please complete this field."
    )
    assert [(i.field, i.message) for i in refused.issues] == [
        ("returns_identifier", "Please complete this field")
    ]
    stored = requests.get(
        f"{harness.url}/_sandbox/received", params={"platform": "myrewards"}, timeout=5
    ).json()
    assert sorted(int(r["record"]["value_of_sale"]) for r in stored) == [
        n for n in range(150) if n != 37
    ]


def test_a_busy_server_requeues_the_whole_request(harness: Harness) -> None:
    ids = [harness.queue(value_of_sale=str(n)) for n in range(5)]
    harness.fault(status=503, retry_after=30)
    harness.service.send_ids(ids)
    assert [harness.state(i) for i in ids] == [State.QUEUED] * 5
    assert harness.stored() == 0
    harness.service.send_ids(ids)  # the fault was for one request only
    assert [harness.state(i) for i in ids] == [State.ACCEPTED] * 5


def test_a_dropped_answer_leaves_the_whole_request_unknown(harness: Harness) -> None:
    ids = [harness.queue(value_of_sale=str(n)) for n in range(3)]
    harness.fault(drop="after_store")
    harness.service.send_ids(ids)
    assert [harness.state(i) for i in ids] == [State.UNKNOWN] * 3  # stored, never resent
    assert harness.stored() == 3


def test_claims_sent_elsewhere_meanwhile_are_skipped(harness: Harness) -> None:
    ids = [harness.queue(value_of_sale=str(n)) for n in range(4)]
    harness.service.send_due(only=ids[1])
    got: list[tuple[int, bool]] = []
    harness.service.send_ids(ids, on_sent=lambda i, sent: got.append((i, sent is not None)))
    assert got == [(0, True), (1, False), (2, True), (3, True)]
    assert harness.stored() == 4

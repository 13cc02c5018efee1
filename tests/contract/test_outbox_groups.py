"""How many claims the outbox hands a platform at once follows what the platform declares
(``Capabilities``): Thalamus takes one sale a request with several requests in flight, so
only that many claims are ever "sending" together, and an interrupted send leaves no more
in doubt than were really on their way."""

from __future__ import annotations

import threading
from pathlib import Path

import requests

from claimdesk.service.outbox import OutboxService, State
from claimdesk.service.platform import Target
from claimdesk.service.workspace import training_connection
from claimdesk.storage.database import Database
from claimdesk.storage.outbox import Outbox
from tests.helpers.claims import thalamus_sale


def sale(number: int) -> dict[str, str]:
    return thalamus_sale(amount=f"{100 + number}.00", transactionId=f"GROUP-{number:04d}")


def test_thalamus_claims_go_as_many_together_as_requests_in_flight(
    sandbox: str, tmp_path: Path
) -> None:
    connection = training_connection(sandbox, "thalamus")
    capabilities = connection.service.capabilities
    assert capabilities.claims_per_request == 1
    in_flight = capabilities.concurrent_requests
    assert in_flight > 1
    outbox = OutboxService(
        Outbox(Database(tmp_path / "o.sqlite3")),
        lambda name: connection if name == connection.name else None,
    )
    (target,) = connection.service.targets()[:1]
    form = connection.service.load_form(Target(target.key, target.name))
    ids = []
    for number in range(in_flight * 2 + 3):
        queued = outbox.enqueue(connection, form, sale(number))
        assert queued.claim_id is not None, queued.check.issues
        ids.append(queued.claim_id)
    # Every request waits a little on the sandbox, so the first group is seen mid-flight.
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "thalamus", "method": "POST", "latency_ms": 300, "times": 0},
        timeout=5,
    ).raise_for_status()
    sender = threading.Thread(target=outbox.send_ids, args=(ids,))
    sender.start()
    try:
        seen = 0
        for _ in range(500):
            seen = sum(1 for i in ids if outbox.outbox.get(i).state is State.SENDING)
            if seen:
                break
            threading.Event().wait(0.01)
        assert seen == in_flight  # one transaction marks the whole group, and only it
    finally:
        sender.join(60)
        requests.delete(f"{sandbox}/_sandbox/faults", timeout=5)
        connection.service.close()
    assert {outbox.outbox.get(i).state for i in ids} == {State.ACCEPTED}


def test_a_thalamus_sale_found_not_stored_goes_again_with_its_own_id(
    sandbox: str, tmp_path: Path
) -> None:
    """An interrupted sale is "check needed"; its generated ID stays taken, so nothing can
    send it twice. The user finds it was not stored and resends it: the same sale, the
    same ID, stored once."""
    connection = training_connection(sandbox, "thalamus")
    outbox = OutboxService(
        Outbox(Database(tmp_path / "o.sqlite3")),
        lambda name: connection if name == connection.name else None,
    )
    (target,) = connection.service.targets()[:1]
    form = connection.service.load_form(Target(target.key, target.name))
    values = {**sale(1), "transactionId": ""}
    queued = outbox.enqueue(connection, form, values)
    assert queued.claim_id is not None, queued.check.issues
    claim_id = queued.claim_id
    generated = outbox.outbox.get(claim_id).values["transactionId"]
    assert generated
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "thalamus", "method": "POST", "drop": "before_store"},
        timeout=5,
    ).raise_for_status()
    try:
        outbox.send_ids([claim_id])
        assert outbox.outbox.get(claim_id).state is State.UNKNOWN
        outbox.resolve(claim_id, accepted=False)
        outbox.send_ids([claim_id])
    finally:
        connection.service.close()
    assert outbox.outbox.get(claim_id).state is State.ACCEPTED
    received = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "thalamus"}, timeout=5
    ).json()
    assert [r["sale"]["transactionId"] for r in received] == [generated]

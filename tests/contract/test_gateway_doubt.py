"""A gateway in front of the platform answers its HTML 502/504 after the platform stored the
claim. For a send that could double a claim (MyRewards, Thalamus) that is doubt: the claim
ends "unknown" and is never sent again by itself; Peak's UPSERT resolves its doubt by
sending again and is stored once. Identifiers ClaimDesk generates are fixed at queue time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from claimdesk.service.connections import Connection
from claimdesk.service.outbox import OutboxService, State
from claimdesk.service.workspace import training_connection
from claimdesk.storage.database import Database
from claimdesk.storage.outbox import Outbox
from tests.contract.test_outbox_faults import claim_values
from tests.helpers.claims import thalamus_sale
from tests.unit.test_peak_rules import GOOD as PEAK_ROW

VALUES = {
    "myrewards": claim_values(),
    "thalamus": thalamus_sale(),
    "peak": dict(PEAK_ROW),
}
TARGET_INDEX = {"myrewards": None, "thalamus": 0, "peak": 0}


class Desk:
    def __init__(self, url: str, platform: str, folder: Path) -> None:
        self.url = url
        self.platform = platform
        self.connection: Connection = training_connection(url, platform)
        self.service = OutboxService(
            Outbox(Database(folder / "o.sqlite3")),
            lambda name: self.connection if name == self.connection.name else None,
        )
        targets = self.connection.service.targets()
        target = next((t for t in targets if t.key == "36"), targets[0])
        self.form = self.connection.service.load_form(target)

    def queue(self) -> int:
        queued = self.service.enqueue(self.connection, self.form, VALUES[self.platform])
        assert queued.claim_id is not None, queued.check.issues
        return queued.claim_id

    def fault(self, **rule: object) -> None:
        requests.post(
            f"{self.url}/_sandbox/faults",
            json={"platform": self.platform, "method": "POST", **rule},
            timeout=5,
        ).raise_for_status()

    def received(self) -> list[dict[str, object]]:
        found: list[dict[str, object]] = requests.get(
            f"{self.url}/_sandbox/received", params={"platform": self.platform}, timeout=5
        ).json()
        return found


@pytest.fixture
def desk(request: pytest.FixtureRequest, sandbox: str, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(sandbox, request.param, tmp_path)
    yield made
    made.connection.service.close()


@pytest.mark.parametrize("status", [502, 504])
@pytest.mark.parametrize("desk", ["myrewards", "thalamus"], indirect=True)
def test_gateway_error_after_store_is_unknown_and_stored_once(desk: Desk, status: int) -> None:
    claim_id = desk.queue()
    desk.fault(gateway=status, times=1)
    desk.service.send_due()
    claim = desk.service.outbox.get(claim_id)
    assert claim.state is State.UNKNOWN, claim.message
    assert f"HTTP {status}" in claim.message
    assert desk.service.send_due() == []  # never re-sent by itself
    assert len(desk.received()) == 1


@pytest.mark.parametrize("desk", ["myrewards", "thalamus"], indirect=True)
def test_platform_own_503_with_its_json_stays_retryable(desk: Desk) -> None:
    claim_id = desk.queue()
    desk.fault(status=503, times=1)
    desk.service.send_due()
    assert desk.service.outbox.get(claim_id).state is State.QUEUED
    assert desk.received() == []


@pytest.mark.parametrize("desk", ["peak"], indirect=True)
def test_peak_upsert_resends_after_a_gateway_error_and_is_stored_once(desk: Desk) -> None:
    desk.connection.service.probe()  # the upload path found first: the fault meets the row
    claim_id = desk.queue()
    desk.fault(gateway=502, times=1)
    desk.service.send_due()
    assert desk.service.outbox.get(claim_id).state is State.ACCEPTED
    rows = requests.get(f"{desk.url}/_sandbox/peak/rows", timeout=5).json()["rows"]
    keys = [(r["product_id"], r["location_id"], r["product_variant"]) for r in rows]
    assert keys.count(("PROD-001", "LOC-UK-001", "size:L")) == 1


@pytest.mark.parametrize("desk", ["thalamus"], indirect=True)
def test_generated_transaction_id_is_fixed_at_queue_time(desk: Desk) -> None:
    claim_id = desk.queue()
    generated = desk.service.outbox.get(claim_id).values["transactionId"]
    assert generated.startswith("CD-")
    desk.fault(status=503, times=1)  # the platform's own "not now": nothing stored
    desk.service.send_due()
    assert desk.service.outbox.get(claim_id).state is State.QUEUED
    desk.service.outbox.retry_now(claim_id)
    desk.service.send_due()
    assert desk.service.outbox.get(claim_id).state is State.ACCEPTED
    assert [r["sale"]["transactionId"] for r in desk.received()] == [generated]


@pytest.mark.parametrize("desk", ["thalamus"], indirect=True)
def test_generated_transaction_id_does_not_hide_a_duplicate(desk: Desk) -> None:
    assert desk.queue()
    again = desk.service.enqueue(desk.connection, desk.form, VALUES["thalamus"])
    assert again.claim_id is None
    assert again.duplicates

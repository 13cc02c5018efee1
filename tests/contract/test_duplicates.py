"""The duplicate guard behind every path (issue 16, point 1): the outbox retry never sends
a claim whose same content was accepted meanwhile, and the bulk look-up finds the earlier
claims of many prints at once."""

from __future__ import annotations

from pathlib import Path

from claimdesk.service.batch import DUPLICATE, find_duplicates, submit_rows
from claimdesk.storage.outbox import State
from tests.contract.test_outbox_faults import Harness, claim_values


def test_a_retry_does_not_send_what_was_accepted_meanwhile(sandbox: str, tmp_path: Path) -> None:
    harness = Harness(sandbox, tmp_path)
    first = harness.queue()
    harness.fault(status=503, retry_after=120, times=1)
    [sent] = harness.service.send_due()
    assert sent.claim.state is State.QUEUED  # waits two minutes for its retry
    second = harness.queue()  # the same claim, entered again (the user allowed it)
    [sent] = harness.service.send_due()
    assert (sent.claim.id, sent.claim.state) == (second, State.ACCEPTED)
    harness.service.outbox.retry_now(first)
    assert harness.service.send_due() == []
    withdrawn = harness.service.outbox.get(first)
    assert withdrawn.state is State.DISCARDED
    assert f"accepted meanwhile as #{second}" in withdrawn.message
    assert harness.stored() == 1


def test_a_retry_still_sends_a_duplicate_allowed_after_the_first_was_accepted(
    sandbox: str, tmp_path: Path
) -> None:
    harness = Harness(sandbox, tmp_path)
    harness.queue()
    harness.service.send_due()
    again = harness.queue()  # queued after the first was accepted: the user meant it
    [sent] = harness.service.send_due()
    assert (sent.claim.id, sent.claim.state) == (again, State.ACCEPTED)
    assert harness.stored() == 2


def test_batch_rows_already_sent_or_repeated_are_skipped(sandbox: str, tmp_path: Path) -> None:
    harness = Harness(sandbox, tmp_path)
    earlier = harness.queue(value_of_sale="11")
    harness.service.send_due()
    rows = [claim_values(value_of_sale=v) for v in ("11", "12", "13", "12")]
    found = find_duplicates(harness.service, harness.connection, harness.form, rows)
    assert {i: (d.claim.id if d.claim else None, d.same_row) for i, d in found.items()} == {
        0: (earlier, None),
        3: (None, 1),
    }
    report = submit_rows(harness.service, harness.connection, harness.form, rows)
    assert [o.state for o in report.outcomes] == [DUPLICATE, "accepted", "accepted", DUPLICATE]
    assert report.outcomes[0].duplicate_of == earlier
    assert harness.stored() == 3
    report = submit_rows(
        harness.service, harness.connection, harness.form, rows, allow_duplicates=True
    )
    assert [o.state for o in report.outcomes] == ["accepted"] * 4
    assert harness.stored() == 7


def test_outbox_retry_does_not_send_what_was_accepted_meanwhile(
    sandbox: str, tmp_path: Path
) -> None:
    """The same through ``send_queued``, the path of ``claimdesk outbox --retry``."""
    harness = Harness(sandbox, tmp_path)
    first = harness.queue()
    harness.fault(status=503, retry_after=120, times=1)
    harness.service.send_due()
    second = harness.queue()
    harness.service.send_due()
    harness.service.outbox.retry_now(first)
    harness.service.send_queued()
    assert harness.service.outbox.get(first).state is State.DISCARDED
    assert harness.service.outbox.get(second).state is State.ACCEPTED
    assert harness.stored() == 1

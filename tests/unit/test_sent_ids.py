"""Sent transaction IDs survive a restart, per connection."""

from __future__ import annotations

from pathlib import Path

from claimdesk.storage.database import Database
from claimdesk.storage.sent_ids import StoredSentTransactions


def test_ids_are_kept_across_runs_and_per_connection(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    sent = StoredSentTransactions(Database(path), "Acme")
    assert sent.reserve("TXN-1")
    assert not sent.reserve("TXN-1")  # being sent now
    sent.record("TXN-1", "accepted")
    assert sent.reserve("TXN-2")
    sent.release("TXN-2")  # nothing stored: free again
    assert sent.reserve("TXN-2")

    again = StoredSentTransactions(Database(path), "Acme")
    assert again.state_of("TXN-1") == "accepted"
    assert not again.reserve("TXN-1")
    assert again.state_of("TXN-2") is None
    other = StoredSentTransactions(Database(path), "Other")
    assert other.reserve("TXN-1")

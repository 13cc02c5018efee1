"""Transaction IDs this desktop has sent, kept across runs: a platform that does not
deduplicate them (Thalamus) would store a reused one as a second sale."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Literal

from claimdesk.storage.database import Database

State = Literal["accepted", "unknown"]


class StoredSentTransactions:
    """``SentTransactions`` on SQLite; IDs being sent right now are held in memory."""

    def __init__(self, database: Database, connection: str) -> None:
        self.database = database
        self.connection = connection
        self._lock = threading.Lock()
        self._sending: set[str] = set()

    def state_of(self, transaction_id: str) -> State | None:
        row = (
            self.database.connect()
            .execute(
                "SELECT state FROM sent_transactions WHERE connection = ? AND transaction_id = ?",
                (self.connection, transaction_id),
            )
            .fetchone()
        )
        return row[0] if row else None

    def reserve(self, transaction_id: str) -> bool:
        with self._lock:
            if transaction_id in self._sending or self.state_of(transaction_id) is not None:
                return False
            self._sending.add(transaction_id)
            return True

    def record(self, transaction_id: str, state: State) -> None:
        self.database.connect().execute(
            "INSERT INTO sent_transactions (connection, transaction_id, state, sent_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (connection, transaction_id) DO UPDATE SET"
            " state = excluded.state",
            (
                self.connection,
                transaction_id,
                state,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ),
        )
        with self._lock:
            self._sending.discard(transaction_id)

    def release(self, transaction_id: str) -> None:
        with self._lock:
            self._sending.discard(transaction_id)

    def forget(self, transaction_id: str) -> None:
        self.database.connect().execute(
            "DELETE FROM sent_transactions WHERE connection = ? AND transaction_id = ?",
            (self.connection, transaction_id),
        )

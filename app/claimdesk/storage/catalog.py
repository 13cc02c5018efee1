"""The offline catalog cache: promotions, data fields, reward points, products, locations…
as the platform last sent them, with the time they were fetched."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from claimdesk.storage.database import Database


class Catalog:
    def __init__(self, database: Database) -> None:
        self.database = database

    def put(self, connection: str, kind: str, key: str, payload: Any) -> dt.datetime:
        now = dt.datetime.now(dt.UTC)
        self.database.connect().execute(
            "INSERT INTO catalog (connection, kind, key, payload_json, fetched_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (connection, kind, key) DO UPDATE SET"
            " payload_json = excluded.payload_json, fetched_at = excluded.fetched_at",
            (
                connection,
                kind,
                key,
                json.dumps(payload, ensure_ascii=False, default=str),
                now.isoformat(timespec="microseconds"),
            ),
        )
        return now

    def get(self, connection: str, kind: str, key: str) -> tuple[Any, dt.datetime] | None:
        row = (
            self.database.connect()
            .execute(
                "SELECT payload_json, fetched_at FROM catalog"
                " WHERE connection = ? AND kind = ? AND key = ?",
                (connection, kind, key),
            )
            .fetchone()
        )
        if row is None:
            return None
        return json.loads(row[0]), dt.datetime.fromisoformat(row[1])

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


class ResponseCatalog:
    """The connectors' offline cache of GET answers, in the catalog table."""

    KIND = "http"

    def __init__(self, catalog: Catalog, scope: str = "") -> None:
        self.catalog = catalog
        self.scope = scope

    def put(self, key: str, body: str, content_type: str) -> None:
        self.catalog.put(self.scope, self.KIND, key, {"body": body, "type": content_type})

    def get(self, key: str) -> tuple[str, str, dt.datetime] | None:
        found = self.catalog.get(self.scope, self.KIND, key)
        if found is None:
            return None
        payload, fetched_at = found
        return str(payload["body"]), str(payload["type"]), fetched_at


class SplitCache:
    """Answers from this computer (the training sandbox) go to the training file, the
    rest to the user's own, so practice never fills the real catalog."""

    def __init__(self, real: ResponseCatalog, training: ResponseCatalog) -> None:
        self.real, self.training = real, training

    def _for(self, key: str) -> ResponseCatalog:
        import ipaddress
        from urllib.parse import urlsplit

        host = urlsplit(key).hostname or ""
        try:
            local = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = False
        return self.training if local else self.real

    def put(self, key: str, body: str, content_type: str) -> None:
        self._for(key).put(key, body, content_type)

    def get(self, key: str) -> tuple[str, str, dt.datetime] | None:
        return self._for(key).get(key)

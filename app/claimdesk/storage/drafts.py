"""Drafts: what the user was typing, saved as they type, offered back after a restart."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from claimdesk.storage.database import Database


@dataclass(frozen=True)
class Draft:
    connection: str
    target_key: str
    values: dict[str, str]
    updated_at: dt.datetime


class Drafts:
    def __init__(self, database: Database) -> None:
        self.database = database

    def save(self, connection: str, target_key: str, values: Mapping[str, str]) -> None:
        """Keep the latest text of every field; an all-empty form removes the draft."""
        if not any(str(v).strip() for v in values.values()):
            self.delete(connection, target_key)
            return
        now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        self.database.connect().execute(
            "INSERT INTO drafts (connection, target_key, values_json, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (connection, target_key) DO UPDATE SET"
            " values_json = excluded.values_json, updated_at = excluded.updated_at",
            (connection, target_key, json.dumps(dict(values), ensure_ascii=False), now),
        )

    def get(self, connection: str, target_key: str) -> Draft | None:
        row = (
            self.database.connect()
            .execute(
                "SELECT * FROM drafts WHERE connection = ? AND target_key = ?",
                (connection, target_key),
            )
            .fetchone()
        )
        if row is None:
            return None
        return Draft(
            row["connection"],
            row["target_key"],
            json.loads(row["values_json"]),
            dt.datetime.fromisoformat(row["updated_at"]),
        )

    def all(self) -> list[Draft]:
        rows = (
            self.database.connect()
            .execute("SELECT * FROM drafts ORDER BY updated_at DESC")
            .fetchall()
        )
        return [
            Draft(
                r["connection"],
                r["target_key"],
                json.loads(r["values_json"]),
                dt.datetime.fromisoformat(r["updated_at"]),
            )
            for r in rows
        ]

    def delete(self, connection: str, target_key: str) -> None:
        self.database.connect().execute(
            "DELETE FROM drafts WHERE connection = ? AND target_key = ?", (connection, target_key)
        )

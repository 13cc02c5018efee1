"""Drafts: what the user was typing, saved as they type, offered back after a restart: a
claim form's fields, and a batch grid's unsent rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from claimdesk.storage.database import Database


@dataclass(frozen=True)
class Draft:
    connection: str
    target_key: str
    values: dict[str, str]
    updated_at: dt.datetime


# A batch grid's draft lives in the same table as the form's, under its target key with
# this prefix (no schema change). Guess: no platform's target key starts with it.
GRID = "batch grid:"
_CHUNK = 2_000  # rows encoded at a time: other threads (the GUI) run between chunks


@dataclass(frozen=True)
class GridDraft:
    """A batch grid's rows (cells in the order of ``names``) and each row's spreadsheet
    row number (None: typed in the grid)."""

    names: list[str]
    rows: list[list[str]]
    numbers: list[int | None]
    updated_at: dt.datetime


def _grid_text(
    names: Sequence[str], rows: Sequence[list[str]], numbers: Sequence[int | None]
) -> str:
    """The grid as JSON lines: the names and row numbers, then a line per chunk of rows.
    Each chunk is encoded (and later decoded) on its own: one call for 100,000 rows would
    hold the interpreter lock for its whole run and freeze the window meanwhile."""
    lines = [json.dumps({"names": list(names), "numbers": list(numbers)}, ensure_ascii=False)]
    for start in range(0, len(rows), _CHUNK):
        lines.append(json.dumps(list(rows[start : start + _CHUNK]), ensure_ascii=False))
    return "\n".join(lines)  # JSON escapes a newline inside a cell: one line per chunk


def _grid_of(text: str) -> tuple[list[str], list[list[str]], list[int | None]]:
    head, *chunks = text.split("\n")
    kept = json.loads(head)
    rows: list[list[str]] = []
    for chunk in chunks:
        rows.extend(json.loads(chunk))
    return list(kept.get("names") or []), rows, list(kept.get("numbers") or [])


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
        """The claim forms' drafts (not the batch grids')."""
        rows = (
            self.database.connect()
            .execute(
                "SELECT * FROM drafts WHERE substr(target_key, 1, ?) != ? ORDER BY updated_at DESC",
                (len(GRID), GRID),
            )
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

    # --- batch grids -------------------------------------------------------------------

    def save_grid(
        self,
        connection: str,
        target_key: str,
        names: Sequence[str],
        rows: Sequence[list[str]],
        numbers: Sequence[int | None],
    ) -> None:
        """Keep a batch grid's rows (replacing its last draft); no row removes the draft."""
        if not rows:
            self.delete_grid(connection, target_key)
            return
        text = _grid_text(names, rows, numbers)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        self.database.connect().execute(
            "INSERT INTO drafts (connection, target_key, values_json, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (connection, target_key) DO UPDATE SET"
            " values_json = excluded.values_json, updated_at = excluded.updated_at",
            (connection, GRID + target_key, text, now),
        )

    def get_grid(self, connection: str, target_key: str) -> GridDraft | None:
        row = (
            self.database.connect()
            .execute(
                "SELECT values_json, updated_at FROM drafts"
                " WHERE connection = ? AND target_key = ?",
                (connection, GRID + target_key),
            )
            .fetchone()
        )
        if row is None:
            return None
        names, rows, numbers = _grid_of(row["values_json"])
        numbers += [None] * (len(rows) - len(numbers))
        return GridDraft(
            names,
            rows,
            numbers[: len(rows)],
            dt.datetime.fromisoformat(row["updated_at"]),
        )

    def delete_grid(self, connection: str, target_key: str) -> None:
        self.delete(connection, GRID + target_key)

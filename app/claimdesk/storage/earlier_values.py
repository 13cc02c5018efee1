"""Values a connection's own earlier claims used, for suggestions: what this desktop has
queued or sent on that connection (the outbox), most recent first. Rejected and discarded
claims are left out: their values are the ones a platform or the user turned down."""

from __future__ import annotations

from collections.abc import Sequence

from claimdesk.storage.database import Database

RECENT_CLAIMS = 2_000  # the newest claims looked at: one indexed scan from the end
MAX_VALUES = 200  # distinct values kept per field


class EarlierValues:
    """Reads the outbox of one connection and platform; every call blocks on SQLite."""

    def __init__(self, database: Database, connection: str, platform: str) -> None:
        self.database = database
        self.connection = connection
        self.platform = platform

    def recent(self, names: Sequence[str]) -> dict[str, list[str]]:
        """Each field's distinct non-blank values, newest first."""
        if not names:
            return {}
        columns = ", ".join("json_extract(values_json, ?)" for _ in names)
        rows = (
            self.database.connect()
            .execute(
                f"SELECT {columns} FROM claims WHERE connection = ? AND platform = ?"
                " AND state IN ('queued', 'sending', 'accepted', 'unknown')"
                " ORDER BY id DESC LIMIT ?",
                (*(f'$."{name}"' for name in names), self.connection, self.platform, RECENT_CLAIMS),
            )
            .fetchall()
        )
        found: dict[str, dict[str, None]] = {name: {} for name in names}
        for row in rows:
            for name, value in zip(names, row, strict=True):
                text = str(value).strip() if value is not None else ""
                if text and len(found[name]) < MAX_VALUES:
                    found[name].setdefault(text, None)
        return {name: list(values) for name, values in found.items()}

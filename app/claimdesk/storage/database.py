"""One SQLite file (WAL) with a versioned schema: each migration runs once, in order, in
a transaction, and ``PRAGMA user_version`` records how far the file has come."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

DB_FILE = "claimdesk.sqlite3"
CACHE_KIB = 32 * 1024

MIGRATIONS: tuple[str, ...] = (
    # 1: outbox, attempts, drafts, catalog cache
    """
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        connection TEXT NOT NULL,
        platform TEXT NOT NULL,
        target_key TEXT NOT NULL,
        target_name TEXT NOT NULL,
        values_json TEXT NOT NULL,
        summary TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN
            ('queued', 'sending', 'accepted', 'rejected', 'unknown', 'discarded')),
        resend_is_safe INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        next_attempt_at TEXT,
        attempt_count INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL DEFAULT '',
        issues_json TEXT NOT NULL DEFAULT '[]',
        points INTEGER,
        remote_ids TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX claims_state ON claims (state, next_attempt_at);
    CREATE INDEX claims_fingerprint ON claims (fingerprint);
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims (id),
        started_at TEXT NOT NULL,
        finished_at TEXT,
        outcome TEXT,
        http_status INTEGER,
        request_id TEXT,
        message TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX attempts_claim ON attempts (claim_id);
    CREATE TABLE drafts (
        connection TEXT NOT NULL,
        target_key TEXT NOT NULL,
        values_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (connection, target_key)
    );
    CREATE TABLE catalog (
        connection TEXT NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        payload_json TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (connection, kind, key)
    );
    """,
    # 2: transaction IDs sent to Thalamus, which does not deduplicate them
    """
    CREATE TABLE sent_transactions (
        connection TEXT NOT NULL,
        transaction_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('accepted', 'unknown')),
        sent_at TEXT NOT NULL,
        PRIMARY KEY (connection, transaction_id)
    );
    """,
)


def _set_wal(connection: sqlite3.Connection, wait_s: float = 10.0) -> None:
    """WAL mode. SQLite answers "database is locked" at once, without waiting, when another
    connection is switching the same file to WAL or migrating it (two threads opening a new
    file together): try again for a while, as every other statement does."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


class Database:
    """A connection per thread to one file; the schema brought up to date on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._migrate_lock = threading.Lock()
        self._migrated = False

    def connect(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
            connection.row_factory = sqlite3.Row
            _set_wal(connection)
            # FULL: a claim committed as queued survives a power cut, not only a crash.
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
            # Up to 32 MiB of pages in memory (SQLite's default is 2 MiB), taken only as
            # used: 100,000 claims queued at once touch ~10 MiB of the fingerprint index in
            # random order, and with the default cache SQLite spills pages to the WAL in
            # mid-transaction (tests/benchmarks/bench_outbox.py: ~1.3× faster).
            connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            self._local.connection = connection
            with self._migrate_lock:
                if not self._migrated:
                    migrate(connection)
                    self._migrated = True
        return connection

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


def migrate(connection: sqlite3.Connection) -> int:
    """Apply the migrations this file lacks; return the schema version. Safe when several
    connections (or processes) open a new file at once: the version is read under the
    write lock, so each migration runs exactly once."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise RuntimeError(
                f"this data file was written by a newer ClaimDesk (schema {version}); "
                "update ClaimDesk to open it"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in script.split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version={number}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return len(MIGRATIONS)

"""One SQLite file (WAL) with a versioned schema: each migration runs once, in order, in
a transaction, and ``PRAGMA user_version`` records how far the file has come."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import threading
import time
from pathlib import Path

DB_FILE = "claimdesk.sqlite3"
# Beside the database once it has held a claim: a missing or empty file then means claims
# are gone, not a first run. "moved: PATH" after a damaged file was kept aside.
HELD_CLAIMS_SUFFIX = ".held-claims"
BUSY_TIMEOUT_MS = 10_000
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


class StorageFault(OSError):
    """The data file cannot be used as it is; ``str()`` is one sentence naming the file."""


def storage_fault(path: Path, error: BaseException) -> StorageFault:
    """One sentence for what SQLite or the operating system said about ``path``."""
    if isinstance(error, StorageFault):
        return error
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if "full" in text or code == errno.ENOSPC:
        why = "the disk is full; free some space and try again (queued claims stay queued)"
    elif "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES):
        why = "the folder or file is read-only or not yours; ClaimDesk must be able to write it"
    elif "locked" in text or "busy" in text:
        why = (
            "another ClaimDesk kept it busy for too long; try again in a moment "
            "(queued claims stay queued)"
        )
    elif "unable to open" in text or code in (errno.ENOTDIR, errno.ENOENT, errno.EPERM):
        why = "the file cannot be opened there (the folder is missing, read-only or not a folder)"
    elif "i/o" in text or code == errno.EIO:
        why = "the disk reported an input/output error; check the disk, then try again"
    else:
        why = str(error)
    return StorageFault(f"cannot use {path}: {why}.")


def _private_file(path: Path) -> None:
    """Create ``path`` readable by its owner only (before SQLite creates it with the umask's
    mode; SQLite gives its -wal and -shm files the same mode); tighten an existing one."""
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if os.name == "posix" and path.stat().st_mode & 0o077:
            for each in (path, *(Path(f"{path}{x}") for x in ("-wal", "-shm"))):
                if each.exists():
                    each.chmod(0o600)
        return
    os.close(descriptor)


class Database:
    """A connection per thread to one file; the schema brought up to date on first use.

    A file that should hold claims but is missing, empty or not a database is never silently
    replaced: ``connect`` raises StorageFault naming the file (a damaged one is kept aside,
    ``NAME.damaged-YYYYMMDD-HHMMSS``, and the next start begins an empty outbox)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._migrate_lock = threading.Lock()
        self._migrated = False
        self._marked = False

    @property
    def marker(self) -> Path:
        return self.path.with_name(self.path.name + HELD_CLAIMS_SUFFIX)

    def note_claims(self) -> None:
        """Remember beside the file that it holds claims (once)."""
        if self._marked:
            return
        try:
            if not self.marker.exists() or self.marker.read_text("utf-8").strip() != "claims":
                self.marker.write_text("claims\n", encoding="utf-8")
        except OSError as error:
            raise storage_fault(self.marker, error) from None
        self._marked = True

    def _move_aside(self, why: str) -> StorageFault:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        self.path.rename(aside)
        for extra in ("-wal", "-shm"):
            sidecar = Path(f"{self.path}{extra}")
            if sidecar.exists():
                sidecar.rename(Path(f"{aside}{extra}"))
        self.marker.write_text(f"moved: {aside}\n", encoding="utf-8")
        return StorageFault(
            f"{self.path} {why}; it is kept as {aside} for recovery. ClaimDesk starts with an "
            "empty outbox when you open it again."
        )

    def _check_file(self) -> None:
        """Before opening: a missing or empty file where claims were is a fault."""
        said = self.marker.read_text("utf-8").strip() if self.marker.exists() else ""
        if not self.path.exists():
            if said.startswith("moved:"):  # told last time, opened again: the user agrees
                self.marker.unlink()
            elif said:
                raise StorageFault(
                    f"{self.path} is missing, but it held claims. Put it back; or, to start "
                    f"with an empty outbox, delete {self.marker}."
                )
        elif self.path.stat().st_size == 0 and said == "claims":
            raise self._move_aside("is empty (0 bytes), but it held claims")

    def connect(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is not None:
            return connection
        with self._migrate_lock:
            try:
                return self._open()
            except sqlite3.DatabaseError as error:
                self.close()
                if "not a database" in str(error) or "malformed" in str(error):
                    raise self._move_aside(f"is damaged ({error})") from None
                raise storage_fault(self.path, error) from None
            except (sqlite3.Error, OSError) as error:
                self.close()
                raise storage_fault(self.path, error) from None

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._check_file()
        _private_file(self.path)
        connection = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
        self._local.connection = connection
        connection.row_factory = sqlite3.Row
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _set_wal(connection)
        # FULL: a claim committed as queued survives a power cut, not only a crash.
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        # Up to 32 MiB of pages in memory (SQLite's default is 2 MiB), taken only as
        # used: 100,000 claims queued at once touch ~10 MiB of the fingerprint index in
        # random order, and with the default cache SQLite spills pages to the WAL in
        # mid-transaction (tests/benchmarks/bench_outbox.py: ~1.3× faster).
        connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        if not self._migrated:
            migrate(connection)
            self._migrated = True
            if connection.execute("SELECT 1 FROM claims LIMIT 1").fetchone() is not None:
                self.note_claims()
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

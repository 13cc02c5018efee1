"""The outbox: every claim is committed here, as ``queued``, before any network call, and
moves only along the state machine below, one committed transaction per step.

    queued ──begin──▶ sending ──finish──▶ accepted | rejected | unknown
       ▲                 │  └──finish(retry)──▶ queued (with a time for the next try)
       │                 └──recover after a crash──▶ queued (resend is safe) | unknown
       ├── unknown: the user says it was not stored (retry) / was stored (accept)
       └── rejected: edited and sent again
    queued | rejected | unknown ──discard──▶ discarded
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum

from claimdesk.domain.issues import Issue
from claimdesk.storage.database import Database, storage_fault

# One encoder for every row: json.dumps with any option builds a new one per call, a third
# of the encoding time when 100,000 claims are queued (tests/benchmarks/bench_outbox.py).
_encode = json.JSONEncoder(ensure_ascii=False).encode

# Claims committed per transaction when many are queued at once: another process waits at
# most one chunk's time for the write lock (100,000 claims in one transaction held it ~18 s).
ENQUEUE_CHUNK = 10_000  # ~0.1 s a transaction: others wait little, commits (fsync) stay few


class State(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNKNOWN = "unknown"
    DISCARDED = "discarded"


# States the sender never leaves on its own: only the user moves a claim out of them.
SETTLED = frozenset({State.ACCEPTED, State.REJECTED, State.UNKNOWN, State.DISCARDED})
# States that count as "this content is already on its way or there".
LIVE = frozenset({State.QUEUED, State.SENDING, State.ACCEPTED, State.UNKNOWN})


class Finish(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNKNOWN = "unknown"
    RETRY = "retry"  # not stored (offline, 429, 5xx): queued again for later


@dataclass(frozen=True)
class AttemptEnd:
    """How one attempt ended, as ``Outbox.finish_attempts`` records it."""

    claim_id: int
    attempt_id: int
    finish: Finish
    message: str = ""
    issues: tuple[Issue, ...] = ()
    http_status: int | None = None
    request_id: str | None = None
    points: int | None = None
    remote_ids: tuple[str, ...] = ()
    retry_at: dt.datetime | None = None


class InvalidTransition(Exception):
    """The claim is not in a state that allows this step (it moved meanwhile)."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds") if moment else None


def fingerprint(
    connection: str, target_key: str, values: Mapping[str, object], ignore: Iterable[str] = ()
) -> str:
    """The same content for the same target on the same connection has the same print:
    values trimmed and compared without case; fields in ``ignore`` (generated ids) left out."""
    skip = set(ignore)
    content = {
        k: str(v).strip().casefold()
        for k, v in values.items()
        if k not in skip and v is not None and str(v).strip()
    }
    text = json.dumps([connection, target_key, sorted(content.items())], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NewClaim:
    connection: str
    platform: str
    target_key: str
    target_name: str
    values: Mapping[str, str]
    summary: str
    fingerprint: str
    resend_is_safe: bool = False


@dataclass(frozen=True)
class OutboxClaim:
    id: int
    connection: str
    platform: str
    target_key: str
    target_name: str
    values: dict[str, str]
    summary: str
    fingerprint: str
    state: State
    resend_is_safe: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    next_attempt_at: dt.datetime | None
    attempt_count: int
    message: str
    issues: tuple[Issue, ...]
    points: int | None
    remote_ids: str


@dataclass(frozen=True)
class Attempt:
    id: int
    claim_id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    outcome: str | None
    http_status: int | None
    request_id: str | None
    message: str


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _claim(row: sqlite3.Row) -> OutboxClaim:
    issues = tuple(
        Issue(i.get("field"), i.get("code", ""), i.get("message", ""))
        for i in json.loads(row["issues_json"])
    )
    created = _when(row["created_at"])
    updated = _when(row["updated_at"])
    assert created is not None
    assert updated is not None
    return OutboxClaim(
        id=row["id"],
        connection=row["connection"],
        platform=row["platform"],
        target_key=row["target_key"],
        target_name=row["target_name"],
        values=json.loads(row["values_json"]),
        summary=row["summary"],
        fingerprint=row["fingerprint"],
        state=State(row["state"]),
        resend_is_safe=bool(row["resend_is_safe"]),
        created_at=created,
        updated_at=updated,
        next_attempt_at=_when(row["next_attempt_at"]),
        attempt_count=row["attempt_count"],
        message=row["message"],
        issues=issues,
        points=row["points"],
        remote_ids=row["remote_ids"],
    )


def _issues_json(issues: Iterable[Issue]) -> str:
    return json.dumps(
        [{"field": i.field, "code": i.code, "message": i.message} for i in issues],
        ensure_ascii=False,
    )


class Outbox:
    def __init__(self, database: Database, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self._clock = clock

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        connection = self.database.connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise storage_fault(self.database.path, error) from None
        try:
            yield connection
        except sqlite3.Error as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise storage_fault(self.database.path, error) from None
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        try:
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise storage_fault(self.database.path, error) from None

    def _now(self) -> str:
        stamp = _iso(self._clock())
        assert stamp is not None
        return stamp

    # --- adding ---------------------------------------------------------------------

    def enqueue(self, claim: NewClaim) -> int:
        return self.enqueue_many([claim])[0]

    def enqueue_many(self, claims: Iterable[NewClaim]) -> list[int]:
        """Commit every claim as queued, ``ENQUEUE_CHUNK`` to a transaction (so another
        process is never kept waiting long); ids in order."""
        now = self._now()
        rows = [
            (
                c.connection,
                c.platform,
                c.target_key,
                c.target_name,
                _encode(c.values if isinstance(c.values, dict) else dict(c.values)),
                c.summary,
                c.fingerprint,
                State.QUEUED.value,
                int(c.resend_is_safe),
                now,
                now,
            )
            for c in claims
        ]
        ids: list[int] = []
        for start in range(0, len(rows), ENQUEUE_CHUNK):
            chunk = rows[start : start + ENQUEUE_CHUNK]
            with self._transaction() as connection:
                first = connection.execute("SELECT COALESCE(MAX(id), 0) FROM claims").fetchone()[0]
                connection.executemany(
                    "INSERT INTO claims (connection, platform, target_key, target_name,"
                    " values_json, summary, fingerprint, state, resend_is_safe, created_at,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    chunk,
                )
            ids += range(first + 1, first + 1 + len(chunk))
            self.database.note_claims()
        return ids

    # --- reading --------------------------------------------------------------------

    def get(self, claim_id: int) -> OutboxClaim:
        row = (
            self.database.connect()
            .execute("SELECT * FROM claims WHERE id = ?", (claim_id,))
            .fetchone()
        )
        if row is None:
            raise KeyError(claim_id)
        return _claim(row)

    def claims(
        self,
        states: Iterable[State] | None = None,
        platform: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        limit: int = 10_000,
    ) -> list[OutboxClaim]:
        where: list[str] = []
        args: list[object] = []
        if states is not None:
            wanted = [State(s).value for s in states]
            where.append(f"state IN ({','.join('?' * len(wanted))})")
            args += wanted
        if platform:
            where.append("platform = ?")
            args.append(platform)
        if since:
            where.append("created_at >= ?")
            args.append(_iso(since))
        if until:
            where.append("created_at < ?")
            args.append(_iso(until))
        sql = "SELECT * FROM claims" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY id DESC LIMIT ?"
        rows = self.database.connect().execute(sql, (*args, limit)).fetchall()
        return [_claim(r) for r in rows]

    def counts(self) -> dict[State, int]:
        rows = (
            self.database.connect()
            .execute("SELECT state, COUNT(*) FROM claims GROUP BY state")
            .fetchall()
        )
        found = {State(r[0]): r[1] for r in rows}
        return {state: found.get(state, 0) for state in State}

    def duplicates(self, print_: str, exclude: int | None = None) -> list[OutboxClaim]:
        """Claims with the same content that are queued, on their way, or stored."""
        live = [s.value for s in LIVE]
        marks = ",".join("?" * len(live))
        rows = (
            self.database.connect()
            .execute(
                f"SELECT * FROM claims WHERE fingerprint = ? AND state IN ({marks})"
                " AND id IS NOT ? ORDER BY id",
                (print_, *live, exclude),
            )
            .fetchall()
        )
        return [_claim(r) for r in rows]

    def duplicates_of_many(self, prints: Iterable[str], chunk: int = 500) -> dict[str, OutboxClaim]:
        """For each print that has any, the oldest claim with that content that is queued,
        on its way or stored: one indexed query per ``chunk`` prints, not one per claim
        (a file of 100,000 rows is compared in a few hundred queries)."""
        wanted = list(dict.fromkeys(prints))
        live = [s.value for s in LIVE]
        states = ",".join("?" * len(live))
        found: dict[str, OutboxClaim] = {}
        connection = self.database.connect()
        for start in range(0, len(wanted), chunk):
            part = wanted[start : start + chunk]
            rows = connection.execute(
                # "+state": look up by the fingerprint index, not by state (which the
                # planner would otherwise pick, reading every queued claim per chunk).
                f"SELECT * FROM claims WHERE fingerprint IN ({','.join('?' * len(part))})"
                f" AND +state IN ({states}) ORDER BY id",
                (*part, *live),
            ).fetchall()
            for row in rows:
                if row["fingerprint"] not in found:
                    found[row["fingerprint"]] = _claim(row)
        return found

    def accepted_twins(self, claims: Iterable[OutboxClaim]) -> dict[int, OutboxClaim]:
        """Of these (queued) claims, those whose same content was accepted as another claim
        after they were queued: claim id → the accepted one. One indexed query per claim
        given; the retry passes the few it is about to send."""
        connection = self.database.connect()
        twins: dict[int, OutboxClaim] = {}
        for claim in claims:
            row = connection.execute(
                "SELECT * FROM claims WHERE fingerprint = ? AND id != ? AND +state = 'accepted'"
                " AND updated_at > ? ORDER BY id LIMIT 1",
                (claim.fingerprint, claim.id, _iso(claim.created_at)),
            ).fetchone()
            if row is not None:
                twins[claim.id] = _claim(row)
        return twins

    def due(self, limit: int = 100, connection: str | None = None) -> list[OutboxClaim]:
        """Queued claims whose next try is now (oldest first)."""
        sql = (
            "SELECT * FROM claims WHERE state = 'queued' AND "
            "(next_attempt_at IS NULL OR next_attempt_at <= ?)"
        )
        args: list[object] = [self._now()]
        if connection is not None:
            sql += " AND connection = ?"
            args.append(connection)
        rows = (
            self.database.connect().execute(sql + " ORDER BY id LIMIT ?", (*args, limit)).fetchall()
        )
        return [_claim(r) for r in rows]

    def next_due_at(self) -> dt.datetime | None:
        row = (
            self.database.connect()
            .execute("SELECT MIN(COALESCE(next_attempt_at, '')) FROM claims WHERE state = 'queued'")
            .fetchone()
        )
        if row[0] is None:
            return None
        return _when(row[0]) or self._clock()

    def attempts(self, claim_id: int) -> list[Attempt]:
        rows = (
            self.database.connect()
            .execute("SELECT * FROM attempts WHERE claim_id = ? ORDER BY id", (claim_id,))
            .fetchall()
        )
        return [self._attempt(r) for r in rows]

    def _attempt(self, r: sqlite3.Row) -> Attempt:
        return Attempt(
            r["id"],
            r["claim_id"],
            _when(r["started_at"]) or self._clock(),
            _when(r["finished_at"]),
            r["outcome"],
            r["http_status"],
            r["request_id"],
            r["message"],
        )

    def recent_attempts(self, limit: int = 50) -> list[tuple[Attempt, str, str]]:
        """The latest attempts of any claim, newest first, each with its claim's
        connection and platform (a problem report lists them)."""
        rows = (
            self.database.connect()
            .execute(
                "SELECT a.*, c.connection, c.platform FROM attempts a "
                "JOIN claims c ON c.id = a.claim_id ORDER BY a.id DESC LIMIT ?",
                (limit,),
            )
            .fetchall()
        )
        return [
            (
                self._attempt(r),
                r["connection"],
                r["platform"],
            )
            for r in rows
        ]

    # --- moving ---------------------------------------------------------------------

    def _move(
        self,
        connection: sqlite3.Connection,
        claim_id: int,
        allowed: Sequence[State],
        sets: str,
        args: Sequence[object],
    ) -> None:
        marks = ",".join("?" * len(allowed))
        cursor = connection.execute(
            f"UPDATE claims SET {sets}, updated_at = ? WHERE id = ? AND state IN ({marks})",
            (*args, self._now(), claim_id, *[s.value for s in allowed]),
        )
        if cursor.rowcount != 1:
            row = connection.execute(
                "SELECT state FROM claims WHERE id = ?", (claim_id,)
            ).fetchone()
            where = row[0] if row else "not in the outbox"
            raise InvalidTransition(f"claim {claim_id} is {where}")

    def begin_attempt(self, claim_id: int) -> int:
        """queued → sending, committed before the request starts; returns the attempt id."""
        return self.begin_attempts([claim_id])[0]

    def begin_attempts(self, claim_ids: Sequence[int]) -> list[int]:
        """Several claims sent in one request: all move to ``sending`` in one transaction,
        before the request starts; their attempt ids, in order."""
        attempts: list[int] = []
        with self._transaction() as connection:
            for claim_id in claim_ids:
                self._move(
                    connection,
                    claim_id,
                    [State.QUEUED],
                    "state = 'sending', attempt_count = attempt_count + 1",
                    [],
                )
                cursor = connection.execute(  # the sender, for whoever finds it interrupted
                    "INSERT INTO attempts (claim_id, started_at, message) VALUES (?, ?, ?)",
                    (claim_id, self._now(), f"sending (process {os.getpid()})"),
                )
                assert cursor.lastrowid is not None
                attempts.append(cursor.lastrowid)
        return attempts

    def finish_attempt(
        self,
        claim_id: int,
        attempt_id: int,
        finish: Finish,
        message: str = "",
        issues: Iterable[Issue] = (),
        *,
        http_status: int | None = None,
        request_id: str | None = None,
        points: int | None = None,
        remote_ids: Sequence[str] = (),
        retry_at: dt.datetime | None = None,
    ) -> None:
        """sending → the attempt's outcome, with the attempt's record, in one transaction."""
        self.finish_attempts(
            [
                AttemptEnd(
                    claim_id,
                    attempt_id,
                    finish,
                    message,
                    tuple(issues),
                    http_status=http_status,
                    request_id=request_id,
                    points=points,
                    remote_ids=tuple(remote_ids),
                    retry_at=retry_at,
                )
            ]
        )

    def finish_attempts(self, ends: Sequence[AttemptEnd]) -> None:
        """The outcomes of claims sent in one request, recorded in one transaction."""
        with self._transaction() as connection:
            for end in ends:
                state = State.QUEUED if end.finish is Finish.RETRY else State(end.finish.value)
                self._move(
                    connection,
                    end.claim_id,
                    [State.SENDING],
                    "state = ?, message = ?, issues_json = ?, points = ?, remote_ids = ?, "
                    "next_attempt_at = ?",
                    [
                        state.value,
                        end.message,
                        _issues_json(end.issues),
                        end.points,
                        ",".join(end.remote_ids),
                        _iso(end.retry_at),
                    ],
                )
                connection.execute(
                    "UPDATE attempts SET finished_at = ?, outcome = ?, http_status = ?,"
                    " request_id = ?, message = ? WHERE id = ? AND claim_id = ?",
                    (
                        self._now(),
                        end.finish.value,
                        end.http_status,
                        end.request_id,
                        end.message,
                        end.attempt_id,
                        end.claim_id,
                    ),
                )

    def recover(self) -> tuple[int, int]:
        """After a crash: claims left ``sending`` go back to ``queued`` where a repeat is
        harmless, else to ``unknown`` for the user to check. Returns (requeued, unknown).
        Only under the send lock (storage.send_lock): then no live process is sending."""
        now = self._now()
        why = (
            "ClaimDesk stopped while sending this claim; it may or may not have reached "
            "the platform. Check there, then mark it accepted or send it again."
        )
        with self._transaction() as connection:
            connection.execute(
                "UPDATE attempts SET finished_at = ?, outcome = 'interrupted', message = ?"
                " WHERE finished_at IS NULL",
                (now, "interrupted: ClaimDesk stopped"),
            )
            requeued = connection.execute(
                "UPDATE claims SET state = 'queued', next_attempt_at = NULL, updated_at = ?,"
                " message = 'sent again after an interruption (repeating it is harmless)'"
                " WHERE state = 'sending' AND resend_is_safe = 1",
                (now,),
            ).rowcount
            unknown = connection.execute(
                "UPDATE claims SET state = 'unknown', updated_at = ?, message = ?"
                " WHERE state = 'sending'",
                (now, why),
            ).rowcount
        # A new run may have new credentials (fixed with `claimdesk profiles add` meanwhile):
        # claims held by a refused login are tried again at once, not ten minutes on.
        self.release_held()
        return requeued, unknown

    def release_held(self, connection_name: str | None = None) -> int:
        """Queued claims whose last try was refused for the credentials (401, 403) are due
        now (of one connection, or of all): fixed credentials must not wait out the long
        pause a refused login gets. Returns how many."""
        query = (
            "UPDATE claims SET next_attempt_at = NULL WHERE state = 'queued'"
            " AND next_attempt_at IS NOT NULL"
            " AND (SELECT http_status FROM attempts WHERE attempts.claim_id = claims.id"
            " ORDER BY attempts.id DESC LIMIT 1) IN (401, 403)"
        )
        with self._transaction() as connection:
            if connection_name is None:
                return connection.execute(query).rowcount
            return connection.execute(query + " AND connection = ?", (connection_name,)).rowcount

    def retry_now(self, claim_id: int) -> None:
        """queued (waiting) → due now; unknown → queued (the user found it was not stored)."""
        with self._transaction() as connection:
            self._move(
                connection,
                claim_id,
                [State.QUEUED, State.UNKNOWN],
                "state = 'queued', next_attempt_at = NULL",
                [],
            )

    def mark_accepted(self, claim_id: int, message: str = "confirmed on the platform") -> None:
        with self._transaction() as connection:
            self._move(
                connection, claim_id, [State.UNKNOWN], "state = 'accepted', message = ?", [message]
            )

    def resend_edited(
        self, claim_id: int, values: Mapping[str, str], summary: str, print_: str
    ) -> None:
        """rejected → queued with corrected values, as a new attempt of the same claim."""
        with self._transaction() as connection:
            self._move(
                connection,
                claim_id,
                [State.REJECTED],
                "state = 'queued', values_json = ?, summary = ?, fingerprint = ?,"
                " next_attempt_at = NULL, issues_json = '[]', message = 'edited'",
                [json.dumps(dict(values), ensure_ascii=False), summary, print_],
            )

    def withdraw_queued(self, claim_ids: Sequence[int], message: str) -> list[int]:
        """Discard those of ``claim_ids`` still queued (never sent), in one transaction;
        claims already sending or settled keep their state. Returns the ids discarded."""
        withdrawn: list[int] = []
        with self._transaction() as connection:
            for claim_id in claim_ids:
                cursor = connection.execute(
                    "UPDATE claims SET state = 'discarded', next_attempt_at = NULL, message = ?,"
                    " updated_at = ? WHERE id = ? AND state = 'queued'",
                    (message, self._now(), claim_id),
                )
                if cursor.rowcount == 1:
                    withdrawn.append(claim_id)
        return withdrawn

    def discard(self, claim_id: int) -> None:
        with self._transaction() as connection:
            self._move(
                connection,
                claim_id,
                [State.QUEUED, State.REJECTED, State.UNKNOWN],
                "state = 'discarded', next_attempt_at = NULL",
                [],
            )

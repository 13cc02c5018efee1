"""The outbox on real SQLite: each step committed, each transition checked, nothing lost."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule

from claimdesk.domain.issues import Issue
from claimdesk.storage.database import MIGRATIONS, Database, migrate
from claimdesk.storage.drafts import Drafts
from claimdesk.storage.outbox import (
    Finish,
    InvalidTransition,
    NewClaim,
    Outbox,
    State,
    fingerprint,
)


def new_claim(n: int = 1, *, safe: bool = False) -> NewClaim:
    values = {"product_or_activity_ref": f"BOIL-{n}", "quantity": "2", "username": "demo.rep"}
    return NewClaim(
        "Training · MyRewards",
        "peak" if safe else "myrewards",
        "36",
        "Autumn Boiler Bonus",
        values,
        f"BOIL-{n} × 2",
        fingerprint("Training · MyRewards", "36", values),
        resend_is_safe=safe,
    )


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(Database(tmp_path / "outbox.sqlite3"))


def test_a_claim_goes_queued_sending_accepted_with_its_attempt(outbox: Outbox) -> None:
    claim_id = outbox.enqueue(new_claim())
    assert outbox.get(claim_id).state is State.QUEUED
    attempt = outbox.begin_attempt(claim_id)
    assert outbox.get(claim_id).state is State.SENDING
    outbox.finish_attempt(
        claim_id,
        attempt,
        Finish.ACCEPTED,
        "claim 48992 earns 10 points",
        http_status=201,
        points=10,
        remote_ids=["48992"],
    )
    claim = outbox.get(claim_id)
    assert (claim.state, claim.points, claim.remote_ids, claim.attempt_count) == (
        State.ACCEPTED,
        10,
        "48992",
        1,
    )
    [record] = outbox.attempts(claim_id)
    assert (record.outcome, record.http_status) == ("accepted", 201)
    assert record.finished_at is not None


def test_queued_is_on_disk_before_the_request(tmp_path: Path) -> None:
    outbox = Outbox(Database(tmp_path / "o.sqlite3"))
    claim_id = outbox.enqueue(new_claim())
    outbox.begin_attempt(claim_id)
    # Another connection (another process after a crash) sees the committed state.
    other = sqlite3.connect(tmp_path / "o.sqlite3")
    assert other.execute("SELECT state FROM claims").fetchall() == [("sending",)]


def test_retry_requeues_with_a_time_and_rejection_keeps_reasons(outbox: Outbox) -> None:
    import datetime as dt

    claim_id = outbox.enqueue(new_claim())
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    outbox.finish_attempt(
        claim_id, outbox.begin_attempt(claim_id), Finish.RETRY, "offline", retry_at=later
    )
    assert outbox.get(claim_id).state is State.QUEUED
    assert outbox.due() == []
    outbox.retry_now(claim_id)
    assert [c.id for c in outbox.due()] == [claim_id]
    outbox.finish_attempt(
        claim_id,
        outbox.begin_attempt(claim_id),
        Finish.REJECTED,
        "refused",
        [Issue("quantity", "server", "Please select a valid quantity.")],
        http_status=422,
    )
    claim = outbox.get(claim_id)
    assert claim.state is State.REJECTED
    assert claim.issues == (Issue("quantity", "server", "Please select a valid quantity."),)
    assert len(outbox.attempts(claim_id)) == 2


def test_recover_requeues_safe_claims_and_marks_others_unknown(tmp_path: Path) -> None:
    path = tmp_path / "o.sqlite3"
    outbox = Outbox(Database(path))
    risky = outbox.enqueue(new_claim(1))
    safe = outbox.enqueue(new_claim(2, safe=True))
    outbox.begin_attempt(risky)
    outbox.begin_attempt(safe)
    # A restart: a new process opens the same file.
    restarted = Outbox(Database(path))
    assert restarted.recover() == (1, 1)
    assert restarted.get(risky).state is State.UNKNOWN
    assert "may or may not have reached" in restarted.get(risky).message
    assert restarted.get(safe).state is State.QUEUED
    assert [a.outcome for a in restarted.attempts(risky)] == ["interrupted"]


def test_unknown_is_settled_by_the_user(outbox: Outbox) -> None:
    first = outbox.enqueue(new_claim(1))
    second = outbox.enqueue(new_claim(2))
    for claim_id in (first, second):
        outbox.finish_attempt(claim_id, outbox.begin_attempt(claim_id), Finish.UNKNOWN, "?")
    outbox.mark_accepted(first)
    outbox.retry_now(second)
    assert outbox.get(first).state is State.ACCEPTED
    assert outbox.get(second).state is State.QUEUED


def test_invalid_transitions_are_refused(outbox: Outbox) -> None:
    claim_id = outbox.enqueue(new_claim())
    with pytest.raises(InvalidTransition, match="is queued"):
        outbox.mark_accepted(claim_id)
    with pytest.raises(InvalidTransition, match="is queued"):
        outbox.finish_attempt(claim_id, 1, Finish.ACCEPTED)
    outbox.finish_attempt(claim_id, outbox.begin_attempt(claim_id), Finish.ACCEPTED)
    with pytest.raises(InvalidTransition, match="is accepted"):
        outbox.discard(claim_id)
    with pytest.raises(InvalidTransition, match="not in the outbox"):
        outbox.begin_attempt(999)


def test_edit_and_resend_a_rejected_claim(outbox: Outbox) -> None:
    claim_id = outbox.enqueue(new_claim())
    outbox.finish_attempt(claim_id, outbox.begin_attempt(claim_id), Finish.REJECTED, "no")
    values = {"product_or_activity_ref": "BOIL-100", "quantity": "3", "username": "demo.rep"}
    outbox.resend_edited(claim_id, values, "BOIL-100 × 3", fingerprint("c", "36", values))
    claim = outbox.get(claim_id)
    assert (claim.state, claim.values["quantity"], claim.issues) == (State.QUEUED, "3", ())


def test_duplicates_are_found_by_content(outbox: Outbox) -> None:
    first = outbox.enqueue(new_claim(1))
    outbox.enqueue(new_claim(2))
    same = new_claim(1)
    assert [c.id for c in outbox.duplicates(same.fingerprint)] == [first]
    outbox.discard(first)
    assert outbox.duplicates(same.fingerprint) == []


def test_fingerprint_ignores_case_spaces_and_generated_fields() -> None:
    a = fingerprint(
        "c", "t", {"sku": "BOIL-1 ", "q": "2", "transactionId": "CD-1"}, ignore=["transactionId"]
    )
    b = fingerprint(
        "c", "t", {"sku": "boil-1", "q": "2", "transactionId": "CD-2"}, ignore=["transactionId"]
    )
    assert a == b
    assert a != fingerprint("c", "t", {"sku": "boil-1", "q": "3"})


def test_enqueue_many_is_one_transaction(outbox: Outbox) -> None:
    ids = outbox.enqueue_many(new_claim(n) for n in range(1000))
    assert ids == list(range(1, 1001))
    assert outbox.counts()[State.QUEUED] == 1000


def test_each_connection_keeps_a_page_cache_big_enough_for_a_bulk_queue(tmp_path: Path) -> None:
    """Durable (WAL, synchronous FULL) and with 32 MiB of page cache, so that queueing
    100,000 claims does not spill the fingerprint index to the WAL mid-transaction."""
    connection = Database(tmp_path / "o.sqlite3").connect()
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == -32 * 1024


def test_counts_and_filters(outbox: Outbox) -> None:
    outbox.enqueue(new_claim(1))
    rejected = outbox.enqueue(new_claim(2))
    outbox.finish_attempt(rejected, outbox.begin_attempt(rejected), Finish.REJECTED, "no")
    assert outbox.counts()[State.REJECTED] == 1
    assert [c.id for c in outbox.claims(states=[State.REJECTED])] == [rejected]
    assert outbox.claims(platform="thalamus") == []


def test_migrations_run_once_and_a_newer_file_is_refused(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)
    assert migrate(connection) == len(MIGRATIONS)
    assert migrate(connection) == len(MIGRATIONS)
    connection.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer ClaimDesk"):
        migrate(connection)


def test_drafts_keep_the_latest_text_and_vanish_when_empty(tmp_path: Path) -> None:
    drafts = Drafts(Database(tmp_path / "d.sqlite3"))
    drafts.save("c", "36", {"quantity": "1"})
    drafts.save("c", "36", {"quantity": "12"})
    draft = drafts.get("c", "36")
    assert draft is not None
    assert draft.values == {"quantity": "12"}
    drafts.save("c", "36", {"quantity": "  "})
    assert drafts.get("c", "36") is None


class OutboxMachine(RuleBasedStateMachine):
    """Any sequence of sends, outcomes, crashes and user actions: every claim stays in the
    outbox, in one known state, and after a restart none is left ``sending``."""

    claims = Bundle("claims")

    def __init__(self) -> None:
        super().__init__()
        import tempfile

        self.folder = tempfile.mkdtemp()
        self.path = Path(self.folder) / "o.sqlite3"
        self.outbox = Outbox(Database(self.path))
        self.attempts: dict[int, int] = {}
        self.known: set[int] = set()

    @rule(target=claims, safe=st.booleans(), n=st.integers(0, 5))
    def enqueue(self, safe: bool, n: int) -> int:
        claim_id = self.outbox.enqueue(new_claim(n, safe=safe))
        self.known.add(claim_id)
        return claim_id

    @rule(claim_id=claims)
    def begin(self, claim_id: int) -> None:
        try:
            self.attempts[claim_id] = self.outbox.begin_attempt(claim_id)
        except InvalidTransition:
            assert self.outbox.get(claim_id).state is not State.QUEUED

    @rule(claim_id=claims, finish=st.sampled_from(Finish))
    def finish(self, claim_id: int, finish: Finish) -> None:
        try:
            self.outbox.finish_attempt(claim_id, self.attempts.get(claim_id, 0), finish)
        except InvalidTransition:
            assert self.outbox.get(claim_id).state is not State.SENDING

    @rule()
    def crash_and_restart(self) -> None:
        self.outbox.database.close()
        self.outbox = Outbox(Database(self.path))
        self.outbox.recover()
        assert self.outbox.counts()[State.SENDING] == 0

    @rule(claim_id=claims, action=st.sampled_from(["retry_now", "mark_accepted", "discard"]))
    def user(self, claim_id: int, action: str) -> None:
        with contextlib.suppress(InvalidTransition):
            getattr(self.outbox, action)(claim_id)

    @invariant()
    def nothing_is_lost(self) -> None:
        present = {c.id for c in self.outbox.claims()}
        assert present == self.known
        assert all(c.state in State for c in self.outbox.claims())


OutboxMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None)
TestOutboxMachine = OutboxMachine.TestCase


def test_threads_opening_a_new_file_together_all_get_in(tmp_path: Path) -> None:
    """The response cache, the outbox and a list load open the same new file at once on
    start-up; none of them may meet "database is locked"."""
    import threading

    from claimdesk.storage.database import Database

    for attempt in range(5):
        database = Database(tmp_path / f"new-{attempt}.sqlite3")
        errors: list[BaseException] = []
        start = threading.Barrier(8)

        def open_it(
            db: Database = database,
            gate: threading.Barrier = start,
            found: list[BaseException] = errors,
        ) -> None:
            gate.wait()
            try:
                db.connect().execute("SELECT count(*) FROM claims").fetchone()
            except BaseException as error:  # collected for the assertion below
                found.append(error)

        threads = [threading.Thread(target=open_it) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []

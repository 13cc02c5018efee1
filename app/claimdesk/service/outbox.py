"""Claims through the outbox: checked, committed as ``queued``, then sent; every outcome
recorded, transient failures retried later with backoff and jitter (honouring
``Retry-After``), doubtful ones left ``unknown`` for the user, never lost or doubled."""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.translation import translate
from claimdesk.errors import ClaimDeskError
from claimdesk.service.connections import Connection
from claimdesk.service.platform import LoadedForm, Outcome, SubmitResult, Target
from claimdesk.storage.database import DB_FILE, Database, StorageFault
from claimdesk.storage.outbox import (
    AttemptEnd,
    Finish,
    InvalidTransition,
    NewClaim,
    Outbox,
    OutboxClaim,
    State,
    fingerprint,
    utcnow,
)
from claimdesk.storage.send_lock import SenderBusy, SendLock, send_lock_for

# The outbox's records, for the windows and the command line (which import no storage).
__all__ = [
    "InvalidTransition",
    "OutboxClaim",
    "OutboxService",
    "Queued",
    "SenderBusy",
    "SentOne",
    "State",
    "StorageFault",
    "enqueue_rows",
    "new_claim",
    "result_of",
    "submit_through",
]

log = logging.getLogger("claimdesk.outbox")

MIN_RETRY_S = 1.0  # whatever Retry-After says: "0" must not become hundreds of posts a second
ATTEMPTS_PER_RUN = 3  # ``send_queued``: tries per claim in one run; the rest wait for the next
LOCK_WAIT_S = 10.0  # how long a sender waits for another process to finish its send
FIRST_RETRY_S = 2.0
MAX_RETRY_S = 300.0
AUTH_RETRY_S = 600.0  # credentials do not fix themselves: try rarely until the user acts

_FINISH = {
    Outcome.ACCEPTED: Finish.ACCEPTED,
    Outcome.NOT_EARNING: Finish.ACCEPTED,
    Outcome.REJECTED: Finish.REJECTED,
    Outcome.INVALID: Finish.REJECTED,
    Outcome.UNKNOWN: Finish.UNKNOWN,
}


def retry_delay(attempt: int, retry_after: float | None, rng: random.Random) -> float:
    """Exponential backoff with full jitter (2 s·2ⁿ⁻¹, at most 5 min); ``Retry-After`` wins,
    but never below ``MIN_RETRY_S``."""
    if retry_after is not None:
        return max(MIN_RETRY_S, min(retry_after, MAX_RETRY_S * 4))
    ceiling = min(MAX_RETRY_S, FIRST_RETRY_S * 2 ** max(attempt - 1, 0))
    return rng.uniform(ceiling / 2, ceiling)


def summarize(form: LoadedForm, values: Mapping[str, str]) -> str:
    """A short line naming the claim in lists: its first few required answers."""
    parts = [str(values.get(f.name, "")).strip() for f in form.schema if f.required]
    text = " · ".join(p for p in parts if p)[:120]
    return text or form.target.name


def new_claim(connection: Connection, form: LoadedForm, values: Mapping[str, str]) -> NewClaim:
    """The outbox record of one claim: its values with what ClaimDesk generates filled in
    once (``prepare``), a summary line, and the fingerprint that finds the same content
    again (taken before anything is generated; fields the platform generates left out)."""
    capabilities = connection.service.capabilities
    return NewClaim(
        connection.name,
        connection.service.platform,
        form.target.key,
        form.target.name,
        connection.service.prepare(form, values),
        summarize(form, values),
        fingerprint(connection.name, form.target.key, values, capabilities.generated_fields),
        resend_is_safe=capabilities.resend_is_safe,
    )


@dataclass(frozen=True)
class Queued:
    """The answer to 'queue this claim': its id, or why it was not queued."""

    claim_id: int | None
    check: ClaimCheck
    duplicates: tuple[OutboxClaim, ...] = ()


@dataclass
class SentOne:
    claim: OutboxClaim
    result: SubmitResult


@dataclass
class OutboxService:
    """The one way claims leave this desktop. Thread-safe: one send at a time."""

    outbox: Outbox
    connection_of: Callable[[str], Connection | None]
    rng: random.Random = field(default_factory=random.Random)
    _forms: dict[tuple[str, str], LoadedForm] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(
        cls,
        folder: object,
        connection_of: Callable[[str], Connection | None],
        file_name: str = DB_FILE,
    ) -> OutboxService:
        from pathlib import Path

        return cls(Outbox(Database(Path(str(folder)) / file_name)), connection_of)

    # --- queueing -------------------------------------------------------------------

    def remember_form(self, connection: str, form: LoadedForm) -> None:
        """The form the user is looking at also serves its claims' sends."""
        self._forms[(connection, form.target.key)] = form

    def remembered_form(self, connection: str, target_key: str) -> LoadedForm | None:
        """The form this session loaded for that connection's target, if any (its labels
        name a claim's values in the outbox window and the Today list)."""
        return self._forms.get((connection, target_key))

    def enqueue(
        self,
        connection: Connection,
        form: LoadedForm,
        values: Mapping[str, str],
        *,
        allow_duplicate: bool = False,
    ) -> Queued:
        """Check; refuse invalid content; warn of the same content already queued or sent;
        else commit the claim as ``queued`` and return its id."""
        self.remember_form(connection.name, form)
        check = connection.service.check(form, values)
        if not check.ok:
            return Queued(None, check)
        claim = new_claim(connection, form, values)
        if not allow_duplicate:
            same = tuple(self.outbox.duplicates(claim.fingerprint))
            if same:
                return Queued(None, check, same)
        claim_id = self.outbox.enqueue(claim)
        return Queued(claim_id, check)

    # --- sending --------------------------------------------------------------------

    @property
    def send_lock(self) -> SendLock:
        """This data file's sender lock (shared by every service of this process)."""
        return send_lock_for(self.outbox.database.path)

    def recover(self) -> tuple[int, int]:
        """Claims a crashed sender left ``sending``: re-queued or ``unknown``. Run under the
        send lock, so a live process's claims in flight are never touched; when another
        process keeps sending past ``LOCK_WAIT_S``, nothing is recovered now (next start)."""
        self.outbox.database.connect()  # a damaged or missing file says so before the lock
        lock = self.send_lock
        if not lock.acquire(LOCK_WAIT_S):
            log.warning("another ClaimDesk is sending: recovery left for the next start")
            return 0, 0
        try:
            if lock.holds > 1:  # this process is sending: its claims in flight are live
                return 0, 0
            requeued, unknown = self.outbox.recover()
        finally:
            lock.release()
        if requeued or unknown:
            log.warning("after a restart: %d claims re-queued, %d left unknown", requeued, unknown)
        return requeued, unknown

    def _form_for(self, connection: Connection, claim: OutboxClaim) -> LoadedForm:
        key = (connection.name, claim.target_key)
        form = self._forms.get(key)
        if form is None:
            form = connection.service.load_form(Target(claim.target_key, claim.target_name))
            self._forms[key] = form
        return form

    def send_one(self, claim: OutboxClaim) -> SentOne | None:
        """One attempt for one due claim; None when its connection is not open."""
        sent = self.send_group([claim])
        return sent[0] if sent else None

    def send_group(self, claims: Sequence[OutboxClaim]) -> list[SentOne]:
        """One attempt for claims of one connection and target, through ``submit_many`` when
        the platform takes several at once (``capabilities.claims_per_send``: several claims
        a request, or several requests in flight), else one request per claim. Empty when
        the connection is not open."""
        if not claims:
            return []
        connection = self.connection_of(claims[0].connection)
        if connection is None:
            return []
        with self.sending():
            # Read again under the lock: another process may have sent some meanwhile.
            claims = [c for c in (self.outbox.get(c.id) for c in claims) if c.state is State.QUEUED]
            return self._send_group(connection, claims) if claims else []

    @contextmanager
    def sending(self) -> Iterator[None]:
        """This process sends from this data file: hold the send lock (waiting up to
        ``LOCK_WAIT_S`` for another process), or raise SenderBusy."""
        lock = self.send_lock
        if not lock.acquire(LOCK_WAIT_S):
            raise SenderBusy(
                translate("Outbox", "Another ClaimDesk is sending; the claims stay queued.")
            )
        try:
            yield
        finally:
            lock.release()

    def _send_group(self, connection: Connection, claims: Sequence[OutboxClaim]) -> list[SentOne]:
        try:
            form = self._form_for(connection, claims[0])
        except ClaimDeskError as error:  # nothing was sent: try later
            return [self._not_sent(claim, error) for claim in claims]
        service = connection.service
        if service.capabilities.claims_per_send <= 1 or len(claims) == 1:
            out = []
            for claim in claims:
                (attempt,) = self.outbox.begin_attempts([claim.id])  # committed before the request
                result = service.submit(form, claim.values)
                self.outbox.finish_attempts([self._end(claim, attempt, result)])
                out.append(SentOne(self.outbox.get(claim.id), result))
            return out
        attempts = self.outbox.begin_attempts([c.id for c in claims])
        results = service.submit_many(form, [c.values for c in claims])
        self.outbox.finish_attempts(
            [self._end(c, a, r) for c, a, r in zip(claims, attempts, results, strict=True)]
        )
        return [SentOne(self.outbox.get(c.id), r) for c, r in zip(claims, results, strict=True)]

    def _not_sent(self, claim: OutboxClaim, error: ClaimDeskError) -> SentOne:
        wait = (
            retry_delay(claim.attempt_count + 1, error.retry_after, self.rng)
            if error.retryable
            else AUTH_RETRY_S
        )
        attempt = self.outbox.begin_attempt(claim.id)
        self.outbox.finish_attempt(
            claim.id,
            attempt,
            Finish.RETRY,
            (
                translate("Outbox", "{error} Will send when online.").format(error=error)
                if error.retryable  # a refused login or an untrusted certificate: rarely
                else translate("Outbox", "{message} Will try again in {minutes} minutes.").format(
                    message=error, minutes=f"{AUTH_RETRY_S / 60:.0f}"
                )
            ),
            http_status=error.status,
            retry_at=utcnow() + dt.timedelta(seconds=wait),
        )
        result = SubmitResult(Outcome.FAILED, str(error), retryable=True, http_status=error.status)
        return SentOne(self.outbox.get(claim.id), result)

    def _end(self, claim: OutboxClaim, attempt: int, result: SubmitResult) -> AttemptEnd:
        finish = _FINISH.get(result.outcome, Finish.RETRY)
        retry_at = None
        message = result.message
        if finish is Finish.RETRY:
            wait = (
                AUTH_RETRY_S
                if not result.retryable
                else retry_delay(claim.attempt_count + 1, result.retry_after, self.rng)
            )
            retry_at = utcnow() + dt.timedelta(seconds=wait)
            message = (
                translate("Outbox", "{message} Will send when online.").format(
                    message=result.message
                )
                if result.retryable
                else translate("Outbox", "{message} Will try again in {minutes} minutes.").format(
                    message=result.message, minutes=f"{AUTH_RETRY_S / 60:.0f}"
                )
            )
        return AttemptEnd(
            claim.id,
            attempt,
            finish,
            message,
            tuple(result.issues),
            http_status=result.http_status,
            points=result.points,
            remote_ids=tuple(result.claim_ids),
            retry_at=retry_at,
        )

    def _per_send(self, claim: OutboxClaim) -> int:
        connection = self.connection_of(claim.connection)
        return 1 if connection is None else connection.service.capabilities.claims_per_send

    def send_due(
        self, limit: int = 50, cancel: threading.Event | None = None, only: int | None = None
    ) -> list[SentOne]:
        """Send what is due now, oldest first (or just claim ``only``), one at a time."""
        sent: list[SentOne] = []
        with self.sending(), self._lock:
            due = self.outbox.due(limit)
            if only is not None:
                due = [c for c in due if c.id == only]
            due = self._without_accepted_twins(due)
            for claim in due:
                if cancel is not None and cancel.is_set():
                    break
                done = self.send_one(claim)
                if done is not None:
                    sent.append(done)
        return sent

    def _without_accepted_twins(self, claims: list[OutboxClaim]) -> list[OutboxClaim]:
        """A retry never sends a claim whose same content was accepted, as another claim,
        after it was queued: that one is withdrawn (discarded, naming the accepted one)."""
        twins = self.outbox.accepted_twins(claims)
        for claim_id, twin in twins.items():
            self.outbox.withdraw_queued(
                [claim_id],
                translate(
                    "Outbox", "not sent: the same claim was accepted meanwhile as #{id}"
                ).format(id=twin.id),
            )
        return [c for c in claims if c.id not in twins]

    def send_queued(
        self,
        attempts_per_claim: int = ATTEMPTS_PER_RUN,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Send every due claim, grouped as ``send_ids`` groups them, until nothing is due or
        each has had ``attempts_per_claim`` tries in this run; returns the attempts made."""
        tries: dict[int, int] = {}
        made = 0
        with self.sending():
            return self._send_queued(tries, made, attempts_per_claim, progress)

    def _send_queued(
        self,
        tries: dict[int, int],
        made: int,
        attempts_per_claim: int,
        progress: Callable[[int], None] | None,
    ) -> int:
        while True:
            due = [
                c.id
                for c in self._without_accepted_twins(self.outbox.due(limit=10_000))
                if tries.get(c.id, 0) < attempts_per_claim
            ]
            if not due:
                return made
            for claim_id in due:
                tries[claim_id] = tries.get(claim_id, 0) + 1

            def count(_index: int, sent: SentOne | None) -> None:
                nonlocal made
                if sent is not None:
                    made += 1
                    if progress is not None:
                        progress(made)

            self.send_ids(due, on_sent=count)

    def resolve(self, claim_id: int, *, accepted: bool) -> OutboxClaim:
        """Settle a "check needed" (unknown) claim: the user found it on the platform
        (accepted), or found it was not stored (queued again, due now). The platform's
        service hears it too (``settle``): Thalamus frees or keeps the sale's ID."""
        claim = self.outbox.get(claim_id)
        if accepted:
            self.outbox.mark_accepted(claim_id)
        else:
            if claim.state is not State.UNKNOWN:
                raise InvalidTransition(f"claim {claim_id} is {claim.state.value}")
            self.outbox.retry_now(claim_id)
        connection = self.connection_of(claim.connection)
        if connection is not None and claim.state is State.UNKNOWN:
            connection.service.settle(claim.values, stored=accepted)
        return self.outbox.get(claim_id)

    def send_ids(
        self,
        ids: Sequence[int],
        cancel: threading.Event | None = None,
        on_sent: Callable[[int, SentOne | None], None] | None = None,
    ) -> None:
        """Send the named claims, in order, one attempt each; ``on_sent(index, sent)`` after
        each (sent is None when the claim was no longer queued: another sender had it).
        Claims for a platform that takes several at once go as many together as it takes
        (``capabilities.claims_per_send``).
        Stops between two requests when ``cancel`` is set; the rest stay queued."""
        with self.sending():
            self._send_ids(ids, cancel, on_sent)

    def _send_ids(
        self,
        ids: Sequence[int],
        cancel: threading.Event | None,
        on_sent: Callable[[int, SentOne | None], None] | None,
    ) -> None:
        index = 0
        while index < len(ids):
            if cancel is not None and cancel.is_set():
                return
            with self._lock:  # the background sender may be sending too: one at a time
                first = self.outbox.get(ids[index])
                size = max(1, self._per_send(first))
                claims = [first, *(self.outbox.get(i) for i in ids[index + 1 : index + size])]
                queued = [c for c in claims if c.state is State.QUEUED]
                group = _same_target(queued) if queued else []
                sent = {s.claim.id: s for s in self.send_group(group)}
            in_group = {c.id for c in group}
            for claim in claims:
                if claim.state is State.QUEUED and claim.id not in in_group:
                    break  # not in this request: the next turn sends it
                if on_sent is not None:
                    on_sent(index, sent.get(claim.id))
                index += 1


def _same_target(claims: Sequence[OutboxClaim]) -> list[OutboxClaim]:
    """The leading run of claims that can share one request with the first."""
    first = claims[0]
    group = []
    for claim in claims:
        if (claim.connection, claim.target_key) != (first.connection, first.target_key):
            break
        group.append(claim)
    return group


def result_of(claim: OutboxClaim) -> SubmitResult:
    """What a claim's current state means, for a caller that did not see the attempt."""
    outcome = {
        State.ACCEPTED: Outcome.ACCEPTED,
        State.REJECTED: Outcome.REJECTED,
        State.UNKNOWN: Outcome.UNKNOWN,
    }.get(claim.state, Outcome.FAILED)
    return SubmitResult(
        outcome,
        claim.message or claim.state.value,
        claim.issues,
        points=claim.points,
        claim_ids=tuple(i for i in claim.remote_ids.split(",") if i),
        retryable=claim.state.value == "queued",
    )


def submit_through(
    service: OutboxService,
    connection: Connection,
    form: LoadedForm,
    values: Mapping[str, str],
    *,
    allow_duplicate: bool = False,
    resend_claim: int | None = None,
) -> tuple[Queued, SentOne | None]:
    """Queue (or re-queue an edited rejected claim) and make its first attempt at once."""
    if resend_claim is not None:
        check = connection.service.check(form, values)
        if not check.ok:
            return Queued(None, check), None
        edited = new_claim(connection, form, values)
        service.outbox.resend_edited(
            resend_claim, edited.values, edited.summary, edited.fingerprint
        )
        queued = Queued(resend_claim, check)
    else:
        queued = service.enqueue(connection, form, values, allow_duplicate=allow_duplicate)
    if queued.claim_id is None:
        return queued, None
    try:
        sent = service.send_due(only=queued.claim_id)
    except SenderBusy as error:  # queued and safe: another process sends, or this one later
        claim = service.outbox.get(queued.claim_id)
        return queued, SentOne(claim, SubmitResult(Outcome.FAILED, str(error), retryable=True))
    if sent:
        return queued, sent[0]
    claim = service.outbox.get(queued.claim_id)  # the background sender got there first
    return queued, SentOne(claim, result_of(claim))


def enqueue_rows(
    service: OutboxService, connection: Connection, form: LoadedForm, rows: list[Mapping[str, str]]
) -> tuple[list[int], list[tuple[int, ClaimCheck]]]:
    """Queue every valid row in one transaction; return their claim ids and, for the rows
    not queued, their index and check. Nothing is sent here."""
    valid: list[NewClaim] = []
    invalid: list[tuple[int, ClaimCheck]] = []
    for index, values in enumerate(rows):
        check = connection.service.check(form, values)
        if check.ok:
            valid.append(new_claim(connection, form, values))
        else:
            invalid.append((index, check))
    service.remember_form(connection.name, form)
    return service.outbox.enqueue_many(valid), invalid

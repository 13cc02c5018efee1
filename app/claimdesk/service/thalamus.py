"""Thalamus: one target (the connection's touchpoint), whose form is the partner sale body.

A sale needs a transaction ID. Left blank, ClaimDesk makes one ("CD-" + a UUID4) when the sale
is queued (``prepare``), so every attempt sends the same one; a sale sent without the outbox
gets one when it is sent. Thalamus does not deduplicate transaction IDs (assumed; the seed
is silent), so a repeat is a second sale, not a harmless retry: the IDs this desktop has sent
are kept behind ``SentTransactions`` and an ID already sent is flagged on its field before
sending.

``submit_many`` sends many sales, one request each, with bounded concurrency over the
connector's pooled session, a progress callback and a cancel that stops starting new requests.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from typing import Protocol

from claimdesk.connectors.thalamus import (
    DEFAULT_LOGIN_PATH,
    ThalamusConnector,
    ThalamusCredentials,
)
from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.fields import FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.domain.thalamus import (
    CURRENCY,
    CUSTOMER,
    FIELD_LABELS,
    SALE_DATE,
    SALES_ORIGIN,
    TRANSACTION_ID,
    TRANSACTION_SENT,
    PartnerSku,
    SentState,
    build_sale_schema,
    check_sale,
    new_transaction_id,
    sale_body,
)
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.errors import AmbiguousOutcome, AuthError, ClaimDeskError, RejectedError
from claimdesk.service.platform import (
    Capabilities,
    LoadedForm,
    Outcome,
    Probe,
    ServiceBase,
    SubmitResult,
    Target,
    invalid_result,
    result_from_error,
)

log = logging.getLogger("claimdesk.service")

DEFAULT_WORKERS = 8
MAX_WORKERS = 16  # the pooled session keeps 16 connections (connectors/http.py)
CANCELLED_MESSAGE = "Not sent: the batch was cancelled before this sale was sent."
REPEATED_IN_BATCH = "transaction_repeated"
IN_FLIGHT_MESSAGE = "is being sent by another sale right now; give each sale its own ID"

Progress = Callable[[int, int], None]  # (done, total)


class SentTransactions(Protocol):
    """The transaction IDs this desktop has sent, and what each came to.

    ``reserve`` claims an ID for one send (False when it was sent or is being sent);
    ``record`` keeps the outcome; ``release`` gives back an ID whose send stored nothing."""

    def state_of(self, transaction_id: str) -> SentState | None: ...

    def reserve(self, transaction_id: str) -> bool: ...

    def record(self, transaction_id: str, state: SentState) -> None: ...

    def release(self, transaction_id: str) -> None: ...

    def forget(self, transaction_id: str) -> None:
        """The user found the sale was never stored: the ID is free again."""
        ...


class MemorySentTransactions:
    """In memory, for this run (a SQLite store will keep them across runs)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._states: dict[str, SentState] = {}
        self._sending: set[str] = set()

    def __len__(self) -> int:
        with self._lock:
            return len(self._states)

    def state_of(self, transaction_id: str) -> SentState | None:
        with self._lock:
            return self._states.get(transaction_id)

    def reserve(self, transaction_id: str) -> bool:
        with self._lock:
            if transaction_id in self._states or transaction_id in self._sending:
                return False
            self._sending.add(transaction_id)
            return True

    def record(self, transaction_id: str, state: SentState) -> None:
        with self._lock:
            self._sending.discard(transaction_id)
            self._states[transaction_id] = state

    def release(self, transaction_id: str) -> None:
        with self._lock:
            self._sending.discard(transaction_id)

    def forget(self, transaction_id: str) -> None:
        with self._lock:
            self._states.pop(transaction_id, None)


@dataclass(frozen=True)
class SaleContext:
    skus: Mapping[str, PartnerSku]


def _with_labels(error: RejectedError, schema: FormSchema) -> RejectedError:
    """Issues on fields the form lacks (Thalamus's ``partner``) become record-level issues
    that name the field by its label."""
    issues = tuple(
        i
        if i.field is None or i.field in schema
        else Issue(None, i.code, i.describe(FIELD_LABELS.get(i.field)))
        for i in error.issues
    )
    return RejectedError(error.message, issues, status=error.status)


def cancelled_result() -> SubmitResult:
    return SubmitResult(Outcome.FAILED, CANCELLED_MESSAGE, retryable=True)


class ThalamusService(ServiceBase):
    platform = "thalamus"
    platform_name = "Thalamus"
    target_noun = QT_TRANSLATE_NOOP("Service", "Touchpoint")
    # Read by the outbox: Thalamus does not deduplicate transactionId, so a sale whose send
    # was interrupted must not be sent again blindly. One sale per request.
    capabilities = Capabilities(resend_is_safe=False, concurrent_requests=DEFAULT_WORKERS)
    connector: ThalamusConnector

    def __init__(
        self,
        connector: ThalamusConnector,
        *,
        sent: SentTransactions | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        make_uuid: Callable[[], object] = uuid.uuid4,
    ) -> None:
        self.connector = connector
        self.sent: SentTransactions = sent if sent is not None else MemorySentTransactions()
        self._today = today
        self._make_uuid = make_uuid

    def targets(self) -> list[Target]:
        """The connection's touchpoint; logging in here shows wrong credentials at once."""
        self.connector.ensure_login()
        touchpoint = self.connector.touchpoint
        name = translate("Thalamus", "Partner sales · {touchpoint}").format(touchpoint=touchpoint)
        return [Target(touchpoint, name)]

    def _skus_or_why_not(self) -> tuple[list[PartnerSku], str | None]:
        """The partner's SKUs, or none and why, when Thalamus does not list them here (404)
        or not for this partner (403): a sale may still name any partner SKU code. Guess: the
        docs list the SKUs (DESIGN.md's facts) but say nothing of who may read them, so a
        refusal of the list blocks neither the form nor "Test connection"."""
        try:
            return self.connector.partner_skus(), None
        except AuthError as error:
            if error.status != 403:
                raise
            why = translate(
                "Thalamus",
                "Thalamus does not let the partner “{principal}” list partner SKUs (HTTP 403)",
            )
        except ClaimDeskError as error:
            if error.status != 404:
                raise
            why = translate(
                "Thalamus", "this Thalamus server does not list partner SKUs (HTTP 404)"
            )
        return [], why.format(principal=self.connector.principal)

    def load_form(self, target: Target) -> LoadedForm:
        skus, why_not = self._skus_or_why_not()
        schema = build_sale_schema(target.key, skus)
        summary = (
            translate("Thalamus", "{count} partner SKUs").format(count=len(skus))
            if why_not is None
            else translate("Thalamus", "No partner SKU list: {why}; type the code.").format(
                why=why_not
            )
        )
        return LoadedForm(
            target,
            schema,
            summary=summary,
            context=SaleContext({sku.code: sku for sku in skus}),
            sticky_fields=(CUSTOMER, SALE_DATE, CURRENCY, SALES_ORIGIN),
        )

    def probe(self) -> Probe:
        """A fresh login (the principal, password, touchpoint and token all count), then the
        partner SKU list when Thalamus offers it."""
        connector = self.connector
        connector.login()
        signed_in = translate(
            "Thalamus", "Signed in as {principal} at touchpoint {touchpoint} ({path})."
        ).format(
            principal=connector.principal,
            touchpoint=connector.touchpoint,
            path=connector.login_path,
        )
        skus, why_not = self._skus_or_why_not()
        listed = (
            translate("Thalamus", "Partner SKUs readable: {count} found.").format(count=len(skus))
            if why_not is None
            else translate("Thalamus", "No partner SKU list: {why}; type the code.").format(
                why=why_not
            )
        )
        return Probe((signed_in, listed))

    def check(self, form: LoadedForm, values: Mapping[str, object]) -> ClaimCheck:
        context: SaleContext | None = form.context
        return check_sale(
            form.schema,
            values,
            today=self._today(),
            skus=context.skus if context is not None and context.skus else None,
            sent=self.sent.state_of,
        )

    def prepare(self, form: LoadedForm, values: Mapping[str, str]) -> dict[str, str]:
        """A blank transaction ID gets its "CD-" + UUID4 here, when the sale is queued: the
        outbox keeps it, so every attempt (and a trace on Thalamus) carries the same ID."""
        prepared = dict(values)
        if not str(prepared.get(TRANSACTION_ID) or "").strip():
            prepared[TRANSACTION_ID] = new_transaction_id(self._make_uuid)
        return prepared

    def settle(self, values: Mapping[str, str], *, stored: bool) -> None:
        """An interrupted sale's transaction ID stays taken (Thalamus would store a repeat
        as a second sale) until the user says what became of it: stored, it is sent for
        good; not stored, it is free again, so the same sale goes with the same ID."""
        transaction_id = str(values.get(TRANSACTION_ID) or "").strip()
        if not transaction_id:
            return
        if stored:
            self.sent.record(transaction_id, "accepted")
        else:
            self.sent.forget(transaction_id)

    def submit(self, form: LoadedForm, values: Mapping[str, object]) -> SubmitResult:
        """Check locally, then send one sale; never raises a ClaimDeskError."""
        values = dict(values)
        if not str(values.get(TRANSACTION_ID) or "").strip():
            values[TRANSACTION_ID] = new_transaction_id(self._make_uuid)
        checked = self.check(form, values)
        if not checked.ok:
            return invalid_result(checked)
        transaction_id = str(checked.values[TRANSACTION_ID])
        if not self.sent.reserve(transaction_id):
            issue = Issue(TRANSACTION_ID, TRANSACTION_SENT, IN_FLIGHT_MESSAGE)
            return invalid_result(ClaimCheck((issue,), checked.values))
        body = sale_body(form.schema, checked.values)
        try:
            self.connector.create_sale(body)
        except AmbiguousOutcome as error:
            self.sent.record(transaction_id, "unknown")
            result = result_from_error(error, form.schema)
            return replace(
                result,
                message=translate("Thalamus", "{message} (Transaction ID {id}.)").format(
                    message=result.message, id=transaction_id
                ),
                claim_ids=(transaction_id,),
            )
        except RejectedError as error:
            self.sent.release(transaction_id)  # refused: nothing stored, the ID is free
            return result_from_error(_with_labels(error, form.schema), form.schema)
        except ClaimDeskError as error:
            self.sent.release(transaction_id)  # never stored: the ID is free
            return result_from_error(error, form.schema)
        except BaseException:
            self.sent.release(transaction_id)
            raise
        self.sent.record(transaction_id, "accepted")
        log.info("sale accepted by Thalamus: transaction %s", transaction_id)
        return SubmitResult(
            Outcome.ACCEPTED,
            translate(
                "Thalamus", "Accepted: Thalamus recorded the sale (transaction ID {id})."
            ).format(id=transaction_id),
            claim_ids=(transaction_id,),
        )

    def submit_many(
        self,
        form: LoadedForm,
        rows: Iterable[Mapping[str, object]],
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        workers: int = DEFAULT_WORKERS,
    ) -> list[SubmitResult]:
        """One result per row, in input order. Rows that fail the local rules, or repeat a
        transaction ID of an earlier row, are not sent; the others go ``workers`` at a time.
        After ``cancel`` is set no new request starts: rows not yet started come back as
        not sent (``CANCELLED_MESSAGE``). ``progress(done, total)`` is called on this thread."""
        rows = list(rows)
        total = len(rows)
        results: list[SubmitResult | None] = [None] * total
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)

        to_send: list[int] = []
        first_row: dict[str, int] = {}
        for index, row in enumerate(rows):
            typed = str(row.get(TRANSACTION_ID) or "").strip()
            if typed and typed in first_row:
                issue = Issue(
                    TRANSACTION_ID,
                    REPEATED_IN_BATCH,
                    translate(
                        "Thalamus", "repeats the transaction ID of row {row} of this batch"
                    ).format(row=first_row[typed] + 1),
                )
                results[index] = invalid_result(ClaimCheck((issue,), {}))
                tick()
                continue
            if typed:
                first_row[typed] = index
            checked = self.check(form, row)
            if not checked.ok:
                results[index] = invalid_result(checked)
                tick()
                continue
            to_send.append(index)

        stop = threading.Event()

        def send(index: int) -> SubmitResult:
            if stop.is_set() or (cancel is not None and cancel.is_set()):
                return cancelled_result()
            return self.submit(form, rows[index])

        workers = max(1, min(workers, MAX_WORKERS))
        with ThreadPoolExecutor(workers, thread_name_prefix="thalamus-send") as pool:
            futures: dict[Future[SubmitResult], int] = {pool.submit(send, i): i for i in to_send}
            try:
                for future in as_completed(futures):
                    results[futures[future]] = future.result()
                    tick()
            except BaseException:
                stop.set()  # an unexpected failure: start nothing more, then let it out
                raise
        final = [r if r is not None else cancelled_result() for r in results]
        accepted = sum(1 for r in final if r.outcome is Outcome.ACCEPTED)
        log.info("Thalamus batch: %d of %d sales accepted", accepted, total)
        return final


def open_service(
    base_url: str,
    touchpoint: str,
    principal: str,
    secrets: Mapping[str, str],
    login_path: str = "",
) -> ThalamusService:
    """A service for a saved profile: ``secrets`` holds "api_token" and "password" (absent
    or empty at a touchpoint that needs none); an empty ``login_path`` is the documented one."""
    credentials = ThalamusCredentials(
        touchpoint, secrets["api_token"], principal, secrets.get("password", "")
    )
    return ThalamusService(
        ThalamusConnector(base_url, credentials, login_path=login_path or DEFAULT_LOGIN_PATH)
    )

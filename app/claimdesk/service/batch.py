"""Many rows sent at once, the same way from the batch window and ``claimdesk submit``.

Every row is checked with the form's rules first; the valid ones are committed to the
outbox in one transaction (so none is lost if the program dies), then each is sent through
the outbox's ordinary path, in file order, with progress after each claim. Invalid rows are
never queued.

Request sizes: each platform declares them (``Capabilities``). MyRewards takes up to 100
claims a request. Its request is
all-or-nothing, so only rows that pass every local rule are sent, and when the server still
refuses one (it names it with ``index_of_failed_data``) that row alone is rejected with the
server's reason and the other rows of its request, none of them stored, are sent again at
once: a late refusal costs one request and sinks no other row. A refusal that names no row
halves the request until one is named. The other platforms get one claim per request, so
each row has its own outcome; Thalamus keeps several of those requests in flight at once.
(Peak's chunked upsert of up to 500 rows lives in service/peak.py for the Peak sheet.)

Duplicates: a valid row whose content this desktop has already queued or sent to the same
connection and target (an outbox claim queued, sending, accepted or unknown, by its
fingerprint), or that repeats an earlier row of the same batch, is not queued but listed
(state ``duplicate``, naming the earlier claim or row) unless the caller allows duplicates:
``claimdesk submit --allow-duplicates``, or the batch window's "send them again?" answered
Yes. One indexed query per 500 rows finds them (``Outbox.duplicates_of_many``).

Cancel stops between two requests: the request being sent finishes and is recorded; every
row not yet sent is withdrawn from the outbox (discarded, never sent), so nothing goes out
after the user said stop, and the rows stay in the grid to send again later.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.fields import FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.domain.translation import Count, translate
from claimdesk.importers.export import write_table
from claimdesk.importers.table import ImportError_
from claimdesk.service.checking import check_rows
from claimdesk.service.connections import Connection
from claimdesk.service.outbox import OutboxClaim, OutboxService, SenderBusy, SentOne, new_claim
from claimdesk.service.platform import LoadedForm
from claimdesk.storage.outbox import State

INVALID = "invalid"  # a row state beside the outbox's own: broke a local rule, not queued
CANCELLED = "cancelled"  # withdrawn before it was sent
DUPLICATE = "duplicate"  # the same content already queued or sent, or an earlier row: not queued


@dataclass(frozen=True)
class RowOutcome:
    row: int  # index into the rows given
    state: str  # accepted | rejected | unknown | queued | invalid | cancelled
    message: str
    claim_id: int | None = None
    issues: tuple[Issue, ...] = ()
    duplicate_of: int | None = None  # a duplicate: the earlier claim's id in the outbox…
    same_row: int | None = None  # …or the earlier row of these rows it repeats
    claim_number: str = ""  # the platform's own number(s) for the claim, once it has one
    points: int | None = None  # what the platform says the claim earned


@dataclass(frozen=True)
class Duplicate:
    """A row not to send again: the same content as ``claim`` (already in the outbox) or as
    the row ``same_row`` of the same batch."""

    row: int
    claim: OutboxClaim | None = None
    same_row: int | None = None

    def outcome(self) -> RowOutcome:
        if self.claim is not None:
            message = translate(
                "Batch", "not sent: the same claim is already in the outbox as #{id} ({state})"
            ).format(id=self.claim.id, state=self.claim.state.value)
            return RowOutcome(self.row, DUPLICATE, message, duplicate_of=self.claim.id)
        message = translate("Batch", "not sent: the same claim as an earlier row")
        return RowOutcome(self.row, DUPLICATE, message, same_row=self.same_row)


@dataclass
class BatchProgress:
    total: int  # rows being sent (the valid ones)
    done: int = 0
    counts: Counter[str] = field(default_factory=Counter)


@dataclass
class BatchReport:
    outcomes: list[RowOutcome]
    cancelled: bool = False

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.state for o in self.outcomes)

    def summary(self) -> str:
        counts = self.counts
        parts = [
            translate("Batch", "{n:,} accepted").format(n=Count(counts[State.ACCEPTED])),
            translate("Batch", "{n:,} rejected").format(n=Count(counts[State.REJECTED])),
            translate("Batch", "{n:,} unknown").format(n=Count(counts[State.UNKNOWN])),
            translate("Batch", "{n:,} queued to retry").format(n=Count(counts[State.QUEUED])),
            translate("Batch", "{n:,} invalid not sent").format(n=Count(counts[INVALID])),
        ]
        if counts[DUPLICATE]:
            parts.append(
                translate("Batch", "{n:,} duplicates not sent").format(n=Count(counts[DUPLICATE]))
            )
        if counts[CANCELLED]:
            parts.append(
                translate("Batch", "{n:,} not sent (cancelled)").format(n=Count(counts[CANCELLED]))
            )
        return ", ".join(parts) + "."


def _invalid(row: int, check: ClaimCheck, label_of: Callable[[str], str]) -> RowOutcome:
    whole = translate("Batch", "claim")  # an issue of the whole claim, not of one field
    text = "; ".join(
        f"{label_of(i.field) if i.field else whole}: {i.message}" for i in check.issues
    )
    return RowOutcome(row, INVALID, text, None, check.issues)


def find_duplicates(
    outbox: OutboxService,
    connection: Connection,
    form: LoadedForm,
    rows: Sequence[Mapping[str, str]],
    indexes: Sequence[int] | None = None,
) -> dict[int, Duplicate]:
    """The rows (of ``indexes``, else all) whose content this desktop has already queued or
    sent to this connection and target, or that repeat an earlier one of them: row → why."""
    wanted = range(len(rows)) if indexes is None else indexes
    prints = {
        i: new_claim(connection, form, {k: str(v) for k, v in rows[i].items()}).fingerprint
        for i in wanted
    }
    return _duplicates(outbox, prints)


def _duplicates(outbox: OutboxService, prints: Mapping[int, str]) -> dict[int, Duplicate]:
    earlier = outbox.outbox.duplicates_of_many(prints.values())
    first_row: dict[str, int] = {}
    found: dict[int, Duplicate] = {}
    for index, print_ in prints.items():
        if print_ in earlier:
            found[index] = Duplicate(index, claim=earlier[print_])
        elif print_ in first_row:
            found[index] = Duplicate(index, same_row=first_row[print_])
        else:
            first_row[print_] = index
    return found


def submit_rows(
    outbox: OutboxService,
    connection: Connection,
    form: LoadedForm,
    rows: Sequence[Mapping[str, str]],
    *,
    checks: Sequence[ClaimCheck] | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
    cancel: threading.Event | None = None,
    allow_duplicates: bool = False,
) -> BatchReport:
    """Check, queue the valid rows in one transaction, send them one by one; the outcome
    of every row. ``checks`` (from an earlier check of the same rows) saves checking twice.
    Rows already queued or sent (``find_duplicates``) are skipped unless
    ``allow_duplicates``."""
    if checks is None:
        checks = check_rows(connection.service, form, rows)
    label_of = form.schema.label_of
    outcomes: dict[int, RowOutcome] = {}
    valid_rows: list[int] = []
    for index, check in enumerate(checks):
        if check.ok:
            valid_rows.append(index)
        else:
            outcomes[index] = _invalid(index, check, lambda n: label_of(n) or n)
    claims = {
        i: new_claim(connection, form, {k: str(v) for k, v in rows[i].items()}) for i in valid_rows
    }
    # Compared, queued and sent under the data folder's send lock: a second ClaimDesk
    # submitting the same file at the same moment finds these rows queued, not missing.
    try:
        with outbox.sending():
            if not allow_duplicates:
                duplicates = _duplicates(outbox, {i: c.fingerprint for i, c in claims.items()})
                for index, duplicate in duplicates.items():
                    outcomes[index] = duplicate.outcome()
                valid_rows = [i for i in valid_rows if i not in duplicates]
            outbox.remember_form(connection.name, form)
            ids = outbox.outbox.enqueue_many([claims[i] for i in valid_rows])
            state = BatchProgress(len(ids))

            def sent(position: int, one: SentOne | None) -> None:
                state.done = position + 1
                state.counts[one.claim.state.value if one else "elsewhere"] += 1
                if progress is not None:
                    progress(state)

            outbox.send_ids(ids, cancel, sent)
    except SenderBusy:
        raise SenderBusy(
            translate(
                "Outbox",
                "Another ClaimDesk is sending; nothing was queued. Try again when it has finished.",
            )
        ) from None
    cancelled = cancel is not None and cancel.is_set()
    if cancelled:
        outbox.outbox.withdraw_queued(
            ids, translate("Batch", "withdrawn: the user cancelled the batch")
        )
    for index, claim_id in zip(valid_rows, ids, strict=True):
        claim = outbox.outbox.get(claim_id)
        if claim.state is State.DISCARDED:
            outcomes[index] = RowOutcome(
                index, CANCELLED, translate("Batch", "not sent: cancelled"), claim_id
            )
        else:
            message = claim.message or claim.state.value
            outcomes[index] = RowOutcome(
                index,
                claim.state.value,
                message,
                claim_id,
                claim.issues,
                claim_number=claim.remote_ids,
                points=claim.points,
            )
    return BatchReport([outcomes[i] for i in range(len(rows))], cancelled)


def results_tables(
    labels: Sequence[str],
    rows: Sequence[Sequence[str]],
    report: BatchReport,
    unsent: Sequence[tuple[Sequence[str], str]] = (),
) -> tuple[tuple[list[str], list[list[str]]], tuple[list[str], list[list[str]]]]:
    """The two results files of a send, as the well-known data loaders write them: the
    accepted rows with the platform's claim number and points, and every other row with its
    reason in a Problem column, ready to fix and import again (headers are the form's labels,
    which the import matches). ``unsent``: rows kept out of the send (a grid's rows with
    problems), each with its reason."""
    number = translate("Batch", "Claim number")
    points = translate("Batch", "Points")
    problem = translate("Batch", "Problem")
    accepted: list[list[str]] = []
    others: list[list[str]] = []
    for outcome in report.outcomes:
        row = list(rows[outcome.row])
        if outcome.state == State.ACCEPTED:
            shown = "" if outcome.points is None else str(outcome.points)
            accepted.append([*row, outcome.claim_number, shown])
        else:
            others.append([*row, f"{_state_words(outcome.state)}: {outcome.message}"])
    others += [[*row, f"{_state_words(INVALID)}: {why}"] for row, why in unsent]
    return ([*labels, number, points], accepted), ([*labels, problem], others)


def _state_words(state: str) -> str:
    return {
        State.REJECTED.value: translate("Batch", "refused"),
        State.UNKNOWN.value: translate("Batch", "check needed"),
        State.QUEUED.value: translate("Batch", "waiting to be sent"),
        INVALID: translate("Batch", "not sent, to correct"),
        DUPLICATE: translate("Batch", "not sent, a duplicate"),
        CANCELLED: translate("Batch", "not sent, cancelled"),
    }.get(state, state)


def write_results(
    folder: Path,
    stem: str,
    schema: FormSchema,
    rows: Sequence[Sequence[str]],
    report: BatchReport,
    when: dt.datetime | None = None,
    unsent: Sequence[tuple[Sequence[str], str]] = (),
) -> tuple[Path, Path]:
    """`report`'s two results files in `folder` (made if missing), named after the source
    file and the time: STEM-accepted-YYYYMMDD-HHMMSS.csv and STEM-problems-….csv. Raises
    ImportError_ (a sentence; batch_import.ImportProblem) when they cannot be written."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ImportError_(
            translate("Import", "{name} cannot be written: {why}.").format(
                name=folder, why=error.strerror or error
            )
        ) from error
    (accepted_head, accepted), (problem_head, problems) = results_tables(
        [spec.label for spec in schema], rows, report, unsent
    )
    paths = (folder / f"{stem}-accepted-{stamp}.csv", folder / f"{stem}-problems-{stamp}.csv")
    write_table(paths[0], accepted_head, accepted, sheet="Accepted")
    write_table(paths[1], problem_head, problems, sheet="To correct")
    return paths

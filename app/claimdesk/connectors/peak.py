"""Peak ingestion over HTTP: UPSERT (or APPEND) of SALE_EXTRA rows, at most 500 a request,
``dryRun`` for a server-side check, large batches in chunks with progress and cancel, and
DI_E_ errors mapped to their row and attribute.

The wire contract (seeds/peak-sale-extra.md, DESIGN.md's Peak facts; the sandbox's
sandbox/peak.py): ``POST {path}`` with ``Authorization: <token>`` (the bare personal access
token) and ``{"solutionName", "data", "operationType", "dryRun"?}``. The vendor's pages
disagree on ``{path}``: ``/api/v2/objects/{name}`` (every curl example) or
``/api/v2/ingest/object/{name}`` (the resource pages). The connection's ``ingest_path`` says
which (``objects``, ``ingest``), or ``auto``: a one-row ``dryRun`` request to each, in that
order, and the first that answers other than 404 is the one (``find_path``; "Test
connection" does it, or else the first send).

Peak documents no answer body, and no read of products or locations (none is made).
Guesses, each named where it is made: the 2xx answer ``{"message", "rows", "inserted",
"updated", "dryRun"}`` whose ``rows`` vouches for the rows taken (an answer that does not
count every row sent leaves them in doubt, never accepted); the 400 answer ``{"errors":
[{"code", "row", "attribute", "message"}]}``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

import requests
from pydantic import BaseModel, ConfigDict, ValidationError

from claimdesk.connectors.http import HttpClient
from claimdesk.domain.issues import Issue
from claimdesk.domain.peak import MAX_ROWS_PER_REQUEST
from claimdesk.domain.translation import translate
from claimdesk.errors import (
    AmbiguousOutcome,
    AuthError,
    ClaimDeskError,
    PermanentError,
    RateLimited,
    RejectedError,
    TransientError,
    UntrustedCertificate,
)
from claimdesk.redaction import redact, register_secret

Operation = Literal["UPSERT", "APPEND"]
# The documented maximum: the fewest requests (far below the 50 a second Peak allows), and
# a refusal, which stores no row of its request, still costs at most 500 rows.
CHUNK_SIZE = MAX_ROWS_PER_REQUEST
Progress = Callable[[int, int], None]

# The two upload paths of the vendor's pages, by the value of the ``ingest_path`` setting;
# ``auto`` tries them in this order (the curl examples' first).
PATHS: Final[dict[str, str]] = {
    "objects": "/api/v2/objects/{name}",
    "ingest": "/api/v2/ingest/object/{name}",
}
AUTO: Final = "auto"
INGEST_PATHS: Final = (AUTO, *PATHS)
QUOTE_CHARS = 300  # of an answer that could not be read, quoted in the message


@dataclass(frozen=True)
class PeakSettings:
    token: str
    solution: str
    prefix: str = ""
    suffix: str = ""
    ingest_path: str = AUTO  # "auto", "objects" or "ingest"

    def object_name(self, base: str) -> str:
        return f"{self.prefix}{base}{self.suffix}"


class IngestResult(BaseModel):
    """Peak's 2xx answer to one request. Guess: the docs show no answer; this is the
    sandbox's shape, and ``rows`` (how many rows Peak took) is what vouches for them."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    message: str = "OK"
    rows: int
    inserted: int | None = None
    updated: int | None = None
    dryRun: bool = False  # noqa: N815 - the API's name


class ServerError(BaseModel):
    """One entry of a 400 answer's ``errors`` (guess: Peak documents the DI_E_XXXXX codes,
    not the shape of the answer that carries them)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    code: str = ""
    row: int | None = None
    attribute: str | None = None
    message: str = "refused"


class _ErrorBody(BaseModel):
    model_config = ConfigDict(extra="ignore")
    errors: list[ServerError]


def quote(response: requests.Response) -> str:
    """The first 300 characters of an answer, secrets blanked, for a message."""
    text = response.text.strip()
    cut = text[:QUOTE_CHARS] + ("…" if len(text) > QUOTE_CHARS else "")
    return redact(cut) or translate("Peak", "(an empty answer)")


class PeakRejected(RejectedError):
    """Peak refused a request, so none of its rows was stored (guess: a refusal is all or
    nothing; the docs do not say). ``rows`` maps each refused row, by its index in the
    whole batch, to its issues (field = Peak's attribute)."""

    def __init__(
        self,
        message: str,
        issues: tuple[Issue, ...],
        rows: dict[int, tuple[Issue, ...]],
        *,
        status: int | None = None,
    ) -> None:
        super().__init__(message, issues, record_index=min(rows) if rows else None, status=status)
        self.rows = rows


class PeakDoubt(AmbiguousOutcome):
    """A 2xx answer that does not vouch for every row sent (not JSON, or not counting them):
    the rows may or may not be stored, and are never reported as accepted."""


def rejection_parser(first_row: int, count: int) -> Callable[[requests.Response], RejectedError]:
    """Reads a refusal of ``count`` rows that start at ``first_row`` of the batch; an
    issue's message follows its attribute ("cannot be null (DI_E_00012, row 2)")."""

    def parse(response: requests.Response) -> RejectedError:
        try:
            errors = _ErrorBody.model_validate(response.json()).errors
        except ValueError:  # not JSON, or not the guessed shape (pydantic's error is one)
            return RejectedError(
                translate(
                    "Peak",
                    "Peak refused the rows (HTTP {status}) with an answer ClaimDesk cannot "
                    "read, so none of them is taken as stored. The answer began: {quote}",
                ).format(status=response.status_code, quote=quote(response)),
                status=response.status_code,
            )
        issues: list[Issue] = []
        rows: dict[int, tuple[Issue, ...]] = {}
        for item in errors:
            where = [item.code] if item.code else []
            index = first_row + item.row if item.row is not None else None
            if index is not None and (count > 1 or first_row > 0):
                where.append(f"row {index + 1}")
            suffix = f" ({', '.join(where)})" if where else ""
            issue = Issue(item.attribute, item.code, f"{item.message}{suffix}")
            issues.append(issue)
            if index is not None:
                rows[index] = (*rows.get(index, ()), issue)
        reasons = "; ".join(i.describe() for i in issues) or "no reason given"
        return PeakRejected(
            f"Peak refused the rows, so none of them was stored: {reasons}.",
            tuple(issues),
            rows,
            status=response.status_code,
        )

    return parse


def read_answer(response: requests.Response, sent: int, *, dry_run: bool) -> IngestResult:
    """A 2xx answer as an ``IngestResult`` when it vouches for all ``sent`` rows; a
    ``PeakDoubt`` in plain words otherwise."""
    why = ""
    try:
        payload: Any = response.json()
    except ValueError:
        payload = None
        why = translate("Peak", "its answer is not JSON")
    answer: IngestResult | None = None
    if not why:
        try:
            answer = IngestResult.model_validate(payload)
        except ValidationError:
            # Guess: an answer without the count of rows taken does not vouch for them.
            why = translate("Peak", "its answer does not count the rows it took")
    if answer is not None and answer.rows != sent:
        why = translate("Peak", "its answer counts {taken} of the {sent} rows sent").format(
            taken=answer.rows, sent=sent
        )
    if answer is not None and not why:
        return answer
    if dry_run:
        message = translate(
            "Peak",
            "Peak answered HTTP {status} to the dry run, but {why}, so ClaimDesk cannot tell "
            "whether it checked the {count} row(s). The answer began: {quote}",
        )
    else:
        message = translate(
            "Peak",
            "Peak answered HTTP {status}, but {why}, so ClaimDesk cannot tell whether it "
            "stored the {count} row(s): they stay in doubt (unknown) until you check on Peak. "
            'ClaimDesk expects the answer to count the rows in "rows" (a guess: Peak\'s '
            "documentation shows no answer). The answer began: {quote}",
        )
    raise PeakDoubt(
        message.format(status=response.status_code, why=why, count=sent, quote=quote(response)),
        status=response.status_code,
    )


def _named(error: ClaimDeskError, url: str) -> ClaimDeskError:
    """The shared transport's error, said as Peak's: the platform and the credential named."""
    status = error.status
    if isinstance(error, AuthError) and status == 403:
        return AuthError(
            translate(
                "Peak",
                "Peak accepted the personal access token but it lacks the permission to "
                "upload here (HTTP 403). Ask your Peak administrator for a token that may "
                "write this object.",
            ),
            status=status,
        )
    if isinstance(error, AuthError):
        return AuthError(
            translate(
                "Peak",
                "Peak refused the personal access token (HTTP {status}). Check the token of "
                "this connection: it may be mistyped, expired or revoked.",
            ).format(status=status),
            status=status,
        )
    if isinstance(error, PermanentError) and status == 404:
        return PermanentError(
            translate(
                "Peak",
                "Peak has no upload at {url} (HTTP 404). Check the address and the object "
                "prefix and suffix, or set the connection's upload path to auto.",
            ).format(url=redact(url)),
            status=status,
        )
    if isinstance(error, RejectedError):
        return error
    message = translate("Peak", "Peak: {message}").format(message=error.message)
    if isinstance(error, RateLimited):
        return RateLimited(message, error.retry_after, status=status)
    if isinstance(error, TransientError):
        return TransientError(message, error.retry_after, status=status)
    if isinstance(error, AmbiguousOutcome):
        return AmbiguousOutcome(message, status=status)
    if isinstance(error, UntrustedCertificate):
        return UntrustedCertificate(message, status=status)
    return PermanentError(message, status=status)


@dataclass(frozen=True)
class PathCheck:
    """What a one-row dry run at an upload path found: the path (a key of ``PATHS``), and
    Peak's answer, or its refusal of the row, or the doubt its answer left."""

    key: str
    path: str
    answer: IngestResult | None = None
    refusal: RejectedError | None = None
    doubt: PeakDoubt | None = None


class ChunkOutcome(BaseModel):
    """What became of one chunk (one request) of a batch."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    first_row: int  # the chunk's first row, as an index of the whole batch
    rows: int
    outcome: Literal["accepted", "rejected", "failed", "unknown"]
    answer: IngestResult | None = None
    error: ClaimDeskError | None = None

    @property
    def accepted(self) -> bool:
        return self.outcome == "accepted"


def _outcome_of(error: ClaimDeskError) -> Literal["rejected", "failed", "unknown"]:
    if isinstance(error, RejectedError):
        return "rejected"
    if isinstance(error, AmbiguousOutcome):
        return "unknown"
    return "failed"


class PeakConnector:
    platform = "peak"

    def __init__(
        self, base_url: str, settings: PeakSettings, *, http: HttpClient | None = None
    ) -> None:
        if settings.ingest_path not in INGEST_PATHS:
            raise ValueError(f"ingest_path must be one of {', '.join(INGEST_PATHS)}")
        register_secret(settings.token)
        self.settings = settings
        self.http = http or HttpClient(base_url, {"Authorization": settings.token})
        # The upload path in use: the setting's, or the one find_path found (None: not yet).
        self._path_key: str | None = None if settings.ingest_path == AUTO else settings.ingest_path
        self._path_lock = threading.Lock()

    def close(self) -> None:
        self.http.close()

    @property
    def sale_extra(self) -> str:
        return self.settings.object_name("SALE_EXTRA")

    @property
    def path_key(self) -> str | None:
        """The upload path's key ("objects", "ingest"), None while ``auto`` has not found it."""
        return self._path_key

    def path(self, key: str) -> str:
        return PATHS[key].format(name=self.sale_extra)

    def request_body(
        self, rows: Sequence[Mapping[str, Any]], operation: Operation, *, dry_run: bool
    ) -> dict[str, Any]:
        """The documented body (seeds/peak-sale-extra.md); ``dryRun`` only when asked."""
        body: dict[str, Any] = {
            "solutionName": self.settings.solution,
            "data": [dict(r) for r in rows],
            "operationType": operation,
        }
        if dry_run:
            body["dryRun"] = True
        return body

    def _post(
        self,
        key: str,
        rows: Sequence[Mapping[str, Any]],
        operation: Operation,
        *,
        dry_run: bool,
        first_row: int,
    ) -> IngestResult:
        path = self.path(key)
        # UPSERT by primary key: sending the same rows again leaves the same table, so a
        # retry cannot double anything and the shared client may retry it. APPEND could,
        # and is not retried. A dry run stores nothing.
        try:
            response = self.http.send(
                "POST",
                path,
                json=self.request_body(rows, operation, dry_run=dry_run),
                idempotent=operation == "UPSERT" or dry_run,
                rejection=rejection_parser(first_row, len(rows)),
            )
        except ClaimDeskError as error:
            raise _named(error, self.http.url(path)) from None
        return read_answer(response, len(rows), dry_run=dry_run)

    def check_path(self, key: str, row: Mapping[str, Any]) -> PathCheck:
        """A one-row dry run at one upload path: what it found. Raises (named as Peak's) a
        404, a refused token, or a failure that says nothing of the path."""
        path = self.path(key)
        try:
            answer = self._post(key, [row], "UPSERT", dry_run=True, first_row=0)
        except RejectedError as refusal:
            # Peak checked the row and refused it: the path exists. Guess: Peak checks the
            # token before the body, so a refused row also means the token was accepted.
            return PathCheck(key, path, refusal=refusal)
        except PeakDoubt as doubt:
            return PathCheck(key, path, doubt=doubt)
        return PathCheck(key, path, answer=answer)

    def find_path(self, row: Mapping[str, Any]) -> PathCheck:
        """The ``ingest_path`` setting's path checked, or with ``auto`` each path in turn
        until one answers other than 404, which is then used (and the caller may keep it).
        Raises a PermanentError naming both paths when both answer 404."""
        if self.settings.ingest_path != AUTO:
            return self.check_path(self.settings.ingest_path, row)
        # Guess: only a 404 says "no such path". A refused token (401/403) or a server
        # failure stops the search undecided: a gateway may answer them on any path.
        for key in PATHS:
            try:
                found = self.check_path(key, row)
            except PermanentError as error:
                if error.status == 404:
                    continue
                raise
            self._path_key = key
            return found
        raise PermanentError(
            translate(
                "Peak",
                "Peak answered 404 (not found) at both documented upload paths, {first} and "
                "{second}. Check the address ({url}) and the object prefix and suffix "
                "(object {name}).",
            ).format(
                first=self.path("objects"),
                second=self.path("ingest"),
                url=self.http.base_url,
                name=self.sale_extra,
            ),
            status=404,
        )

    def _path_for(self, row: Mapping[str, Any]) -> str:
        """The upload path's key; with ``auto`` and none found yet, found first by a dry
        run of ``row`` (the first send on a connection that was not tested)."""
        with self._path_lock:
            if self._path_key is None:
                self.find_path(row)
            assert self._path_key is not None
            return self._path_key

    def ingest(
        self,
        rows: Sequence[Mapping[str, Any]],
        *,
        operation: Operation = "UPSERT",
        dry_run: bool = False,
        first_row: int = 0,
    ) -> IngestResult:
        """One request of 1 to 500 rows; ``first_row`` numbers them within a larger batch
        in the refusal's messages. Raises the shared error family (``PeakDoubt`` for a 2xx
        answer that does not vouch for every row)."""
        if not 1 <= len(rows) <= MAX_ROWS_PER_REQUEST:
            raise ValueError(f"send 1 to {MAX_ROWS_PER_REQUEST} rows per request")
        key = self._path_for(rows[0])
        return self._post(key, rows, operation, dry_run=dry_run, first_row=first_row)

    def submit_rows(
        self,
        rows: Sequence[Mapping[str, Any]],
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        operation: Operation = "UPSERT",
        dry_run: bool = False,
        chunk_size: int = CHUNK_SIZE,
    ) -> list[ChunkOutcome]:
        """Send ``rows`` (API rows, every key present) in chunks of ``chunk_size``, one
        request each, and say what became of each chunk, in order.

        ``progress(rows_done, rows_total)`` is called after each chunk. ``cancel`` is read
        before each chunk: a chunk in flight finishes, the rest is not sent. A refused chunk
        does not stop the next ones (its content is its own); an auth, network or server
        failure does, since the next chunks would meet it too. Chunks not sent have no
        outcome. Re-sending a whole UPSERT batch after a partial send is safe."""
        if not 1 <= chunk_size <= MAX_ROWS_PER_REQUEST:
            raise ValueError(f"chunks hold 1 to {MAX_ROWS_PER_REQUEST} rows")
        done: list[ChunkOutcome] = []
        for start in range(0, len(rows), chunk_size):
            if cancel is not None and cancel.is_set():
                break
            chunk = rows[start : start + chunk_size]
            try:
                answer = self.ingest(chunk, operation=operation, dry_run=dry_run, first_row=start)
                done.append(
                    ChunkOutcome(
                        first_row=start, rows=len(chunk), outcome="accepted", answer=answer
                    )
                )
            except ClaimDeskError as error:
                done.append(
                    ChunkOutcome(
                        first_row=start, rows=len(chunk), outcome=_outcome_of(error), error=error
                    )
                )
            if progress is not None:
                progress(start + len(chunk), len(rows))
            if done[-1].outcome in ("failed", "unknown"):
                break
        return done

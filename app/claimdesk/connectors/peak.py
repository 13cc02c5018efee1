"""Peak ingestion over HTTP: UPSERT (or APPEND) of SALE_EXTRA rows, at most 500 a request,
``dryRun`` for a server-side check, large batches in chunks with progress and cancel, and
DI_E_ errors mapped to their row and attribute.

The wire contract (seeds/peak-sale-extra.md, and the sandbox's sandbox/peak.py):
``POST /api/v2/ingest/object/{prefix}SALE_EXTRA{suffix}`` with ``Authorization: <token>``
(the bare token) and ``{"solutionName", "data", "operationType", "dryRun"?}``. Assumed
where Peak is silent: the 200 answer ``{"message", "rows", "inserted", "updated",
"dryRun"}``; the 400 answer ``{"errors": [{"code", "row", "attribute", "message"}]}``; and
a read of the catalogues the foreign keys name, ``GET /api/v2/objects/{prefix}PRODUCT
{suffix}`` (and ``LOCATION``) → ``{"data": [{"product_id": …, "name": …}]}``. A server
without that read (404) gives no catalogue, and the form falls back to free text.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import requests
from pydantic import BaseModel, ConfigDict

from claimdesk.connectors.http import HttpClient, json_body, parse_answer
from claimdesk.domain.fields import Choice
from claimdesk.domain.issues import Issue
from claimdesk.domain.peak import MAX_ROWS_PER_REQUEST
from claimdesk.errors import (
    AmbiguousOutcome,
    ClaimDeskError,
    PermanentError,
    RejectedError,
)
from claimdesk.redaction import register_secret

Operation = Literal["UPSERT", "APPEND"]
# The documented maximum: the fewest requests (far below the 50 a second Peak allows), and
# a refusal, which stores no row of its request, still costs at most 500 rows.
CHUNK_SIZE = MAX_ROWS_PER_REQUEST
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PeakSettings:
    token: str
    solution: str
    prefix: str = ""
    suffix: str = ""

    def object_name(self, base: str) -> str:
        return f"{self.prefix}{base}{self.suffix}"


class IngestResult(BaseModel):
    """Peak's 200 answer to one request (its shape is assumed: see the module's doc)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    message: str = "OK"
    rows: int = 0
    inserted: int | None = None
    updated: int | None = None
    dryRun: bool = False  # noqa: N815 - the API's name


class ServerError(BaseModel):
    """One entry of a 400 answer's ``errors``."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    code: str = ""
    row: int | None = None
    attribute: str | None = None
    message: str = "refused"


class _ErrorBody(BaseModel):
    model_config = ConfigDict(extra="ignore")
    errors: list[ServerError]


class _CatalogueBody(BaseModel):
    model_config = ConfigDict(extra="ignore")
    data: list[dict[str, Any]]


class PeakRejected(RejectedError):
    """Peak refused a request, so none of its rows was stored. ``rows`` maps each refused
    row, by its index in the whole batch, to its issues (field = Peak's attribute)."""

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


def rejection_parser(first_row: int, count: int) -> Callable[[requests.Response], RejectedError]:
    """Reads a refusal of ``count`` rows that start at ``first_row`` of the batch; an
    issue's message follows its attribute ("cannot be null (DI_E_00012, row 2)")."""

    def parse(response: requests.Response) -> RejectedError:
        try:
            errors = _ErrorBody.model_validate(response.json()).errors
        except ValueError:  # not JSON, or not Peak's shape (pydantic's error is one)
            return RejectedError(
                f"Peak refused the rows (HTTP {response.status_code}) without saying why.",
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
        register_secret(settings.token)
        self.settings = settings
        self.http = http or HttpClient(base_url, {"Authorization": settings.token})

    def close(self) -> None:
        self.http.close()

    @property
    def sale_extra(self) -> str:
        return self.settings.object_name("SALE_EXTRA")

    def ingest(
        self,
        rows: Sequence[Mapping[str, Any]],
        *,
        operation: Operation = "UPSERT",
        dry_run: bool = False,
        first_row: int = 0,
    ) -> IngestResult:
        """One request of 1 to 500 rows; ``first_row`` numbers them within a larger batch
        in the refusal's messages. Raises the shared error family."""
        if not 1 <= len(rows) <= MAX_ROWS_PER_REQUEST:
            raise ValueError(f"send 1 to {MAX_ROWS_PER_REQUEST} rows per request")
        body: dict[str, Any] = {
            "solutionName": self.settings.solution,
            "data": [dict(r) for r in rows],
            "operationType": operation,
        }
        if dry_run:
            body["dryRun"] = True
        # UPSERT by primary key: sending the same rows again leaves the same table, so a
        # retry cannot double anything and the shared client may retry it. APPEND could,
        # and is not retried. A dry run stores nothing.
        response = self.http.send(
            "POST",
            f"/api/v2/ingest/object/{self.sale_extra}",
            json=body,
            idempotent=operation == "UPSERT" or dry_run,
            rejection=rejection_parser(first_row, len(rows)),
        )
        return parse_answer(IngestResult.model_validate, json_body(response), "answer")

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

    def _catalogue(self, base: str, key: str) -> list[Choice]:
        """The assumed read; an empty list when the server has none (404)."""
        try:
            response = self.http.send(
                "GET", f"/api/v2/objects/{self.settings.object_name(base)}", idempotent=True
            )
        except PermanentError as error:
            if error.status == 404:
                return []
            raise
        body = parse_answer(_CatalogueBody.model_validate, json_body(response), base.lower())
        return [
            Choice(str(item[key]), str(item.get("name") or ""))
            for item in body.data
            if isinstance(item.get(key), str) and item[key]
        ]

    def products(self) -> list[Choice]:
        return self._catalogue("PRODUCT", "product_id")

    def locations(self) -> list[Choice]:
        return self._catalogue("LOCATION", "location_id")

"""Peak: the SALE_EXTRA object as the one target; rows upserted one by one from the form, or
in chunks of 500 from a batch, with progress and a cancel between chunks."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from claimdesk.connectors.errors import ClaimDeskError
from claimdesk.connectors.peak import PeakConnector, PeakSettings
from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.issues import Issue
from claimdesk.domain.peak import (
    MAX_ROWS_PER_REQUEST,
    build_schema,
    check_row,
    duplicate_keys,
    row_payload,
)
from claimdesk.domain.validation import Value
from claimdesk.service.platform import (
    LoadedForm,
    Outcome,
    SubmitResult,
    Target,
    invalid_result,
    result_from_error,
)
from claimdesk.service.training import Connection

CHUNK = MAX_ROWS_PER_REQUEST  # the documented maximum: fewest requests, still one answer each


@dataclass(frozen=True)
class ChunkResult:
    first_row: int
    rows: int
    result: SubmitResult


class PeakService:
    platform = "peak"
    platform_name = "Peak"
    target_noun = "Object"
    # UPSERT by primary key: a row sent twice leaves one row, so a claim whose outcome a
    # crash made unknown is simply sent again.
    resend_is_safe = True

    def __init__(self, connector: PeakConnector) -> None:
        self.connector = connector

    def close(self) -> None:
        self.connector.close()

    def warning(self, form: LoadedForm) -> str | None:
        return None

    def targets(self) -> list[Target]:
        name = self.connector.sale_extra
        return [Target(name, f"{name} — sales by product variant")]

    def load_form(self, target: Target) -> LoadedForm:
        products = self.connector.products()
        locations = self.connector.locations()
        schema = build_schema(target.key, products, locations)
        return LoadedForm(
            target,
            schema,
            summary=f"{len(products)} products, {len(locations)} locations",
            sticky_fields=("location_id", "sold_at"),
        )

    def check(self, form: LoadedForm, values: Mapping[str, object]) -> ClaimCheck:
        return check_row(form.schema, values)

    def submit(self, form: LoadedForm, values: Mapping[str, object]) -> SubmitResult:
        checked = self.check(form, values)
        if not checked.ok:
            return invalid_result(checked)
        try:
            answer = self.connector.ingest([row_payload(checked.values)])
        except ClaimDeskError as error:
            return result_from_error(error, form.schema)
        what = "updated the row it had" if answer.updated else "stored the row"
        return SubmitResult(Outcome.ACCEPTED, f"Accepted: Peak {what}.")

    def check_rows(
        self, form: LoadedForm, rows: Sequence[Mapping[str, object]]
    ) -> list[ClaimCheck]:
        """Each row's own rules, plus primary keys repeated within the batch."""
        checks = [self.check(form, row) for row in rows]
        clean: list[Mapping[str, Value]] = [c.values if c.ok else {} for c in checks]
        for index, issue in duplicate_keys(clean):
            if checks[index].ok:
                checks[index] = ClaimCheck((issue,), checks[index].values)
        return checks

    def submit_rows(
        self,
        form: LoadedForm,
        rows: Sequence[Mapping[str, object]],
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> list[ChunkResult]:
        """Send valid rows in chunks of 500; ``progress(rows_done, rows_total)`` after each.
        A cancel stops before the next chunk: each chunk is stored whole or not at all."""
        checks = self.check_rows(form, rows)
        bad = [(i, c) for i, c in enumerate(checks) if not c.ok]
        if bad:
            issues = tuple(
                Issue(i.field, i.code, f"row {n + 1}: {i.message}")
                for n, c in bad
                for i in c.issues
            )
            return [
                ChunkResult(
                    0,
                    len(rows),
                    SubmitResult(
                        Outcome.INVALID, f"Not sent: {len(bad)} row(s) to correct.", issues
                    ),
                )
            ]
        payload = [row_payload(c.values) for c in checks]
        done: list[ChunkResult] = []
        for start in range(0, len(payload), CHUNK):
            if cancel is not None and cancel.is_set():
                break
            chunk = payload[start : start + CHUNK]
            try:
                answer = self.connector.ingest(chunk)
                result = SubmitResult(
                    Outcome.ACCEPTED,
                    f"Accepted {answer.rows} row(s): {answer.inserted} new, "
                    f"{answer.updated} updated.",
                )
            except ClaimDeskError as error:
                result = result_from_error(error, form.schema)
            done.append(ChunkResult(start, len(chunk), result))
            if progress is not None:
                progress(start + len(chunk), len(payload))
        return done


def open_service(url: str, token: str, solution: str, prefix: str, suffix: str) -> PeakService:
    return PeakService(PeakConnector(url, PeakSettings(token, solution, prefix, suffix)))


def training_connection(base_url: str) -> Connection:
    """Peak on the training sandbox, with its demo token, prefix and suffix."""
    from claimdesk.sandbox import demo_credentials as demo

    service = open_service(
        base_url, demo.PEAK_TOKEN, demo.PEAK_SOLUTION_NAME, demo.PEAK_PREFIX, demo.PEAK_SUFFIX
    )
    return Connection("Training · Peak", service, f"Peak, sandbox at {base_url}")

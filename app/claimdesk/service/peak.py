"""Peak: the SALE_EXTRA object as the one target; rows upserted one by one from the form, or
in chunks of 500 from a batch, with progress and a cancel between chunks. UPSERT is
idempotent by primary key, so every send may be retried and repeated safely."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from claimdesk.connectors.peak import ChunkOutcome, PeakConnector, PeakRejected, PeakSettings
from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.issues import Issue
from claimdesk.domain.peak import build_schema, check_batch, check_row, row_payload
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.errors import ClaimDeskError
from claimdesk.service.platform import (
    Capabilities,
    LoadedForm,
    Outcome,
    ServiceBase,
    SubmitResult,
    Target,
    invalid_result,
    result_from_error,
)


@dataclass(frozen=True)
class ChunkResult:
    """One chunk of a batch as a person reads it; ``row_issues`` maps a refused row, by its
    index in the whole batch, to its issues."""

    first_row: int
    rows: int
    result: SubmitResult
    row_issues: Mapping[int, tuple[Issue, ...]] = field(default_factory=dict)


class PeakService(ServiceBase):
    platform = "peak"
    platform_name = "Peak"
    target_noun = QT_TRANSLATE_NOOP("Service", "Object")
    # UPSERT by primary key: a row sent twice leaves one row, so a claim whose outcome a
    # crash made unknown is simply sent again. A batch's rows are checked together: a
    # primary key repeated within one batch is an error.
    capabilities = Capabilities(resend_is_safe=True, batch_rules=True)
    connector: PeakConnector

    def __init__(self, connector: PeakConnector) -> None:
        self.connector = connector

    def targets(self) -> list[Target]:
        name = self.connector.sale_extra
        return [
            Target(name, translate("Peak", "{name} — sales by product variant").format(name=name))
        ]

    def load_form(self, target: Target) -> LoadedForm:
        products = self.connector.products()
        locations = self.connector.locations()
        schema = build_schema(target.key, products, locations)
        known = [
            translate("Peak", "{count} products").format(count=len(products))
            if products
            else translate("Peak", "products typed freely (no catalogue)"),
            translate("Peak", "{count} locations").format(count=len(locations))
            if locations
            else translate("Peak", "locations typed freely (no catalogue)"),
        ]
        return LoadedForm(
            target,
            schema,
            summary=", ".join(known),
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
        message = (
            translate("Peak", "Accepted: Peak updated the row it had.")
            if answer.updated
            else translate("Peak", "Accepted: Peak stored the row.")
        )
        return SubmitResult(Outcome.ACCEPTED, message)

    def check_rows(
        self, form: LoadedForm, rows: Sequence[Mapping[str, object]]
    ) -> list[ClaimCheck]:
        """One check per row: its own rules, and primary keys repeated within the batch."""
        return check_batch(form.schema, rows)

    def submit_rows(
        self,
        form: LoadedForm,
        rows: Sequence[Mapping[str, object]],
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
        *,
        dry_run: bool = False,
    ) -> list[ChunkResult]:
        """Check every row, then send them in chunks of 500 (see PeakConnector.submit_rows:
        progress after each chunk, cancel between chunks, each chunk stored whole or not at
        all). Nothing is sent while a row breaks a local rule. ``dry_run``: Peak checks the
        rows and stores none ("check with server")."""
        checks = self.check_rows(form, rows)
        bad = {i: c.issues for i, c in enumerate(checks) if not c.ok}
        if bad:
            issues = tuple(
                Issue(
                    i.field,
                    i.code,
                    translate("Peak", "{message} (row {row})").format(message=i.message, row=n + 1),
                )
                for n, found in bad.items()
                for i in found
            )
            message = (
                translate("Peak", "Not sent: 1 row to correct.")
                if len(bad) == 1
                else translate("Peak", "Not sent: {count} rows to correct.").format(count=len(bad))
            )
            invalid = SubmitResult(Outcome.INVALID, message, issues)
            return [ChunkResult(0, len(rows), invalid, bad)]
        payload = [row_payload(c.values) for c in checks]
        chunks = self.connector.submit_rows(
            payload, progress=progress, cancel=cancel, dry_run=dry_run
        )
        return [self._chunk_result(form, chunk) for chunk in chunks]

    @staticmethod
    def _chunk_result(form: LoadedForm, chunk: ChunkOutcome) -> ChunkResult:
        if chunk.answer is not None:
            answer = chunk.answer
            if answer.dryRun:
                message = translate(
                    "Peak", "Peak checked {rows} row(s) and stored none (dry run)."
                ).format(rows=answer.rows)
            else:
                message = translate(
                    "Peak", "Accepted {rows} row(s): {inserted} new, {updated} updated."
                ).format(rows=answer.rows, inserted=answer.inserted, updated=answer.updated)
            return ChunkResult(chunk.first_row, chunk.rows, SubmitResult(Outcome.ACCEPTED, message))
        assert chunk.error is not None
        rows = chunk.error.rows if isinstance(chunk.error, PeakRejected) else {}
        return ChunkResult(
            chunk.first_row, chunk.rows, result_from_error(chunk.error, form.schema), rows
        )


def open_service(url: str, token: str, solution: str, prefix: str, suffix: str) -> PeakService:
    return PeakService(PeakConnector(url, PeakSettings(token, solution, prefix, suffix)))

"""Peak: the SALE_EXTRA object as the one target; rows upserted one by one from the form, or
in chunks of 500 from a batch, with progress and a cancel between chunks. UPSERT is
idempotent by primary key, so every send may be retried and repeated safely.

Peak documents no read of products or locations: none is made. The form suggests the
products and locations of this connection's own earlier rows (``EarlierValues``: what this
desktop has queued or sent), and Peak itself checks the foreign keys when the rows arrive.
"Test connection" (``probe``) finds the upload path by a one-row dry run."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from claimdesk.connectors.peak import (
    AUTO,
    ChunkOutcome,
    PathCheck,
    PeakConnector,
    PeakRejected,
    PeakSettings,
)
from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.fields import Choice
from claimdesk.domain.issues import Issue
from claimdesk.domain.peak import build_schema, check_batch, check_row, row_payload
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.errors import ClaimDeskError
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

# A one-row dry run for "Test connection": the example row of seeds/peak-sale-extra.md. A dry
# run stores nothing (DESIGN.md's Peak facts), so a made-up row is harmless. Guess: a tenant
# without this product or location refuses the row after checking the token, so the refusal
# still proves path and token.
PROBE_ROW: dict[str, Any] = {
    "product_id": "PROD-001",
    "location_id": "LOC-UK-001",
    "product_variant": "size:L",
    "sold_at": "2025-01-28T14:30:00Z",
    "created_at": "2025-01-28T14:30:00Z",
    "sale_id": "SALE-2025-0001",
    "customer_id": "CUST-12345",
    "sales_units": 2,
    "sales_value": 399.98,
    "return_units": 0,
    "return_value": 0.0,
    "demand_units": 2.0,
    "demand_value": 399.98,
    "returned_at": None,
    "shipped_at": "2025-01-28T16:00:00Z",
    "updated_at": "2025-01-28T14:30:00Z",
}
SUGGESTED = ("product_id", "location_id")


class EarlierValues(Protocol):
    """Values this desktop has queued or sent on the connection (storage/earlier_values.py)."""

    def recent(self, names: Sequence[str]) -> dict[str, list[str]]: ...


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

    def __init__(self, connector: PeakConnector, earlier: EarlierValues | None = None) -> None:
        self.connector = connector
        self.earlier = earlier

    def targets(self) -> list[Target]:
        name = self.connector.sale_extra
        return [
            Target(name, translate("Peak", "{name} — sales by product variant").format(name=name))
        ]

    def load_form(self, target: Target) -> LoadedForm:
        """No request: the form's products and locations are suggested from this
        connection's earlier rows (a read of SQLite, off the GUI thread like every load)."""
        found = self.earlier.recent(SUGGESTED) if self.earlier is not None else {}
        products = [Choice(v) for v in found.get("product_id", [])]
        locations = [Choice(v) for v in found.get("location_id", [])]
        schema = build_schema(target.key, products, locations)
        summary = (
            translate(
                "Peak", "products and locations suggested from your earlier rows: {p}, {l}"
            ).format(p=len(products), l=len(locations))
            if products or locations
            else translate("Peak", "products and locations typed freely (no earlier rows)")
        )
        return LoadedForm(
            target,
            schema,
            summary=summary,
            sticky_fields=("location_id", "sold_at"),
        )

    def probe(self) -> Probe:
        """A one-row dry run at the upload path (each path in turn with ``auto``): what it
        proved, and the path found, for the profile to keep."""
        found = self.connector.find_path(PROBE_ROW)
        return Probe(
            tuple(probe_sentences(found, self.connector.settings.ingest_path)),
            ({"ingest_path": found.key} if self.connector.settings.ingest_path == AUTO else {}),
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
            if answer.inserted
            else translate("Peak", "Accepted: Peak took the row.")
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
            elif answer.inserted is None or answer.updated is None:
                message = translate("Peak", "Accepted {rows} row(s).").format(rows=answer.rows)
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


def probe_sentences(found: PathCheck, setting: str) -> list[str]:
    """What a dry run at an upload path proved, one plain sentence each."""
    said = [
        translate("Peak", "Upload path found: {path}.").format(path=found.path)
        if setting == AUTO
        else translate("Peak", "Upload path works: {path}.").format(path=found.path),
        translate("Peak", "Personal access token accepted."),
    ]
    if found.answer is not None:
        said.append(translate("Peak", "Dry run of 1 row validated (nothing stored)."))
    elif found.refusal is not None:
        said.append(
            translate(
                "Peak",
                "Peak checked the dry run's test row (the documentation's example; nothing "
                "stored) and refused it, as it may when that product or location is not "
                "yours: {reason}",
            ).format(reason=found.refusal.message)
        )
    elif found.doubt is not None:
        said.append(found.doubt.message)
    return said


def open_service(
    url: str,
    token: str,
    solution: str,
    prefix: str,
    suffix: str,
    ingest_path: str = AUTO,
    earlier: EarlierValues | None = None,
) -> PeakService:
    settings = PeakSettings(token, solution, prefix, suffix, ingest_path or AUTO)
    return PeakService(PeakConnector(url, settings), earlier)

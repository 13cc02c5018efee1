"""The Peak connector and service against the sandbox over real loopback HTTP: typed
answers, DI_E_ refusals mapped to row and attribute, dry runs, retries of the idempotent
UPSERT, the catalogue read and its fallback, and batches in chunks with progress and
cancel."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import requests

from claimdesk.connectors.http import HttpClient, make_session
from claimdesk.connectors.peak import IngestResult, PeakConnector, PeakRejected, PeakSettings
from claimdesk.domain.fields import FieldType
from claimdesk.errors import AmbiguousOutcome, AuthError, TransientError
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.peak import PeakService
from claimdesk.service.platform import Outcome
from claimdesk.service.workspace import training_connection
from tests.contract.test_sandbox_peak import SEED_ROW, received, row_with, table

DEMO = PeakSettings(demo.PEAK_TOKEN, demo.PEAK_SOLUTION_NAME, demo.PEAK_PREFIX, demo.PEAK_SUFFIX)


class Counted:
    """A real session that counts the requests it sends."""

    def __init__(self) -> None:
        self.session = make_session()
        self.sent: list[str] = []
        self.session.hooks["response"].append(self._count)

    def _count(self, response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
        self.sent.append(f"{response.request.method} {response.status_code}")


def connector(
    url: str, token: str = demo.PEAK_TOKEN, counted: Counted | None = None
) -> PeakConnector:
    settings = PeakSettings(token, DEMO.solution, DEMO.prefix, DEMO.suffix)
    session = counted.session if counted else None
    http = HttpClient(url, {"Authorization": token}, session=session, sleep=lambda _s: None)
    return PeakConnector(url, settings, http=http)


def fault(url: str, **rule: object) -> None:
    requests.post(f"{url}/_sandbox/faults", json=rule, timeout=5).raise_for_status()


def form_row(n: int = 0, **changes: str) -> dict[str, str]:
    """A row as typed into the form or a grid: text, optional fields blank."""
    return {
        "product_id": "PROD-002",
        "location_id": "LOC-DE-001",
        "product_variant": f"size:{n}",
        "sold_at": "2026-11-20T10:00:00Z",
        "sales_units": "1",
        "sales_value": "19.5",
        "return_units": "0",
        "return_value": "0",
        **changes,
    }


# --- one request -----------------------------------------------------------------------------


def test_the_seed_row_is_stored_once_however_often_it_is_sent(sandbox: str) -> None:
    peak = connector(sandbox)
    first = peak.ingest([SEED_ROW])
    assert first == IngestResult(message="OK", rows=1, inserted=1, updated=0, dryRun=False)
    second = peak.ingest([SEED_ROW])
    assert (second.inserted, second.updated) == (0, 1)
    assert table(sandbox) == [SEED_ROW]


def _without(name: str) -> dict[str, Any]:
    row = dict(SEED_ROW)
    del row[name]
    return row


@pytest.mark.parametrize(
    ("row", "code", "attribute", "words"),
    [
        (_without("return_units"), "DI_E_00010", "return_units", "required"),
        (_without("returned_at"), "DI_E_00010", "returned_at", "required"),
        (row_with(sales_value=None), "DI_E_00012", "sales_value", "cannot be null"),
        (row_with(sold_at="2025-01-28T14:30:00"), "DI_E_00020", "sold_at", "zone"),
        (row_with(sales_units=2.0), "DI_E_00020", "sales_units", "integer"),
        (row_with(return_value="0"), "DI_E_00020", "return_value", "number"),
        (row_with(product_id="PROD-404"), "DI_E_00030", "product_id", "PROD-404"),
        (row_with(location_id="LOC-XX-404"), "DI_E_00030", "location_id", "LOC-XX-404"),
    ],
)
def test_a_refusal_names_the_attribute_and_the_row(
    sandbox: str, row: dict[str, Any], code: str, attribute: str, words: str
) -> None:
    with pytest.raises(PeakRejected) as caught:
        connector(sandbox).ingest([row])
    refusal = caught.value
    [issue] = refusal.issues
    assert (issue.field, issue.code) == (attribute, code)
    assert words in issue.message
    assert issue.message.endswith(f"({code})")  # one row: no row number to give
    assert refusal.rows == {0: (issue,)}
    assert refusal.record_index == 0
    assert attribute in refusal.message
    assert table(sandbox) == []


def test_rows_of_a_refused_request_are_numbered_within_the_batch(sandbox: str) -> None:
    rows = [row_with(product_variant=f"v{n}") for n in range(3)]
    rows[2] = {**rows[2], "sales_units": None, "product_id": "PROD-404"}
    with pytest.raises(PeakRejected) as caught:
        connector(sandbox).ingest(rows, first_row=100)
    assert list(caught.value.rows) == [102]
    assert {i.field for i in caught.value.rows[102]} == {"sales_units", "product_id"}
    assert all("row 103" in i.message for i in caught.value.issues)
    assert caught.value.record_index == 102


def test_a_wrong_token_is_an_auth_error_that_does_not_repeat_it(sandbox: str) -> None:
    with pytest.raises(AuthError) as caught:
        connector(sandbox, "not-the-token-5521").ingest([SEED_ROW])
    assert caught.value.status == 401
    assert "not-the-token-5521" not in str(caught.value)


def test_a_dry_run_checks_with_the_server_and_stores_nothing(sandbox: str) -> None:
    peak = connector(sandbox)
    answer = peak.ingest([SEED_ROW], dry_run=True)
    assert answer.dryRun is True
    assert answer.rows == 1
    with pytest.raises(PeakRejected) as caught:
        peak.ingest([row_with(sales_units="2")], dry_run=True)
    assert caught.value.issues[0].field == "sales_units"
    assert table(sandbox) == []
    assert received(sandbox) == []


def test_upsert_is_retried_after_a_connection_dropped_once_stored(sandbox: str) -> None:
    counted = Counted()
    fault(sandbox, platform="peak", method="POST", drop="after_store", times=1)
    answer = connector(sandbox, counted=counted).ingest([SEED_ROW])
    assert answer.updated == 1  # the retry found the row the dropped request had stored
    assert table(sandbox) == [SEED_ROW]
    assert len(received(sandbox)) == 2
    assert len(counted.sent) == 2  # the POST whose answer was cut off, and its retry


def test_upsert_is_retried_after_a_server_error(sandbox: str) -> None:
    counted = Counted()
    fault(sandbox, platform="peak", method="POST", status=503, times=2)
    assert connector(sandbox, counted=counted).ingest([SEED_ROW]).inserted == 1
    assert counted.sent == ["POST 503", "POST 503", "POST 200"]


def test_append_is_not_retried_when_the_outcome_is_unknown(sandbox: str) -> None:
    fault(sandbox, platform="peak", method="POST", drop="after_store", times=1)
    with pytest.raises(AmbiguousOutcome):
        connector(sandbox).ingest([SEED_ROW], operation="APPEND")
    assert len(received(sandbox)) == 1


# --- the catalogue -------------------------------------------------------------------------


def test_products_and_locations_are_read_as_choices(sandbox: str) -> None:
    peak = connector(sandbox)
    products = {c.value: c.label for c in peak.products()}
    assert products["PROD-001"] == "Trail running shoe"
    assert "LOC-UK-001" in [c.value for c in peak.locations()]


def test_the_form_offers_the_catalogue_as_choices(sandbox: str) -> None:
    service = PeakService(connector(sandbox))
    [target] = service.targets()
    assert target.key == "QP_SALE_EXTRA_OOTB"
    form = service.load_form(target)
    product = form.schema.get("product_id")
    assert product is not None
    assert product.type is FieldType.CHOICE
    assert "PROD-001" in product.choice_values
    assert "location_id" in form.sticky_fields


def test_the_form_falls_back_to_free_text_without_a_catalogue(sandbox: str) -> None:
    fault(sandbox, path="/api/v2/objects/QP_PRODUCT_OOTB", method="GET", status=404, times=0)
    service = PeakService(connector(sandbox))
    form = service.load_form(service.targets()[0])
    product, location = form.schema.get("product_id"), form.schema.get("location_id")
    assert product is not None
    assert product.type is FieldType.TEXT
    assert location is not None
    assert location.type is FieldType.CHOICE
    assert "typed freely" in form.summary
    # The server still checks the foreign key, and its refusal lands on the field.
    result = service.submit(form, form_row(product_id="PROD-404"))
    assert result.outcome is Outcome.REJECTED
    assert [(i.field, i.code) for i in result.issues] == [("product_id", "DI_E_00030")]


def test_a_catalogue_read_with_a_wrong_token_is_an_auth_error(sandbox: str) -> None:
    with pytest.raises(AuthError):
        connector(sandbox, "wrong").products()


# --- the service: one row, batches, chunks ----------------------------------------------------


def test_one_form_row_is_sent_with_every_key_and_nulls(sandbox: str) -> None:
    service = training_connection(sandbox, "peak").service
    assert isinstance(service, PeakService)
    form = service.load_form(service.targets()[0])
    result = service.submit(form, form_row(sales_value="19.50"))
    assert result.outcome is Outcome.ACCEPTED, result.message
    [row] = table(sandbox)
    assert set(row) == set(SEED_ROW)
    assert row["returned_at"] is None
    assert row["customer_id"] is None
    assert row["sales_units"] == 1
    assert row["sales_value"] == 19.5
    assert "updated" in service.submit(form, form_row()).message
    assert len(table(sandbox)) == 1


def test_a_bad_form_row_is_not_sent(sandbox: str) -> None:
    service = PeakService(connector(sandbox))
    form = service.load_form(service.targets()[0])
    result = service.submit(form, form_row(sales_units="1.5", sold_at="2026-11-20T10:00"))
    assert result.outcome is Outcome.INVALID
    assert {i.field for i in result.issues} == {"sales_units", "sold_at"}
    assert received(sandbox) == []


def test_1200_rows_go_in_three_requests_with_progress(sandbox: str) -> None:
    counted = Counted()
    service = PeakService(connector(sandbox, counted=counted))
    form = service.load_form(service.targets()[0])
    counted.sent.clear()
    rows = [form_row(n) for n in range(1200)]
    seen: list[tuple[int, int]] = []
    done = service.submit_rows(form, rows, progress=lambda d, t: seen.append((d, t)))
    assert [(c.first_row, c.rows) for c in done] == [(0, 500), (500, 500), (1000, 200)]
    assert all(c.result.outcome is Outcome.ACCEPTED for c in done)
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]
    assert counted.sent == ["POST 200"] * 3
    assert len(table(sandbox)) == 1200


def test_a_cancel_stops_between_chunks(sandbox: str) -> None:
    peak = connector(sandbox)
    rows = [row_with(product_variant=f"v{n}") for n in range(1200)]
    cancel = threading.Event()
    done = peak.submit_rows(rows, progress=lambda _d, _t: cancel.set(), cancel=cancel)
    assert [(c.first_row, c.rows, c.outcome) for c in done] == [(0, 500, "accepted")]
    assert len(table(sandbox)) == 500
    cancel.set()
    assert peak.submit_rows(rows, cancel=cancel) == []


def test_a_refused_chunk_is_reported_by_row_and_the_next_chunks_still_go(sandbox: str) -> None:
    service = PeakService(connector(sandbox))
    form = service.load_form(service.targets()[0])
    rows = [row_with(product_variant=f"v{n}") for n in range(1100)]
    rows[742] = row_with(product_variant="v742", sales_units=None)
    outcomes = service.connector.submit_rows(rows)
    assert [c.outcome for c in outcomes] == ["accepted", "rejected", "accepted"]
    refused = outcomes[1].error
    assert isinstance(refused, PeakRejected)
    assert list(refused.rows) == [742]
    assert "row 743" in refused.issues[0].message
    assert len(table(sandbox)) == 600
    # The service's view of the same: the chunk's issues by row of the batch.
    result = service._chunk_result(form, outcomes[1])
    assert result.result.outcome is Outcome.REJECTED
    assert [i.field for i in result.row_issues[742]] == ["sales_units"]


def test_a_failing_server_stops_the_batch(sandbox: str) -> None:
    peak = connector(sandbox)
    rows = [row_with(product_variant=f"v{n}") for n in range(1200)]

    def break_server(_done: int, _total: int) -> None:
        fault(sandbox, platform="peak", method="POST", status=500, times=0)

    done = peak.submit_rows(rows, progress=break_server)
    assert [c.outcome for c in done] == ["accepted", "failed"]
    assert isinstance(done[1].error, TransientError)
    assert len(table(sandbox)) == 500


def test_repeated_primary_keys_are_flagged_and_nothing_is_sent(sandbox: str) -> None:
    service = PeakService(connector(sandbox))
    form = service.load_form(service.targets()[0])
    same_instant = form_row(1, sold_at="2026-11-20T11:00:00+01:00")
    rows = [form_row(1), form_row(2), same_instant]
    checks = service.check_rows(form, rows)
    assert [c.ok for c in checks] == [True, True, False]
    assert [(i.field, i.code) for i in checks[2].issues] == [("sold_at", "duplicate_key")]
    assert "row 1" in checks[2].issues[0].message
    [chunk] = service.submit_rows(form, rows)
    assert chunk.result.outcome is Outcome.INVALID
    assert list(chunk.row_issues) == [2]
    assert "(row 3)" in chunk.result.issues[0].message
    assert received(sandbox) == []


def test_a_batch_can_be_checked_with_the_server_first(sandbox: str) -> None:
    service = PeakService(connector(sandbox))
    form = service.load_form(service.targets()[0])
    [chunk] = service.submit_rows(form, [form_row(n) for n in range(3)], dry_run=True)
    assert chunk.result.outcome is Outcome.ACCEPTED
    assert "dry run" in chunk.result.message
    assert table(sandbox) == []

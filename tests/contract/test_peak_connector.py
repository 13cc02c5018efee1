"""The Peak connector and service against the sandbox over real loopback HTTP: the upload
path found by a dry run under each documented reading (sandbox variants), "Test connection",
typed answers and answers that do not vouch for the rows, DI_E_ refusals mapped to row and
attribute, dry runs, retries of the idempotent UPSERT, suggestions from the connection's
earlier rows (no product or location read), and batches in chunks with progress and
cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import requests

from claimdesk.connectors.http import HttpClient, make_session
from claimdesk.connectors.peak import (
    IngestResult,
    PeakConnector,
    PeakDoubt,
    PeakRejected,
    PeakSettings,
)
from claimdesk.domain.fields import FieldType
from claimdesk.errors import AmbiguousOutcome, AuthError, PermanentError, TransientError
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.connections import check_connection
from claimdesk.service.peak import PeakService
from claimdesk.service.platform import Outcome
from claimdesk.service.profiles import Profile, ProfileStore
from claimdesk.service.workspace import Workspace, training_connection
from claimdesk.storage.database import Database
from claimdesk.storage.earlier_values import EarlierValues
from claimdesk.storage.outbox import Finish, NewClaim, Outbox, State
from tests.contract.test_gateway_doubt import Desk
from tests.contract.test_sandbox_peak import SEED_ROW, received, row_with, table
from tests.helpers.variants import use_variants

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
    url: str,
    token: str = demo.PEAK_TOKEN,
    counted: Counted | None = None,
    *,
    ingest_path: str = "ingest",
    prefix: str = DEMO.prefix,
    read_timeout: float = 30.0,
) -> PeakConnector:
    """A connector on the sandbox; its upload path is given (the seed's resource path) unless
    a test is about finding it (``ingest_path="auto"``)."""
    settings = PeakSettings(token, DEMO.solution, prefix, DEMO.suffix, ingest_path)
    session = counted.session if counted else None
    http = HttpClient(
        url,
        {"Authorization": token},
        session=session,
        sleep=lambda _s: None,
        timeout=(5.0, read_timeout),
    )
    return PeakConnector(url, settings, http=http)


# The documented readings of the upload path (sandbox variants), and the path each leaves.
READINGS = {
    "both paths": ((), "objects"),
    "objects only": (("peak-objects-path",), "objects"),
    "ingest only": (("peak-ingest-path",), "ingest"),
}
PATH_OF = {
    "objects": "/api/v2/objects/QP_SALE_EXTRA_OOTB",
    "ingest": "/api/v2/ingest/object/QP_SALE_EXTRA_OOTB",
}


@pytest.fixture(params=list(READINGS))
def reading(request: pytest.FixtureRequest, sandbox: str) -> str:
    """The sandbox follows one documented reading; the value is the path it leaves."""
    variants, path = READINGS[request.param]
    use_variants(sandbox, *variants)
    return path


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


# --- the upload path, found by a dry run, under every documented reading -------------------


def test_test_connection_finds_the_upload_path_by_a_dry_run(sandbox: str, reading: str) -> None:
    counted = Counted()
    service = PeakService(connector(sandbox, counted=counted, ingest_path="auto"))
    probe = service.probe()
    assert probe.proved == (
        f"Upload path found: {PATH_OF[reading]}.",
        "Personal access token accepted.",
        "Dry run of 1 row validated (nothing stored).",
    )
    assert probe.learned == {"ingest_path": reading}
    assert counted.sent == (["POST 200"] if reading == "objects" else ["POST 404", "POST 200"])
    assert table(sandbox) == []  # a dry run stores nothing
    assert received(sandbox) == []


def test_the_first_send_of_an_untested_connection_finds_the_path_first(
    sandbox: str, reading: str
) -> None:
    counted = Counted()
    service = PeakService(connector(sandbox, counted=counted, ingest_path="auto"))
    form = service.load_form(service.targets()[0])
    assert counted.sent == []  # opening the form asks Peak nothing
    result = service.submit(form, form_row())
    assert result.outcome is Outcome.ACCEPTED, result.message
    finding = ["POST 200"] if reading == "objects" else ["POST 404", "POST 200"]
    assert counted.sent == [*finding, "POST 200"]  # the dry run(s), then the row
    assert service.connector.path_key == reading
    counted.sent.clear()
    assert service.submit(form, form_row(1)).outcome is Outcome.ACCEPTED
    assert counted.sent == ["POST 200"]  # found once
    assert len(table(sandbox)) == 2


def test_a_batch_goes_to_the_path_of_the_reading(sandbox: str, reading: str) -> None:
    service = PeakService(connector(sandbox, ingest_path="auto"))
    form = service.load_form(service.targets()[0])
    done = service.submit_rows(form, [form_row(n) for n in range(3)])
    assert [c.result.outcome for c in done] == [Outcome.ACCEPTED]
    assert len(table(sandbox)) == 3


def test_a_path_set_in_the_profile_is_the_only_one_tried(sandbox: str) -> None:
    use_variants(sandbox, "peak-objects-path")
    counted = Counted()
    service = PeakService(connector(sandbox, counted=counted, ingest_path="ingest"))
    with pytest.raises(PermanentError) as caught:
        service.probe()
    assert caught.value.status == 404
    assert f"Peak has no upload at {sandbox}{PATH_OF['ingest']} (HTTP 404)" in str(caught.value)
    assert "upload path to auto" in str(caught.value)
    form = service.load_form(service.targets()[0])
    result = service.submit(form, form_row())
    assert result.outcome is Outcome.FAILED
    assert "Peak has no upload" in result.message
    assert counted.sent == ["POST 404", "POST 404"]
    fixed = PeakService(connector(sandbox, ingest_path="objects"))
    probe = fixed.probe()
    assert probe.proved[0] == f"Upload path works: {PATH_OF['objects']}."
    assert probe.learned == {}  # nothing to find out


def test_both_paths_answering_404_is_said_naming_both(sandbox: str) -> None:
    service = PeakService(connector(sandbox, prefix="XX_", ingest_path="auto"))
    with pytest.raises(PermanentError) as caught:
        service.probe()
    message = str(caught.value)
    assert "Peak answered 404 (not found) at both documented upload paths" in message
    assert "/api/v2/objects/XX_SALE_EXTRA_OOTB" in message
    assert "/api/v2/ingest/object/XX_SALE_EXTRA_OOTB" in message
    assert service.connector.path_key is None


def test_test_connection_keeps_the_path_found_in_the_profile(sandbox: str, tmp_path: Path) -> None:
    use_variants(sandbox, "peak-ingest-path")
    store = ProfileStore(tmp_path / "profiles.json")
    profile = Profile(
        name="P", platform="peak", url=sandbox, solution="QP_OOTB", prefix="QP_", suffix="_OOTB"
    )
    store.save(profile, {"token": demo.PEAK_TOKEN})
    assert store.get("P").setting("ingest_path") == "auto"
    said = check_connection(profile, store)
    assert said == (
        f"Connected to Peak. Upload path found: {PATH_OF['ingest']}. Personal access token "
        "accepted. Dry run of 1 row validated (nothing stored)."
    )
    assert store.get("P").setting("ingest_path") == "ingest"
    counted = Counted()
    connection = Workspace(store=store).open_profile("P")
    assert isinstance(connection.service, PeakService)
    peak = connection.service.connector
    peak.http = HttpClient(sandbox, {"Authorization": demo.PEAK_TOKEN}, session=counted.session)
    form = connection.service.load_form(connection.service.targets()[0])
    assert connection.service.submit(form, form_row()).outcome is Outcome.ACCEPTED
    assert counted.sent == ["POST 200"]  # no dry run: the profile knows the path
    connection.service.close()


def test_a_dry_run_refusal_of_the_test_row_still_proves_path_and_token(sandbox: str) -> None:
    # A real server without the documentation's example product refuses the test row.
    message = "PROD-001 is not a known product"
    fault(sandbox, platform="peak", method="POST", status=400, message=message)
    probe = PeakService(connector(sandbox, ingest_path="auto")).probe()
    assert probe.learned == {"ingest_path": "objects"}
    assert probe.proved[:2] == (
        f"Upload path found: {PATH_OF['objects']}.",
        "Personal access token accepted.",
    )
    assert "refused it" in probe.proved[2]


# --- what Peak's answers prove, and what they do not ---------------------------------------


def test_a_refused_token_is_said_naming_peak_and_the_token(sandbox: str) -> None:
    service = PeakService(connector(sandbox, "not-the-token-5521", ingest_path="auto"))
    with pytest.raises(AuthError) as caught:
        service.probe()
    assert str(caught.value).startswith("Peak refused the personal access token (HTTP 401).")
    assert "not-the-token-5521" not in str(caught.value)
    assert service.connector.path_key is None  # a refused token finds no path


def test_a_forbidden_upload_is_said_naming_peak_and_the_token(sandbox: str) -> None:
    fault(sandbox, platform="peak", method="POST", status=403, times=0)
    with pytest.raises(AuthError) as caught:
        connector(sandbox).ingest([SEED_ROW])
    assert caught.value.status == 403
    assert str(caught.value).startswith(
        "Peak accepted the personal access token but it lacks the permission"
    )


def test_a_timeout_is_said_naming_peak(sandbox: str) -> None:
    fault(sandbox, platform="peak", method="POST", latency_ms=5_000, times=0)
    with pytest.raises(TransientError) as caught:
        connector(sandbox, read_timeout=0.3).ingest([SEED_ROW], dry_run=True)
    assert str(caught.value).startswith(f"Peak: {sandbox} did not answer in time.")


def test_an_answer_that_is_not_json_leaves_the_row_in_doubt_and_is_quoted(sandbox: str) -> None:
    service = PeakService(connector(sandbox))
    form = service.load_form(service.targets()[0])
    fault(sandbox, platform="peak", method="POST", malformed=True)
    result = service.submit(form, form_row())
    assert result.outcome is Outcome.UNKNOWN  # never "accepted" on an unreadable answer
    assert result.message.startswith(
        "Peak answered HTTP 200, but its answer is not JSON, so ClaimDesk cannot tell whether "
        "it stored the 1 row(s): they stay in doubt (unknown)"
    )
    assert "The answer began: <!DOCTYPE html><html><head><title>Service unavailable" in (
        result.message
    )


def test_a_2xx_answer_that_does_not_count_the_rows_leaves_them_in_doubt(sandbox: str) -> None:
    peak = connector(sandbox)
    fault(sandbox, platform="peak", method="POST", status=200, message="Success")
    with pytest.raises(PeakDoubt) as caught:
        peak.ingest([SEED_ROW])
    assert "its answer does not count the rows it took" in str(caught.value)
    assert 'The answer began: {"errors":["Success"]}' in str(caught.value)
    rows = [row_with(product_variant=f"v{n}") for n in range(1200)]
    fault(sandbox, platform="peak", method="POST", status=200, message="Success", times=1)
    done = peak.submit_rows(rows)
    assert [c.outcome for c in done] == ["unknown"]  # the batch stops at the doubt
    assert isinstance(done[0].error, PeakDoubt)


def test_an_unreadable_answer_quotes_300_characters_and_no_secret(sandbox: str) -> None:
    echo = f"token={demo.PEAK_TOKEN} " + "x" * 400
    fault(sandbox, platform="peak", method="POST", status=200, message=echo)
    with pytest.raises(PeakDoubt) as caught:
        connector(sandbox).ingest([SEED_ROW])
    quoted = str(caught.value).split("The answer began: ", 1)[1]
    assert demo.PEAK_TOKEN not in str(caught.value)
    assert "token=•••" in quoted
    assert len(quoted.replace("•••", demo.PEAK_TOKEN)) == 301  # 300 characters and "…"


def test_a_queued_row_whose_answer_vouches_for_nothing_ends_unknown_and_stays(
    sandbox: str, tmp_path: Path
) -> None:
    desk = Desk(sandbox, "peak", tmp_path)
    desk.connection.service.probe()
    claim_id = desk.queue()
    desk.fault(malformed=True, times=1)
    desk.service.send_due()
    claim = desk.service.outbox.get(claim_id)
    assert claim.state is State.UNKNOWN, claim.message
    assert "its answer is not JSON" in claim.message
    assert desk.service.send_due() == []  # never re-sent by itself: the user settles it
    # Resend stays safe after a crash mid-send, for an UPSERT by primary key cannot double
    # a row: the capability says so truthfully.
    assert claim.resend_is_safe
    assert PeakService.capabilities.resend_is_safe
    desk.connection.service.close()


# --- suggestions: the connection's own earlier rows, never a read of Peak ------------------


def queue(outbox: Outbox, connection: str, state: State = State.QUEUED, **values: str) -> None:
    claim_id = outbox.enqueue(
        NewClaim(connection, "peak", "QP_SALE_EXTRA_OOTB", "SALE_EXTRA", values, "", str(values))
    )
    if state is not State.QUEUED:
        attempt = outbox.begin_attempt(claim_id)
        outbox.finish_attempt(claim_id, attempt, Finish(state.value))


def test_the_form_suggests_the_connections_earlier_products_and_locations(
    sandbox: str, tmp_path: Path
) -> None:
    database = Database(tmp_path / "claims.sqlite3")
    outbox = Outbox(database)
    queue(outbox, "Acme", product_id="PROD-002", location_id="LOC-DE-001")
    queue(outbox, "Acme", State.ACCEPTED, product_id="PROD-003", location_id="LOC-DE-001")
    queue(outbox, "Acme", State.REJECTED, product_id="PROD-404", location_id="LOC-XX-404")
    queue(outbox, "Other", product_id="PROD-777", location_id="LOC-777")
    counted = Counted()
    service = PeakService(
        connector(sandbox, counted=counted), EarlierValues(database, "Acme", "peak")
    )
    form = service.load_form(service.targets()[0])
    product, location = form.schema.get("product_id"), form.schema.get("location_id")
    assert product is not None
    assert location is not None
    assert product.type is FieldType.TEXT  # typed freely: Peak checks the foreign key
    assert [c.value for c in product.suggestions] == ["PROD-003", "PROD-002"]  # newest first
    assert [c.value for c in location.suggestions] == ["LOC-DE-001"]
    assert "suggested from your earlier rows" in form.summary
    assert counted.sent == []  # no read of Peak
    database.close()


def test_without_earlier_rows_the_form_is_free_text_and_peak_checks_the_keys(
    sandbox: str,
) -> None:
    service = PeakService(connector(sandbox))
    form = service.load_form(service.targets()[0])
    product = form.schema.get("product_id")
    assert product is not None
    assert (product.type, product.suggestions) == (FieldType.TEXT, ())
    assert "typed freely" in form.summary
    # The server still checks the foreign key, and its refusal lands on the field.
    result = service.submit(form, form_row(product_id="PROD-404"))
    assert result.outcome is Outcome.REJECTED
    assert [(i.field, i.code) for i in result.issues] == [("product_id", "DI_E_00030")]


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

"""Peak SALE_EXTRA: the sandbox to the letter of the seed, and the connector and service
against it over real HTTP."""

from __future__ import annotations

import copy
import threading
from typing import Any

import pytest
import requests

from claimdesk.connectors.errors import AuthError, RejectedError
from claimdesk.connectors.peak import PeakConnector, PeakSettings
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.peak import PeakService
from claimdesk.service.platform import Outcome

SEED_BODY: dict[str, Any] = {
    "solutionName": "QP_OOTB",
    "data": [
        {
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
            "return_value": 0.00,
            "demand_units": 2.0,
            "demand_value": 399.98,
            "returned_at": None,
            "shipped_at": "2025-01-28T16:00:00Z",
            "updated_at": "2025-01-28T14:30:00Z",
        }
    ],
    "operationType": "UPSERT",
}
HEADERS = {"Authorization": demo.PEAK_TOKEN, "Content-Type": "application/json"}
OBJECT = "QP_SALE_EXTRA_OOTB"


def post(url: str, body: Any, path: str = "ingest/object", **headers: str) -> requests.Response:
    return requests.post(
        f"{url}/api/v2/{path}/{OBJECT}", json=body, headers={**HEADERS, **headers}, timeout=10
    )


def table(url: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = requests.get(f"{url}/_sandbox/peak/rows", timeout=5).json()["rows"]
    return rows


def connector(url: str, token: str = demo.PEAK_TOKEN) -> PeakConnector:
    return PeakConnector(url, PeakSettings(token, "QP_OOTB", "QP_", "_OOTB"))


@pytest.mark.parametrize("path", ["ingest/object", "objects"])
def test_the_seeds_body_is_accepted_as_written(sandbox: str, path: str) -> None:
    answer = post(sandbox, SEED_BODY, path)
    assert answer.status_code == 200, answer.text
    assert table(sandbox) == SEED_BODY["data"]


def test_upsert_twice_leaves_one_row_with_the_last_values(sandbox: str) -> None:
    post(sandbox, SEED_BODY)
    changed = copy.deepcopy(SEED_BODY)
    changed["data"][0]["sales_units"] = 5
    changed["data"][0]["sold_at"] = "2025-01-28T15:30:00+01:00"  # the same instant
    assert post(sandbox, changed).json()["updated"] == 1
    [row] = table(sandbox)
    assert row["sales_units"] == 5


@pytest.mark.parametrize(
    ("change", "code", "attribute"),
    [
        (lambda r: r.pop("customer_id"), "DI_E_00010", "customer_id"),
        (lambda r: r.update(sales_units=None), "DI_E_00012", "sales_units"),
        (lambda r: r.update(returned_at=None), None, None),  # nullable: fine
        (lambda r: r.update(sales_units="2"), "DI_E_00020", "sales_units"),
        (lambda r: r.update(sales_units=2.5), "DI_E_00020", "sales_units"),
        (lambda r: r.update(sales_units=True), "DI_E_00020", "sales_units"),
        (lambda r: r.update(sales_value="399.98"), "DI_E_00020", "sales_value"),
        (lambda r: r.update(sold_at="2025-01-28 14:30"), "DI_E_00020", "sold_at"),
        (lambda r: r.update(sold_at="2025-01-28T14:30:00"), "DI_E_00020", "sold_at"),
        (lambda r: r.update(product_id="PROD-999"), "DI_E_00030", "product_id"),
        (lambda r: r.update(location_id="LOC-XX-000"), "DI_E_00030", "location_id"),
        (lambda r: r.update(colour="red"), "DI_E_00011", "colour"),
    ],
)
def test_each_rule_names_the_attribute(
    sandbox: str, change: Any, code: str | None, attribute: str | None
) -> None:
    body = copy.deepcopy(SEED_BODY)
    change(body["data"][0])
    answer = post(sandbox, body)
    if code is None:
        assert answer.status_code == 200
        return
    assert answer.status_code == 400
    [error] = answer.json()["errors"]
    assert (error["code"], error["attribute"], error["row"]) == (code, attribute, 0)
    assert table(sandbox) == []


def test_request_level_rules(sandbox: str) -> None:
    assert post(sandbox, SEED_BODY, Authorization="wrong").status_code == 401
    assert post(sandbox, {**SEED_BODY, "solutionName": "X"}).status_code == 400
    too_many = {**SEED_BODY, "data": SEED_BODY["data"] * 501}
    assert post(sandbox, too_many).json()["errors"][0]["code"] == "DI_E_00013"
    assert post(sandbox, {**SEED_BODY, "dryRun": True}).json()["dryRun"] is True
    assert table(sandbox) == []


def test_connector_maps_errors_to_row_and_attribute(sandbox: str) -> None:
    rows = copy.deepcopy(SEED_BODY["data"]) * 1
    rows.append({**rows[0], "product_variant": "size:M", "sales_units": None})
    with pytest.raises(RejectedError) as caught:
        connector(sandbox).ingest(rows)
    assert caught.value.record_index == 1
    assert [i.field for i in caught.value.issues] == ["sales_units"]
    assert "row 2:" in caught.value.issues[0].message
    with pytest.raises(AuthError):
        connector(sandbox, "nope").ingest(rows[:1])


def test_connector_reads_products_and_locations(sandbox: str) -> None:
    peak = connector(sandbox)
    assert "PROD-001" in [c.value for c in peak.products()]
    assert "LOC-UK-001" in [c.value for c in peak.locations()]


def test_service_chunks_with_progress_and_cancel(sandbox: str) -> None:
    service = PeakService(connector(sandbox))
    form = service.load_form(service.targets()[0])
    rows = [
        {
            "product_id": "PROD-002",
            "location_id": "LOC-DE-001",
            "product_variant": f"size:{n}",
            "sold_at": "2026-11-20T10:00:00Z",
            "sales_units": "1",
            "sales_value": "19.5",
            "return_units": "0",
            "return_value": "0",
        }
        for n in range(1200)
    ]
    seen: list[tuple[int, int]] = []
    done = service.submit_rows(form, rows, progress=lambda d, t: seen.append((d, t)))
    assert [c.rows for c in done] == [500, 500, 200]
    assert all(c.result.outcome is Outcome.ACCEPTED for c in done)
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]
    assert len(table(sandbox)) == 1200

    cancel = threading.Event()
    partial = service.submit_rows(form, rows, progress=lambda _d, _t: cancel.set(), cancel=cancel)
    assert [c.rows for c in partial] == [500]  # stopped cleanly between chunks


def test_service_flags_repeated_primary_keys_before_sending(sandbox: str) -> None:
    service = PeakService(connector(sandbox))
    form = service.load_form(service.targets()[0])
    row = {
        "product_id": "PROD-002",
        "location_id": "LOC-DE-001",
        "product_variant": "size:S",
        "sold_at": "2026-11-20T10:00:00Z",
        "sales_units": "1",
        "sales_value": "19.5",
        "return_units": "0",
        "return_value": "0",
    }
    same_instant = {**row, "sold_at": "2026-11-20T11:00:00+01:00"}
    checks = service.check_rows(form, [row, same_instant])
    assert checks[0].ok
    assert [i.code for i in checks[1].issues] == ["duplicate_key"]
    [chunk] = service.submit_rows(form, [row, same_instant])
    assert chunk.result.outcome is Outcome.INVALID
    assert table(sandbox) == []

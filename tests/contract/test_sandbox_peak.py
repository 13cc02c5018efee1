"""The sandbox's Peak SALE_EXTRA emulation over real loopback HTTP, to the letter of
seeds/peak-sale-extra.md (and the sandbox's documented assumptions in sandbox/peak.py), with
its variants peak-objects-path and peak-ingest-path (one upload path each)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
import requests

from claimdesk.sandbox import demo_credentials as demo
from tests.helpers.peak_seed import SEED_BODY, SEED_ROW
from tests.helpers.variants import use_variants

NON_NULLABLE = (
    "product_id",
    "location_id",
    "product_variant",
    "sold_at",
    "sales_units",
    "sales_value",
    "return_units",
    "return_value",
)
NULLABLE = tuple(name for name in SEED_ROW if name not in NON_NULLABLE)
HEADERS = {"Authorization": demo.PEAK_TOKEN, "Content-Type": "application/json"}
OBJECT = "QP_SALE_EXTRA_OOTB"


def post(
    url: str, body: Any, path: str = "ingest/object", name: str = OBJECT, **headers: str
) -> requests.Response:
    return requests.post(
        f"{url}/api/v2/{path}/{name}", json=body, headers={**HEADERS, **headers}, timeout=10
    )


def body_with(*rows: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(SEED_BODY), "data": list(rows) or [dict(SEED_ROW)], **changes}


def row_with(**changes: Any) -> dict[str, Any]:
    return {**SEED_ROW, **changes}


def table(url: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = requests.get(f"{url}/_sandbox/peak/rows", timeout=5).json()["rows"]
    return rows


def received(url: str) -> list[dict[str, Any]]:
    answer = requests.get(f"{url}/_sandbox/received", params={"platform": "peak"}, timeout=5)
    items: list[dict[str, Any]] = answer.json()
    return items


def refusal(answer: requests.Response) -> list[tuple[str, int | None, str | None]]:
    assert answer.status_code == 400, answer.text
    return [(e["code"], e["row"], e["attribute"]) for e in answer.json()["errors"]]


# --- the seed's example ------------------------------------------------------------------


@pytest.mark.parametrize("path", ["ingest/object", "objects"])
def test_the_seeds_body_is_accepted_as_written_on_both_paths(sandbox: str, path: str) -> None:
    answer = post(sandbox, SEED_BODY, path)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "message": "OK",
        "rows": 1,
        "inserted": 1,
        "updated": 0,
        "dryRun": False,
    }
    assert table(sandbox) == [SEED_ROW]
    [item] = received(sandbox)
    assert (item["object"], item["operation"], item["record"]) == (OBJECT, "UPSERT", SEED_ROW)


def test_sending_the_seeds_body_twice_leaves_one_row(sandbox: str) -> None:
    assert post(sandbox, SEED_BODY).json()["inserted"] == 1
    again = post(sandbox, SEED_BODY, "objects").json()
    assert (again["inserted"], again["updated"]) == (0, 1)
    assert table(sandbox) == [SEED_ROW]
    assert len(received(sandbox)) == 2  # the log has both sends; the table one row


def test_upsert_matches_sold_at_as_an_instant_and_keeps_the_last_values(sandbox: str) -> None:
    post(sandbox, SEED_BODY)
    same_instant = row_with(sold_at="2025-01-28T15:30:00+01:00", sales_units=5)
    assert post(sandbox, body_with(same_instant)).json()["updated"] == 1
    assert table(sandbox) == [same_instant]


def test_each_part_of_the_primary_key_makes_a_new_row(sandbox: str) -> None:
    post(sandbox, SEED_BODY)
    others = [
        row_with(product_id="PROD-002"),
        row_with(location_id="LOC-UK-002"),
        row_with(product_variant="size:M"),
        row_with(sold_at="2025-01-28T14:30:01Z"),
    ]
    assert post(sandbox, body_with(*others)).json()["inserted"] == 4
    assert len(table(sandbox)) == 5


def test_rows_repeating_a_key_in_one_upsert_keep_the_last(sandbox: str) -> None:
    first, last = row_with(sales_units=1), row_with(sales_units=9)
    answer = post(sandbox, body_with(first, last)).json()
    assert (answer["inserted"], answer["updated"]) == (1, 1)
    assert table(sandbox) == [last]


# --- every attribute key, nullability, types, foreign keys -----------------------------


@pytest.mark.parametrize("name", list(SEED_ROW))
def test_every_attribute_key_is_required_in_every_row(sandbox: str, name: str) -> None:
    row = dict(SEED_ROW)
    del row[name]
    assert refusal(post(sandbox, body_with(row))) == [("DI_E_00010", 0, name)]
    assert table(sandbox) == []


@pytest.mark.parametrize("name", NON_NULLABLE)
def test_non_nullable_attributes_refuse_null(sandbox: str, name: str) -> None:
    assert refusal(post(sandbox, body_with(row_with(**{name: None})))) == [("DI_E_00012", 0, name)]


def test_nullable_attributes_take_null(sandbox: str) -> None:
    row = row_with(**dict.fromkeys(NULLABLE))
    assert post(sandbox, body_with(row)).status_code == 200
    assert table(sandbox) == [row]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("sales_units", 2.0),  # integers are JSON integers: no fraction, even .0
        ("sales_units", 2.5),
        ("sales_units", "2"),
        ("sales_units", True),
        ("return_units", 1e0),
        ("sales_value", "399.98"),
        ("sales_value", False),
        ("demand_units", [2]),
        ("sold_at", "2025-01-28 14:30:00Z"),
        ("sold_at", "2025-01-28T14:30:00"),  # no zone
        ("sold_at", "2025-01-28"),
        ("sold_at", "yesterday"),
        ("sold_at", 1738074600),
        ("shipped_at", "2025-13-28T16:00:00Z"),
        ("product_variant", 42),
        ("sale_id", {"id": 1}),
    ],
)
def test_values_of_the_wrong_type_are_refused(sandbox: str, name: str, value: Any) -> None:
    assert refusal(post(sandbox, body_with(row_with(**{name: value})))) == [("DI_E_00020", 0, name)]


@pytest.mark.parametrize(
    "changes",
    [
        {"sales_value": 399, "return_value": 0},  # a float attribute takes a JSON integer
        {"sold_at": "2025-01-28T14:30:00.123456+05:30"},
        {"sold_at": "2025-01-28t14:30:00z"},
        {"sales_units": -1, "sales_value": -199.99},  # net of returns: may be negative
    ],
)
def test_values_of_the_right_type_in_other_forms_are_taken(
    sandbox: str, changes: dict[str, Any]
) -> None:
    assert post(sandbox, body_with(row_with(**changes))).status_code == 200


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_the_float_check_refuses_non_finite_numbers(sandbox: str, value: float) -> None:
    body = json.dumps(body_with(row_with(sales_value=value)))  # NaN / Infinity tokens
    answer = requests.post(
        f"{sandbox}/api/v2/ingest/object/{OBJECT}", data=body, headers=HEADERS, timeout=10
    )
    assert refusal(answer) == [("DI_E_00020", 0, "sales_value")]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"return_units": -1}, [("DI_E_00021", 0, "return_units")]),
        ({"demand_value": -0.5}, [("DI_E_00021", 0, "demand_value")]),
        ({"customer_id": "C" * 256}, [("DI_E_00022", 0, "customer_id")]),
        ({"product_id": "PROD-999"}, [("DI_E_00030", 0, "product_id")]),
        ({"location_id": "LOC-XX-000"}, [("DI_E_00030", 0, "location_id")]),
        ({"colour": "red"}, [("DI_E_00011", 0, "colour")]),
    ],
)
def test_other_row_rules(
    sandbox: str, changes: dict[str, Any], expected: list[tuple[str, int, str]]
) -> None:
    assert refusal(post(sandbox, body_with(row_with(**changes)))) == expected


def test_every_broken_rule_of_every_row_is_reported_and_nothing_is_stored(sandbox: str) -> None:
    bad = row_with(product_id="PROD-999", sales_units=None)
    del bad["customer_id"]
    answer = post(sandbox, body_with(dict(SEED_ROW), bad, "not a row"))  # type: ignore[arg-type]
    assert sorted(refusal(answer), key=str) == sorted(
        [
            ("DI_E_00010", 1, "customer_id"),
            ("DI_E_00012", 1, "sales_units"),
            ("DI_E_00030", 1, "product_id"),
            ("DI_E_00001", 2, None),
        ],
        key=str,
    )
    first = answer.json()["errors"][0]
    assert isinstance(first["message"], str)
    assert first["message"]
    assert table(sandbox) == []
    assert received(sandbox) == []


# --- the request ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token", ["", "wrong", f"Bearer {demo.PEAK_TOKEN}", f"Token {demo.PEAK_TOKEN}"]
)
def test_only_the_bare_token_is_let_in(sandbox: str, token: str) -> None:
    answer = post(sandbox, SEED_BODY, Authorization=token)
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["code"] == "DI_E_00401"
    assert table(sandbox) == []


def test_another_object_is_not_found(sandbox: str) -> None:
    for name in ("SALE_EXTRA", "QP_SALE_EXTRA", "QP_SALE_OOTB"):
        assert post(sandbox, SEED_BODY, name=name).status_code == 404


def test_the_body_must_be_sent_as_json(sandbox: str) -> None:
    answer = requests.post(
        f"{sandbox}/api/v2/ingest/object/{OBJECT}",
        data=json.dumps(SEED_BODY),
        headers={"Authorization": demo.PEAK_TOKEN, "Content-Type": "text/plain"},
        timeout=10,
    )
    assert answer.status_code == 415
    not_json = requests.post(
        f"{sandbox}/api/v2/ingest/object/{OBJECT}", data="{", headers=HEADERS, timeout=10
    )
    assert refusal(not_json) == [("DI_E_00001", None, None)]
    assert refusal(post(sandbox, [SEED_BODY])) == [("DI_E_00001", None, None)]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"solutionName": "QP_OTHER"}, ("DI_E_00002", None, "solutionName")),
        ({"operationType": "INSERT"}, ("DI_E_00003", None, "operationType")),
        ({"operationType": None}, ("DI_E_00003", None, "operationType")),
        ({"data": []}, ("DI_E_00004", None, "data")),
        ({"data": {"product_id": "PROD-001"}}, ("DI_E_00004", None, "data")),
        ({"dryRun": "yes"}, ("DI_E_00005", None, "dryRun")),
    ],
)
def test_request_fields(
    sandbox: str, changes: dict[str, Any], expected: tuple[str, None, str]
) -> None:
    assert refusal(post(sandbox, {**SEED_BODY, **changes})) == [expected]


def test_at_most_500_rows_a_request(sandbox: str) -> None:
    rows = [row_with(product_variant=f"size:{n}") for n in range(501)]
    assert refusal(post(sandbox, body_with(*rows))) == [("DI_E_00013", None, "data")]
    assert table(sandbox) == []
    assert post(sandbox, body_with(*rows[:500])).json()["inserted"] == 500
    assert len(table(sandbox)) == 500


def test_a_dry_run_checks_everything_and_stores_nothing(sandbox: str) -> None:
    answer = post(sandbox, {**SEED_BODY, "dryRun": True})
    assert answer.status_code == 200
    assert answer.json()["dryRun"] is True
    assert answer.json()["inserted"] == 1
    assert table(sandbox) == []
    assert received(sandbox) == []
    bad = post(sandbox, body_with(row_with(sales_units=None), dryRun=True))
    assert refusal(bad) == [("DI_E_00012", 0, "sales_units")]
    assert post(sandbox, {**SEED_BODY, "dryRun": False}).json()["dryRun"] is False
    assert table(sandbox) == [SEED_ROW]


def test_append_refuses_a_key_that_is_stored_or_repeated(sandbox: str) -> None:
    assert post(sandbox, body_with(operationType="APPEND")).status_code == 200
    assert refusal(post(sandbox, body_with(operationType="APPEND"))) == [
        ("DI_E_00040", 0, "sold_at")
    ]
    twice = body_with(row_with(product_variant="size:S"), row_with(product_variant="size:S"))
    assert refusal(post(sandbox, {**twice, "operationType": "APPEND"})) == [
        ("DI_E_00040", 1, "sold_at")
    ]
    assert [item["operation"] for item in received(sandbox)] == ["APPEND"]


# --- no invented reads; the documented readings of the upload path -------------------------


@pytest.mark.parametrize("name", ["QP_PRODUCT_OOTB", "QP_LOCATION_OOTB", "QP_SALE_EXTRA_OOTB"])
def test_products_and_locations_are_not_listed(sandbox: str, name: str) -> None:
    # Peak documents no read of them: the sandbox serves none (the foreign keys are still
    # checked against its demo products and locations).
    for path in ("objects", "ingest/object"):
        answer = requests.get(f"{sandbox}/api/v2/{path}/{name}", headers=HEADERS, timeout=5)
        assert answer.status_code in (404, 405), answer.text
        assert "PROD-001" not in answer.text


@pytest.mark.parametrize(
    ("variant", "served", "missing"),
    [
        ("peak-objects-path", "objects", "ingest/object"),
        ("peak-ingest-path", "ingest/object", "objects"),
    ],
)
def test_a_variant_serves_one_upload_path_and_the_other_is_not_found(
    sandbox: str, variant: str, served: str, missing: str
) -> None:
    use_variants(sandbox, variant)
    gone = post(sandbox, SEED_BODY, missing)
    assert gone.status_code == 404
    assert gone.json() == {"detail": "Not Found"}
    # Not found before any check: a wrong token or a dry run change nothing.
    assert post(sandbox, SEED_BODY, missing, Authorization="wrong").status_code == 404
    assert post(sandbox, {**SEED_BODY, "dryRun": True}, missing).status_code == 404
    assert table(sandbox) == []
    dry = post(sandbox, {**SEED_BODY, "dryRun": True}, served)
    assert dry.status_code == 200, dry.text
    assert dry.json()["dryRun"] is True
    assert table(sandbox) == []
    assert post(sandbox, SEED_BODY, served).status_code == 200
    assert table(sandbox) == [SEED_ROW]
    assert post(sandbox, SEED_BODY, served, Authorization="wrong").status_code == 401


@pytest.mark.parametrize("variant", ["peak-objects-path", "peak-ingest-path"])
def test_a_variant_still_takes_at_most_500_rows(sandbox: str, variant: str) -> None:
    use_variants(sandbox, variant)
    path = "objects" if variant == "peak-objects-path" else "ingest/object"
    rows = [row_with(product_variant=f"v{n}") for n in range(501)]
    assert refusal(post(sandbox, body_with(*rows), path)) == [("DI_E_00013", None, "data")]


def test_a_reset_empties_the_table(sandbox: str) -> None:
    post(sandbox, SEED_BODY)
    requests.post(f"{sandbox}/_sandbox/reset", timeout=5).raise_for_status()
    assert table(sandbox) == []
    assert received(sandbox) == []

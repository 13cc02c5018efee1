"""The sandbox's Claret emulation, over real loopback HTTP (seeds/claret-sales.md, DESIGN.md)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import requests

from claimdesk.sandbox.claret import SHORT_TOKEN_CALLS
from claimdesk.sandbox.claret_data import DEMO_EMAIL, DEMO_PASSWORD
from claimdesk.sandbox.demo_credentials import CLARET_TENANT, CLARET_TOKEN
from claimdesk.sandbox.variants import CLARET_SHORT_TOKENS
from tests.helpers.variants import use_variants

AJAX = {"X-Requested-With": "XMLHttpRequest"}
AUTH = {"Authorization": f"Bearer {CLARET_TOKEN}", **AJAX}
SALES = f"/{CLARET_TENANT}/api/v1/sales"
TODAY = date.today()
ALL_TIME: dict[str, Any] = {"start_date": "2000-01-01", "duration": 36_000}  # all records
SALE_KEYS = {
    "id", "sell_date", "quantity", "item_name", "customer_group_name",
    "timing_interval_span", "sale_type_name", "uom_abbr",
}  # fmt: skip
HIERARCHY_KEYS = {"item_category", "item_family", "customer_region", "customer_channel"}


def seed_row(**changes: Any) -> dict[str, Any]:
    """One content row with every field of the seed's table, in its types."""
    row: dict[str, Any] = {
        "item_name": "Claret Reserve 75cl",
        "customer_group_name": "Northern Retail",
        "sell_date": TODAY.isoformat(),
        "timing_interval_name": "Weekly",
        "quantity": 5,
    }
    row.update(changes)
    return {key: value for key, value in row.items() if value is not None}


def seed_body(*rows: dict[str, Any], **arguments: Any) -> dict[str, Any]:
    """The seed's request body: an arguments object and a content array."""
    return {
        "arguments": {
            "sale_type_name": "History",
            "create_missing_item_customer_group": 0,
            **arguments,
        },
        "content": list(rows) or [seed_row()],
    }


def get_sales(base: str, headers: dict[str, str] | None = None, **params: Any) -> requests.Response:
    return requests.get(
        base + SALES, params=params, headers=AUTH if headers is None else headers, timeout=10
    )


def post_sales(base: str, body: Any, headers: dict[str, str] | None = None) -> requests.Response:
    return requests.post(
        base + SALES, json=body, headers=AUTH if headers is None else headers, timeout=10
    )


def received(base: str) -> list[dict[str, Any]]:
    response = requests.get(f"{base}/_sandbox/received", params={"platform": "claret"}, timeout=10)
    assert response.status_code == 200
    items: list[dict[str, Any]] = response.json()
    return items


def every_page(base: str, **params: Any) -> list[dict[str, Any]]:
    """Each answer in turn: the first without current_index, then with next_index."""
    pages = [get_sales(base, **params).json()]
    while pages[-1]["next_index"] is not None:
        assert len(pages) < 50, "paging does not end"
        pages.append(get_sales(base, current_index=pages[-1]["next_index"], **params).json())
    return pages


def errors_of(response: requests.Response) -> dict[str, list[str]]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["message"], str)
    errors: dict[str, list[str]] = body["errors"]
    return errors


# --- auth ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-token-5521", f"Token {CLARET_TOKEN}", "Bearer", CLARET_TOKEN],
)
def test_refused_token_with_ajax_header_is_a_json_401(sandbox: str, authorization: str) -> None:
    headers = {"X-Requested-With": "XMLHttpRequest"}
    if authorization is not None:
        headers["Authorization"] = authorization
    response = get_sales(sandbox, headers, sale_type_name="History", **ALL_TIME)

    assert response.status_code == 401
    assert response.json() == {"message": "Unauthenticated."}
    assert "wrong-token-5521" not in response.text


def test_refused_token_without_ajax_header_redirects_to_an_html_sign_in_page(
    sandbox: str,
) -> None:
    headers = {"Authorization": "Bearer expired-token-1234"}
    response = requests.get(
        sandbox + SALES,
        params={"sale_type_name": "History", **ALL_TIME},
        headers=headers,
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302
    assert response.headers["location"] == f"/{CLARET_TENANT}/login"

    followed = get_sales(sandbox, headers, sale_type_name="History", **ALL_TIME)
    assert followed.status_code == 200
    assert followed.headers["content-type"].startswith("text/html")
    assert followed.url.endswith(f"/{CLARET_TENANT}/login")
    with pytest.raises(requests.JSONDecodeError):  # what a client expecting JSON runs into
        followed.json()


def test_post_with_a_refused_token_stores_nothing_either_way(sandbox: str) -> None:
    for headers in (
        {"Authorization": "Bearer nope-nope", "X-Requested-With": "XMLHttpRequest"},
        {"Authorization": "Bearer nope-nope"},
        {},
    ):
        response = requests.post(
            sandbox + SALES, json=seed_body(), headers=headers, allow_redirects=False, timeout=10
        )
        assert response.status_code in (401, 302)
    assert received(sandbox) == []


@pytest.mark.parametrize(
    "headers",
    [
        AUTH,
        {"Authorization": f"Bearer {CLARET_TOKEN}"},  # a valid token works without the header
        {"Authorization": f"bearer {CLARET_TOKEN}", "X-Requested-With": "XMLHttpRequest"},
    ],
)
def test_the_demo_token_is_accepted(sandbox: str, headers: dict[str, str]) -> None:
    response = get_sales(sandbox, headers, sale_type_name="Forecast", **ALL_TIME)

    assert response.status_code == 200
    assert response.json()["total"] > 0


def test_unknown_tenant_is_a_json_404(sandbox: str) -> None:
    response = requests.get(
        f"{sandbox}/no-such-tenant/api/v1/sales",
        params={"sale_type_name": "History", **ALL_TIME},
        headers=AUTH,
        timeout=10,
    )
    assert response.status_code == 404
    assert response.json() == {"message": 'Tenant "no-such-tenant" not found.'}


def test_token_from_email_and_password_works_until_reset(sandbox: str) -> None:
    response = requests.post(
        f"{sandbox}/{CLARET_TENANT}/api/v1/tokens/create",
        params={"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
        timeout=10,
    )
    assert response.status_code == 200
    token = response.json()["token"]
    assert isinstance(token, str)
    assert token != CLARET_TOKEN
    assert token.split("|")[0].isdigit()  # the docs' shape: "1|…"
    headers = {"Authorization": f"Bearer {token}", "X-Requested-With": "XMLHttpRequest"}
    assert get_sales(sandbox, headers, sale_type_name="Forecast", **ALL_TIME).status_code == 200

    requests.post(f"{sandbox}/_sandbox/reset", timeout=10).raise_for_status()
    assert get_sales(sandbox, headers, sale_type_name="Forecast", **ALL_TIME).status_code == 401


@pytest.mark.parametrize(
    ("body", "status", "keys"),
    [
        ({"email": DEMO_EMAIL, "password": "wrong-password-77"}, 401, None),
        ({"email": "someone@else.example", "password": DEMO_PASSWORD}, 401, None),
        ({"email": DEMO_EMAIL}, 422, {"password"}),
        ({}, 422, {"email", "password"}),
    ],
)
def test_token_create_refuses_wrong_or_missing_credentials(
    sandbox: str, body: dict[str, str], status: int, keys: set[str] | None
) -> None:
    response = requests.post(
        f"{sandbox}/{CLARET_TENANT}/api/v1/tokens/create", params=body, timeout=10
    )
    assert response.status_code == status
    if keys is None:
        assert response.json() == {"message": "These credentials do not match our records."}
        assert "wrong-password-77" not in response.text
    else:
        assert set(errors_of(response)) == keys


def create_token(base: str) -> str:
    response = requests.post(
        f"{base}/{CLARET_TENANT}/api/v1/tokens/create",
        params={"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["token"]
    return token


def test_token_create_reads_query_parameters_not_a_json_body(sandbox: str) -> None:
    """The docs name email and password as query parameters: a JSON body is not read."""
    response = requests.post(
        f"{sandbox}/{CLARET_TENANT}/api/v1/tokens/create",
        json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
        timeout=10,
    )
    assert set(errors_of(response)) == {"email", "password"}


def test_token_create_for_an_unknown_tenant_is_a_404(sandbox: str) -> None:
    response = requests.post(
        f"{sandbox}/acme/api/v1/tokens/create",
        params={"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
        timeout=10,
    )
    assert response.status_code == 404


def test_tokens_live_on_without_the_short_tokens_variant(sandbox: str) -> None:
    headers = {"Authorization": f"Bearer {create_token(sandbox)}", **AJAX}
    for _ in range(SHORT_TOKEN_CALLS + 2):
        assert get_sales(sandbox, headers, sale_type_name="Forecast", **ALL_TIME).ok


def test_short_tokens_expire_after_a_few_calls(sandbox: str) -> None:
    use_variants(sandbox, CLARET_SHORT_TOKENS)
    token = create_token(sandbox)
    headers = {"Authorization": f"Bearer {token}", **AJAX}
    for _ in range(SHORT_TOKEN_CALLS):
        assert get_sales(sandbox, headers, sale_type_name="Forecast", **ALL_TIME).ok

    expired = get_sales(sandbox, headers, sale_type_name="Forecast", **ALL_TIME)
    assert expired.status_code == 401
    assert expired.json() == {"message": "Unauthenticated."}
    # Without the header, the expired token is sent to the HTML sign-in page.
    no_ajax = requests.get(
        sandbox + SALES,
        params={"sale_type_name": "Forecast", **ALL_TIME},
        headers={"Authorization": f"Bearer {token}"},
        allow_redirects=False,
        timeout=10,
    )
    assert no_ajax.status_code == 302
    # A new token works again; the fixed demo token never expires.
    fresh = {"Authorization": f"Bearer {create_token(sandbox)}", **AJAX}
    assert get_sales(sandbox, fresh, sale_type_name="Forecast", **ALL_TIME).ok
    for _ in range(SHORT_TOKEN_CALLS + 2):
        assert get_sales(sandbox, sale_type_name="Forecast", **ALL_TIME).ok


# --- POST ------------------------------------------------------------------------------------


def test_post_of_the_seed_body_is_stored_received_and_listed(sandbox: str) -> None:
    body = seed_body(seed_row(quantity=7))
    response = post_sales(sandbox, body)

    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["total"] == 1
    assert answer["created_items"] == []
    assert answer["created_customer_groups"] == []
    [sale] = answer["sales"]
    assert set(sale) == SALE_KEYS
    assert sale["quantity"] == "7.00"
    assert sale["timing_interval_span"] == "Weekly"
    assert sale["uom_abbr"] == "BT"

    [item] = received(sandbox)
    assert item["tenant"] == CLARET_TENANT
    assert item["arguments"] == {
        "sale_type_name": "History",
        "create_missing_item_customer_group": 0,
    }
    assert item["record"] == body["content"][0]
    assert item["id"] == sale["id"]

    listed = get_sales(
        sandbox, sale_type_name="History", start_date=TODAY.isoformat(), duration=1
    ).json()
    assert sale in listed["sales"]


def test_post_without_the_create_flag_defaults_to_zero(sandbox: str) -> None:
    body = {"arguments": {"sale_type_name": "Forecast"}, "content": [seed_row()]}
    response = post_sales(sandbox, body)

    assert response.status_code == 201, response.text
    assert received(sandbox)[0]["arguments"]["create_missing_item_customer_group"] == 0


def test_post_of_several_rows_stores_each_in_order(sandbox: str) -> None:
    names = ("Merlot House 75cl", "Cremant Brut 75cl", "Tasting Set 3x20cl")
    rows = [seed_row(quantity=n, item_name=name) for n, name in enumerate(names, start=1)]
    response = post_sales(sandbox, seed_body(*rows))

    assert response.status_code == 201
    ids = [sale["id"] for sale in response.json()["sales"]]
    assert ids == sorted(ids)
    assert len(set(ids)) == 3
    assert [item["record"] for item in received(sandbox)] == rows


def test_names_match_without_regard_to_case_and_are_stored_as_claret_spells_them(
    sandbox: str,
) -> None:
    row = seed_row(
        item_name="  claret reserve 75CL ",
        customer_group_name="northern retail",
        timing_interval_name="weekly",
    )
    response = post_sales(sandbox, seed_body(row, sale_type_name="history"))

    assert response.status_code == 201, response.text
    [sale] = response.json()["sales"]
    assert sale["item_name"] == "Claret Reserve 75cl"
    assert sale["customer_group_name"] == "Northern Retail"
    assert sale["timing_interval_span"] == "Weekly"
    assert sale["sale_type_name"] == "History"


@pytest.mark.parametrize(
    ("field", "value", "label"),
    [
        ("item_name", "Sauternes 37.5cl", "item_name"),
        ("customer_group_name", "Duty Free", "customer_group_name"),
    ],
)
def test_unknown_names_are_refused_unless_the_create_flag_is_one(
    sandbox: str, field: str, value: str, label: str
) -> None:
    row = seed_row(**{field: value})

    refused = post_sales(sandbox, seed_body(row))
    assert errors_of(refused) == {
        f"content.0.{label}": [f"The selected content.0.{label} is invalid."]
    }
    assert received(sandbox) == []

    created = post_sales(sandbox, seed_body(row, create_missing_item_customer_group=1))
    assert created.status_code == 201, created.text
    answer = created.json()
    made = answer["created_items"] + answer["created_customer_groups"]
    assert made == [value]
    assert answer["sales"][0][field] == value
    assert answer["sales"][0]["uom_abbr"] == ("EA" if field == "item_name" else "BT")

    again = post_sales(sandbox, seed_body(row))  # it exists now
    assert again.status_code == 201
    assert len(received(sandbox)) == 2


def test_created_names_show_unassigned_in_the_flattened_hierarchy(sandbox: str) -> None:
    day = TODAY - timedelta(days=400)  # before every demo record
    row = seed_row(
        item_name="New Fizz", customer_group_name="Pop-up Shop", sell_date=day.isoformat()
    )
    body = seed_body(row, create_missing_item_customer_group=1)
    assert post_sales(sandbox, body).status_code == 201

    page = get_sales(
        sandbox,
        sale_type_name="History",
        start_date=day.isoformat(),
        duration=1,
        include_flattened_hierarchy=1,
    ).json()
    [sale] = page["sales"]
    assert {sale[k] for k in HIERARCHY_KEYS} == {"Unassigned"}


def test_one_bad_row_refuses_the_whole_request_and_names_its_index(sandbox: str) -> None:
    rows = [seed_row(), seed_row(quantity="3"), seed_row(item_name="Mystery Wine")]
    response = post_sales(sandbox, seed_body(*rows))

    errors = errors_of(response)
    assert errors == {
        "content.1.quantity": ["The content.1.quantity must be an integer."],
        "content.2.item_name": ["The selected content.2.item_name is invalid."],
    }
    assert response.json()["message"] == (
        "The content.1.quantity must be an integer. (and 1 more error)"
    )
    assert received(sandbox) == []


@pytest.mark.parametrize(
    ("changes", "key", "message"),
    [
        ({"item_name": None}, "item_name", "The content.0.item_name field is required."),
        ({"item_name": "   "}, "item_name", "The content.0.item_name field is required."),
        ({"item_name": 42}, "item_name", "The content.0.item_name must be a string."),
        (
            {"item_name": "x" * 256},
            "item_name",
            "The content.0.item_name may not be greater than 255 characters.",
        ),
        (
            {"customer_group_name": None},
            "customer_group_name",
            "The content.0.customer_group_name field is required.",
        ),
        ({"sell_date": None}, "sell_date", "The content.0.sell_date field is required."),
        (
            {"sell_date": "22/11/2026"},
            "sell_date",
            "The content.0.sell_date does not match the format Y-m-d.",
        ),
        (
            {"sell_date": "2026-02-30"},
            "sell_date",
            "The content.0.sell_date does not match the format Y-m-d.",
        ),
        (
            {"timing_interval_name": None},
            "timing_interval_name",
            "The content.0.timing_interval_name field is required.",
        ),
        (
            {"timing_interval_name": "Hourly"},
            "timing_interval_name",
            "The selected content.0.timing_interval_name is invalid.",
        ),
        ({"quantity": None}, "quantity", "The content.0.quantity field is required."),
        ({"quantity": 2.5}, "quantity", "The content.0.quantity must be an integer."),
        ({"quantity": 2.0}, "quantity", "The content.0.quantity must be an integer."),
        ({"quantity": True}, "quantity", "The content.0.quantity must be an integer."),
        ({"quantity": -1}, "quantity", "The content.0.quantity must be between 0 and 1000000."),
        (
            {"quantity": 1_000_001},
            "quantity",
            "The content.0.quantity must be between 0 and 1000000.",
        ),
    ],
)
def test_each_content_rule_names_the_row_and_field(
    sandbox: str, changes: dict[str, Any], key: str, message: str
) -> None:
    row = seed_row()
    row.update(changes)
    row = {k: v for k, v in row.items() if v is not None}

    assert errors_of(post_sales(sandbox, seed_body(row))) == {f"content.0.{key}": [message]}
    assert received(sandbox) == []


def test_edge_quantities_are_accepted(sandbox: str) -> None:
    response = post_sales(sandbox, seed_body(seed_row(quantity=0), seed_row(quantity=1_000_000)))
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("arguments", "key", "message"),
    [
        ({"sale_type_name": None}, "arguments.sale_type_name",
         "The arguments.sale_type_name field is required."),
        ({"sale_type_name": "Budget"}, "arguments.sale_type_name",
         "The selected arguments.sale_type_name is invalid."),
        ({"create_missing_item_customer_group": 2}, "arguments.create_missing_item_customer_group",
         "The arguments.create_missing_item_customer_group field must be 0 or 1."),
        ({"create_missing_item_customer_group": True},
         "arguments.create_missing_item_customer_group",
         "The arguments.create_missing_item_customer_group field must be 0 or 1."),
        ({"create_missing_item_customer_group": "1"},
         "arguments.create_missing_item_customer_group",
         "The arguments.create_missing_item_customer_group field must be 0 or 1."),
    ],
)  # fmt: skip
def test_argument_rules(sandbox: str, arguments: dict[str, Any], key: str, message: str) -> None:
    body = seed_body()
    body["arguments"].update(arguments)
    body["arguments"] = {k: v for k, v in body["arguments"].items() if v is not None}

    assert errors_of(post_sales(sandbox, body)) == {key: [message]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"content": [seed_row()]}, {"arguments": ["The arguments field is required."]}),
        (
            {"arguments": "History", "content": [seed_row()]},
            {"arguments": ["The arguments must be an object."]},
        ),
        ({"arguments": {"sale_type_name": "History"}},
         {"content": ["The content field is required."]}),
        (
            {"arguments": {"sale_type_name": "History"}, "content": []},
            {"content": ["The content must have at least 1 items."]},
        ),
        (
            {"arguments": {"sale_type_name": "History"}, "content": seed_row()},
            {"content": ["The content must be an array."]},
        ),
        (
            {"arguments": {"sale_type_name": "History"}, "content": ["row"]},
            {"content.0": ["The content.0 must be an object."]},
        ),
        (
            {"arguments": {"sale_type_name": "History"}, "content": [seed_row()] * 1001},
            {"content": ["The content may not have more than 1000 items."]},
        ),
        (
            [seed_row()],
            {"arguments": ["The arguments field is required."],
             "content": ["The content field is required."]},
        ),
    ],
)  # fmt: skip
def test_body_shape_rules(sandbox: str, body: Any, expected: dict[str, list[str]]) -> None:
    assert errors_of(post_sales(sandbox, body)) == expected
    assert received(sandbox) == []


def test_a_body_that_is_not_json_is_refused_as_json(sandbox: str) -> None:
    response = requests.post(
        sandbox + SALES,
        data=b"{not json",
        headers={**AUTH, "Content-Type": "application/json"},
        timeout=10,
    )
    assert set(errors_of(response)) == {"arguments", "content"}


# --- GET -------------------------------------------------------------------------------------


PAGE_KEYS = {
    "success_message", "sales", "total", "from", "to", "per_page", "previous_data_count",
    "data_count_remaining", "current_index", "next_index", "success_count",
}  # fmt: skip  # docs.claret.app's answer fields (DESIGN.md facts)


def test_pages_carry_the_documented_answer_fields_and_counts(sandbox: str) -> None:
    pages = every_page(sandbox, sale_type_name="History", **ALL_TIME)

    assert all(set(page) == PAGE_KEYS for page in pages)
    total = pages[0]["total"]
    seen = 0
    for page in pages:
        count = len(page["sales"])
        assert page["current_index"] == page["previous_data_count"] == seen
        assert page["success_count"] == count
        assert (page["from"], page["to"]) == (seen + 1, seen + count)
        seen += count
        assert page["data_count_remaining"] == total - seen
    assert pages[0]["current_index"] == 0
    assert [p["next_index"] for p in pages[:-1]] == [p["current_index"] for p in pages[1:]]
    assert pages[-1]["next_index"] is None


def test_history_spans_at_least_six_pages_and_paging_returns_every_record_once(
    sandbox: str,
) -> None:
    pages = every_page(sandbox, sale_type_name="History", **ALL_TIME)

    first = pages[0]
    assert first["total"] > 5_000
    assert first["per_page"] == 1000
    assert len(pages) >= 6
    assert all(page["total"] == first["total"] for page in pages)
    assert all(len(page["sales"]) == 1000 for page in pages[:-1])
    assert 0 < len(pages[-1]["sales"]) <= 1000
    records = [sale for page in pages for sale in page["sales"]]
    ids = [sale["id"] for sale in records]
    assert len(records) == first["total"]
    assert len(set(ids)) == len(ids)
    assert all(set(sale) == SALE_KEYS for sale in records)
    assert {sale["sale_type_name"] for sale in records} == {"History"}
    assert {sale["timing_interval_span"] for sale in records} == {"Daily", "Weekly"}
    assert all(date.fromisoformat(sale["sell_date"]) < TODAY for sale in records)


def test_forecast_is_smaller_monthly_and_in_the_future(sandbox: str) -> None:
    history = get_sales(sandbox, sale_type_name="History", **ALL_TIME).json()["total"]
    pages = every_page(sandbox, sale_type_name="Forecast", **ALL_TIME)
    records = [sale for page in pages for sale in page["sales"]]

    assert 0 < len(records) == pages[0]["total"] < history
    assert {sale["timing_interval_span"] for sale in records} == {"Monthly"}
    assert all(date.fromisoformat(sale["sell_date"]) > TODAY for sale in records)


def test_start_date_and_duration_bound_the_sell_dates(sandbox: str) -> None:
    start = TODAY - timedelta(days=20)
    pages = every_page(sandbox, sale_type_name="History", start_date=start.isoformat(), duration=7)
    records = [sale for page in pages for sale in page["sales"]]

    assert records
    days = {date.fromisoformat(sale["sell_date"]) for sale in records}
    assert min(days) >= start
    assert max(days) < start + timedelta(days=7)


def test_flattened_hierarchy_adds_item_and_customer_columns(sandbox: str) -> None:
    flat = get_sales(sandbox, sale_type_name="Forecast", include_flattened_hierarchy=1, **ALL_TIME)
    plain = get_sales(sandbox, sale_type_name="Forecast", include_flattened_hierarchy=0, **ALL_TIME)

    flat_sale, plain_sale = flat.json()["sales"][0], plain.json()["sales"][0]
    assert set(flat_sale) == SALE_KEYS | HIERARCHY_KEYS
    assert set(plain_sale) == SALE_KEYS
    assert {k: flat_sale[k] for k in SALE_KEYS} == plain_sale
    assert flat_sale["item_category"] == "Red wine"


def test_missing_query_parameters_are_each_named(sandbox: str) -> None:
    errors = errors_of(get_sales(sandbox))

    assert errors == {
        "sale_type_name": ["The sale_type_name field is required."],
        "start_date": ["The start_date field is required."],
        "duration": ["The duration field is required."],
    }


@pytest.mark.parametrize(
    ("params", "key", "message"),
    [
        ({"sale_type_name": "Budget"}, "sale_type_name",
         "The selected sale_type_name is invalid."),
        ({"start_date": "2026/01/01"}, "start_date",
         "The start_date does not match the format Y-m-d."),
        ({"duration": "ten"}, "duration", "The duration must be an integer."),
        ({"duration": "0"}, "duration", "The duration must be between 1 and 36600."),
        ({"include_flattened_hierarchy": "yes"}, "include_flattened_hierarchy",
         "The include_flattened_hierarchy field must be 0 or 1."),
        ({"current_index": "-5"}, "current_index", "The current_index must be an integer."),
    ],
)  # fmt: skip
def test_bad_query_parameters_are_named(
    sandbox: str, params: dict[str, str], key: str, message: str
) -> None:
    query = {"sale_type_name": "History", **ALL_TIME, **params}
    assert errors_of(get_sales(sandbox, **query)) == {key: [message]}


def test_an_index_past_the_end_is_an_empty_last_page(sandbox: str) -> None:
    page = get_sales(sandbox, sale_type_name="Forecast", current_index=99_999, **ALL_TIME).json()

    assert page["sales"] == []
    assert page["next_index"] is None


def test_reset_forgets_posted_sales(sandbox: str) -> None:
    before = get_sales(sandbox, sale_type_name="History", **ALL_TIME).json()["total"]
    assert post_sales(sandbox, seed_body()).status_code == 201
    assert get_sales(sandbox, sale_type_name="History", **ALL_TIME).json()["total"] == before + 1

    requests.post(f"{sandbox}/_sandbox/reset", timeout=10).raise_for_status()
    assert get_sales(sandbox, sale_type_name="History", **ALL_TIME).json()["total"] == before
    assert received(sandbox) == []


def test_the_sandbox_prints_the_demo_email_and_password(sandbox: str) -> None:
    from claimdesk.sandbox.server import credentials_text

    text = credentials_text()
    assert f"email: {DEMO_EMAIL}" in text
    assert f"password: {DEMO_PASSWORD}" in text
    assert create_token(sandbox)  # and they sign in

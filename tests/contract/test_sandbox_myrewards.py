"""The sandbox's MyRewards emulation, over real loopback HTTP (seeds/myrewards-*.md)."""

import time
from datetime import date, datetime, timedelta
from typing import Any

import pytest
import requests

from claimdesk.sandbox.demo_credentials import MYREWARDS_AUTHORIZATION, MYREWARDS_SECRET_KEY

AUTH = {"Authorization": MYREWARDS_AUTHORIZATION}
API = "/api/v2/performance"
TODAY = date.today().isoformat()
DROPPED = (requests.ConnectionError, requests.exceptions.ChunkedEncodingError)

# seeds/myrewards-claims.md, the data fields of promotion 36, as written there.
SEED_DATA_FIELDS_36 = [
    {"id": 468, "promotion_id": 36, "name": "customer_name", "label": "Customer name",
     "mandatory": False, "field_type": "list_values", "answers": "Bob\r\nHarry\r\nSuzy",
     "created_at": "2018-01-10T08:50:50.000+00:00",
     "updated_at": "2018-01-26T12:51:15.000+00:00", "position": 0},
    {"id": 464, "promotion_id": 36, "name": "invoice_date", "label": "Invoice date",
     "mandatory": True, "field_type": "date", "answers": "",
     "created_at": "2018-01-10T08:43:59.000+00:00",
     "updated_at": "2018-01-10T08:51:04.000+00:00", "position": 1},
    {"id": 465, "promotion_id": 36, "name": "product_or_activity_ref",
     "label": "Product or Activity Ref", "mandatory": True, "field_type": "free_text",
     "answers": None, "created_at": "2018-01-10T08:43:59.000+00:00",
     "updated_at": "2018-01-10T08:43:59.000+00:00", "position": 2},
    {"id": 466, "promotion_id": 36, "name": "quantity", "label": "Quantity", "mandatory": True,
     "field_type": "numeric", "answers": None, "created_at": "2018-01-10T08:43:59.000+00:00",
     "updated_at": "2018-01-10T08:43:59.000+00:00", "position": 3},
    {"id": 567, "promotion_id": 36, "name": "value_of_sale", "label": "Value of sale",
     "mandatory": True, "field_type": "numeric", "answers": "",
     "created_at": "2018-01-26T12:52:48.000+00:00",
     "updated_at": "2018-02-07T15:03:41.000+00:00", "position": 4},
    {"id": 467, "promotion_id": 36, "name": "username", "label": "Username", "mandatory": True,
     "field_type": "free_text", "answers": None, "created_at": "2018-01-10T08:43:59.000+00:00",
     "updated_at": "2018-01-10T08:43:59.000+00:00", "position": 5},
]  # fmt: skip

# seeds/myrewards-reward-points.md, the reward points of promotion 4 in "Get Reward Points".
SEED_REWARD_POINTS_4 = [
    {"id": 166, "promotion_id": 4, "name": "product 1", "type": "product", "reference": "p1",
     "active": True, "quantity": 1, "points_per_quantity": 1, "sale_date_from": "2013-02-01",
     "sale_date_to": "2022-12-31", "user_groups": [350, 355],
     "created_at": "2017-06-27T10:58:31.000+01:00",
     "updated_at": "2017-06-27T10:58:31.000+01:00"},
    {"id": 6345, "promotion_id": 4, "name": "product 2", "type": "product", "reference": "p2",
     "active": True, "quantity": 1, "points_per_quantity": 1, "sale_date_from": "2016-12-18",
     "sale_date_to": "2026-11-19", "user_groups": [],
     "created_at": "2021-07-25T15:12:58.000+01:00",
     "updated_at": "2021-07-25T15:12:58.000+01:00"},
    {"id": 6346, "promotion_id": 4, "name": "product 3", "type": "product", "reference": "p3",
     "active": True, "quantity": 1, "points_per_quantity": 1, "sale_date_from": "2016-12-18",
     "sale_date_to": "2026-11-19", "user_groups": [],
     "created_at": "2021-07-25T15:13:37.000+01:00",
     "updated_at": "2021-07-25T15:13:37.000+01:00"},
]  # fmt: skip

REWARD_POINT_KEYS = {
    "id", "promotion_id", "name", "type", "reference", "active", "quantity",
    "points_per_quantity", "sale_date_from", "sale_date_to", "user_groups", "created_at",
    "updated_at",
}  # fmt: skip


def get(base: str, path: str, **kwargs: Any) -> requests.Response:
    return requests.get(base + API + path, headers=AUTH, timeout=10, **kwargs)


def post(base: str, path: str, body: Any) -> requests.Response:
    return requests.post(base + API + path, headers=AUTH, json=body, timeout=10)


def patch(base: str, path: str, body: Any) -> requests.Response:
    return requests.patch(base + API + path, headers=AUTH, json=body, timeout=10)


def received(base: str, platform: str | None = "myrewards") -> list[dict[str, Any]]:
    params = {"platform": platform} if platform else {}
    response = requests.get(f"{base}/_sandbox/received", params=params, timeout=10)
    assert response.status_code == 200
    items: list[dict[str, Any]] = response.json()
    return items


def add_fault(base: str, **rule: Any) -> None:
    response = requests.post(f"{base}/_sandbox/faults", json=rule, timeout=10)
    assert response.status_code == 201, response.text


def boiler_claim(**changes: Any) -> dict[str, Any]:
    """A valid claim for promotion 36 (BOIL-100: active, open to all, in its window today)."""
    record = {
        "sale_date": TODAY,
        "product_or_activity_ref": "BOIL-100",
        "quantity": 1,
        "username": "demo.rep",
        "invoice_date": TODAY,
        "value_of_sale": "1250.00",
        "customer_name": "Harry",
    }
    record.update(changes)
    return {key: value for key, value in record.items() if value is not None}


def showroom_claim(**changes: Any) -> dict[str, Any]:
    """A valid claim for promotion 12 (returns enabled, budget 500)."""
    record = {
        "sale_date": TODAY,
        "product_or_activity_ref": "SHOW-200",
        "quantity": 1,
        "user_id": 1002,
        "store_code": "LDN-01",
        "channel": "In store",
        "returns_identifier": "RET-1",
    }
    record.update(changes)
    return {key: value for key, value in record.items() if value is not None}


def reward_point(base: str, promotion_id: int, reference: str) -> dict[str, Any]:
    for page in range(1, 10):
        for item in get(base, f"/promotions/{promotion_id}/reward_points?page={page}").json():
            if item["reference"] == reference:
                found: dict[str, Any] = item
                return found
    raise AssertionError(f"no reward point {reference} in promotion {promotion_id}")


def only_claim(response: requests.Response, index: int = 0) -> dict[str, Any]:
    result = response.json()["results"][index]
    assert len(result["claims"]) == 1
    claim: dict[str, Any] = result["claims"][0]
    return claim


# --- auth -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Token token=demo-key:wrong-secret"},
        {"Authorization": "Token token=other-key"},
        {"Authorization": "Bearer demo-key:demo-secret"},
    ],
)
def test_wrong_or_missing_credentials_answer_401_without_echo(
    sandbox: str, headers: dict[str, str]
) -> None:
    response = requests.get(f"{sandbox}{API}/promotions", headers=headers, timeout=10)

    assert response.status_code == 401
    assert response.json() == {"errors": ["Invalid API key"]}
    assert "wrong-secret" not in response.text
    assert MYREWARDS_SECRET_KEY not in response.text


def test_claims_without_credentials_are_refused_and_not_stored(sandbox: str) -> None:
    response = requests.post(f"{sandbox}{API}/promotions/36/data", json=[boiler_claim()])

    assert response.status_code == 401
    assert received(sandbox) == []


@pytest.mark.parametrize(
    "authorization",
    ["Token token=demo-key:demo-secret", "TOKEN token=demo-key:demo-secret"],
)
def test_right_credentials_are_accepted(sandbox: str, authorization: str) -> None:
    response = requests.get(
        f"{sandbox}{API}/promotions", headers={"Authorization": authorization}, timeout=10
    )

    assert response.status_code == 200


# --- promotions and data fields ---------------------------------------------------------------


def test_promotions_list_holds_the_seed_promotions(sandbox: str) -> None:
    promotions = {promotion["id"]: promotion for promotion in get(sandbox, "/promotions").json()}

    assert {4, 12, 36} <= set(promotions)
    for promotion in promotions.values():
        assert set(promotion) == {
            "id", "name", "start_date", "end_date", "close_date", "status", "promotion_type",
        }  # fmt: skip
        assert promotion["status"] in {"not_active", "active", "archived"}
        assert promotion["promotion_type"] in {"self_claim", "data_upload", "allocated_claims"}
    assert promotions[36]["status"] == "active"
    assert promotions[36]["promotion_type"] == "data_upload"
    assert promotions[4]["promotion_type"] != "data_upload"  # the "not available" path
    # No returns flag: the docs' promotions have none.
    assert any(promotion["status"] == "archived" for promotion in promotions.values())


def test_promotion_36_has_exactly_the_six_seed_data_fields(sandbox: str) -> None:
    response = get(sandbox, "/promotions/36/data_fields")

    assert response.status_code == 200
    assert response.json() == SEED_DATA_FIELDS_36


@pytest.mark.parametrize("promotion_id", ["999", "abc"])
def test_unknown_promotion_answers_404(sandbox: str, promotion_id: str) -> None:
    response = get(sandbox, f"/promotions/{promotion_id}/data_fields")

    assert response.status_code == 404
    assert response.json() == {"errors": ["Promotion not found"]}


# --- reward points: list ----------------------------------------------------------------------


def test_reward_points_of_promotion_4_page_by_page(sandbox: str) -> None:
    pages = []
    page = 1
    while True:
        response = get(sandbox, f"/promotions/4/reward_points?page={page}")
        assert response.status_code == 200
        items = response.json()
        if not items:
            break
        pages.append(items)
        page += 1

    everything = [item for items in pages for item in items]
    assert len(pages) >= 3
    assert all(len(items) == 100 for items in pages[:-1])
    assert 1 <= len(pages[-1]) <= 100
    assert len(everything) >= 250
    ids = [item["id"] for item in everything]
    assert ids == sorted(set(ids))
    assert all(set(item) == REWARD_POINT_KEYS for item in everything)
    assert all(item["promotion_id"] == 4 for item in everything)
    assert everything[:3] == SEED_REWARD_POINTS_4
    assert any(not item["active"] for item in everything)
    assert any(item["user_groups"] == [350, 355] for item in everything[3:])
    assert any(item["sale_date_to"] < TODAY for item in everything[3:])


def test_reward_points_page_defaults_to_1(sandbox: str) -> None:
    assert (
        get(sandbox, "/promotions/4/reward_points").json()
        == get(sandbox, "/promotions/4/reward_points?page=1").json()
    )


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", ""])
def test_reward_points_page_must_be_a_positive_whole_number(sandbox: str, page: str) -> None:
    response = get(sandbox, "/promotions/4/reward_points", params={"page": page})

    assert response.status_code == 422
    assert response.json() == {"errors": ["page: must be a positive whole number"]}


# --- reward points: create --------------------------------------------------------------------

SEED_CREATE_BODY = {
    "reference": "p1",
    "user_group_ids": [355, 350],
    "quantity": 2,
    "points_per_quantity": 5,
    "date_from": "2012-02-28",
    "date_to": "2025-01-31",
    "active": True,
}


def test_create_reward_point_as_in_the_seed(sandbox: str) -> None:
    response = post(sandbox, "/promotions/4/reward_points", SEED_CREATE_BODY)

    assert response.status_code == 201
    created = response.json()
    assert set(created) == REWARD_POINT_KEYS
    assert created["promotion_id"] == 4
    assert created["name"] == "product 1"
    assert created["type"] == "product"
    assert created["reference"] == "p1"
    assert created["active"] is True
    assert (created["quantity"], created["points_per_quantity"]) == (2, 5)
    assert (created["sale_date_from"], created["sale_date_to"]) == ("2012-02-28", "2025-01-31")
    assert created["user_groups"] == [350, 355]
    assert created["created_at"] == created["updated_at"]
    assert reward_point(sandbox, 4, "p1")["id"] == 166  # the seed's own p1 is still there
    last_page = get(sandbox, "/promotions/4/reward_points?page=3").json()
    assert last_page[-1] == created


def test_create_reward_point_defaults(sandbox: str) -> None:
    body = {key: SEED_CREATE_BODY[key] for key in ("quantity", "points_per_quantity")}
    body |= {"reference": "NEW-1", "date_from": TODAY, "date_to": TODAY}

    created = post(sandbox, "/promotions/36/reward_points", body).json()

    assert created["active"] is False
    assert created["user_groups"] == []
    assert created["name"] == "NEW-1"  # not in the catalogue: named after its reference


def test_create_reward_point_names_it_from_the_catalogue(sandbox: str) -> None:
    body = SEED_CREATE_BODY | {"reference": "ACC-900"}

    created = post(sandbox, "/promotions/36/reward_points", body).json()

    assert created["name"] == "Central heating inhibitor 1 L"


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"reference": None}, "reference: can't be blank"),
        ({"reference": "  "}, "reference: can't be blank"),
        ({"reference": 12}, "reference: must be text"),
        ({"quantity": None}, "quantity: can't be blank"),
        ({"quantity": 0}, "quantity: must be a positive whole number"),
        ({"quantity": -2}, "quantity: must be a positive whole number"),
        ({"quantity": 1.5}, "quantity: must be a positive whole number"),
        ({"quantity": True}, "quantity: must be a positive whole number"),
        ({"quantity": "2"}, "quantity: must be a positive whole number"),
        ({"points_per_quantity": None}, "points_per_quantity: can't be blank"),
        ({"points_per_quantity": 0}, "points_per_quantity: must be a positive whole number"),
        ({"points_per_quantity": 2.5}, "points_per_quantity: must be a positive whole number"),
        ({"date_from": None}, "date_from: can't be blank"),
        ({"date_to": None}, "date_to: can't be blank"),
        ({"date_from": "28/02/2012"}, "date_from: must be a date (YYYY-MM-DD)"),
        ({"date_to": "2025-02-30"}, "date_to: must be a date (YYYY-MM-DD)"),
        ({"date_to": "20250131"}, "date_to: must be a date (YYYY-MM-DD)"),
        ({"date_from": "2025-02-01"}, "date_to: must be on or after date_from"),
        ({"user_group_ids": 350}, "user_group_ids: must be a list of whole numbers"),
        ({"user_group_ids": ["350"]}, "user_group_ids: must be a list of whole numbers"),
        ({"user_group_ids": [True]}, "user_group_ids: must be a list of whole numbers"),
        ({"active": "yes"}, "active: must be true or false"),
        ({"colour": "red"}, "colour: is not a reward point attribute"),
    ],
)
def test_create_reward_point_rejects_each_broken_rule(
    sandbox: str, changes: dict[str, Any], error: str
) -> None:
    body = {key: value for key, value in (SEED_CREATE_BODY | changes).items() if value is not None}

    response = post(sandbox, "/promotions/4/reward_points", body)

    assert response.status_code == 422
    assert response.json() == {"errors": [error]}
    assert len(get(sandbox, "/promotions/4/reward_points?page=3").json()) == 60  # nothing added


def test_create_reward_point_lists_every_problem(sandbox: str) -> None:
    response = post(sandbox, "/promotions/4/reward_points", {"quantity": 0})

    assert response.status_code == 422
    assert response.json()["errors"] == [
        "reference: can't be blank",
        "quantity: must be a positive whole number",
        "points_per_quantity: can't be blank",
        "date_from: can't be blank",
        "date_to: can't be blank",
    ]


def test_create_reward_point_quantity_must_be_1_when_returns_are_enabled(sandbox: str) -> None:
    response = post(sandbox, "/promotions/12/reward_points", SEED_CREATE_BODY)

    assert response.status_code == 422
    assert response.json() == {
        "errors": ["quantity: must be 1 when returns are enabled on the promotion"]
    }
    assert post(sandbox, "/promotions/12/reward_points", SEED_CREATE_BODY | {"quantity": 1}).ok


@pytest.mark.parametrize("body", [[SEED_CREATE_BODY], "p1", None])
def test_create_reward_point_needs_an_object(sandbox: str, body: Any) -> None:
    response = post(sandbox, "/promotions/4/reward_points", body)

    assert response.status_code == 422
    assert response.json() == {"errors": ["body: must be a JSON object"]}


def test_create_reward_point_for_unknown_promotion_answers_404(sandbox: str) -> None:
    response = post(sandbox, "/promotions/999/reward_points", SEED_CREATE_BODY)

    assert response.status_code == 404


# --- reward points: update --------------------------------------------------------------------


def test_patch_changes_only_the_given_keys(sandbox: str) -> None:
    before = reward_point(sandbox, 36, "BOIL-105")

    response = patch(sandbox, f"/promotions/36/reward_points/{before['id']}", {"active": False})

    assert response.status_code == 200
    after = response.json()
    assert after["active"] is False
    assert datetime.fromisoformat(after["updated_at"]) > datetime.fromisoformat(
        before["updated_at"]
    )
    unchanged = REWARD_POINT_KEYS - {"active", "updated_at"}
    assert {key: after[key] for key in unchanged} == {key: before[key] for key in unchanged}
    assert reward_point(sandbox, 36, "BOIL-105") == after


def test_patch_every_updatable_key(sandbox: str) -> None:
    body = {key: value for key, value in SEED_CREATE_BODY.items() if key != "reference"}

    after = patch(sandbox, "/promotions/4/reward_points/166", body).json()

    assert after["user_groups"] == [350, 355]
    assert (after["quantity"], after["points_per_quantity"]) == (2, 5)
    assert (after["sale_date_from"], after["sale_date_to"]) == ("2012-02-28", "2025-01-31")
    assert (after["reference"], after["name"]) == ("p1", "product 1")


def test_updated_at_moves_forward_within_the_same_second(sandbox: str) -> None:
    stamps = [reward_point(sandbox, 36, "BOIL-101")["updated_at"]]
    for quantity in (2, 3, 4):
        body = {"quantity": quantity}
        stamps.append(
            patch(sandbox, "/promotions/36/reward_points/7001", body).json()["updated_at"]
        )

    moments = [datetime.fromisoformat(stamp) for stamp in stamps]
    assert moments == sorted(set(moments))


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"date_to": "2000-01-01"}, "date_to: must be on or after date_from"),
        ({"quantity": 0}, "quantity: must be a positive whole number"),
        ({"active": None}, "active: must be true or false"),
        ({"reference": "BOIL-999"}, "reference: cannot be changed"),
        ({"sale_date_to": TODAY}, "sale_date_to: is not a reward point attribute"),
    ],
)
def test_patch_rejects_broken_rules_and_changes_nothing(
    sandbox: str, body: dict[str, Any], error: str
) -> None:
    before = reward_point(sandbox, 36, "BOIL-102")

    response = patch(sandbox, f"/promotions/36/reward_points/{before['id']}", body)

    assert response.status_code == 422
    assert response.json() == {"errors": [error]}
    assert reward_point(sandbox, 36, "BOIL-102") == before


def test_patch_quantity_must_stay_1_when_returns_are_enabled(sandbox: str) -> None:
    rp_id = reward_point(sandbox, 12, "SHOW-201")["id"]

    response = patch(sandbox, f"/promotions/12/reward_points/{rp_id}", {"quantity": 2})

    assert response.status_code == 422
    assert response.json()["errors"] == [
        "quantity: must be 1 when returns are enabled on the promotion"
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/promotions/36/reward_points/999999",
        "/promotions/36/reward_points/166",  # a reward point of promotion 4
        "/promotions/36/reward_points/abc",
    ],
)
def test_patch_unknown_reward_point_answers_404(sandbox: str, path: str) -> None:
    response = patch(sandbox, path, {"active": True})

    assert response.status_code == 404
    assert response.json() == {"errors": ["Reward point not found"]}


def test_patch_in_unknown_promotion_answers_404(sandbox: str) -> None:
    response = patch(sandbox, "/promotions/999/reward_points/166", {"active": True})

    assert response.status_code == 404
    assert response.json() == {"errors": ["Promotion not found"]}


# --- claims -----------------------------------------------------------------------------------


def test_valid_claim_is_created_and_received(sandbox: str) -> None:
    record = boiler_claim(quantity=3)
    expected_points = 3 * reward_point(sandbox, 36, "BOIL-100")["points_per_quantity"]

    response = post(sandbox, "/promotions/36/data", [record])

    assert response.status_code == 201
    claim = only_claim(response)
    assert claim["errors"] == []
    assert isinstance(claim["claim"]["id"], int)
    assert claim["claim"]["state"] == "approved"
    assert claim["claim"]["points"] == expected_points
    [item] = received(sandbox)
    assert item["platform"] == "myrewards"
    assert item["promotion_id"] == 36
    assert item["record"] == record
    assert item["claims"] == [claim]
    assert datetime.fromisoformat(item["received_at"])


@pytest.mark.parametrize("wrap", [lambda rows: rows, lambda rows: {"data": rows}])
def test_claims_body_may_be_an_array_or_data_object(sandbox: str, wrap: Any) -> None:
    records = [boiler_claim(), boiler_claim(product_or_activity_ref="BOIL-101", quantity="2")]

    response = post(sandbox, "/promotions/36/data", wrap(records))

    assert response.status_code == 201
    results = response.json()["results"]
    assert len(results) == 2
    ids = [result["claims"][0]["claim"]["id"] for result in results]
    assert ids[1] == ids[0] + 1
    assert [item["record"] for item in received(sandbox)] == records


@pytest.mark.parametrize("body", [{"records": []}, "text", 7, {"data": "x"}])
def test_claims_body_must_hold_an_array(sandbox: str, body: Any) -> None:
    response = post(sandbox, "/promotions/36/data", body)

    assert response.status_code == 422
    assert response.json() == {"errors": ["data: expected an array of claim records"]}


@pytest.mark.parametrize("raw", [b"{not json", b"", b'[{"quantity": NaN}]'])
def test_claims_body_that_is_not_json(sandbox: str, raw: bytes) -> None:
    response = requests.post(
        f"{sandbox}{API}/promotions/36/data", headers=AUTH, data=raw, timeout=10
    )

    assert response.status_code == 422
    assert response.json() == {"errors": ["data: expected an array of claim records"]}


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"value_of_sale": None}, "value_of_sale: can't be blank"),
        ({"invoice_date": " "}, "invoice_date: can't be blank"),
        ({"customer_name": "Zoe"}, "customer_name: must be one of Bob, Harry, Suzy"),
        ({"value_of_sale": "lots"}, "value_of_sale: is not a number"),
        ({"invoice_date": "01/11/2024"}, "invoice_date: must be a date (YYYY-MM-DD)"),
        ({"quantity": 0}, "quantity: Please select a valid quantity."),
        ({"quantity": 1.5}, "quantity: Please select a valid quantity."),
        ({"quantity": "two"}, "quantity: Please select a valid quantity."),
        ({"quantity": None}, "quantity: Please select a valid quantity."),
        ({"sale_date": None}, "sale_date: can't be blank"),
        ({"sale_date": "2024-02-30"}, "sale_date: must be a date (YYYY-MM-DD)"),
        ({"product_or_activity_ref": ""}, "product_or_activity_ref: can't be blank"),
        ({"username": None}, "username: username or user_id must be supplied"),
        ({"user_id": "x1"}, "user_id: must be a whole number"),
    ],
)
def test_one_invalid_record_fails_the_whole_batch(
    sandbox: str, changes: dict[str, Any], error: str
) -> None:
    records = [boiler_claim(), boiler_claim(), boiler_claim(**changes)]

    response = post(sandbox, "/promotions/36/data", records)

    assert response.status_code == 422
    assert response.json() == {"errors": [error], "index_of_failed_data": 2}
    assert received(sandbox) == []


def test_mandatory_username_field_of_promotion_36_is_required_even_with_user_id(
    sandbox: str,
) -> None:
    response = post(sandbox, "/promotions/36/data", [boiler_claim(username=None, user_id=170944)])

    assert response.status_code == 422
    assert response.json() == {"errors": ["username: can't be blank"], "index_of_failed_data": 0}


def test_returns_identifier_is_required_when_returns_are_enabled(sandbox: str) -> None:
    response = post(sandbox, "/promotions/12/data", [showroom_claim(returns_identifier=None)])

    assert response.status_code == 422
    assert response.json() == {  # label-prefixed, as the docs' 422 example
        "errors": ["Returns identifier: Please complete this field"],
        "index_of_failed_data": 0,
    }


def test_promotion_data_fields_are_checked(sandbox: str) -> None:
    records = [showroom_claim(), showroom_claim(channel="Fax"), showroom_claim(store_code=None)]

    response = post(sandbox, "/promotions/12/data", records)

    assert response.status_code == 422
    assert response.json() == {
        "errors": ["channel: must be one of Online, In store, Phone"],
        "index_of_failed_data": 1,
    }


def test_unknown_user_gets_201_with_per_claim_errors_and_no_points(sandbox: str) -> None:
    records = [boiler_claim(), boiler_claim(username="nobody.here")]

    response = post(sandbox, "/promotions/36/data", records)

    assert response.status_code == 201
    assert only_claim(response, 0)["errors"] == []
    assert only_claim(response, 1) == {
        "claim": {"id": None, "state": None, "points": None},
        "errors": ["No reward points found", "User not found"],
    }
    assert [item["claims"][0]["claim"]["id"] for item in received(sandbox)][1] is None


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"product_or_activity_ref": "NOPE-1"}, ["No reward points found", "Product not found"]),
        ({"product_or_activity_ref": "ACC-900"}, ["No reward points found"]),  # no reward point
        ({"product_or_activity_ref": "BOIL-130"}, ["No reward points found"]),  # inactive
        ({"product_or_activity_ref": "BOIL-131"}, ["No reward points found"]),  # last year
        ({"product_or_activity_ref": "BOIL-132"}, ["No reward points found"]),  # group 355
        ({"sale_date": "2001-01-01"}, ["No reward points found"]),  # before the window
        # user_id and username of two different users
        ({"user_id": 1003}, ["No reward points found", "User not found"]),
    ],
)
def test_claims_that_earn_nothing_still_get_201(
    sandbox: str, changes: dict[str, Any], errors: list[str]
) -> None:
    response = post(sandbox, "/promotions/36/data", [boiler_claim(**changes)])

    assert response.status_code == 201
    assert only_claim(response) == {
        "claim": {"id": None, "state": None, "points": None},
        "errors": errors,
    }


def test_group_restricted_reward_point_earns_for_its_group(sandbox: str) -> None:
    record = boiler_claim(product_or_activity_ref="BOIL-132", username="bob.jones", quantity=2)
    points_per_quantity = reward_point(sandbox, 36, "BOIL-132")["points_per_quantity"]

    response = post(sandbox, "/promotions/36/data", [record])

    assert only_claim(response)["claim"]["points"] == 2 * points_per_quantity


def test_points_are_whole_multiples_of_the_reward_point_quantity(sandbox: str) -> None:
    pair = reward_point(sandbox, 36, "BOIL-110")
    assert pair["quantity"] == 2

    response = post(
        sandbox,
        "/promotions/36/data",
        [boiler_claim(product_or_activity_ref="BOIL-110", quantity=5)],
    )

    assert only_claim(response)["claim"]["points"] == 2 * pair["points_per_quantity"]


def test_claim_by_user_id_alone_on_a_promotion_without_username_field(sandbox: str) -> None:
    record = {"sale_date": TODAY, "product_or_activity_ref": "p4", "quantity": 1, "user_id": "1002"}

    response = post(sandbox, "/promotions/4/data", [record])

    assert response.status_code == 201
    assert only_claim(response)["errors"] == []


def test_claims_on_an_archived_promotion_are_refused(sandbox: str) -> None:
    record = {"sale_date": TODAY, "product_or_activity_ref": "HP-300", "quantity": 1,
              "user_id": 1002}  # fmt: skip

    response = post(sandbox, "/promotions/7/data", [record])

    assert response.status_code == 422
    assert received(sandbox) == []


def test_exhausted_budget_fails_the_batch_at_the_record_that_crosses_it(sandbox: str) -> None:
    points_per_quantity = reward_point(sandbox, 12, "SHOW-200")["points_per_quantity"]
    half = 250 // points_per_quantity  # the budget of promotion 12 is 500 points
    records = [showroom_claim(quantity=half), showroom_claim(quantity=half + 1)]

    response = post(sandbox, "/promotions/12/data", records)

    assert response.status_code == 422
    assert response.json() == {
        "errors": ["Programme does not have enough points"],
        "index_of_failed_data": 1,
    }
    assert received(sandbox) == []

    # The failed request spent nothing: the whole budget is still there, once.
    assert post(sandbox, "/promotions/12/data", [showroom_claim(quantity=2 * half)]).ok
    response = post(sandbox, "/promotions/12/data", [showroom_claim(quantity=1)])
    assert response.status_code == 422
    assert response.json()["errors"] == ["Programme does not have enough points"]


# --- reset ------------------------------------------------------------------------------------


def test_reset_restores_demo_data_and_clears_log_and_faults(sandbox: str) -> None:
    patch(sandbox, "/promotions/4/reward_points/166", {"active": False})
    post(sandbox, "/promotions/4/reward_points", SEED_CREATE_BODY)
    post(sandbox, "/promotions/12/data", [showroom_claim(quantity=50)])
    post(sandbox, "/promotions/36/data", [boiler_claim()])
    add_fault(sandbox, path="/nowhere", times=0)
    assert received(sandbox)

    response = requests.post(f"{sandbox}/_sandbox/reset", timeout=10)

    assert response.status_code == 200
    assert response.json() == {"status": "reset"}
    assert received(sandbox) == []
    assert requests.get(f"{sandbox}/_sandbox/faults", timeout=10).json() == []
    assert get(sandbox, "/promotions/4/reward_points").json()[:3] == SEED_REWARD_POINTS_4
    assert len(get(sandbox, "/promotions/4/reward_points?page=3").json()) == 60
    assert post(sandbox, "/promotions/12/data", [showroom_claim(quantity=50)]).ok  # budget back


def test_received_filters_by_platform(sandbox: str) -> None:
    post(sandbox, "/promotions/36/data", [boiler_claim()])

    assert len(received(sandbox, None)) == 1
    assert received(sandbox, "peak") == []
    response = requests.get(f"{sandbox}/_sandbox/received?platform=nope", timeout=10)
    assert response.status_code == 422


# --- faults -----------------------------------------------------------------------------------


def test_status_fault_with_retry_after_then_normal_service(sandbox: str) -> None:
    add_fault(sandbox, platform="myrewards", method="POST", status=429, retry_after=7)

    response = post(sandbox, "/promotions/36/data", [boiler_claim()])

    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert response.json() == {"errors": ["Injected fault"]}
    assert received(sandbox) == []
    assert post(sandbox, "/promotions/36/data", [boiler_claim()]).status_code == 201
    assert len(received(sandbox)) == 1


def test_fault_applies_the_given_number_of_times(sandbox: str) -> None:
    add_fault(sandbox, path=f"{API}/promotions", status=503, times=2)

    statuses = [get(sandbox, "/promotions").status_code for _ in range(3)]

    assert statuses == [503, 503, 200]


def test_fault_until_cleared(sandbox: str) -> None:
    add_fault(sandbox, status=500, times=0)
    faults = requests.get(f"{sandbox}/_sandbox/faults", timeout=10).json()
    assert [(fault["status"], fault["remaining"]) for fault in faults] == [(500, None)]

    assert [get(sandbox, "/promotions").status_code for _ in range(3)] == [500, 500, 500]
    assert requests.get(f"{sandbox}/_sandbox/received", timeout=10).ok  # control is never hit

    assert requests.delete(f"{sandbox}/_sandbox/faults", timeout=10).ok
    assert get(sandbox, "/promotions").status_code == 200


@pytest.mark.parametrize(
    "rule",
    [{"method": "POST"}, {"platform": "peak"}, {"path": "/api/v2/performance/promotions/4"}],
)
def test_fault_matches_only_its_requests(sandbox: str, rule: dict[str, Any]) -> None:
    add_fault(sandbox, status=503, **rule)

    assert get(sandbox, "/promotions/36/data_fields").status_code == 200


def test_fault_rule_is_validated(sandbox: str) -> None:
    response = requests.post(
        f"{sandbox}/_sandbox/faults", json={"drop": "sometimes", "times": -1}, timeout=10
    )

    assert response.status_code == 422
    assert len(response.json()["errors"]) == 2


def test_malformed_fault_answers_html(sandbox: str) -> None:
    add_fault(sandbox, malformed=True)

    response = post(sandbox, "/promotions/36/data", [boiler_claim()])

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    with pytest.raises(requests.JSONDecodeError):
        response.json()
    assert received(sandbox) == []


def test_latency_fault_delays_the_answer(sandbox: str) -> None:
    add_fault(sandbox, latency_ms=300)

    started = time.monotonic()
    response = get(sandbox, "/promotions")
    elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert elapsed >= 0.3


def test_drop_before_store_breaks_the_connection_and_stores_nothing(sandbox: str) -> None:
    add_fault(sandbox, drop="before_store")

    with pytest.raises(DROPPED):
        post(sandbox, "/promotions/36/data", [boiler_claim()])

    assert received(sandbox) == []
    assert post(sandbox, "/promotions/36/data", [boiler_claim()]).status_code == 201


def test_drop_after_store_stores_but_the_client_sees_an_error(sandbox: str) -> None:
    add_fault(sandbox, drop="after_store")
    record = boiler_claim()

    with pytest.raises(DROPPED):
        post(sandbox, "/promotions/36/data", [record])

    [item] = received(sandbox)
    assert item["record"] == record
    assert isinstance(item["claims"][0]["claim"]["id"], int)


def test_drop_in_a_session_leaves_the_session_usable(sandbox: str) -> None:
    add_fault(sandbox, drop="after_store", method="GET")
    with requests.Session() as session:
        session.headers.update(AUTH)
        with pytest.raises(DROPPED):
            session.get(f"{sandbox}{API}/promotions", timeout=10)
        assert session.get(f"{sandbox}{API}/promotions", timeout=10).status_code == 200


def test_errors_are_json_for_unknown_paths_and_methods(sandbox: str) -> None:
    not_found = get(sandbox, "/nothing/here")
    wrong_method = requests.delete(f"{sandbox}{API}/promotions", headers=AUTH, timeout=10)

    assert (not_found.status_code, not_found.json()) == (404, {"errors": ["Not found"]})
    assert wrong_method.status_code == 405
    assert wrong_method.json() == {"errors": ["Method not allowed"]}


def test_demo_reward_points_of_promotion_36_are_open_today(sandbox: str) -> None:
    items = get(sandbox, "/promotions/36/reward_points").json()
    today = date.today().isoformat()
    open_today = [
        item
        for item in items
        if item["active"]
        and not item["user_groups"]
        and item["sale_date_from"] <= today <= item["sale_date_to"]
    ]

    assert len(open_today) >= 25
    assert all(5 <= item["points_per_quantity"] <= 50 for item in items)
    assert (date.today() + timedelta(days=300)).isoformat() <= open_today[0]["sale_date_to"]


# --- issue 17: the vendor's readings, not ClaimDesk's guesses -----------------------------------


def test_a_quantity_below_the_reward_points_counts_toward_it(sandbox: str) -> None:
    """The vendor's docs: with a minimum of 2, a claim of 1 unit is created with 0 points,
    and the unit that brings the user's total to 2 earns."""
    per = reward_point(sandbox, 36, "BOIL-110")["points_per_quantity"]

    first = post(sandbox, "/promotions/36/data", [boiler_claim(product_or_activity_ref="BOIL-110")])
    second = post(
        sandbox, "/promotions/36/data", [boiler_claim(product_or_activity_ref="BOIL-110")]
    )
    other_user = post(
        sandbox,
        "/promotions/36/data",
        [boiler_claim(product_or_activity_ref="BOIL-110", username="alice.smith")],
    )

    assert first.status_code == second.status_code == 201
    assert only_claim(first)["claim"]["points"] == 0
    assert only_claim(first)["claim"]["id"] is not None
    assert only_claim(first)["errors"] == []
    assert only_claim(second)["claim"]["points"] == per
    assert only_claim(other_user)["claim"]["points"] == 0  # per user


def test_an_api_key_alone_is_accepted(sandbox: str) -> None:
    response = requests.get(
        f"{sandbox}{API}/promotions", headers={"Authorization": "Token token=demo-key"}, timeout=10
    )
    assert response.status_code == 200


def test_the_returns_variant_asks_promotion_36_for_a_returns_identifier(sandbox: str) -> None:
    from tests.helpers.variants import use_variants

    assert post(sandbox, "/promotions/36/data", [boiler_claim()]).status_code == 201
    use_variants(sandbox, "myrewards-returns")

    refused = post(sandbox, "/promotions/36/data", [boiler_claim(), boiler_claim()])
    accepted = post(
        sandbox,
        "/promotions/36/data",
        {"data": [boiler_claim(returns_identifier="RET-9")]},  # the docs' {"data": [...]}
    )

    assert refused.status_code == 422
    assert refused.json() == {
        "errors": ["Returns identifier: Please complete this field"],
        "index_of_failed_data": 0,
    }
    assert accepted.status_code == 201
    assert received(sandbox)[-1]["record"]["returns_identifier"] == "RET-9"

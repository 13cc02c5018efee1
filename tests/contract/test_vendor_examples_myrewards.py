"""MyRewards' requests and answers as its documents print them (the seeds, DESIGN.md's
facts), kept in tests/contract/vendor_examples/myrewards_*.json and replayed through the
connector's builders and parsers: what the vendor's server says must read as it means."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import requests

from claimdesk.connectors.myrewards import (
    MyRewardsCredentials,
    claims_body,
    read_data_fields,
    read_promotions,
    read_reward_point,
    read_reward_points,
    read_submission,
    rejection,
)
from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import (
    Promotion,
    RewardPointIndex,
    build_claim_schema,
    check_claim,
    claim_payload,
    place_server_issues,
)
from claimdesk.domain.reward_points import check_reward_point, reward_point_schema

FOLDER = Path(__file__).resolve().parent / "vendor_examples"
_KEYS = frozenset({"source", "note", "request", "response"})


# Inline for now; the same shape as tests/helpers/vendor_examples.py (made in parallel).
def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    assert isinstance(data.get("source"), str)
    assert set(data) <= _KEYS
    return data


def answer(data: dict[str, Any]) -> requests.Response:
    """The printed answer as a ``requests.Response``, as the connector's parsers get it."""
    part = data.get("response") or {}
    response = requests.Response()
    response.status_code = int(part.get("status", 200))
    if "body" in part:
        response._content = json.dumps(part["body"]).encode("utf-8")
        response.headers["Content-Type"] = "application/json"
    else:
        response._content = str(part.get("text", "")).encode("utf-8")
    response.encoding = "utf-8"
    response.url = "https://myrewards.example" + str((data.get("request") or {}).get("path"))
    return response


def test_every_example_names_its_source() -> None:
    names = sorted(p.stem for p in FOLDER.glob("myrewards_*.json"))
    assert len(names) >= 11
    for name in names:
        assert example(name)["source"].startswith(("seeds/", "DESIGN.md"))


def test_the_authorization_header_is_the_seeds() -> None:
    printed = example("myrewards_reward_points_page")["request"]["headers"]["Authorization"]
    assert MyRewardsCredentials("{APIKEY}", "{SECRETKEY}").header() == printed
    alone = example("myrewards_data_fields")["request"]["headers"]["Authorization"]
    assert MyRewardsCredentials("xxx").header() == alone  # "Token token=xxx"


def test_the_promotions_list_says_which_take_sales_data() -> None:
    promotions = read_promotions(answer(example("myrewards_promotions")))
    assert [(p.id, p.takes_sales_data) for p in promotions] == [
        (4, False),
        (36, True),
        (15, False),
    ]
    assert promotions[2].unavailable_reason() == (
        "allocated claims promotions do not take sales data; only data upload promotions do"
    )


def schema_36() -> FormSchema:
    fields = read_data_fields(answer(example("myrewards_data_fields")))
    points = read_reward_points(answer(example("myrewards_reward_points_page")))
    return build_claim_schema(
        Promotion(id=36, name="x", promotion_type="data_upload"),
        fields,
        points,
        today=dt.date(2018, 1, 26),
    )


def test_the_data_fields_make_the_form() -> None:
    assert schema_36().names == (
        "sale_date",
        "customer_name",
        "invoice_date",
        "product_or_activity_ref",
        "quantity",
        "value_of_sale",
        "username",
        "returns_identifier",
    )


def test_a_claim_is_built_as_the_docs_print_it() -> None:
    data = example("myrewards_create_sales_data")
    [printed] = data["request"]["body"]["data"]
    points = read_reward_points(answer(example("myrewards_reward_points_page")))
    typed = {k: str(v) for k, v in printed.items()}
    checked = check_claim(schema_36(), typed, RewardPointIndex(points))
    assert checked.ok, checked.issues
    assert claims_body([claim_payload(schema_36(), checked.values)]) == data["request"]["body"]


def test_a_created_claim_earns_its_points() -> None:
    result = read_submission(answer(example("myrewards_claims_201_created")), 1)
    assert result.unearned() == []
    assert result.results[0].points == 10
    assert [c.id for c in result.results[0].created] == [48992]


def test_a_201_with_per_record_errors_is_not_plain_success() -> None:
    result = read_submission(answer(example("myrewards_claims_201_per_record_errors")), 4)
    assert result.unearned() == [
        (0, ["User not found"]),
        (1, ["Product not found"]),
        (2, ["No reward points found"]),
    ]
    placed = place_server_issues(
        [Issue(None, "server", m) for _i, ms in result.unearned() for m in ms], schema_36()
    )
    assert [i.field for i in placed] == [
        "username",
        "product_or_activity_ref",
        "product_or_activity_ref",
    ]


def test_the_422_puts_a_label_prefixed_message_on_its_field() -> None:
    refused = rejection(answer(example("myrewards_claims_422_label_prefixed")))
    assert refused.record_index == 1
    form = FormSchema(
        "k", "t", (FieldSpec("a_free_text_question", "A free text question", FieldType.TEXT),)
    )
    assert place_server_issues(refused.issues, form) == (
        Issue("a_free_text_question", "server", "Please complete this field"),
    )
    assert str(refused).endswith("Record 2 was refused, so nothing was stored.")


def test_a_singular_validation_failed_string_is_read_onto_each_field() -> None:
    refused = rejection(answer(example("myrewards_error_validation_failed")))
    placed = place_server_issues(refused.issues, reward_point_schema(creating=True))
    assert placed == (
        Issue("quantity", "server", "must be greater than 0"),
        Issue("date_to", "server", "can't be blank"),
    )


def test_a_singular_error_object_is_read_by_field() -> None:
    refused = rejection(answer(example("myrewards_error_field_object")))
    assert place_server_issues(refused.issues, schema_36()) == (
        Issue("username", "server", "can't be blank"),
    )


def test_the_reward_points_page_is_read_as_printed() -> None:
    points = read_reward_points(answer(example("myrewards_reward_points_page")))
    assert [(p.id, p.reference, p.user_groups) for p in points] == [
        (166, "p1", (350, 355)),
        (6345, "p2", ()),
        (6346, "p3", ()),
    ]


@pytest.mark.parametrize("name", ["myrewards_reward_point_create", "myrewards_reward_point_update"])
def test_reward_point_bodies_and_answers_are_the_seeds(name: str) -> None:
    data = example(name)
    printed = data["request"]["body"]
    raw = {
        k: ", ".join(map(str, v))
        if isinstance(v, list)
        else str(v).lower()
        if isinstance(v, bool)
        else str(v)
        for k, v in printed.items()
    }
    current = None if name.endswith("create") else read_reward_point(answer(data))
    checked = check_reward_point(raw, returns_enabled=False, current=current)
    assert checked.ok, checked.issues
    body = dict(checked.body)
    assert sorted(body.pop("user_group_ids")) == sorted(printed["user_group_ids"])
    assert body == {k: v for k, v in printed.items() if k != "user_group_ids"}
    assert read_reward_point(answer(data)).id == 166

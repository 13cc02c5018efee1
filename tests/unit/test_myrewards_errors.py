"""MyRewards' error messages, in every shape it writes, put on the form's fields."""

from __future__ import annotations

import datetime as dt

from claimdesk.connectors.myrewards import issues_from_errors
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import DataField, Promotion, build_claim_schema, place_server_issues

SCHEMA = build_claim_schema(
    Promotion(id=36, name="P", promotion_type="data_upload"),
    [DataField(name="value_of_sale", label="Value of sale", field_type="numeric")],
    today=dt.date(2026, 12, 2),
)


def placed(errors: object) -> list[tuple[str | None, str]]:
    return [(i.field, i.message) for i in place_server_issues(issues_from_errors(errors), SCHEMA)]


def test_by_name_or_label_in_any_case() -> None:
    assert placed(["value_of_sale: is not a number"]) == [("value_of_sale", "is not a number")]
    assert placed(["Value of sale: is not a number"]) == [("value_of_sale", "is not a number")]
    assert placed(["VALUE OF SALE: x"]) == [("value_of_sale", "x")]
    assert placed(["Returns identifier: Please complete this field"]) == [
        ("returns_identifier", "Please complete this field")
    ]
    assert placed(["Product or activity ref: unknown"]) == [("product_or_activity_ref", "unknown")]


def test_a_message_naming_no_field_stays_on_the_record() -> None:
    assert placed(["Programme does not have enough points"]) == [
        (None, "Programme does not have enough points")
    ]
    assert placed(["Colour: red"]) == [(None, "Colour: red")]
    assert placed("Validation failed: Colour is wrong") == [
        (None, "Validation failed: Colour is wrong")
    ]


def test_the_singular_error_in_its_shapes() -> None:
    assert placed("Validation failed: Quantity must be at least 1, Username can't be blank") == [
        ("quantity", "must be at least 1"),
        ("username", "can't be blank"),
    ]
    assert placed({"quantity": ["must be at least 1", "is odd"], "username": "is unknown"}) == [
        ("quantity", "must be at least 1"),
        ("quantity", "is odd"),
        ("username", "is unknown"),
    ]
    assert placed([{"field": "user_id", "message": "is unknown"}]) == [("user_id", "is unknown")]


def test_the_201s_per_record_messages_name_their_field() -> None:
    issues = [Issue(None, "server", m) for m in ("User not found", "No reward points found")]
    assert [i.field for i in place_server_issues(issues, SCHEMA)] == [
        "username",
        "product_or_activity_ref",
    ]

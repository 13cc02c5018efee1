"""Every MyRewards local rule, as the field-level issue a rep would see."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdesk.domain.myrewards import (
    ClaimCheck,
    Promotion,
    RewardPointIndex,
    build_claim_schema,
    check_claim,
    claim_payload,
    estimate_points,
)
from tests.unit.myrewards_fixtures import (
    PROMOTION_36,
    REWARD_POINTS,
    TODAY,
    data_fields_36,
    reward_point,
    valid_claim,
)

SCHEMA = build_claim_schema(PROMOTION_36, data_fields_36(), REWARD_POINTS, today=TODAY)
INDEX = RewardPointIndex(REWARD_POINTS)


def check(**changes: str | None) -> ClaimCheck:
    values: dict[str, str | None] = {**valid_claim(), **changes}
    return check_claim(SCHEMA, values, INDEX)


def messages(result: ClaimCheck, field: str) -> list[str]:
    return [i.message for i in result.issues_for(field)]


def test_a_valid_claim_has_no_issues_and_estimates_points() -> None:
    result = check()
    assert result.issues == ()
    assert result.estimated_points == 75  # 3 ÷ 1 × 25


@pytest.mark.parametrize(
    "field",
    [
        "invoice_date",
        "product_or_activity_ref",
        "quantity",
        "value_of_sale",
        "username",
        "sale_date",
    ],
)
def test_mandatory_fields_are_required(field: str) -> None:
    assert messages(check(**{field: "   "}), field) == ["is required"]


def test_optional_list_field_may_be_blank_but_must_be_an_answer_when_given() -> None:
    assert check(customer_name="").ok
    assert messages(check(customer_name="Alice"), "customer_name") == [
        "must be one of: Bob, Harry, Suzy"
    ]


@pytest.mark.parametrize("text", ["12 units", "1,5", "--3", "NaN", "inf", "1e400000"])
def test_numeric_field_must_be_a_finite_number(text: str) -> None:
    found = messages(check(value_of_sale=text), "value_of_sale")
    assert len(found) == 1
    assert found[0].startswith(("must be a number", "must be a finite number", "is too large"))


def test_huge_numbers_are_refused_not_crashed_on() -> None:
    assert messages(check(value_of_sale="9" * 400), "value_of_sale") == [
        "is too long a number (at most 30 characters)"
    ]
    assert messages(check(quantity="9" * 400), "quantity") == [
        "is too long a number (at most 30 characters)"
    ]


@pytest.mark.parametrize("text", ["20/11/2026", "2026-11-31", "yesterday", "2026-1-5"])
def test_date_fields_must_be_iso_dates(text: str) -> None:
    assert messages(check(invoice_date=text), "invoice_date") == [
        "must be a real date, such as 2026-03-31 or the day, month and year in your usual order"
    ]


@pytest.mark.parametrize("text", ["0", "-2", "1.5", "two"])
def test_quantity_is_a_whole_number_of_at_least_one(text: str) -> None:
    assert messages(check(quantity=text), "quantity") == [
        "must be a whole number from 1 to 1,000,000"
    ]


def test_quantity_written_as_a_whole_decimal_is_accepted() -> None:
    assert check(quantity="3.0").values["quantity"] == 3


def test_username_or_user_id_is_required() -> None:
    schema = build_claim_schema(Promotion(id=4, name="P4"), [], REWARD_POINTS, today=TODAY)
    base = {"sale_date": "2026-11-20", "product_or_activity_ref": "BOIL-100", "quantity": "1"}
    missing = check_claim(schema, base, INDEX)
    assert [i.message for i in missing.issues_for("username")] == ["enter a username or a user ID"]
    assert check_claim(schema, {**base, "user_id": "170944"}, INDEX).ok
    assert check_claim(schema, {**base, "username": "demo.rep"}, INDEX).ok
    bad_id = check_claim(schema, {**base, "user_id": "abc"}, INDEX)
    assert [i.message for i in bad_id.issues_for("user_id")] == [
        "must be a whole number from 1 to 2,147,483,647"
    ]
    assert bad_id.issues_for("username") == ()


def test_sku_must_be_a_reward_point_of_the_promotion() -> None:
    assert messages(check(product_or_activity_ref="NOPE-1"), "product_or_activity_ref") == [
        "“NOPE-1” is not a reward point of this promotion"
    ]


def test_sku_must_be_active() -> None:
    assert messages(check(product_or_activity_ref="OFF-1"), "product_or_activity_ref") == [
        "reward point “OFF-1” is not active"
    ]


def test_sku_window_must_hold_the_sale_date() -> None:
    result = check(product_or_activity_ref="OLD-1")
    assert messages(result, "product_or_activity_ref") == [
        "reward point “OLD-1” only counts sales dated 2020-01-01 to 2020-12-31, not 2026-11-20"
    ]
    assert result.estimated_points is None


def test_window_edges_are_inclusive() -> None:
    rp = reward_point(
        "EDGE", sale_date_from=dt.date(2026, 11, 1), sale_date_to=dt.date(2026, 11, 20)
    )
    index = RewardPointIndex([rp])
    values = {**valid_claim(), "product_or_activity_ref": "EDGE"}
    assert check_claim(SCHEMA, {**values, "sale_date": "2026-11-01"}, index).ok
    assert check_claim(SCHEMA, {**values, "sale_date": "2026-11-20"}, index).ok
    assert not check_claim(SCHEMA, {**values, "sale_date": "2026-11-21"}, index).ok


def test_sku_is_matched_ignoring_case_and_spaces() -> None:
    assert check(product_or_activity_ref="  boil-100 ").ok


def test_quantity_below_the_reward_points_quantity_is_valid_with_a_note() -> None:
    below = check(product_or_activity_ref="BOIL-120", quantity="1")
    assert below.ok  # the platform accumulates: never an error
    assert below.estimated_points == 0
    assert below.points_note == "counts toward the minimum of 2; earns 0 points until reached"
    assert below.points_note in below.notes
    reached = check(product_or_activity_ref="BOIL-120", quantity="5")
    assert reached.estimated_points == 80
    assert reached.points_note == "earlier units of the same product and user may add to it"
    assert check(product_or_activity_ref="BOIL-100", quantity="1").points_note == ""


def test_issues_come_in_form_order() -> None:
    result = check(quantity="x", sale_date="", customer_name="Zed")
    assert [i.field for i in result.issues] == ["sale_date", "customer_name", "quantity"]


@given(
    quantity=st.integers(min_value=1, max_value=10_000),
    rp_quantity=st.integers(min_value=1, max_value=50),
    per=st.integers(min_value=0, max_value=1_000),
)
def test_estimated_points_are_whole_multiples(quantity: int, rp_quantity: int, per: int) -> None:
    rp = reward_point("X", quantity=rp_quantity, points_per_quantity=per)
    points = estimate_points(quantity, rp)
    assert points == (quantity // rp_quantity) * per
    assert points % per == 0 if per else points == 0


@given(st.text(max_size=40))
def test_any_typed_text_gives_issues_never_an_exception(text: str) -> None:
    for field in SCHEMA.names:
        check(**{field: text})


def test_payload_has_json_types_and_leaves_blank_optionals_out() -> None:
    result = check(customer_name="", value_of_sale="1250.50")
    payload = claim_payload(SCHEMA, result.values)
    assert payload == {
        "sale_date": "2026-11-20",
        "invoice_date": "2026-11-20",
        "product_or_activity_ref": "BOIL-100",
        "quantity": 3,
        "value_of_sale": 1250.5,
        "username": "demo.rep",
    }
    assert claim_payload(SCHEMA, {"value_of_sale": Decimal("12")}) == {"value_of_sale": 12}


def test_a_value_of_29_digits_is_refused_not_rounded() -> None:
    result = check(value_of_sale="99999999999999.999999999999999")
    assert messages(result, "value_of_sale") == [
        "has too many digits: at most 15 significant digits"
    ]


def test_a_value_goes_out_with_exactly_its_digits() -> None:
    import json

    from claimdesk.domain.myrewards import claim_payload

    result = check(value_of_sale="12.34")
    assert result.ok
    assert '"value_of_sale": 12.34' in json.dumps(claim_payload(SCHEMA, result.values))

"""Every Claret local rule (DESIGN.md), as the field-level issue a rep would see, and the body
the checked values become."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.claret import (
    BETA_WARNING,
    CONTENT_FIELDS,
    Catalog,
    Sale,
    SalesRow,
    build_sales_schema,
    check_sales_claim,
    sales_body,
    sales_claim,
)
from claimdesk.domain.fields import FieldType

CATALOG = Catalog(
    items=("Claret Reserve 75cl", "Merlot House 75cl"),
    customer_groups=("Northern Retail", "Online Direct"),
)
SCHEMA = build_sales_schema(CATALOG)
REQUIRED = (
    "sale_type_name",
    "item_name",
    "customer_group_name",
    "sell_date",
    "timing_interval_name",
    "quantity",
)


def valid(**changes: str | None) -> dict[str, str | None]:
    return {
        "sale_type_name": "History",
        "create_missing_item_customer_group": "0",
        "item_name": "Claret Reserve 75cl",
        "customer_group_name": "Northern Retail",
        "sell_date": "2026-03-31",
        "timing_interval_name": "Weekly",
        "quantity": "12",
        **changes,
    }


def check(**changes: str | None) -> ClaimCheck:
    return check_sales_claim(SCHEMA, valid(**changes), CATALOG)


def messages(result: ClaimCheck, field: str) -> list[str]:
    return [i.message for i in result.issues_for(field)]


# --- the form --------------------------------------------------------------------------------


def test_the_form_is_the_arguments_then_one_content_row() -> None:
    assert SCHEMA.names == (
        "sale_type_name",
        "create_missing_item_customer_group",
        *CONTENT_FIELDS,
    )
    types = {spec.name: spec.type for spec in SCHEMA}
    assert types == {
        "sale_type_name": FieldType.TEXT,
        "create_missing_item_customer_group": FieldType.BOOLEAN,
        "item_name": FieldType.TEXT,
        "customer_group_name": FieldType.TEXT,
        "sell_date": FieldType.DATE,
        "timing_interval_name": FieldType.TEXT,
        "quantity": FieldType.INTEGER,
    }
    assert tuple(spec.name for spec in SCHEMA if spec.required) == REQUIRED


def test_suggestions_come_from_the_catalog_and_the_documented_names() -> None:
    def suggested(name: str) -> tuple[str, ...]:
        spec = SCHEMA.get(name)
        assert spec is not None
        return tuple(choice.value for choice in spec.suggestions)

    assert suggested("sale_type_name") == ("History", "Forecast")
    assert suggested("timing_interval_name") == ("Daily", "Weekly", "Monthly")
    assert suggested("item_name") == CATALOG.items
    assert suggested("customer_group_name") == CATALOG.customer_groups


def test_without_a_catalog_names_are_plain_text() -> None:
    schema = build_sales_schema()
    item = schema.get("item_name")
    assert item is not None
    assert item.suggestions == ()
    assert check_sales_claim(schema, valid(item_name="Anything")).notes == ()


def test_the_beta_warning_says_beta_and_not_for_production() -> None:
    assert "beta" in BETA_WARNING
    assert "production data" in BETA_WARNING


# --- required, types, sizes ------------------------------------------------------------------


def test_a_valid_claim_has_no_issues_and_typed_values() -> None:
    result = check()
    assert result.issues == ()
    assert result.notes == ()
    assert result.estimated_points is None
    assert result.values["sell_date"] == dt.date(2026, 3, 31)
    assert result.values["quantity"] == 12
    assert result.values["create_missing_item_customer_group"] is False


@pytest.mark.parametrize("field", REQUIRED)
@pytest.mark.parametrize("blank", ["", "   ", None])
def test_sale_type_and_every_content_field_are_required(field: str, blank: str | None) -> None:
    assert messages(check(**{field: blank}), field) == ["is required"]


def test_the_create_flag_may_be_left_out_and_then_is_no() -> None:
    for blank in ("", None):
        result = check(create_missing_item_customer_group=blank)
        assert result.ok
        assert sales_claim(result.values).create_missing is False


@pytest.mark.parametrize(
    ("text", "expected"), [("1", True), ("0", False), ("yes", True), ("no", False)]
)
def test_the_create_flag_is_a_yes_or_no(text: str, expected: bool) -> None:
    result = check(create_missing_item_customer_group=text)
    assert result.ok
    assert sales_claim(result.values).create_missing is expected


@pytest.mark.parametrize("text", ["2", "-1", "maybe", "0.5"])
def test_the_create_flag_is_only_0_or_1(text: str) -> None:
    result = check(create_missing_item_customer_group=text)
    assert messages(result, "create_missing_item_customer_group") == ["must be yes or no (1 or 0)"]


@pytest.mark.parametrize("text", ["31/03/2026", "2026-3-31", "2026-02-30", "yesterday", "20260331"])
def test_sell_date_must_be_a_real_iso_date(text: str) -> None:
    assert messages(check(sell_date=text), "sell_date") == [
        "must be a real date, such as 2026-03-31 or the day, month and year in your usual order"
    ]


@pytest.mark.parametrize("text", ["1.5", "twelve", "-1", "1000001", "1e3.5", "NaN"])
def test_quantity_must_be_a_whole_number_in_range(text: str) -> None:
    found = messages(check(quantity=text), "quantity")
    assert len(found) == 1
    assert found[0].startswith(("must be a whole number from 0 to 1,000,000", "must be a finite"))


@pytest.mark.parametrize("text", ["0", "1000000", " 42 ", "1e3"])
def test_quantity_edges_are_accepted(text: str) -> None:
    assert check(quantity=text).ok


@pytest.mark.parametrize(
    "field", ["sale_type_name", "item_name", "customer_group_name", "timing_interval_name"]
)
def test_names_are_bounded_to_255_characters(field: str) -> None:
    assert check(**{field: "x" * 255}).issues_for(field) == ()
    assert messages(check(**{field: "x" * 256}), field) == [
        "must be at most 255 characters (it has 256)"
    ]


def test_names_are_trimmed() -> None:
    result = check(sale_type_name="  History ", item_name="\tClaret Reserve 75cl  ")
    assert result.values["sale_type_name"] == "History"
    assert result.values["item_name"] == "Claret Reserve 75cl"


def test_issues_come_in_form_order() -> None:
    result = check(quantity="x", sale_type_name="", sell_date="bad")
    assert [i.field for i in result.issues] == ["sale_type_name", "sell_date", "quantity"]


# --- notes: names the catalog does not know -----------------------------------------------------


def test_an_unknown_item_is_a_note_not_an_issue() -> None:
    result = check(item_name="Sauternes 37.5cl")
    assert result.ok
    assert result.notes == (
        "The item “Sauternes 37.5cl” is not among recent sales: Claret refuses names it does "
        "not know unless “Create missing items and customer groups” is ticked.",
    )


def test_with_the_create_flag_the_note_says_claret_will_create_it() -> None:
    result = check(customer_group_name="Duty Free", create_missing_item_customer_group="1")
    assert result.ok
    assert result.notes == (
        "Claret will create the customer group “Duty Free” if it does not exist.",
    )


def test_known_names_match_without_regard_to_case() -> None:
    assert check(item_name="claret RESERVE 75cl", customer_group_name="online direct").notes == ()


def test_an_unusual_sale_type_or_interval_is_a_note() -> None:
    result = check(sale_type_name="Budget", timing_interval_name="Quarterly")
    assert result.ok
    assert result.notes == (
        "“Budget” is not a usual sale type; Claret refuses ones it does not know.",
        "“Quarterly” is not a usual timing interval; Claret refuses ones it does not know.",
    )


def test_catalog_from_sales_keeps_distinct_names_sorted() -> None:
    def sale(item: str, group: str, span: str = "Weekly") -> Sale:
        return Sale(
            id=1,
            sell_date=dt.date(2026, 1, 5),
            quantity=Decimal("1.00"),
            item_name=item,
            customer_group_name=group,
            timing_interval_span=span,
            sale_type_name="History",
        )

    catalog = Catalog.from_sales(
        [sale("b wine", "North"), sale("A wine", "north"), sale("B WINE", "South", "Quarterly")]
    )
    assert catalog.items == ("A wine", "b wine")
    assert catalog.customer_groups == ("North", "South")
    assert catalog.timing_intervals == ("Daily", "Weekly", "Monthly", "Quarterly")


# --- the body ----------------------------------------------------------------------------------


def test_checked_values_become_the_seed_body() -> None:
    result = check(create_missing_item_customer_group="1")
    claim = sales_claim(result.values)
    assert sales_body(claim.sale_type_name, [claim.row], claim.create_missing) == {
        "arguments": {"sale_type_name": "History", "create_missing_item_customer_group": 1},
        "content": [
            {
                "item_name": "Claret Reserve 75cl",
                "customer_group_name": "Northern Retail",
                "sell_date": "2026-03-31",
                "timing_interval_name": "Weekly",
                "quantity": 12,
            }
        ],
    }


def test_unchecked_values_cannot_become_a_claim() -> None:
    with pytest.raises(ValueError, match="not checked"):
        sales_claim({**check().values, "quantity": "12"})


@pytest.mark.parametrize(
    "changes",
    [{"quantity": -1}, {"quantity": 1_000_001}, {"item_name": ""}, {"item_name": "x" * 256},
     {"extra": 1}],
)  # fmt: skip
def test_a_sales_row_refuses_what_the_rules_refuse(changes: dict[str, object]) -> None:
    values: dict[str, object] = {
        "item_name": "I",
        "customer_group_name": "G",
        "sell_date": dt.date(2026, 1, 1),
        "timing_interval_name": "Daily",
        "quantity": 1,
        **changes,
    }
    with pytest.raises(ValidationError):
        SalesRow.model_validate(values)


@given(
    quantity=st.integers(min_value=0, max_value=1_000_000),
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    create=st.booleans(),
)
def test_any_valid_claim_round_trips_into_the_body(
    quantity: int, day: dt.date, create: bool
) -> None:
    result = check(
        quantity=str(quantity),
        sell_date=day.isoformat(),
        create_missing_item_customer_group="1" if create else "0",
    )
    assert result.ok
    claim = sales_claim(result.values)
    body = sales_body(claim.sale_type_name, [claim.row], claim.create_missing)
    assert body["arguments"]["create_missing_item_customer_group"] == (1 if create else 0)
    assert body["content"][0]["quantity"] == quantity
    assert body["content"][0]["sell_date"] == day.isoformat()


@given(st.dictionaries(st.sampled_from(SCHEMA.names), st.text(max_size=300) | st.none()))
def test_check_never_raises_and_only_names_form_fields(raw: dict[str, str | None]) -> None:
    result = check_sales_claim(SCHEMA, raw, CATALOG)
    assert {i.field for i in result.issues} <= set(SCHEMA.names)
    if result.ok:
        sales_claim(result.values)  # every passing claim makes a body

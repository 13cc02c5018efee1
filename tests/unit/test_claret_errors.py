"""Claret's validation messages (Laravel's shape) read into issues on the form's fields, in
plain words; no network."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdesk.connectors.claret import read_error
from claimdesk.domain.claret import CONTENT_FIELDS, build_sales_schema

SENT = {
    "arguments": {"sale_type_name": "Budget", "create_missing_item_customer_group": 0},
    "content": [
        {"item_name": "Known", "customer_group_name": "North"},
        {"item_name": "Sauternes", "customer_group_name": "Duty Free",
         "timing_interval_name": "Hourly"},
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("key", "message", "field", "row", "code", "plain"),
    [
        ("content.1.item_name", "The selected content.1.item_name is invalid.",
         "item_name", 1, "unknown_item",
         "“Sauternes” is not an item in Claret; tick “Create missing items and customer "
         "groups” to have Claret create it"),
        ("content.1.customer_group_name", "The selected content.1.customer_group_name is invalid.",
         "customer_group_name", 1, "unknown_customer_group",
         "“Duty Free” is not a customer group in Claret; tick “Create missing items and "
         "customer groups” to have Claret create it"),
        ("content.1.timing_interval_name",
         "The selected content.1.timing_interval_name is invalid.",
         "timing_interval_name", 1, "unknown_timing_interval",
         "“Hourly” is not a timing interval in Claret (e.g. Daily, Weekly, Monthly)"),
        ("arguments.sale_type_name", "The selected arguments.sale_type_name is invalid.",
         "sale_type_name", None, "unknown_sale_type",
         "“Budget” is not a sale type of this Claret tenant"),
        ("content.0.quantity", "The content.0.quantity field is required.",
         "quantity", 0, "required", "is required"),
        ("content.0.item_name", "The content.0.item_name must be a string.",
         "item_name", 0, "not_text", "must be text"),
        ("content.0.item_name", "The content.0.item_name may not be greater than 255 characters.",
         "item_name", 0, "too_long", "must be at most 255 characters"),
        ("content.0.sell_date", "The content.0.sell_date does not match the format Y-m-d.",
         "sell_date", 0, "not_a_date", "must be a date written YYYY-MM-DD"),
        ("content.0.quantity", "The content.0.quantity must be an integer.",
         "quantity", 0, "not_a_whole_number", "must be a whole number"),
        ("content.0.quantity", "The content.0.quantity must be between 0 and 1000000.",
         "quantity", 0, "out_of_range", "must be from 0 to 1,000,000"),
        ("arguments.create_missing_item_customer_group",
         "The arguments.create_missing_item_customer_group field must be 0 or 1.",
         "create_missing_item_customer_group", None, "not_0_or_1", "must be 0 or 1 (no or yes)"),
        ("duration", "The duration field is required.", "duration", None, "required",
         "is required"),
        ("content", "The content must have at least 1 items.", None, None, "server",
         "The content must have at least 1 items."),
        ("content.3", "The content.3 must be an object.", None, 3, "server",
         "The content.3 must be an object."),
        ("content.0.item_name", "Something new went wrong.", "item_name", 0, "server",
         "Something new went wrong."),
    ],
)  # fmt: skip
def test_each_message_lands_on_its_field_in_plain_words(
    key: str, message: str, field: str | None, row: int | None, code: str, plain: str
) -> None:
    found = read_error(key, message, SENT)
    assert (found.field, found.row) == (field, row)
    assert (found.issue.field, found.issue.code, found.issue.message) == (field, code, plain)


def test_an_unknown_name_without_the_sent_body_is_still_a_sentence() -> None:
    found = read_error("content.0.item_name", "The selected content.0.item_name is invalid.")
    assert found.issue.message.startswith("is not an item in Claret; tick")


def test_every_content_field_is_a_field_of_the_form() -> None:
    schema = build_sales_schema()
    for field in CONTENT_FIELDS:
        found = read_error(f"content.0.{field}", f"The content.0.{field} field is required.")
        assert found.issue.field in schema


@given(
    row=st.integers(min_value=0, max_value=10**6),
    field=st.sampled_from(CONTENT_FIELDS),
    message=st.text(max_size=200),
)
def test_any_content_key_names_its_row_and_field(row: int, field: str, message: str) -> None:
    found = read_error(f"content.{row}.{field}", message, SENT)
    assert (found.row, found.field, found.issue.field) == (row, field, field)
    assert found.issue.message


@given(st.text(max_size=100), st.text(max_size=200))
def test_reading_any_key_and_message_never_raises(key: str, message: str) -> None:
    read_error(key, message, SENT)

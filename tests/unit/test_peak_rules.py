"""Peak's local rules, the form and the row payload."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimdesk.domain.fields import Choice, FieldType
from claimdesk.domain.peak import NAMES, build_schema, check_row, duplicate_keys, row_payload

SCHEMA = build_schema(
    "QP_SALE_EXTRA_OOTB", [Choice("PROD-001", "Shoe")], [Choice("LOC-UK-001", "London")]
)
GOOD = {
    "product_id": "PROD-001",
    "location_id": "LOC-UK-001",
    "product_variant": "size:L",
    "sold_at": "2025-01-28T14:30:00Z",
    "sales_units": "2",
    "sales_value": "399.98",
    "return_units": "0",
    "return_value": "0",
}


def test_the_form_follows_the_seeds_table() -> None:
    assert SCHEMA.names == NAMES
    required = {f.name for f in SCHEMA if f.required}
    assert required == {
        "product_id",
        "location_id",
        "product_variant",
        "sold_at",
        "sales_units",
        "sales_value",
        "return_units",
        "return_value",
    }
    assert SCHEMA.get("product_id").type is FieldType.CHOICE  # type: ignore[union-attr]
    free = build_schema("X")
    assert free.get("product_id").type is FieldType.TEXT  # type: ignore[union-attr]


def test_payload_has_every_key_and_nulls_for_blanks() -> None:
    check = check_row(SCHEMA, GOOD)
    assert check.ok, check.issues
    row = row_payload(check.values)
    assert list(row) == list(NAMES)
    assert row["returned_at"] is None
    assert row["sold_at"] == "2025-01-28T14:30:00Z"
    assert row["sales_units"] == 2
    assert row["return_value"] == 0.0
    assert isinstance(row["return_value"], float)


def test_rules_name_the_field() -> None:
    issues = check_row(
        SCHEMA,
        {
            **GOOD,
            "sales_units": "2.5",
            "sold_at": "2025-01-28 14:30",
            "product_id": "PROD-999",
            "sales_value": "",
        },
    ).issues
    assert {i.field: i.code for i in issues} == {
        "product_id": "not_a_choice",
        "sold_at": "not_a_timestamp",
        "sales_units": "not_a_whole_number",
        "sales_value": "required",
    }
    zoneless = check_row(SCHEMA, {**GOOD, "sold_at": "2025-01-28T14:30:00"}).issues
    assert [i.code for i in zoneless] == ["timestamp_without_zone"]


def test_duplicate_keys_compare_instants_not_text() -> None:
    a = check_row(SCHEMA, GOOD).values
    b = check_row(SCHEMA, {**GOOD, "sold_at": "2025-01-28T15:30:00+01:00"}).values
    c = check_row(SCHEMA, {**GOOD, "product_variant": "size:M"}).values
    found = duplicate_keys([a, c, b])
    assert [(i, issue.field) for i, issue in found] == [(2, "sold_at")]
    assert "row 1" in found[0][1].message


@given(st.datetimes(timezones=st.just(dt.UTC)))
def test_any_zoned_timestamp_round_trips(moment: dt.datetime) -> None:
    check = check_row(SCHEMA, {**GOOD, "sold_at": moment.isoformat()})
    assert check.ok
    assert row_payload(check.values)["sold_at"].replace("Z", "+00:00") == moment.isoformat()

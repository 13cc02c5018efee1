"""Peak's local rules (domain/peak.py): the form from the seed's table, each rule on its
own, the API row (every key, nulls, JSON types), and primary keys repeated in a batch."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdesk.domain.fields import Choice, FieldType
from claimdesk.domain.peak import (
    NAMES,
    build_schema,
    check_batch,
    check_row,
    duplicate_keys,
    key_of,
    row_payload,
)

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
# The seed's table: attribute → (type, nullable).
SEED_TABLE = {
    "product_id": (FieldType.TEXT, False),
    "location_id": (FieldType.TEXT, False),
    "product_variant": (FieldType.TEXT, False),
    "sold_at": (FieldType.TIMESTAMP, False),
    "created_at": (FieldType.TIMESTAMP, True),
    "sale_id": (FieldType.TEXT, True),
    "customer_id": (FieldType.TEXT, True),
    "sales_units": (FieldType.INTEGER, False),
    "sales_value": (FieldType.NUMBER, False),
    "return_units": (FieldType.INTEGER, False),
    "return_value": (FieldType.NUMBER, False),
    "demand_units": (FieldType.NUMBER, True),
    "demand_value": (FieldType.NUMBER, True),
    "returned_at": (FieldType.TIMESTAMP, True),
    "shipped_at": (FieldType.TIMESTAMP, True),
    "updated_at": (FieldType.TIMESTAMP, True),
}
NUMBERS = [n for n, (t, _) in SEED_TABLE.items() if t is FieldType.NUMBER]
TIMESTAMPS = [n for n, (t, _) in SEED_TABLE.items() if t is FieldType.TIMESTAMP]


def codes(**changes: str) -> dict[str | None, str]:
    return {i.field: i.code for i in check_row(SCHEMA, {**GOOD, **changes}).issues}


# --- the form ---------------------------------------------------------------------------------


def test_the_form_follows_the_seeds_table_in_order() -> None:
    assert SCHEMA.names == NAMES == tuple(SEED_TABLE)
    assert {f.name: (f.type, not f.required) for f in SCHEMA} == SEED_TABLE
    assert SCHEMA.title == "QP_SALE_EXTRA_OOTB"
    labels = {f.name: f.label for f in SCHEMA}
    assert labels["product_id"] == "Product"
    assert labels["sold_at"] == "Sold at"
    assert all(label and label != name for name, label in labels.items())


def test_products_and_locations_are_free_text_with_suggestions() -> None:
    # Peak documents no list of them: earlier rows are suggested, any value is allowed
    # here, and Peak's server checks the foreign keys.
    product, location = SCHEMA.get("product_id"), SCHEMA.get("location_id")
    assert product is not None
    assert location is not None
    assert (product.type, location.type) == (FieldType.TEXT, FieldType.TEXT)
    assert (product.choices, location.choices) == ((), ())
    assert [c.value for c in product.suggestions] == ["PROD-001"]
    assert [c.value for c in location.suggestions] == ["LOC-UK-001"]
    assert check_row(SCHEMA, {**GOOD, "product_id": "ANY-1", "location_id": "LOC-9"}).ok
    free = build_schema("X")
    assert free.get("product_id").suggestions == ()  # type: ignore[union-attr]


# --- each rule ----------------------------------------------------------------------------


def test_the_good_row_passes() -> None:
    assert codes() == {}


@pytest.mark.parametrize("name", [n for n, (_, nullable) in SEED_TABLE.items() if not nullable])
def test_each_non_nullable_attribute_is_required(name: str) -> None:
    assert codes(**{name: "  "}) == {name: "required"}


@pytest.mark.parametrize("name", [n for n, (_, nullable) in SEED_TABLE.items() if nullable])
def test_each_nullable_attribute_may_be_blank(name: str) -> None:
    assert codes(**{name: ""}) == {}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"sales_units": "2.5"}, {"sales_units": "not_a_whole_number"}),
        ({"return_units": "two"}, {"return_units": "not_a_whole_number"}),
        ({"return_units": "-1"}, {"return_units": "too_small"}),
        ({"sales_value": "1,5x"}, {"sales_value": "not_a_number"}),
        ({"return_value": "-0.01"}, {"return_value": "too_small"}),
        ({"demand_units": "-2"}, {"demand_units": "too_small"}),
        ({"demand_value": "NaN"}, {"demand_value": "not_finite"}),
        ({"sold_at": "2025-01-28 14:30:00Z"}, {"sold_at": "not_a_timestamp"}),
        ({"sold_at": "2025-01-28"}, {"sold_at": "not_a_timestamp"}),
        ({"sold_at": "2025-01-28T14:30:00"}, {"sold_at": "timestamp_without_zone"}),
        ({"shipped_at": "2025-02-30T10:00:00Z"}, {"shipped_at": "not_a_timestamp"}),
        ({"customer_id": "C" * 256}, {"customer_id": "too_long"}),
        ({"sales_units": "-3", "sales_value": "-59.7"}, {}),  # net of returns
        ({"sales_units": "2.0"}, {}),  # the whole number 2, sent as 2
    ],
)
def test_each_rule_names_its_field(changes: dict[str, str], expected: dict[str, str]) -> None:
    assert codes(**changes) == expected


def test_messages_follow_the_label() -> None:
    issues = check_row(SCHEMA, {**GOOD, "return_units": "-1", "sold_at": "x"}).issues
    assert [i.field for i in issues] == ["sold_at", "return_units"]  # in form order
    assert issues[1].message == "must be a whole number ≥ 0"
    assert "2025-01-28T14:30:00Z" in issues[0].message


# --- the row sent -------------------------------------------------------------------------


def test_the_row_has_every_key_in_order_and_nulls_for_blanks() -> None:
    check = check_row(SCHEMA, {**GOOD, "customer_id": " ", "shipped_at": ""})
    assert check.ok, check.issues
    row = row_payload(check.values)
    assert list(row) == list(NAMES)
    assert {n for n, v in row.items() if v is None} == {
        n for n, (_, null) in SEED_TABLE.items() if null
    }
    assert row["sold_at"] == "2025-01-28T14:30:00Z"
    assert row["sales_units"] == 2
    assert type(row["sales_units"]) is int
    assert row["return_value"] == 0.0
    assert type(row["return_value"]) is float
    assert row["sales_value"] == 399.98


def test_a_zone_other_than_utc_is_kept() -> None:
    check = check_row(SCHEMA, {**GOOD, "sold_at": "2025-01-28T15:30:00+01:00"})
    assert row_payload(check.values)["sold_at"] == "2025-01-28T15:30:00+01:00"


# --- repeated primary keys in one batch ------------------------------------------------------


def test_duplicate_keys_compare_instants_not_text() -> None:
    a = check_row(SCHEMA, GOOD).values
    b = check_row(SCHEMA, {**GOOD, "sold_at": "2025-01-28T15:30:00+01:00"}).values
    c = check_row(SCHEMA, {**GOOD, "product_variant": "size:M"}).values
    found = duplicate_keys([a, c, b, b])
    assert sorted(found) == [2, 3]
    assert all(issue.field == "sold_at" for issue in found.values())
    assert "row 1" in found[2].message
    assert "row 1" in found[3].message


@pytest.mark.parametrize("name", ["product_id", "location_id", "product_variant", "sold_at"])
def test_each_part_of_the_key_tells_rows_apart(name: str) -> None:
    other = {"product_id": "P2", "location_id": "L2", "product_variant": "v2",
             "sold_at": "2025-01-28T14:30:01Z"}[name]  # fmt: skip
    free = build_schema("X")
    rows = [check_row(free, GOOD).values, check_row(free, {**GOOD, name: other}).values]
    assert duplicate_keys(rows) == {}


def test_rows_with_an_incomplete_key_are_not_called_duplicates() -> None:
    partial = check_row(SCHEMA, {**GOOD, "sold_at": ""}).values
    assert key_of(partial) is None
    assert duplicate_keys([partial, partial]) == {}


def test_a_batch_check_gives_one_check_per_row_index() -> None:
    other_variant = {**GOOD, "product_variant": "size:M", "sales_units": "x"}
    checks = check_batch(SCHEMA, [GOOD, other_variant, GOOD, {**GOOD, "sales_units": "y"}])
    assert [c.ok for c in checks] == [True, False, False, False]
    assert [i.code for i in checks[1].issues] == ["not_a_whole_number"]
    assert [i.code for i in checks[2].issues] == ["duplicate_key"]
    # A row with an issue of its own is still told that it repeats a key.
    assert [i.code for i in checks[3].issues] == ["duplicate_key", "not_a_whole_number"]


# --- properties ----------------------------------------------------------------------------

zones = st.builds(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)


@given(st.datetimes(timezones=zones), st.sampled_from(TIMESTAMPS))
def test_any_zoned_timestamp_is_sent_as_the_same_instant(moment: dt.datetime, name: str) -> None:
    check = check_row(SCHEMA, {**GOOD, name: moment.isoformat()})
    assert check.ok, check.issues
    sent = row_payload(check.values)[name]
    assert dt.datetime.fromisoformat(sent) == moment
    assert dt.datetime.fromisoformat(sent).utcoffset() == moment.utcoffset()


@given(st.datetimes())
def test_a_timestamp_without_its_zone_is_refused(moment: dt.datetime) -> None:
    assert codes(sold_at=moment.isoformat(timespec="seconds")) == {
        "sold_at": "timestamp_without_zone"
    }


@given(st.floats(allow_nan=False, allow_infinity=False, allow_subnormal=False, min_value=0,
                 max_value=1e14),
       st.sampled_from(NUMBERS))  # fmt: skip
def test_any_number_is_sent_as_the_same_float(number: float, name: str) -> None:
    text = f"{number:.15g}"  # at most 15 significant digits (domain/validation.py)
    check = check_row(SCHEMA, {**GOOD, name: text})
    assert check.ok, check.issues
    sent = row_payload(check.values)[name]
    assert type(sent) is float
    assert Decimal(repr(sent)) == Decimal(text)


@given(st.integers(min_value=-(10**14), max_value=10**14))
def test_any_whole_number_is_sent_as_an_integer(number: int) -> None:
    for text in (str(number), f"{number}.0"):
        check = check_row(SCHEMA, {**GOOD, "sales_units": text})
        assert check.ok, check.issues
        sent = row_payload(check.values)["sales_units"]
        assert type(sent) is int
        assert sent == number


@given(
    st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-1000, max_value=1000)
)
def test_a_number_with_a_fraction_is_not_a_count(number: Decimal) -> None:
    expected = {} if number == number.to_integral_value() else {"sales_units": "not_a_whole_number"}
    assert codes(sales_units=str(number)) == expected


@given(st.dictionaries(st.sampled_from(NAMES), st.text(max_size=40)))
def test_any_text_gives_issues_and_never_raises(raw: dict[str, str]) -> None:
    check = check_row(SCHEMA, raw)
    assert all(i.field in NAMES for i in check.issues)
    if check.ok:
        row = row_payload(check.values)
        assert all(not isinstance(v, float) or math.isfinite(v) for v in row.values())


def test_equal_instants_in_two_zones_keep_their_own_offsets_in_the_payload() -> None:
    """The payload's times are cached for speed: the cache must not write one zone's
    offset for another's equal instant."""
    import datetime as dt

    from claimdesk.domain.peak import row_payload

    utc = dt.datetime(2026, 1, 28, 14, 30, tzinfo=dt.UTC)
    paris = utc.astimezone(dt.timezone(dt.timedelta(hours=1)))
    assert utc == paris
    assert row_payload({"sold_at": utc})["sold_at"] == "2026-01-28T14:30:00Z"
    assert row_payload({"sold_at": paris})["sold_at"] == "2026-01-28T15:30:00+01:00"

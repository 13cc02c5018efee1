"""The sandbox's SALE_EXTRA row rules (sandbox/peak_rows.py) on their own, and against the
desktop's: every row the desktop's rules pass, the sandbox stores. The two sides share no
code, so this is where a drift between them shows."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimdesk.domain.fields import Choice
from claimdesk.domain.peak import build_schema, check_row, row_payload
from claimdesk.sandbox import peak_rows
from claimdesk.sandbox.peak_data import build_peak
from tests.helpers.peak_seed import SEED_ROW

DATA = build_peak()


def test_the_seed_row_passes_and_the_demo_data_has_its_keys() -> None:
    assert peak_rows.check_row(0, SEED_ROW, DATA) == []
    assert "PROD-001" in DATA.products
    assert "LOC-UK-001" in DATA.locations


def test_the_attributes_are_the_seeds() -> None:
    assert tuple(SEED_ROW) == peak_rows.NAMES
    nullable = {name for name, _kind, null in peak_rows.ATTRIBUTES if null}
    assert nullable == {
        "created_at", "sale_id", "customer_id", "demand_units", "demand_value",
        "returned_at", "shipped_at", "updated_at",
    }  # fmt: skip


@given(st.integers())
def test_any_json_integer_is_an_integer_and_a_float(number: int) -> None:
    assert peak_rows.type_ok("integer", number)
    assert peak_rows.type_ok("float", number)


@given(st.floats())
def test_no_json_float_is_an_integer_and_only_finite_ones_are_floats(number: float) -> None:
    assert not peak_rows.type_ok("integer", number)
    assert peak_rows.type_ok("float", number) is math.isfinite(number)


@pytest.mark.parametrize("kind", ["integer", "float", "string", "timestamp"])
@pytest.mark.parametrize("value", [True, False, None, [], {}])
def test_bools_and_containers_are_no_type(kind: str, value: object) -> None:
    assert not peak_rows.type_ok(kind, value)


@given(st.datetimes(timezones=st.timezones()))
def test_any_zoned_timestamp_is_a_timestamp(moment: dt.datetime) -> None:
    if moment.utcoffset() is not None:
        parsed = peak_rows.timestamp(moment.isoformat())
        assert parsed is not None
        # Wall time and offset, not ==: Python never calls a time in a zone's repeated
        # hour equal to one in another zone.
        assert parsed.replace(tzinfo=None) == moment.replace(tzinfo=None)
        assert parsed.utcoffset() == moment.utcoffset()


@given(st.datetimes())
def test_a_zoneless_timestamp_is_not(moment: dt.datetime) -> None:
    assert peak_rows.timestamp(moment.isoformat()) is None
    assert peak_rows.timestamp(moment.date().isoformat()) is None


@given(st.datetimes(timezones=st.timezones()), st.datetimes(timezones=st.timezones()))
def test_the_key_compares_sold_at_as_an_instant(a: dt.datetime, b: dt.datetime) -> None:
    row_a = {**SEED_ROW, "sold_at": a.isoformat()}
    row_b = {**SEED_ROW, "sold_at": b.isoformat()}
    if a.utcoffset() is not None and b.utcoffset() is not None:
        same = a.astimezone(dt.UTC) == b.astimezone(dt.UTC)
        assert (peak_rows.key_of(row_a) == peak_rows.key_of(row_b)) is same


# --- agreement with the desktop's rules -------------------------------------------------------

SCHEMA = build_schema(
    "QP_SALE_EXTRA_OOTB",
    [Choice(p) for p in DATA.products],
    [Choice(loc) for loc in DATA.locations],
)
stamps = st.datetimes(
    min_value=dt.datetime(1900, 1, 1),
    timezones=st.builds(
        lambda m: dt.timezone(dt.timedelta(minutes=m)), st.integers(-14 * 60, 14 * 60)
    ),
).map(lambda d: d.isoformat())
counts = st.integers(0, 10**9).map(str)
amounts = st.decimals(min_value=0, max_value=10**9, places=2).map(str)


def maybe(values: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.just("") | values


typed_rows = st.fixed_dictionaries(
    {
        "product_id": st.sampled_from(list(DATA.products)),
        "location_id": st.sampled_from(list(DATA.locations)),
        "product_variant": st.text(min_size=1, max_size=255),
        "sold_at": stamps,
        "created_at": maybe(stamps),
        "sale_id": maybe(st.text(max_size=255)),
        "customer_id": maybe(st.text(max_size=255)),
        "sales_units": st.integers(-(10**9), 10**9).map(str),
        "sales_value": st.decimals(min_value=-(10**9), max_value=10**9, places=2).map(str),
        "return_units": counts,
        "return_value": amounts,
        "demand_units": maybe(amounts),
        "demand_value": maybe(amounts),
        "returned_at": maybe(stamps),
        "shipped_at": maybe(stamps),
        "updated_at": maybe(stamps),
    }
)


@given(typed_rows)
def test_every_row_the_desktop_passes_the_sandbox_stores(raw: dict[str, str]) -> None:
    check = check_row(SCHEMA, raw)
    assume(check.ok)  # e.g. a variant of blanks only is refused here, as it should be
    assert peak_rows.check_row(0, row_payload(check.values), DATA) == []

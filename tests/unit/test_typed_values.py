"""One reader of typed values (domain/typed.py) for the form, the grid, pastes and files:
dates in the locale's order, ISO, today and ±N days; numbers with the mark they show or the
locale's."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.domain.typed import (
    COMMA,
    POINT,
    column_mark,
    evident_mark,
    read_date,
    read_number,
    read_typed,
    read_value,
)

TODAY = dt.date(2026, 12, 2)
SCHEMA = FormSchema(
    "claim",
    "Claim",
    (
        FieldSpec("sale_date", "Sale date", FieldType.DATE),
        FieldSpec("value", "Value of sale", FieldType.NUMBER, position=1),
        FieldSpec("ref", "Reference", FieldType.TEXT, position=2),
    ),
)


@pytest.mark.parametrize(
    ("locale", "date", "amount"),
    [
        ("es_ES", "20/11/2026", "1250,50"),  # a Spanish rep
        ("es_ES", "20/11/2026", "1.250,50"),
        ("en_GB", "20/11/2026", "1,250.50"),  # a British rep
        ("en_US", "11/20/2026", "1,250.50"),  # an American rep
        ("en_US", "2026-11-20", "1250.50"),  # ISO, anywhere
        ("es_ES", "20.11.26", "1250.50"),  # the value's own point: 2 decimals can only be that
    ],
)
def test_each_rep_s_way_of_typing_reads_the_same(locale: str, date: str, amount: str) -> None:
    read = read_typed(SCHEMA, {"sale_date": date, "value": amount, "ref": "BOIL-1,2"}, locale)
    assert read == {"sale_date": "2026-11-20", "value": "1250.50", "ref": "BOIL-1,2"}


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("today", "2026-12-02"),
        ("t", "2026-12-02"),
        ("HOY", "2026-12-02"),
        ("-1", "2026-12-01"),
        ("+30", "2027-01-01"),
        ("31/02/2026", None),  # no such day: left for the rules to report
        ("soon", None),
    ],
)
def test_words_and_days_from_today(typed: str, read: str | None) -> None:
    assert read_date(typed, "DMY", TODAY) == read


def test_a_comma_with_three_digits_after_it_follows_the_locale() -> None:
    assert evident_mark("1,234") is None
    assert read_value(FieldType.NUMBER, "1,234", "en_GB") == "1234"
    assert read_value(FieldType.NUMBER, "1,234", "es_ES") == "1.234"


@pytest.mark.parametrize(
    ("values", "mark"),
    [
        (["676,06", "1,234"], COMMA),  # 676,06 can only be a decimal comma
        (["1.234,5"], COMMA),
        (["1,234.5", "12"], POINT),
        (["1,5", "1.5"], None),  # they disagree: nothing is evident
        (["1,234", "12"], None),
    ],
)
def test_a_column_s_values_settle_the_mark(values: list[str], mark: str | None) -> None:
    assert column_mark(values) == mark


def test_text_that_is_no_number_is_left_for_the_rules() -> None:
    assert read_number("1,23,4", POINT) is None
    assert read_number("12 apples", POINT) is None
    assert read_value(FieldType.NUMBER, "abc", "en_US") is None


@given(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["es_ES", "en_GB", "de_DE", "fr_FR"]),
)
def test_a_number_written_in_its_locale_reads_back_exactly(value, locale: str) -> None:
    plain = f"{value:,.2f}"  # 1,234,567.89
    written = (
        plain.replace(",", "\0").replace(".", ",").replace("\0", ".")
        if locale != "en_GB"
        else plain
    )
    assert read_number(written, COMMA if locale != "en_GB" else POINT) == f"{value:.2f}"

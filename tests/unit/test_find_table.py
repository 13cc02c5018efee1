"""Issue 20, items 1 and 2: the table found in a sheet as offices make it (title, note and
blank rows above the header, blank and total rows under the data, never claims, named by
the row number the spreadsheet shows) and headers matched as people write them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimdesk.domain import claret, peak, thalamus
from claimdesk.domain.fields import FormSchema
from claimdesk.domain.myrewards import build_claim_schema
from claimdesk.importers.delimited import parse_text, read_csv
from claimdesk.importers.interpret import interpret
from claimdesk.importers.mapping import (
    find_header,
    match_columns,
    records,
    remember_mapping,
    remembered_columns,
    remembered_mapping,
)
from claimdesk.importers.table import ImportError_, is_total, skipped_text
from claimdesk.importers.xlsx import read_file
from tests.helpers.workbooks import HEADERS, office_csv, office_workbook
from tests.unit.myrewards_fixtures import PROMOTION_36, TODAY, data_fields_36

SCHEMA = build_claim_schema(PROMOTION_36, data_fields_36(), today=TODAY)
EVERY_FIELD = {
    0: "sale_date",
    1: "invoice_date",
    2: "product_or_activity_ref",
    3: "quantity",
    4: "value_of_sale",
    5: "customer_name",
    6: "username",
}


def found(text: str, schema: FormSchema = SCHEMA, **options: object):
    table = find_header(parse_text(text, "t", ";"), schema)
    return table, match_columns(table, schema, **options)  # type: ignore[arg-type]


# --- item 1: the table ------------------------------------------------------------------


def test_an_office_workbook_is_found_under_its_title(tmp_path: Path) -> None:
    path = office_workbook(tmp_path / "november.xlsx", TODAY, count=10)
    table = find_header(read_file(path), SCHEMA)
    assert table.header_row == 4
    assert table.headers == HEADERS
    assert len(table) == 10
    assert table.row_numbers == list(range(5, 15))
    assert skipped_text(table.skipped) == (
        "Rows 1–3 skipped: title; row 15 skipped: blank; row 16 skipped: total"
    )
    mapping = match_columns(table, SCHEMA)
    assert mapping.columns == EVERY_FIELD
    assert (mapping.unmatched, mapping.missing_required) == ((), ())
    first = records(table, mapping)[0]
    assert first["sale_date"] == TODAY.isoformat()  # a real date cell, not a serial number
    assert first["value_of_sale"] == "100.5"


def test_a_csv_with_a_title_line_and_a_total_line(tmp_path: Path) -> None:
    table = find_header(read_csv(office_csv(tmp_path / "c.csv", TODAY, count=4)), SCHEMA)
    assert (table.header_row, table.row_numbers) == (2, [3, 4, 5, 6])
    assert skipped_text(table.skipped) == "Row 1 skipped: title; row 7 skipped: total"
    assert match_columns(table, SCHEMA).columns == EVERY_FIELD


def test_blank_rows_between_claims_are_skipped_and_the_numbers_follow_the_sheet() -> None:
    table, _ = found(
        "Sale date;SKU;Qty\n2026-11-20;BOIL-100;1\n;;\n2026-11-21;BOIL-101;2\nSubtotal;;3\n"
        "2026-11-22;BOIL-102;4\nGrand total:;;£7.00\n"
    )
    assert table.row_numbers == [2, 4, 6]
    assert skipped_text(table.skipped) == (
        "Row 3 skipped: blank; row 5 skipped: total; row 7 skipped: total"
    )


@pytest.mark.parametrize(
    ("row", "total"),
    [
        (["TOTAL", "", "", "16", "828.00"], True),
        (["", "Total", "1,234.50", "€ 12"], True),
        (["Sub-total", "3"], True),
        (["Grand Total", "", "(45)"], True),
        (["Totals", ""], True),
        (["Total", "BOIL-100", "2"], False),  # a second text: a claim (of a product "Total"?)
        (["2026-11-20", "BOIL-100", "2"], False),
        (["Totally new customer", "2"], False),
    ],
)
def test_total_rows(row: list[str], total: bool) -> None:
    assert is_total(row) is total


def test_a_header_row_the_user_chooses() -> None:
    table = parse_text(
        "Claims;\nSale date;SKU\n2026-11-20;BOIL-100\n2026-11-21;BOIL-101\n", "t", ";"
    )
    again = table.cut(3)  # a silly choice is still honoured: nothing above is a claim
    assert (again.headers, again.row_numbers) == (["2026-11-20", "BOIL-100"], [4])
    assert skipped_text(again.skipped) == "Rows 1–2 skipped: title"
    with pytest.raises(ImportError_, match="no claims under it"):
        table.cut(4)
    with pytest.raises(ImportError_, match="row 9 is empty"):
        table.cut(9)


def test_a_file_with_no_recognisable_header_keeps_its_first_row() -> None:
    table, mapping = found("Colour;Size\nred;L\n")
    assert (table.header_row, table.headers, mapping.columns) == (1, ["Colour", "Size"], {})


# --- item 2: headers as people write them -------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Value of sale (£)", "value_of_sale"),
        ("VALUE OF SALE [GBP]", "value_of_sale"),
        ("value-of-sale €", "value_of_sale"),
        ("Customer", "customer_name"),
        ("Qty", "quantity"),
        ("Qty.", "quantity"),
        ("Units", "quantity"),
        ("SKU", "product_or_activity_ref"),
        ("Ref", "product_or_activity_ref"),
        ("Reference", "product_or_activity_ref"),
        ("Product code", "product_or_activity_ref"),
        ("Product", "product_or_activity_ref"),  # the start of one label
        ("Invoice", "invoice_date"),
        ("User name", "username"),
    ],
)
def test_a_header_as_people_write_it(header: str, field: str) -> None:
    table = parse_text(f"{header}\nx\n", "t", ";")
    assert match_columns(table, SCHEMA).columns == {0: field}


def test_date_is_the_sale_date_only_when_it_is_the_only_date_column() -> None:
    _, alone = found("Date;SKU;Qty\n2026-11-20;BOIL-100;1\n")
    assert alone.columns[0] == "sale_date"
    _, beside = found("Date;Invoice date;SKU\n2026-11-20;2026-11-20;BOIL-100\n")
    assert 0 not in beside.columns
    assert beside.unmatched == ("Date",)
    assert beside.columns[1] == "invoice_date"


def test_a_start_shared_by_two_labels_matches_neither() -> None:
    _, mapping = found("Us;Val\nx;y\n")  # whole words only: no label starts so
    assert mapping.columns == {}
    schema = SCHEMA.with_fields(
        [*SCHEMA.fields, SCHEMA.get("username").__class__("customer_ref", "Customer ref")]  # type: ignore[union-attr]
    )
    assert match_columns(parse_text("Customer\nx\n", "t", ";"), schema).columns == {}


@pytest.mark.parametrize(
    ("schema", "field"),
    [
        (thalamus.build_sale_schema("tp"), thalamus.PARTNER_SKU),
        (claret.build_sales_schema(), claret.ITEM),
        (peak.build_schema("sales"), "product_id"),
    ],
)
def test_each_platform_names_its_own_product_reference(schema: FormSchema, field: str) -> None:
    table = parse_text("SKU;Qty\nA-1;2\n", "t", ";")
    assert match_columns(table, schema).columns[0] == field
    assert 1 in match_columns(table, schema).columns  # and its quantity


def test_choices_are_read_ignoring_case() -> None:
    rows = [{"customer_name": v} for v in ("bob", " HARRY ", "Suzy", "Bobby")]
    out, _ = interpret(rows, SCHEMA, "en_GB")
    assert [r["customer_name"] for r in out] == ["Bob", "Harry", "Suzy", "Bobby"]


# --- item 2: next month's file needs no clicks ---------------------------------------------


def test_next_months_file_is_matched_by_header_and_by_position(tmp_path: Path) -> None:
    this_month = ["Sold on", "Invoice date", "SKU", "Qty", "Value of sale (£)", "Rep", "Notes"]
    remember_mapping(
        "myrewards",
        "36",
        list(zip(this_month, [*list(EVERY_FIELD.values())[:5], "username", ""], strict=True)),
    )
    assert remembered_columns("myrewards", "36")[5] == ("Rep", "username")
    assert remembered_mapping("myrewards", "36")["Sold on"] == "sale_date"
    # Next month: a new month in the title, "Rep" renamed "Sales rep" in the same place,
    # "Notes" now "Comments": nothing to ask.
    path = office_workbook(
        tmp_path / "december.xlsx",
        TODAY + dt.timedelta(days=31),
        headers=[
            "Sold on",
            "Invoice date",
            "SKU",
            "Qty",
            "Value of sale (£)",
            "Sales rep",
            "Comments",
        ],
    )
    remembered = remembered_mapping("myrewards", "36")
    table = find_header(read_file(path), SCHEMA, remembered)
    mapping = match_columns(table, SCHEMA, remembered, remembered_columns("myrewards", "36"))
    assert table.header_row == 4
    assert mapping.columns[0] == "sale_date"
    assert mapping.columns[5] == "username"
    assert 6 not in mapping.columns
    assert (mapping.unmatched, mapping.missing_required) == ((), ())


def test_a_moved_column_is_not_taken_by_position() -> None:
    remember_mapping("myrewards", "36", [("Sale date", "sale_date"), ("Rep", "username")])
    columns = remembered_columns("myrewards", "36")
    table = parse_text("Rep;Seller\nx;y\n", "t", ";")  # "Rep" moved; "Seller" is new
    mapping = match_columns(table, SCHEMA, remembered_mapping("myrewards", "36"), columns)
    assert mapping.columns == {0: "username"}
    assert mapping.unmatched == ("Seller",)


def test_an_older_remembered_mapping_still_counts_by_header() -> None:
    remember_mapping("myrewards", "36", {"Qty": "quantity", "Notes": ""})
    assert remembered_mapping("myrewards", "36") == {"Qty": "quantity", "Notes": ""}

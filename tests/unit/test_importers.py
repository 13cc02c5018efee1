"""Importers: CSV in its usual shapes, XLSX, pasted cells, malformed files, column mapping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.domain.myrewards import Promotion, build_claim_schema
from claimdesk.importers.delimited import parse_text, read_csv, read_pasted
from claimdesk.importers.mapping import match_columns, records
from claimdesk.importers.table import ImportError_
from claimdesk.importers.xlsx import read_file, read_xlsx
from tests.unit.myrewards_fixtures import PROMOTION_36, TODAY, data_fields_36

SCHEMA = build_claim_schema(PROMOTION_36, data_fields_36(), today=TODAY)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_detected(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(
        delimiter.join(["Sale date", "Quantity", "Username"])
        + "\n"
        + delimiter.join(["2026-11-20", "3", "demo.rep"])
        + "\n",
        encoding="utf-8",
    )
    table = read_csv(path)
    assert table.headers == ["Sale date", "Quantity", "Username"]
    assert table.rows == [["2026-11-20", "3", "demo.rep"]]


def test_bom_quoted_newlines_and_trailing_empties(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes('\ufeffSKU;Note;;\r\nBOIL-100;"two\r\nlines";;\r\n;;;\r\n;;;\r\n'.encode())
    table = read_csv(path)
    assert table.headers == ["SKU", "Note"]
    assert table.rows == [["BOIL-100", "two\r\nlines"]]


def test_windows_1252_is_read(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes("Customer,Value\nJosé Muñoz,12\n".encode("cp1252"))
    table = read_csv(path)
    assert table.rows == [["José Muñoz", "12"]]
    assert "read as Windows-1252" in table.notes


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"\x00\x01\x02\x03binary", "looks binary"),
        (b"", "is empty"),
        (b"Sale date,Quantity\n", "header row but no claims"),
        (b"a" + b",a" * 1_000_000 + b"\n1\n", "columns"),
    ],
)
def test_malformed_files_give_one_clear_error(tmp_path: Path, content: bytes, why: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportError_, match=why):
        read_file(path)


def test_pasted_cells() -> None:
    table = read_pasted("Quantity\tUsername\n3\tdemo.rep\n4\tbob.jones\n")
    assert table.rows == [["3", "demo.rep"], ["4", "bob.jones"]]


def test_xlsx_with_date_cells_formulas_and_a_chosen_sheet(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["nothing here"])
    sheet = book.create_sheet("Claims")
    sheet.append(["Sale date", "Quantity", "Value of sale", "Username"])
    sheet.append([dt.datetime(2026, 11, 20), 3, 1250.5, "demo.rep"])
    sheet.append(["2026-11-21", 2.0, "=2*3", "bob.jones"])
    sheet.merge_cells("D4:E4")
    path = tmp_path / "c.xlsx"
    book.save(path)
    table = read_xlsx(path, "Claims")
    assert table.headers == ["Sale date", "Quantity", "Value of sale", "Username"]
    assert table.rows[0] == ["2026-11-20", "3", "1250.5", "demo.rep"]
    assert table.rows[1][:2] == ["2026-11-21", "2"]
    assert table.rows[1][2] == ""  # a formula never computed by a spreadsheet has no value
    with pytest.raises(ImportError_, match="no sheet named 'Missing'"):
        read_xlsx(path, "Missing")


def test_truncated_xlsx_is_reported(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "c.xlsx"
    Workbook().save(path)
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(ImportError_, match="XLSX"):
        read_file(path)


def test_columns_map_by_name_or_label_ignoring_case_and_spacing() -> None:
    table = parse_text(
        "sale_date,PRODUCT OR ACTIVITY REF,how many,Invoice-Date,Username\n"
        "2026-11-20,BOIL-100,3,2026-11-20,demo.rep\n",
        "t",
    )
    mapping = match_columns(table, SCHEMA)
    assert mapping.columns == {
        0: "sale_date",
        1: "product_or_activity_ref",
        3: "invoice_date",
        4: "username",
    }
    assert mapping.unmatched == ("how many",)
    assert mapping.missing_required == ("Quantity", "Value of sale")
    remembered = match_columns(table, SCHEMA, {"how many": "quantity"})
    assert remembered.columns[2] == "quantity"
    assert records(table, remembered)[0]["quantity"] == "3"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=6), min_size=0, max_size=8),
    st.sampled_from([",", ";", "\t"]),
)
def test_random_tables_never_crash_the_importer(cells: list[list[str]], delimiter: str) -> None:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(cells)
    try:
        table = parse_text(out.getvalue(), "random")
    except ImportError_:
        return
    mapping = match_columns(table, SCHEMA)
    for record in records(table, mapping):
        from claimdesk.domain.myrewards import RewardPointIndex, check_claim

        check_claim(SCHEMA, record, RewardPointIndex([]))


def test_promotion_without_fields_still_maps() -> None:
    schema = build_claim_schema(Promotion(id=4, name="P"), [], today=TODAY)
    table = parse_text("User ID;Quantity\n170944;2\n", "t")
    assert match_columns(table, schema).columns == {0: "user_id", 1: "quantity"}

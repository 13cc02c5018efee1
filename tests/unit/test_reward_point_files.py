"""A reward point file is read as claims files are (issue 20, item 5): the header found
under a title, headers matched by synonym, dd/mm/yyyy dates read; a date column's own
words still match beside another date column (only a bare "Date" is then unclear)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.importers.mapping import match_columns
from claimdesk.importers.table import Table
from claimdesk.service.reward_points import read_rows


def test_an_office_file_needs_no_mapping_and_keeps_its_sheet_rows(tmp_path: Path) -> None:
    path = tmp_path / "points.csv"
    path.write_text(
        "Reward points, March\n"
        "\n"
        "SKU,Qty,Points,Start date,End date\n"
        "A-1,1,3,01/03/2026,31/03/2026\n"
        "A-2,2,4,15/03/2026,30/04/2026\n",
        encoding="utf-8",
    )
    found = read_rows(path, "en_GB")
    assert found.rows == [
        {
            "reference": "A-1",
            "quantity": "1",
            "points_per_quantity": "3",
            "date_from": "2026-03-01",
            "date_to": "2026-03-31",
        },
        {
            "reference": "A-2",
            "quantity": "2",
            "points_per_quantity": "4",
            "date_from": "2026-03-15",
            "date_to": "2026-04-30",
        },
    ]
    assert found.numbers == [4, 5]
    assert found.written[0]["date_from"] == "01/03/2026"  # as typed, for the error file
    assert found.skipped == "Rows 1–2 skipped: title"


def test_a_date_synonym_matches_beside_another_date_column() -> None:
    schema = FormSchema(
        "t",
        "T",
        (
            FieldSpec("sale_date", "Sale date", FieldType.DATE, synonyms=("Date", "Date of sale")),
            FieldSpec("invoice_date", "Invoice date", FieldType.DATE),
        ),
    )
    named = match_columns(Table(["Date of sale", "Invoice date"], []), schema)
    assert named.columns == {0: "sale_date", 1: "invoice_date"}
    bare = match_columns(Table(["Date", "Invoice date"], []), schema)
    assert bare.columns == {1: "invoice_date"}  # which date is "Date"? asked

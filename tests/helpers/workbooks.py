"""Spreadsheets as an office makes them for promotion 36 (MyRewards, the training
sandbox): a merged title row, a note, a blank row, headers as people write them
("SKU", "Qty", "Value of sale (£)", "Customer"), real Excel date cells, then a blank row
and a TOTAL row under the data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HEADERS = [
    "Sale date",
    "Invoice date",
    "SKU",
    "Qty",
    "Value of sale (£)",
    "Customer",
    "Username",
]
TITLE_ROWS = 3  # title, note, blank: the header is sheet row 4, the first claim row 5
CUSTOMERS = ("bob", "Harry", "SUZY")  # choices as typed: Bob, Harry, Suzy


def claim_rows(
    count: int,
    today: dt.date,
    bad_quantity: tuple[int, ...] = (),
    unknown_sku: tuple[int, ...] = (),
) -> list[list[object]]:
    """``count`` sales of today; the indexes in ``bad_quantity`` sell 0 units and those in
    ``unknown_sku`` claim a reference the promotion does not have."""
    day = dt.datetime.combine(today, dt.time())
    return [
        [
            day,
            day,
            "NOPE-1" if n in unknown_sku else "BOIL-100",
            0 if n in bad_quantity else 2,
            100.5 + n,
            CUSTOMERS[n % len(CUSTOMERS)],
            "demo.rep",
        ]
        for n in range(count)
    ]


def office_workbook(
    path: Path,
    today: dt.date,
    count: int = 10,
    bad_quantity: tuple[int, ...] = (),
    unknown_sku: tuple[int, ...] = (),
    title: str | None = None,
    headers: list[str] | None = None,
) -> Path:
    """The workbook; claim n is on sheet row ``TITLE_ROWS + 2 + n``, the blank row after
    the last claim and the TOTAL row after it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = f"{today:%B}"
    sheet["A1"] = title or f"Autumn Boiler Bonus — sales for {today:%B %Y}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.merge_cells(start_row=1, end_row=1, start_column=1, end_column=len(HEADERS))
    sheet["A2"] = "Prepared by the sales office. Values in pounds, VAT included."
    sheet.append([])
    sheet.append(headers or HEADERS)
    for line in claim_rows(count, today, bad_quantity, unknown_sku):
        sheet.append(line)
        for cell in sheet[sheet.max_row][:2]:
            cell.number_format = "dd/mm/yyyy"
    first, last = TITLE_ROWS + 2, TITLE_ROWS + 1 + count
    sheet.append([])
    sheet.append(["TOTAL", None, None, f"=SUM(D{first}:D{last})", f"=SUM(E{first}:E{last})"])
    book.save(path)
    return path


def office_csv(
    path: Path, today: dt.date, count: int = 4, bad_quantity: tuple[int, ...] = ()
) -> Path:
    """The same as a CSV export: a title line, the header, the claims, a Total line."""
    lines = [f"Claims for {today:%B %Y};;;;;;", ";".join(HEADERS)]
    for row in claim_rows(count, today, bad_quantity):
        row[0] = row[1] = today.isoformat()
        lines.append(";".join(str(c) for c in row))
    lines.append(f"Total;;;{2 * count};{sum(100.5 + n for n in range(count))};;")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

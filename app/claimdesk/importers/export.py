"""Rows that need correcting, written back out with the reason beside each: CSV (UTF-8
with a byte order mark, so Excel reads the accents right) or XLSX, by the file's suffix."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from claimdesk.domain.translation import translate
from claimdesk.importers.table import ImportError_

REASON = "Problem"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain number (-5, -1.25, +3e2) is kept as it is: a number is not a formula.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(text: str) -> str:
    """A cell a spreadsheet app will show as text, never run as a formula (OWASP's CSV
    injection advice: a cell starting with = + - @, a tab or a carriage return gets a
    leading single quote), plain numbers excepted."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def export_rows(path: Path, headers: list[str], rows: list[list[str]], reasons: list[str]) -> None:
    """Write ``rows`` under ``headers`` with a Problem column; raises ImportError_ (a sentence
    for the user) when the file cannot be written."""
    if len(rows) != len(reasons):
        raise ValueError("one reason per row")
    table = [[*row, reason] for row, reason in zip(rows, reasons, strict=True)]
    write_table(path, [*headers, REASON], table, sheet="To correct")


def write_table(
    path: Path, headers: list[str], rows: list[list[str]], sheet: str = "Export"
) -> None:
    """A plain table (a list the user exports) as CSV or XLSX by the file's suffix, cells made
    safe from formula injection; raises ImportError_ when the file cannot be written."""
    table = [headers] + [[safe_cell(c) for c in row] for row in rows]
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            page = book.create_sheet(sheet)
            for line in table:
                page.append(line)
            book.save(path)
        else:
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                csv.writer(out).writerows(table)
    except OSError as error:
        raise ImportError_(
            translate("Import", "{name} cannot be written: {why}.").format(
                name=path.name, why=error.strerror or error
            )
        ) from None

"""XLSX through openpyxl: the first sheet or a chosen one; date cells become YYYY-MM-DD,
formulas give their last computed value.

Bounded before anything is loaded: a workbook is a ZIP, and a sheet of a few kilobytes can
unpack to gigabytes or declare a million rows of 16,384 columns that openpyxl pads out with
empty cells. Limits (ours, not a platform's: a claims file of 100,000 rows is far below
them): at most ``MAX_UNPACKED`` bytes unpacked, at most ``MAX_ROWS`` rows, and at most
``MAX_ROWS`` × ``MAX_WIDE`` cells, by the sheet's declared dimension and again while reading.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from claimdesk.domain.translation import translate
from claimdesk.importers.table import MAX_COLUMNS, ImportError_, Table, tidy

MAX_UNPACKED = 200 * 1024 * 1024  # bytes, every part of the workbook unpacked
MAX_ROWS = 1_000_000
MAX_WIDE = 200  # columns, for the bound on cells: MAX_ROWS × MAX_WIDE
MAX_CELLS = MAX_ROWS * MAX_WIDE


def _too_big(source: str) -> ImportError_:
    return ImportError_(
        translate(
            "Import",
            "{source} is too big to read: ClaimDesk reads workbooks of at most {rows:,} rows, "
            "{cells:,} cells and {megabytes:,} MB unpacked. Split it, or save it as CSV.",
        ).format(source=source, rows=MAX_ROWS, cells=MAX_CELLS, megabytes=MAX_UNPACKED // 2**20)
    )


def _check_unpacked_size(path: Path) -> None:
    """Refuse a workbook whose parts unpack beyond ``MAX_UNPACKED``, before opening it."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # load_workbook says what is wrong with it
    if unpacked > MAX_UNPACKED:
        raise _too_big(path.name)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def sheet_names(path: Path) -> list[str]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    from openpyxl import load_workbook

    source = path.name
    _check_unpacked_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ImportError_(
            translate(
                "Import",
                "{source} is not a readable XLSX workbook ({error}). Is it damaged or another "
                "format?",
            ).format(source=source, error=error)
        ) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ImportError_(
                translate(
                    "Import", "{source} has no sheet named {sheet}; it has: {sheets}."
                ).format(source=source, sheet=repr(sheet), sheets=", ".join(book.sheetnames))
            )
        ws = book[sheet] if sheet else book.worksheets[0]
        declared_rows, declared_columns = ws.max_row or 0, ws.max_column or 0
        if declared_rows > MAX_ROWS or declared_rows * declared_columns > MAX_CELLS:
            raise _too_big(source)
        rows: list[list[str]] = []
        cells = 0
        for row in ws.iter_rows(values_only=True):
            if len(row) > MAX_COLUMNS and any(v is not None for v in row[MAX_COLUMNS:]):
                raise ImportError_(
                    f"{source}: {len(row):,} columns; a claims file has at most {MAX_COLUMNS:,}."
                )
            kept = row[:MAX_COLUMNS]
            end = len(kept)
            while end and kept[end - 1] is None:  # padding: tidy() pads to the header's width
                end -= 1
            cells += end
            if len(rows) >= MAX_ROWS or cells > MAX_CELLS:  # the dimension said less
                raise _too_big(source)
            rows.append([_text(v) for v in kept[:end]])
    except zipfile.BadZipFile as error:
        raise ImportError_(f"{source} is damaged: {error}.") from None
    finally:
        book.close()
    table = tidy(rows, f"{source} ({ws.title})")
    table.notes.append(f"sheet {ws.title}")
    return table


def read_file(path: Path, sheet: str | None = None) -> Table:
    """CSV/TXT/TSV or XLSX by extension (XLSX also by its ZIP signature)."""
    from claimdesk.importers.delimited import read_csv

    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as error:
        raise ImportError_(f"{path.name} cannot be read: {error.strerror or error}.") from None
    if path.suffix.lower() in (".xlsx", ".xlsm") or head == b"PK\x03\x04":
        return read_xlsx(path, sheet)
    return read_csv(path)

"""XLSX through openpyxl: the first sheet or a chosen one; date cells become YYYY-MM-DD,
formulas give their last computed value."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from claimdesk.domain.translation import translate
from claimdesk.importers.table import MAX_COLUMNS, ImportError_, Table, tidy


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
        rows: list[list[str]] = []
        for row in ws.iter_rows(values_only=True):
            if len(row) > MAX_COLUMNS and any(v is not None for v in row[MAX_COLUMNS:]):
                raise ImportError_(
                    f"{source}: {len(row):,} columns; a claims file has at most {MAX_COLUMNS:,}."
                )
            rows.append([_text(v) for v in row[:MAX_COLUMNS]])
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

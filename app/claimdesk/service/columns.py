"""Columns declared once per record type (reward points, Claret sales): the API's key, a
translatable label, the cell's text in a table, its value in an exported or printed CSV,
and how it sorts. The windows' tables, their exports and the command line's CSV are all
made from the same list, so they never disagree on a cell.

Exported cells are the API's values written plainly: booleans ``true`` / ``false`` (as in
the API's JSON), dates and times ISO 8601, lists joined by commas, nothing for a null."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

Record = TypeVar("Record")


def plain(value: object) -> str:
    """A value as an export writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, list | tuple):
        return ",".join(plain(v) for v in value)
    return str(value)


def sortable(value: object) -> Any:
    """A value as a table sorts it: numbers as numbers, dates in order, text ignoring case,
    None first."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, list | tuple):
        return len(value)
    return value


@dataclass(frozen=True)
class Column(Generic[Record]):
    """One column of a record type. ``label`` is marked with QT_TRANSLATE_NOOP under
    ``context`` and translated where it is shown; ``value`` reads the record's field;
    ``text`` is the table's cell (``plain`` of the value unless given); ``in_table`` False
    for columns only exports carry (the record's id, its creation time)."""

    key: str
    label: str
    context: str
    value: Callable[[Record], object]
    text: Callable[[Record], str] | None = None
    numeric: bool = False
    in_table: bool = True

    def cell(self, record: Record) -> str:
        """The table's text."""
        return self.text(record) if self.text is not None else plain(self.value(record))

    def exported(self, record: Record) -> str:
        """The export's and the command line's text."""
        return plain(self.value(record))

    def sort_key(self, record: Record) -> Any:
        return sortable(self.value(record))


def attribute(
    key: str, label: str, context: str, text: Callable[[Any], str] | None = None, **options: Any
) -> Column[Any]:
    """A column showing the record's attribute ``key``."""
    return Column(key, label, context, lambda record: getattr(record, key, None), text, **options)


def headers(columns: Sequence[Column[Any]]) -> list[str]:
    """The API's names: a script reading the file finds the fields it knows."""
    return [column.key for column in columns]


def export_rows(columns: Sequence[Column[Record]], records: Iterable[Record]) -> list[list[str]]:
    return [[column.exported(record) for column in columns] for record in records]


def write_csv_rows(
    out: IO[str], columns: Sequence[Column[Record]], records: Iterable[Record], header: bool
) -> None:
    """Rows printed as CSV (the command line), the header first when asked; cells safe
    from formula injection, as in the windows' exports."""
    from claimdesk.importers.export import safe_cell

    writer = csv.writer(out)
    if header:
        writer.writerow(headers(columns))
    writer.writerows([safe_cell(c) for c in row] for row in export_rows(columns, records))


def write_csv_file(path: Path, rows: Iterable[Sequence[object]]) -> None:
    """Rows already made into cells (a header first if wanted) to a CSV file that a
    spreadsheet opens as UTF-8, cells safe from formula injection."""
    from claimdesk.importers.export import safe_cell

    with path.open("w", newline="", encoding="utf-8-sig") as out:
        csv.writer(out).writerows([safe_cell(str(c)) for c in row] for row in rows)


def write_file(path: Path, columns: Sequence[Column[Record]], records: Iterable[Record]) -> int:
    """The records to a CSV (or XLSX, by suffix) file, cells safe from formula injection;
    how many rows. Raises ImportProblem (a sentence for the user) when it cannot be
    written."""
    from claimdesk.importers.export import write_table

    rows = export_rows(columns, records)
    write_table(path, headers(columns), rows)
    return len(rows)

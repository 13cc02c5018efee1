"""What every importer produces: a header row and text cells, nothing typed yet."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimdesk.domain.translation import translate

MAX_COLUMNS = 1_000  # a claim has tens of fields; more is not a claims file
MAX_CELL = 10_000  # characters in one cell


class ImportError_(Exception):  # noqa: N801 - "ImportError" is Python's own
    """The file cannot be read as a table; ``str()`` says why, for a person."""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    source: str = ""
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)


def tidy(raw_rows: list[list[str]], source: str) -> Table:
    """First non-empty row is the header; trailing empty rows and columns go; rows are padded
    to the header's width; a header-only file is an error."""
    strip = str.strip
    rows = [list(map(strip, row)) for row in raw_rows]  # C loops: 100,000 rows
    while rows and not any(rows[-1]):
        rows.pop()
    while rows and not any(rows[0]):
        rows.pop(0)
    if not rows:
        raise ImportError_(
            translate("Import", "{source} holds no table: it is empty.").format(source=source)
        )
    width = max(len(r) for r in rows)
    while width and not any(len(r) >= width and r[width - 1] for r in rows):
        width -= 1
    if width > MAX_COLUMNS:
        raise ImportError_(
            translate(
                "Import",
                "{source} has {width:,} columns; a claims file has at most {most:,}. Is it the "
                "right file?",
            ).format(source=source, width=width, most=MAX_COLUMNS)
        )
    for number, row in enumerate(rows, start=1):
        if row and max(map(len, row)) > MAX_CELL:
            raise ImportError_(
                translate(
                    "Import", "{source}, row {row}: a cell is longer than {most:,} characters."
                ).format(source=source, row=number, most=MAX_CELL)
            )
    padded = [r if len(r) == width else (r + [""] * width)[:width] for r in rows]
    headers, body = padded[0], padded[1:]
    if not body:
        raise ImportError_(
            translate("Import", "{source} has a header row but no claims under it.").format(
                source=source
            )
        )
    if not any(headers):
        raise ImportError_(
            translate("Import", "{source}: the first row should name the columns.").format(
                source=source
            )
        )
    return Table(headers, body, source)

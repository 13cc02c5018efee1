"""What every importer produces: a header row and text cells, nothing typed yet.

A sheet as offices make it has more than the table: a title (often merged across the top),
a note, blank rows, and a TOTAL under the data. ``tidy`` keeps every row with the number the
spreadsheet shows beside it; ``Table.cut`` takes one row as the header, and leaves out the
rows above it and the blank and total rows under it, saying which (``Table.skipped``). Which
row is the header is decided by the column matching (importers/mapping.find_header)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from claimdesk.domain.translation import translate

MAX_COLUMNS = 1_000  # a claim has tens of fields; more is not a claims file
MAX_CELL = 10_000  # characters in one cell

TITLE, BLANK, TOTAL = "title", "blank", "total"

# Guess: the words a spreadsheet's sum rows start with ("TOTAL", "Subtotal", "Sub-total",
# "Grand total", "Totals", "Sum"); a row is a total when such a word is its only text and
# every other cell is empty or a number (the sums).
_TOTAL_WORD = re.compile(r"^(grand\s*|sub\s*-?\s*)?totals?\b|^sum\b", re.IGNORECASE)
# A sum as a cell shows it: digits with separators, a sign, a currency mark, a percent.
_SUM = re.compile(
    r"^[-+−(]?\s*[£$€¥]?\s*[-+−]?[\d.,'\s\u00a0\u202f]*\d[\d.,'\s\u00a0\u202f]*\)?%?$"
)


class ImportError_(Exception):  # noqa: N801 - "ImportError" is Python's own
    """The file cannot be read as a table; ``str()`` says why, for a person."""


@dataclass(frozen=True)
class Skipped:
    """Sheet rows ``first`` to ``last`` (1-based, as the spreadsheet numbers them) that are
    not claims, and why: TITLE (the rows above the header: a title, notes, blank rows),
    BLANK or TOTAL."""

    first: int
    last: int
    why: str


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    source: str = ""
    notes: list[str] = field(default_factory=list)
    # The sheet row of each of ``rows`` (1-based, counting the title rows), and of the header.
    row_numbers: list[int] = field(default_factory=list)
    header_row: int = 1
    skipped: list[Skipped] = field(default_factory=list)
    # Every row of the sheet (row n at index n - 1), padded to the table's width: the header
    # can be chosen again without reading the file again.
    sheet: list[list[str]] = field(default_factory=list, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def row_number(self, index: int) -> int:
        """The sheet row of ``rows[index]``."""
        if index < len(self.row_numbers):
            return self.row_numbers[index]
        return self.header_row + 1 + index

    def cut(self, header_row: int) -> Table:
        """The table under sheet row ``header_row``; rows above it, and blank and total rows
        under it, skipped. Raises ImportError_ when no claim is left under it."""
        if not self.sheet:
            return self
        if not 1 <= header_row <= len(self.sheet) or not any(self.sheet[header_row - 1]):
            raise ImportError_(
                translate(
                    "Import", "{source}: row {row} is empty; it cannot be the header."
                ).format(source=self.source, row=header_row)
            )
        # Above the header, one block: the title, its notes and the blank rows between.
        reasons: list[tuple[int, str]] = [(n, TITLE) for n in range(1, header_row)]
        rows: list[list[str]] = []
        numbers: list[int] = []
        for number, row in enumerate(self.sheet[header_row:], start=header_row + 1):
            if not any(row):
                reasons.append((number, BLANK))
            elif is_total(row):
                reasons.append((number, TOTAL))
            else:
                rows.append(row)
                numbers.append(number)
        if not rows:
            raise ImportError_(
                translate("Import", "{source} has a header row but no claims under it.").format(
                    source=self.source
                )
            )
        return replace(
            self,
            headers=self.sheet[header_row - 1],
            rows=rows,
            row_numbers=numbers,
            header_row=header_row,
            skipped=_ranges(reasons),
            notes=list(self.notes),
        )


def is_total(row: list[str]) -> bool:
    """A sum row: its only text a total word, every other cell empty or a number."""
    joined = "".join(row).lower()  # one quick look per row: 100,000 claims go through here
    if "total" not in joined and "sum" not in joined:
        return False
    filled = [cell for cell in row if cell]
    words = [cell for cell in filled if not _SUM.match(cell)]
    return len(words) == 1 and bool(_TOTAL_WORD.match(words[0]))


def _ranges(reasons: list[tuple[int, str]]) -> list[Skipped]:
    """Consecutive rows skipped for the same reason as one range."""
    ranges: list[Skipped] = []
    for number, why in reasons:
        last = ranges[-1] if ranges else None
        if last is not None and last.why == why and last.last == number - 1:
            ranges[-1] = Skipped(last.first, number, why)
        else:
            ranges.append(Skipped(number, number, why))
    return ranges


def skipped_text(skipped: list[Skipped]) -> str:
    """ "Rows 1–2 skipped: title; row 14 skipped: total", for the window and the CLI."""
    words = {
        TITLE: translate("Import", "title"),
        BLANK: translate("Import", "blank"),
        TOTAL: translate("Import", "total"),
    }
    parts = []
    for item in skipped:
        why = words.get(item.why, item.why)
        if item.first == item.last:
            parts.append(
                translate("Import", "row {row} skipped: {why}").format(row=item.first, why=why)
            )
        else:
            parts.append(
                translate("Import", "rows {first}–{last} skipped: {why}").format(
                    first=item.first, last=item.last, why=why
                )
            )
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def tidy(raw_rows: list[list[str]], source: str) -> Table:
    """Every row kept with its sheet number; trailing empty rows and columns go; rows are
    padded to the table's width. The first row with text is the header until the column
    matching finds a better one (``Table.cut``); a file with nothing under it is an error."""
    strip = str.strip
    rows = [list(map(strip, row)) for row in raw_rows]  # C loops: 100,000 rows
    while rows and not any(rows[-1]):
        rows.pop()
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
    first = next(n for n, row in enumerate(padded, start=1) if any(row))
    return Table([], [], source, sheet=padded).cut(first)

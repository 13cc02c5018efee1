"""CSV (comma, semicolon or tab, detected), UTF-8 with or without BOM or Windows-1252,
quoted fields with line breaks; and tab-separated text pasted from a spreadsheet."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from claimdesk.importers.table import MAX_COLUMNS, ImportError_, Table, tidy

DELIMITERS = ",;\t"
MAX_BYTES = 200 * 1024 * 1024
# A well-formed UTF-8 sequence of two to four bytes (é is C3 A9): Windows-1252 text almost
# never holds one, so a file with one of these and a byte UTF-8 refuses mixes encodings.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding). NUL bytes mean a binary file, not a table."""
    if b"\x00" in data[:8192]:
        raise ImportError_(
            f"{source} is not a text file (it looks binary). Save it as CSV or XLSX."
        )
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
    if _UTF8_MULTIBYTE.search(data):
        raise ImportError_(
            f"{source} mixes two text encodings: some lines are UTF-8 and line {line:,} is "
            "not. Open it in a spreadsheet and save it again as CSV UTF-8."
        )
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise ImportError_(
            f"{source} is neither UTF-8 nor Windows-1252 text (line {line:,})."
        ) from None


def detect_delimiter(text: str) -> str:
    sample = text[: 64 * 1024]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        # A one-column header says nothing: then the mark used most in the sample.
        return max(
            DELIMITERS, key=first.count if any(d in first for d in DELIMITERS) else sample.count
        )


def parse_text(text: str, source: str, delimiter: str | None = None) -> Table:
    delimiter = delimiter or detect_delimiter(text)
    csv.field_size_limit(10 * 1024 * 1024)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise ImportError_(
                    f"{source}, line {reader.line_num}: {len(row):,} columns; "
                    f"a claims file has at most {MAX_COLUMNS:,}."
                )
            rows.append(row)
    except csv.Error as error:
        raise ImportError_(f"{source}, line {reader.line_num}: {error}.") from None
    table = tidy(rows, source)
    names = {",": "commas", ";": "semicolons", "\t": "tabs"}
    table.notes.append(f"columns separated by {names.get(delimiter, repr(delimiter))}")
    return table


def read_csv(path: Path) -> Table:
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportError_(
                f"{source} is {size / 1e6:.0f} MB; at most "
                f"{MAX_BYTES / 1e6:.0f} MB can be imported at once."
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportError_(f"{source} cannot be read: {error.strerror or error}.") from None
    text, encoding = decode(data, source)
    table = parse_text(text, source)
    table.notes.append("read as UTF-8" if encoding == "utf-8-sig" else "read as Windows-1252")
    return table


def read_pasted(text: str) -> Table:
    """Cells copied from a spreadsheet arrive as tab-separated lines."""
    return parse_text(text, "the pasted cells", "\t" if "\t" in text else None)

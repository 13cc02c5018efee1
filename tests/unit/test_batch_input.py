"""Batch input end to end without a window: file → table → mapping → reading of dates and
numbers → the form's rules; export of rows to correct; the remembered column mapping."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.domain.myrewards import RewardPointIndex, build_claim_schema, check_claim
from claimdesk.importers.delimited import parse_text, read_csv
from claimdesk.importers.export import export_rows, safe_cell
from claimdesk.importers.interpret import COMMA, DMY, MDY, POINT, interpret
from claimdesk.importers.mapping import (
    match_columns,
    records,
    remember_mapping,
    remembered_mapping,
)
from claimdesk.importers.table import ImportError_
from claimdesk.importers.xlsx import read_file, read_xlsx
from tests.unit.myrewards_fixtures import PROMOTION_36, REWARD_POINTS, TODAY, data_fields_36

SCHEMA = build_claim_schema(PROMOTION_36, data_fields_36(), today=TODAY)
INDEX = RewardPointIndex(REWARD_POINTS)


def _dates(values: list[str], locale_name: str = "en_GB", override: str | None = None):
    rows = [{"sale_date": v} for v in values]
    overrides = {"sale_date": override} if override else None
    return interpret(rows, SCHEMA, locale_name, overrides)


# --- malformed files: one clear error each, never a crash -------------------------------


def test_mixed_encodings_name_the_first_line_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "Customer,Value\nJosé,1\n".encode() + "Muñoz,2\n".encode("cp1252") + b"Ann,3\n"
    )
    with pytest.raises(ImportError_, match=r"mixes two text encodings.*line 3"):
        read_csv(path)


def test_binary_junk_named_xlsx_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "claims.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportError_, match="not a readable XLSX workbook"):
        read_file(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "claims.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a spreadsheet")
    with pytest.raises(ImportError_, match="XLSX"):
        read_file(path)


def test_merged_header_and_formula_cells_read_without_crash(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Claims for November", None, None])
    sheet.merge_cells("A1:C1")
    sheet.append(["Sale date", "Quantity", "Username"])
    sheet.append([dt.date(2026, 11, 20), "=1+1", "demo.rep"])
    path = tmp_path / "merged.xlsx"
    book.save(path)
    table = read_xlsx(path)
    # The merged title is the first row, so it becomes the header: mapping then shows
    # the user that nothing matched instead of guessing.
    assert table.headers[0] == "Claims for November"
    assert table.rows[1] == ["2026-11-20", "", "demo.rep"]
    mapping = match_columns(table, SCHEMA)
    assert mapping.columns == {}
    assert "Sale date" in mapping.missing_required


def test_a_line_of_a_million_columns_is_refused_by_number(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_bytes(b"Quantity\n" + b"1" + b";" * 1_000_000 + b"x\n")
    with pytest.raises(ImportError_, match=r"line 2: 1,000,001 columns"):
        read_csv(path)


# --- dates and numbers as typed in the user's locale -------------------------------------


def test_a_day_over_12_settles_the_order_for_the_whole_column() -> None:
    rows, readings = _dates(["03/04/2026", "25/03/2026"], "en_US")
    assert [r["sale_date"] for r in rows] == ["2026-04-03", "2026-03-25"]
    (reading,) = readings
    assert reading.choice == DMY
    assert not reading.ambiguous
    assert "the only order every value fits" in reading.text


@pytest.mark.parametrize(("locale_name", "iso"), [("en_GB", "2026-04-03"), ("en_US", "2026-03-04")])
def test_ambiguous_dates_follow_the_locale_and_say_so(locale_name: str, iso: str) -> None:
    rows, (reading,) = _dates(["03/04/2026"], locale_name)
    assert rows[0]["sale_date"] == iso
    assert reading.ambiguous
    assert f"as in your locale {locale_name}" in reading.text
    assert reading.alternatives  # the user can switch


def test_the_users_choice_overrides_the_locale() -> None:
    rows, (reading,) = _dates(["03/04/2026"], "en_GB", MDY)
    assert rows[0]["sale_date"] == "2026-03-04"
    assert not reading.ambiguous
    assert "as you chose" in reading.text


def test_iso_dates_need_no_reading_and_excel_serials_are_days() -> None:
    rows, readings = _dates(["2026-11-20"])
    assert rows[0]["sale_date"] == "2026-11-20"
    assert readings == []
    rows, (reading,) = _dates(["46346"])
    assert rows[0]["sale_date"] == "2026-11-20"
    assert "day numbers" in reading.text


def test_a_date_that_fits_no_order_is_left_for_the_rules_to_report() -> None:
    rows, (reading,) = _dates(["31/02/2026"])
    assert rows[0]["sale_date"] == "31/02/2026"
    assert "31/02/2026 is no real date" in reading.text
    check = check_claim(SCHEMA, rows[0], INDEX)
    assert "sale_date" in {i.field for i in check.issues}


@pytest.mark.parametrize(
    ("typed", "locale_name", "read", "mark"),
    [
        ("1.234,50", "es_ES", "1234.50", COMMA),
        ("1,234.50", "en_GB", "1234.50", POINT),
        ("1 234,5", "fr_FR", "1234.5", COMMA),
        ("12,5", "de_DE", "12.5", COMMA),
    ],
)
def test_numbers_with_the_locales_marks(typed: str, locale_name: str, read: str, mark: str) -> None:
    rows, (reading,) = interpret([{"value_of_sale": typed}], SCHEMA, locale_name)
    assert rows[0]["value_of_sale"] == read
    assert reading.choice == mark


def test_interpret_leaves_its_input_alone() -> None:
    original = [{"sale_date": "03/04/2026", "value_of_sale": "12,5"}]
    copy = json.loads(json.dumps(original))
    interpret(original, SCHEMA, "es_ES")
    assert original == copy


# --- export of rows to correct ------------------------------------------------------------


def test_csv_export_has_a_bom_a_problem_column_and_no_live_formulas(tmp_path: Path) -> None:
    path = tmp_path / "fix.csv"
    export_rows(
        path,
        ["Customer name", "Quantity"],
        [['=HYPERLINK("x")', "-3"], ["José", "0"]],
        ["Customer name: not an answer", "Quantity: must be a whole number from 1"],
    )
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == ["Customer name", "Quantity", "Problem"]
    assert lines[1][0] == '\'=HYPERLINK("x")'  # shown as text, never run
    assert lines[1][1] == "-3"  # a negative number stays a number
    assert lines[2] == ["José", "0", "Quantity: must be a whole number from 1"]


def test_xlsx_export_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "fix.xlsx"
    export_rows(path, ["Quantity"], [["x"]], ["Quantity: not a number"])
    table = read_xlsx(path)
    assert table.headers == ["Quantity", "Problem"]
    assert table.rows == [["x", "Quantity: not a number"]]


def test_export_to_an_unwritable_place_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(ImportError_, match="cannot be written"):
        export_rows(tmp_path / "missing" / "fix.csv", ["a"], [["1"]], ["why"])
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"


# --- the remembered mapping ----------------------------------------------------------------


def test_mapping_is_remembered_per_platform_and_target() -> None:
    remember_mapping("myrewards", "36", {"Qty": "quantity", "Notes": ""})
    assert remembered_mapping("myrewards", "36") == {"Qty": "quantity", "Notes": ""}
    assert remembered_mapping("myrewards", "4") == {}
    assert remembered_mapping("peak", "36") == {}


def test_a_damaged_mapping_file_is_ignored() -> None:
    from claimdesk.importers.mapping import MAPPINGS_FILE
    from claimdesk.paths import config_dir

    (config_dir()).mkdir(parents=True, exist_ok=True)
    (config_dir() / MAPPINGS_FILE).write_text("{not json", encoding="utf-8")
    assert remembered_mapping("myrewards", "36") == {}
    remember_mapping("myrewards", "36", {"Qty": "quantity"})  # and it is replaced
    assert remembered_mapping("myrewards", "36") == {"Qty": "quantity"}


# --- property: random tables through every step --------------------------------------------

_CELL = st.one_of(
    st.text(max_size=14),
    st.sampled_from(["03/04/2026", "31/12/26", "2026-11-20", "46346", "1.234,5", "1,234.5"]),
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
_HEADERS = [s.label for s in SCHEMA] + ["qty", "", "Notes"]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(_HEADERS), min_size=1, max_size=9),
    st.lists(st.lists(_CELL, max_size=10), max_size=12),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["en_GB", "en_US", "es_ES", "de_DE", "C", ""]),
)
def test_random_tables_pass_every_step_without_an_unhandled_error(
    headers: list[str], body: list[list[str]], delimiter: str, locale_name: str
) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([headers, *body])
    try:
        table = parse_text(out.getvalue(), "random.csv")
    except ImportError_ as error:
        message = str(error)  # a sentence for the user
        assert message.endswith((".", "?"))
        return
    mapping = match_columns(table, SCHEMA)
    rows, readings = interpret(records(table, mapping), SCHEMA, locale_name)
    assert len(rows) == len(table.rows)
    for reading in readings:
        assert reading.text
    for row in rows:
        check = check_claim(SCHEMA, row, INDEX)
        for issue in check.issues:
            assert issue.message

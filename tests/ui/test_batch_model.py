"""The batch grid's model answers "which rows have problems" and "which rows can be sent"
from its problems and outcomes alone (one pass, whatever the number of rows)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.ui.batch_model import BatchModel, Problems

SCHEMA = FormSchema(
    "t",
    "T",
    (
        FieldSpec("a", "A", FieldType.TEXT, required=True),
        FieldSpec("n", "N", FieldType.INTEGER),
    ),
)


def model_of(count: int) -> BatchModel:
    def checker(rows: list[dict[str, str]]) -> list[ClaimCheck]:
        return [
            ClaimCheck(() if r["a"] else (Issue("a", "required", "is required"),), {}) for r in rows
        ]

    model = BatchModel(SCHEMA, checker)
    model.load([[f"x{n}", str(n)] for n in range(count)], Problems())
    return model


def test_rows_with_a_problem_or_already_accepted_are_not_sendable(qtbot: QtBot) -> None:
    model = model_of(8)
    model.problems.cells[(1, 0)] = "is required"
    model.problems.cells[(1, 1)] = "must be a whole number"  # two in one row: one row
    model.problems.rows[5] = "repeats row 2"
    model.set_outcomes(
        {2: ("accepted", "ok"), 3: ("rejected", "no"), 6: ("unknown", "?")}, Problems()
    )
    assert model.problem_rows() == {1, 5}
    assert model.sendable_rows() == [0, 3, 4, 6, 7]
    assert model.sendable_count() == 5
    assert [r for r in range(8) if model.problem_count(r)] == [1, 5]


def test_an_edit_moves_a_row_in_and_out_of_the_sendable_ones(qtbot: QtBot) -> None:
    model = model_of(4)
    model.setData(model.index(2, 1), "")
    assert model.problem_rows() == {2}
    assert model.sendable_rows() == [0, 1, 3]
    assert model.sendable_count() == 3
    model.undo_stack.undo()
    assert model.problem_rows() == set()
    assert model.sendable_rows() == [0, 1, 2, 3]
    assert model.sendable_count() == 4


def test_a_typed_or_pasted_cell_is_read_as_the_form_reads_it(qtbot: QtBot) -> None:
    """One reader for the form, the grid's cells and pastes (issue 19): 20/11/2026 and
    1.250,50 in Spain, 11/20/2026 and 1,250.50 in the US, today, and text left alone."""
    from PySide6.QtCore import QLocale

    schema = FormSchema(
        "t",
        "T",
        (
            FieldSpec("d", "Date", FieldType.DATE),
            FieldSpec("v", "Value", FieldType.NUMBER, position=1),
            FieldSpec("r", "Ref", FieldType.TEXT, position=2),
        ),
    )
    model = BatchModel(schema, lambda rows: [ClaimCheck((), {}) for _ in rows])
    model.load([["", "", ""]], Problems())
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("es_ES"))
        model.setData(model.index(0, 1), "20/11/2026")
        model.setData(model.index(0, 2), "1.250,50")
        model.setData(model.index(0, 3), "1,5 cases")
        assert model.rows[0] == ["2026-11-20", "1250.50", "1,5 cases"]
        QLocale.setDefault(QLocale("en_US"))
        model.paste(0, 1, [["11/21/2026", "1,250.75", "x"], ["today", "nonsense", "y"]])
        assert model.rows[0] == ["2026-11-21", "1250.75", "x"]
        assert model.rows[1][:2] == [dt.date.today().isoformat(), "nonsense"]
        model.undo_stack.undo()  # the paste is one step, back to what was typed before
        assert model.rows[0] == ["2026-11-20", "1250.50", "1,5 cases"]
    finally:
        QLocale.setDefault(previous)


def test_spreadsheet_row_numbers_follow_add_delete_duplicate_paste_and_undo(
    qtbot: QtBot,
) -> None:
    model = model_of(0)
    model.load([["a", "1"], ["b", "2"], ["c", "3"]], Problems(), [4, 5, 9])  # rows 6-8: a total

    def shown() -> list[str]:
        return [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]

    assert shown() == ["4", "5", "9"]
    model.add_rows(1, [[]])
    model.duplicate_rows([0])
    assert shown() == ["4", "new", "new", "5", "9"]
    model.remove_rows([0, 3])
    assert shown() == ["new", "new", "9"]
    model.paste(2, 1, [["x"], ["y"]])  # one row past the end: a new one
    assert shown() == ["new", "new", "9", "new"]
    # Editing a cell keeps the row's number; undo brings every row back to its place.
    model.setData(model.index(2, 1), "z")
    assert shown()[2] == "9"
    while model.undo_stack.canUndo():
        model.undo_stack.undo()
    assert shown() == ["4", "5", "9"]
    assert model.rows == [["a", "1"], ["b", "2"], ["c", "3"]]
    while model.undo_stack.canRedo():
        model.undo_stack.redo()
    assert shown() == ["new", "new", "9", "new"]

"""The batch grid keeps work and follows spreadsheet habits (issue 20, item 4): a draft of
the unsent rows is kept and comes back in the next window for the connection and target;
closing with unsent rows asks; Ctrl+D fills down, Ctrl+; puts today's date, choice cells
drop down, reference cells complete, a fix is offered for the identical problems; rows
carry the spreadsheet's row numbers through add, delete, duplicate and undo. Against the
sandbox over HTTP, in real (offscreen) windows and the user's real SQLite data file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from claimdesk.ui.batch_window import BatchWindow
from claimdesk.ui.main_window import MainWindow
from tests.ui import test_batch_window as base
from tests.ui.test_batch_window import column, edit_cell, load, row, write_csv

batch, main_window = base.batch, base.main_window  # the fixtures

TODAY = dt.date.today()


def select(batch: BatchWindow, cells: list[tuple[int, int]]) -> None:
    """Select cells (grid row, model column) as a user does, the first one current."""
    view, model = batch.view, batch.view.model()
    view.setFocus()
    view.setCurrentIndex(model.index(*cells[0]))
    selection = QItemSelection()
    for r, c in cells:
        selection.select(model.index(r, c), model.index(r, c))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def keys(qtbot: QtBot, batch: BatchWindow, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    batch.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is batch, timeout=5_000)
    qtbot.keyClick(batch.view, key, mods)


def open_batch(qtbot: QtBot, main_window: MainWindow) -> BatchWindow:
    """Another batch window for the same connection and target; waits for its draft."""
    window = main_window.open_batch()
    assert isinstance(window, BatchWindow)
    qtbot.addWidget(window)
    window.locale_name = "en_GB"
    with qtbot.waitSignal(window.draft_restored, timeout=20_000):
        pass
    return window


def answer_close(qtbot: QtBot, batch: BatchWindow, label: str) -> None:
    """Close the window, and answer its question with the button named ``label``."""
    batch.close()
    box = batch.close_question
    assert isinstance(box, QMessageBox)
    assert batch.isVisible()  # nothing closed before the answer
    chosen = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == label]
    assert chosen, [b.text() for b in box.findChildren(QPushButton)]
    chosen[0].click()


def test_fill_down_today_and_the_row_numbers_of_the_spreadsheet(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    rows = [row(n) for n in range(4)]
    rows[0] = row(0, quantity="7")
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", rows))
    model, quantity = batch.model, column(batch, "quantity")
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == ["2", "3", "4", "5"]

    # Ctrl+D: the top cell of the selection into the cells under it, one undo step.
    select(batch, [(0, quantity), (1, quantity), (2, quantity)])
    keys(qtbot, batch, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [model.rows[r][quantity - 1] for r in range(4)] == ["7", "7", "7", "2"]
    # One cell chosen: the cell above comes down.
    select(batch, [(3, quantity)])
    keys(qtbot, batch, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert model.rows[3][quantity - 1] == "7"
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert [model.rows[r][quantity - 1] for r in range(4)] == ["7", "2", "2", "2"]

    # Duplicate moved to Ctrl+Shift+D: the copy is a new row, in no spreadsheet.
    assert batch.commands.duplicate_action.shortcut().toString() == "Ctrl+Shift+D"
    assert "(Ctrl+Shift+D)" in batch.commands.duplicate_action.toolTip()
    select(batch, [(1, 1)])
    keys(
        qtbot,
        batch,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(model.rows) == 5
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(5)] == [
        "2",
        "3",
        "new",
        "4",
        "5",
    ]
    # Its problem says so; deleting a row keeps the others' numbers; undo brings both back.
    model.setData(model.index(2, quantity), "0")
    qtbot.waitUntil(lambda: batch.problem_list.count() == 1)
    assert batch.problem_list.item(0).text().startswith("New row, Quantity:")
    model.setData(model.index(3, quantity), "0")
    qtbot.waitUntil(lambda: batch.problem_list.count() == 2)
    assert batch.problem_list.item(1).text().startswith("Row 4, Quantity:")
    model.remove_rows([0])
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == [
        "3",
        "new",
        "4",
        "5",
    ]
    model.undo_stack.undo()
    model.undo_stack.undo()
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == ["2", "3", "4", "5"]

    # Ctrl+; puts today's date in the chosen date cells, not in the others.
    sale, invoice = column(batch, "sale_date"), column(batch, "invoice_date")
    model.setData(model.index(0, sale), "01/01/2026")
    model.setData(model.index(1, invoice), "01/01/2026")
    select(batch, [(0, sale), (1, invoice), (1, quantity)])
    keys(qtbot, batch, Qt.Key.Key_Semicolon, Qt.KeyboardModifier.ControlModifier)
    assert model.rows[0][sale - 1] == TODAY.isoformat()
    assert model.rows[1][invoice - 1] == TODAY.isoformat()
    assert model.rows[1][quantity - 1] == "2"
    # And while a date is being typed.
    select(batch, [(2, sale)])
    qtbot.keyClick(batch.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("1/1")
    qtbot.keyClick(editor, Qt.Key.Key_Semicolon, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == TODAY.isoformat()


def test_choice_cells_drop_down_and_reference_cells_complete(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", [row(n) for n in range(2)]))
    model, customer = batch.model, column(batch, "customer_name")
    select(batch, [(0, customer)])
    qtbot.keyClick(batch.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Bob", "Harry", "Suzy"]
    combo.setCurrentIndex(combo.findText("Harry"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows[0][customer - 1] == "Harry")

    ref = column(batch, "product_or_activity_ref")
    select(batch, [(1, ref)])
    qtbot.keyClick(batch.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    completer = line.completer()
    assert completer is batch.editors.completer(ref)  # the form's ReferenceCompleter
    line.clear()
    qtbot.keyClicks(line, "28 kW")  # any part of the reference or its name
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [completer.completionModel().index(i, 0).data() for i in range(2)]
    assert shown == ["BOIL-101 — Combi boiler 28 kW", None]
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # highlighted: the bare reference lands
    assert line.text() == "BOIL-101"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows[1][ref - 1] == "BOIL-101")


def test_one_fix_is_offered_for_the_identical_problems_as_one_undo_step(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    rows = [row(n, ref="BOIL-99" if n % 2 == 0 else "BOIL-100") for n in range(8)]
    rows[6] = row(6, ref="NO-SUCH")
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", rows))
    model, ref = batch.model, column(batch, "product_or_activity_ref")
    assert model.problem_rows() == {0, 2, 4, 6}
    button = batch.panel.fix_button
    assert not button.isVisibleTo(batch)
    edit_cell(qtbot, batch, 0, ref, "BOIL-100")
    qtbot.waitUntil(lambda: button.isVisibleTo(batch))
    assert button.text() == "Apply this fi&x to the 2 identical problems"  # not NO-SUCH
    # Keyboard: Tab reaches the button (and Alt+X is its mnemonic); Space presses it.
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert [model.rows[r][ref - 1] for r in (0, 2, 4, 6)] == ["BOIL-100"] * 3 + ["NO-SUCH"]
    assert model.problem_rows() == {6}
    qtbot.waitUntil(lambda: not button.isVisibleTo(batch))
    model.undo_stack.undo()  # one step: the two cells, not the first fix
    assert [model.rows[r][ref - 1] for r in (0, 2, 4)] == ["BOIL-100", "BOIL-99", "BOIL-99"]


def test_unsent_rows_are_kept_as_a_draft_and_closing_asks_first(
    qtbot: QtBot, batch: BatchWindow, main_window: MainWindow, tmp_path: Path
) -> None:
    rows = [row(n) for n in range(5)]
    rows[3] = row(3, quantity="0")
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", rows))
    batch.model.add_rows(5, [[]])
    with qtbot.waitSignal(batch.draft_saved, timeout=20_000) as saved:
        edit_cell(qtbot, batch, 0, column(batch, "quantity"), "5")
    assert saved.args == [6]

    # As after a crash: the first window never closed; the next one has the rows back.
    second = open_batch(qtbot, main_window)
    assert second.model.rows == batch.model.rows
    assert second.model.numbers == [2, 3, 4, 5, 6, None]
    assert second.model.problem_rows() == batch.model.problem_rows()
    assert "6 unsent rows restored from the draft" in second.status.text()

    # Cancel keeps the window; Save as draft and close keeps the rows.
    answer_close(qtbot, second, "Cancel")
    assert second.isVisible()
    second.model.remove_rows([5])
    answer_close(qtbot, second, "Save as draft and close")
    qtbot.waitUntil(lambda: not second.isVisible(), timeout=20_000)
    third = open_batch(qtbot, main_window)
    assert len(third.model.rows) == 5

    # Discard forgets them: the next window starts empty.
    answer_close(qtbot, third, "Discard rows")
    qtbot.waitUntil(lambda: not third.isVisible(), timeout=20_000)
    batch.draft_timer.stop()  # the first window, still open, would keep its rows again
    fourth = open_batch(qtbot, main_window)
    assert fourth.model.rows == []
    fourth.close()  # nothing unsent: closes at once
    assert not fourth.isVisible()

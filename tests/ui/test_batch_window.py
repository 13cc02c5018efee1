"""The batch window, in a real (offscreen) Qt window, against the sandbox over HTTP:
import a file with known bad cells, see each flagged where it is, fix, send, and find
every row on the server."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import requests
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.importers.mapping import remembered_mapping
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.myrewards import MyRewardsService
from claimdesk.ui.batch_model import STATUS
from claimdesk.ui.batch_window import BatchWindow
from claimdesk.ui.main_window import MainWindow
from tests.helpers.window import stored

DEMO = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)
TODAY = dt.date.today()
HEADER = [
    "Sale date",
    "Invoice date",
    "Product or Activity Ref",
    "Quantity",
    "Value of sale",
    "Username",
]


def row(n: int, **changes: str) -> list[str]:
    values = {
        "sale_date": TODAY.isoformat(),
        "invoice_date": TODAY.isoformat(),
        "ref": "BOIL-100",
        "quantity": "2",
        "value": str(100 + n),
        "user": "demo.rep",
    }
    values.update(changes)
    return list(values.values())


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def main_window(qtbot: QtBot, sandbox: str) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.use_service(MyRewardsService(MyRewardsConnector(sandbox, DEMO)), "test sandbox")
    qtbot.waitUntil(lambda: bool(window.outbox_sender.services), timeout=10_000)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.select_promotion(36)
    return window


@pytest.fixture
def batch(qtbot: QtBot, main_window: MainWindow) -> BatchWindow:
    window = main_window.open_batch()
    assert isinstance(window, BatchWindow)
    qtbot.addWidget(window)
    window.locale_name = "en_GB"
    return window


def load(qtbot: QtBot, batch: BatchWindow, path: Path) -> None:
    with qtbot.waitSignal(batch.imported, timeout=20_000):
        batch.import_file(path)


def export(qtbot: QtBot, batch: BatchWindow, path: Path) -> object:
    """The rows to correct, written on a worker: how many."""
    with qtbot.waitSignal(batch.exported, timeout=20_000) as blocker:
        batch.export_problems(path)
    return blocker.args[0]


def column(batch: BatchWindow, name: str) -> int:
    return batch.model.names.index(name) + 1


def send(qtbot: QtBot, batch: BatchWindow) -> object:
    with qtbot.waitSignal(batch.sent, timeout=60_000) as blocker:
        qtbot.mouseClick(batch.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def edit_cell(qtbot: QtBot, batch: BatchWindow, row: int, col: int, text: str) -> None:
    """As a user does: select the cell, F2, type over, Enter."""
    index = batch.view.model().index(row, col)
    batch.view.setFocus()
    batch.view.setCurrentIndex(index)
    qtbot.keyClick(batch.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2_000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=2_000)
    QApplication.processEvents()  # the closed editor is deleted before the next edit


def test_bad_cells_flagged_fixed_in_place_and_every_row_stored(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path, sandbox: str
) -> None:
    rows = [row(n) for n in range(20)]
    rows[2] = row(2, quantity="0")
    rows[6] = row(6, sale_date="31/02/2026")
    rows[11] = row(11, ref="NO-SUCH-SKU")
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", rows))
    model = batch.model
    assert len(model.rows) == 20
    flagged = {(r, c) for (r, c) in model.problems.cells}
    quantity, sale_date, ref = (
        model.names.index(n) for n in ("quantity", "sale_date", "product_or_activity_ref")
    )
    assert flagged == {(2, quantity), (6, sale_date), (11, ref)}
    tip = model.data(model.index(2, quantity + 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Quantity: must be a whole number from 1 to 1,000,000"
    shown = model.data(model.index(2, quantity + 1))
    assert shown.startswith("⚠")  # marked in text, not by colour alone
    panel = [batch.problem_list.item(i).text() for i in range(batch.problem_list.count())]
    # The spreadsheet's row numbers (its header is row 1), in the list and beside the grid.
    assert batch.model.headerData(2, Qt.Orientation.Vertical) == "4"
    assert panel[0] == "Row 4, Quantity: must be a whole number from 1 to 1,000,000"
    assert any(p.startswith("Row 8, Sale date:") for p in panel)
    assert any(p.startswith("Row 13, Product or Activity Ref:") for p in panel)
    assert batch.send_button.text() == "&Send 17 valid rows"

    # Clicking a problem takes the user to its cell.
    batch.problem_list.itemClicked.emit(batch.problem_list.item(1))
    assert (batch.view.currentIndex().row(), batch.view.currentIndex().column()) == (
        6,
        sale_date + 1,
    )

    edit_cell(qtbot, batch, 2, quantity + 1, "3")
    edit_cell(qtbot, batch, 6, sale_date + 1, TODAY.isoformat())
    edit_cell(qtbot, batch, 11, ref + 1, "BOIL-100")
    assert model.problems.cells == {}
    qtbot.waitUntil(lambda: batch.problems_title.text() == "No problems", timeout=2_000)

    report = send(qtbot, batch)
    assert report.counts["accepted"] == 20  # type: ignore[attr-defined]
    values = sorted(r["record"]["value_of_sale"] for r in stored(sandbox))
    assert values == [100 + n for n in range(20)]
    # Each row shows its outcome, the platform's claim number and the points.
    first = stored(sandbox)[0]["claims"][0]["claim"]
    assert first["id"] is not None
    status = [model.data(model.index(r, STATUS)) for r in range(20)]
    assert f"✓ accepted · #{first['id']} · {first['points']} points" in status
    assert batch.send_button.text() == "&Send 0 valid rows"  # nothing is sent twice
    assert not batch.send_button.isEnabled()


def test_undo_redo_copy_paste_add_duplicate_delete(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", [row(n) for n in range(3)]))
    model = batch.model
    quantity = column(batch, "quantity")
    edit_cell(qtbot, batch, 1, quantity, "0")
    assert (1, quantity - 1) in model.problems.cells
    batch.commands.undo_action.trigger()
    assert model.rows[1][quantity - 1] == "2"
    assert (1, quantity - 1) not in model.problems.cells
    batch.commands.redo_action.trigger()
    assert model.rows[1][quantity - 1] == "0"
    assert (1, quantity - 1) in model.problems.cells

    # Copy rows 1-2 as text, paste them under the last row: two rows added, one undo step.
    selection = batch.view.selectionModel()
    batch.view.selectRow(0)
    selection.select(
        model.index(1, 0),
        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
    )
    batch.copy_cells()
    copied = QApplication.clipboard().text().splitlines()
    assert len(copied) == 2
    assert copied[1].split("\t")[quantity] == "0"
    model.paste(3, 1, [line.split("\t")[1:] for line in copied])
    assert len(model.rows) == 5
    assert model.rows[4] == model.rows[1]
    assert (4, quantity - 1) in model.problems.cells  # pasted cells are checked too
    batch.commands.undo_action.trigger()
    assert len(model.rows) == 3

    batch.view.selectRow(2)
    batch.commands.duplicate_action.trigger()
    assert len(model.rows) == 4
    assert model.rows[3] == model.rows[2]
    batch.commands.add_action.trigger()  # inserted under the selected row
    assert len(model.rows) == 5
    assert model.rows[3] == [""] * len(model.names)
    assert model.problem_count(3) >= 3  # an empty row breaks the required fields
    batch.view.selectRow(1)
    batch.commands.delete_action.trigger()
    assert len(model.rows) == 4
    assert all(
        (1, c) not in model.problems.cells for c in range(len(model.names))
    )  # row 2 had the bad quantity
    batch.commands.undo_action.trigger()
    assert len(model.rows) == 5
    assert model.rows[1][quantity - 1] == "0"
    assert (1, quantity - 1) in model.problems.cells


def test_filter_shows_only_rows_with_problems(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    rows = [row(n, quantity="0" if n % 4 == 0 else "2") for n in range(12)]
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", rows))
    batch.only_problems.setChecked(True)
    assert batch.view.model().rowCount() == 3
    shown = [batch.view.model().index(r, 1).data() for r in range(3)]
    assert shown == [batch.model.data(batch.model.index(n, 1)) for n in (0, 4, 8)]
    batch.only_problems.setChecked(False)
    assert batch.view.model().rowCount() == 12
    # Fixed while every row is shown: the next look at the problems leaves it out.
    batch.model.setData(batch.model.index(4, column(batch, "quantity")), "3")
    assert batch.model.problem_rows() == {0, 8}
    batch.only_problems.setChecked(True)
    assert batch.view.model().rowCount() == 2
    # And while only problems are shown, a fix there is followed as before.
    batch.view.model().setData(batch.view.model().index(0, column(batch, "quantity")), "3")
    assert batch.view.model().rowCount() == 1


def test_the_panel_lists_the_first_problems_and_leads_to_the_rest(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("claimdesk.ui.problem_panel.PANEL_LIMIT", 2)
    rows = [row(n, quantity="0" if n % 4 == 0 else "2") for n in range(12)]
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", rows))
    panel = [batch.problem_list.item(i).text() for i in range(batch.problem_list.count())]
    assert panel[:2] == [
        "Row 2, Quantity: must be a whole number from 1 to 1,000,000",
        "Row 6, Quantity: must be a whole number from 1 to 1,000,000",
    ]
    assert panel[2] == "…and 1 more: show only rows with problems to see them"
    assert batch.problems_title.text() == "Problems: 3"
    assert batch.send_button.text() == "&Send 9 valid rows"
    batch.problem_list.itemClicked.emit(batch.problem_list.item(1))
    assert batch.view.currentIndex().row() == 4
    batch.problem_list.itemClicked.emit(batch.problem_list.item(2))
    assert batch.only_problems.isChecked()
    assert batch.view.model().rowCount() == 3


def test_unmatched_columns_are_mapped_once_and_remembered(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    header = ["Sold on", "Invoice date", "SKU", "Qty", "Value of sale", "Username", "Notes"]
    path = write_csv(tmp_path / "odd.csv", [[*row(n), "x"] for n in range(4)], header)
    batch.import_file(path)
    qtbot.waitUntil(lambda: batch.mapping_dialog is not None, timeout=10_000)
    dialog = batch.mapping_dialog
    assert dialog is not None
    assert "Sale date" in dialog.missing.text()
    dialog.choose(0, "sale_date")
    dialog.choose(2, "product_or_activity_ref")
    dialog.choose(3, "quantity")
    assert not dialog.missing.isVisible() or "Sale date" not in dialog.missing.text()
    with qtbot.waitSignal(batch.imported, timeout=10_000):
        dialog.accept()
    assert batch.model.problems.cells == {}
    assert remembered_mapping("myrewards", "36")["Qty"] == "quantity"
    # The same headers again: no question asked.
    batch.mapping_dialog = None
    with qtbot.waitSignal(batch.imported, timeout=10_000):
        batch.import_file(path)
    assert batch.mapping_dialog is None
    assert len(batch.model.rows) == 8  # added after the first import


def test_dates_in_the_locale_order_are_read_and_explained(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    batch.locale_name = "en_US"  # month first, but 23/11 can only be day first
    day_first = TODAY.strftime("%d/%m/%Y")
    path = write_csv(tmp_path / "d.csv", [row(n, sale_date=day_first) for n in range(3)])
    load(qtbot, batch, path)
    sale_date = batch.model.names.index("sale_date")
    if TODAY.day > 12:
        assert batch.model.rows[0][sale_date] == TODAY.isoformat()
        assert "day first" in batch.readings.text()
    assert batch.readings.isVisible()


def test_decimal_commas_are_evident_and_an_ambiguous_column_has_a_switch(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    """676,06 can only be a decimal comma, even under an English locale; a column of only
    1,250-like values follows the locale, says so and offers the switch (issue 19)."""
    value = batch.model.names.index("value_of_sale")
    path = write_csv(tmp_path / "c.csv", [row(0, value="676,06"), row(1, value="1.250,5")])
    load(qtbot, batch, path)
    assert [r[value] for r in batch.model.rows] == ["676.06", "1250.5"]
    assert not batch.decimal_mark.isVisible()  # nothing to doubt
    path = write_csv(tmp_path / "a.csv", [row(0, value="1,250"), row(1, value="2,500")])
    load(qtbot, batch, path)
    assert [r[value] for r in batch.model.rows[-2:]] == ["1250", "2500"]  # added below
    assert batch.decimal_mark.isVisible()
    assert "decimal point" in batch.readings.text()
    batch.decimal_mark.setCurrentIndex(batch.decimal_mark.findData("comma"))
    with qtbot.waitSignal(batch.imported, timeout=20_000):
        batch.decimal_mark.activated.emit(batch.decimal_mark.currentIndex())
    assert [r[value] for r in batch.model.rows[-2:]] == ["1.250", "2.500"]
    assert "as you chose" in batch.readings.text()


def test_export_results_after_a_send(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path, sandbox: str
) -> None:
    assert not batch.commands.results_action.isEnabled()  # nothing sent yet
    rows = [row(n) for n in range(4)]
    rows[2] = row(2, quantity="0")
    load(qtbot, batch, write_csv(tmp_path / "march.csv", rows))
    send(qtbot, batch)
    assert batch.commands.results_action.isEnabled()
    with qtbot.waitSignal(batch.exported, timeout=20_000) as written:
        batch.export_results(tmp_path / "out")
    accepted, problems = written.args[0]
    assert accepted.name.startswith("march-accepted-")
    with accepted.open(encoding="utf-8-sig", newline="") as handle:
        good = list(csv.DictReader(handle))
    with problems.open(encoding="utf-8-sig", newline="") as handle:
        bad = list(csv.DictReader(handle))
    numbers = {str(r["claims"][0]["claim"]["id"]) for r in stored(sandbox)}
    assert {r["Claim number"] for r in good} == numbers
    assert len(good) == 3
    assert [r["Quantity"] for r in bad] == ["0"]
    assert "Quantity" in bad[0]["Problem"]
    assert "march-accepted-" in batch.status.text()


def test_export_problems_with_reasons(qtbot: QtBot, batch: BatchWindow, tmp_path: Path) -> None:
    rows = [row(n) for n in range(5)]
    rows[1] = row(1, quantity="0")
    rows[3] = row(3, user='=HYPERLINK("http://x")', quantity="abc")
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", rows))
    assert export(qtbot, batch, tmp_path / "fix.csv") == 2
    with (tmp_path / "fix.csv").open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][-1] == "Problem"
    assert lines[1][-1] == "Quantity: must be a whole number from 1 to 1,000,000"
    assert lines[2][lines[0].index("Username")].startswith("'=")  # never run as a formula
    assert export(qtbot, batch, tmp_path / "fix.xlsx") == 2
    sheet = load_workbook(tmp_path / "fix.xlsx").active
    assert sheet is not None
    assert sheet.cell(2, len(lines[0])).value == lines[1][-1]


def test_import_error_is_one_clear_sentence(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    batch.import_file(junk)
    qtbot.waitUntil(lambda: "Reading" not in batch.status.text(), timeout=10_000)
    assert "not a readable XLSX workbook" in batch.status.text()
    assert batch.model.rows == []


def test_cancel_stops_cleanly_and_withdraws_the_unsent(
    qtbot: QtBot, batch: BatchWindow, main_window: MainWindow, tmp_path: Path, sandbox: str
) -> None:
    # MyRewards takes 100 claims a request: 250 rows are three requests, each slowed.
    load(qtbot, batch, write_csv(tmp_path / "claims.csv", [row(n) for n in range(250)]))
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "myrewards", "method": "POST", "latency_ms": 400, "times": 0},
        timeout=5,
    ).raise_for_status()
    with qtbot.waitSignal(batch.sent, timeout=60_000) as blocker:
        qtbot.mouseClick(batch.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: batch.progress.value() >= 100, timeout=20_000)
        qtbot.mouseClick(batch.cancel_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    requests.delete(f"{sandbox}/_sandbox/faults", timeout=5)
    counts = report.counts
    assert report.cancelled
    assert counts["accepted"] in (100, 200)  # whole requests: none is cut in half
    assert counts["cancelled"] == 250 - counts["accepted"]
    assert len(stored(sandbox)) == counts["accepted"]  # nothing sent after the cancel
    outbox = main_window.outbox_sender.service_for(main_window.current_connection)
    assert outbox is not None
    assert outbox.outbox.due(1000) == []  # nothing left to go out later either
    assert not batch.model.locked
    # The cancelled rows stay in the grid and can be sent later.
    assert batch.send_button.text() == f"&Send {counts['cancelled']} valid rows"
    report = send(qtbot, batch)
    assert report.counts["accepted"] == counts["cancelled"]  # type: ignore[attr-defined]
    assert len(stored(sandbox)) == 250
    assert outbox.outbox.due(1000) == []


def test_ten_thousand_rows_with_three_percent_bad(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path, sandbox: str
) -> None:
    """The issue's acceptance file in the window: import, see the bad rows, send the rest,
    export the bad ones for correction."""
    bad = set(range(11, 10_000, 33))  # 303 rows, about 3 %
    rows = [row(n, ref="NOPE-1") if n in bad else row(n) for n in range(10_000)]
    with qtbot.waitSignal(batch.imported, timeout=60_000):
        batch.import_file(write_csv(tmp_path / "big.csv", rows))
    ref = batch.model.names.index("product_or_activity_ref")
    assert set(batch.model.problems.cells) == {(n, ref) for n in bad}
    batch.only_problems.setChecked(True)
    assert batch.view.model().rowCount() == len(bad)
    batch.only_problems.setChecked(False)
    with qtbot.waitSignal(batch.sent, timeout=300_000) as blocker:
        qtbot.mouseClick(batch.send_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert report.counts["accepted"] == 10_000 - len(bad)
    assert report.counts["rejected"] == 0
    assert len(stored(sandbox)) == 10_000 - len(bad)
    assert export(qtbot, batch, tmp_path / "fix.csv") == len(bad)


def test_rows_already_sent_are_asked_about_once_and_no_sends_only_the_new(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path, sandbox: str
) -> None:
    load(qtbot, batch, write_csv(tmp_path / "first.csv", [row(n) for n in range(3)]))
    assert send(qtbot, batch).counts["accepted"] == 3  # type: ignore[attr-defined]
    again = [row(0), row(10), row(1), row(2), row(11), row(10)]  # 3 sent before, 1 repeated
    load(qtbot, batch, write_csv(tmp_path / "again.csv", again))
    asked: list[str] = []

    def answer_no() -> None:  # the real question, answered No as a user would
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()

    watcher = QTimer(batch)
    watcher.timeout.connect(answer_no)
    watcher.start(20)
    report = send(qtbot, batch)
    watcher.stop()
    assert len(asked) == 1  # one question for the batch
    assert asked[0].startswith(
        "4 rows were already sent or queued, or repeat an earlier row:\n"
        "• row 2: claim #1, accepted, entered "  # the row of again.csv, its header row 1
    )
    assert "• row 7: the same as row 3\n" in asked[0]
    assert report.counts == {"accepted": 2, "duplicate": 4}  # type: ignore[attr-defined]
    values = sorted(r["record"]["value_of_sale"] for r in stored(sandbox))
    assert values == [100, 101, 102, 110, 111]
    assert len(batch.model.rows) == 9  # the second file is added below the first
    assert batch.model.data(batch.model.index(3, STATUS)).endswith("duplicate")
    tip = batch.model.data(batch.model.index(3, STATUS), Qt.ItemDataRole.ToolTipRole)
    assert tip == "not sent: the same claim is already in the outbox as #1 (accepted)"
    # Answered Yes, the rows already sent go again.
    batch.confirm_duplicates = lambda found, _rows: True  # type: ignore[method-assign]
    report = send(qtbot, batch)
    assert report.counts == {"accepted": 4}  # type: ignore[attr-defined]
    values = sorted(r["record"]["value_of_sale"] for r in stored(sandbox))
    assert values == [100, 100, 101, 101, 102, 102, 110, 110, 111]

"""One Peak row entered through the real window and stored in the sandbox."""

from __future__ import annotations

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from claimdesk.service.peak import training_connection
from claimdesk.service.platform import Outcome, SubmitResult
from claimdesk.ui.main_window import MainWindow


def test_a_row_through_the_form(qtbot: QtBot, sandbox: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    connection = training_connection(sandbox)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.set_connections([connection])
    qtbot.waitUntil(lambda: bool(window.outbox_sender.services), timeout=10_000)
    assert window.target_label.text() == "&Object:"
    form = window.form
    assert form is not None
    assert len(form.rows) == 16
    for name, text in (("product_id", "PROD-003"), ("location_id", "LOC-FR-001")):
        combo = form.rows[name].editor.focus_widget()
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(text))
    for name, text in (
        ("product_variant", "size:M"),
        ("sold_at", "2026-11-20T09:15:00Z"),
        ("sales_units", "3"),
        ("sales_value", "59.70"),
        ("return_units", "0"),
        ("return_value", "0"),
    ):
        widget = form.rows[name].editor.focus_widget()
        assert isinstance(widget, QLineEdit)
        widget.setFocus()
        qtbot.keyClicks(widget, text)

    def send() -> SubmitResult:
        with qtbot.waitSignal(window.submitted, timeout=15_000) as blocker:
            qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
        result: SubmitResult = blocker.args[0]
        return result

    assert send().outcome is Outcome.ACCEPTED
    rows = requests.get(f"{sandbox}/_sandbox/peak/rows", timeout=5).json()["rows"]
    assert len(rows) == 1
    assert rows[0]["sales_units"] == 3
    assert rows[0]["returned_at"] is None

"""Entering and submitting a claim with the keyboard alone: Tab through the fields in the
form's order, type, Ctrl+Enter; a failed submit puts the cursor in the first wrong field;
Ctrl+N starts a new claim, Ctrl+S keeps a draft, F5 reloads."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.service.platform import Outcome
from claimdesk.ui.main_window import MainWindow
from tests.helpers.window import stored
from tests.ui.test_claim_window import open_window

TODAY = dt.date.today().isoformat()
CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = {
    "sale_date": TODAY,
    "invoice_date": TODAY,
    "product_or_activity_ref": "BOIL-100",
    "quantity": "3",
    "value_of_sale": "1250.50",
    "username": "demo.rep",
    "returns_identifier": "",  # offered on every data upload form, optional on 36
}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def keyboard_window(qtbot: QtBot, sandbox: str) -> MainWindow:
    window = open_window(qtbot, sandbox)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.select_promotion(36)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def test_enter_and_submit_a_claim_with_the_keyboard_only(qtbot: QtBot, sandbox: str) -> None:
    window = keyboard_window(qtbot, sandbox)
    form = window.form
    assert form is not None
    # The form opens with the cursor in its first field; Tab visits every field in order.
    for name, row in form.rows.items():
        widget = row.editor.focus_widget()
        assert focused() is widget, f"Tab should reach {name}, not {focused().objectName()}"
        if isinstance(widget, QComboBox):
            press(qtbot, Qt.Key.Key_Down)  # the first customer, as a user picks one
            press(qtbot, Qt.Key.Key_Down)
        else:
            assert isinstance(widget, QLineEdit)
            qtbot.keyClicks(widget, TYPED[name])
        press(qtbot, Qt.Key.Key_Tab)
    # After the last field: the footer's buttons, the submit button last.
    assert focused() is window.batch_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.clear_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.submit_button

    # Ctrl+S keeps a draft now, and says so.
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert "Draft saved" in window.statusBar().currentMessage()

    with qtbot.waitSignal(window.submitted, timeout=15_000) as sent:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert sent.args[0].outcome is Outcome.ACCEPTED, sent.args[0].message
    [claim] = stored(sandbox)
    assert claim["record"]["customer_name"] == "Harry"
    assert claim["record"]["quantity"] == 3
    # Ready for the next claim, with the cursor past what was kept (dates, customer, user).
    assert focused() is form.rows["product_or_activity_ref"].editor.focus_widget()


def test_failed_submit_puts_the_cursor_in_the_first_wrong_field(qtbot: QtBot, sandbox: str) -> None:
    window = keyboard_window(qtbot, sandbox)
    form = window.form
    assert form is not None
    qtbot.keyClicks(focused(), TODAY)  # sale date fine; everything after it left empty
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # past the optional customer
    with qtbot.assertNotEmitted(window.submitted, wait=200):
        press(qtbot, Qt.Key.Key_Enter, CTRL)  # the keypad's Enter works as well
    assert focused() is form.rows["invoice_date"].editor.focus_widget()
    assert "Not sent" in window.banner.text()
    # Ctrl+N: a new, empty claim, the cursor in the first field.
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert all(not value for name, value in form.values().items() if name != "customer_name")
    assert focused() is form.rows["sale_date"].editor.focus_widget()
    assert not window.banner.isVisible()


def test_f5_reloads_the_form_and_ctrl_comma_opens_the_settings(qtbot: QtBot, sandbox: str) -> None:
    window = keyboard_window(qtbot, sandbox)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        press(qtbot, Qt.Key.Key_F5)
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: hasattr(window, "settings_dialog"))
    assert window.settings_dialog.isVisible()
    window.settings_dialog.reject()

"""Fewer keys per claim (issue 19): Enter goes on to the next empty required field and
submits from the last; after a send the cursor waits past what was kept; Ctrl+R brings the
last claim back to change what differs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.service.platform import Outcome
from tests.helpers.window import stored
from tests.ui.test_keyboard import CTRL, TYPED, focused, keyboard_window, press


def _fill(window, values: dict[str, str]) -> None:
    assert window.form is not None
    window.form.set_values(values)


def test_enter_in_a_field_goes_to_the_next_empty_required_one(qtbot: QtBot, sandbox: str) -> None:
    window = keyboard_window(qtbot, sandbox)
    form = window.form
    assert form is not None
    _fill(window, {k: v for k, v in TYPED.items() if k != "quantity"})
    form.rows["product_or_activity_ref"].editor.focus_widget().setFocus()
    qtbot.waitUntil(lambda: focused() is form.rows["product_or_activity_ref"].editor.focus_widget())
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.rows["quantity"].editor.focus_widget()
    assert stored(sandbox) == []  # nothing sent while a required field is empty


def test_enter_when_nothing_required_is_left_submits(qtbot: QtBot, sandbox: str) -> None:
    window = keyboard_window(qtbot, sandbox)
    form = window.form
    assert form is not None
    _fill(window, TYPED)
    form.rows["quantity"].editor.focus_widget().setFocus()
    qtbot.waitUntil(lambda: focused() is form.rows["quantity"].editor.focus_widget())
    with qtbot.waitSignal(window.submitted, timeout=15_000) as sent:
        press(qtbot, Qt.Key.Key_Return)
    assert sent.args[0].outcome is Outcome.ACCEPTED, sent.args[0].message
    assert len(stored(sandbox)) == 1
    # Kept for the next claim: the dates and the user; the cursor on the product.
    values = form.values()
    assert values["sale_date"] == TYPED["sale_date"]
    assert values["invoice_date"] == TYPED["invoice_date"]
    assert values["username"] == TYPED["username"]
    assert values["product_or_activity_ref"] == ""
    assert focused() is form.rows["product_or_activity_ref"].editor.focus_widget()


def test_ctrl_r_repeats_the_last_claim(qtbot: QtBot, sandbox: str) -> None:
    window = keyboard_window(qtbot, sandbox)
    form = window.form
    assert form is not None
    press(qtbot, Qt.Key.Key_R, CTRL)  # nothing sent yet: nothing to repeat, nothing breaks
    assert form.values()["product_or_activity_ref"] == ""
    _fill(window, TYPED)
    with qtbot.waitSignal(window.submitted, timeout=15_000):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert form.values()["quantity"] == ""
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert form.values() == {**form.values(), **TYPED}
    assert focused() is next(iter(form.rows.values())).editor.focus_widget()

"""The users' journeys as yardsticks, driven in the real window with the keyboard, each
key counted: what a journey costs is a figure the test states (and fails past)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.service.platform import Outcome
from tests.helpers.window import stored
from tests.ui.test_keyboard import keyboard_window

TODAY = dt.date.today().isoformat()
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Presses keys where the focus is, counting every key a person would press."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.keys = 0

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)
        self.keys += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)
        self.keys += len(text)


def test_ten_claims_in_a_row_by_keyboard(qtbot: QtBot, sandbox: str, tmp_path: Path) -> None:
    """A rep enters ten sales of one day: the sale date and user stay from one claim to
    the next, so after the first claim only what changes is typed."""
    window = keyboard_window(qtbot, sandbox)
    form = window.form
    assert form is not None
    keyboard = Keyboard(qtbot)
    per_claim = []
    for number in range(10):
        before = keyboard.keys
        answers = {
            "sale_date": TODAY,
            "invoice_date": TODAY,
            "product_or_activity_ref": f"BOIL-10{number % 3}",
            "quantity": str(1 + number % 4),
            "value_of_sale": f"{100 + number * 10}",
            "username": "demo.rep",
        }
        for name, row in form.rows.items():
            widget = row.editor.focus_widget()
            assert keyboard.focused() is widget, name
            if isinstance(widget, QComboBox):
                pass  # the optional customer: left as it is
            else:
                assert isinstance(widget, QLineEdit)
                if widget.text() != answers[name]:  # kept from the last claim: no keys
                    keyboard.type(answers[name])
            keyboard.press(Qt.Key.Key_Tab)
        with qtbot.waitSignal(window.submitted, timeout=15_000) as sent:
            keyboard.press(Qt.Key.Key_Return, CTRL)
        assert sent.args[0].outcome is Outcome.ACCEPTED, sent.args[0].message
        per_claim.append(keyboard.keys - before)
    assert len(stored(sandbox)) == 10
    window.grab().save(str(tmp_path / "after-ten-claims.png"))
    # Claim 1 types every field; the next nine skip the sale date and the user.
    kept = len(TODAY) + len("demo.rep")
    assert per_claim[1:] == [per_claim[0] - kept] * 9
    assert per_claim[0] <= 50  # every field typed once, a Tab each, Ctrl+Enter
    print(
        f"ten claims by keyboard: {sum(per_claim)} keys ({per_claim[0]} for the first, "
        f"{max(per_claim[1:])} at most for each of the next nine)"
    )

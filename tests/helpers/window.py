"""What the window tests do to the real window: type into a field as a user would, submit
with the mouse, read a field's shown error, and ask the sandbox what it stored."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from claimdesk.service.platform import SubmitResult
from claimdesk.ui.main_window import MainWindow


def wait_for_outbox(qtbot: QtBot, window: MainWindow) -> None:
    """Claims leave through the outbox, which opens with the first connection."""
    qtbot.waitUntil(lambda: bool(window.outbox_sender.services), timeout=10_000)


def line(window: MainWindow, name: str) -> QLineEdit:
    assert window.form is not None
    widget = window.form.rows[name].editor.focus_widget()
    assert isinstance(widget, QLineEdit)
    return widget


def type_into(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    widget = line(window, name)
    widget.setFocus()
    if widget.text():
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)  # as a user empties a field
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def error_of(window: MainWindow, name: str) -> str:
    assert window.form is not None
    return window.form.visible_error(name)


def submit(qtbot: QtBot, window: MainWindow) -> SubmitResult:
    with qtbot.waitSignal(window.submitted, timeout=15_000) as blocker:
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert isinstance(result, SubmitResult)
    return result


def stored(url: str, platform: str = "myrewards") -> list[dict[str, Any]]:
    answer = requests.get(f"{url}/_sandbox/received", params={"platform": platform}, timeout=5)
    answer.raise_for_status()
    items: list[dict[str, Any]] = answer.json()
    return items

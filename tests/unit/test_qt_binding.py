"""The Qt binding we install keeps Python's reference counts right.

PySide6 6.12.0 dropped one reference to None on every call of a Qt method that returns
nothing; on Python 3.11 a busy form aborted the interpreter ("deallocating None") after a
few hundred keystrokes. pyproject.toml keeps that release out; this test fails if it (or a
release with the same fault) comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot


def test_void_qt_calls_do_not_lose_references_to_none(qtbot: QtBot) -> None:
    line, label = QLineEdit(), QLabel()
    qtbot.addWidget(line)
    qtbot.addWidget(label)
    calls = 200  # far below None's ~5,000 references, so a faulty binding fails, not aborts
    before = sys.getrefcount(None)
    for _ in range(calls):
        line.setText("x")
        label.setToolTip("y")
    lost = before - sys.getrefcount(None)
    assert lost < calls // 2, f"{lost} references to None lost over {calls * 2} Qt calls"

"""The message line above a window's table: its kind (info, success, warning, error) is a
property the application's style sheet colours by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class Banner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setVisible(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def say(self, kind: str, text: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)  # the style sheet reads the new kind
        self.style().polish(self)
        self.setText(text)
        self.setVisible(True)

"""The message line above a window's table: its kind (info, success, warning, error) is a
property the application's style sheet colours by. An error banner offers "Copy details":
a plain-text block for support (service/details.py) put on the clipboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

if TYPE_CHECKING:
    from claimdesk.service.details import DetailsContext


class Banner(QLabel):
    copied = Signal(str)  # the details put on the clipboard

    def __init__(self, parent: QWidget | None = None, *, selectable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setVisible(False)
        if selectable:  # the claim page makes it selectable after its first frame
            from PySide6.QtCore import Qt  # not before: Qt's enums cost the first frame

            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Where the window's errors happen (its platform and connection), for the details.
        self.context: DetailsContext | None = None
        self.details = ""
        self.copy_button: QToolButton | None = None  # made when first needed

    def say(self, kind: str, text: str, details: str | None = None) -> None:
        """Show ``text``; an error (or any message given ``details``) offers Copy details:
        ``details``, or a block made from the text and the banner's context."""
        self.setProperty("kind", kind)
        self.style().unpolish(self)  # the style sheet reads the new kind
        self.style().polish(self)
        self.setText(text)
        self.set_details(
            details if details is not None or kind != "error" else self._details_of(text)
        )
        self.setVisible(True)

    def _details_of(self, text: str) -> str:
        from claimdesk.service.details import DetailsContext, details_text

        title = self.window().windowTitle() if self.window() is not self else ""
        context = self.context or DetailsContext()
        return details_text(title or "A message in ClaimDesk", context, message=text)

    def set_details(self, details: str | None) -> None:
        """Offer Copy details for ``details`` (None or "": no button)."""
        self.details = details or ""
        shown = bool(self.details)
        if self.copy_button is None:
            if not shown:
                return
            self.copy_button = QToolButton(self)
            self.copy_button.setObjectName("copyDetails")
            self.copy_button.setText(self.tr("Copy details"))
            self.copy_button.setToolTip(
                self.tr("Copy what happened, for support: no passwords, tokens or keys")
            )
            self.copy_button.clicked.connect(self.copy_details)
        self.copy_button.setVisible(shown)
        # The text wraps before the button rather than under it.
        room = self.copy_button.sizeHint().width() + 12 if shown else 0
        self.setContentsMargins(0, 0, room, 0)
        self._place_button()

    def _place_button(self) -> None:
        if self.copy_button is None:
            return
        size = self.copy_button.sizeHint()
        self.copy_button.resize(size)
        self.copy_button.move(
            self.width() - size.width() - 8, max(0, (self.height() - size.height()) // 2)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_button()

    def copy_details(self) -> None:
        if not self.details:
            return
        QGuiApplication.clipboard().setText(self.details)
        self.copied.emit(self.details)

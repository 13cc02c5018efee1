"""The page shown when there is no claim form: the first run's welcome, what is happening
(starting, loading, a failure) or what to do first, with the two ways to begin.

Imported before the first frame: Qt widgets only, no ``Qt`` namespace (see main_window)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from claimdesk.ui.why_disabled import set_enabled_why


class WelcomePage(QWidget):
    """Emits what the user asks for; the window decides what that means."""

    training_requested = Signal()
    add_connection_requested = Signal()
    edit_connection_requested = Signal()  # the platform refused the connection's credentials

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup_finished = False
        layout = QVBoxLayout(self)
        self.icon = QLabel(self)
        self.icon.setObjectName("emptyIcon")
        self.title = QLabel(self)
        self.title.setObjectName("emptyTitle")
        self.title.setWordWrap(True)
        self.title.setVisible(False)
        self.label = QLabel(self)
        self.label.setObjectName("emptyState")
        self.label.setWordWrap(True)  # centred by the stylesheet
        self.training_button = QPushButton(self.tr("Start training &mode"), self)
        self.training_button.setToolTip(
            self.tr(
                "Practise with demo data on the built-in sandbox; nothing reaches a real platform."
            )
        )
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        # Lines of a readable length, centred, however wide the window is.
        self.label.setMaximumWidth(720)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.label, 100)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(12)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.training_button)
        self.add_connection_button = QPushButton(self.tr("&Add a connection…"), self)
        button_row.addWidget(self.add_connection_button)
        self.edit_connection_button = QPushButton(self.tr("Ed&it connection…"), self)
        self.edit_connection_button.setObjectName("editConnection")
        self.edit_connection_button.setVisible(False)
        button_row.addWidget(self.edit_connection_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(2)
        self.training_button.clicked.connect(self.training_requested)
        self.add_connection_button.clicked.connect(self.add_connection_requested)
        self.edit_connection_button.clicked.connect(self.edit_connection_requested)

    def finish_setup(self) -> None:
        """The icons, after the window's first frame."""
        from claimdesk.ui.icons import icon

        self.training_button.setIcon(icon("training"))
        self.add_connection_button.setIcon(icon("add-profile"))
        if self.icon.pixmap().isNull():
            self._draw_icon()
        self.setup_finished = True

    def _draw_icon(self) -> None:
        from claimdesk.ui.icons import icon

        self.icon.setPixmap(
            icon("welcome", (64, 128)).pixmap(QSize(64, 64), self.devicePixelRatioF())
        )

    def show_text(self, text: str, *, offer_training: bool = True, title: str = "") -> None:
        """What is happening, or what to do first; the window shows this page."""
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.icon.setVisible(offer_training)
        if offer_training and self.icon.pixmap().isNull() and self.setup_finished:
            self._draw_icon()  # else drawn after the first frame, with the others
        self.label.setText(text)
        self.training_button.setVisible(offer_training)
        self.add_connection_button.setVisible(offer_training)
        self.edit_connection_button.setVisible(False)

    def show_credentials_refused(self, text: str) -> None:
        """The platform refused the connection's credentials: ``text`` and "Edit
        connection…" (no use pressing F5 until they are corrected)."""
        self.show_text(text, offer_training=False)
        self.edit_connection_button.setVisible(True)
        self.edit_connection_button.setFocus()

    def show_start(self) -> None:
        """Before any connection is open (or known)."""
        self.show_text(
            self.tr(
                "No connection yet.\n\nStart training mode to try ClaimDesk on the built-in "
                "sandbox with demo data for MyRewards, Claret, Peak and Thalamus. "
                "No account is needed."
            )
        )

    def show_welcome(self) -> None:
        """The first run's welcome: what ClaimDesk does, and the two ways to begin."""
        self.show_text(
            self.tr(
                "Enter sales claims for MyRewards, Claret, Peak and Thalamus: every rule is "
                "checked before anything is sent, and the outbox never loses a claim.\n\n"
                "Try it first in training mode, on a built-in sandbox with demo data (no "
                "account needed), or add a connection profile for your platform."
            ),
            title=self.tr("Welcome to ClaimDesk"),
        )
        self.training_button.setFocus()

    def show_no_profiles(self) -> None:
        """No saved profile, and no training running."""
        self.show_text(
            self.tr(
                "Welcome to ClaimDesk.\n\nAdd a connection to your platform, or start "
                "training mode to try everything on the built-in sandbox with demo data. "
                "No account is needed."
            )
        )

    def show_training_starting(self) -> None:
        set_enabled_why(self.training_button, self.tr("Starting already"))
        self.show_text(self.tr("Starting the training sandbox…"), offer_training=False)

    def show_training_failed(self, error: BaseException) -> None:
        set_enabled_why(self.training_button, None)
        self.show_text(self.tr("The training sandbox could not start: {error}").format(error=error))

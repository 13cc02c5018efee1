"""The row at the top of the main window: which connection, what to claim against (a
promotion, a sale type…) and reload (the rest is in the window's menus); plus the
connection's state, which the window shows in its status bar.

Imported before the first frame: Qt widgets only, no ``Qt`` namespace (see main_window)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from claimdesk.ui.i18n import shown_connection_name
from claimdesk.ui.mnemonics import letters_in_use, with_mnemonic
from claimdesk.ui.why_disabled import set_enabled_why
from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from claimdesk.service.connections import Connection
    from claimdesk.service.platform import PlatformService, Target

log = logging.getLogger("claimdesk.ui")


class ConnectionBar(QWidget):
    """Holds the offered connections and the chosen connection's targets; says what the
    user chose. Opening connections and loading forms is the window's."""

    connection_chosen = Signal(object)  # Connection
    target_chosen = Signal(object)  # Target
    targets_loaded = Signal()
    load_failed = Signal(object)  # BaseException

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.connections: list[Connection] = []
        self.targets: list[Target] = []
        self._service: PlatformService | None = None  # whose targets are offered
        header = QHBoxLayout(self)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(10)  # as the window's own rows
        self.training_badge = QLabel(self.tr("Training mode"), self)
        self.training_badge.setObjectName("trainingBadge")
        self.training_badge.setToolTip(
            self.tr("Claims go to the built-in sandbox with demo data, never to a real platform.")
        )
        self.training_badge.setVisible(False)  # placed by the window (its menu bar's corner)
        connection_label = QLabel(self.tr("C&onnection:"), self)
        header.addWidget(connection_label)
        self.connection_box = QComboBox(self)
        self.connection_box.setObjectName("connectionBox")
        # The lists share the row's width (the window fits half a 1366-pixel screen);
        # their drop-downs show the whole names.
        self.connection_box.setMinimumContentsLength(10)
        self.connection_box.setAccessibleName(self.tr("Connection"))
        self.connection_box.setEnabled(False)
        connection_label.setBuddy(self.connection_box)
        header.addWidget(self.connection_box, 2)
        self.target_label = QLabel(self.tr("&Promotion:"), self)
        header.addWidget(self.target_label)
        self.target_box = QComboBox(self)
        self.target_box.setObjectName("targetBox")
        self.target_box.setMinimumContentsLength(10)
        self.target_box.setAccessibleName(self.tr("Promotion"))
        self.target_box.setEnabled(False)
        self.target_label.setBuddy(self.target_box)
        header.addWidget(self.target_box, 3)
        self.reload_button = QToolButton(self)
        self.reload_button.setText(self.tr("Reload"))
        self.reload_button.setToolTip(
            self.tr("Fetch the form's fields and choices from the platform again (F5)")
        )
        set_enabled_why(self.reload_button, self.tr("Open a connection first"))
        header.addWidget(self.reload_button)
        # Shown in the window's status bar; made here, before the first frame, so that a
        # state said early is not lost.
        self.state_label = QLabel(self.tr("Not connected"), self)
        self.state_label.setObjectName("connectionState")
        self.state_label.setAccessibleName(self.tr("Connection state"))
        self.connection_box.currentIndexChanged.connect(self._on_connection_chosen)
        self.target_box.currentIndexChanged.connect(self._on_target_chosen)

    def finish_setup(self) -> None:
        """Shortcuts and icons, after the window's first frame."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        from claimdesk.ui.icons import icon

        # F5 only: Refresh is also Ctrl+R on GNOME, which repeats a claim.
        self.reload_button.setShortcut(QKeySequence("F5"))
        self.reload_button.setIcon(icon("reload"))
        self.reload_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for box in (self.connection_box, self.target_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.view().setTextElideMode(Qt.TextElideMode.ElideNone)

    def tab_chain(self) -> list[QWidget]:
        """The bar's part of the window's tab order, left to right."""
        return [
            self.connection_box,
            self.target_box,
            self.reload_button,
        ]

    # --- connections ----------------------------------------------------------------------

    def set_connections(self, connections: list[Connection], keep: str = "") -> None:
        """Offer these connections; ``keep`` (if still offered) or the first one is chosen."""
        self.connections = list(connections)
        self.connection_box.blockSignals(True)
        self.connection_box.clear()
        for connection in self.connections:
            self.connection_box.addItem(shown_connection_name(connection.name), connection.name)
        self.connection_box.setCurrentIndex(-1)
        self.connection_box.blockSignals(False)
        self.connection_box.setEnabled(len(self.connections) > 1)
        if self.connections:
            self.connection_box.setCurrentIndex(max(self.connection_box.findData(keep), 0))

    def select_connection(self, name: str) -> None:
        index = self.connection_box.findData(name)
        if index < 0:
            raise KeyError(name)
        self.connection_box.setCurrentIndex(index)

    @property
    def connection_name(self) -> str:
        return str(self.connection_box.currentData() or "")

    def _on_connection_chosen(self, index: int) -> None:
        if 0 <= index < len(self.connections):
            self.connection_chosen.emit(self.connections[index])

    def set_state(self, text: str, description: str = "") -> None:
        """The connection's state in a few words; ``description`` says which connection."""
        self.state_label.setText(text)
        self.state_label.setAccessibleDescription(text)
        self.state_label.setToolTip(description)

    def show_connecting(self, platform_name: str, description: str) -> None:
        self.set_state(self.tr("Connecting to {name}…").format(name=platform_name), description)

    def show_reached(self, *, offline: bool) -> None:
        """The platform answered, or (``offline``) its saved answers stood in."""
        self.set_state(
            self.tr("⚠ Offline (saved data)") if offline else self.tr("✔ Connected"),
            self.state_label.toolTip(),  # the connection's description, said when connecting
        )

    def show_unreachable(self) -> None:
        set_enabled_why(self.reload_button, None)
        self.set_state(self.tr("✖ Not reachable"), self.state_label.toolTip())

    # --- targets --------------------------------------------------------------------------

    def load_targets(
        self, service: PlatformService, prepare: Callable[[], None] | None = None
    ) -> None:
        """Offer what ``service`` takes claims for, fetched on the runner (after
        ``prepare``, there too)."""
        self._service = service
        noun = QCoreApplication.translate("Service", service.target_noun)
        # Alt+ the noun's first letter that nothing else in the window uses ("&Promotion:",
        # but "Ob&ject:" beside "C&onnection:").
        taken = letters_in_use(self.window(), skip=self.target_label)
        self.target_label.setText(with_mnemonic(self.tr("{noun}:").format(noun=noun), taken))
        self.target_box.setAccessibleName(noun)
        self.target_box.setEnabled(False)

        def fetch() -> list[Target]:
            if prepare is not None:
                prepare()
            return service.targets()

        self.runner.run(
            fetch,
            lambda found: self._on_targets(service, found),
            lambda error: self._on_failed(service, error),
        )

    def _on_targets(self, service: PlatformService, targets: list[Target]) -> None:
        if service is not self._service:  # the user switched connection meanwhile
            return
        self.targets = targets
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for target in targets:
            self.target_box.addItem(target.display, target.key)
        self.target_box.setCurrentIndex(-1)
        self.target_box.blockSignals(False)
        self.target_box.setEnabled(bool(targets))
        set_enabled_why(
            self.reload_button,
            None if targets else self.tr("This connection offers nothing to claim against"),
        )
        self.targets_loaded.emit()
        if targets:
            self.target_box.setCurrentIndex(0)

    def _on_failed(self, service: PlatformService, error: BaseException) -> None:
        if service is self._service:
            self.load_failed.emit(error)

    def select_target(self, key: str | int) -> None:
        """Choose that target; choosing the one already chosen loads its form again."""
        index = self.target_box.findData(str(key))
        if index < 0:
            raise KeyError(key)
        if index == self.target_box.currentIndex():
            self._on_target_chosen(index)
        else:
            self.target_box.setCurrentIndex(index)

    @property
    def current_target(self) -> Target | None:
        key = self.target_box.currentData()
        return next((t for t in self.targets if t.key == key), None)

    def _on_target_chosen(self, index: int) -> None:
        target = self.current_target
        if index >= 0 and target is not None:
            self.target_chosen.emit(target)

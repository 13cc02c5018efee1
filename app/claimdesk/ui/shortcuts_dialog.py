"""Help → Keyboard shortcuts (F1): every shortcut of the main window, what it does and
where it works. The keys are written the way the system writes them (⌘ on macOS)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

KEYS_ROLE = Qt.ItemDataRole.UserRole + 1  # the keys in Qt's portable form ("Ctrl+N"), for tests


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything in ClaimDesk works from the keyboard. Alt and an underlined "
                "letter also reach a labelled field, a button or a menu."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("What it does"), self.tr("Where")]
        )
        for keys, what, where in self.rows():
            shown = " / ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
            )
            first = QStandardItem(shown)
            first.setData(list(keys), KEYS_ROLE)
            self.model.appendRow([first, QStandardItem(what), QStandardItem(where)])
        self.table = QTableView(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 600)

    def rows(self) -> list[tuple[tuple[str, ...], str, str]]:
        """(keys in Qt's portable form, what they do, where they work)."""
        window = self.tr("Main window")
        form = self.tr("Claim form")
        field = self.tr("Text field")
        date = self.tr("Date field")
        anywhere = self.tr("Every window")
        return [
            (("Ctrl+Return", "Ctrl+Enter"), self.tr("Check and submit the claim"), window),
            (("Ctrl+N",), self.tr("New claim: empty the form"), window),
            (("Ctrl+R",), self.tr("Repeat the last claim sent from this form"), window),
            (("Ctrl+S",), self.tr("Keep the draft now (it is also kept as you type)"), window),
            (("Ctrl+B",), self.tr("Batch grid: many claims at once"), window),
            (("F5",), self.tr("Reload the form's fields and choices"), window),
            (("Ctrl+O",), self.tr("Outbox"), window),
            (("Ctrl+,",), self.tr("Settings"), window),
            (("F1",), self.tr("This list of shortcuts"), window),
            (("Ctrl+Q",), self.tr("Quit ClaimDesk"), window),
            (("Tab", "Shift+Tab"), self.tr("Next / previous field or button"), form),
            (("Alt+Down",), self.tr("Open a date field's calendar"), date),
            (("Ctrl+Z",), self.tr("Undo"), field),
            (("Ctrl+Y", "Ctrl+Shift+Z"), self.tr("Redo"), field),
            (("Ctrl+X",), self.tr("Cut"), field),
            (("Ctrl+C",), self.tr("Copy"), field),
            (("Ctrl+V",), self.tr("Paste"), field),
            (("Ctrl+A",), self.tr("Select all"), field),
            (("Esc",), self.tr("Close a dialog without saving"), anywhere),
        ]

    def listed_keys(self) -> set[str]:
        """Every key sequence listed, in Qt's portable form."""
        return {
            key
            for row in range(self.model.rowCount())
            for key in (self.model.item(row, 0).data(KEYS_ROLE) or [])
        }

"""Preferences that are not connections: for now the language of the window."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from claimdesk.settings import load_settings, save_settings
from claimdesk.ui.i18n import LANGUAGES, system_language

log = logging.getLogger("claimdesk.ui")


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = load_settings()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("languageBox")
        self.language_box.addItem(
            self.tr("System language ({name})").format(name=LANGUAGES[system_language()]), ""
        )
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(
            max(self.language_box.findData(self.settings.language), 0)
        )
        self.language_box.setAccessibleName(self.tr("Language"))
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language_box)
        form.addRow(label, self.language_box)
        layout.addLayout(form)
        self.note = QLabel(
            self.tr(
                "The language also sets how numbers and dates are written. A new language "
                "applies the next time ClaimDesk starts."
            ),
            self,
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    @property
    def chosen_language(self) -> str:
        return str(self.language_box.currentData() or "")

    def accept(self) -> None:
        try:
            save_settings(self.settings.with_changes(language=self.chosen_language))
        except OSError as error:
            log.warning("settings not saved: %s", error)
            self.note.setText(self.tr("Not saved: {why}").format(why=error))
            return
        super().accept()

"""Preferences that are not connections: the language of the window, and "Record network
traffic for troubleshooting" (the HTTP trace, which switches itself off after 24 hours).

The settings file is read and written on a worker (the GUI thread never waits on the
disk): the choices show once read, the dialog closes once saved."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from claimdesk.settings import TRACE_HOURS, Settings, load_settings, save_settings
from claimdesk.ui.i18n import LANGUAGES, local_datetime, system_language
from claimdesk.ui.why_disabled import set_enabled_why
from claimdesk.ui.workers import Runner

log = logging.getLogger("claimdesk.ui")


class SettingsDialog(QDialog):
    loaded = Signal()  # the settings file was read: the choices show what it holds
    saved = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        runner: Runner | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.setWindowTitle(self.tr("Settings"))
        self.runner = runner or Runner(self)
        self.settings: Settings | None = None  # until read
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("languageBox")
        self.language_box.addItem(
            self.tr("System language ({name})").format(name=LANGUAGES[system_language()]), ""
        )
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setEnabled(False)
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
        self.trace_box = QCheckBox(self.tr("Record network traffic for troubleshooting"), self)
        self.trace_box.setObjectName("traceBox")
        self.trace_box.setEnabled(False)
        layout.addWidget(self.trace_box)
        self.trace_note = QLabel(self)
        self.trace_note.setWordWrap(True)
        layout.addWidget(self.trace_note)
        self.trace_box.toggled.connect(lambda _on: self._show_trace_note())
        self._show_trace_note()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        set_enabled_why(self.save_button, self.tr("Reading the settings…"))
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self.runner.run(load_settings, self._on_loaded, self._on_failed)

    def _on_loaded(self, settings: Settings) -> None:
        self.settings = settings
        self.language_box.setCurrentIndex(max(self.language_box.findData(settings.language), 0))
        self.language_box.setEnabled(True)
        self.trace_box.setChecked(settings.trace_on(self.clock()))
        self.trace_box.setEnabled(True)
        self._show_trace_note()
        set_enabled_why(self.save_button, None)
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        log.warning("settings not saved: %s", error)
        self.note.setText(self.tr("Not saved: {why}").format(why=error))
        set_enabled_why(
            self.save_button, None if self.settings is not None else self.tr("Settings not read")
        )

    def _show_trace_note(self) -> None:
        text = self.tr(
            "Each exchange with the platforms is written to the log, with passwords, tokens "
            "and keys blanked, to show support what was sent and answered. It switches itself "
            "off after {hours} hours."
        ).format(hours=TRACE_HOURS)
        until = self.settings.trace_until() if self.settings is not None else None
        if self.trace_box.isChecked() and until is not None and self.clock() < until:
            text += " " + self.tr("On until {when}.").format(when=local_datetime(until))
        self.trace_note.setText(text)

    @property
    def chosen_language(self) -> str:
        return str(self.language_box.currentData() or "")

    def accept(self) -> None:
        """Save, then close (saying why not, and staying open, when it cannot be saved)."""
        if self.settings is None or not self.save_button.isEnabled():
            return
        changed = self.settings.with_changes(language=self.chosen_language).with_trace(
            self.trace_box.isChecked(), self.clock()
        )
        set_enabled_why(self.save_button, self.tr("Saving…"))
        self.runner.run(lambda: _save(changed), self._on_saved, self._on_failed)

    def _on_saved(self, _none: None) -> None:
        self.saved.emit()
        super().accept()


def _save(settings: Settings) -> None:
    """On the runner: save, then trace (or stop) from now on in this process — every stored
    secret of every profile known to the redaction first."""
    from claimdesk.app_logging import set_http_trace_until

    save_settings(settings)
    until = settings.trace_until()
    if until is not None:
        from claimdesk.service.trace import register_stored_secrets

        register_stored_secrets()
    set_http_trace_until(until)

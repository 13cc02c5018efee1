"""The first run's welcome, the settings file and the settings dialog."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from claimdesk.settings import Settings, load_settings, save_settings, settings_path
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.settings_dialog import SettingsDialog


def test_settings_round_trip_and_a_broken_file_gives_defaults(claimdesk_home: Path) -> None:
    assert load_settings() == Settings()
    save_settings(Settings(language="es", welcomed=True))
    assert load_settings() == Settings(language="es", welcomed=True)
    settings_path().write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    settings_path().write_text('{"language": 3, "welcomed": "yes", "x": 1}', encoding="utf-8")
    assert load_settings() == Settings()


def test_the_welcome_offers_training_or_a_connection_and_stays(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_welcome()
    window.keep_welcome = True
    assert window.empty_title.text() == "Welcome to ClaimDesk"
    assert window.empty_title.isVisible()
    assert window.training_button.isVisible()
    assert window.add_connection_button.isVisible()
    assert window.training_button.hasFocus() or not window.isActiveWindow()
    window.load_profiles()  # no profiles yet: the welcome stays
    window.runner.wait(5_000)
    qtbot.wait(100)  # the answer arrives as a queued signal
    assert window.empty_title.text() == "Welcome to ClaimDesk"
    # Any other empty state has no title.
    window.show_empty("Loading…", offer_training=False)
    assert not window.empty_title.isVisible()


def test_settings_dialog_saves_the_chosen_language(qtbot: QtBot) -> None:
    """The file is read and written on a worker: the choices show once read, the dialog
    closes once saved."""
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # until the file is read
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=5_000)
    assert dialog.language_box.currentData() == ""  # the system's, by default
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.accept()
    assert load_settings().language == "es"
    again = SettingsDialog()
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.settings is not None, timeout=5_000)
    assert again.language_box.currentData() == "es"


def test_the_welcome_is_for_a_real_first_run_only() -> None:
    from claimdesk.ui.app import shows_welcome

    first = Settings()
    assert shows_welcome(first, demo=False, timed=False)
    assert not shows_welcome(first, demo=True, timed=False)  # `claimdesk --demo`
    assert not shows_welcome(first, demo=False, timed=True)  # benchmarks, install checks
    assert not shows_welcome(Settings(welcomed=True), demo=False, timed=False)


def test_the_dark_theme_gets_its_own_colours(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from claimdesk.ui.app import apply_theme, is_dark
    from claimdesk.ui.style import stylesheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        dark = QPalette(before)
        dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2e"))
        app.setPalette(dark)
        assert is_dark(app)
        apply_theme(app)
        assert app.styleSheet() == stylesheet(True)
        assert "#f2b8b5" in app.styleSheet()  # light red text on dark, not dark red
    finally:
        app.setPalette(before)
        apply_theme(app)
    assert not is_dark(app)
    assert app.styleSheet() == stylesheet(False)

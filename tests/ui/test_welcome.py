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
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == ""  # the system's, by default
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
    dialog.accept()
    assert load_settings().language == "es"
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.language_box.currentData() == "es"

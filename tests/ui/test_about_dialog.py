"""The About dialog: the version from the package metadata and the licence notices of what
the installation bundles, opened from the main window as a user would."""

from __future__ import annotations

from importlib.metadata import requires, version

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimdesk import licences
from claimdesk.ui.about_dialog import AboutDialog
from claimdesk.ui.main_window import MainWindow


def open_about(qtbot: QtBot) -> AboutDialog:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.menus.about.trigger()  # Help → About ClaimDesk
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    # The notices are read on a worker: shown a moment later.
    qtbot.waitUntil(lambda: "Licence" in dialog.notices.toPlainText(), timeout=10_000)
    return dialog


def test_about_shows_the_version_of_the_installed_package(qtbot: QtBot) -> None:
    dialog = open_about(qtbot)
    assert dialog.isVisible()
    assert f"ClaimDesk {version('claimdesk')}" in dialog.title.text()
    assert dialog.version == version("claimdesk") != "0.0.0+source"


def test_about_names_qt_under_the_lgpl_and_every_runtime_dependency(qtbot: QtBot) -> None:
    dialog = open_about(qtbot)
    text = dialog.notices.toPlainText()
    assert f"Qt {qVersion()}" in text
    assert "GNU Lesser General Public License version 3" in text
    assert "replace with your own build" in text
    direct = {
        r.split(";")[0].split(">")[0].split("<")[0].split("=")[0].strip()
        for r in requires("claimdesk") or []
        if "extra" not in r
    }
    assert "pydantic" in direct
    shown = text.replace("-", "_").lower()
    for name in direct:  # a table row reads "name / version / licence / home page"
        assert f"\n{name.replace('-', '_').lower()}\n{version(name)}\n" in shown


def test_test_tools_are_not_listed_as_bundled() -> None:
    names = {c.name.lower() for c in licences.components()}
    assert {"qt", "python", "sqlite", "pyside6_essentials", "keyring", "uvicorn"} <= names
    assert not names & {"pytest", "hypothesis", "mypy", "ruff", "keyrings.alt"}
    assert all(c.licence for c in licences.components())


def test_about_qt_and_close_buttons(qtbot: QtBot) -> None:
    dialog = open_about(qtbot)
    assert dialog.about_qt_button.text() == "About &Qt"
    dialog.reject()
    assert not dialog.isVisible()


def test_the_window_has_the_application_icon(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not QApplication.windowIcon().isNull(), timeout=5_000)
    sizes = {s.width() for s in QApplication.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes

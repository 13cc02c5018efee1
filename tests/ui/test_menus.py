"""The main window's menu bar (File, Edit, View, Tools, Help), its shortcuts and F1's list
of them, and the narrower window: its header keeps only the connection, the promotion and
Reload, so that it fits half of a 1366-pixel screen in English and Spanish."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThreadPool, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.ui.main_window import MainWindow

HALF_SCREEN = 680  # half of 1366 pixels, less the window frame


def training_window(qtbot: QtBot) -> MainWindow:
    """The window in training mode (every platform's connection), MyRewards' form shown."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=30_000):
        window.start_training()
    qtbot.waitUntil(lambda: window.setup_finished)
    return window


def texts(actions: list[QAction]) -> list[str]:
    return [a.text() for a in actions if not a.isSeparator()]


@pytest.fixture
def spanish() -> Iterator[None]:
    from claimdesk.ui.i18n import install_language, uninstall_language

    install_language("es")
    yield
    uninstall_language()


def test_the_menus_hold_what_the_header_held(qtbot: QtBot, claimdesk_home: Path) -> None:
    window = training_window(qtbot)
    menus = window.menus
    assert [m.text() for m in window.menuBar().actions()] == [
        "&File",
        "&Edit",
        "&View",
        "&Tools",
        "&Help",
    ]
    assert texts(menus.file_menu.actions()) == ["&New claim", "&Import…", "&Quit"]
    assert texts(menus.edit_menu.actions()) == [
        "&Undo",
        "&Redo",
        "Cu&t",
        "&Copy",
        "&Paste",
        "Select &all",
    ]
    assert texts(menus.view_menu.actions()) == ["&Outbox", "&Language", "&Theme"]
    assert texts(menus.tools_menu.actions()) == [
        "&Connections…",
        "&Reward points…",
        "Sales &browser…",
        "Re&turns…",
        "&Settings…",
    ]
    assert texts(menus.help_menu.actions()) == [
        "&Keyboard shortcuts",
        "Open &log folder",
        "Save a &problem report…",
        "&About ClaimDesk",
    ]
    # The header keeps the connection, the promotion and Reload; no other button.
    buttons = window.bar.findChildren(QAbstractButton)
    assert buttons == [window.reload_button]


def test_tools_follow_the_connection_in_use(qtbot: QtBot, claimdesk_home: Path) -> None:
    window = training_window(qtbot)
    menus = window.menus

    def use(platform: str) -> None:
        connection = next(c for c in window.connections if c.service.platform == platform)
        with qtbot.waitSignal(window.targets_loaded, timeout=15_000):
            window.select_connection(connection.name)

    assert menus.reward_points.isEnabled()  # MyRewards, the first connection
    assert menus.returns.isEnabled()
    assert not menus.sales_browser.isEnabled()
    assert menus.sales_browser.toolTip() == "The connection in use offers no sales browser"
    use("claret")
    assert menus.sales_browser.isEnabled()
    assert menus.sales_browser.toolTip() == "Browse the sales Claret already holds, over every page"
    assert not menus.reward_points.isEnabled()
    assert menus.reward_points.statusTip() == "The connection in use has no reward points to manage"
    assert not menus.returns.isEnabled()
    menus.sales_browser.trigger()
    assert type(window.admin_window).__name__ == "SalesWindow"
    qtbot.addWidget(window.admin_window)
    window.admin_window.close()
    use("thalamus")
    assert not menus.reward_points.isEnabled()
    assert not menus.sales_browser.isEnabled()


def test_before_a_connection_the_menus_say_what_is_missing(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    menus = window.menus
    for action in (menus.new_claim, menus.import_claims):
        assert not action.isEnabled()
        assert action.statusTip() == "Choose a connection and what to claim against first"
    for action in (menus.reward_points, menus.sales_browser):
        assert not action.isEnabled()
        assert action.statusTip() == "Open a connection first"
    assert not window.batch_button.isEnabled()
    assert window.batch_button.toolTip() == "Choose a connection and what to claim against first"
    assert not window.reload_button.isEnabled()
    assert window.reload_button.toolTip() == "Open a connection first"


def test_file_new_claim_and_import(qtbot: QtBot, claimdesk_home: Path) -> None:
    window = training_window(qtbot)
    menus = window.menus
    assert menus.new_claim.isEnabled()
    assert menus.import_claims.isEnabled()
    # The batch button's tooltip is back to what it does once a form is there.
    assert window.batch_button.toolTip().startswith("Many claims at once")
    form = window.form
    assert form is not None
    form.set_values({"customer_name": "Bob", "quantity": "3"})
    menus.new_claim.trigger()
    assert not form.values()["quantity"]
    asked: list[str] = []

    def answer() -> None:  # the file dialog is modal: closed from a timer, as a user would
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        asked.append(dialog.windowTitle())
        dialog.close()

    QTimer.singleShot(0, answer)
    menus.import_claims.trigger()
    batch = window.batch_window
    qtbot.addWidget(batch)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == ["Import claims"]
    assert batch.isVisible()
    batch.close()


def test_edit_acts_on_the_field_with_the_cursor(qtbot: QtBot, claimdesk_home: Path) -> None:
    window = training_window(qtbot)
    menus = window.menus
    window.activateWindow()
    form = window.form
    assert form is not None
    name = form.rows["username"].editor.focus_widget()
    assert isinstance(name, QLineEdit)
    name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    menus.update_edit()
    assert not menus.copy.isEnabled()
    assert menus.copy.statusTip() == "Select some text first"
    assert menus.select_all.statusTip() == "This field is empty"
    qtbot.keyClicks(name, "demo.rep")
    menus.update_edit()
    menus.select_all.trigger()
    assert name.selectedText() == "demo.rep"
    menus.update_edit()
    assert menus.copy.isEnabled()
    assert menus.cut.isEnabled()
    menus.cut.trigger()
    assert name.text() == ""
    assert QApplication.clipboard().text() == "demo.rep"
    menus.paste.trigger()
    menus.paste.trigger()
    assert name.text() == "demo.repdemo.rep"
    menus.update_edit()
    menus.undo.trigger()
    assert name.text() == "demo.rep"
    menus.update_edit()
    assert menus.redo.isEnabled()
    menus.redo.trigger()
    assert name.text() == "demo.repdemo.rep"
    # Away from any text field, Edit says where to put the cursor.
    window.target_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.target_box)
    menus.update_edit()
    assert not menus.paste.isEnabled()
    assert menus.paste.statusTip() == "Put the cursor in a text field first"


def test_the_shortcuts_open_what_the_menus_name(qtbot: QtBot, claimdesk_home: Path) -> None:
    window = training_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    def press(keys: str) -> None:
        sequence = QKeySequence(keys)
        combined = sequence[0]
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, combined.key(), combined.keyboardModifiers())

    press("Ctrl+O")
    qtbot.waitUntil(lambda: hasattr(window, "outbox_dialog") and window.outbox_dialog.isVisible())
    window.outbox_dialog.reject()
    press("F1")
    qtbot.waitUntil(
        lambda: hasattr(window, "shortcuts_dialog") and window.shortcuts_dialog.isVisible()
    )
    window.shortcuts_dialog.reject()
    press("Ctrl+,")
    qtbot.waitUntil(
        lambda: hasattr(window, "settings_dialog") and window.settings_dialog.isVisible()
    )
    window.settings_dialog.reject()
    assert window.isVisible()
    press("Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible())


def shortcuts_of(window: QWidget) -> set[str]:
    """Every key sequence the window answers to (its menus', shortcuts' and buttons')."""
    found: set[str] = set()

    def add(sequence: QKeySequence) -> None:
        if not sequence.isEmpty():
            found.add(sequence.toString(QKeySequence.SequenceFormat.PortableText))

    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            add(sequence)
    for shortcut in window.findChildren(QShortcut):
        add(shortcut.key())
    for button in window.findChildren(QAbstractButton):
        if button.shortcut() != QKeySequence.mnemonic(button.text()):  # Alt+letter: listed once
            add(button.shortcut())
    return found


def test_f1_lists_every_shortcut_of_the_main_window(qtbot: QtBot, claimdesk_home: Path) -> None:
    window = training_window(qtbot)
    window.menus.shortcuts.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    found = shortcuts_of(window)
    assert {"Ctrl+N", "Ctrl+S", "Ctrl+Return", "Ctrl+B", "F5", "Ctrl+O", "F1", "Ctrl+Q"} <= found
    assert found - dialog.listed_keys() == set()
    model = dialog.model
    rows = {model.item(r, 0).text(): model.item(r, 2).text() for r in range(model.rowCount())}
    assert rows["F1"] == "Main window"
    assert rows["Ctrl+Z"] == "Text field"


class Opened(QObject):
    """Stands in for the system's file manager (QDesktopServices' handler for file URLs)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_help_opens_the_log_folder_made_off_the_gui_thread(
    qtbot: QtBot, claimdesk_home: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    logs = claimdesk_home / "logs"
    assert not logs.exists()
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        window.menus.log_folder.trigger()  # the GUI-thread audit fails the test on a mkdir here
        qtbot.waitUntil(lambda: bool(opened.urls), timeout=10_000)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert logs.is_dir()
    assert [Path(u.toLocalFile()) for u in opened.urls] == [logs]


def test_view_language_and_theme_are_saved(qtbot: QtBot, claimdesk_home: Path) -> None:
    from claimdesk.ui.theme import is_dark

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow()
    qtbot.addWidget(window)
    menus = window.menus
    settings = claimdesk_home / "config" / "settings.json"
    assert [a.text() for a in menus.language_menu.actions()] == [
        "&1 System language (English)",
        "&2 English",
        "&3 Español",
    ]
    menus.language_actions["es"].trigger()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: "Language saved" in window.statusBar().currentMessage())
    assert json.loads(settings.read_text())["language"] == "es"
    assert not is_dark(app)
    try:
        menus.theme_actions["dark"].trigger()
        assert is_dark(app)  # at once
        assert "#f2b8b5" in app.styleSheet()  # the dark set of colours
        QThreadPool.globalInstance().waitForDone(10_000)
        qtbot.waitUntil(lambda: "Theme saved" in window.statusBar().currentMessage())
        saved = json.loads(settings.read_text())
        assert (saved["theme"], saved["language"]) == ("dark", "es")  # both kept
    finally:
        menus.theme_actions[""].trigger()  # back to the system's
        QThreadPool.globalInstance().waitForDone(10_000)
    assert not is_dark(app)
    assert json.loads(settings.read_text())["theme"] == ""


def clipped_labels(window: MainWindow) -> list[str]:
    return [
        f"{w.text()!r}: {w.width()} < {w.sizeHint().width()}"
        for w in window.bar.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton)
        and w.isVisible()
        and w.width() < w.sizeHint().width()
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_window_fits_half_a_small_screen(
    qtbot: QtBot, claimdesk_home: Path, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    first = MainWindow()  # the first run's welcome
    qtbot.addWidget(first)
    first.show()
    first.show_welcome()
    qtbot.waitUntil(lambda: first.setup_finished)
    assert first.minimumSizeHint().width() <= HALF_SCREEN
    first.close()
    window = training_window(qtbot)
    for platform in ("myrewards", "claret", "peak", "thalamus"):
        connection = next(c for c in window.connections if c.service.platform == platform)
        if window.connection_name != connection.name:
            with qtbot.waitSignal(window.form_ready, timeout=15_000):
                window.select_connection(connection.name)
        wanted = window.minimumSizeHint().width()
        assert wanted <= HALF_SCREEN, f"{platform}: {wanted} px"
        window.resize(HALF_SCREEN, 720)
        qtbot.waitUntil(lambda: window.width() == HALF_SCREEN)
        QApplication.processEvents()
        assert clipped_labels(window) == [], platform
    # Every menu title shows in the menu bar at that width (none folded into ">>").
    bar = window.menuBar()
    assert all(bar.actionGeometry(a).right() <= bar.width() for a in bar.actions())
    window.training_badge.setVisible(True)
    assert window.minimumSizeHint().width() <= HALF_SCREEN


def test_help_saves_a_problem_report_where_the_user_chose(
    qtbot: QtBot, claimdesk_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Help → Save a problem report…: the file dialog's choice gets the zip, and the window
    says where (the dialog is the one boundary answered here)."""
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    window = training_window(qtbot)
    target = tmp_path / "support.zip"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.menus.problem_report.trigger()
    job = window.problem_report_job
    assert job is not None
    with qtbot.waitSignal(job.saved, timeout=60_000) as saved:
        pass
    assert saved.args == [str(target)]
    assert "claimdesk-report/about.txt" in zipfile.ZipFile(target).namelist()
    assert job.message is not None
    assert str(target) in job.message.text()
    job.message.close()

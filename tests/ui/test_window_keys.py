"""Every window of the app, in English and Spanish: no Alt+letter used twice in one window
(its menu bar's titles included; each menu's items among themselves), and every disabled
button or menu item says why in its tooltip."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.why_disabled import WHY

MNEMONIC = re.compile(r"&(?!&)(\S)")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown_in(widget: QWidget, window: QWidget) -> bool:
    return widget is window or widget.isVisibleTo(window)


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → what it reaches, over the window's shown widgets and menu bar."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = letter(text)
        if key is not None:
            found[key].append(f"{what} {text!r}")

    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not shown_in(widget, window):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return found


def menu_clashes(window: QWidget) -> list[str]:
    """Within each menu (and submenu), no letter twice."""
    clashes = []
    for menu in window.findChildren(QMenu):
        seen: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            key = letter(action.text())
            if key is not None and action.isVisible():
                seen[key].append(action.text())
        clashes += [f"{menu.title()!r}: Alt+{k.upper()} {v}" for k, v in seen.items() if len(v) > 1]
    return clashes


def unexplained(window: QWidget) -> list[str]:
    """Disabled buttons and menu items that do not say why."""
    missing = []
    for button in window.findChildren(QAbstractButton):
        if button.window() is not window or not shown_in(button, window):
            continue
        said = button.defaultAction() if isinstance(button, QToolButton) else None
        said = said or button  # a tool bar's button says what its action says
        if not button.isEnabled() and not (said.property(WHY) and button.toolTip()):
            missing.append(f"button {button.text() or button.objectName()!r}")
    for action in window.findChildren(QAction):
        if action.isSeparator() or not action.text() or action.menu() is not None:
            continue
        if not action.isEnabled() and not (action.property(WHY) and action.statusTip()):
            missing.append(f"menu item {action.text()!r}")
    return missing


def wait_shown(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.waitUntil(window.isVisible, timeout=10_000)
    return window


def every_window(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """Each window as it first opens (the main window also with a claim form)."""
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.setup_finished)
    yield "main window, no connection", main
    with qtbot.waitSignal(main.form_ready, timeout=30_000):
        main.start_training()
    qtbot.waitUntil(lambda: bool(main.outbox_sender.services), timeout=10_000)
    yield "main window, a MyRewards form", main
    for platform in ("claret", "peak", "thalamus"):  # each names its list differently
        connection = next(c for c in main.connections if c.service.platform == platform)
        with qtbot.waitSignal(main.form_ready, timeout=15_000):
            main.select_connection(connection.name)
        yield f"main window, a {platform} form", main
    with qtbot.waitSignal(main.form_ready, timeout=15_000):
        main.select_connection(main.connections[0].name)
    main.open_settings()
    settings = main.settings_dialog
    qtbot.waitUntil(lambda: settings.settings is not None, timeout=10_000)
    yield "settings", settings
    settings.reject()
    main.open_about()
    yield "about", wait_shown(qtbot, main.about_dialog)
    main.about_dialog.reject()
    main.open_shortcuts()
    yield "keyboard shortcuts", wait_shown(qtbot, main.shortcuts_dialog)
    main.shortcuts_dialog.reject()
    main.open_profiles()
    yield "connections", wait_shown(qtbot, main.profiles_dialog)
    main.profiles_dialog.reject()
    main.open_outbox()
    yield "outbox", wait_shown(qtbot, main.outbox_dialog)
    main.outbox_dialog.reject()

    batch = main.open_batch()
    qtbot.addWidget(batch)
    yield "batch grid with its problem panel", wait_shown(qtbot, batch)
    path = tmp_path / "odd.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Sold on", "SKU", "Qty", "Notes"], ["x", "y", "1", "z"]])
    batch.import_file(path)
    qtbot.waitUntil(lambda: batch.mapping_dialog is not None, timeout=10_000)
    yield "column mapping", batch.mapping_dialog
    batch.mapping_dialog.reject()
    batch.close()

    points = main.open_reward_points()
    qtbot.addWidget(points)
    qtbot.waitUntil(lambda: points.promotion is not None, timeout=15_000)
    qtbot.waitUntil(lambda: not points.loader.loading, timeout=15_000)
    yield "reward points", points
    dialog = points.new_reward_point()
    yield "reward point", wait_shown(qtbot, dialog)
    dialog.reject()
    points.close()

    claret = next(c for c in main.connections if c.service.platform == "claret")
    with qtbot.waitSignal(main.form_ready, timeout=15_000):
        main.select_connection(claret.name)
    sales = main.open_sales_browser()
    qtbot.addWidget(sales)
    yield "sales browser", wait_shown(qtbot, sales)
    sales.close()
    main.close()


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, claimdesk_home: Path) -> Iterator[str]:
    from claimdesk.ui.i18n import install_language, uninstall_language

    assert install_language(request.param) == request.param
    yield request.param
    uninstall_language()


def test_no_window_uses_an_alt_letter_twice(qtbot: QtBot, language: str, tmp_path: Path) -> None:
    clashes = []
    for name, window in every_window(qtbot, tmp_path):
        for key, what in mnemonics(window).items():
            if len(what) > 1:
                clashes.append(f"{name}: Alt+{key.upper()} → {', '.join(what)}")
        clashes += [f"{name}: {clash}" for clash in menu_clashes(window)]
    assert not clashes, "\n".join(clashes)


def test_every_disabled_button_says_why(qtbot: QtBot, language: str, tmp_path: Path) -> None:
    missing = []
    for name, window in every_window(qtbot, tmp_path):
        QApplication.processEvents()
        missing += [f"{name}: {what}" for what in unexplained(window)]
    assert not missing, "\n".join(missing)


def test_a_disabled_buttons_reason_follows_the_state(qtbot: QtBot, claimdesk_home: Path) -> None:
    """The reward points window: Edit says "Select one row to edit" until one row is."""
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.form_ready, timeout=30_000):
        main.start_training()
    points = main.open_reward_points()
    qtbot.addWidget(points)
    qtbot.waitUntil(lambda: points.promotion is not None and points.model.rowCount() > 0)
    qtbot.waitUntil(lambda: not points.loader.loading, timeout=15_000)
    edit, activate = points.edit_button, points.activate_button
    assert not edit.isEnabled()
    assert edit.toolTip() == "Select one row to edit"
    assert activate.toolTip() == "Select one or more rows first"
    first, second = (points.model.items[n].reference for n in (0, 1))
    points.select_references([first, second])
    assert not edit.isEnabled()
    assert edit.toolTip() == "Select one row to edit"
    assert activate.isEnabled()
    assert not activate.property(WHY)
    points.select_references([first])
    assert edit.isEnabled()
    assert edit.toolTip() != "Select one row to edit"
    points.select_references([])
    assert edit.toolTip() == "Select one row to edit"
    points.close()


def test_the_target_label_takes_a_free_alt_letter(qtbot: QtBot) -> None:
    from claimdesk.ui.mnemonics import with_mnemonic

    assert with_mnemonic("Promotion:", {"o", "b"}) == "&Promotion:"
    assert with_mnemonic("Object:", {"o", "b"}) == "Ob&ject:"
    assert with_mnemonic("R&D:", {"r"}) == "R&&&D:"  # the "&" shows as itself
    assert with_mnemonic("Ab:", {"a", "b"}) == "Ab:"

"""The main window's menu bar: File, Edit, View, Tools, Help.

Each menu item calls the window's own method (the window stays the one place that opens
things); the items that cannot act now are disabled and say why (ui/why_disabled.py).

Imported before the first frame: Qt widgets only, no ``Qt`` namespace (see main_window);
the shortcuts are set after the first frame (``finish_setup``)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from claimdesk.ui.i18n import LANGUAGES, system_language
from claimdesk.ui.why_disabled import set_enabled_why

if TYPE_CHECKING:
    from claimdesk.service.platform import PlatformService
    from claimdesk.settings import Settings
    from claimdesk.ui.main_window import MainWindow

log = logging.getLogger("claimdesk.ui")
_SAVING = threading.Lock()


class MainMenus(QObject):
    """Builds the window's menu bar and keeps its items' states in step with the window
    (the connection in use, whether a form is ready; Edit's, as it opens, with the field
    that has the cursor — a field handles its own Ctrl+Z, Ctrl+C… whatever Edit says)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar: QMenuBar = window.menuBar()
        self.service: PlatformService | None = None
        self._form_ready = False
        self._language_setting: str | None = None  # until the settings file is read
        self._build_file()
        self._build_edit()
        self._build_view()
        self._build_tools()
        self._build_help()
        self.show_form_ready(False)
        self.offer_tools(None)
        self.update_edit()

    def _menu(self, title: str, name: str) -> QMenu:
        menu = self.bar.addMenu(title)
        menu.setObjectName(name)
        menu.setToolTipsVisible(True)  # a disabled item's tooltip says why
        return menu

    def _action(self, menu: QMenu, text: str, tip: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- the menus --------------------------------------------------------------------------

    def _build_file(self) -> None:
        w = self.window
        self.file_menu = menu = self._menu(self.tr("&File"), "fileMenu")
        self.new_claim = self._action(
            menu, self.tr("&New claim"), self.tr("Empty the form for a new claim"), w.new_claim
        )
        self.import_claims = self._action(
            menu,
            self.tr("&Import…"),
            self.tr("Import a spreadsheet of claims into the batch grid"),
            w.import_claims,
        )
        menu.addSeparator()
        self.quit = self._action(menu, self.tr("&Quit"), self.tr("Close ClaimDesk"), w.quit)

    def _build_edit(self) -> None:
        self.edit_menu = menu = self._menu(self.tr("&Edit"), "editMenu")
        self.undo = self._action(
            menu, self.tr("&Undo"), self.tr("Undo the last change in the field"), self._undo
        )
        self.redo = self._action(
            menu, self.tr("&Redo"), self.tr("Redo what was undone in the field"), self._redo
        )
        menu.addSeparator()
        self.cut = self._action(menu, self.tr("Cu&t"), self.tr("Cut the selected text"), self._cut)
        self.copy = self._action(
            menu, self.tr("&Copy"), self.tr("Copy the selected text"), self._copy
        )
        self.paste = self._action(
            menu, self.tr("&Paste"), self.tr("Paste into the field"), self._paste
        )
        menu.addSeparator()
        self.select_all = self._action(
            menu, self.tr("Select &all"), self.tr("Select the field's text"), self._select_all
        )
        menu.aboutToShow.connect(self.update_edit)

    def _build_view(self) -> None:
        w = self.window
        self.view_menu = menu = self._menu(self.tr("&View"), "viewMenu")
        self.outbox = self._action(
            menu,
            self.tr("&Outbox"),
            self.tr("Claims waiting to be sent or needing a look"),
            w.open_outbox,
        )
        menu.addSeparator()
        self.language_menu = menu.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        names = {
            "": self.tr("System language ({name})").format(name=LANGUAGES[system_language()]),
            **LANGUAGES,
        }
        for n, (code, name) in enumerate(names.items(), start=1):
            # Numbered: the languages' own names could share a first letter.
            action = QAction(f"&{n} {name}", self.window)
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.theme_menu = menu.addMenu(self.tr("&Theme"))
        self.theme_menu.setObjectName("themeMenu")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for code, name, tip in (
            ("", self.tr("&System"), self.tr("Light or dark as the system is")),
            ("light", self.tr("&Light"), self.tr("Light, whatever the system uses")),
            ("dark", self.tr("&Dark"), self.tr("Dark, whatever the system uses")),
        ):
            action = QAction(name, self.window)
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_theme(code))
            self.theme_menu.addAction(action)
            self.theme_actions[code] = action
        menu.aboutToShow.connect(self._read_settings)

    def _build_tools(self) -> None:
        w = self.window
        self.tools_menu = menu = self._menu(self.tr("&Tools"), "toolsMenu")
        self.connections = self._action(
            menu,
            self.tr("&Connections…"),
            self.tr("Add, edit, test or remove connection profiles"),
            w.open_profiles,
        )
        self.reward_points = self._action(
            menu,
            self.tr("&Reward points…"),
            self.tr("List, create and edit the reward points of a promotion"),
            w.open_reward_points,
        )
        self.sales_browser = self._action(
            menu,
            self.tr("Sales &browser…"),
            self.tr("Browse the sales Claret already holds, over every page"),
            w.open_sales_browser,
        )
        self.returns = self._action(
            menu,
            self.tr("Re&turns…"),
            self.tr("Return MyRewards claims from a form or a file: their points are taken back"),
            w.open_returns,
        )
        menu.addSeparator()
        self.settings = self._action(
            menu, self.tr("&Settings…"), self.tr("Language and other preferences"), w.open_settings
        )

    def _build_help(self) -> None:
        w = self.window
        self.help_menu = menu = self._menu(self.tr("&Help"), "helpMenu")
        self.shortcuts = self._action(
            menu,
            self.tr("&Keyboard shortcuts"),
            self.tr("Every shortcut of this window, and where it works"),
            w.open_shortcuts,
        )
        self.log_folder = self._action(
            menu,
            self.tr("Open &log folder"),
            self.tr("The folder of ClaimDesk's log files, for troubleshooting"),
            w.open_log_folder,
        )
        self.problem_report = self._action(
            menu,
            self.tr("Save a &problem report…"),
            self.tr("One zip for support: versions, recent logs and outbox messages, no secrets"),
            w.save_problem_report,
        )
        menu.addSeparator()
        self.about = self._action(
            menu,
            self.tr("&About ClaimDesk"),
            self.tr("Version, and the licences of bundled software"),
            w.open_about,
        )

    def finish_setup(self) -> None:
        """Shortcuts and icons, after the window's first frame."""
        from PySide6.QtGui import QKeySequence

        from claimdesk.ui.icons import icon

        standard = QKeySequence.StandardKey
        for action, keys in (
            (self.new_claim, QKeySequence(standard.New)),
            (self.quit, QKeySequence("Ctrl+Q")),
            (self.undo, QKeySequence(standard.Undo)),
            (self.redo, QKeySequence(standard.Redo)),
            (self.cut, QKeySequence(standard.Cut)),
            (self.copy, QKeySequence(standard.Copy)),
            (self.paste, QKeySequence(standard.Paste)),
            (self.select_all, QKeySequence(standard.SelectAll)),
            (self.outbox, QKeySequence("Ctrl+O")),
            (self.settings, QKeySequence("Ctrl+,")),
            (self.shortcuts, QKeySequence("F1")),
        ):
            action.setShortcut(keys)
        for action, name in (
            (self.new_claim, "new"),
            (self.import_claims, "batch"),
            (self.outbox, "outbox"),
            (self.connections, "connections"),
            (self.settings, "settings"),
        ):
            action.setIcon(icon(name))

    # --- states -----------------------------------------------------------------------------

    def show_form_ready(self, ready: bool) -> None:
        """A claim form is ready (or not): New claim and Import… act on it."""
        self._form_ready = ready
        why = None if ready else self.tr("Choose a connection and what to claim against first")
        set_enabled_why(self.new_claim, why)
        set_enabled_why(self.import_claims, why)

    def offer_tools(self, service: PlatformService | None) -> None:
        """The admin windows the connection in use offers are enabled; the others say why.
        The tools by their values (AdminTool is a StrEnum): importing the service's module
        here would load pydantic before the window's first frame."""
        self.service = service
        tools = service.capabilities.admin_tools if service is not None else ()
        for action, tool, missing in (
            (
                self.reward_points,
                "reward_points",
                self.tr("The connection in use has no reward points to manage"),
            ),
            (
                self.sales_browser,
                "sales",
                self.tr("The connection in use offers no sales browser"),
            ),
            (
                self.returns,
                "returns",
                self.tr("The connection in use has no returned claims (MyRewards has)"),
            ),
        ):
            if service is None:
                set_enabled_why(action, self.tr("Open a connection first"))
            else:
                set_enabled_why(action, None if tool in tools else missing)

    def update_edit(self) -> None:
        """Undo, Redo, Cut, Copy, Paste and Select all for the field with the cursor."""
        editor = focused_editor(self.window)
        if editor is None:
            why = self.tr("Put the cursor in a text field first")
            for action in (
                self.undo,
                self.redo,
                self.cut,
                self.copy,
                self.paste,
                self.select_all,
            ):
                set_enabled_why(action, why)
            return
        from PySide6.QtWidgets import QLineEdit

        if isinstance(editor, QLineEdit):
            can_undo, can_redo = editor.isUndoAvailable(), editor.isRedoAvailable()
            selected, has_text = editor.hasSelectedText(), bool(editor.text())
            read_only = editor.isReadOnly()
        else:
            document = editor.document()
            can_undo, can_redo = document.isUndoAvailable(), document.isRedoAvailable()
            selected = editor.textCursor().hasSelection()
            has_text = not document.isEmpty()
            read_only = editor.isReadOnly()
        fixed = self.tr("This field cannot be changed")
        no_selection = self.tr("Select some text first")
        set_enabled_why(self.undo, None if can_undo else self.tr("Nothing to undo in this field"))
        set_enabled_why(self.redo, None if can_redo else self.tr("Nothing to redo in this field"))
        set_enabled_why(self.cut, fixed if read_only else None if selected else no_selection)
        set_enabled_why(self.copy, None if selected else no_selection)
        set_enabled_why(self.paste, fixed if read_only else None)
        set_enabled_why(self.select_all, None if has_text else self.tr("This field is empty"))

    def _edit(self, method: str) -> None:
        editor = focused_editor(self.window)
        if editor is not None:
            getattr(editor, method)()
        self.update_edit()

    def _undo(self) -> None:
        self._edit("undo")

    def _redo(self) -> None:
        self._edit("redo")

    def _cut(self) -> None:
        self._edit("cut")

    def _copy(self) -> None:
        self._edit("copy")

    def _paste(self) -> None:
        self._edit("paste")

    def _select_all(self) -> None:
        self._edit("selectAll")

    # --- the language -----------------------------------------------------------------------

    def _read_settings(self) -> None:
        """The saved language, read on a worker the first time the View menu opens."""
        if self._language_setting is not None:
            return
        from claimdesk.settings import load_settings

        self.window.runner.run(load_settings, self._on_settings, self._on_settings_failed)

    def _on_settings(self, settings: Settings) -> None:
        self._language_setting = settings.language
        self._check_language(settings.language)
        self._check_theme()

    def _check_theme(self) -> None:
        from claimdesk.ui.theme import chosen_theme

        self.theme_actions[chosen_theme()].setChecked(True)

    def _on_settings_failed(self, error: BaseException) -> None:
        log.warning("settings not read: %s", error)

    def _check_language(self, code: str) -> None:
        action = self.language_actions.get(code if code in LANGUAGES else "")
        if action is not None:
            action.setChecked(True)

    def choose_language(self, code: str) -> None:
        """Save the language (read, changed and written on a worker); it applies at the
        next start, as in Settings."""
        self._language_setting = code
        self._check_language(code)
        said = self.tr("Language saved: it applies the next time ClaimDesk starts.")
        self._save(said, language=code)

    def choose_theme(self, theme: str) -> None:
        """Use the theme at once, and keep it for the next start (saved on a worker)."""
        from claimdesk.ui.theme import use_theme

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        use_theme(app, theme)
        self._check_theme()
        self._save(self.tr("Theme saved."), theme=theme)

    def _save(self, said: str, **changes: str) -> None:
        from claimdesk.settings import load_settings, save_settings

        def save() -> None:
            with _SAVING:  # one read-change-write at a time: two quick choices both kept
                save_settings(load_settings().with_changes(**changes))

        self.window.runner.run(
            save,
            lambda _none: self.window.statusBar().showMessage(said, 10_000),
            self._on_save_failed,
        )

    def _on_save_failed(self, error: BaseException) -> None:
        log.warning("settings not saved: %s", error)
        self.window.statusBar().showMessage(self.tr("Not saved: {why}").format(why=error), 15_000)


def focused_editor(window: QWidget) -> Any:
    """The text field (QLineEdit, QTextEdit or QPlainTextEdit) with the keyboard focus in
    ``window`` (an editable list's line too), or None."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

    widget = QApplication.focusWidget()
    if widget is None or widget.window() is not window:
        return None
    if isinstance(widget, QComboBox):
        return widget.lineEdit() if widget.isEditable() else None
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    return None


def log_folder() -> Path:
    """The log folder, made if missing (on a worker: it touches the disk)."""
    from claimdesk.paths import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder

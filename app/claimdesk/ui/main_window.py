"""The main window: pick a connection and what to claim against (a promotion, a sale type…),
fill the claim form built from its schema, see each
field's problem and the estimated points, submit, and see the platform's answer.

The window is a shell: the connection bar (ui/connection_bar.py), the claim page
(ui/claim_page.py) and the welcome page (ui/welcome_page.py) do the work; the shell
composes them, keeps the menu bar (ui/menus.py), the status bar and the shortcuts, opens
connections and the other windows.

Everything slow (starting the sandbox, the network) runs through ``Runner``; this module
imports only Qt and the light domain modules so that the window shows quickly."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

# No ``Qt`` namespace import here (nor in the parts): its first use builds ~100 enums
# (≈18 ms), which the first frame does not need. It is imported where used, after the
# window shows.
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QPushButton, QVBoxLayout, QWidget

from claimdesk.ui.claim_page import ClaimPage, refused_credentials
from claimdesk.ui.connection_bar import ConnectionBar
from claimdesk.ui.menus import MainMenus
from claimdesk.ui.outbox_badge import OutboxBadge
from claimdesk.ui.sender import OutboxSender
from claimdesk.ui.welcome_page import WelcomePage
from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from claimdesk.service.connections import Connection
    from claimdesk.service.outbox import Queued, SentOne
    from claimdesk.service.platform import AdminTool, LoadedForm, PlatformService, Target
    from claimdesk.service.workspace import Workspace
    from claimdesk.ui.claim_form import ClaimForm

log = logging.getLogger("claimdesk.ui")

T = TypeVar("T")

SETUP_LATEST_MS = 250  # the shortcuts and icons of a window never painted (not shown)


class MainWindow(QMainWindow):
    """Signals say when the window reaches a state, for tests and the training tour."""

    targets_loaded = Signal()
    form_ready = Signal()
    load_failed = Signal(str)  # the training sandbox, a list or a form could not be loaded
    submitted = Signal(object)  # SubmitResult

    def __init__(self, workspace: Workspace | None = None, runner: Runner | None = None) -> None:
        """``workspace``: what the window works with; without one, the window makes its own
        on first use (on a worker: its imports would delay the first frame) and closes it
        when it closes."""
        super().__init__()
        self.runner = runner or Runner(self)
        self._workspace = workspace
        self._owns_workspace = workspace is None
        self._workspace_lock = threading.Lock()
        self._training = False  # training mode started (or starting)
        self.outbox_sender = OutboxSender(self)
        self.outbox_sender.sent.connect(self._on_background_sent)
        self._closed = False
        self._quitting = False  # File → Quit (or the window's close button): asks first
        self.today: Any = None  # ui/today_list.TodayList, made after the first frame
        self.status_line: Any = None  # ui/status_line.StatusLine, likewise
        self._painted = False
        self.setup_finished = False
        self.keep_welcome = False  # the first run's welcome stays until a connection opens
        self.setWindowTitle(self.tr("ClaimDesk"))
        # Half of a 1366-pixel screen fits its minimum width (tests/ui/test_menus.py).
        self.resize(680, 720)
        self._build()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        root = QVBoxLayout(central)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(10)
        self._root_layout = root  # the Today list joins it after the first frame
        self.bar = ConnectionBar(self.runner, central)
        root.addWidget(self.bar)
        self.welcome = WelcomePage()
        self.claim_page = ClaimPage(self.runner, self.outbox_sender, self.welcome, central)
        root.addWidget(self.claim_page, 1)
        self.setCentralWidget(central)

        page, bar, welcome = self.claim_page, self.bar, self.welcome
        self.batch_button = QPushButton(self.tr("&Batch…"), central)
        self.batch_button.setObjectName("batchButton")
        self.batch_button.setToolTip(
            self.tr("Many claims at once: import a spreadsheet or paste rows (Ctrl+B)")
        )
        page.add_footer_button(self.batch_button, with_form=True)
        page.tab_lead = bar.tab_chain
        # The parts' actions, under the names the window has always had.
        self.show_banner, self.hide_banner = page.show_banner, page.hide_banner
        self.revalidate, self.submit, self.clear_form = (
            page.revalidate,
            page.submit,
            page.clear_form,
        )
        self.new_claim, self.save_draft_now = page.new_claim, page.save_draft_now
        self.select_connection, self.select_target = bar.select_connection, bar.select_target
        self.select_promotion = bar.select_target
        # The confirmations go through the window's methods (tests answer them there).
        page.ask_warning = lambda text: self.confirm_warning(text)
        page.ask_duplicate = lambda queued: self.confirm_duplicate(queued)

        # The parts' widgets, under the names the window has always had.
        self.training_badge, self.connection_box = bar.training_badge, bar.connection_box
        self.target_label, self.target_box = bar.target_label, bar.target_box
        self.reload_button = bar.reload_button
        self.connection_state = bar.state_label
        self.banner, self.pages, self.points_label = page.banner, page.pages, page.points_label
        self.clear_button, self.submit_button = page.clear_button, page.submit_button
        self.empty_page, self.empty_icon = welcome, welcome.icon
        self.empty_title, self.empty_label = welcome.title, welcome.label
        self.training_button = welcome.training_button
        self.add_connection_button = welcome.add_connection_button

        self.menus = MainMenus(self)
        # "Training mode" at the menu bar's right end, where it takes no room from the lists.
        self.menuBar().setCornerWidget(bar.training_badge)
        page.form_enabled.connect(self.menus.show_form_ready)
        self._build_status()
        # Shortcuts and icons after the first frame (see paintEvent); a window never shown
        # (or never painted) gets them a moment later all the same.
        QTimer.singleShot(SETUP_LATEST_MS, self._finish_setup)
        bar.connection_chosen.connect(self._on_connection_chosen)
        bar.target_chosen.connect(page.load)
        bar.targets_loaded.connect(self._on_targets_loaded)
        bar.load_failed.connect(self._on_load_failed)
        bar.reload_button.clicked.connect(self.reload)
        welcome.training_requested.connect(self.start_training)
        welcome.add_connection_requested.connect(self.open_profiles)
        welcome.edit_connection_requested.connect(self.open_profiles)
        page.edit_connection_requested.connect(self.open_profiles)
        page.load_failed.connect(self._on_load_failed)
        page.reached.connect(lambda cached_at: bar.show_reached(offline=cached_at is not None))
        page.form_ready.connect(self.form_ready)
        page.submitted.connect(self.submitted)
        page.message.connect(self.statusBar().showMessage)
        self.batch_button.clicked.connect(self.open_batch)
        welcome.show_start()

    def _build_status(self) -> None:
        """The status bar: there before the first frame, so that nothing said before the
        rest is set up (outbox counts, the connection state) is lost."""
        self.statusBar().addPermanentWidget(self.bar.state_label)
        self.badge = OutboxBadge(self)
        self.badge.clicked.connect(self.open_outbox)
        self.statusBar().addPermanentWidget(self.badge)
        self.outbox_sender.counts_changed.connect(self.badge.show_counts)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # The first frame is on screen: now the shortcuts and icons. Either is the first
            # use of Qt's ``Qt`` namespace, whose ~90 Python enums PySide makes at once
            # (~45 ms): the window shows that much sooner.
            self._painted = True
            QTimer.singleShot(0, self._finish_setup)

    def _finish_setup(self) -> None:
        if self.setup_finished or self._closed:
            return  # already done (after the first frame, or by the timer), or closed first
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QApplication

        from claimdesk.ui.icons import app_icon, icon

        page = self.claim_page
        self.batch_button.setShortcut(QKeySequence("Ctrl+B"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_draft_now)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        QApplication.setWindowIcon(app_icon())
        self.badge.finish_setup()
        self.batch_button.setIcon(icon("batch"))
        self.bar.finish_setup()
        page.finish_setup()
        self.welcome.finish_setup()
        self.menus.finish_setup()
        self._build_sending()
        self.setup_finished = True

    def _build_sending(self) -> None:
        """The Today list under the form and the sending line in the status bar
        (ui/today_list.py, ui/status_line.py): after the first frame, as they use Qt's
        enums."""
        from claimdesk.ui.status_line import StatusLine
        from claimdesk.ui.today_list import TodayList

        page, central = self.claim_page, self.centralWidget()
        today = self.today = TodayList(
            self.outbox_sender, self._connection_name, lambda: page.current, central
        )
        self._root_layout.addWidget(today)
        today.setVisible(page.connection is not None)
        today.edit_requested.connect(self.edit_claim)
        page.submitted.connect(today.refresh_soon)
        page.form_ready.connect(today.refresh_soon)
        line = self.status_line = StatusLine(self.outbox_sender, self._connection_name, self)
        self.statusBar().insertPermanentWidget(0, line)
        today.refreshed.connect(self._drop_stale_banner)
        line.reachable.connect(self._on_reachable)
        page.submitted.connect(lambda result: line.heard(self._connection_name(), result))

    def _connection_name(self) -> str:
        connection = self.claim_page.connection
        return connection.name if connection is not None else ""

    def _on_reachable(self, reachable: bool) -> None:
        """What the sends found, in the connection's state: not "Connected" while they fail,
        nor "Offline" once they go through."""
        if reachable:
            self.bar.show_reached(offline=False)
        else:
            self.bar.set_state(self.tr("⚠ Offline"), self.bar.state_label.toolTip())

    @property
    def workspace(self) -> Workspace:
        with self._workspace_lock:
            if self._workspace is None:
                from claimdesk.service.workspace import Workspace

                self._workspace = Workspace()
            return self._workspace

    # --- the parts' state, under the window's names ---------------------------------------

    @property
    def service(self) -> PlatformService | None:
        return self.claim_page.service

    @property
    def current(self) -> LoadedForm | None:
        return self.claim_page.current

    @property
    def form(self) -> ClaimForm | None:
        return self.claim_page.form

    @property
    def connections(self) -> list[Connection]:
        return self.bar.connections

    @property
    def connection_name(self) -> str:
        return self.bar.connection_name

    @property
    def current_connection(self) -> Connection | None:
        return self.claim_page.connection

    def show_empty(self, text: str, *, offer_training: bool = True, title: str = "") -> None:
        """The page shown when there is no form: what is happening, or what to do first."""
        self.welcome.show_text(text, offer_training=offer_training, title=title)
        self.claim_page.show_empty_page()

    def show_welcome(self) -> None:
        """The first run's welcome: what ClaimDesk does, and the two ways to begin."""
        self.claim_page.show_empty_page()
        self.welcome.show_welcome()

    def confirm_warning(self, text: str) -> bool:
        return self.claim_page.confirm_warning(text)

    def confirm_duplicate(self, queued: Queued) -> bool:
        return self.claim_page.confirm_duplicate(queued)

    # --- connecting ---------------------------------------------------------------------

    def start_training(self) -> None:
        """Start the sandbox in this process on a free loopback port and connect to it."""
        if self._training:
            return
        self._training = True
        self.welcome.show_training_starting()
        self.claim_page.show_empty_page()
        self.statusBar().showMessage(self.tr("Starting the training sandbox…"))
        self.runner.run(
            lambda: _logged(self.workspace.start_training),
            self._on_training_started,
            self._on_training_failed,
        )

    def _on_training_started(self, connections: list[Connection]) -> None:
        if self._closed:
            return
        self.training_badge.setVisible(True)
        self.setWindowTitle(self.tr("ClaimDesk — Training mode"))
        self.set_connections(connections)

    def _on_training_failed(self, error: BaseException) -> None:
        log.warning("the training sandbox could not start: %r", error)
        self._training = False
        self.load_failed.emit(str(error))
        self.welcome.show_training_failed(error)
        self.claim_page.show_empty_page()
        self.statusBar().showMessage(self.tr("Training sandbox failed to start"))

    def load_profiles(self) -> None:
        """Open every saved profile (settings from disk, secrets from the keyring) off the
        GUI thread; training connections, when running, stay in front."""
        self.runner.run(
            lambda: _logged(self.workspace.open_profiles),
            self._on_profiles_opened,
            self._on_profiles_failed,
        )

    def _on_profiles_opened(self, opened: tuple[list[Connection], list[str]]) -> None:
        connections, problems = opened
        self.outbox_sender.poke()  # claims an edited connection released go now
        training = [c for c in self.connections if c.profile is None]
        for connection in connections:
            if connection.confirmed:
                self.claim_page.confirmed.add(connection.name)
        if problems:
            self.statusBar().showMessage(" ".join(problems))
        if training or connections or self.connections:  # (the last removed: none)
            self.set_connections([*training, *connections], keep=self.connection_name)
        if training or connections:
            return
        self.claim_page.set_form_enabled(False)
        if problems:
            self.show_empty("\n\n".join(problems))
        elif not self.keep_welcome:
            self.welcome.show_no_profiles()
            self.claim_page.show_empty_page()

    def _on_profiles_failed(self, error: BaseException) -> None:
        self.show_empty(
            self.tr("Your connection profiles could not be read: {error}").format(error=error)
        )

    def open_profiles(self) -> None:
        """The profiles dialog, on the connection the window works with (a training one is
        no profile: the dialog says so); what it saves is reopened at once (an edited secret
        too)."""
        from claimdesk.ui.profiles_dialog import ProfilesDialog

        connection = self.current_connection
        dialog = ProfilesDialog(
            self.workspace,
            self,
            current=connection.profile if connection is not None else None,
            training=connection is not None and connection.profile is None,
        )
        dialog.profiles_changed.connect(self.load_profiles)
        self.profiles_dialog = dialog
        dialog.open()

    def set_connections(self, connections: list[Connection], keep: str = "") -> None:
        """Offer these connections (the workspace's, or any opened elsewhere, which the
        workspace is then given); ``keep`` (if still offered) or the first one opens."""
        workspace = self.workspace
        for connection in connections:
            if workspace.connection(connection.name) is not connection:
                workspace.add_connection(connection)
        self.claim_page.watch_only([c.service for c in connections])
        self.bar.set_connections(connections, keep)

    def connection_by_name(self, name: str) -> Connection | None:
        """The open connection of that name (called from worker threads too)."""
        return self.workspace.connection(name)

    def _on_connection_chosen(self, connection: Connection) -> None:
        self._use(connection, connection.description or connection.name)

    def use_service(self, service: PlatformService, description: str) -> None:
        """Work with this platform (a service opened without a profile, given to the
        workspace): load its targets, then the first target's form."""
        connection = next((c for c in self.connections if c.service is service), None)
        if connection is None:
            from claimdesk.service.connections import Connection

            connection = Connection(service.platform_name, service, description)
            self.workspace.add_connection(connection)
        self._use(connection, description)

    def _use(self, connection: Connection, description: str) -> None:
        service = connection.service
        self.claim_page.use(connection, self.workspace)
        if self.today is not None:
            self.today.setVisible(True)
            self.today.refresh_soon()
            self.status_line.connection_changed()
        self.outbox_sender.start(self.workspace)  # once: opens the outboxes, then sends
        self.menus.offer_tools(service)
        self.statusBar().showMessage(description)
        self.bar.show_connecting(service.platform_name, connection.description)
        self.load_targets()

    def load_targets(self) -> None:
        service = self.service
        if service is None:
            return
        self.show_empty(self.tr("Loading…"), offer_training=False)
        self.bar.load_targets(service, prepare=self.workspace.install_response_cache)

    def _on_targets_loaded(self) -> None:
        self.targets_loaded.emit()
        if not self.bar.targets:
            self.show_empty(
                self.tr("This connection offers nothing to enter claims for."),
                offer_training=False,
            )

    def _on_load_failed(self, error: BaseException) -> None:
        log.warning("loading from the platform failed: %r", error)
        self.load_failed.emit(str(error))
        if refused_credentials(getattr(error, "status", None)):
            # F5 cannot help until the credentials are corrected: offer that instead.
            self.welcome.show_credentials_refused(
                self.tr(
                    "Could not load from the platform: {error}\n\nCorrect the credentials (or "
                    "have the permission granted), then save the connection: the form loads "
                    "again at once."
                ).format(error=error)
            )
            self.claim_page.show_empty_page()
            self.statusBar().showMessage(self.tr("Loading failed"))
            self.bar.show_unreachable()  # Reload enabled; the state says why, below
            self.bar.set_state(self.tr("✖ Credentials refused"), self.bar.state_label.toolTip())
            return
        self.show_empty(
            self.tr("Could not load from the platform: {error}\n\nPress F5 to try again.").format(
                error=error
            ),
            offer_training=False,
        )
        self.statusBar().showMessage(self.tr("Loading failed"))
        self.bar.show_unreachable()

    def reload(self) -> None:
        """(Re)load the chosen target's form, keeping what was typed."""
        if self.service is None:
            return
        if not self.bar.targets:
            self.load_targets()
            return
        target: Target | None = self.bar.current_target
        if target is not None:
            self.claim_page.load(target)

    # --- other windows --------------------------------------------------------------------

    def open_settings(self) -> None:
        from claimdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        self.settings_dialog = dialog
        dialog.open()

    def _on_background_sent(self, one: SentOne) -> None:
        current = self.current_connection
        # Guess: only the connection in use says so in its banner; another connection's held
        # claims show in the outbox (and go when that connection is saved).
        if (
            one.claim.state.value == "queued"
            and refused_credentials(one.result.http_status)
            and current is not None
            and one.claim.connection == current.name
        ):
            self.claim_page.show_credentials_refused(
                self.tr(
                    "Claim #{id} is waiting: {why} Correct the credentials (or have the "
                    "permission granted), then save the connection: the claim goes at once."
                ).format(id=one.claim.id, why=one.claim.message)
            )
            banner = self.claim_page.banner.text()  # goes once the claim does
            self.claim_page.queued_banner = (current.name, one.claim.id, banner, "queued")
            return
        self._drop_stale_banner([one.claim])

    def _drop_stale_banner(self, claims: Any = None) -> None:
        """A claim the form left waiting or to check went (or was settled) since: its
        "Queued…" or "needs a look" banner, if still shown, is no longer true (the status
        line and the Today list say what happened). ``claims``: as the sender or the Today
        list last read them."""
        page = self.claim_page
        shown = page.queued_banner
        if shown is None:
            return
        if claims is None:
            claims = [row.claim for row in self.today.model.rows]
        connection, claim_id, text, state = shown
        for claim in claims:
            if (claim.connection, claim.id) == (connection, claim_id) and claim.state != state:
                page.queued_banner = None
                if page.banner.isVisible() and page.banner.text() == text:
                    page.hide_banner()

    def open_batch(self) -> Any:
        """The batch window for the current connection and form (one per form)."""
        from claimdesk.ui.batch_window import BatchWindow

        connection, current = self.current_connection, self.current
        if connection is None or current is None:
            return None
        window = BatchWindow(
            connection,
            current,
            lambda: self.outbox_sender.service_for(connection),
            self,
            drafts=self.workspace.drafts(),
        )
        window.sent.connect(lambda _report: self.outbox_sender.poke())
        self.batch_window = window
        window.show()
        return window

    def open_returns(self) -> bool:
        """The Returns window (MyRewards returned claims) of the promotion chosen, once its
        returns form has loaded (``returns_window``); False when the connection's platform
        has none (``AdminTool.RETURNS``) or no promotion is chosen."""
        from claimdesk.ui.returns_window import ReturnsWindow, load_returns

        connection, key = self.current_connection, self.target_box.currentData()
        if connection is None or not key:
            return False

        def opened(form: LoadedForm) -> None:
            window = ReturnsWindow(
                connection, form, lambda: self.outbox_sender.service_for(connection), self
            )
            window.sent.connect(lambda _report: self.outbox_sender.poke())
            self.returns_window = window
            window.show()

        def failed(error: BaseException) -> None:
            self.show_banner(
                "error", self.tr("The returns could not be opened: {why}").format(why=error)
            )

        return load_returns(self.runner, connection, str(key), opened, failed)

    def import_claims(self) -> Any:
        """File → Import…: the batch grid for the current form, asking for the file."""
        window = self.open_batch()
        if window is not None:
            QTimer.singleShot(0, window.choose_file)  # once the grid shows
        return window

    def open_admin(self, tool: AdminTool | None = None) -> Any:
        """The admin window ``tool`` (by default the first the connection's platform
        offers: ``capabilities.admin_tools``); None when the connection has none."""
        from claimdesk.ui.admin_windows import admin_window

        if tool == "returns":  # AdminTool.RETURNS: its form loads on a worker first
            return self.open_returns()
        connection = self.current_connection
        if connection is None:
            return None
        tools = connection.service.capabilities.admin_tools
        tool = tool if tool is not None else (tools[0] if tools else None)
        if tool is None:
            return None
        window = admin_window(tool, connection, self.target_box.currentData(), self)
        if window is not None:
            self.admin_window = window  # kept while it is open
            window.show()
        return window

    def open_reward_points(self) -> Any:
        from claimdesk.service.platform import AdminTool

        return self.open_admin(AdminTool.REWARD_POINTS)

    def open_sales_browser(self) -> Any:
        from claimdesk.service.platform import AdminTool

        return self.open_admin(AdminTool.SALES)

    def open_shortcuts(self) -> None:
        from claimdesk.ui.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def save_problem_report(self) -> None:
        """Help → Save a problem report…: asks where, builds the zip off the GUI thread,
        then says where it was saved."""
        from claimdesk.ui.problem_report import save_problem_report

        self.problem_report_job = save_problem_report(self, self.workspace)

    def open_log_folder(self) -> None:
        """The log folder in the system's file manager (made first, on a worker)."""
        from claimdesk.ui.menus import log_folder

        self.runner.run(log_folder, self._on_log_folder, self._on_log_folder_failed)

    def _on_log_folder(self, folder: Any) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        self.log_folder_opened = folder  # tests read where it went
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.statusBar().showMessage(
                self.tr("The log files are in {folder}").format(folder=folder), 30_000
            )

    def _on_log_folder_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("The log folder could not be made: {why}").format(why=error), 30_000
        )

    def open_about(self) -> None:
        from claimdesk.ui.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def open_outbox(self) -> None:
        from claimdesk.ui.outbox_view import OutboxDialog

        dialog = OutboxDialog(self.outbox_sender, self)
        dialog.edit_requested.connect(self.edit_claim)
        self.outbox_dialog = dialog
        dialog.open()

    def edit_claim(self, claim: Any) -> None:
        """Put a rejected claim back in the form; submitting resends it as a new attempt."""
        current = self.current_connection
        if current is None or claim.connection != current.name:
            if not any(c.name == claim.connection for c in self.connections):
                self.show_banner(
                    "error",
                    self.tr(
                        "Claim #{id} belongs to the connection {name}, which is not open."
                    ).format(id=claim.id, name=claim.connection),
                )
                return
            self.select_connection(claim.connection)
        page = self.claim_page
        page.pending_edit = claim
        if page.current is not None and page.current.target.key == claim.target_key:
            page.apply_edit()
            return
        try:
            self.select_target(claim.target_key)  # the page applies it once the form loads
        except KeyError:
            page.pending_edit = None
            self.show_banner("error", self.tr("That claim's target is not offered now."))

    # --- closing ------------------------------------------------------------------------

    def quit(self) -> bool:
        """File → Quit: asks first when claims wait or a batch grid holds rows not sent;
        True when the window closed."""
        self._quitting = True
        try:
            return self.close()
        finally:
            self._quitting = False

    def confirm_quit(self, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Quit ClaimDesk?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def quit_question(self) -> str:
        """What quitting now would leave behind, as a question ("" when nothing)."""
        from claimdesk.ui.status_line import quit_question, unsent_rows

        grids = [w for w in self.findChildren(QMainWindow) if w is not self]
        return quit_question(self.outbox_sender.counts, sum(unsent_rows(w) for w in grids))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Asked when the user closes the window (File → Quit, its close button); a window
        # closed by the program (a test's end, the session ending) just closes.
        # Guess: the window manager's close is a spontaneous event on every desktop.
        if not self._closed and (self._quitting or event.spontaneous()):
            question = self.quit_question()
            if question and not self.confirm_quit(question):
                event.ignore()
                return
        self._closed = True
        self.claim_page.close_page()
        self.outbox_sender.stop()
        self.runner.wait(5_000)
        if self._owns_workspace and self._workspace is not None:
            self._workspace.close()  # the connections, training's sandbox, the files
        super().closeEvent(event)


def _logged(work: Callable[[], T]) -> T:
    """Runs on a worker thread: logging set up (once) before the workspace's first work."""
    from claimdesk.app_logging import setup_logging

    setup_logging()
    return work()

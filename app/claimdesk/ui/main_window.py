"""The main window: pick a connection and what to claim against (a promotion, a sale type…),
fill the claim form built from its schema, see each
field's problem and the estimated points, submit, and see the platform's answer.

Everything slow (starting the sandbox, the network) runs through ``Runner``; this module
imports only Qt and the light domain modules so that the window shows quickly."""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING, Any

# No ``Qt`` namespace import here: its first use builds ~100 enums (≈18 ms), which the
# first frame does not need. It is imported where used, after the window shows.
from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.ui.i18n import (
    local_datetime,
    local_number,
    local_time,
    shown_connection_name,
    state_name,
)
from claimdesk.ui.sender import OutboxSender
from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from claimdesk.domain.checks import ClaimCheck
    from claimdesk.domain.issues import Issue
    from claimdesk.sandbox.server import SandboxServer
    from claimdesk.service.outbox import Queued, SentOne
    from claimdesk.service.platform import LoadedForm, PlatformService, SubmitResult, Target
    from claimdesk.service.training import Connection
    from claimdesk.storage.drafts import Drafts
    from claimdesk.ui.claim_form import ClaimForm

log = logging.getLogger("claimdesk.ui")

DRAFT_DELAY_MS = 300  # a crash loses at most this much typing
SETUP_LATEST_MS = 250  # the shortcuts and icons of a window never painted (not shown)


class MainWindow(QMainWindow):
    """Signals say when the window reaches a state, for tests and the training tour."""

    targets_loaded = Signal()
    form_ready = Signal()
    load_failed = Signal(str)  # the training sandbox, a list or a form could not be loaded
    submitted = Signal(object)  # SubmitResult
    # From any thread (the shared reward point cache): handled queued on the GUI thread.
    reward_points_changed = Signal(int)

    def __init__(self, runner: Runner | None = None) -> None:
        super().__init__()
        self.runner = runner or Runner(self)
        self.service: PlatformService | None = None
        self.sandbox: SandboxServer | None = None
        self.current: LoadedForm | None = None
        self.form: ClaimForm | None = None
        self.connections: list[Connection] = []
        self._targets: list[Target] = []
        # Connections whose caution (e.g. Claret's beta POST) the user has confirmed.
        self.confirmed: set[str] = set()
        self._direct: Connection | None = None  # a service given without a connection
        self.editing_claim: int | None = None  # a rejected claim being corrected
        self._pending_edit: Any = None  # a claim to put in the form once it loads
        self.outbox_sender = OutboxSender(self.connection_by_name, self)
        self.outbox_sender.counts_changed.connect(self._show_counts)
        self.outbox_sender.sent.connect(self._on_background_sent)
        self.outbox_sender.failed.connect(
            lambda why: self.show_banner(
                "error",
                self.tr(
                    "The outbox could not be opened ({why}), so claims cannot be saved or sent. "
                    "Check that the data folder is writable, then restart."
                ).format(why=why),
            )
        )
        self._last_check: ClaimCheck | None = None
        self._closed = False
        self._painted = False
        self.setup_finished = False
        self.keep_welcome = False  # the first run's welcome stays until a connection opens
        self._caches: list[Any] = []  # reward point caches this window listens to
        self._cache_listener = self.reward_points_changed.emit
        self.setWindowTitle(self.tr("ClaimDesk"))
        self.resize(880, 720)
        self._build()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        root = QVBoxLayout(central)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(10)

        header = QHBoxLayout()
        self.training_badge = QLabel(self.tr("Training mode"), central)
        self.training_badge.setObjectName("trainingBadge")
        self.training_badge.setToolTip(
            self.tr("Claims go to the built-in sandbox with demo data, never to a real platform.")
        )
        self.training_badge.setVisible(False)
        header.addWidget(self.training_badge)
        connection_label = QLabel(self.tr("C&onnection:"), central)
        header.addWidget(connection_label)
        self.connection_box = QComboBox(central)
        self.connection_box.setObjectName("connectionBox")
        self.connection_box.setMinimumContentsLength(18)
        self.connection_box.setAccessibleName(self.tr("Connection"))
        self.connection_box.setEnabled(False)
        connection_label.setBuddy(self.connection_box)
        header.addWidget(self.connection_box)
        self.target_label = QLabel(self.tr("&Promotion:"), central)
        header.addWidget(self.target_label)
        self.target_box = QComboBox(central)
        self.target_box.setObjectName("targetBox")
        self.target_box.setMinimumContentsLength(28)
        self.target_box.setAccessibleName(self.tr("Promotion"))
        self.target_box.setEnabled(False)
        self.target_label.setBuddy(self.target_box)
        header.addWidget(self.target_box)
        self.reload_button = QToolButton(central)
        self.reload_button.setText(self.tr("Reload"))
        self.reload_button.setToolTip(
            self.tr("Fetch the form's fields and choices from the platform again (F5)")
        )
        self.reload_button.setEnabled(False)
        header.addWidget(self.reload_button)
        header.addStretch(1)
        self.connections_button = QToolButton(central)
        self.connections_button.setText(self.tr("Connections…"))
        self.connections_button.setToolTip(self.tr("Add, edit, test or remove connection profiles"))
        header.addWidget(self.connections_button)
        self.settings_button = QToolButton(central)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setText(self.tr("Settings…"))
        self.settings_button.setToolTip(self.tr("Language and other preferences (Ctrl+,)"))
        header.addWidget(self.settings_button)
        self.about_button = QToolButton(central)
        self.about_button.setObjectName("aboutButton")
        self.about_button.setText(self.tr("About"))
        self.about_button.setToolTip(self.tr("Version, and the licences of bundled software"))
        header.addWidget(self.about_button)
        root.addLayout(header)

        self.banner = QLabel(central)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        root.addWidget(self.banner)

        self.pages = QStackedWidget(central)
        self.empty_page = QWidget()
        empty_layout = QVBoxLayout(self.empty_page)
        self.empty_icon = QLabel(self.empty_page)
        self.empty_icon.setObjectName("emptyIcon")
        self.empty_title = QLabel(self.empty_page)
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setWordWrap(True)
        self.empty_title.setVisible(False)
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)  # centred by the stylesheet
        self.training_button = QPushButton(self.tr("Start &training mode"), self.empty_page)
        self.training_button.setToolTip(
            self.tr(
                "Practise with demo data on the built-in sandbox; nothing reaches a real platform."
            )
        )
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_icon)
        empty_layout.addWidget(self.empty_title)
        # Lines of a readable length, centred, however wide the window is.
        self.empty_label.setMaximumWidth(720)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.empty_label, 100)
        text_row.addStretch(1)
        empty_layout.addLayout(text_row)
        empty_layout.addSpacing(12)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.training_button)
        self.add_connection_button = QPushButton(self.tr("&Add a connection…"), self.empty_page)
        button_row.addWidget(self.add_connection_button)
        button_row.addStretch(1)
        empty_layout.addLayout(button_row)
        empty_layout.addStretch(2)
        self.pages.addWidget(self.empty_page)
        self._form_scroll: QScrollArea | None = None
        root.addWidget(self.pages, 1)

        footer = QHBoxLayout()
        self.points_label = QLabel(central)
        self.points_label.setObjectName("points")
        self.points_label.setAccessibleName(self.tr("Estimated points"))
        footer.addWidget(self.points_label)
        footer.addStretch(1)
        self.batch_button = QPushButton(self.tr("&Batch…"), central)
        self.batch_button.setObjectName("batchButton")
        self.batch_button.setToolTip(
            self.tr("Many claims at once: import a spreadsheet or paste rows (Ctrl+B)")
        )
        footer.addWidget(self.batch_button)
        self.admin_button = QPushButton(central)
        self.admin_button.setObjectName("adminButton")
        self.admin_button.setVisible(False)
        footer.addWidget(self.admin_button)
        self.clear_button = QPushButton(self.tr("C&lear"), central)
        self.clear_button.setToolTip(self.tr("Empty the form for a new claim (Ctrl+N)"))
        self.submit_button = QPushButton(self.tr("&Submit claim"), central)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(True)
        self.submit_button.setToolTip(
            self.tr("Check and send the claim (Ctrl+Enter); the draft is kept as you type (Ctrl+S)")
        )
        footer.addWidget(self.clear_button)
        footer.addWidget(self.submit_button)
        root.addLayout(footer)
        self.setCentralWidget(central)

        self._build_status()
        # Shortcuts and icons after the first frame (see paintEvent); a window never shown
        # (or never painted) gets them a moment later all the same.
        QTimer.singleShot(SETUP_LATEST_MS, self._finish_setup)
        self.target_box.currentIndexChanged.connect(self._on_target_chosen)
        self.connection_box.currentIndexChanged.connect(self._on_connection_chosen)
        self.reload_button.clicked.connect(self.reload)
        self.training_button.clicked.connect(self.start_training)
        self.add_connection_button.clicked.connect(self.open_profiles)
        self.connections_button.clicked.connect(self.open_profiles)
        self.settings_button.clicked.connect(self.open_settings)
        self.about_button.clicked.connect(self.open_about)
        self.clear_button.clicked.connect(self._clear_clicked)
        self.batch_button.clicked.connect(self.open_batch)
        self.admin_button.clicked.connect(self.open_admin)
        self.reward_points_changed.connect(self._on_reward_points_changed)
        self.submit_button.clicked.connect(self.submit)
        self._set_form_enabled(False)
        self.show_empty(
            self.tr(
                "No connection yet.\n\nStart training mode to try ClaimDesk on the built-in "
                "sandbox with demo data for MyRewards, Claret, Peak and Thalamus. "
                "No account is needed."
            )
        )

    def _build_status(self) -> None:
        """The status bar and the draft timer: there before the first frame, so that nothing
        said before the rest is set up (outbox counts, the connection state) is lost."""
        self.connection_state = QLabel(self.tr("Not connected"), self)
        self.connection_state.setObjectName("connectionState")
        self.connection_state.setAccessibleName(self.tr("Connection state"))
        self.statusBar().addPermanentWidget(self.connection_state)
        self.badge = QPushButton(self.tr("Outbox"), self)
        self.badge.setObjectName("outboxBadge")
        self.badge.setFlat(True)
        self.badge.setToolTip(self.tr("Claims waiting to be sent or needing a look (Ctrl+O)"))
        self.badge.clicked.connect(self.open_outbox)
        self.statusBar().addPermanentWidget(self.badge)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self._save_draft)

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
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QApplication

        from claimdesk.ui.icons import app_icon, icon

        self.badge.setShortcut(QKeySequence("Ctrl+O"))
        self.batch_button.setShortcut(QKeySequence("Ctrl+B"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_claim)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_draft_now)
        self.settings_button.setShortcut(QKeySequence("Ctrl+,"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        self.reload_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))

        QApplication.setWindowIcon(app_icon())
        self.badge.setIcon(icon("outbox"))
        for button, name in (
            (self.reload_button, "reload"),
            (self.connections_button, "connections"),
            (self.settings_button, "settings"),
            (self.batch_button, "batch"),
            (self.clear_button, "new"),
            (self.submit_button, "submit"),
            (self.training_button, "training"),
            (self.add_connection_button, "add-profile"),
        ):
            button.setIcon(icon(name))
        for tool in (self.reload_button, self.connections_button, self.settings_button):
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.target_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.connection_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if self.empty_icon.pixmap().isNull():
            self._draw_empty_icon()
        self.setup_finished = True

    def _draw_empty_icon(self) -> None:
        from claimdesk.ui.icons import icon

        self.empty_icon.setPixmap(
            icon("welcome", (64, 128)).pixmap(QSize(64, 64), self.devicePixelRatioF())
        )

    @property
    def form_scroll(self) -> QScrollArea:
        """The page that holds the claim form, made when the first form arrives."""
        if self._form_scroll is None:
            self._form_scroll = QScrollArea()
            self._form_scroll.setWidgetResizable(True)
            self._form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.pages.addWidget(self._form_scroll)
        return self._form_scroll

    # --- states -------------------------------------------------------------------------

    def show_empty(self, text: str, *, offer_training: bool = True, title: str = "") -> None:
        """The page shown when there is no form: what is happening, or what to do first."""
        self.empty_title.setText(title)
        self.empty_title.setVisible(bool(title))
        self.empty_icon.setVisible(offer_training)
        if offer_training and self.empty_icon.pixmap().isNull() and self.setup_finished:
            self._draw_empty_icon()  # else drawn after the first frame, with the others
        self.empty_label.setText(text)
        self.training_button.setVisible(offer_training)
        self.add_connection_button.setVisible(offer_training)
        self.pages.setCurrentWidget(self.empty_page)

    def show_banner(self, kind: str, text: str) -> None:
        icon = {"success": "✔", "error": "✖", "warning": "⚠", "info": "ℹ"}[kind]
        self.banner.setProperty("kind", kind)
        self.banner.setText(f"{icon}  {text}")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setVisible(True)
        self.banner.setAccessibleName(
            {
                "success": self.tr("Done"),
                "error": self.tr("Error"),
                "warning": self.tr("Warning"),
                "info": self.tr("Information"),
            }[kind]
        )
        self.banner.setAccessibleDescription(text)

    def hide_banner(self) -> None:
        self.banner.setVisible(False)

    def _set_form_enabled(self, enabled: bool) -> None:
        self.submit_button.setEnabled(enabled)
        self.clear_button.setEnabled(enabled)
        self.batch_button.setEnabled(enabled)

    # --- connecting ---------------------------------------------------------------------

    def start_training(self) -> None:
        """Start the sandbox in this process on a free loopback port and connect to it."""
        if self.sandbox is not None:
            return
        self.training_button.setEnabled(False)
        self.show_empty(self.tr("Starting the training sandbox…"), offer_training=False)
        self.statusBar().showMessage(self.tr("Starting the training sandbox…"))
        self.runner.run(_start_training, self._on_training_started, self._on_training_failed)

    def _on_training_started(self, started: tuple[SandboxServer, list[Connection]]) -> None:
        server, connections = started
        if self._closed:
            server.stop()
            return
        self.sandbox = server
        self.training_badge.setVisible(True)
        self.setWindowTitle(self.tr("ClaimDesk — Training mode"))
        self.set_connections(connections)

    def _on_training_failed(self, error: BaseException) -> None:
        log.warning("the training sandbox could not start: %r", error)
        self.load_failed.emit(str(error))
        self.training_button.setEnabled(True)
        self.show_empty(
            self.tr("The training sandbox could not start: {error}").format(error=error)
        )
        self.statusBar().showMessage(self.tr("Training sandbox failed to start"))

    # --- profiles -----------------------------------------------------------------------

    def load_profiles(self) -> None:
        """Open every saved profile (settings from disk, secrets from the keyring) off the
        GUI thread; training connections, when running, stay in front."""
        self.runner.run(_open_profiles, self._on_profiles_opened, self._on_profiles_failed)

    def _on_profiles_opened(self, opened: tuple[list[Connection], list[str]]) -> None:
        connections, problems = opened
        training = [c for c in self.connections if c.profile is None]
        for connection in connections:
            if connection.confirmed:
                self.confirmed.add(connection.name)
        if problems:
            self.statusBar().showMessage(" ".join(problems))
        if training or connections:
            current = self.connection_name
            self.set_connections([*training, *connections], keep=current)
        elif problems:
            self.show_empty("\n\n".join(problems))
        if not training and not connections and not problems:
            if self.keep_welcome:
                return
            self.show_empty(
                self.tr(
                    "Welcome to ClaimDesk.\n\nAdd a connection to your platform, or start "
                    "training mode to try everything on the built-in sandbox with demo data. "
                    "No account is needed."
                )
            )

    def _on_profiles_failed(self, error: BaseException) -> None:
        self.show_empty(
            self.tr("Your connection profiles could not be read: {error}").format(error=error)
        )

    def open_profiles(self) -> None:
        from claimdesk.profiles import ProfileStore
        from claimdesk.ui.profiles_dialog import ProfilesDialog

        dialog = ProfilesDialog(ProfileStore(), self)
        dialog.profiles_changed.connect(self.load_profiles)
        self.profiles_dialog = dialog
        dialog.open()

    def _remember_confirmation(self) -> None:
        """Keep a profile's confirmation of its platform's caution across runs."""
        connection = next((c for c in self.connections if c.name == self.connection_name), None)
        if connection is None or connection.profile is None:
            return
        profile_name = connection.profile

        def save() -> None:
            from claimdesk.profiles import ProfileStore

            store = ProfileStore()
            profile = store.get(profile_name)
            store.save(profile.model_copy(update={"beta_confirmed": True}))

        self.runner.run(save, lambda _r: None, lambda e: log.warning("not remembered: %s", e))

    def set_connections(self, connections: list[Connection], keep: str = "") -> None:
        """Offer these connections; ``keep`` (if still offered) or the first one opens."""
        for old in self.connections:
            if old not in connections:
                old.service.close()
        self.connections = list(connections)
        self.connection_box.blockSignals(True)
        self.connection_box.clear()
        for connection in self.connections:
            self.connection_box.addItem(shown_connection_name(connection.name), connection.name)
        self.connection_box.setCurrentIndex(-1)
        self.connection_box.blockSignals(False)
        self.connection_box.setEnabled(len(self.connections) > 1)
        if self.connections:
            self.connection_box.setCurrentIndex(max(self.connection_box.findData(keep), 0))

    def select_connection(self, name: str) -> None:
        index = self.connection_box.findData(name)
        if index < 0:
            raise KeyError(name)
        self.connection_box.setCurrentIndex(index)

    def _on_connection_chosen(self, index: int) -> None:
        if 0 <= index < len(self.connections):
            connection = self.connections[index]
            self.use_service(connection.service, connection.description or connection.name)

    @property
    def connection_name(self) -> str:
        return str(self.connection_box.currentData() or "")

    def connection_by_name(self, name: str) -> Connection | None:
        """The open connection of that name (called from worker threads too)."""
        for connection in [*self.connections, *([self._direct] if self._direct else [])]:
            if connection.name == name:
                return connection
        return None

    @property
    def current_connection(self) -> Connection | None:
        for connection in [*self.connections, *([self._direct] if self._direct else [])]:
            if connection.service is self.service:
                return connection
        return None

    def use_service(self, service: PlatformService, description: str) -> None:
        """Work with this platform: load its targets, then the first target's form."""
        self.service = service
        self.current = None
        self.outbox_sender.start()  # once: opens the outbox when there is something to send
        if not any(c.service is service for c in self.connections):
            from claimdesk.service.training import Connection

            self._direct = Connection(service.platform_name, service, description)
        noun = QCoreApplication.translate("Service", service.target_noun)
        self.target_label.setText(self.tr("&{noun}:").format(noun=noun))
        self._offer_admin(service)
        self.target_box.setAccessibleName(noun)
        self.statusBar().showMessage(description)
        self.set_connection_state(
            self.tr("Connecting to {name}…").format(name=service.platform_name)
        )
        self.load_targets()

    def load_targets(self) -> None:
        service = self.service
        if service is None:
            return
        from claimdesk.ui.sender import install_response_cache

        install_response_cache()
        self.target_box.setEnabled(False)
        self.show_empty(self.tr("Loading…"), offer_training=False)
        self.runner.run(
            service.targets, lambda found: self._on_targets(service, found), self._on_load_failed
        )

    def _on_targets(self, service: PlatformService, targets: list[Target]) -> None:
        if service is not self.service:  # the user switched connection meanwhile
            return
        self._targets = targets
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for target in targets:
            self.target_box.addItem(target.display, target.key)
        self.target_box.setCurrentIndex(-1)
        self.target_box.blockSignals(False)
        self.target_box.setEnabled(bool(targets))
        self.reload_button.setEnabled(bool(targets))
        self.targets_loaded.emit()
        if not targets:
            self.show_empty(
                self.tr("This connection offers nothing to enter claims for."),
                offer_training=False,
            )
            return
        self.target_box.setCurrentIndex(0)

    def _on_load_failed(self, error: BaseException) -> None:
        log.warning("loading from the platform failed: %r", error)
        self.load_failed.emit(str(error))
        self.show_empty(
            self.tr("Could not load from the platform: {error}\n\nPress F5 to try again.").format(
                error=error
            ),
            offer_training=False,
        )
        self.reload_button.setEnabled(True)
        self.statusBar().showMessage(self.tr("Loading failed"))
        self.set_connection_state(self.tr("✖ Not reachable"))

    def select_target(self, key: str | int) -> None:
        index = self.target_box.findData(str(key))
        if index < 0:
            raise KeyError(key)
        if index == self.target_box.currentIndex():
            self.reload()
        else:
            self.target_box.setCurrentIndex(index)

    select_promotion = select_target

    def _on_target_chosen(self, index: int) -> None:
        if index >= 0:
            self.reload()

    def reload(self) -> None:
        """(Re)load the chosen target's form, keeping what was typed."""
        service = self.service
        if service is None:
            return
        if not self._targets:
            self.load_targets()
            return
        key = self.target_box.currentData()
        target = next((t for t in self._targets if t.key == key), None)
        if target is None:
            return
        self._set_form_enabled(False)
        self.statusBar().showMessage(self.tr("Loading {name}…").format(name=target.name))
        self.runner.run(
            lambda: _load_form(service, target),
            lambda loaded: self._on_form_loaded(service, loaded),
            self._on_load_failed,
        )

    def _install_form(self, loaded: LoadedForm) -> ClaimForm:
        """``loaded``'s form in the window, keeping what was typed in the one it replaces."""
        from claimdesk.ui.claim_form import ClaimForm

        kept = self.form.values() if self.form is not None else {}
        self.current = loaded
        form = self.form = ClaimForm(loaded.schema)
        form.set_values(kept)
        form.changed.connect(self.revalidate)
        form.changed.connect(self._draft_changed)
        form.field_left.connect(lambda _name: self.revalidate())
        self.form_scroll.setWidget(form)
        self._chain_tab_order(form)
        return form

    def _on_form_loaded(self, service: PlatformService, loaded: LoadedForm) -> None:
        if service is not self.service:
            return
        form = self._install_form(loaded)
        self.pages.setCurrentWidget(self.form_scroll)
        self._set_form_enabled(True)
        self.hide_banner()
        self.revalidate()
        details = f", {loaded.summary}" if loaded.summary else ""
        self.statusBar().showMessage(
            self.tr("{name}: {fields} fields{details}, fetched {time}").format(
                name=loaded.target.name,
                fields=len(loaded.schema),
                details=details,
                time=local_time(loaded.fetched_at),
            )
        )
        form.focus_first()
        self.editing_claim = None
        pending = self._pending_edit
        if pending is not None and pending.target_key == loaded.target.key:
            self._apply_edit()
        else:
            self._offer_draft(loaded)
        cached_at = _served_from_cache(service)
        self.set_connection_state(
            self.tr("⚠ Offline (saved data)") if cached_at is not None else self.tr("✔ Connected")
        )
        if cached_at is not None:
            self.show_banner(
                "warning",
                self.tr(
                    "Offline: this form uses what the platform sent at {when}. Claims you submit "
                    "are kept in the outbox and sent when the platform can be reached."
                ).format(when=local_datetime(cached_at)),
            )
        self.form_ready.emit()

    # --- checking and sending -----------------------------------------------------------

    def revalidate(self) -> ClaimCheck | None:
        if self.service is None or self.current is None or self.form is None:
            return None
        check = self.service.check(self.current, self.form.values())
        self._last_check = check
        self.form.show_issues(check.issues)
        if check.estimated_points is not None:
            self.points_label.setText(
                self.tr("Estimated points: {points}").format(
                    points=local_number(check.estimated_points)
                )
            )
        elif self.current.earns_points:
            self.points_label.setText(
                self.tr("Estimated points: — (needs a valid product and quantity)")
            )
        else:
            self.points_label.setText("")
        self.points_label.setToolTip("\n".join(check.notes))
        return check

    def submit(self) -> None:
        if self.service is None or self.current is None or self.form is None:
            return
        if not self.submit_button.isEnabled():
            return
        check = self.revalidate()
        assert check is not None
        if not check.ok:
            self.form.touch_all()
            self.form.show_issues(check.issues, all_fields=True)
            general = [i for i in check.issues if i.field not in self.current.schema]
            text = self.tr("Not sent: correct the {count} marked field(s).").format(
                count=len({i.field for i in check.issues})
            )
            if general:
                text += " " + " ".join(i.message for i in general)
            self.show_banner("warning", text)
            self.form.focus_first(i.field for i in check.issues if i.field)
            return
        service, current, values = self.service, self.current, self.form.values()
        caution = service.warning(current)
        if caution and self.connection_name not in self.confirmed:
            if not self.confirm_warning(caution):
                self.show_banner("warning", self.tr("Not sent. The form still holds the claim."))
                return
            self.confirmed.add(self.connection_name)
            self._remember_confirmation()
        self._send(values)

    def _send(self, values: dict[str, str], *, allow_duplicate: bool = False) -> None:
        from claimdesk.service.outbox import submit_through

        connection, current = self.current_connection, self.current
        outbox = self.outbox_sender.service_for(connection) if connection else None
        if connection is None or current is None:
            return
        if outbox is None:  # still opening (a moment after start-up): send once it is open
            self.show_banner("info", self.tr("Opening the outbox…"))
            self.outbox_sender.ready.connect(
                lambda: self._send(values, allow_duplicate=allow_duplicate),
                _single_shot(),
            )
            return
        resend = self.editing_claim
        self._set_form_enabled(False)
        self.submit_button.setText(self.tr("Sending…"))
        self.show_banner("info", self.tr("Saving the claim to the outbox and sending it…"))
        self.runner.run(
            lambda: submit_through(
                outbox,
                connection,
                current,
                values,
                allow_duplicate=allow_duplicate,
                resend_claim=resend,
            ),
            lambda done: self._on_sent(done, values),
            self._on_submit_crashed,
        )

    def _on_sent(self, done: tuple[Queued, SentOne | None], values: dict[str, str]) -> None:
        queued, sent = done
        if queued.claim_id is None and queued.duplicates:
            self.submit_button.setText(self.tr("&Submit claim"))
            self._set_form_enabled(True)
            if self.confirm_duplicate(queued):
                self._send(values, allow_duplicate=True)
            else:
                self.show_banner("warning", self.tr("Not sent: it is already in the outbox."))
            return
        if sent is None:
            self.submit_button.setText(self.tr("&Submit claim"))
            self._set_form_enabled(True)
            if self.form is not None:
                self.form.show_issues(queued.check.issues, all_fields=True)
            self.show_banner("warning", self.tr("Not sent: correct the marked fields."))
            return
        self._delete_draft()
        self.outbox_sender.poke()  # counts, and anything else now due
        self._on_submitted(sent.result, sent.claim.id, sent.claim.state.value, sent.claim.message)

    def confirm_duplicate(self, queued: Queued) -> bool:
        from PySide6.QtWidgets import QMessageBox

        lines = "\n".join(
            self.tr("• claim #{id}, {state}, entered {when}").format(
                id=c.id,
                state=state_name(c.state.value),
                when=local_datetime(c.created_at),
            )
            for c in queued.duplicates[:5]
        )
        answer = QMessageBox.question(
            self,
            self.tr("Same claim again?"),
            self.tr(
                "The same claim is already in the outbox:\n{lines}\n\nSend it again anyway?"
            ).format(lines=lines),
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_warning(self, text: str) -> bool:
        """Ask once per connection before a send the platform itself warns about."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Please confirm"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        send = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is send

    def _on_submitted(
        self, result: SubmitResult, claim_id: int, state: str, note: str = ""
    ) -> None:
        from claimdesk.service.platform import Outcome

        self.submit_button.setText(self.tr("&Submit claim"))
        self._set_form_enabled(True)
        self.editing_claim = None
        form = self.form
        assert form is not None
        if state in ("queued", "unknown"):
            # Safe in the outbox: the form is free for the next claim.
            sticky = self.current.sticky_fields if self.current else ()
            kept = {k: v for k, v in form.values().items() if k in sticky}
            self.clear_form()
            form.set_values(kept)
            self.revalidate()
            if state == "queued":
                text = self.tr("Queued as claim #{id}: {why}").format(
                    id=claim_id, why=note or result.message
                )
            else:
                text = self.tr("Claim #{id} needs a look in the outbox: {why}").format(
                    id=claim_id, why=note or result.message
                )
            self.show_banner("warning", text)
        elif result.outcome is Outcome.ACCEPTED:
            sticky = self.current.sticky_fields if self.current else ()
            kept = {k: v for k, v in form.values().items() if k in sticky}
            self.clear_form()
            form.set_values(kept)
            self.revalidate()
            self.show_banner(
                "success",
                result.message + " " + self.tr("The form is ready for the next claim."),
            )
            form.focus_first()
        else:
            kind = (
                "warning" if result.outcome in (Outcome.NOT_EARNING, Outcome.UNKNOWN) else "error"
            )
            self.show_banner(kind, result.message)
            self._show_server_issues(result.issues)
            if result.outcome is Outcome.REJECTED:
                # Correcting the form and submitting again resends this same claim.
                self.editing_claim = claim_id
                self.show_banner(
                    kind,
                    self.tr(
                        "{why} Correct the form and submit to send claim #{id} again, or Clear "
                        "to start a new claim."
                    ).format(why=result.message, id=claim_id),
                )
        self.submitted.emit(result)

    def _show_server_issues(self, issues: tuple[Issue, ...]) -> None:
        assert self.form is not None
        assert self._last_check is not None
        fielded = [i for i in issues if i.field]
        if fielded:
            self.form.show_issues((*self._last_check.issues, *fielded), all_fields=True)
            self.form.focus_first(i.field for i in fielded if i.field)

    def _on_submit_crashed(self, error: BaseException) -> None:
        log.error("submitting failed unexpectedly", exc_info=error)
        self.submit_button.setText(self.tr("&Submit claim"))
        self._set_form_enabled(True)
        self.show_banner(
            "error",
            self.tr("Sending failed unexpectedly: {error}. The form still holds the claim.").format(
                error=error
            ),
        )

    def _clear_clicked(self) -> None:
        self.clear_form()
        self._delete_draft()

    def clear_form(self) -> None:
        if self.form is None:
            return
        # Move focus first: leaving a field marks it touched, which must not outlive the clear.
        self.form.focus_first()
        self.form.set_values(dict.fromkeys(self.form.rows, ""))
        for row in self.form.rows.values():
            row.touched = False
        self.editing_claim = None
        self.hide_banner()
        self.revalidate()

    def _chain_tab_order(self, form: ClaimForm) -> None:
        """Tab goes header → the form's fields in order → the footer's buttons, the way the
        eye reads the window (the form is made last, so Qt would put it after the footer).
        A long form's rows built later put themselves before the footer."""
        fields = form.tab_chain()
        chain: list[QWidget] = [
            self.connection_box,
            self.target_box,
            self.reload_button,
            self.connections_button,
            self.settings_button,
            *fields,
            self.batch_button,
            self.clear_button,
            self.submit_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def new_claim(self) -> None:
        """Ctrl+N: an empty form for the next claim, the cursor in its first field."""
        if self.form is None or not self.clear_button.isEnabled():
            return
        self._clear_clicked()
        self.form.focus_first()
        self.statusBar().showMessage(self.tr("New claim: the form is empty."), 5_000)

    def save_draft_now(self) -> None:
        """Ctrl+S: keep what is typed as a draft now (it is also kept as you type)."""
        if self.form is None or self.current is None:
            return
        self.draft_timer.stop()
        self._save_draft()
        self.statusBar().showMessage(
            self.tr("Draft saved; it is offered back when this form opens again."), 5_000
        )

    def set_connection_state(self, text: str) -> None:
        self.connection_state.setText(text)
        self.connection_state.setAccessibleDescription(text)
        connection = self.current_connection
        self.connection_state.setToolTip(connection.description if connection else "")

    def show_welcome(self) -> None:
        """The first run's welcome: what ClaimDesk does, and the two ways to begin."""
        self.show_empty(
            self.tr(
                "Enter sales claims for MyRewards, Claret, Peak and Thalamus: every rule is "
                "checked before anything is sent, and the outbox never loses a claim.\n\n"
                "Try it first in training mode, on a built-in sandbox with demo data (no "
                "account needed), or add a connection profile for your platform."
            ),
            title=self.tr("Welcome to ClaimDesk"),
        )
        self.training_button.setFocus()

    def open_settings(self) -> None:
        from claimdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        self.settings_dialog = dialog
        dialog.open()

    # --- drafts -------------------------------------------------------------------------

    def _drafts(self) -> tuple[Drafts | None, str]:
        from claimdesk.storage.drafts import Drafts

        connection = self.current_connection
        outbox = self.outbox_sender.service_for(connection) if connection else None
        return (
            (Drafts(outbox.outbox.database), connection.name)
            if outbox and connection
            else (None, "")
        )

    def _draft_changed(self) -> None:
        self.draft_timer.start()

    def _save_draft(self) -> None:
        drafts, name = self._drafts()
        if drafts is None or self.form is None or self.current is None:
            return
        key, values = self.current.target.key, self.form.values()
        self.runner.run(
            lambda: drafts.save(name, key, values),
            lambda _r: None,
            lambda e: log.warning("draft not saved: %s", e),
        )

    def _delete_draft(self) -> None:
        drafts, name = self._drafts()
        if drafts is None or self.current is None:
            return
        self.draft_timer.stop()
        key = self.current.target.key
        self.runner.run(
            lambda: drafts.delete(name, key),
            lambda _r: None,
            lambda e: log.warning("draft not deleted: %s", e),
        )

    def _offer_draft(self, loaded: LoadedForm) -> None:
        drafts, name = self._drafts()
        if drafts is None or self.form is None or self.form.has_input():
            return
        draft = drafts.get(name, loaded.target.key)
        if draft is None:
            return
        self.form.set_values(draft.values)
        self.revalidate()
        self.show_banner(
            "info",
            self.tr(
                "Restored the claim you were entering at {when}. Clear the form to discard it."
            ).format(when=local_datetime(draft.updated_at)),
        )

    # --- outbox ---------------------------------------------------------------------------

    def _show_counts(self, counts: dict[Any, int]) -> None:
        queued = counts.get("queued", 0) + counts.get("sending", 0)
        unknown, rejected = counts.get("unknown", 0), counts.get("rejected", 0)
        self.badge.setText(
            self.tr("Outbox: {q} queued · {u} unknown · {r} rejected").format(
                q=queued, u=unknown, r=rejected
            )
        )
        self.badge.setAccessibleName(self.badge.text())

    def _on_background_sent(self, one: SentOne) -> None:
        if one.claim.state.value in ("accepted", "rejected", "unknown"):
            self.statusBar().showMessage(
                self.tr("Claim #{id} {state}: {why}").format(
                    id=one.claim.id, state=state_name(one.claim.state.value), why=one.claim.message
                ),
                15_000,
            )

    def open_batch(self) -> Any:
        """The batch window for the current connection and form (one per form)."""
        from claimdesk.ui.batch_window import BatchWindow

        connection, current = self.current_connection, self.current
        if connection is None or current is None:
            return None
        window = BatchWindow(
            connection, current, lambda: self.outbox_sender.service_for(connection), self
        )
        window.sent.connect(lambda _report: self.outbox_sender.poke())
        self.batch_window = window
        window.show()
        return window

    # --- admin windows (reward points, sales) ---------------------------------------------

    def _offer_admin(self, service: PlatformService) -> None:
        texts = {
            "myrewards": (
                self.tr("Reward &points…"),
                self.tr("List, create and edit the reward points of a promotion"),
            ),
            "claret": (
                self.tr("Sales &browser…"),
                self.tr("Browse the sales Claret already holds, over every page"),
            ),
        }
        text = texts.get(service.platform)
        self.admin_button.setVisible(text is not None)
        if text is not None:
            self.admin_button.setText(text[0])
            self.admin_button.setToolTip(text[1])
        cache = getattr(service, "reward_point_cache", None)
        if cache is not None and all(cache is not c for c in self._caches):
            cache.listen(self._cache_listener)
            self._caches.append(cache)

    def open_admin(self) -> Any:
        service = self.service
        if service is None:
            return None
        if service.platform == "myrewards":
            return self.open_reward_points()
        if service.platform == "claret":
            return self.open_sales()
        return None

    def open_reward_points(self) -> Any:
        """The reward points window of the current MyRewards connection, on the promotion
        chosen here; it shares the claim form's reward point cache."""
        from claimdesk.service.reward_points import RewardPointsService
        from claimdesk.ui.reward_points_window import RewardPointsWindow

        connection, service = self.current_connection, self.service
        if connection is None or service is None or service.platform != "myrewards":
            return None
        key = self.target_box.currentData()
        admin = RewardPointsService(
            service.connector,  # type: ignore[attr-defined]
            cache=service.reward_point_cache,  # type: ignore[attr-defined]
        )
        window = RewardPointsWindow(
            admin,
            connection.name,
            self,
            promotion_id=int(key) if key and str(key).isdigit() else None,
        )
        self.reward_points_window = window
        window.show()
        return window

    def open_sales(self) -> Any:
        from claimdesk.ui.sales_window import SalesWindow

        connection, service = self.current_connection, self.service
        if connection is None or service is None or service.platform != "claret":
            return None
        window = SalesWindow(
            service.connector,  # type: ignore[attr-defined]
            connection.name,
            self,
            sale_types=getattr(service, "sale_types", ("Actuals", "Forecast")),
        )
        self.sales_window = window
        window.show()
        return window

    def _on_reward_points_changed(self, promotion_id: int) -> None:
        """Reward points changed in the shared cache: the claim form of that promotion is
        rebuilt on them (SKU picker, rules, points estimate), keeping what was typed."""
        service, current = self.service, self.current
        rebuild = getattr(service, "with_cached_reward_points", None)
        if rebuild is None or current is None or self._closed:
            return
        context = current.context
        if getattr(getattr(context, "promotion", None), "id", None) != promotion_id:
            return
        loaded = rebuild(current)
        if loaded is None:
            return
        self._install_form(loaded)
        self.revalidate()
        self.statusBar().showMessage(
            self.tr("Reward points updated: {summary}").format(summary=loaded.summary), 8_000
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
        self._pending_edit = claim
        if self.current is not None and self.current.target.key == claim.target_key:
            self._apply_edit()
            return
        try:
            self.select_target(claim.target_key)  # _on_form_loaded applies it
        except KeyError:
            self._pending_edit = None
            self.show_banner("error", self.tr("That claim's target is not offered now."))

    def _apply_edit(self) -> None:
        claim, self._pending_edit = self._pending_edit, None
        if claim is None or self.form is None:
            return
        self.form.set_values(claim.values)
        self.form.touch_all()
        self.revalidate()
        self.form.show_issues((*claim.issues,), all_fields=True)
        self.editing_claim = claim.id
        self.show_banner(
            "warning",
            self.tr("Correcting rejected claim #{id}; submitting sends it again.").format(
                id=claim.id
            ),
        )

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        for cache in self._caches:
            cache.forget(self._cache_listener)
        if self.draft_timer.isActive():
            self.draft_timer.stop()
            self._save_draft()
        self.outbox_sender.stop()
        self.runner.wait(5_000)
        for connection in self.connections:
            connection.service.close()
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None
        super().closeEvent(event)


def _served_from_cache(service: PlatformService) -> Any:
    """When the service's last answers came from the offline cache: their fetch time."""
    http = getattr(getattr(service, "connector", None), "http", None)
    return getattr(http, "served_from_cache", None)


def _single_shot() -> Any:
    from PySide6.QtCore import Qt

    return Qt.ConnectionType.SingleShotConnection


def _load_form(service: PlatformService, target: Target) -> LoadedForm:
    """Runs on a worker thread. The form's widget modules are imported here too, so their
    first import (and Qt's enum set-up) costs the GUI thread nothing."""
    import claimdesk.ui.claim_form  # noqa: F401

    return service.load_form(target)


def _open_profiles() -> tuple[list[Any], list[str]]:
    """Runs on a worker thread: every saved profile opened, and what stopped any of them."""
    from claimdesk.app_logging import setup_logging
    from claimdesk.credentials import KeyringUnavailable
    from claimdesk.profiles import ProfileError, ProfileStore
    from claimdesk.service.connections import open_connection

    setup_logging()
    store = ProfileStore()
    connections, problems = [], []
    for profile in store.list():
        try:
            connections.append(open_connection(profile, store))
        except KeyringUnavailable as error:
            return connections, [str(error)]
        except ProfileError as error:
            problems.append(f"{profile.name}: {error}.")
    return connections, problems


def _start_training() -> tuple[Any, Any]:
    """Runs on a worker thread: the sandbox, and one connection per platform to it."""
    from claimdesk.app_logging import setup_logging
    from claimdesk.sandbox.server import SandboxServer
    from claimdesk.service.training import training_connections

    setup_logging()
    server = SandboxServer()
    server.start()
    return server, training_connections(server.base_url)

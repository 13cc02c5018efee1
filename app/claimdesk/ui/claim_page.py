"""The main window's claim area: the banner, the page that shows the claim form (or the
welcome page when there is none), and the footer with the points estimate and the
buttons. It installs a loaded form, checks it as the user types, keeps drafts, submits
through the outbox and puts a rejected claim back for correcting.

Imported before the first frame: Qt widgets only, no ``Qt`` namespace (see main_window)."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from claimdesk.ui.banner import Banner
from claimdesk.ui.i18n import local_datetime, local_number, local_time, state_name
from claimdesk.ui.sender import OutboxSender
from claimdesk.ui.why_disabled import WHY, set_enabled_why
from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from claimdesk.domain.checks import ClaimCheck
    from claimdesk.domain.issues import Issue
    from claimdesk.service.connections import Connection
    from claimdesk.service.outbox import Queued, SentOne
    from claimdesk.service.platform import LoadedForm, PlatformService, SubmitResult, Target
    from claimdesk.service.workspace import Draft, Workspace
    from claimdesk.ui.claim_form import ClaimForm

log = logging.getLogger("claimdesk.ui")

DRAFT_DELAY_MS = 300  # a crash loses at most this much typing


class ClaimPage(QWidget):
    """Signals say when the page reaches a state; ``message`` is for the status bar."""

    form_ready = Signal()
    load_failed = Signal(object)  # BaseException: the form could not be loaded
    reached = Signal(object)  # the form loaded: when its answers were cached, or None
    submitted = Signal(object)  # SubmitResult
    message = Signal(str, int)  # text, milliseconds (0: until replaced)
    form_enabled = Signal(bool)  # a form is ready for a claim (or no longer)
    edit_connection_requested = Signal()  # the banner's "Edit connection…" (credentials refused)
    # From any thread (``PlatformService.watch_forms``): the target whose form changed
    # behind its back; handled queued on the GUI thread.
    form_changed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        outbox_sender: OutboxSender,
        empty_page: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.outbox_sender = outbox_sender
        self.workspace: Workspace | None = None
        self.connection: Connection | None = None
        self.service: PlatformService | None = None
        self.current: LoadedForm | None = None
        self.form: ClaimForm | None = None
        # Connections whose caution (e.g. Claret's beta POST) the user has confirmed.
        self.confirmed: set[str] = set()
        self.editing_claim: int | None = None  # a rejected claim being corrected
        self.pending_edit: Any = None  # a claim to put in the form once it loads
        # The "Queued as claim #…" or "needs a look" banner shown: (connection, claim id,
        # banner text, the claim's state then); the window takes it away once the claim
        # moves on (ui/main_window._drop_stale_banner).
        self.queued_banner: tuple[str, int, str, str] | None = None
        # Asked before a send; the window may point these at its own methods.
        self.ask_warning: Callable[[str], bool] = self.confirm_warning
        self.ask_duplicate: Callable[[Queued], bool] = self.confirm_duplicate
        # Widget, the widgets before the form's fields in the tab order (the window's).
        self.tab_lead: Callable[[], list[QWidget]] = list
        self.closed = False
        self._last_check: ClaimCheck | None = None
        # The last claim sent from this page (its target's key and values), for Ctrl+R.
        self._last_sent: tuple[str, dict[str, str]] | None = None
        self._with_form: list[QAbstractButton] = []  # enabled with the form, tabbed to
        # The services whose forms this page watches, and how to stop watching each.
        self._watched: list[tuple[PlatformService, Callable[[], None]]] = []
        self._build(empty_page)
        outbox_sender.failed.connect(self._on_outbox_failed)
        self.form_changed.connect(self._on_form_changed)

    def _build(self, empty_page: QWidget) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(10)
        self.banner = Banner(self, selectable=False)
        root.addWidget(self.banner)
        # Offered under the banner when the platform refused the connection's credentials.
        self.edit_connection_button = QPushButton(self.tr("Ed&it connection…"), self)
        self.edit_connection_button.setObjectName("editConnection")
        self.edit_connection_button.setToolTip(
            self.tr("Correct this connection's address or credentials; waiting claims then go")
        )
        self.edit_connection_button.setVisible(False)
        self.edit_connection_button.clicked.connect(self.edit_connection_requested)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_connection_button)
        edit_row.addStretch(1)
        root.addLayout(edit_row)

        self.pages = QStackedWidget(self)
        self.empty_page = empty_page
        self.pages.addWidget(empty_page)
        self._form_scroll: QScrollArea | None = None
        root.addWidget(self.pages, 1)

        self.footer = QHBoxLayout()
        self.points_label = QLabel(self)
        self.points_label.setObjectName("points")
        self.points_label.setAccessibleName(self.tr("Estimated points"))
        self.points_label.setWordWrap(True)  # a long estimate wraps: the window stays narrow
        # What the estimate leaves out ("counts toward the minimum of 2; …"), small, under it.
        self.points_note = QLabel(self)
        self.points_note.setObjectName("pointsNote")
        self.points_note.setWordWrap(True)
        self.points_note.setVisible(False)
        estimate = QVBoxLayout()
        estimate.setSpacing(0)
        estimate.addWidget(self.points_label)
        estimate.addWidget(self.points_note)
        self.footer.addLayout(estimate, 1)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.setToolTip(self.tr("Empty the form for a new claim (Ctrl+N)"))
        self.submit_button = QPushButton(self.tr("&Submit claim"), self)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(True)
        self.submit_button.setToolTip(
            self.tr("Check and send the claim (Ctrl+Enter); the draft is kept as you type (Ctrl+S)")
        )
        self.footer.addWidget(self.clear_button)
        self.footer.addWidget(self.submit_button)
        root.addLayout(self.footer)
        self._with_form_end = [self.clear_button, self.submit_button]

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self._save_draft)
        self.clear_button.clicked.connect(self.clear_clicked)
        self.submit_button.clicked.connect(self.submit)
        self.repeat_shortcut = QShortcut(QKeySequence("Ctrl+R"), self, self.repeat_last_claim)
        self.set_form_enabled(False)

    def add_footer_button(self, button: QAbstractButton, *, with_form: bool) -> None:
        """A button of the window's in the footer, before Clear; ``with_form``: enabled
        only while a form is ready, and in the tab order after the form's fields."""
        self.footer.insertWidget(self.footer.indexOf(self.clear_button), button)
        if with_form:
            self._with_form.append(button)
            set_enabled_why(button, self.submit_button.property(WHY) or None)

    def finish_setup(self) -> None:
        """Icons and the banner's selectable text, after the window's first frame."""
        from PySide6.QtCore import Qt

        from claimdesk.ui.icons import icon

        self.clear_button.setIcon(icon("new"))
        self.submit_button.setIcon(icon("submit"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    @property
    def form_scroll(self) -> QScrollArea:
        """The page that holds the claim form, made when the first form arrives."""
        if self._form_scroll is None:
            self._form_scroll = QScrollArea()
            self._form_scroll.setWidgetResizable(True)
            self._form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.pages.addWidget(self._form_scroll)
        return self._form_scroll

    def show_empty_page(self) -> None:
        self.pages.setCurrentWidget(self.empty_page)

    # --- the banner -----------------------------------------------------------------------

    def show_banner(self, kind: str, text: str, details: str | None = None) -> None:
        """``text`` in the banner; an error, or a message given ``details``, offers Copy
        details (service/details.py)."""
        icon = {"success": "✔", "error": "✖", "warning": "⚠", "info": "ℹ"}[kind]
        self.edit_connection_button.setVisible(False)  # offered again by the caller if so
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
        if details is None and kind == "error":
            details = self._details(text)
        self.banner.set_details(details)

    def _details(self, text: str, result: SubmitResult | None = None, claim_id: int = 0) -> str:
        """What "Copy details" copies: the connection, the form's values, and the result."""
        from claimdesk.service.details import context_of, details_text

        current = self.current
        what = self.tr("Claim form") if current is None else current.target.name
        sent: list[tuple[str, str]] = []
        if current is not None and self.form is not None:
            sent = [(current.schema.label_of(k), v) for k, v in self.form.values().items()]
        if result is None:
            return details_text(what, context_of(self.connection), message=text, sent=sent)
        return details_text(
            f"Claim #{claim_id} for {what} ({result.outcome.value})",
            context_of(self.connection),
            message=text,
            sent=sent,
            status=result.http_status,
            reasons=result.issues,
            labels={f.name: f.label for f in current.schema} if current else None,
        )

    def hide_banner(self) -> None:
        self.banner.setVisible(False)
        self.edit_connection_button.setVisible(False)

    def show_credentials_refused(self, text: str, details: str | None = None) -> None:
        """``text`` in the banner, with "Edit connection…": the platform refused the
        connection's credentials (401, 403), which no retry fixes."""
        self.show_banner("warning", text, details)
        self.edit_connection_button.setVisible(True)

    def set_form_enabled(self, enabled: bool) -> None:
        why = None if enabled else self.tr("Choose a connection and what to claim against first")
        for button in (*self._with_form, *self._with_form_end):
            set_enabled_why(button, why)
        self.form_enabled.emit(enabled)

    def _on_outbox_failed(self, why: str) -> None:
        self.show_banner(
            "error",
            self.tr(
                "The outbox could not be opened ({why}), so claims cannot be saved or sent. "
                "Check that the data folder is writable, then restart."
            ).format(why=why),
        )

    # --- loading --------------------------------------------------------------------------

    def use(self, connection: Connection, workspace: Workspace) -> None:
        """Claims go to this connection from now on (drafts and the outbox are the
        workspace's); its form is loaded by ``load``."""
        self.workspace = workspace
        self.connection, self.service, self.current = connection, connection.service, None
        if all(service is not connection.service for service, _stop in self._watched):
            stop = connection.service.watch_forms(self.form_changed.emit)
            self._watched.append((connection.service, stop))

    def watch_only(self, services: list[PlatformService]) -> None:
        """Stop watching the forms of services no longer offered (a replaced connection)."""
        for service, stop in self._watched:
            if all(service is not kept for kept in services):
                stop()
        self._watched = [(s, stop) for s, stop in self._watched if any(s is k for k in services)]

    def load(self, target: Target) -> None:
        """(Re)load the target's form, keeping what was typed."""
        service = self.service
        if service is None:
            return
        self.set_form_enabled(False)
        self.message.emit(self.tr("Loading {name}…").format(name=target.name), 0)
        self.runner.run(
            lambda: _load_form(service, target),
            lambda loaded: self._on_form_loaded(service, loaded),
            lambda error: self.load_failed.emit(error) if service is self.service else None,
        )

    def install_form(self, loaded: LoadedForm) -> ClaimForm:
        """``loaded``'s form on the page, keeping what was typed in the one it replaces."""
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
        form = self.install_form(loaded)
        self.pages.setCurrentWidget(self.form_scroll)
        self.set_form_enabled(True)
        self.hide_banner()
        self.revalidate()
        details = f", {loaded.summary}" if loaded.summary else ""
        # Short and for a moment: the promotion list names the form, and at 680 px the
        # status line beside it needs the room.
        self.message.emit(
            self.tr("{fields} fields{details}, fetched {time}").format(
                fields=len(loaded.schema),
                details=details,
                time=local_time(loaded.fetched_at),
            ),
            15_000,
        )
        form.focus_first()
        self.editing_claim = None
        pending = self.pending_edit
        if pending is not None and pending.target_key == loaded.target.key:
            self.apply_edit()
        else:
            self._offer_draft(loaded)
        cached_at = service.served_from_cache()
        self.reached.emit(cached_at)
        if cached_at is not None:
            self.show_banner(
                "warning",
                self.tr(
                    "Offline: this form uses what the platform sent at {when}. Claims you submit "
                    "are kept in the outbox and sent when the platform can be reached."
                ).format(when=local_datetime(cached_at)),
            )
        self.form_ready.emit()

    def _on_form_changed(self, key: str) -> None:
        """What a form is built on changed behind its back (MyRewards' reward points, edited
        in their window): the form shown, if it is that one, is rebuilt on it (SKU picker,
        rules, points estimate), keeping what was typed."""
        service, current = self.service, self.current
        if service is None or current is None or self.closed or current.target.key != key:
            return
        loaded = service.refreshed_form(current)
        if loaded is None:
            return
        self.install_form(loaded)
        self.revalidate()
        self.message.emit(
            self.tr("Reward points updated: {summary}").format(summary=loaded.summary), 8_000
        )

    # --- checking and sending -------------------------------------------------------------

    def read_values(self) -> dict[str, str]:
        """The form's values as the platform wants them, read the way this user types
        (20/11/2026, 1.250,50, today, +1: domain/typed.py); each date and rewritten number
        is shown back beside its field in the user's format ("→ 20 Nov 2026")."""
        from PySide6.QtCore import QDate, QLocale

        from claimdesk.domain.fields import FieldType
        from claimdesk.domain.typed import read_typed

        assert self.form is not None
        assert self.current is not None
        typed = self.form.values()
        locale = QLocale()
        read = read_typed(self.current.schema, typed, locale.name(), dt.date.today())
        for name, row in self.form.rows.items():
            kind = row.editor.spec.type
            if kind not in (FieldType.DATE, FieldType.NUMBER):
                continue
            text, value, shown = typed.get(name, ""), read.get(name, ""), ""
            if kind is FieldType.DATE and text.strip():
                day = QDate.fromString(value, "yyyy-MM-dd")
                shown = locale.toString(day, "d MMM yyyy") if day.isValid() else ""
            elif value != text:
                with contextlib.suppress(ValueError):
                    decimals = len(value.partition(".")[2])
                    shown = locale.toString(float(value), "f", decimals)
            if shown != row.reading_shown:
                row.reading_shown = shown
                row.editor.show_reading(shown)
        return read

    def revalidate(self) -> ClaimCheck | None:
        if self.service is None or self.current is None or self.form is None:
            return None
        check = self.service.check(self.current, self.read_values())
        self._last_check = check
        self.form.show_issues(check.issues)
        if check.estimated_points is not None:
            text = self.tr("Estimated points: {points}").format(
                points=local_number(check.estimated_points)
            )
            self.points_label.setText(text)
        elif self.current.earns_points:
            self.points_label.setText(self.tr("Estimated points: —"))
        else:
            self.points_label.setText("")
        note = check.points_note if check.estimated_points is not None else ""
        self.points_note.setText(note)
        self.points_note.setVisible(bool(note))
        waiting = self.current.earns_points and check.estimated_points is None
        self.points_label.setToolTip(
            "\n".join(check.notes)
            or (self.tr("Shown once the product and quantity are valid") if waiting else "")
        )
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
        service, current, values = self.service, self.current, self.read_values()
        self._last_sent = (current.target.key, dict(values))
        caution = service.warning(current)
        name = self.connection.name if self.connection else ""
        if caution and name not in self.confirmed:
            if not self.ask_warning(caution):
                self.show_banner("warning", self.tr("Not sent. The form still holds the claim."))
                return
            self.confirmed.add(name)
            self._remember_confirmation()
        self._send(values)

    def _remember_confirmation(self) -> None:
        """Keep a profile's confirmation of its platform's caution across runs."""
        workspace, connection = self.workspace, self.connection
        if workspace is None or connection is None or connection.profile is None:
            return
        name = connection.name
        self.runner.run(
            lambda: workspace.remember_confirmation(name),
            lambda _r: None,
            lambda e: log.warning("not remembered: %s", e),
        )

    def _send(self, values: dict[str, str], *, allow_duplicate: bool = False) -> None:
        from claimdesk.service.outbox import submit_through

        connection, current = self.connection, self.current
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
        self.set_form_enabled(False)
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
            self.set_form_enabled(True)
            if self.ask_duplicate(queued):
                self._send(values, allow_duplicate=True)
            else:
                self.show_banner("warning", self.tr("Not sent: it is already in the outbox."))
            return
        if sent is None:
            self.submit_button.setText(self.tr("&Submit claim"))
            self.set_form_enabled(True)
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
        self.set_form_enabled(True)
        self.editing_claim = None
        form = self.form
        assert form is not None
        details = None
        if result.outcome is not Outcome.ACCEPTED:
            details = self._details(note or result.message, result, claim_id)
        if state in ("queued", "unknown") or result.outcome is Outcome.ACCEPTED:
            # Safe in the outbox, or accepted: the form is free for the next claim.
            sticky = self.current.sticky_fields if self.current else ()
            kept = {k: v for k, v in form.values().items() if k in sticky}
            self.clear_form()
            form.set_values(kept)
            self.revalidate()
            # The cursor goes where the next claim's typing starts: past what was kept.
            form.focus_first([name for name in form.rows if name not in kept])
        if state == "queued" and refused_credentials(result.http_status):
            self.show_credentials_refused(
                self.tr(
                    "Queued as claim #{id}: {why} Correct the credentials (or have the "
                    "permission granted), then save the connection: the claim goes at once."
                ).format(id=claim_id, why=note or result.message),
                details,
            )
        elif state in ("queued", "unknown"):
            if state == "queued":
                text = self.tr("Queued as claim #{id}: {why}").format(
                    id=claim_id, why=note or result.message
                )
            else:
                text = self.tr("Claim #{id} needs a look in the outbox: {why}").format(
                    id=claim_id, why=note or result.message
                )
            self.show_banner("warning", text, details)
        elif result.outcome is Outcome.ACCEPTED:
            self.show_banner(
                "success",
                result.message + " " + self.tr("The form is ready for the next claim."),
            )
        else:
            kind = (
                "warning" if result.outcome in (Outcome.NOT_EARNING, Outcome.UNKNOWN) else "error"
            )
            self.show_banner(kind, result.message, details)
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
                    details,
                )
        if state in ("queued", "unknown") and self.connection is not None:
            self.queued_banner = (self.connection.name, claim_id, self.banner.text(), state)
        self.submitted.emit(result)

    def _show_server_issues(self, issues: tuple[Issue, ...]) -> None:
        assert self.form is not None
        assert self._last_check is not None
        fielded = [i for i in issues if i.field]
        if fielded:
            # A message the local rules already say (a field the server's refusal made
            # required, in its words) is shown once.
            said = {(i.field, i.message) for i in self._last_check.issues}
            new = [i for i in fielded if (i.field, i.message) not in said]
            self.form.show_issues((*self._last_check.issues, *new), all_fields=True)
            self.form.focus_first(i.field for i in fielded if i.field)

    def _on_submit_crashed(self, error: BaseException) -> None:
        log.error("submitting failed unexpectedly", exc_info=error)
        self.submit_button.setText(self.tr("&Submit claim"))
        self.set_form_enabled(True)
        self.show_banner(
            "error",
            self.tr("Sending failed unexpectedly: {error}. The form still holds the claim.").format(
                error=error
            ),
        )

    # --- clearing -------------------------------------------------------------------------

    def clear_clicked(self) -> None:
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field (which the field itself leaves unhandled) goes on to the next
        required field still empty, or, when none is left, submits: a rep's last key."""
        from PySide6.QtCore import Qt

        form = self.form
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not enter or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            super().keyPressEvent(event)
            return
        focused = self.focusWidget()
        rows = list(form.rows.items()) if form is not None else []
        at = next((i for i, (_, row) in enumerate(rows) if row.editor.isAncestorOf(focused)), None)
        if form is None or at is None or not self.submit_button.isEnabled():
            super().keyPressEvent(event)
            return
        event.accept()
        empty = [
            name
            for name, row in rows[at + 1 :]
            if row.editor.spec.required and not row.editor.text().strip()
        ]
        if empty:
            form.focus_first(empty[:1])
        else:
            self.submit()

    def repeat_last_claim(self) -> None:
        """Ctrl+R: the form filled with the last claim sent from it, to change what differs."""
        form, current, last = self.form, self.current, self._last_sent
        if form is None or current is None or not self.submit_button.isEnabled():
            return
        if last is None or last[0] != current.target.key:
            self.message.emit(self.tr("No claim sent from this form yet to repeat."), 5_000)
            return
        form.set_values(last[1])
        self.revalidate()
        form.focus_first()
        self.message.emit(
            self.tr("The last claim is back in the form: change what differs and submit."),
            5_000,
        )

    def new_claim(self) -> None:
        """Ctrl+N: an empty form for the next claim, the cursor in its first field."""
        if self.form is None or not self.clear_button.isEnabled():
            return
        self.clear_clicked()
        self.form.focus_first()
        self.message.emit(self.tr("New claim: the form is empty."), 5_000)

    def _chain_tab_order(self, form: ClaimForm) -> None:
        """Tab goes header → the form's fields in order → the footer's buttons, the way the
        eye reads the window (the form is made last, so Qt would put it after the footer).
        A long form's rows built later put themselves before the footer."""
        chain = [*self.tab_lead(), *form.tab_chain(), *self._with_form, *self._with_form_end]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- drafts ---------------------------------------------------------------------------

    def save_draft_now(self) -> None:
        """Ctrl+S: keep what is typed as a draft now (it is also kept as you type)."""
        if self.form is None or self.current is None:
            return
        self.draft_timer.stop()
        self._save_draft()
        self.message.emit(
            self.tr("Draft saved; it is offered back when this form opens again."), 5_000
        )

    def _draft_changed(self) -> None:
        self.draft_timer.start()

    def _save_draft(self) -> None:
        workspace, connection = self.workspace, self.connection
        if workspace is None or connection is None or self.form is None or self.current is None:
            return
        drafts, key, values = workspace.drafts(), self.current.target.key, self.form.values()
        self.runner.run(
            lambda: drafts.save(connection, key, values),
            lambda _r: None,
            lambda e: log.warning("draft not saved: %s", e),
        )

    def _delete_draft(self) -> None:
        workspace, connection = self.workspace, self.connection
        if workspace is None or connection is None or self.current is None:
            return
        self.draft_timer.stop()
        drafts, key = workspace.drafts(), self.current.target.key
        self.runner.run(
            lambda: drafts.delete(connection, key),
            lambda _r: None,
            lambda e: log.warning("draft not deleted: %s", e),
        )

    def _offer_draft(self, loaded: LoadedForm) -> None:
        """The draft kept for this form, if any, read on the runner; put back in the form
        if the user has not started typing meanwhile."""
        workspace, connection = self.workspace, self.connection
        if workspace is None or connection is None or self.form is None or self.form.has_input():
            return
        drafts, key = workspace.drafts(), loaded.target.key
        self.runner.run(
            lambda: drafts.get(connection, key),
            lambda draft: self._restore_draft(loaded, draft),
            lambda e: log.warning("draft not read: %s", e),
        )

    def _restore_draft(self, loaded: LoadedForm, draft: Draft | None) -> None:
        if draft is None or self.current is not loaded or self.form is None:
            return
        if self.form.has_input() or self.editing_claim is not None:
            return
        self.form.set_values(draft.values)
        self.revalidate()
        self.show_banner(
            "info",
            self.tr(
                "Restored the claim you were entering at {when}. Clear the form to discard it."
            ).format(when=local_datetime(draft.updated_at)),
        )

    # --- a rejected claim, corrected ------------------------------------------------------

    def apply_edit(self) -> None:
        """Put the pending rejected claim in the form; submitting resends it."""
        claim, self.pending_edit = self.pending_edit, None
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

    def close_page(self) -> None:
        """The window closes: stop listening, and keep what was typed."""
        self.closed = True
        self.watch_only([])
        if self.draft_timer.isActive():
            self.draft_timer.stop()
            self._save_draft()


def refused_credentials(status: int | None) -> bool:
    """The platform refused the connection's credentials or permission: only an edit of the
    connection helps (the outbox holds such claims for ten minutes)."""
    return status in (401, 403)


def _single_shot() -> Any:
    from PySide6.QtCore import Qt

    return Qt.ConnectionType.SingleShotConnection


def _load_form(service: PlatformService, target: Target) -> LoadedForm:
    """Runs on a worker thread. The form's widget modules are imported here too, so their
    first import (and Qt's enum set-up) costs the GUI thread nothing."""
    import claimdesk.ui.claim_form  # noqa: F401

    return service.load_form(target)

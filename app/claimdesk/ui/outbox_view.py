"""The outbox and history: every claim with its state, filtered by state, platform and
date; its attempts; retry, correct and resend, mark accepted, discard; export to CSV.

Every read and write of the outbox runs on the runner: the list, the details and the
actions show their result when it arrives (``refreshed``, ``details_shown``)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.domain.translation import QT_TRANSLATE_NOOP
from claimdesk.service.outbox import InvalidTransition, OutboxClaim, OutboxService, State
from claimdesk.service.returns import returnable, returns_of
from claimdesk.ui.i18n import local_datetime, shown_connection_name, state_name
from claimdesk.ui.outbox_views import (
    VIEW_OF,
    VIEWS,
    check_hint,
    claim_name,
    claim_number,
    first_view,
    label_of,
    labelled_values,
    plain_state,
    view_empty,
    view_title,
)
from claimdesk.ui.return_flow import ReturnFlow, ask_quantity, confirm
from claimdesk.ui.sender import OutboxSender
from claimdesk.ui.why_disabled import set_enabled_why
from claimdesk.ui.workers import Runner

COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxModel", "Claim no."),
    QT_TRANSLATE_NOOP("OutboxModel", "Entered"),
    QT_TRANSLATE_NOOP("OutboxModel", "Connection"),
    QT_TRANSLATE_NOOP("OutboxModel", "For"),
    QT_TRANSLATE_NOOP("OutboxModel", "Claim"),
    QT_TRANSLATE_NOOP("OutboxModel", "State"),
    QT_TRANSLATE_NOOP("OutboxModel", "Tries"),
    QT_TRANSLATE_NOOP("OutboxModel", "Last message"),
)
STATE_MARKS = {
    State.QUEUED: "↻",
    State.SENDING: "⇡",
    State.ACCEPTED: "✔",
    State.REJECTED: "✖",
    State.UNKNOWN: "?",
    State.DISCARDED: "–",
}
AnyIndex = QModelIndex | QPersistentModelIndex


class OutboxModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claims: list[OutboxClaim] = []

    def set_claims(self, claims: list[OutboxClaim]) -> None:
        self.beginResetModel()
        self.claims = claims
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.claims)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OutboxModel", COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        claim = self.claims[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row_of(claim)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (4, 7):
            return claim.message or claim.summary
        return None


def row_of(claim: OutboxClaim) -> list[str]:
    return [
        claim_number(claim),  # the platform's once there is one (ui/outbox_views.py)
        local_datetime(claim.created_at),
        shown_connection_name(claim.connection),
        claim.target_name,
        claim.summary,
        f"{STATE_MARKS[claim.state]} {plain_state(claim.state)}",
        str(claim.attempt_count),
        claim.message,
    ]


def _as_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


log = logging.getLogger("claimdesk.ui")


class OutboxDialog(QDialog):
    edit_requested = Signal(object)  # OutboxClaim, rejected, to correct in the form
    exported = Signal(int)  # claims written to the chosen file
    refreshed = Signal()  # the list shows what the outbox holds
    details_shown = Signal()  # the selected claim's attempts are shown
    returned = Signal(object)  # (Queued, SentOne | None): a return asked from a claim
    details_copied = Signal(str)  # "Copy details" put this on the clipboard

    def __init__(
        self, sender: OutboxSender, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(parent)
        self.outbox_sender = sender
        self.runner = runner or Runner(self)
        self._sources: dict[tuple[str, int], OutboxService] = {}
        self._asked = 0  # the latest list asked for: older answers are dropped
        self._opening = True  # the first read also picks the view (see ``refresh``)
        self.setWindowTitle(self.tr("Outbox and history"))
        self.resize(1000, 600)
        self._build()
        sender.counts_changed.connect(lambda _c: self.refresh())
        self.refresh()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.state_box = QComboBox(self)
        self.state_box.setAccessibleName(self.tr("State"))
        # The views, in plain words (ui/outbox_views.py): the tabs and this box choose one.
        self.view_tabs = QTabBar(self)
        self.view_tabs.setObjectName("outboxViews")
        self.view_tabs.setAccessibleName(self.tr("Show"))
        for view in VIEWS:
            self.state_box.addItem(view_title(view), view.key)
            self.view_tabs.addTab(view_title(view))
        self.state_box.setCurrentIndex(
            self.state_box.findData(first_view(self.outbox_sender.counts))
        )
        self.view_tabs.setCurrentIndex(self.state_box.currentIndex())
        self.state_box.setVisible(False)  # the tabs show the views; the box keeps the choice
        self.platform_box = QComboBox(self)
        self.platform_box.setAccessibleName(self.tr("Platform"))
        self.platform_box.addItem(self.tr("All platforms"), "")
        for key, name in (
            ("myrewards", "MyRewards"),
            ("claret", "Claret"),
            ("peak", "Peak"),
            ("thalamus", "Thalamus"),
        ):
            self.platform_box.addItem(name, key)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-30), self)
        self.to_edit = QDateEdit(today, self)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        root.addWidget(self.view_tabs)
        filters.addWidget(self.state_box)
        for label, widget in (
            (self.tr("Platform:"), self.platform_box),
            (self.tr("Entered from:"), self.from_edit),
            (self.tr("to:"), self.to_edit),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        root.addLayout(filters)
        self.hint_label = QLabel(check_hint(), self)
        self.hint_label.setObjectName("checkHint")
        self.hint_label.setWordWrap(True)
        root.addWidget(self.hint_label)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("outboxEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)  # once the list is read: said when it is empty
        self.hint_label.setVisible(False)
        root.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = OutboxModel(self)
        self.table = QTableView(splitter)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.details = QPlainTextEdit(splitter)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Claim details and attempts"))
        self.details.setPlaceholderText(self.tr("Select a claim to see its values and attempts."))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        root.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("&Retry now"), self)
        self.edit_button = QPushButton(self.tr("&Correct and resend…"), self)
        self.accept_button = QPushButton(self.tr("It was &stored"), self)
        self.accept_button.setToolTip(
            self.tr("For a claim to check that you found on the platform: it counts as sent")
        )
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setToolTip(
            self.tr(
                "Copy the selected claim and every attempt to send it, for support: "
                "no passwords, tokens or keys"
            )
        )
        self.copied_details = ""  # the selected claim's, once its attempts are read
        close = QPushButton(self.tr("Close"), self)
        for button in (
            self.retry_button,
            self.edit_button,
            self.accept_button,
            self.discard_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self._make_return_button())
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        root.addLayout(buttons)

        self.state_box.currentIndexChanged.connect(self._view_chosen)
        for box in (self.state_box, self.platform_box):
            box.currentIndexChanged.connect(self.refresh)
        self.view_tabs.currentChanged.connect(self.state_box.setCurrentIndex)
        self.state_box.currentIndexChanged.connect(self.view_tabs.setCurrentIndex)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.retry_button.clicked.connect(self.retry)
        self.edit_button.clicked.connect(self.edit)
        self.accept_button.clicked.connect(self.mark_accepted)
        self.discard_button.clicked.connect(self.discard)
        self.export_button.clicked.connect(self.choose_export)
        self.copy_button.clicked.connect(self.copy_details)
        close.clicked.connect(self.accept)
        self._selected()

    # --- data ---------------------------------------------------------------------------

    def _services(self) -> list[OutboxService]:
        return list(self.outbox_sender.services.values())

    def _service_of(self, claim: OutboxClaim) -> OutboxService:
        return self._sources[(claim.connection, claim.id)]

    def _view_chosen(self) -> None:
        self._opening = False  # the user's choice stands

    def refresh(self) -> None:
        """The list again, with the filters as they are now (read on the runner)."""
        view = VIEW_OF[self.state_box.currentData() or ""]
        states = list(view.states) if view.states is not None else None
        start = _as_date(self.from_edit.date())
        end = _as_date(self.to_edit.date()) + dt.timedelta(days=1)
        zone = dt.datetime.now().astimezone().tzinfo
        since = dt.datetime.combine(start, dt.time(), zone)
        until = dt.datetime.combine(end, dt.time(), zone)
        platform = self.platform_box.currentData() or None
        services = self._services()
        # The first read picks the view the window opens on from the outbox itself (the
        # sender's counts may not have arrived yet): what needs the rep first.
        opening = self._opening

        def query() -> tuple[str | None, list[tuple[OutboxService, list[OutboxClaim]]]]:
            key, wanted = None, states
            if opening:
                totals: dict[State, int] = {}
                for service in services:
                    for state, count in service.outbox.counts().items():
                        totals[state] = totals.get(state, 0) + count
                key = first_view(totals)
                chosen = VIEW_OF[key].states
                wanted = list(chosen) if chosen is not None else None
            return key, [
                (
                    service,
                    service.outbox.claims(
                        states=wanted, platform=platform, since=since, until=until
                    ),
                )
                for service in services
            ]

        self._asked += 1
        asked = self._asked
        self.runner.run(
            query,
            lambda found: self._show(asked, found),
            lambda error: log.error("the outbox could not be read: %s", error),
        )

    def _show(
        self, asked: int, read: tuple[str | None, list[tuple[OutboxService, list[OutboxClaim]]]]
    ) -> None:
        if asked != self._asked:
            return  # a newer list is on its way
        key, found = read
        if key is not None and self._opening:  # the view the window opens on
            self._opening = False
            index = self.state_box.findData(key)
            for chooser in (self.state_box, self.view_tabs):
                chooser.blockSignals(True)
                chooser.setCurrentIndex(index)
                chooser.blockSignals(False)
        claims: list[OutboxClaim] = []
        self._sources = {}
        for service, some in found:
            claims += some
            self._sources.update({(c.connection, c.id): service for c in some})
        claims.sort(key=lambda c: c.created_at, reverse=True)
        selected = self.selected()
        self.model.set_claims(claims)
        if selected is not None:
            for row, claim in enumerate(claims):
                if claim.id == selected.id and claim.connection == selected.connection:
                    self.table.selectRow(row)
        self._selected()
        view = VIEW_OF[self.state_box.currentData() or ""]
        self.hint_label.setVisible(view.key == "unknown" and bool(claims))
        self.empty_label.setText(view_empty(view))
        self.empty_label.setVisible(not claims)
        self.refreshed.emit()

    def _labels(self, claim: OutboxClaim) -> dict[str, str]:
        """The form's labels for the claim's values (the form this session loaded for its
        target; else its names, as words: ui/outbox_views.label_of)."""
        service = self._sources.get((claim.connection, claim.id))
        form = service.remembered_form(claim.connection, claim.target_key) if service else None
        return {f.name: f.label for f in form.schema} if form is not None else {}

    def selected(self) -> OutboxClaim | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.claims[rows[0].row()] if rows else None

    def _selected(self) -> None:
        claim = self.selected()
        state = claim.state if claim is not None else None
        pick = self.tr("Select a claim first")
        set_enabled_why(
            self.retry_button,
            pick
            if claim is None
            else None
            if state in (State.QUEUED, State.UNKNOWN)
            else self.tr("Only a waiting claim or one to check can be sent again"),
        )
        self.retry_button.setText(
            self.tr("Send &again") if state is State.UNKNOWN else self.tr("&Retry now")
        )
        set_enabled_why(
            self.edit_button,
            pick
            if claim is None
            else None
            if state is State.REJECTED
            else self.tr("Only a refused claim can be corrected"),
        )
        set_enabled_why(
            self.accept_button,
            pick
            if claim is None
            else None
            if state is State.UNKNOWN
            else self.tr("Only a claim to check can be marked as stored"),
        )
        set_enabled_why(
            self.discard_button,
            pick
            if claim is None
            else None
            if state in (State.QUEUED, State.REJECTED, State.UNKNOWN)
            else self.tr("Only a waiting, refused or to-check claim can be discarded"),
        )
        self.copied_details = ""
        set_enabled_why(  # until the claim's attempts are read
            self.copy_button,
            pick if claim is None else self.tr("Reading the claim's attempts…"),
        )
        set_enabled_why(
            self.return_button,
            pick
            if claim is None
            else None
            if returnable(claim)
            else self.tr(
                "Only an accepted MyRewards claim sent with a returns identifier can be returned"
            ),
        )
        if claim is None:
            self.details.clear()
            return
        lines = [
            self.tr("{claim} — {state} — {connection} — {target}").format(
                claim=_capitalized(claim_name(claim)),
                state=plain_state(claim.state),
                connection=shown_connection_name(claim.connection),
                target=claim.target_name,
            ),
            "",
        ]
        labels = self._labels(claim)
        lines += [f"  {label}: {value}" for label, value in labelled_values(claim, labels)]
        if claim.issues:
            lines += ["", self.tr("Reasons:")] + [f"  {i.describe()}" for i in claim.issues]
        self.details.setPlainText("\n".join(lines))
        service = self._service_of(claim)
        self.runner.run(
            lambda: _history(service, claim),
            lambda found: self._show_attempts(claim, lines, *found),
            lambda error: log.error("the attempts could not be read: %s", error),
        )

    def _show_attempts(
        self,
        claim: OutboxClaim,
        lines: list[str],
        attempts: list[Any],
        returns: list[OutboxClaim] | None = None,
    ) -> None:
        shown = self.selected()
        if shown is None or (shown.id, shown.connection) != (claim.id, claim.connection):
            return  # another claim was chosen meanwhile
        lines = [*lines, "", self.tr("Attempts:")]
        for attempt in attempts:
            status = f"HTTP {attempt.http_status}" if attempt.http_status else self.tr("no answer")
            outcome = state_name(attempt.outcome) if attempt.outcome else self.tr("in progress")
            lines.append(
                f"  {local_datetime(attempt.started_at)} {outcome} ({status}) {attempt.message}"
            )
        lines += self._return_lines(returns or [])
        self.details.setPlainText("\n".join(lines))
        from claimdesk.service.details import claim_details

        self.copied_details = claim_details(claim, attempts)
        set_enabled_why(self.copy_button, None)
        self.details_shown.emit()

    def copy_details(self) -> None:
        """The selected claim, its values and every attempt (time, outcome, status, the
        server's words), as plain text on the clipboard."""
        if not self.copied_details:
            return
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.copied_details)
        self.details_copied.emit(self.copied_details)

    # --- actions ------------------------------------------------------------------------

    def _act(self, action: Callable[[OutboxService, int], object]) -> None:
        """``action`` on the selected claim, on the runner; then the list again."""
        claim = self.selected()
        if claim is None:
            return
        service, claim_id = self._service_of(claim), claim.id
        self.runner.run(lambda: action(service, claim_id), self._acted, self._act_failed)

    def _acted(self, _result: object = None) -> None:
        self.refresh()
        self.outbox_sender.poke()

    def _act_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidTransition):
            QMessageBox.information(self, self.tr("Outbox"), str(error))
        else:
            log.error("the outbox could not be changed: %s", error)
        self._acted()

    def retry(self) -> None:
        """Now, not at its next turn; a claim of unknown outcome is one the user found not
        stored on the platform (``resolve``: Thalamus frees its transaction ID)."""

        def retry(service: OutboxService, claim_id: int) -> object:
            if service.outbox.get(claim_id).state is State.UNKNOWN:
                return service.resolve(claim_id, accepted=False)
            service.outbox.retry_now(claim_id)
            return None

        self._act(retry)

    def mark_accepted(self) -> None:
        self._act(lambda service, claim_id: service.resolve(claim_id, accepted=True))

    def discard(self) -> None:
        claim = self.selected()
        if claim is None or not self.confirm_discard(claim):
            return
        self._act(lambda service, claim_id: service.outbox.discard(claim_id))

    def confirm_discard(self, claim: OutboxClaim) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard claim"),
            self.tr(
                "Discard claim #{id} ({summary})? It will not be sent; it stays in the "
                "history as discarded."
            ).format(id=claim.id, summary=claim.summary),
        )
        return answer == QMessageBox.StandardButton.Yes

    def edit(self) -> None:
        claim = self.selected()
        if claim is not None and claim.state is State.REJECTED:
            self.edit_requested.emit(claim)
            self.accept()

    # --- returns (MyRewards returned claims) ---------------------------------------------

    def _make_return_button(self) -> QPushButton:
        self.return_flow = ReturnFlow(
            self,
            self.runner,
            self._service_of,
            lambda claim, left: self.ask_return_quantity(claim, left),
            lambda claim, quantity: self.confirm_return(claim, quantity),
        )
        self.return_flow.returned.connect(self._returned)
        self.return_flow.failed.connect(self._act_failed)
        self.return_button = QPushButton(self.tr("Re&turn…"), self)
        self.return_button.setToolTip(
            self.tr("Return goods of an accepted claim sent with a returns identifier")
        )
        self.return_button.clicked.connect(self.return_selected)
        return self.return_button

    def _return_lines(self, returns: list[OutboxClaim]) -> list[str]:
        if not returns:
            return []
        lines = ["", self.tr("Returns:")]
        for item in returns:
            lines.append(
                self.tr("  #{id} {when}: {quantity} returned — {state}: {message}").format(
                    id=item.id,
                    when=local_datetime(item.created_at),
                    quantity=item.values.get("quantity", ""),
                    state=state_name(item.state.value),
                    message=item.message,
                )
            )
        return lines

    def return_selected(self) -> None:
        """Ask how many units to return (at most what is left of the claim), confirm,
        then queue the return and send it (ui/return_flow.py)."""
        self.return_flow.start(self.selected())

    def ask_return_quantity(self, claim: OutboxClaim, left: int) -> int | None:
        return ask_quantity(self, claim, left)

    def confirm_return(self, claim: OutboxClaim, quantity: int) -> bool:
        return confirm(self, claim, quantity)

    def _returned(self, outcome: tuple[Any, Any]) -> None:
        self.returned.emit(outcome)
        self._acted()

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the listed claims"), "claimdesk-outbox.csv", "CSV (*.csv)"
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> int:
        """The listed claims, one row each, with their values and reasons; written on the
        runner (``exported`` says when). Returns how many are written."""
        claims = self.model.claims
        labels: dict[str, str] = {}
        for c in claims:
            labels = {**self._labels(c), **labels}
        fields = sorted({name for c in claims for name in c.values})
        # Labels, never the platform's field names (ui/outbox_views.py).
        head = [
            self.tr("Claim no."),
            self.tr("Entered"),
            self.tr("Connection"),
            self.tr("For"),
            self.tr("State"),
            self.tr("Tries"),
            self.tr("Message"),
            self.tr("Reasons"),
        ]
        rows: list[list[object]] = [[*head, *(label_of(f, labels) for f in fields)]]
        rows += [
            [
                claim_number(c),
                c.created_at.isoformat(),
                c.connection,
                c.target_name,
                plain_state(c.state),
                c.attempt_count,
                c.message,
                "; ".join(i.describe() for i in c.issues),
                *(c.values.get(f, "") for f in fields),
            ]
            for c in claims
        ]
        self.runner.run(
            lambda: _write_csv(path, rows),
            lambda _none: self.exported.emit(len(claims)),
            self._export_failed,
        )
        return len(claims)

    def _export_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Outbox"), self.tr("Not saved: {why}").format(why=error))


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _history(service: OutboxService, claim: OutboxClaim) -> tuple[list[Any], list[OutboxClaim]]:
    """Runs on a worker: the claim's attempts and the returns made from it."""
    return service.outbox.attempts(claim.id), returns_of(service, claim)


def _write_csv(path: Path, rows: list[list[object]]) -> None:
    """Runs on a worker thread; cells safe from formula injection."""
    from claimdesk.service.columns import write_csv_file

    write_csv_file(path, rows)

"""The main window's "Today" panel, under the claim form: the claims entered today on the
current connection, newest first — time, product, quantity, value, points, the platform's
claim number and the state in plain words — with Copy (the row as text) and Correct (a
refused claim back into the form). It folds away to its title line.

The outbox is read on the runner whenever the sender says something changed (never on
the GUI thread)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.domain.translation import QT_TRANSLATE_NOOP
from claimdesk.service.outbox import OutboxClaim, State
from claimdesk.service.returns import returnable
from claimdesk.ui.outbox_views import Roles, TodayRow, roles_of, start_of_today, today_row
from claimdesk.ui.return_flow import ReturnFlow, ask_quantity, confirm
from claimdesk.ui.sender import OutboxSender
from claimdesk.ui.why_disabled import set_enabled_why
from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from claimdesk.service.outbox import OutboxService
    from claimdesk.service.platform import LoadedForm

log = logging.getLogger("claimdesk.ui")

HEADERS = (
    QT_TRANSLATE_NOOP("TodayList", "Time"),
    QT_TRANSLATE_NOOP("TodayList", "Product"),
    QT_TRANSLATE_NOOP("TodayList", "Qty"),
    QT_TRANSLATE_NOOP("TodayList", "Value"),
    QT_TRANSLATE_NOOP("TodayList", "Points"),
    QT_TRANSLATE_NOOP("TodayList", "Claim no."),
    QT_TRANSLATE_NOOP("TodayList", "State"),
)
PRODUCT = 1
VISIBLE_ROWS = 5  # the unfolded list's height, in rows: the form keeps the rest


def headers() -> list[str]:
    return [QCoreApplication.translate("TodayList", h) for h in HEADERS]


class TodayModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TodayRow] = []

    def set_rows(self, rows: list[TodayRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells()[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.claim.message or row.claim.summary
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TodayList(QWidget):
    """``connection_name`` says which connection's claims to show; ``form`` the form on
    screen (its fields say which value is the product, the quantity, the value)."""

    edit_requested = Signal(object)  # OutboxClaim, refused, to correct in the form
    refreshed = Signal()  # the list shows what the outbox holds
    copied = Signal(str)  # the row's text, on the clipboard
    returned = Signal(object)  # (Queued, SentOne | None): a return asked from a claim

    def __init__(
        self,
        sender: OutboxSender,
        connection_name: Callable[[], str],
        form: Callable[[], LoadedForm | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayList")
        self.outbox_sender = sender
        self.connection_name = connection_name
        self.form = form
        self.runner = Runner(self)
        self._asked = 0
        # Which outbox (the user's or training mode's) each listed claim is in.
        self._sources: dict[tuple[str, int], OutboxService] = {}
        self._build()
        self._timer = QTimer(self)  # several changes at once: one read
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        sender.counts_changed.connect(self.refresh_soon)
        sender.sent.connect(self.refresh_soon)
        sender.ready.connect(self.refresh_soon)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(4)
        top = QHBoxLayout()
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("todayToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(self.tr("Show or hide the claims entered today"))
        top.addWidget(self.toggle)
        top.addStretch(1)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(
            self.tr("Copy the chosen claim as text, to paste into a message (Ctrl+C)")
        )
        self.correct_button = QPushButton(self.tr("Correct…"), self)
        self.correct_button.setToolTip(
            self.tr(
                "Put the refused claim back in the form (Enter on its row); submitting sends "
                "it again"
            )
        )
        self.return_button = QPushButton(self.tr("Return…"), self)
        self.return_button.setToolTip(
            self.tr("Return goods of an accepted claim sent with a returns identifier")
        )
        self.return_flow = ReturnFlow(
            self,
            self.runner,
            self._service_of,
            lambda claim, left: self.ask_return_quantity(claim, left),
            lambda claim, quantity: self.confirm_return(claim, quantity),
        )
        top.addWidget(self.copy_button)
        top.addWidget(self.correct_button)
        top.addWidget(self.return_button)
        root.addLayout(top)

        self.model = TodayModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("todayTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Claims entered today"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list: arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMaximumHeight(header.sizeHint().height() + row_height * VISIBLE_ROWS + 4)
        self.table.setMinimumWidth(0)
        root.addWidget(self.table)
        self.empty_label = QLabel(self.tr("Nothing entered today yet."), self)
        self.empty_label.setObjectName("todayEmpty")
        self.empty_label.setWordWrap(True)
        root.addWidget(self.empty_label)

        self.toggle.toggled.connect(self._folded)
        self.copy_button.clicked.connect(self.copy_selected)
        self.correct_button.clicked.connect(self.correct_selected)
        self.return_button.clicked.connect(lambda: self.return_flow.start(self.selected()))
        self.return_flow.returned.connect(self._returned)
        self.return_flow.failed.connect(
            lambda error: log.error("the return could not be sent: %s", error)
        )
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.correct_selected())
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selected)
        self._show([])

    # --- reading ----------------------------------------------------------------------------

    def refresh_soon(self, *_args: object) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Today's claims of the current connection, read on the runner."""
        name = self.connection_name()
        services = list(self.outbox_sender.services.values())
        shown = self.form()
        since = start_of_today()

        def read() -> list[tuple[OutboxClaim, Roles, OutboxService]]:
            found: list[tuple[OutboxClaim, Roles, OutboxService]] = []
            for service in services:
                for claim in service.outbox.claims(since=since):
                    if claim.connection == name:
                        found.append((claim, _roles(service, claim, shown), service))
            return found

        self._asked += 1
        asked = self._asked
        self.runner.run(
            read,
            lambda found: self._arrived(asked, found),
            lambda error: log.error("today's claims could not be read: %s", error),
        )

    def _arrived(self, asked: int, found: list[tuple[OutboxClaim, Roles, OutboxService]]) -> None:
        if asked != self._asked:
            return  # a newer read is on its way
        found.sort(key=lambda item: item[0].created_at, reverse=True)
        self._sources = {(claim.connection, claim.id): service for claim, _r, service in found}
        self._show([today_row(claim, roles) for claim, roles, _s in found])
        self.refreshed.emit()

    def _show(self, rows: list[TodayRow]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None:
            for index, row in enumerate(rows):
                if (row.claim.connection, row.claim.id) == (chosen.connection, chosen.id):
                    self.table.selectRow(index)
        self.toggle.setText(self.tr("To&day ({count})").format(count=len(rows)))
        self.toggle.setAccessibleName(self.tr("Today: {count} claims").format(count=len(rows)))
        self._folded(self.toggle.isChecked())
        self._selected()

    def _folded(self, unfolded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        empty = not self.model.rows
        self.table.setVisible(unfolded and not empty)
        self.empty_label.setVisible(unfolded and empty)
        self.copy_button.setVisible(unfolded)
        self.correct_button.setVisible(unfolded)
        self.return_button.setVisible(unfolded)

    # --- acting -----------------------------------------------------------------------------

    def selected_row(self) -> TodayRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def selected(self) -> OutboxClaim | None:
        row = self.selected_row()
        return row.claim if row is not None else None

    def _selected(self) -> None:
        claim = self.selected()
        pick = self.tr("Choose a claim in the list first")
        set_enabled_why(self.copy_button, pick if claim is None else None)
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
        set_enabled_why(
            self.correct_button,
            pick
            if claim is None
            else None
            if claim.state is State.REJECTED
            else self.tr("Only a refused claim can be corrected"),
        )

    def select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def copy_selected(self) -> str:
        row = self.selected_row()
        if row is None:
            return ""
        text = row.as_text(headers())
        QApplication.clipboard().setText(text)
        self.copied.emit(text)
        return text

    def _service_of(self, claim: OutboxClaim) -> OutboxService:
        return self._sources[(claim.connection, claim.id)]

    def ask_return_quantity(self, claim: OutboxClaim, left: int) -> int | None:
        return ask_quantity(self, claim, left)

    def confirm_return(self, claim: OutboxClaim, quantity: int) -> bool:
        return confirm(self, claim, quantity)

    def _returned(self, outcome: tuple[Any, Any]) -> None:
        self.returned.emit(outcome)
        self.refresh_soon()
        self.outbox_sender.poke()

    def correct_selected(self) -> None:
        claim = self.selected()
        if claim is not None and claim.state is State.REJECTED:
            self.edit_requested.emit(claim)


def _roles(service: OutboxService, claim: OutboxClaim, shown: LoadedForm | None) -> Roles:
    """Runs on a worker: which of the claim's values are its product, quantity and value,
    by its own form when this session loaded it, else by the form on screen."""
    form = service.remembered_form(claim.connection, claim.target_key) or shown
    return roles_of(tuple(form.schema)) if form is not None else Roles()

"""The reward points window (admins): choose a promotion, see every reward point (pages
load in the background, the first shows at once), sort, filter and search; create and edit
through a dialog (a PATCH of the changed fields only); activate or deactivate several; create
many from a CSV / XLSX file with a result per row; export what is shown to CSV.

The window says when its list was fetched. Editing a record of a list older than the
service's ``stale_after`` first compares ``updated_at`` with the server's and asks before
overwriting someone else's change."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from claimdesk.domain.translation import QT_TRANSLATE_NOOP
from claimdesk.service.columns import write_file
from claimdesk.service.reward_points import COLUMNS as ALL_COLUMNS
from claimdesk.ui.banner import Banner
from claimdesk.ui.i18n import local_number
from claimdesk.ui.paged_table import Chunk, PagedTableLoader, fit_columns, paged_table_view
from claimdesk.ui.reward_point_dialog import RewardPointDialog, rows_dialog
from claimdesk.ui.reward_points_model import (
    COLUMNS,
    SAMPLES,
    RewardPointsFilter,
    RewardPointsModel,
    make_rows,
)
from claimdesk.ui.table_export import choose_path, export_in_background, shown_rows
from claimdesk.ui.why_disabled import set_enabled_tip, set_enabled_why
from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from claimdesk.domain.myrewards import Promotion, RewardPoint
    from claimdesk.service.batch_import import Matched, Table
    from claimdesk.service.reward_points import Change, RewardPointsService, RowResult, Saved
    from claimdesk.ui.mapping_dialog import MappingDialog

log = logging.getLogger("claimdesk.ui")
STATUS_MS = 500  # a table repaint costs tens of ms in software rendering: few of them
SHOW_CHOICES = (
    (QT_TRANSLATE_NOOP("RewardPointsWindow", "All"), None),
    (QT_TRANSLATE_NOOP("RewardPointsWindow", "Active only"), True),
    (QT_TRANSLATE_NOOP("RewardPointsWindow", "Inactive only"), False),
)


class RewardPointsWindow(QMainWindow):
    """Signals say when the window reaches a state, for tests and the main window."""

    promotions_loaded = Signal()
    loaded = Signal()  # every page of the chosen promotion is in
    saved = Signal(object)  # Saved, after a create or update answered
    bulk_done = Signal(object)  # list of Saved or RowResult
    exported = Signal(object)  # rows written, or the error

    def __init__(
        self,
        service: RewardPointsService,
        connection_name: str,
        parent: QWidget | None = None,
        *,
        promotion_id: int | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner or Runner(self)
        self.model = RewardPointsModel(self)  # goes with the window, on the GUI thread
        # Pages after the first are put in the table every STATUS_MS: a few repaints.
        self.loader = PagedTableLoader(self.model.append, self, gather_ms=STATUS_MS)
        self.promotions: list[Promotion] = []
        self.promotion: Promotion | None = None
        self.fetched_at: dt.datetime | None = None
        self.dialog: RewardPointDialog | None = None
        self.last_import: list[RowResult] = []
        self.error_file: Path | None = None  # the last import's rows not created
        self.mapping_dialog: MappingDialog | None = None
        self._import_path = Path()
        self.changes: list[Change] = []  # this session's admin changes, newest last, to undo
        self._pending: tuple[str, list[RewardPoint]] | None = None  # a bulk change on its way
        # Asked before a change of many records and before an undo: (title, question) → yes.
        self.ask: Callable[[str, str], bool] = self.confirm
        self._wanted = promotion_id
        self.setWindowTitle(self.tr("Reward points — {name}").format(name=connection_name))
        self.resize(1100, 680)
        self._build()
        self.loader.page.connect(self._on_page)
        self.loader.progressed.connect(self._show_status)
        self.loader.done.connect(self._on_done)
        self.loader.failed.connect(self._on_failed)
        self.runner.run(self.service.promotions, self._on_promotions, self._on_error)

    @property
    def pages_loaded(self) -> int:
        return self.loader.pages_loaded

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        root = QVBoxLayout(central)
        root.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Promotion:"), central)
        self.promotion_box = QComboBox(central)
        self.promotion_box.setObjectName("promotionBox")
        self.promotion_box.setMinimumContentsLength(30)
        self.promotion_box.setAccessibleName(self.tr("Promotion"))
        label.setBuddy(self.promotion_box)
        top.addWidget(label)
        top.addWidget(self.promotion_box)
        self.reload_button = QPushButton(self.tr("&Reload"), central)
        self.reload_button.setToolTip(self.tr("Fetch every page again (F5)"))
        self.reload_button.setShortcut("F5")
        top.addWidget(self.reload_button)
        top.addStretch(1)
        search_label = QLabel(self.tr("&Search:"), central)
        self.search = QLineEdit(central)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("reference, name, group or id"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search)
        show_label = QLabel(self.tr("S&how:"), central)
        self.show_box = QComboBox(central)
        self.show_box.setAccessibleName(self.tr("Show"))
        for text, _value in SHOW_CHOICES:
            self.show_box.addItem(self.tr(text))
        show_label.setBuddy(self.show_box)
        top.addWidget(show_label)
        top.addWidget(self.show_box)
        root.addLayout(top)

        status = QHBoxLayout()
        self.status_label = QLabel(central)
        self.status_label.setObjectName("fetchedLabel")
        # Its text changes with every page: it must not make the window lay out again.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.status_label.setMinimumHeight(self.fontMetrics().height() + 4)
        status.addWidget(self.status_label, 1)
        self.progress = QProgressBar(central)
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        status.addWidget(self.progress)
        root.addLayout(status)

        self.banner = Banner(central)
        root.addWidget(self.banner)

        self.proxy = RewardPointsFilter(self.model, self)
        self.table = paged_table_view(central, self.proxy, "rewardPointsTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fit_columns(self.table, [SAMPLES[column.key] for column in COLUMNS])
        root.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New…"), central)
        self.edit_button = QPushButton(self.tr("&Edit…"), central)
        self.activate_button = QPushButton(self.tr("&Activate"), central)
        self.deactivate_button = QPushButton(self.tr("&Deactivate"), central)
        self.import_button = QPushButton(self.tr("&Import CSV…"), central)
        self.import_button.setToolTip(
            self.tr(
                "Create one reward point per row of a CSV or XLSX file (columns: reference, "
                "quantity, points_per_quantity, date_from, date_to, user_group_ids, active)"
            )
        )
        self.export_button = QPushButton(self.tr("E&xport CSV…"), central)
        self.export_button.setToolTip(self.tr("Save the rows shown, in the order shown"))
        for button in (self.new_button, self.edit_button, self.activate_button):
            buttons.addWidget(button)
        buttons.addWidget(self.deactivate_button)
        self.undo_button = QPushButton(self.tr("&Undo change"), central)
        self.undo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        self.selection_label = QLabel(central)
        buttons.addWidget(self.selection_label)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        root.addLayout(buttons)
        self.setCentralWidget(central)

        self.promotion_box.currentIndexChanged.connect(self._on_promotion_chosen)
        self.reload_button.clicked.connect(self.reload)
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.show_box.currentIndexChanged.connect(lambda i: self._filter(active=SHOW_CHOICES[i][1]))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Enter on a row or a double click (how the platform activates an item) edits it.
        self.table.activated.connect(self._edit_row)
        self.new_button.clicked.connect(self.new_reward_point)
        self.edit_button.clicked.connect(self.edit_selected)
        self.activate_button.clicked.connect(lambda: self.set_active(True))
        self.deactivate_button.clicked.connect(lambda: self.set_active(False))
        self.undo_button.clicked.connect(self.undo_last)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(30_000)
        self.age_timer.timeout.connect(self._show_status)
        self.age_timer.start()
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------

    def _on_promotions(self, promotions: list[Promotion]) -> None:
        self.promotions = promotions
        self.promotion_box.blockSignals(True)
        self.promotion_box.clear()
        for promotion in promotions:
            suffix = "" if promotion.status == "active" else f" ({promotion.status})"
            self.promotion_box.addItem(f"{promotion.name} — #{promotion.id}{suffix}", promotion.id)
        self.promotion_box.blockSignals(False)
        self.promotions_loaded.emit()
        index = 0
        if self._wanted is not None:
            index = max(0, self.promotion_box.findData(self._wanted))
        if self.promotion_box.currentIndex() == index:
            self._on_promotion_chosen(index)  # no signal for the index it already has
        else:
            self.promotion_box.setCurrentIndex(index)

    def select_promotion(self, promotion_id: int) -> None:
        index = self.promotion_box.findData(promotion_id)
        if index < 0:
            raise KeyError(promotion_id)
        if index == self.promotion_box.currentIndex():
            self.reload()
        else:
            self.promotion_box.setCurrentIndex(index)

    def _on_promotion_chosen(self, index: int) -> None:
        if 0 <= index < len(self.promotions):
            self.promotion = self.promotions[index]
            self.reload()

    def reload(self) -> None:
        promotion = self.promotion
        if promotion is None:
            return
        self.hide_banner()
        self.model.clear()
        self.fetched_at = self.service.now()
        self.progress.setRange(0, 0)  # the total is unknown until the last page
        self.progress.setFormat(self.tr("loading…"))
        self.progress.setVisible(True)
        set_enabled_why(self.reload_button, self.tr("Loading already"))
        self._show_status()
        service = self.service
        self.loader.start(lambda: (Chunk(make_rows(p)) for p in service.pages(promotion.id)))
        self._update_buttons()

    def _on_page(self, _chunk: Chunk) -> None:
        """The page's rows are in the table or gathered for it; the counts follow."""

    def _end_loading(self) -> None:
        self.progress.setVisible(False)
        set_enabled_why(self.reload_button, None)

    def _on_done(self) -> None:
        self._end_loading()
        if self.promotion is not None and self.fetched_at is not None:
            self.service.cache.put(self.promotion.id, self.model.items, self.fetched_at)
        self._show_status()
        self._update_buttons()
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._end_loading()
        self.show_banner(
            "error",
            self.tr("Stopped after {count} reward points: {error}").format(
                count=local_number(len(self.model.items)), error=error
            ),
        )
        self._show_status()
        self._update_buttons()

    def _on_error(self, error: BaseException) -> None:
        self.show_banner("error", str(error))

    def is_stale(self) -> bool:
        return self.fetched_at is not None and self.service.is_stale(self.fetched_at)

    def _show_status(self) -> None:
        if self.loader.loading:
            self.progress.setFormat(
                self.tr("page {page} · {count} loaded").format(
                    page=self.pages_loaded, count=local_number(len(self.model.items))
                )
            )
        if self.fetched_at is None:
            self.status_label.setText(self.tr("Loading promotions…"))
            return
        shown, total = self.proxy.rowCount(), len(self.model.items)
        local = self.fetched_at.astimezone().strftime("%H:%M:%S")
        count = (
            self.tr("{total} reward points").format(total=local_number(total))
            if shown == total
            else self.tr("{shown} of {total} reward points shown").format(
                shown=local_number(shown), total=local_number(total)
            )
        )
        if self.loader.loading:
            text = self.tr("{count} · loading since {time}").format(count=count, time=local)
        else:
            text = self.tr("{count} · fetched at {time}").format(count=count, time=local)
            if self.is_stale():
                minutes = int((self.service.now() - self.fetched_at).total_seconds() // 60)
                text += self.tr(
                    " ({minutes} min ago — edits are checked against the server first)"
                ).format(minutes=minutes)
        self.status_label.setText(text)

    def _filter(self, text: str | None = None, active: Any = ...) -> None:
        self.proxy.set_filter(text, active)
        self._show_status()

    # --- selection ----------------------------------------------------------------------

    def selected(self) -> list[RewardPoint]:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return self.proxy.items_at(rows)

    def select_references(self, references: list[str]) -> None:
        """Select the rows of these references (for tests and scripts)."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        wanted = set(references)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index) in wanted:
                selection.select(index, self.proxy.index(row, len(COLUMNS) - 1))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _update_buttons(self, *_args: object) -> None:
        count = len(self.table.selectionModel().selectedRows())
        ready = self.promotion is not None
        choose = None if ready else self.tr("Choose a promotion first")
        set_enabled_why(self.new_button, choose)
        set_enabled_why(self.import_button, choose)
        set_enabled_why(
            self.export_button, None if self.model.items else self.tr("There is nothing to export")
        )
        set_enabled_why(self.edit_button, None if count == 1 else self.tr("Select one row to edit"))
        some = None if count >= 1 else self.tr("Select one or more rows first")
        set_enabled_why(self.activate_button, some)
        set_enabled_why(self.deactivate_button, some)
        if self.changes:
            set_enabled_tip(
                self.undo_button,
                self.tr("Undo “{what}” (Ctrl+Z): send the previous values back").format(
                    what=self.changes[-1].what
                ),
            )
        set_enabled_why(
            self.undo_button,
            None if self.changes else self.tr("Nothing changed in this session yet"),
        )
        self.selection_label.setText(
            self.tr("{count} selected").format(count=local_number(count)) if count else ""
        )

    # --- create and edit ----------------------------------------------------------------

    def new_reward_point(self) -> RewardPointDialog | None:
        if self.promotion is None:
            return None
        return self._open_dialog(None)

    def _edit_row(self, index: QModelIndex) -> None:
        """The row activated (Enter on the current row, even one not selected yet)."""
        self.table.selectRow(index.row())
        self.edit_selected()

    def edit_selected(self) -> RewardPointDialog | None:
        chosen = self.selected()
        if self.promotion is None or len(chosen) != 1:
            return None
        return self._open_dialog(chosen[0])

    def _open_dialog(self, current: RewardPoint | None) -> RewardPointDialog:
        assert self.promotion is not None
        dialog = RewardPointDialog(self.promotion, current, self)
        dialog.save_requested.connect(lambda values: self._save(dialog, values))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(
        self, dialog: RewardPointDialog, values: dict[str, str], *, overwrite: bool = False
    ) -> None:
        promotion, current, fetched_at = self.promotion, dialog.current, self.fetched_at
        service = self.service  # the job holds the service, not the window
        assert promotion is not None
        if current is None:
            job = lambda: service.create(promotion, values)  # noqa: E731
        else:
            job = lambda: service.update(  # noqa: E731
                promotion, current, values, fetched_at=fetched_at, overwrite=overwrite
            )
        self.runner.run(
            job,
            lambda saved: self._on_saved(dialog, values, saved),
            lambda error: dialog.show_saved(_failed(error)),
        )

    def _on_saved(self, dialog: RewardPointDialog, values: dict[str, str], saved: Saved) -> None:
        if saved.conflict is not None:
            self.model.put(saved.conflict)
            if self.confirm_overwrite(saved.message):
                # Sends what the user changed from what they saw; other fields keep the
                # server's (newer) values.
                self._save(dialog, values, overwrite=True)
                return
            dialog.show_saved(saved)
            dialog.form.set_values(_text_of(saved.conflict))
            dialog.current = saved.conflict
            dialog.show_message(
                "warning",
                self.tr("{message} The form now shows the server's values.").format(
                    message=saved.message
                ),
            )
            return
        if saved.ok and saved.reward_point is not None:
            self.model.put(saved.reward_point)
            self.show_banner("success", saved.message)
            self._show_status()
            self._remember(
                self.tr("Create {reference}")
                if dialog.current is None
                else self.tr("Edit {reference}"),
                [dialog.current],
                [saved],
            )
        dialog.show_saved(saved)
        self.saved.emit(saved)

    def confirm_overwrite(self, message: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Changed on the server"),
            self.tr("{message}\n\nSave your values over the server's anyway?").format(
                message=message
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    # --- bulk ---------------------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        chosen, promotion, service = self.selected(), self.promotion, self.service
        if not chosen or promotion is None:
            return
        count = local_number(len(chosen))
        what = (
            self.tr("Activate {count} reward points")
            if active
            else self.tr("Deactivate {count} reward points")
        ).format(count=count)
        if len(chosen) > 1 and not self.ask(
            what,
            self.tr(
                "{what}? Each is changed on MyRewards at once; Undo change (Ctrl+Z) sends the "
                "previous values back."
            ).format(what=what),
        ):
            return
        self._pending = (what, list(chosen))
        self._busy(True)
        self.show_banner(
            "info",
            (self.tr("Activating {count}…") if active else self.tr("Deactivating {count}…")).format(
                count=local_number(len(chosen))
            ),
        )
        self.runner.run(
            lambda: service.set_active(promotion, chosen, active),
            self._on_bulk_saved,
            self._on_bulk_error,
        )

    def _on_bulk_saved(self, results: list[Saved]) -> None:
        from claimdesk.service.reward_points import summary

        self._busy(False)
        for saved in results:
            if saved.ok and saved.reward_point is not None:
                self.model.put(saved.reward_point)
        pending, self._pending = self._pending, None
        if pending is not None:
            self._remember(pending[0], pending[1], results)
        failures = [s.message for s in results if not s.ok]
        self.show_banner(
            "error" if failures else "success",
            summary(results) + ("\n" + "\n".join(failures[:10]) if failures else ""),
        )
        self._show_status()
        self.bulk_done.emit(results)

    def _on_bulk_error(self, error: BaseException) -> None:
        self._busy(False)
        self.show_banner("error", str(error))

    # --- undo ---------------------------------------------------------------------------

    def _remember(
        self, what: str, before: Sequence[RewardPoint | None], results: Sequence[Saved]
    ) -> None:
        from claimdesk.service.reward_points import change_of

        if self.promotion is None:
            return
        change = change_of(
            what.format(reference=_reference(before, results)), self.promotion, before, results
        )
        if change is not None:
            self.changes.append(change)
        self._update_buttons()

    def undo_last(self) -> None:
        """Ctrl+Z: send the last change's previous values back, after asking."""
        if not self.changes or not self.undo_button.isEnabled():
            return
        change, service = self.changes[-1], self.service
        if not self.ask(
            self.tr("Undo change"),
            self.tr(
                "Undo “{what}”? The previous values of {count} reward point(s) are sent back to "
                "MyRewards; one created here is deactivated (MyRewards cannot delete it)."
            ).format(what=change.what, count=local_number(change.count)),
        ):
            return
        self.changes.pop()
        self._pending = None
        self._busy(True)
        self.show_banner("info", self.tr("Undoing “{what}”…").format(what=change.what))
        self.runner.run(lambda: service.undo(change), self._on_bulk_saved, self._on_bulk_error)

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _busy(self, busy: bool) -> None:
        for button in (
            self.activate_button,
            self.deactivate_button,
            self.import_button,
            self.new_button,
            self.edit_button,
            self.undo_button,
        ):
            set_enabled_why(button, self.tr("Wait until the change is saved") if busy else None)
        if not busy:
            self._update_buttons()

    def _choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Create reward points from a file"),
            "",
            self.tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Create reward points from a file as claims are imported: its header row found,
        its columns matched (the mapping dialog when one is not clear), dates read as the
        claims import reads them; the rows not created go to an error file beside it."""
        if self.promotion is None:
            return
        self._busy(True)
        self._import_path = path
        self.show_banner("info", self.tr("Reading {name}…").format(name=path.name))
        self.runner.run(lambda: _match(path), self._on_matched, self._on_bulk_error)

    def _on_matched(self, matched: Matched | str) -> None:
        if isinstance(matched, str):  # the file could not be read
            self._import_failed(matched)
            return
        if not matched.needs_choice:
            self._create_from(matched.table, matched.mapping)
            return
        from claimdesk.domain.reward_points import CREATE_SCHEMA
        from claimdesk.ui.mapping_dialog import MappingDialog

        dialog = MappingDialog(matched.table, CREATE_SCHEMA, matched.mapping, self)
        dialog.accepted.connect(lambda: self._mapping_chosen(dialog, matched.table))
        dialog.rejected.connect(lambda: self._mapping_cancelled(dialog))
        dialog.header_row_chosen.connect(lambda row: self._header_chosen(dialog, matched, row))
        self.mapping_dialog = dialog
        dialog.open()

    def _mapping_chosen(self, dialog: MappingDialog, table: Table) -> None:
        from claimdesk.service.reward_points import chosen_mapping

        chosen = dialog.chosen()
        self._create_from(table, chosen_mapping(table, chosen), chosen)

    def _mapping_cancelled(self, dialog: MappingDialog) -> None:
        if dialog.property("rereading"):
            return  # closed to read the file again under another header row
        self._import_failed(self.tr("Import cancelled."), kind="info")

    def _header_chosen(self, dialog: MappingDialog, matched: Matched, row: int) -> None:
        dialog.setProperty("rereading", True)
        dialog.reject()
        table = matched.table
        self.runner.run(
            lambda: _match(Path(table.source), row, table), self._on_matched, self._on_bulk_error
        )

    def _import_failed(self, text: str, kind: str = "error") -> None:
        self._busy(False)
        self.show_banner(kind, text)
        self.last_import = []
        self.bulk_done.emit([])

    def _create_from(
        self, table: Table, mapping: Any, chosen: dict[int, str] | None = None
    ) -> None:
        """Create the rows on a worker (the user's column choice remembered there too)."""
        from PySide6.QtCore import QLocale

        promotion, service, path = self.promotion, self.service, self._import_path
        if promotion is None:
            self._import_failed(self.tr("Import cancelled."), kind="info")
            return
        locale_name = QLocale().name()
        self.show_banner(
            "info", self.tr("Creating reward points from {name}…").format(name=path.name)
        )
        self.runner.run(
            lambda: _create(service, promotion, path, table, mapping, locale_name, chosen),
            self._on_imported,
            self._on_bulk_error,
        )

    def _on_imported(self, done: Imported) -> None:
        self._busy(False)
        from claimdesk.domain.reward_points import LABELS
        from claimdesk.service.reward_points import describe_row

        results = done.results
        self.last_import = results
        self.error_file = done.error_file if isinstance(done.error_file, Path) else None
        for result in results:
            if result.saved.ok and result.saved.reward_point is not None:
                self.model.put(result.saved.reward_point)
        created = sum(1 for r in results if r.saved.ok)
        self._remember(
            self.tr("Import of {count} rows").format(count=local_number(len(results))),
            [None] * len(results),
            [r.saved for r in results],
        )
        lines = [line for r in results for line in describe_row(r, LABELS)]
        text = self.tr("{created} of {total} rows created.").format(
            created=created, total=len(results)
        )
        if done.skipped:
            text += f" ({done.skipped})"
        if isinstance(done.error_file, Path):
            text += " " + self.tr(
                "The rows not created are in {path}, each with its problem: correct them "
                "there and import that file again."
            ).format(path=done.error_file)
        elif done.error_file:
            text += " " + self.tr(
                "The file of rows to correct could not be written: {error}"
            ).format(error=done.error_file)
        self.show_banner("error" if lines else "success", text)
        self._show_status()
        if lines and self.isVisible():
            self.rows_dialog = rows_dialog(self, text, lines)
            self.rows_dialog.open()
        self.bulk_done.emit(results)

    def _choose_export(self) -> None:
        path = choose_path(self, self.tr("Export reward points"), "reward-points.csv")
        if path is not None:
            self.export_csv(path)

    def export_csv(self, path: Path) -> None:
        """The rows shown, in the order shown, with the API's column names (the same cells
        as ``claimdesk reward-points list``), written on a worker; ``exported`` follows."""
        items = [self.model.rows[source].rp for source in shown_rows(self.proxy)]
        write = partial(write_file, path, ALL_COLUMNS, items)
        export_in_background(self.runner, write, self.show_banner, self.exported.emit)

    # --- banner and closing -------------------------------------------------------------

    def show_banner(self, kind: str, text: str) -> None:
        self.banner.say(kind, text)

    def hide_banner(self) -> None:
        self.banner.setVisible(False)

    def closeEvent(self, event: Any) -> None:
        # A page request under way is not waited for: it ends on its own and is dropped.
        if self.loader.loading:
            self.loader.cancel()
            self._end_loading()  # shown again, the window offers Reload
            self._show_status()
        self.age_timer.stop()
        super().closeEvent(event)


def _reference(before: Sequence[RewardPoint | None], results: Sequence[Saved]) -> str:
    """The reference a one-record change names."""
    for old, saved in zip(before, results, strict=True):
        rp = saved.reward_point or old
        if rp is not None:
            return rp.reference
    return ""


def _failed(error: BaseException) -> Saved:
    from claimdesk.service.reward_points import Saved

    return Saved(False, str(error))


def _text_of(rp: RewardPoint) -> dict[str, str]:
    from claimdesk.ui.reward_point_dialog import form_text

    return form_text(rp)


@dataclass
class Imported:
    """A file's rows created (each row's result), the error file (or why it could not be
    written, or None: every row created) and the rows skipped, in words."""

    results: list[RowResult]
    error_file: Path | str | None
    skipped: str


def _match(path: Path, header_row: int | None = None, table: Table | None = None) -> Matched | str:
    """Runs on a worker: read the file (or cut ``table`` under ``header_row``) and match
    its columns; a sentence when it cannot be read."""
    from claimdesk.service.reward_points import FileProblem, match_file

    try:
        return match_file(path, header_row, table)  # type: ignore[no-any-return]
    except FileProblem as error:
        return str(error)


def _create(
    service: RewardPointsService,
    promotion: Promotion,
    path: Path,
    table: Table,
    mapping: Any,
    locale_name: str,
    chosen: dict[int, str] | None,
) -> Imported:
    """Runs on a worker: remember the choice, read the rows, create each, write the rows
    not created to the error file."""
    from claimdesk.service import reward_points as rp

    if chosen is not None:
        rp.remember_choice(table, chosen)
    found = rp.file_rows(table, mapping, locale_name)
    results = service.create_rows(promotion, found.rows, numbers=found.numbers)
    error_file: Path | str | None
    try:
        error_file = rp.write_error_file(path, found, results)
    except rp.FileProblem as error:
        error_file = str(error)
    return Imported(results, error_file, found.skipped)

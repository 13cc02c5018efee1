"""The batch window: claims from a spreadsheet, a paste or typed in, checked cell by cell
with the form's own rules, fixed in place, and the valid rows sent through the outbox.

Import (read, column mapping, reading dates and numbers, checking) and sending run on
worker threads; the grid only ever receives finished results, so the window keeps
answering while 100,000 rows load or 10,000 claims go out.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.domain.fields import FieldType
from claimdesk.domain.translation import Count
from claimdesk.domain.typed import COMMA
from claimdesk.service import batch_import
from claimdesk.service.batch_import import ImportProblem
from claimdesk.ui.batch_actions import BatchActions, ask_send_duplicates
from claimdesk.ui.batch_editors import CellEditors
from claimdesk.ui.batch_model import BatchModel, Problems, problems_of
from claimdesk.ui.mapping_dialog import MappingDialog
from claimdesk.ui.problem_panel import ProblemFilter, ProblemPanel
from claimdesk.ui.why_disabled import set_enabled_why
from claimdesk.ui.workers import Runner, bulk_work, release_gradually

if TYPE_CHECKING:
    from collections.abc import Callable

    from claimdesk.service.batch import BatchProgress, BatchReport, Duplicate
    from claimdesk.service.batch_import import Mapping, Matched, Reading, Table
    from claimdesk.service.connections import Connection
    from claimdesk.service.outbox import OutboxService
    from claimdesk.service.platform import LoadedForm
    from claimdesk.service.workspace import WorkspaceDrafts

log = logging.getLogger("claimdesk.ui")
DATE = FieldType.DATE


@dataclass
class Imported:
    """A table read, mapped, interpreted and checked on a worker thread, as grid rows."""

    rows: list[list[str]]
    problems: Problems
    readings: list[Reading]
    source: str
    notes: list[str]
    numbers: list[int | None]  # each row's spreadsheet row


def prepare(
    connection: Connection,
    form: LoadedForm,
    table: Table,
    mapping: Mapping,
    locale_name: str,
    overrides: dict[str, str] | None = None,
) -> Imported:
    """The service's import pipeline, its answer made grid rows; no Qt, runs anywhere."""
    names = list(form.schema.names)
    with bulk_work():
        done = batch_import.prepare(
            connection.service, form, table, mapping, locale_name, overrides
        )
        values, checks = done.values, done.checks
        rows = [[record.get(name, "") for name in names] for record in values]
        problems = problems_of(checks, names)
        release_gradually(values, checks)
        numbers: list[int | None] = [table.row_number(i) for i in range(len(rows))]
    return Imported(rows, problems, done.readings, table.source, list(table.notes), numbers)


@dataclass
class Restored:
    """A batch grid's draft, checked on a worker thread, as grid rows."""

    rows: list[list[str]]
    problems: Problems
    numbers: list[int | None]
    updated_at: dt.datetime


def restore(drafts: WorkspaceDrafts, connection: Connection, form: LoadedForm) -> Restored | None:
    """The draft kept for this connection and target, its columns put in the form's
    order (by field name) and every row checked; None when there is none."""
    with bulk_work():
        draft = drafts.get_grid(connection, form.target.key)
        if draft is None or not draft.rows:
            return None
        names = list(form.schema.names)
        where = {name: i for i, name in enumerate(draft.names)}
        if draft.names == names:
            rows = draft.rows
        else:
            rows = [[r[where[n]] if n in where else "" for n in names] for r in draft.rows]
        checks = batch_import.check(
            connection.service, form, [dict(zip(names, r, strict=True)) for r in rows]
        )
        return Restored(rows, problems_of(checks, names), draft.numbers, draft.updated_at)


class BatchWindow(QMainWindow):
    """One batch of claims for one connection and target (promotion, sale type…)."""

    imported = Signal()  # rows are in the grid and checked
    sent = Signal(object)  # BatchReport
    exported = Signal(object)  # rows written to correct, the results files, or the error
    draft_saved = Signal(int)  # how many unsent rows the draft now holds
    draft_restored = Signal(int)  # how many rows came back from the draft (0: none)

    def __init__(
        self,
        connection: Connection,
        form: LoadedForm,
        outbox: Callable[[], OutboxService | None],
        parent: QWidget | None = None,
        locale_name: str | None = None,
        drafts: WorkspaceDrafts | None = None,
    ) -> None:
        """``drafts``: where the grid's unsent rows are kept (restored when a window for
        the same connection and target opens); without it nothing is kept."""
        super().__init__(parent)
        from PySide6.QtCore import QLocale

        self.connection, self.form, self._outbox = connection, form, outbox
        self.drafts = drafts
        self.draft_runner = Runner(self)
        self._draft_saving = False
        self._draft_again = False
        self._draft_waiting: list[Callable[[], None]] = []
        self._may_close = False
        self._draft_touched = False  # a draft was restored or saved by this window
        self.close_question: QMessageBox | None = None
        self.locale_name = locale_name or QLocale().name()
        self.runner = Runner(self)
        self.cancel_event: threading.Event | None = None
        self._sent_so_far = [0, 0]
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._show_progress)
        self.mapping_dialog: MappingDialog | None = None
        self.last_report: BatchReport | None = None
        self._report_rows: list[int] = []  # the grid rows of the last report, in its order
        self._source_stem = "claims"  # the last imported file's name, for the results files
        self._pending: Table | None = None  # awaiting the user's column mapping
        self._last_import: tuple[Table, Mapping] | None = None
        self._overrides: dict[str, str] = {}
        service = connection.service
        self.model = BatchModel(
            form.schema,
            lambda rows: self._check(rows),
            batch_rules=batch_import.batch_rules(service),
        )
        # Attached to the model only while it is shown: attached, it would re-filter every
        # row on each change (10,000 outcomes at the end of a send) for nobody to see.
        self.filter = ProblemFilter(self)
        self.setWindowTitle(
            self.tr("Batch — {target} · {connection}").format(
                target=form.target.name, connection=connection.name
            )
        )
        self._build()
        self.resize(1100, 680)
        self._offer_draft()

    def _check(self, rows: list[dict[str, str]]) -> Any:
        return batch_import.check(self.connection.service, self.form, rows)

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        root = QVBoxLayout(central)
        root.setContentsMargins(12, 8, 12, 8)
        self.readings = QLabel(central)
        self.readings.setObjectName("readings")
        self.readings.setWordWrap(True)
        self.readings.setVisible(False)
        reading_row = QHBoxLayout()
        reading_row.addWidget(self.readings, 1)
        self.date_order = QComboBox(central)
        self.date_order.setAccessibleName(self.tr("How dates are read"))
        self.date_order.addItem(self.tr("Dates: day first (31/12/2026)"), "DMY")
        self.date_order.addItem(self.tr("Dates: month first (12/31/2026)"), "MDY")
        self.date_order.addItem(self.tr("Dates: year first (2026/12/31)"), "YMD")
        self.date_order.setVisible(False)
        self.date_order.activated.connect(self._reread_dates)
        reading_row.addWidget(self.date_order)
        self.decimal_mark = QComboBox(central)
        self.decimal_mark.setAccessibleName(self.tr("How numbers are read"))
        self.decimal_mark.addItem(self.tr("Numbers: decimal comma (1.234,50)"), "comma")
        self.decimal_mark.addItem(self.tr("Numbers: decimal point (1,234.50)"), "point")
        self.decimal_mark.setVisible(False)
        self.decimal_mark.activated.connect(self._reread_numbers)
        reading_row.addWidget(self.decimal_mark)
        root.addLayout(reading_row)

        # What of the sheet is not claims, and which row is the header (the user may pick
        # another: the import is read again under it).
        table_row = QHBoxLayout()
        self.skipped = QLabel(central)
        self.skipped.setObjectName("skippedRows")
        self.skipped.setWordWrap(True)
        table_row.addWidget(self.skipped, 1)
        self.header_label = QLabel(self.tr("&Header row:"), central)
        self.header_row = QSpinBox(central)
        self.header_row.setObjectName("headerRow")
        self.header_row.setAccessibleName(self.tr("Header row"))
        self.header_row.setToolTip(
            self.tr("The sheet row that names the columns; the rows above it are skipped.")
        )
        self.header_row.setKeyboardTracking(False)  # typed "12": one re-read, not two
        self.header_row.valueChanged.connect(self.choose_header_row)
        self.header_label.setBuddy(self.header_row)
        table_row.addWidget(self.header_label)
        table_row.addWidget(self.header_row)
        root.addLayout(table_row)
        self._show_table(None)

        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.view = QTableView(splitter)
        self.view.setObjectName("batchGrid")
        self.view.setAccessibleName(self.tr("Claims in this batch"))
        self.view.setModel(self.model)
        self.editors = CellEditors(self.model, self.view)
        self.view.setItemDelegate(self.editors)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for section in range(self.model.columnCount()):
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal))
            header.resizeSection(section, max(110, metrics.horizontalAdvance(title) + 28))
        self.panel = ProblemPanel(splitter)
        self.problems_title, self.problem_list = self.panel.title, self.panel.list
        self.only_problems = self.panel.only_problems
        self.only_problems.toggled.connect(self.show_only_problems)
        self.panel.place_chosen.connect(self._go_to_problem)
        self.panel.more_chosen.connect(lambda: self.show_only_problems(True))
        self.panel.fix_chosen.connect(self.apply_fix)
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 300])
        root.addWidget(splitter, 1)

        footer = QHBoxLayout()
        self.status = QLabel(
            self.tr(
                "Import a CSV or XLSX file, or paste rows copied from a spreadsheet, to start."
            ),
            central,
        )
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        footer.addWidget(self.status, 1)
        self.progress = QProgressBar(central)
        self.progress.setVisible(False)
        self.progress.setMinimumWidth(200)
        footer.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"), central)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        footer.addWidget(self.cancel_button)
        self.send_button = QPushButton(self.tr("&Send valid rows"), central)
        self.send_button.setObjectName("sendRows")
        self.send_button.setToolTip(self.tr("Send every row without problems (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send_valid_rows)
        footer.addWidget(self.send_button)
        root.addLayout(footer)
        self.setCentralWidget(central)
        self.commands = BatchActions(self)

        self.panel_timer = QTimer(self)
        self.panel_timer.setSingleShot(True)
        self.panel_timer.setInterval(120)
        self.panel_timer.timeout.connect(self.refresh_panel)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
        ):
            signal.connect(self.panel_timer.start)
        # The draft is saved a moment after the last change, on a worker: not on every
        # keystroke, and never on the GUI thread (100,000 rows take a while to write).
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(1_500)
        self.draft_timer.timeout.connect(self.save_draft)
        if self.drafts is not None:
            for signal in (
                self.model.dataChanged,
                self.model.rowsInserted,
                self.model.rowsRemoved,
                self.model.modelReset,
            ):
                signal.connect(self.draft_timer.start)
        self.refresh_panel()

    # --- import -----------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import claims"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            self.import_file(path)
            return
        self._busy(self.tr("Reading {name}…").format(name=path.name))
        self.runner.run(
            lambda: batch_import.sheets(path),
            lambda names: self._choose_sheet(path, names),
            self._on_import_failed,
        )

    def _choose_sheet(self, path: Path, names: list[str]) -> None:
        sheet = None
        if len(names) > 1:
            sheet, ok = QInputDialog.getItem(
                self, self.tr("Choose a sheet"), self.tr("Sheet:"), names, 0, False
            )
            if not ok:
                self._idle(self.tr("Import cancelled."))
                return
        self.import_file(path, sheet)

    def import_file(self, path: Path, sheet: str | None = None) -> None:
        self._source_stem = path.stem
        self._busy(self.tr("Reading {name}…").format(name=path.name))
        service, form = self.connection.service, self.form

        def read() -> Matched:
            with bulk_work():
                return batch_import.match(service, form, batch_import.read(path, sheet))

        self.runner.run(read, self._on_matched, self._on_import_failed)

    def paste_table(self) -> None:
        text = QGuiApplication.clipboard().text()
        service, form = self.connection.service, self.form
        self.runner.run(
            lambda: batch_import.match(service, form, batch_import.read_text(text)),
            self._on_matched,
            self._on_import_failed,
        )

    def _on_matched(self, matched: Matched) -> None:
        self._sheet = matched.table
        if matched.needs_choice:
            self._pending = matched.table
            dialog = MappingDialog(matched.table, self.form, matched.mapping, self)
            dialog.accepted.connect(self._mapping_chosen)
            dialog.rejected.connect(self._mapping_cancelled)
            dialog.header_row_chosen.connect(self._header_from_dialog)
            self.mapping_dialog = dialog
            dialog.open()
            return
        self._prepare(matched.table, matched.mapping)

    def _mapping_cancelled(self) -> None:
        if not self._choosing_header:
            self._replacing = False
            self._idle(self.tr("Import cancelled."))

    def _header_from_dialog(self, row: int) -> None:
        """The mapping dialog's header row changed: read the table again under it."""
        dialog = self.mapping_dialog
        self._choosing_header = True
        if dialog is not None:
            dialog.reject()
        self._choosing_header = False
        self.choose_header_row(row)

    def choose_header_row(self, row: int) -> None:
        """Read the last file again with sheet row ``row`` as the header (replaces the rows
        it brought); the columns are matched again, the mapping asked for if needed."""
        table = self._sheet
        if table is None or row == table.header_row or self.model.locked:
            return
        self._busy(self.tr("Reading the table under row {row}…").format(row=row))
        service, form = self.connection.service, self.form
        self._replacing = True
        self.runner.run(
            lambda: batch_import.match(service, form, table, header_row=row),
            self._on_matched,
            self._on_import_failed,
        )

    def _show_table(self, table: Table | None) -> None:
        """The skipped rows and the header row of the last table read."""
        text = batch_import.skipped(table) if table is not None else ""
        self.skipped.setText(text)
        self.skipped.setVisible(bool(text))
        shown = table is not None and bool(table.sheet)
        self.header_label.setVisible(shown)
        self.header_row.setVisible(shown)
        if table is not None and shown:
            self.header_row.blockSignals(True)
            self.header_row.setRange(1, len(table.sheet))
            self.header_row.setValue(table.header_row)
            self.header_row.blockSignals(False)

    def _mapping_chosen(self) -> None:
        dialog, table = self.mapping_dialog, self._pending
        if dialog is None or table is None:
            return
        chosen = dialog.chosen()
        self._prepare(table, batch_import.chosen_mapping(self.form, table, chosen), chosen=chosen)

    def _prepare(
        self,
        table: Table,
        mapping: Mapping,
        overrides: dict[str, str] | None = None,
        chosen: dict[int, str] | None = None,
    ) -> None:
        """Interpret and check on a worker; ``chosen``, the user's mapping, is remembered
        there too (a file write)."""
        self._busy(self.tr("Checking {count:,} rows…").format(count=Count(len(table))))
        self._last_import = (table, mapping)
        connection, form, locale_name = self.connection, self.form, self.locale_name

        def work() -> Imported:
            if chosen is not None:
                batch_import.remember_choice(connection.service, form, table, chosen)
            return prepare(connection, form, table, mapping, locale_name, overrides)

        self.runner.run(work, self._on_prepared, self._on_import_failed)

    def _on_prepared(self, imported: Imported) -> None:
        if self.model.rows and not self._replacing:
            # Rows already here: the import is added after them, as one undoable step.
            start = len(self.model.rows)
            self.model.add_rows(start, imported.rows, self.tr("Import"), imported.numbers)
        else:
            self.model.load(imported.rows, imported.problems, imported.numbers)
        self._replacing = False
        if self._last_import is not None:
            self._show_table(self._last_import[0])
        self._show_readings(imported.readings)
        bad = len(self.model.problem_rows())
        notes = f" ({'; '.join(imported.notes)})" if imported.notes else ""
        self._idle(
            self.tr("{count:,} rows from {source}{notes}: {bad:,} with problems.").format(
                count=Count(len(imported.rows)), source=imported.source, notes=notes, bad=Count(bad)
            )
        )
        self.refresh_panel()
        self.panel_timer.stop()  # just refreshed: the reset's delayed refresh would repeat it
        self.imported.emit()

    _replacing = False
    _choosing_header = False
    _sheet: Table | None = None  # the last table read, to cut again under another header

    def _show_readings(self, readings: list[Reading]) -> None:
        ambiguous = [r for r in readings if r.ambiguous or r.field in self._overrides]
        self.readings.setText("\n".join(r.text for r in readings))
        self.readings.setVisible(bool(readings))
        dates = [r for r in ambiguous if r.kind == "date"]
        self.date_order.setVisible(bool(dates))
        if dates:
            self.date_order.setCurrentIndex(max(0, self.date_order.findData(dates[0].choice)))
        numbers = [r for r in ambiguous if r.kind == "number"]
        self.decimal_mark.setVisible(bool(numbers))
        if numbers:
            mark = "comma" if numbers[0].choice == COMMA else "point"
            self.decimal_mark.setCurrentIndex(max(0, self.decimal_mark.findData(mark)))

    def _reread_numbers(self) -> None:
        """Read the last import's numbers with the decimal mark the user chose."""
        if self._last_import is None:
            return
        mark = self.decimal_mark.currentData()
        self._overrides.update(batch_import.number_overrides(self.form.schema, mark))
        table, mapping = self._last_import
        self._replacing = True
        self._prepare(table, mapping, dict(self._overrides))

    def _reread_dates(self) -> None:
        """Read the last import's dates in the order the user chose (replaces its rows)."""
        if self._last_import is None:
            return
        order = self.date_order.currentData()
        self._overrides.update(batch_import.date_overrides(self.form.schema, order))
        table, mapping = self._last_import
        self._replacing = True
        self._prepare(table, mapping, dict(self._overrides))

    def _on_import_failed(self, error: BaseException) -> None:
        text = (
            str(error)
            if isinstance(error, ImportProblem)
            else self.tr("Import failed: {error}").format(error=error)
        )
        if not isinstance(error, ImportProblem):
            log.error("import failed: %r", error)
        self._replacing = False
        if self._sheet is not None:
            self._show_table(self._sheet)  # the header row shown is the one in use
        self._idle(text, error=True)

    # --- editing ----------------------------------------------------------------------

    def _source(self, index: QModelIndex) -> QModelIndex:
        return self.filter.mapToSource(index) if self.view.model() is self.filter else index

    def selected_rows(self) -> list[int]:
        return sorted({self._source(i).row() for i in self.view.selectionModel().selectedIndexes()})

    def add_row(self) -> None:
        rows = self.selected_rows()
        at = rows[-1] + 1 if rows else len(self.model.rows)
        self.model.add_rows(at, [[]])
        self.view.setCurrentIndex(self.model.index(at, 1))

    def duplicate_rows(self) -> None:
        self.model.duplicate_rows(self.selected_rows())

    def fill_down(self) -> None:
        """Ctrl+D as in a spreadsheet: the cell above into each selected cell; with
        several rows selected in a column, the top one into the others (as seen: with
        only rows with problems shown, the row above is the one shown above)."""
        view = self.view.model()
        chosen = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        by_column: dict[int, list[int]] = {}
        for index in chosen:
            if index.isValid() and index.column() != 0:
                by_column.setdefault(index.column(), []).append(index.row())
        pairs = []
        for column, rows in by_column.items():
            rows.sort()
            source, targets = (rows[0], rows[1:]) if len(rows) > 1 else (rows[0] - 1, rows)
            if source < 0:
                continue
            top = self._source(view.index(source, column)).row()
            pairs += [(top, self._source(view.index(r, column)).row(), column) for r in targets]
        if not pairs:
            self._idle(self.tr("Fill down copies the cell above: choose a cell below another."))
            return
        self.model.fill(pairs)

    def put_today(self) -> None:
        """Ctrl+; as in a spreadsheet: today's date in the selected date cells (or in the
        date being typed)."""
        today = dt.date.today()
        editor = QApplication.focusWidget()
        current = self._source(self.view.currentIndex())
        if isinstance(editor, QLineEdit) and self.view.isAncestorOf(editor):
            if current.isValid() and current.column() - 1 in self.model.columns_of(DATE):
                editor.setText(self.model.read(current.column() - 1, today.isoformat()))
            return
        cells = [self._source(i) for i in self.view.selectionModel().selectedIndexes()]
        if not self.model.put_today(((i.row(), i.column()) for i in cells), today):
            self._idle(self.tr("Ctrl+; puts today's date in a date cell: choose one first."))

    def apply_fix(self) -> None:
        """The last fix to the other cells with the same value and problem (one undo)."""
        count = self.model.apply_fix()
        if count:
            done = self.tr("The same fix made in {n:,} more cells (Ctrl+Z undoes it).")
            self._idle(done.format(n=Count(count)))
        self.refresh_panel()

    def delete_rows(self) -> None:
        self.model.remove_rows(self.selected_rows())

    def clear_cells(self) -> None:
        cells = [self._source(i) for i in self.view.selectionModel().selectedIndexes()]
        self.model.clear_cells((i.row(), i.column()) for i in cells)

    def copy_cells(self) -> None:
        cells = [self._source(i) for i in self.view.selectionModel().selectedIndexes()]
        if cells:
            text = self.model.copy_text((i.row(), i.column()) for i in cells)
            QGuiApplication.clipboard().setText(text)

    def paste_cells(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text:
            return
        block = list(csv.reader(io.StringIO(text.rstrip("\n")), delimiter="\t"))
        current = self._source(self.view.currentIndex())
        top = current.row() if current.isValid() else len(self.model.rows)
        left = current.column() if current.isValid() else 1
        self.model.paste(top, left, block)

    def show_only_problems(self, only: bool) -> None:
        if only:
            self.filter.setSourceModel(self.model)
            self.filter.invalidate()
            self.view.setModel(self.filter)
        else:
            self.view.setModel(self.model)
            self.filter.setSourceModel(None)  # type: ignore[arg-type]
        if self.only_problems.isChecked() != only:
            self.only_problems.setChecked(only)

    # --- the side panel -----------------------------------------------------------------

    def refresh_panel(self) -> None:
        self.panel.refresh(self.model)
        sendable = self.model.sendable_count()
        self.send_button.setText(
            self.tr("&Send {n:,} valid rows").format(n=Count(sendable))
            if sendable != 1
            else self.tr("&Send 1 valid row")
        )
        set_enabled_why(
            self.send_button,
            self.tr("Wait until the sending is over")
            if self.model.locked
            else None
            if sendable
            else self.tr("No row is ready to send: import or type rows, and fix their problems"),
        )

    def _go_to_problem(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        if self.view.model() is self.filter:
            index = self.filter.mapFromSource(index)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setFocus()

    # --- sending ----------------------------------------------------------------------

    def send_valid_rows(self) -> None:
        from claimdesk.service.batch import find_duplicates, submit_rows

        if self.model.locked:
            return
        outbox = self._outbox()
        if outbox is None:
            self._idle(self.tr("The outbox is still opening; try again in a moment."), error=True)
            return
        wanted = self.model.sendable_rows()
        if not wanted:
            self._idle(self.tr("No row is ready to send: fix the problems first."), error=True)
            return
        self.model.locked = True  # no edit until the send is over: the worker reads the rows
        self.cancel_event = threading.Event()
        self.progress.setRange(0, len(wanted))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        set_enabled_why(self.cancel_button, None)
        self._set_editing(False)
        saving = self.tr("Saving {n:,} claims to the outbox…")
        self.status.setText(saving.format(n=Count(len(wanted))))
        connection, form, cancel = self.connection, self.form, self.cancel_event
        record = self.model.record
        # The sending thread only writes how far it is; the window reads it ten times a
        # second, so thousands of claims never flood the event loop and none is missed.
        sent_so_far = self._sent_so_far = [0, len(wanted)]
        self._progress_timer.start()

        def progress(state: BatchProgress) -> None:
            sent_so_far[0] = state.done

        def compare() -> tuple[list[dict[str, str]], dict[int, Duplicate]]:
            with bulk_work():
                rows = [record(r) for r in wanted]  # 10,000 dicts: made here, not on the GUI
                return rows, find_duplicates(outbox, connection, form, rows)

        def send(rows: list[dict[str, str]], allow_duplicates: bool) -> BatchReport:
            with bulk_work():
                return submit_rows(
                    outbox,
                    connection,
                    form,
                    rows,
                    progress=progress,
                    cancel=cancel,
                    allow_duplicates=allow_duplicates,
                )

        def compared(found: tuple[list[dict[str, str]], dict[int, Duplicate]]) -> None:
            rows, duplicates = found
            # Asked once for the whole batch, as the claim form asks for one claim.
            again = bool(duplicates) and self.confirm_duplicates(duplicates, wanted)
            self.runner.run(
                lambda: send(rows, again),
                lambda report: self._on_sent(report, wanted),
                self._on_send_failed,
            )

        self.runner.run(compare, compared, self._on_send_failed)

    def confirm_duplicates(self, duplicates: dict[int, Duplicate], rows: list[int]) -> bool:
        """Send again the rows already queued or sent (or repeated)? ``rows``: grid rows."""
        return ask_send_duplicates(self, duplicates, rows)

    def _show_progress(self) -> None:
        done, total = self._sent_so_far
        self.progress.setValue(done)
        sent = self.tr("Sent {done:,} of {total:,}…")
        self.status.setText(sent.format(done=Count(done), total=Count(total)))

    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
            set_enabled_why(self.cancel_button, self.tr("Stopping already"))
            self.status.setText(self.tr("Stopping after the request being sent…"))

    def _on_sent(self, report: BatchReport, rows: list[int]) -> None:
        self._progress_timer.stop()
        self.model.locked = False
        self.model.set_sent(
            ((rows[o.row], o.state, o.message, o.issues) for o in report.outcomes),
            {rows[o.row]: (o.claim_number, o.points) for o in report.outcomes},
        )
        self._set_editing(True)
        self.last_report = report
        self._report_rows = rows
        set_enabled_why(self.commands.results_action, None)
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        prefix = self.tr("Cancelled. ") if report.cancelled else self.tr("Done. ")
        self.status.setText(prefix + report.summary())
        self.refresh_panel()
        self.sent.emit(report)

    def _on_send_failed(self, error: BaseException) -> None:
        log.error("batch send failed: %r", error)
        self._progress_timer.stop()
        self.model.locked = False
        self._set_editing(True)
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._idle(
            self.tr(
                "Sending stopped: {error}. Claims already saved stay in the outbox (Ctrl+O in "
                "the main window)."
            ).format(error=error),
            error=True,
        )

    def _set_editing(self, enabled: bool) -> None:
        self.commands.set_editing(enabled)
        if enabled:
            self.refresh_panel()  # enabled when some row is ready
        else:
            set_enabled_why(self.send_button, self.tr("Wait until the sending is over"))

    # --- export -----------------------------------------------------------------------

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save rows to correct"),
            "to-correct.csv",
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_problems(Path(path))

    def choose_results(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the results files"))
        if folder:
            self.export_results(Path(folder))

    def export_results(self, folder: Path) -> None:
        """The last send's two results files in ``folder`` (accepted, and the rest with a
        Problem column), written on a worker; ``exported`` follows with the two paths."""
        report = self.last_report
        if report is None:
            return
        model = self.model
        rows = [model.rows[r] for r in self._report_rows]
        sent = set(self._report_rows)
        kept_out = [r for r in range(len(model.rows)) if r not in sent and model.has_problem(r)]
        unsent = list(
            zip(
                [model.rows[r] for r in kept_out],
                model.problem_reasons(kept_out),
                strict=True,
            )
        )
        schema, stem = model.schema, self._source_stem
        from claimdesk.service.batch import write_results

        self.runner.run(
            lambda: write_results(folder, stem, schema, rows, report, unsent=unsent),
            self._on_results_written,
            lambda error: self._idle(str(error), error=True),
        )

    def _on_results_written(self, paths: tuple[Path, Path]) -> None:
        self._idle(
            self.tr("Results saved: {accepted} and {problems}").format(
                accepted=paths[0].name, problems=paths[1].name
            )
        )
        self.exported.emit(paths)

    def export_problems(self, path: Path) -> None:
        """Rows with problems, with the reasons, to ``path``, written on a worker;
        ``exported`` follows with how many rows (or the error)."""
        model = self.model
        chosen = [r for r in range(len(model.rows)) if model.has_problem(r)]
        rows, reasons = [model.rows[r] for r in chosen], model.problem_reasons(chosen)
        schema = model.schema

        def write() -> int:
            batch_import.export_problems(path, schema, rows, reasons)
            return len(rows)

        def written(count: int) -> None:
            done = self.tr("{n:,} rows saved to {path}.")
            self._idle(done.format(n=Count(count), path=path))
            self.exported.emit(count)

        def failed(error: BaseException) -> None:
            if not isinstance(error, ImportProblem):
                log.error("export failed: %r", error)
            self._idle(str(error), error=True)
            self.exported.emit(error)

        self.runner.run(write, written, failed)

    # --- status -----------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.status.setProperty("role", "")
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)

    def _idle(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("role", "fieldError" if error else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        if not self.model.locked:
            self.progress.setVisible(False)

    # --- the draft ----------------------------------------------------------------------

    def _offer_draft(self) -> None:
        """The rows kept from the last window for this connection and target (after a
        crash, or closed with "Save as draft"), read and checked on a worker."""
        drafts, connection, form = self.drafts, self.connection, self.form
        if drafts is None:
            return
        self.draft_runner.run(
            lambda: restore(drafts, connection, form),
            self._restore_draft,
            lambda e: log.warning("batch draft not read: %s", e),
        )

    def _restore_draft(self, restored: Restored | None) -> None:
        if restored is None or self.model.rows or self.model.locked:
            self.draft_restored.emit(0)  # none, or the user started another batch
            return
        self.model.load(restored.rows, restored.problems, restored.numbers)
        self._draft_touched = True
        self.draft_timer.stop()  # just read: nothing new to keep
        from claimdesk.ui.i18n import local_datetime

        self._idle(
            self.tr(
                "{n:,} unsent rows restored from the draft kept {when}: send them, or close "
                "the window and discard them."
            ).format(n=Count(len(restored.rows)), when=local_datetime(restored.updated_at))
        )
        self.refresh_panel()
        self.draft_restored.emit(len(restored.rows))

    def save_draft(self, then: Callable[[], None] | None = None) -> None:
        """Keep the unsent rows as this target's draft, on a worker (a save under way is
        followed by one more with the latest rows); ``then`` once they are kept."""
        if then is not None:
            self._draft_waiting.append(then)
        drafts = self.drafts
        if drafts is None:
            self._draft_done()
            return
        if self._draft_saving:
            self._draft_again = True
            return
        self.draft_timer.stop()
        self._draft_touched = True
        rows, numbers = self.model.snapshot()  # no copy of the cells: see snapshot()
        connection, key, names = self.connection, self.form.target.key, list(self.model.names)
        self._draft_saving = True

        def saved(_result: object = None) -> None:
            self._draft_saving = False
            if self._draft_again:
                self._draft_again = False
                self.save_draft()
                return
            self.draft_saved.emit(len(rows))
            self._draft_done()

        def failed(error: BaseException) -> None:
            log.warning("batch draft not saved: %s", error)
            self._idle(
                self.tr("The draft could not be saved: {error}").format(error=error), error=True
            )
            saved()

        self.draft_runner.run(
            lambda: drafts.save_grid(connection, key, names, rows, numbers), saved, failed
        )

    def _draft_done(self) -> None:
        waiting, self._draft_waiting = self._draft_waiting, []
        for then in waiting:
            then()

    def discard_draft(self, then: Callable[[], None] | None = None) -> None:
        """Forget the kept rows (after any save under way); ``then`` once forgotten."""
        self.draft_timer.stop()
        self._draft_again = False
        drafts, connection, key = self.drafts, self.connection, self.form.target.key

        def delete() -> None:
            if drafts is None:
                if then is not None:
                    then()
                return
            self.draft_runner.run(
                lambda: drafts.delete_grid(connection, key),
                lambda _r: then() if then is not None else None,
                lambda e: log.warning("batch draft not deleted: %s", e),
            )

        if self._draft_saving:
            self._draft_waiting.append(delete)
        else:
            delete()

    def _close_now(self) -> None:
        self._may_close = True
        self.close()
        self._may_close = False

    def _ask_close(self, unsent: int) -> None:
        """Unsent rows: keep them as a draft, discard them, or stay (window-modal)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the batch?"))
        box.setText(
            self.tr("{n:,} rows have not been sent.").format(n=Count(unsent))
            if unsent != 1
            else self.tr("1 row has not been sent.")
        )
        keep = None
        if self.drafts is not None:
            box.setInformativeText(
                self.tr(
                    "A draft opens again with the next batch window for {target} on {connection}."
                ).format(target=self.form.target.name, connection=self.connection.name)
            )
            keep = box.addButton(
                self.tr("&Save as draft and close"), QMessageBox.ButtonRole.AcceptRole
            )
        discard = box.addButton(self.tr("&Discard rows"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep or stay)
        box.setEscapeButton(stay)

        def answered() -> None:
            clicked = box.clickedButton()
            self.close_question = None
            if keep is not None and clicked is keep:
                self.save_draft(then=self._close_now)
            elif clicked is discard:
                self.discard_draft(then=self._close_now)

        box.finished.connect(lambda _result: answered())
        self.close_question = box
        box.open()

    def closeEvent(self, event: Any) -> None:
        if self.cancel_event is not None and self.model.locked:
            self.cancel_event.set()  # nothing more leaves; unsent rows are withdrawn
            self.runner.wait(30_000)
        elif not self._may_close and self.isVisible():
            unsent = len(self.model.unsent_rows())
            if unsent:
                event.ignore()
                if self.close_question is None:
                    self._ask_close(unsent)
                return
            if self._draft_touched:
                self.discard_draft()  # nothing left to keep
        super().closeEvent(event)

"""The batch window: claims from a spreadsheet, a paste or typed in, checked cell by cell
with the form's own rules, fixed in place, and the valid rows sent through the outbox.

Import (read, column mapping, reading dates and numbers, checking) and sending run on
worker threads; the grid only ever receives finished results, so the window keeps
answering while 100,000 rows load or 10,000 claims go out.
"""

from __future__ import annotations

import csv
import io
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from claimdesk.domain.translation import QT_TRANSLATE_NOOP, Count
from claimdesk.ui.batch_model import STATUS, BatchModel, Problems, problems_of
from claimdesk.ui.i18n import field_text, state_name
from claimdesk.ui.workers import Runner, bulk_work, release_gradually

if TYPE_CHECKING:
    from collections.abc import Callable

    from claimdesk.importers.interpret import Reading
    from claimdesk.importers.mapping import Mapping
    from claimdesk.importers.table import Table
    from claimdesk.service.batch import BatchProgress, BatchReport
    from claimdesk.service.outbox import OutboxService
    from claimdesk.service.platform import LoadedForm
    from claimdesk.service.training import Connection

log = logging.getLogger("claimdesk.ui")
PANEL_LIMIT = 2_000  # problems listed in the side panel; the filter shows every one
IGNORE = QT_TRANSLATE_NOOP("MappingDialog", "(ignore this column)")


@dataclass
class Imported:
    """A table read, mapped, interpreted and checked on a worker thread."""

    rows: list[list[str]]
    problems: Problems
    readings: list[Reading]
    source: str
    notes: list[str]


def prepare(
    connection: Connection,
    form: LoadedForm,
    table: Table,
    mapping: Mapping,
    locale_name: str,
    overrides: dict[str, str] | None = None,
) -> Imported:
    """Everything an import does besides reading the file; no Qt, runs anywhere."""
    from claimdesk.importers.interpret import interpret
    from claimdesk.importers.mapping import records
    from claimdesk.service.checking import check_rows

    names = list(form.schema.names)
    with bulk_work():
        raw = records(table, mapping)
        values, readings = interpret(raw, form.schema, locale_name, overrides)
        checks = check_rows(connection.service, form, values)
        rows = [[record.get(name, "") for name in names] for record in values]
        problems = problems_of(checks, names)
        release_gradually(raw, values, checks)
    return Imported(rows, problems, readings, table.source, list(table.notes))


class _ProblemFilter(QSortFilterProxyModel):
    """Only the rows that need the user: a broken rule, or refused / unsure when sent."""

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        assert isinstance(model, BatchModel)
        return model.has_problem(source_row)


class MappingDialog(QDialog):
    """Which field each column of the file fills; unmatched columns start as ignored."""

    def __init__(
        self, table: Table, form: LoadedForm, mapping: Mapping, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match the columns of {source}").format(source=table.source))
        self.form = form
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the field each column fills. Columns left as ignored are not imported."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QFormLayout()
        self.boxes: list[QComboBox] = []
        labels = [self.tr(IGNORE)] + [
            f"{field_text(spec.label)}{' *' if spec.required else ''}" for spec in form.schema
        ]
        for index, header in enumerate(table.headers):
            box = QComboBox(self)
            box.addItems(labels)
            box.setAccessibleName(self.tr("Field for column {name}").format(name=header))
            chosen = mapping.columns.get(index)
            if chosen is not None:
                box.setCurrentIndex(list(form.schema.names).index(chosen) + 1)
            box.currentIndexChanged.connect(self._update)
            example = next((row[index] for row in table.rows[:20] if row[index]), "")
            shown = header or self.tr("(column {n}, no header)").format(n=index + 1)
            label = QLabel(
                shown
                + (
                    "  <i>" + self.tr("e.g. {example}").format(example=example[:30]) + "</i>"
                    if example
                    else ""
                )
            )
            grid.addRow(label, box)
            self.boxes.append(box)
        layout.addLayout(grid)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setProperty("role", "fieldError")
        layout.addWidget(self.missing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def chosen(self) -> dict[int, str]:
        names = list(self.form.schema.names)
        return {
            i: names[b.currentIndex() - 1] for i, b in enumerate(self.boxes) if b.currentIndex()
        }

    def choose(self, header_index: int, field: str | None) -> None:
        names = list(self.form.schema.names)
        self.boxes[header_index].setCurrentIndex(0 if field is None else names.index(field) + 1)

    def _update(self) -> None:
        taken = list(self.chosen().values())
        twice = sorted(
            {field_text(self.form.schema.label_of(n)) or n for n in taken if taken.count(n) > 1}
        )
        missing = [
            field_text(s.label) for s in self.form.schema if s.required and s.name not in taken
        ]
        parts = []
        if twice:
            parts.append(self.tr("Filled by two columns: {f}.").format(f=", ".join(twice)))
        if missing:
            parts.append(
                self.tr("No column for the required {f}: those cells will show as missing.").format(
                    f=", ".join(missing)
                )
            )
        self.missing.setText(" ".join(parts))
        self.missing.setVisible(bool(parts))


class BatchWindow(QMainWindow):
    """One batch of claims for one connection and target (promotion, sale type…)."""

    imported = Signal()  # rows are in the grid and checked
    sent = Signal(object)  # BatchReport

    def __init__(
        self,
        connection: Connection,
        form: LoadedForm,
        outbox: Callable[[], OutboxService | None],
        parent: QWidget | None = None,
        locale_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QLocale

        self.connection, self.form, self._outbox = connection, form, outbox
        self.locale_name = locale_name or QLocale().name()
        self.runner = Runner(self)
        self.cancel_event: threading.Event | None = None
        self._sent_so_far = [0, 0]
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._show_progress)
        self.mapping_dialog: MappingDialog | None = None
        self.last_report: BatchReport | None = None
        self._pending: tuple[Table, Mapping] | None = None
        self._last_import: tuple[Table, Mapping] | None = None
        self._overrides: dict[str, str] = {}
        service = connection.service
        self.model = BatchModel(
            form.schema,
            lambda rows: self._check(rows),
            batch_rules=hasattr(service, "check_rows"),
        )
        # Attached to the model only while it is shown: attached, it would re-filter every
        # row on each change (10,000 outcomes at the end of a send) for nobody to see.
        self.filter = _ProblemFilter(self)
        self.setWindowTitle(
            self.tr("Batch — {target} · {connection}").format(
                target=form.target.name, connection=connection.name
            )
        )
        self._build()
        self.resize(1100, 680)

    def _check(self, rows: list[dict[str, str]]) -> Any:
        from claimdesk.service.checking import check_rows

        return check_rows(self.connection.service, self.form, rows)

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
        root.addLayout(reading_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.view = QTableView(splitter)
        self.view.setObjectName("batchGrid")
        self.view.setAccessibleName(self.tr("Claims in this batch"))
        self.view.setModel(self.model)
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
        panel = QWidget(splitter)
        side = QVBoxLayout(panel)
        side.setContentsMargins(6, 0, 0, 0)
        self.problems_title = QLabel(self.tr("Problems"), panel)
        self.problems_title.setObjectName("problemsTitle")
        side.addWidget(self.problems_title)
        self.problem_list = QListWidget(panel)
        self.problem_list.setAccessibleName(self.tr("Problems to fix"))
        self.problem_list.setWordWrap(True)
        # Up to PANEL_LIMIT wrapped lines: laid out a batch at a time between other events,
        # not all in the turn that an import of 100,000 rows lands in.
        self.problem_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.problem_list.setBatchSize(100)
        self._problem_places: list[tuple[int, int] | None] = []  # per line of the list
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        side.addWidget(self.problem_list, 1)
        self.only_problems = QCheckBox(self.tr("Show only rows with &problems"), panel)
        self.only_problems.toggled.connect(self.show_only_problems)
        side.addWidget(self.only_problems)
        splitter.addWidget(self.view)
        splitter.addWidget(panel)
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
        self._build_actions()

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
        self.refresh_panel()

    def _action(
        self,
        text: str,
        keys: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
        tip: str,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip} ({action.shortcut().toString()})" if keys else tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Batch"), self)
        bar.setObjectName("batchToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        std = QKeySequence.StandardKey
        self.import_action = self._action(
            self.tr("&Import file…"), "Ctrl+O", self.choose_file, self.tr("Import CSV or XLSX")
        )
        self.paste_table_action = self._action(
            self.tr("Paste &table"),
            "Ctrl+Shift+V",
            self.paste_table,
            self.tr("Import cells copied from a spreadsheet, header row included"),
        )
        self.add_action = self._action(
            self.tr("&Add row"), "Ctrl+N", self.add_row, self.tr("Add an empty row")
        )
        self.duplicate_action = self._action(
            self.tr("&Duplicate"), "Ctrl+D", self.duplicate_rows, self.tr("Copy the selected rows")
        )
        self.delete_action = self._action(
            self.tr("Delete rows"),
            "Ctrl+Del",
            self.delete_rows,
            self.tr("Delete the selected rows"),
        )
        self.undo_action = self.model.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(std.Undo))
        self.redo_action = self.model.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(std.Redo))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.copy_action = self._action(
            self.tr("&Copy"), std.Copy, self.copy_cells, self.tr("Copy cells as text")
        )
        self.paste_action = self._action(
            self.tr("&Paste"), std.Paste, self.paste_cells, self.tr("Paste cells here")
        )
        self.clear_action = self._action(
            self.tr("Clear cells"),
            std.Delete,
            self.clear_cells,
            self.tr("Empty the selected cells"),
        )
        self.export_action = self._action(
            self.tr("&Export problems…"),
            "Ctrl+E",
            self.choose_export,
            self.tr("Save rows with problems, with the reason, to CSV or XLSX"),
        )
        self.send_action = self._action(
            self.tr("Send"), "Ctrl+Return", self.send_valid_rows, self.tr("Send valid rows")
        )
        for shared in (self.copy_action, self.paste_action, self.clear_action):
            # Keys a cell editor also uses: only while the grid itself has the focus.
            self.removeAction(shared)
            shared.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(shared)
        for item in (
            self.import_action,
            self.paste_table_action,
            None,
            self.add_action,
            self.duplicate_action,
            self.delete_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.export_action,
        ):
            if item is None:
                bar.addSeparator()
            else:
                bar.addAction(item)

    # --- import -----------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import claims"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if not path:
            return
        sheet = None
        if path.lower().endswith((".xlsx", ".xlsm")):
            from claimdesk.importers.xlsx import sheet_names

            try:
                names = sheet_names(Path(path))
            except Exception:  # the reader below says what is wrong with the file
                names = []
            if len(names) > 1:
                sheet, ok = QInputDialog.getItem(
                    self, self.tr("Choose a sheet"), self.tr("Sheet:"), names, 0, False
                )
                if not ok:
                    return
        self.import_file(Path(path), sheet)

    def import_file(self, path: Path, sheet: str | None = None) -> None:
        from claimdesk.importers.xlsx import read_file

        self._busy(self.tr("Reading {name}…").format(name=path.name))

        def read() -> Table:
            with bulk_work():
                return read_file(path, sheet)

        self.runner.run(read, self._on_table, self._on_import_failed)

    def paste_table(self) -> None:
        from claimdesk.importers.delimited import read_pasted
        from claimdesk.importers.table import ImportError_

        text = QGuiApplication.clipboard().text()
        try:
            table = read_pasted(text)
        except ImportError_ as error:
            self._on_import_failed(error)
            return
        self._on_table(table)

    def _on_table(self, table: Table) -> None:
        from claimdesk.importers.mapping import match_columns, remembered_mapping

        remembered = remembered_mapping(self.connection.service.platform, self.form.target.key)
        mapping = match_columns(table, self.form.schema, remembered)
        if mapping.unmatched or mapping.missing_required:
            self._pending = (table, mapping)
            dialog = MappingDialog(table, self.form, mapping, self)
            dialog.accepted.connect(self._mapping_chosen)
            dialog.rejected.connect(lambda: self._idle(self.tr("Import cancelled.")))
            self.mapping_dialog = dialog
            dialog.open()
            return
        self._prepare(table, mapping)

    def _mapping_chosen(self) -> None:
        from claimdesk.importers.mapping import mapping_from_choice, remember_mapping

        dialog, pending = self.mapping_dialog, self._pending
        if dialog is None or pending is None:
            return
        table = pending[0]
        chosen = dialog.chosen()
        remember_mapping(
            self.connection.service.platform,
            self.form.target.key,
            {h: chosen.get(i, "") for i, h in enumerate(table.headers) if h},
        )
        self._prepare(table, mapping_from_choice(table, self.form.schema, chosen))

    def _prepare(
        self, table: Table, mapping: Mapping, overrides: dict[str, str] | None = None
    ) -> None:
        self._busy(self.tr("Checking {count:,} rows…").format(count=Count(len(table))))
        self._last_import = (table, mapping)
        connection, form, locale_name = self.connection, self.form, self.locale_name
        self.runner.run(
            lambda: prepare(connection, form, table, mapping, locale_name, overrides),
            self._on_prepared,
            self._on_import_failed,
        )

    def _on_prepared(self, imported: Imported) -> None:
        if self.model.rows and not self._replacing:
            # Rows already here: the import is added after them, as one undoable step.
            start = len(self.model.rows)
            self.model.add_rows(start, imported.rows, self.tr("Import"))
        else:
            self.model.load(imported.rows, imported.problems)
        self._replacing = False
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

    def _show_readings(self, readings: list[Reading]) -> None:
        ambiguous = [r for r in readings if r.ambiguous or r.field in self._overrides]
        self.readings.setText("\n".join(r.text for r in readings))
        self.readings.setVisible(bool(readings))
        dates = [r for r in ambiguous if r.kind == "date"]
        self.date_order.setVisible(bool(dates))
        if dates:
            self.date_order.setCurrentIndex(max(0, self.date_order.findData(dates[0].choice)))

    def _reread_dates(self) -> None:
        """Read the last import's dates in the order the user chose (replaces its rows)."""
        if self._last_import is None:
            return
        from claimdesk.domain.fields import FieldType

        choice = self.date_order.currentData()
        for spec in self.form.schema:
            if spec.type is FieldType.DATE:
                self._overrides[spec.name] = choice
        table, mapping = self._last_import
        self._replacing = True
        self._prepare(table, mapping, dict(self._overrides))

    def _on_import_failed(self, error: BaseException) -> None:
        from claimdesk.importers.table import ImportError_

        text = (
            str(error)
            if isinstance(error, ImportError_)
            else self.tr("Import failed: {error}").format(error=error)
        )
        if not isinstance(error, ImportError_):
            log.error("import failed: %r", error)
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

    def delete_rows(self) -> None:
        self.model.remove_rows(self.selected_rows())

    def clear_cells(self) -> None:
        cells = [self._source(i) for i in self.view.selectionModel().selectedIndexes()]
        self.model.clear_cells((i.row(), i.column()) for i in cells)

    def copy_cells(self) -> None:
        indexes = [self._source(i) for i in self.view.selectionModel().selectedIndexes()]
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        for row in rows:
            writer.writerow(
                [
                    self.model.rows[row][c - 1]
                    if c != STATUS
                    else self.model.data(self.model.index(row, c))
                    for c in cols
                ]
            )
        QGuiApplication.clipboard().setText(out.getvalue())

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
        total = self.model.problem_total()
        listed = self.model.problem_list(PANEL_LIMIT)
        line = self.tr("Row {row}, {text}")
        lines = [line.format(row=row + 1, text=text) for row, _column, text in listed]
        places: list[tuple[int, int] | None] = [(row, column) for row, column, _ in listed]
        more = total - len(listed)
        if more > 0:
            lines.append(
                self.tr("…and {more:,} more: show only rows with problems to see them").format(
                    more=Count(more)
                )
            )
            places.append(None)
        self.problem_list.clear()
        self.problem_list.addItems(lines)  # one call: 1,000 lines in ~2 ms, not ~15
        self._problem_places = places
        self.problems_title.setText(
            self.tr("Problems: {n:,}").format(n=Count(total)) if total else self.tr("No problems")
        )
        sendable = self.model.sendable_count()
        self.send_button.setText(
            self.tr("&Send {n:,} valid rows").format(n=Count(sendable))
            if sendable != 1
            else self.tr("&Send 1 valid row")
        )
        self.send_button.setEnabled(bool(sendable) and not self.model.locked)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = self.problem_list.row(item)
        place = self._problem_places[line] if 0 <= line < len(self._problem_places) else None
        if place is None:
            self.show_only_problems(True)
            return
        index = self.model.index(*place)
        if self.view.model() is self.filter:
            index = self.filter.mapFromSource(index)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setFocus()

    # --- sending ----------------------------------------------------------------------

    def send_valid_rows(self) -> None:
        from claimdesk.service.batch import submit_rows

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
        self.cancel_button.setEnabled(True)
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

        def send() -> BatchReport:
            with bulk_work():
                return submit_rows(
                    outbox,
                    connection,
                    form,
                    [record(r) for r in wanted],  # 10,000 dicts: made here, not on the GUI
                    progress=progress,
                    cancel=cancel,
                )

        self.runner.run(
            send,
            lambda report: self._on_sent(report, wanted),
            self._on_send_failed,
        )

    def _show_progress(self) -> None:
        done, total = self._sent_so_far
        self.progress.setValue(done)
        sent = self.tr("Sent {done:,} of {total:,}…")
        self.status.setText(sent.format(done=Count(done), total=Count(total)))

    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the request being sent…"))

    def _on_sent(self, report: BatchReport, rows: list[int]) -> None:
        outcomes: dict[int, tuple[str, str]] = {}
        checks_issues = Problems()
        names = self.model.names
        for outcome in report.outcomes:
            row = rows[outcome.row]
            outcomes[row] = (outcome.state, outcome.message)
            if outcome.state in ("rejected", "invalid") and outcome.issues:
                found = problems_of_issues(outcome.issues, names, row)
                checks_issues.cells.update(found.cells)
        self._progress_timer.stop()
        self.model.locked = False
        self.model.set_outcomes(outcomes, checks_issues)
        self._set_editing(True)
        self.last_report = report
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
        for action in (
            self.import_action,
            self.paste_table_action,
            self.add_action,
            self.duplicate_action,
            self.delete_action,
            self.paste_action,
            self.clear_action,
            self.send_action,
        ):
            action.setEnabled(enabled)
        self.undo_action.setEnabled(enabled and self.model.undo_stack.canUndo())
        self.redo_action.setEnabled(enabled and self.model.undo_stack.canRedo())
        self.send_button.setEnabled(enabled)

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

    def export_problems(self, path: Path) -> int:
        """Rows with problems, with the reasons, to ``path``; how many were written."""
        from claimdesk.importers.export import export_rows
        from claimdesk.importers.table import ImportError_

        model = self.model
        chosen = [r for r in range(len(model.rows)) if model.has_problem(r)]
        reasons = []
        for row in chosen:
            parts = [
                f"{model.labels[c]}: {m}"
                for c in range(len(model.names))
                if (m := model.problems.cells.get((row, c)))
            ]
            if row in model.problems.rows:
                parts.append(model.problems.rows[row])
            state, message = model.outcome.get(row, ("", ""))
            if state and state != "accepted":
                parts.append(f"{state_name(state)}: {message}")
            reasons.append("; ".join(parts))
        try:
            # The schema's own labels head the file (as on import), whatever the language.
            headers = [spec.label for spec in model.schema]
            export_rows(path, headers, [model.rows[r] for r in chosen], reasons)
        except ImportError_ as error:
            self._idle(str(error), error=True)
            return 0
        self._idle(self.tr("{n:,} rows saved to {path}.").format(n=Count(len(chosen)), path=path))
        return len(chosen)

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

    def closeEvent(self, event: Any) -> None:
        if self.cancel_event is not None and self.model.locked:
            self.cancel_event.set()  # nothing more leaves; unsent rows are withdrawn
            self.runner.wait(30_000)
        super().closeEvent(event)


def problems_of_issues(issues: Any, names: list[str], row: int) -> Problems:
    from claimdesk.domain.checks import ClaimCheck

    return problems_of([ClaimCheck(tuple(issues), {})], names, row)

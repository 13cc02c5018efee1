"""The Claret sales browser: a sale type, a start date and a number of days (and the
flattened hierarchy if wanted); every page is followed through ``current_index`` in the
background, the first shown at once, with running totals; the table sorts by any column
and exports to CSV."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from claimdesk.service import sales
from claimdesk.service.columns import Column, write_file
from claimdesk.ui.banner import Banner
from claimdesk.ui.i18n import local_number
from claimdesk.ui.paged_table import Chunk, PagedTableLoader, paged_table_view
from claimdesk.ui.table_export import choose_path, export_in_background, shown_rows
from claimdesk.ui.why_disabled import set_enabled_why
from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from claimdesk.service.sales import Sale, SalesBrowser, SalesPage

log = logging.getLogger("claimdesk.ui")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SalesModel(QAbstractTableModel):
    """The sales loaded, in the service's columns (the flattened hierarchy's added after
    the first page when the query asked for it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Sale] = []
        self.columns: list[Column[Sale]] = list(sales.COLUMNS)

    @property
    def keys(self) -> list[str]:
        return [column.key for column in self.columns]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[section]
            return QCoreApplication.translate(column.context, column.label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        sale = self.items[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.cell(sale)
        if role == SORT_ROLE:
            return column.sort_key(sale)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        return None

    def clear(self) -> None:
        self.beginResetModel()
        self.items = []
        self.columns = list(sales.COLUMNS)
        self.endResetModel()

    def append(self, items: Sequence[Sale]) -> None:
        if not items:
            return
        if not self.items:
            columns = sales.columns_for(items)
            if len(columns) != len(self.columns):
                self.beginResetModel()
                self.columns = columns
                self.endResetModel()
        start = len(self.items)
        self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
        self.items.extend(items)
        self.endInsertRows()


class SalesWindow(QMainWindow):
    loaded = Signal()
    failed = Signal(object)
    exported = Signal(object)  # rows written, or the error

    def __init__(
        self,
        browser: SalesBrowser,
        connection_name: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.browser = browser
        self.runner = Runner(self)
        self.model = SalesModel(self)  # goes with the window, on the GUI thread
        self.loader = PagedTableLoader(self.model.append, self)
        self.totals = sales.SalesTotals()
        self.expected: int | None = None
        self.setWindowTitle(self.tr("Claret sales — {name}").format(name=connection_name))
        self.resize(1100, 680)
        today = today or dt.date.today()
        self._build(browser.sale_types, today)
        self.loader.page.connect(self._on_page)
        self.loader.done.connect(self._on_done)
        self.loader.failed.connect(self._on_failed)

    @property
    def pages_loaded(self) -> int:
        return self.loader.pages_loaded

    def _build(self, sale_types: Sequence[str], today: dt.date) -> None:
        central = QWidget(self)
        root = QVBoxLayout(central)
        root.setContentsMargins(12, 10, 12, 10)
        query = QHBoxLayout()
        type_label = QLabel(self.tr("Sale &type:"), central)
        self.sale_type = QComboBox(central)
        self.sale_type.setEditable(True)
        self.sale_type.addItems(list(sale_types))
        self.sale_type.setMinimumContentsLength(12)
        type_label.setBuddy(self.sale_type)
        start_label = QLabel(self.tr("&Start:"), central)
        self.start = QDateEdit(central)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        start = today - dt.timedelta(days=90)
        self.start.setDate(QDate(start.year, start.month, start.day))
        start_label.setBuddy(self.start)
        days_label = QLabel(self.tr("&Days:"), central)
        self.days = QSpinBox(central)
        self.days.setRange(1, sales.MAX_DAYS)
        self.days.setValue(91)
        self.days.setToolTip(self.tr("Number of days from the start date (duration)"))
        days_label.setBuddy(self.days)
        self.flattened = QCheckBox(self.tr("&Flattened hierarchy"), central)
        self.flattened.setToolTip(
            self.tr("Add the item and customer hierarchy columns (include_flattened_hierarchy)")
        )
        self.load_button = QPushButton(self.tr("&Load"), central)
        self.load_button.setDefault(True)
        # Alt+T is the sale type's.
        self.stop_button = QPushButton(self.tr("St&op"), central)
        set_enabled_why(self.stop_button, self.tr("Nothing is loading"))
        for widget in (
            type_label,
            self.sale_type,
            start_label,
            self.start,
            days_label,
            self.days,
            self.flattened,
            self.load_button,
            self.stop_button,
        ):
            query.addWidget(widget)
        query.addStretch(1)
        root.addLayout(query)

        status = QHBoxLayout()
        self.totals_label = QLabel(central)
        self.totals_label.setObjectName("salesTotals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.totals_label, 1)
        self.progress = QProgressBar(central)
        self.progress.setMaximumWidth(260)
        self.progress.setVisible(False)
        status.addWidget(self.progress)
        root.addLayout(status)

        self.banner = Banner(central)
        root.addWidget(self.banner)

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = paged_table_view(central, self.proxy, "salesTable")
        # Widths from the first rows only: measuring a 1,000-row page would stall the window.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        root.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), central)
        set_enabled_why(self.export_button, self.tr("Load some sales first"))
        buttons.addWidget(self.export_button)
        root.addLayout(buttons)
        self.setCentralWidget(central)
        self.load_button.clicked.connect(self.load)
        self.stop_button.clicked.connect(self.stop)
        self.export_button.clicked.connect(self._choose_export)
        self._show_totals()

    def set_query(self, sale_type: str, start: dt.date, days: int, flattened: bool = False) -> None:
        self.sale_type.setCurrentText(sale_type)
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.days.setValue(days)
        self.flattened.setChecked(flattened)

    def load(self) -> None:
        day = self.start.date()
        query, issues = sales.check_query(
            self.sale_type.currentText(),
            dt.date(day.year(), day.month(), day.day()),
            self.days.value(),
            self.flattened.isChecked(),
        )
        if query is None:
            self.show_banner("error", "; ".join(i.describe() for i in issues))
            return
        self.banner.setVisible(False)
        self.model.clear()
        self.totals = sales.SalesTotals()
        self.expected = None
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("loading…"))
        self.progress.setVisible(True)
        set_enabled_why(self.load_button, self.tr("Loading already"))
        set_enabled_why(self.stop_button, None)
        set_enabled_why(self.export_button, self.tr("Wait until every page is in"))
        self._show_totals()
        browser = self.browser  # the job holds the browser, not the window
        self.loader.start(lambda: (Chunk(p.sales, p.total, p) for p in browser.pages(query)))

    def stop(self) -> None:
        self.loader.cancel()
        self._finished()
        self.show_banner(
            "warning",
            self.tr("Stopped: {count} of {total} records loaded.").format(
                count=local_number(self.totals.records), total=local_number(self.expected or 0)
            ),
        )

    def _on_page(self, chunk: Chunk) -> None:
        page: SalesPage = chunk.page
        self.expected = page.total
        self.totals.add(page.sales)
        if page.total:
            self.progress.setRange(0, page.total)
            self.progress.setValue(min(self.totals.records, page.total))
        self.progress.setFormat(self.tr("page {page} · %v of %m").format(page=self.pages_loaded))
        if self.pages_loaded == 1:
            self.table.resizeColumnsToContents()
        self._show_totals()

    def _on_done(self) -> None:
        self._finished()
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._finished()
        self.show_banner(
            "error",
            self.tr("Stopped after {count} records: {error}").format(
                count=local_number(self.totals.records), error=error
            ),
        )
        self.failed.emit(error)

    def _finished(self) -> None:
        self.progress.setVisible(False)
        set_enabled_why(self.load_button, None)
        set_enabled_why(self.stop_button, self.tr("Nothing is loading"))
        set_enabled_why(
            self.export_button, None if self.model.items else self.tr("There is nothing to export")
        )
        self._show_totals()

    def _show_totals(self) -> None:
        if not self.totals.records and not self.loader.loading:
            self.totals_label.setText(
                self.tr("Choose a sale type and dates, then Load.")
                if self.expected is None
                else self.tr("No sales in that range.")
            )
            return
        self.totals_label.setText(self.totals.text())

    def show_banner(self, kind: str, text: str) -> None:
        self.banner.say(kind, text)

    def _choose_export(self) -> None:
        path = choose_path(self, self.tr("Export sales"), "claret-sales.csv")
        if path is not None:
            self.export_csv(path)

    def export_csv(self, path: Path) -> None:
        """Every record loaded, in the order shown, with the API's column names, written on
        a worker; ``exported`` follows."""
        items = [self.model.items[i] for i in shown_rows(self.proxy)]
        write = partial(write_file, path, list(self.model.columns), items)
        export_in_background(self.runner, write, self.show_banner, self.exported.emit)

    def closeEvent(self, event: Any) -> None:
        # A page request under way is not waited for: it ends on its own and is dropped.
        if self.loader.loading:
            self.loader.cancel()
            self._finished()  # shown again, the window offers Load
        super().closeEvent(event)

"""One controller for the tables that fill a page at a time (reward points, Claret sales):
the pages are read on a worker (``PageLoader``), each page's rows go into the window's
model, the first at once and later ones, when asked, gathered and added every
``gather_ms`` so the table repaints a few times rather than once per page; it counts the
pages and rows and keeps the total the server announced.

A new ``start``, ``cancel`` (a window's Stop, or its close) or the controller's deletion
with its window ends the load: the reader stops before its next page and whatever it still
sends is dropped (``workers``' mailbox and tickets)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from claimdesk.ui.growing_table import GrowingTableView
from claimdesk.ui.page_loader import PageLoader


@dataclass(frozen=True)
class Chunk:
    """One page as the table takes it: its rows (made on the worker, ready to show) and
    the number of records in all when the server says so."""

    rows: Sequence[Any]
    total: int | None = None
    page: Any = None  # the page as read, for a window that wants more of it (totals)


class PagedTableLoader(QObject):
    """``page(Chunk)`` after each page's rows are in the model (or gathered for it),
    ``progressed()`` after rows were added, then ``done()`` or ``failed(error)``: only for
    the latest ``start``."""

    page = Signal(object)
    progressed = Signal()
    done = Signal()
    failed = Signal(object)

    def __init__(
        self,
        append: Callable[[Sequence[Any]], None],
        parent: QObject | None = None,
        *,
        gather_ms: int = 0,
    ) -> None:
        super().__init__(parent)
        self._append = append
        self._reader = PageLoader(self)
        self._reader.page.connect(self._on_page)
        self._reader.done.connect(self._on_done)
        self._reader.failed.connect(self._on_failed)
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(gather_ms)
        self._gather.timeout.connect(self.flush)
        self._waiting: list[Any] = []  # rows of pages not yet in the model
        self.pages_loaded = 0
        self.rows_loaded = 0
        self.total: int | None = None

    @property
    def loading(self) -> bool:
        return self._reader.loading

    def start(self, pages: Callable[[], Iterable[Chunk]]) -> None:
        """``pages`` runs on a worker: it should capture the service and the query, not the
        window. The window empties its model first."""
        self._gather.stop()
        self._waiting = []
        self.pages_loaded = self.rows_loaded = 0
        self.total = None
        self._reader.start(pages)

    def cancel(self) -> None:
        """Returns at once; the rows already read go into the model."""
        self._reader.cancel()
        self._end()

    def flush(self) -> None:
        """Puts the gathered rows into the model now."""
        if self._waiting:
            waiting, self._waiting = self._waiting, []
            self._append(waiting)
        self.progressed.emit()

    def _on_page(self, chunk: Chunk) -> None:
        self.pages_loaded += 1
        self.rows_loaded += len(chunk.rows)
        if chunk.total is not None:
            self.total = chunk.total
        if self.pages_loaded == 1 or self._gather.interval() <= 0:
            self._append(chunk.rows)
            self.progressed.emit()
        else:
            self._waiting.extend(chunk.rows)
            if not self._gather.isActive():
                self._gather.start()
        self.page.emit(chunk)

    def _end(self) -> None:
        self._gather.stop()
        if self._waiting:
            self.flush()

    def _on_done(self) -> None:
        self._end()
        self.done.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._end()
        self.failed.emit(error)


def paged_table_view(parent: QWidget, model: QAbstractItemModel, name: str) -> GrowingTableView:
    """A read-only table of whole rows for a paged list: pages added below the rows shown
    repaint only the scroll bar; a click on a header sorts (in the server's order until
    then); columns are widened by hand, the last one stretched."""
    view = GrowingTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def fit_columns(view: GrowingTableView, samples: Sequence[str]) -> None:
    """Each column wide enough for its sample value and for its header in the user's
    language (with room for the sort arrow)."""
    metrics, header = view.fontMetrics(), view.horizontalHeader()
    model = view.model()
    for section, sample in enumerate(samples):
        shown = f"{model.headerData(section, Qt.Orientation.Horizontal)} ▲"
        text = max(sample, shown, key=metrics.horizontalAdvance)
        header.resizeSection(section, metrics.horizontalAdvance(text) + 24)

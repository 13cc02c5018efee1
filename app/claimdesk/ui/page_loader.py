"""Read a paginated list on a worker thread and hand each page to the GUI thread as it
arrives, so the first page shows at once and the window stays responsive meanwhile.

A new ``start`` (or ``cancel``) makes the pages of an earlier load be dropped: each load
has a generation number, checked on both threads."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("claimdesk.ui")


class _Signals(QObject):
    page = Signal(int, object)
    done = Signal(int)
    failed = Signal(int, object)


class _Read(QRunnable):
    def __init__(
        self,
        generation: int,
        pages: Callable[[], Iterable[Any]],
        signals: _Signals,
        current: Callable[[], int],
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.generation, self.pages, self.signals, self.current = (
            generation,
            pages,
            signals,
            current,
        )

    def run(self) -> None:
        try:
            for page in self.pages():
                if self.current() != self.generation:
                    return  # cancelled: stop asking the server for more
                self._emit(self.signals.page, self.generation, page)
        except Exception as error:  # delivered to the window, which says what went wrong
            log.debug("page load failed:\n%s", traceback.format_exc())
            self._emit(self.signals.failed, self.generation, error)
        else:
            self._emit(self.signals.done, self.generation)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window is gone
            log.debug("a page arrived after its window closed")


class PageLoader(QObject):
    """``page(object)`` per page, then ``done()`` or ``failed(error)``; only for the
    latest ``start``."""

    page = Signal(object)
    done = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        self._lock = threading.Lock()
        self.loading = False
        self._signals = _Signals(self)
        self._signals.page.connect(self._on_page)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)

    def _current(self) -> int:
        with self._lock:
            return self._generation

    def start(self, pages: Callable[[], Iterable[Any]]) -> None:
        with self._lock:
            self._generation += 1
            generation = self._generation
        self.loading = True
        self.pool.start(_Read(generation, pages, self._signals, self._current))

    def cancel(self) -> None:
        with self._lock:
            self._generation += 1
        self.loading = False

    def _on_page(self, generation: int, page: object) -> None:
        if generation == self._current():
            self.page.emit(page)

    def _on_done(self, generation: int) -> None:
        if generation == self._current():
            self.loading = False
            self.done.emit()

    def _on_failed(self, generation: int, error: object) -> None:
        if generation == self._current():
            self.loading = False
            self.failed.emit(error)

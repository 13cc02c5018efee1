"""Run blocking work (network, large validation) off the GUI thread and get the result
back as a Qt signal on the GUI thread. Every exception is caught and delivered."""

from __future__ import annotations

import gc
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("claimdesk.ui")


_bulk_lock = threading.Lock()
_bulk_jobs = 0


@contextmanager
def bulk_work() -> Iterator[None]:
    """Around a job that builds or walks 100,000-row structures (an import, a big send).

    Python's cyclic collector runs a full pass each time the heap has grown by a quarter,
    and a pass over a heap of a million containers holds the interpreter — the window
    included — for a tenth of a second or more, again and again while the heap grows. Inside
    this block it does not run (reference counting frees everything as usual); at the end
    what is left, mostly the rows the grid keeps, is set aside from later passes
    (``gc.freeze``), so they stay short. Nested and concurrent blocks are counted."""
    global _bulk_jobs
    with _bulk_lock:
        _bulk_jobs += 1
        if _bulk_jobs == 1:
            gc.disable()
    try:
        yield
    finally:
        with _bulk_lock:
            _bulk_jobs -= 1
            if _bulk_jobs == 0:
                gc.freeze()
                gc.enable()


def release_gradually(*lists: list[Any], step: int = 2_000) -> None:
    """Free big lists a slice at a time. Dropped at once, 100,000 rows of dicts are freed in
    one long cascade that holds the interpreter, and with it the window, for a tenth of a
    second; freed a slice at a time, the window gets its turn between slices."""
    for items in lists:
        while items:
            del items[-step:]


class _Signals(QObject):
    returned = Signal(object)
    errored = Signal(object)
    finished = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # delivered to the caller, which decides what to say
            log.debug("background job failed:\n%s", traceback.format_exc())
            self._emit(self.signals.errored, error)
        else:
            self._emit(self.signals.returned, result)
        finally:
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application is shutting down; nobody is listening
            log.debug("result of a background job dropped at shutdown")


class _Relay(QObject):
    """Lives on the GUI thread, so signals from the pool reach these slots queued there."""

    def __init__(
        self,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_finished: Callable[[_Relay], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._on_result, self._on_error, self._on_finished = on_result, on_error, on_finished

    @Slot(object)
    def returned(self, value: object) -> None:
        self._on_result(value)

    @Slot(object)
    def errored(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._on_error(error)

    @Slot()
    def finished(self) -> None:
        self._on_finished(self)


class Runner(QObject):
    """Starts jobs on a thread pool; keeps each job's signals alive until it finishes."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def run(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        # Both objects belong to the GUI thread and to this runner (not to Python's
        # reference counts), and are deleted there with deleteLater once the job is done:
        # deleting a receiver inside its own slot, or from the pool's thread, crashes Qt.
        relay = _Relay(on_result, on_error, self._done, self)
        signals = _Signals(relay)
        job = _Job(fn, signals)
        self._live.add(relay)
        signals.returned.connect(relay.returned)
        signals.errored.connect(relay.errored)
        signals.finished.connect(relay.finished)
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        self.pool.start(job)

    def _done(self, relay: _Relay) -> None:
        self._live.discard(relay)
        relay.deleteLater()
        if not self._live:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)

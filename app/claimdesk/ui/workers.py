"""Run blocking work (network, large validation) off the GUI thread and get the result
back on the GUI thread. Every exception is caught and delivered.

A job holds a ticket, never the window that started it, and sends to one mailbox that
lives as long as the application: a window closed or deleted while its job runs cancels
the ticket (or is found gone when the job reports), and the job's messages are dropped
instead of being emitted into deleted objects."""

from __future__ import annotations

import gc
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

import shiboken6
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


class Ticket:
    """What a job on the pool holds of whoever started it: a flag, nothing of Qt. The window
    that started the job may be closed or deleted while it runs; the job then ends on its
    own (a page reader before its next page) and what it sends is dropped."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


Handler = Callable[[str, object], None]


class _Mailbox(QObject):
    """The one receiver of what every job on the pool sends: made on the GUI thread and never
    deleted, so a job never emits into an object a window owns (a window deleted meanwhile
    would be emitted into, and Qt crashes). Its slot runs on the GUI thread, where windows
    are deleted too, and hands a message on only while the job's owner exists and has not
    cancelled the job."""

    posted = Signal(object, str, object, object)  # ticket, kind, payload, parcel (last only)

    def __init__(self) -> None:
        super().__init__()
        self._handlers: dict[Ticket, tuple[QObject, Handler]] = {}
        # Qt's ``Qt`` namespace here, not at import: its first use costs ~45 ms, which the
        # main window keeps until after its first frame (MainWindow.paintEvent).
        from PySide6.QtCore import Qt

        self.posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def subscribe(self, ticket: Ticket, owner: QObject, handler: Handler) -> None:
        self._handlers[ticket] = (owner, handler)

    @Slot(object, str, object, object)
    def _deliver(self, ticket: Ticket, kind: str, payload: object, parcel: object) -> None:
        if parcel is None:
            entry = self._handlers.get(ticket)
        else:  # the job's last message: what it held is released here, on the GUI thread
            entry = self._handlers.pop(ticket, None)
            assert isinstance(parcel, list)
            parcel.clear()
        if entry is None or ticket.cancelled:
            return
        owner, handler = entry
        if not shiboken6.isValid(owner):  # its window is gone
            ticket.cancel()
            self._handlers.pop(ticket, None)
            log.debug("a result arrived after its window was deleted")
            return
        handler(kind, payload)


_mailbox: _Mailbox | None = None


def mailbox() -> _Mailbox:
    """Made by the first Runner or PageLoader, on the GUI thread."""
    global _mailbox
    if _mailbox is None:
        _mailbox = _Mailbox()
    return _mailbox


class PoolJob(QRunnable):
    """A job on the pool that sends its messages to the mailbox under its ticket. What its
    work captured goes back with the last message and is released on the GUI thread: the
    last reference to a Qt object dropped on a pool thread would delete it there."""

    def __init__(self, ticket: Ticket, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.ticket = ticket
        self._parcel: list[Callable[[], Any]] = [work]
        self._mailbox = mailbox()

    def run(self) -> None:
        parcel, self._parcel = self._parcel, []
        try:
            kind, payload = self.perform(parcel[0])
        except Exception as error:  # delivered to the owner, which says what went wrong
            log.debug("background job failed:\n%s", traceback.format_exc())
            kind, payload = "failed", error.with_traceback(None)  # frames hold the work
        self.post(kind, payload, parcel)

    def perform(self, work: Callable[[], Any]) -> tuple[str, object]:
        """Runs on the pool: the last message's kind and payload."""
        raise NotImplementedError

    def post(self, kind: str, payload: object = None, parcel: list[Any] | None = None) -> None:
        try:
            self._mailbox.posted.emit(self.ticket, kind, payload, parcel)
        except RuntimeError:  # the application is shutting down; nobody is listening
            log.debug("a %s message of a background job dropped at shutdown", kind)


class _Job(PoolJob):
    def perform(self, work: Callable[[], Any]) -> tuple[str, object]:
        return "returned", work()


class Runner(QObject):
    """Starts jobs on a thread pool and calls back on the GUI thread with each one's result
    or error; nothing once the runner (with its window) is deleted."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[Ticket] = set()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def run(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """``fn`` runs on the pool: it should capture what it needs (a service, values), not
        the window, which may be gone before it ends."""
        ticket = Ticket()
        self._live.add(ticket)
        mailbox().subscribe(ticket, self, partial(self._arrived, ticket, on_result, on_error))
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Job(ticket, fn))

    def _arrived(
        self,
        ticket: Ticket,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        kind: str,
        payload: object,
    ) -> None:
        self._live.discard(ticket)
        try:
            if kind == "returned":
                on_result(payload)
            else:
                assert isinstance(payload, BaseException)
                on_error(payload)
        finally:
            if not self._live:
                self.busy_changed.emit(False)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)

"""Read a paginated list on a worker thread and hand each page to the GUI thread as it
arrives, so the first page shows at once and the window stays responsive meanwhile.

A new ``start``, a ``cancel`` or the loader's deletion (with its window) cancels the load:
the reader stops before its next page and whatever it still sends is dropped (see
``workers``: the reader holds a ticket, never the loader)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from claimdesk.ui.workers import PoolJob, Ticket, bulk_work, mailbox


class _Read(PoolJob):
    def perform(self, work: Callable[[], Any]) -> tuple[str, object]:
        # Thousands of records pile up while the pages arrive, and each time the heap grew by
        # a quarter the collector walked all of it, holding the window 50-110 ms.
        with bulk_work():
            pages: Iterable[Any] = work()
            for page in pages:
                if self.ticket.cancelled:
                    return "cancelled", None  # stop asking the server for more
                self.post("page", page)
        return "done", None


class _Current:
    """The ticket of the load under way; plain Python, so the loader's ``destroyed`` can
    cancel it while the loader itself is being deleted."""

    def __init__(self) -> None:
        self.ticket = Ticket()

    def cancel(self, *_args: object) -> None:
        self.ticket.cancel()


class PageLoader(QObject):
    """``page(object)`` per page, then ``done()`` or ``failed(error)``; only for the
    latest ``start``."""

    page = Signal(object)
    done = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.loading = False
        self._current = _Current()
        self.destroyed.connect(self._current.cancel)

    def start(self, pages: Callable[[], Iterable[Any]]) -> None:
        """``pages`` runs on the pool: it should capture the service and the query, not the
        window."""
        self._current.cancel()
        ticket = self._current.ticket = Ticket()
        self.loading = True
        mailbox().subscribe(ticket, self, self._arrived)
        self.pool.start(_Read(ticket, pages))

    def cancel(self) -> None:
        """Returns at once; a page request under way ends on its own and is dropped."""
        self._current.cancel()
        self.loading = False

    def _arrived(self, kind: str, payload: object) -> None:
        if kind == "page":
            self.page.emit(payload)
            return
        self.loading = False
        if kind == "done":
            self.done.emit()
        elif kind == "failed":
            self.failed.emit(payload)

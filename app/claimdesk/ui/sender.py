"""Sends the outbox in the background: whatever is due, every few seconds and whenever
asked, one claim at a time on a worker thread, and says what changed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from claimdesk.service.outbox import OutboxService, SentOne
    from claimdesk.service.training import Connection
    from claimdesk.storage.outbox import State

log = logging.getLogger("claimdesk.ui")

TICK_MS = 2_000


def install_response_cache() -> None:
    """Keep every GET answer for offline use (once per process; the files open lazily)."""
    from claimdesk.connectors import http

    if http.current_response_cache() is not None:
        return
    from claimdesk.paths import data_dir
    from claimdesk.storage.catalog import Catalog, ResponseCatalog, SplitCache
    from claimdesk.storage.database import DB_FILE, Database

    http.set_response_cache(
        SplitCache(
            ResponseCatalog(Catalog(Database(data_dir() / DB_FILE))),
            ResponseCatalog(Catalog(Database(data_dir() / "training.sqlite3"))),
        )
    )


class OutboxSender(QObject):
    """Two outboxes: the user's (profiles) and training mode's, kept apart on disk."""

    counts_changed = Signal(object)  # dict[State, int], both outboxes together
    sent = Signal(object)  # SentOne
    ready = Signal()
    failed = Signal(str)  # the outbox could not be opened

    def __init__(
        self, connection_of: Callable[[str], Connection | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.connection_of = connection_of
        self.runner = Runner(self)
        self.services: dict[bool, OutboxService] = {}  # training? -> service
        self.counts: dict[State, int] = {}
        self._started = False
        self._sending = False
        self._poke_again = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.poke)

    def start(self) -> None:
        """Open both outboxes (recovering claims a crash left ``sending``), then tick.
        Only the first call does anything."""
        if self._started:
            return
        self._started = True
        self.runner.run(self._open, self._opened, self._open_failed)

    def _open(self) -> dict[bool, OutboxService]:
        from claimdesk.paths import data_dir
        from claimdesk.service.outbox import OutboxService
        from claimdesk.storage.database import DB_FILE

        services = {
            False: OutboxService.open(data_dir(), self.connection_of, DB_FILE),
            True: OutboxService.open(data_dir(), self.connection_of, "training.sqlite3"),
        }
        for service in services.values():
            service.recover()
        from claimdesk.connectors.http import set_response_cache
        from claimdesk.storage.catalog import Catalog, ResponseCatalog, SplitCache

        set_response_cache(
            SplitCache(
                ResponseCatalog(Catalog(services[False].outbox.database)),
                ResponseCatalog(Catalog(services[True].outbox.database)),
            )
        )
        return services

    def _opened(self, services: dict[bool, OutboxService]) -> None:
        self.services = services
        self.timer.start()
        self.ready.emit()
        self.poke()

    def _open_failed(self, error: BaseException) -> None:
        log.error("the outbox could not be opened: %s", error)
        self.failed.emit(str(error))

    def service_for(self, connection: Connection) -> OutboxService | None:
        return self.services.get(connection.profile is None)

    def poke(self) -> None:
        """Send what is due now (if a send is already running, once more after it)."""
        if not self.services:
            return
        if self._sending:
            self._poke_again = True
            return
        self._sending = True
        services = list(self.services.values())

        def work() -> tuple[list[SentOne], dict[State, int]]:
            done: list[SentOne] = []
            totals: dict[State, int] = {}
            for service in services:
                done += service.send_due()
                for state, count in service.outbox.counts().items():
                    totals[state] = totals.get(state, 0) + count
            return done, totals

        self.runner.run(work, self._after_send, self._send_failed)

    def _after_send(self, outcome: tuple[list[SentOne], dict[State, int]]) -> None:
        done, totals = outcome
        self._sending = False
        for one in done:
            self.sent.emit(one)
        if totals != self.counts:
            self.counts = totals
            self.counts_changed.emit(totals)
        if self._poke_again:
            self._poke_again = False
            self.poke()

    def _send_failed(self, error: BaseException) -> None:
        self._sending = False
        log.error("sending the outbox failed: %s", error, exc_info=error)

    def stop(self) -> None:
        self.timer.stop()
        self.runner.wait(10_000)

"""Sends the outbox in the background: whatever is due, every few seconds and whenever
asked, one claim at a time on a worker thread, and says what changed."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from claimdesk.service.connections import Connection
    from claimdesk.service.outbox import OutboxService, SentOne, State
    from claimdesk.service.workspace import Workspace

log = logging.getLogger("claimdesk.ui")

TICK_MS = 2_000


class OutboxSender(QObject):
    """Two outboxes: the user's (profiles) and training mode's, kept apart on disk; the
    workspace opens them, this sends them."""

    counts_changed = Signal(object)  # dict[State, int], both outboxes together
    sent = Signal(object)  # SentOne
    ready = Signal()
    failed = Signal(str)  # the outbox could not be opened

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = Runner(self)
        self.services: dict[bool, OutboxService] = {}  # training? -> service
        self.counts: dict[State, int] = {}
        self._started = False
        self._sending = False
        self._poke_again = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.poke)

    def start(self, workspace: Workspace) -> None:
        """Open both of the workspace's outboxes (recovering claims a crash left
        ``sending``), then tick. Only the first call does anything."""
        if self._started:
            return
        self._started = True
        self.runner.run(lambda: self._open(workspace), self._opened, self._open_failed)

    @staticmethod
    def _open(workspace: Workspace) -> dict[bool, OutboxService]:
        services = {training: workspace.outbox(training=training) for training in (False, True)}
        for service in services.values():
            service.recover()
        workspace.install_response_cache()
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
        from claimdesk.service.outbox import SenderBusy, StorageFault

        self._sending = False
        if isinstance(error, SenderBusy):  # another ClaimDesk is sending: the next tick tries
            log.info("%s", error)
            return
        if isinstance(error, StorageFault):  # one sentence naming the file, for the banner
            log.error("sending the outbox failed: %s", error)
            self.failed.emit(str(error))
            return
        log.error("sending the outbox failed: %s", error, exc_info=error)

    def stop(self) -> None:
        self.timer.stop()
        self.runner.wait(10_000)

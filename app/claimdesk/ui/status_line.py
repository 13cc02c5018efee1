"""The status bar's account of sending, kept true as things happen: "Offline — 2 waiting",
"1 to check", "All sent at 10:42"; "Send now" (what waits goes at once); a quiet notice
when waiting claims go through in the background ("2 claims sent, +31 points"); and the
question asked on quitting while claims wait or a batch grid holds rows not sent.

Made after the window's first frame (it uses Qt's enums: see main_window)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from claimdesk.service.platform import Outcome
from claimdesk.ui.sender import OutboxSender
from claimdesk.ui.why_disabled import set_enabled_why
from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from claimdesk.service.outbox import SentOne
    from claimdesk.service.platform import SubmitResult

log = logging.getLogger("claimdesk.ui")

NOTICE_MS = 15_000  # how long "2 claims sent, +31 points" stays before the state again

# The platform answered: it can be reached (whatever it said of the claim).
ANSWERED = frozenset({Outcome.ACCEPTED, Outcome.NOT_EARNING, Outcome.REJECTED, Outcome.INVALID})


def unreachable(result: SubmitResult) -> bool | None:
    """True when a send found the platform out of reach (no answer, or it could not take
    claims now: 5xx, 429), False when the platform answered, None when it says neither
    (a line broken mid-answer).
    Guess: a rep reads a platform that answers 503 or 429 as "offline" too; a refused
    sign-in (401, 403) is not offline (the banner offers Edit connection…)."""
    if result.outcome in ANSWERED:
        return False
    if result.outcome is Outcome.FAILED:
        status = result.http_status  # else it answered: e.g. it refused the sign-in
        return result.retryable and (status is None or status >= 500 or status == 429)
    return None


def waiting_of(counts: Mapping[Any, int]) -> int:
    return counts.get("queued", 0) + counts.get("sending", 0)


class StatusLine(QWidget):
    """``connection_name`` says which connection the window works with: its sends say
    whether the platform is reachable (``reachable``)."""

    reachable = Signal(bool)  # the current connection's platform answered, or not
    notice = Signal(str)  # a quiet notice for the status bar's message area
    changed = Signal(str)  # the line's new text

    def __init__(
        self,
        sender: OutboxSender,
        connection_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusLine")
        # Painted over a long status message that runs under it (a 680-pixel window leaves
        # the message area little room), so the two never print over each other.
        self.setAutoFillBackground(True)
        self.outbox_sender = sender
        self.connection_name = connection_name
        self.runner = Runner(self)
        self.counts: dict[Any, int] = dict(sender.counts)
        self.offline = False
        self.all_sent_at: dt.datetime | None = None
        self._sent: list[SentOne] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.label.setObjectName("sendingState")
        self.label.setAccessibleName(self.tr("Sending"))
        layout.addWidget(self.label)
        self.send_now_button = QPushButton(self.tr("Send no&w"), self)
        self.send_now_button.setObjectName("sendNowButton")
        self.send_now_button.setFlat(True)
        self.send_now_button.setToolTip(
            self.tr("Send the waiting claims now, without waiting for their next turn")
        )
        layout.addWidget(self.send_now_button)
        self._flush = QTimer(self)  # the sender says each claim in turn: one notice for all
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._say_sent)
        self.notice_text = ""
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self._notice_over)
        sender.counts_changed.connect(self.show_counts)
        sender.sent.connect(self._on_sent)
        self.send_now_button.clicked.connect(self.send_now)
        self._show()

    # --- what happens -----------------------------------------------------------------------

    def show_counts(self, counts: Mapping[Any, int]) -> None:
        before = waiting_of(self.counts)
        self.counts = dict(counts)
        if before and not waiting_of(counts):
            self.all_sent_at = dt.datetime.now().astimezone()
        self._show()

    def heard(self, connection: str, result: SubmitResult) -> None:
        """What a send of ``connection``'s said (the form's own send, or the sender's)."""
        if connection != self.connection_name():
            return
        if result.outcome in (Outcome.ACCEPTED, Outcome.NOT_EARNING) and not waiting_of(
            self.counts
        ):
            self.all_sent_at = dt.datetime.now().astimezone()
        out_of_reach = unreachable(result)
        if out_of_reach is not None:
            self.offline = out_of_reach
            self.reachable.emit(not out_of_reach)
        self._show()

    def connection_changed(self) -> None:
        """Another connection: whether its platform answers is not known yet."""
        self.offline = False
        self._show()

    def _on_sent(self, one: SentOne) -> None:
        self.heard(one.claim.connection, one.result)
        self._sent.append(one)
        self._flush.start()

    def _say_sent(self) -> None:
        sent, self._sent = self._sent, []
        text = sent_notice(sent)
        if text:
            self.notice_text = text
            self._notice_timer.start()
            self._show()
            self.notice.emit(text)

    def _notice_over(self) -> None:
        self.notice_text = ""
        self._show()

    def send_now(self) -> None:
        """Every waiting claim is due now; the sender sends them at once."""
        services = list(self.outbox_sender.services.values())
        if not services:
            return
        set_enabled_why(self.send_now_button, self.tr("Sending…"))
        self.runner.run(
            lambda: sum(s.outbox.all_due_now() for s in services),
            lambda _count: self.outbox_sender.poke(),
            lambda error: log.error("the waiting claims could not be sent now: %s", error),
        )

    # --- what it says -----------------------------------------------------------------------

    def text(self) -> str:
        """What the line shows: a notice for a moment, else the state."""
        return self.label.text()

    def state_text(self) -> str:
        waiting, check = waiting_of(self.counts), self.counts.get("unknown", 0)
        parts = []
        if waiting:
            parts.append(
                self.tr("Offline — {count} waiting").format(count=waiting)
                if self.offline
                else self.tr("{count} waiting").format(count=waiting)
            )
        if check:
            parts.append(self.tr("{count} to check").format(count=check))
        if parts:
            text = " · ".join(parts)
        elif self.all_sent_at is not None:
            text = self.tr("All sent at {time}").format(time=self.all_sent_at.strftime("%H:%M"))
        else:
            text = self.tr("Nothing waiting")
        return text

    def _show(self) -> None:
        waiting = waiting_of(self.counts)
        state = self.state_text()
        # A notice takes the line for a moment (the status bar's own message area has
        # little room beside the permanent widgets in a 680-pixel window).
        text = self.notice_text or state
        self.label.setText(text)
        self.label.setToolTip(state)
        self.label.setAccessibleDescription(text)
        self.send_now_button.setVisible(waiting > 0)
        set_enabled_why(self.send_now_button, None if waiting else self.tr("Nothing is waiting"))
        self.changed.emit(text)


def sent_notice(sent: Iterable[SentOne]) -> str:
    """One line for what the background sender settled: "2 claims sent, +31 points",
    "1 claim refused", "1 claim to check"."""
    accepted = [s for s in sent if s.claim.state.value == "accepted"]
    refused = sum(1 for s in sent if s.claim.state.value == "rejected")
    check = sum(1 for s in sent if s.claim.state.value == "unknown")
    parts = []
    if accepted:
        points = sum(s.claim.points or 0 for s in accepted)
        count = len(accepted)
        if points:
            parts.append(
                (
                    QCoreApplication.translate("StatusLine", "1 claim sent, +{points} points")
                    if count == 1
                    else QCoreApplication.translate(
                        "StatusLine", "{count} claims sent, +{points} points"
                    )
                ).format(count=count, points=points)
            )
        else:
            parts.append(
                QCoreApplication.translate("StatusLine", "1 claim sent")
                if count == 1
                else QCoreApplication.translate("StatusLine", "{count} claims sent").format(
                    count=count
                )
            )
    if refused:
        parts.append(
            QCoreApplication.translate("StatusLine", "1 claim refused")
            if refused == 1
            else QCoreApplication.translate("StatusLine", "{count} claims refused").format(
                count=refused
            )
        )
    if check:
        parts.append(
            QCoreApplication.translate("StatusLine", "1 claim to check")
            if check == 1
            else QCoreApplication.translate("StatusLine", "{count} claims to check").format(
                count=check
            )
        )
    return "; ".join(parts)


def unsent_rows(window: Any) -> int:
    """Rows of an open batch grid that hold something and were never sent (a row sent is
    in the outbox, which the question counts on its own).
    Guess: a row with any text and no outcome is one the rep meant to send."""
    model = getattr(window, "model", None)
    rows = getattr(model, "rows", None)
    outcome = getattr(model, "outcome", None)
    if rows is None or outcome is None or not window.isVisible():
        return 0
    return sum(
        1
        for index, row in enumerate(rows)
        if not outcome.get(index, ("", ""))[0] and any(str(cell).strip() for cell in row)
    )


def quit_question(counts: Mapping[Any, int], grid_rows: int) -> str:
    """What to ask before quitting ("" when nothing would be left behind)."""
    parts = []
    waiting = waiting_of(counts)
    if waiting == 1:
        parts.append(
            QCoreApplication.translate(
                "StatusLine",
                "1 claim is still waiting to be sent. It will be sent the next time "
                "ClaimDesk starts.",
            )
        )
    elif waiting:
        parts.append(
            QCoreApplication.translate(
                "StatusLine",
                "{count} claims are still waiting to be sent. They will be sent the next "
                "time ClaimDesk starts.",
            ).format(count=waiting)
        )
    if grid_rows == 1:
        parts.append(
            QCoreApplication.translate(
                "StatusLine", "The batch grid has 1 row not sent; it is not kept."
            )
        )
    elif grid_rows:
        parts.append(
            QCoreApplication.translate(
                "StatusLine", "The batch grid has {count} rows not sent; they are not kept."
            ).format(count=grid_rows)
        )
    if not parts:
        return ""
    return " ".join([*parts, QCoreApplication.translate("StatusLine", "Quit anyway?")])

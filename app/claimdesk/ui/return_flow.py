"""Return… from an accepted MyRewards claim (the outbox's history and the Today list): how
many units came back (at most what is left of the claim), a confirmation, then the return is
queued and sent through the outbox on the runner (service/returns.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from claimdesk.service.returns import return_claim, returnable, still_returnable

if TYPE_CHECKING:
    from claimdesk.service.outbox import OutboxClaim, OutboxService
    from claimdesk.ui.workers import Runner


def ask_quantity(parent: QWidget, claim: OutboxClaim, left: int) -> int | None:
    quantity, chosen = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("OutboxDialog", "Return"),
        QCoreApplication.translate(
            "OutboxDialog", "Units of claim #{id} ({summary}) to return, at most {left}:"
        ).format(id=claim.id, summary=claim.summary, left=left),
        left,
        1,
        left,
    )
    return quantity if chosen else None


def confirm(parent: QWidget, claim: OutboxClaim, quantity: int) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("OutboxDialog", "Return"),
        QCoreApplication.translate(
            "OutboxDialog",
            "Return {quantity} of {product} from claim #{id}? The platform takes back "
            "their points.",
        ).format(
            quantity=quantity,
            product=claim.values.get("product_or_activity_ref", ""),
            id=claim.id,
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class ReturnFlow(QObject):
    """``returned`` with (Queued, SentOne | None) once the return is queued and tried;
    ``failed`` with the error. ``ask`` and ``confirm`` are the window's (tests answer them)."""

    returned = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        runner: Runner,
        service_of: Callable[[OutboxClaim], OutboxService],
        ask: Callable[[OutboxClaim, int], int | None],
        confirmed: Callable[[OutboxClaim, int], bool],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = runner
        self.service_of = service_of
        self.ask = ask
        self.confirmed = confirmed

    def start(self, claim: OutboxClaim | None) -> None:
        if claim is None or not returnable(claim):
            return
        service = self.service_of(claim)
        self.runner.run(
            lambda: still_returnable(service, claim),
            lambda left: self._asked(service, claim, left),
            self.failed.emit,
        )

    def _asked(self, service: OutboxService, claim: OutboxClaim, left: int) -> None:
        if left < 1:
            QMessageBox.information(
                self.parent_widget,
                QCoreApplication.translate("OutboxDialog", "Return"),
                QCoreApplication.translate(
                    "OutboxDialog", "Everything claimed in #{id} is already returned."
                ).format(id=claim.id),
            )
            return
        quantity = self.ask(claim, left)
        if quantity is None or not self.confirmed(claim, quantity):
            return
        self.runner.run(
            lambda: return_claim(service, claim, quantity), self._done, self.failed.emit
        )

    def _done(self, outcome: tuple[Any, Any]) -> None:
        queued, _sent = outcome
        if queued.claim_id is None:
            QMessageBox.information(
                self.parent_widget,
                QCoreApplication.translate("OutboxDialog", "Return"),
                "\n".join(
                    i.describe(QCoreApplication.translate("OutboxDialog", "Quantity"))
                    for i in queued.check.issues
                ),
            )
        self.returned.emit(outcome)

"""The Returns window (MyRewards returned claims): the batch grid on a promotion's returns
form — username or user ID, returns identifier, product or activity ref, quantity — its
rows typed or imported from a CSV / XLSX file, checked, and sent through the outbox at
most 50 a request; the platform's per-entry refusals ("…, for 2nd entry") shown on their
row and field, as the grid shows every refusal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from claimdesk.ui.batch_window import BatchWindow

if TYPE_CHECKING:
    from claimdesk.service.connections import Connection
    from claimdesk.service.outbox import OutboxService
    from claimdesk.service.platform import LoadedForm
    from claimdesk.ui.workers import Runner


class ReturnsWindow(BatchWindow):
    """One promotion's returned claims for one connection."""

    def __init__(
        self,
        connection: Connection,
        form: LoadedForm,
        outbox: Callable[[], OutboxService | None],
        parent: QWidget | None = None,
        locale_name: str | None = None,
    ) -> None:
        super().__init__(connection, form, outbox, parent, locale_name)
        self.setObjectName("returnsWindow")
        self.setWindowTitle(
            self.tr("{target} · {connection}").format(
                target=form.target.name, connection=connection.name
            )
        )


def load_returns(
    runner: Runner,
    connection: Connection,
    promotion_key: str,
    opened: Callable[[LoadedForm], Any],
    failed: Callable[[BaseException], Any],
) -> bool:
    """Fetch the promotion's returns form on ``runner`` (network), then ``opened(form)``;
    False (nothing asked) when the connection's platform has no returned claims."""
    from claimdesk.service.myrewards import ReturnsDesk
    from claimdesk.service.platform import AdminTool

    service = connection.service
    if AdminTool.RETURNS not in service.capabilities.admin_tools:
        return False
    desk = service.admin(AdminTool.RETURNS)
    assert isinstance(desk, ReturnsDesk)
    runner.run(lambda: desk.form(promotion_key), opened, failed)
    return True

"""A platform's admin windows (reward points, the sales browser), which Tools offers for a
connection whose platform has them (``capabilities.admin_tools``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from claimdesk.service.connections import Connection
    from claimdesk.service.platform import AdminTool


def admin_window(tool: AdminTool, connection: Connection, target_key: Any, parent: QWidget) -> Any:
    """The admin window of ``tool`` on ``connection`` (None when its platform does not offer
    it); the reward points window opens on the promotion chosen in the main window and
    shares the claim form's reward point cache."""
    from claimdesk.service.platform import AdminTool

    service = connection.service
    if tool not in service.capabilities.admin_tools or tool is AdminTool.RETURNS:
        return None  # returns: MainWindow.open_returns (their form loads on a worker first)
    if tool is AdminTool.REWARD_POINTS:
        from claimdesk.service.reward_points import RewardPointsService
        from claimdesk.ui.reward_points_window import RewardPointsWindow

        points = service.admin(AdminTool.REWARD_POINTS)
        assert isinstance(points, RewardPointsService)
        key = target_key
        return RewardPointsWindow(
            points,
            connection.name,
            parent,
            promotion_id=int(key) if key and str(key).isdigit() else None,
        )
    from claimdesk.service.sales import SalesBrowser
    from claimdesk.ui.sales_window import SalesWindow

    browser = service.admin(AdminTool.SALES)
    assert isinstance(browser, SalesBrowser)
    return SalesWindow(browser, connection.name, parent)

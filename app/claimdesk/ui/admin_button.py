"""The footer's button to a platform's admin window (reward points, the sales browser),
shown only for a connection whose platform offers one (``capabilities.admin_tools``).

Imported before the first frame: Qt widgets only, no ``Qt`` namespace (see main_window)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from claimdesk.service.connections import Connection
    from claimdesk.service.platform import AdminTool, PlatformService


class AdminButton(QPushButton):
    """Offers the first admin tool of the connection in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminButton")
        self.setVisible(False)
        self.tool: AdminTool | None = None

    def offer(self, service: PlatformService) -> None:
        """Show the button, named for the tool, when ``service`` offers an admin window."""
        from claimdesk.service.platform import AdminTool

        tools = service.capabilities.admin_tools
        self.tool = tools[0] if tools else None
        texts = {
            AdminTool.REWARD_POINTS: (
                self.tr("Reward &points…"),
                self.tr("List, create and edit the reward points of a promotion"),
            ),
            AdminTool.SALES: (
                self.tr("Sales &browser…"),
                self.tr("Browse the sales Claret already holds, over every page"),
            ),
        }
        text = texts.get(self.tool) if self.tool is not None else None
        self.setVisible(text is not None)
        if text is not None:
            self.setText(text[0])
            self.setToolTip(text[1])


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

"""The footer's button to a platform's admin window (MyRewards' reward points, Claret's
sales browser), shown only for a connection that offers one.

Imported before the first frame: Qt widgets only, no ``Qt`` namespace (see main_window)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from claimdesk.service.platform import PlatformService
    from claimdesk.service.training import Connection


class AdminButton(QPushButton):
    """Offers the admin window of the connection in use, and opens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminButton")
        self.setVisible(False)

    def offer(self, service: PlatformService) -> None:
        """Show the button (named for the tool) when ``service`` offers an admin window."""
        texts = {
            "myrewards": (
                self.tr("Reward &points…"),
                self.tr("List, create and edit the reward points of a promotion"),
            ),
            "claret": (
                self.tr("Sales &browser…"),
                self.tr("Browse the sales Claret already holds, over every page"),
            ),
        }
        text = texts.get(service.platform)
        self.setVisible(text is not None)
        if text is not None:
            self.setText(text[0])
            self.setToolTip(text[1])


def open_reward_points(connection: Connection, target_key: Any, parent: QWidget) -> Any:
    """The reward points window of a MyRewards connection, on the promotion chosen in the
    main window; it shares the claim form's reward point cache."""
    from claimdesk.service.reward_points import RewardPointsService
    from claimdesk.ui.reward_points_window import RewardPointsWindow

    service = connection.service
    if service.platform != "myrewards":
        return None
    admin = RewardPointsService(
        service.connector,  # type: ignore[attr-defined]
        cache=service.reward_point_cache,  # type: ignore[attr-defined]
    )
    key = target_key
    return RewardPointsWindow(
        admin,
        connection.name,
        parent,
        promotion_id=int(key) if key and str(key).isdigit() else None,
    )


def open_sales(connection: Connection, parent: QWidget) -> Any:
    """The sales browser of a Claret connection."""
    from claimdesk.ui.sales_window import SalesWindow

    service = connection.service
    if service.platform != "claret":
        return None
    return SalesWindow(
        service.connector,  # type: ignore[attr-defined]
        connection.name,
        parent,
        sale_types=getattr(service, "sale_types", ("Actuals", "Forecast")),
    )

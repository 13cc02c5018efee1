"""The growing table (real, offscreen): rows added below the visible ones move the scroll
bar and repaint nothing else; rows added where they show, a sort and a filter repaint."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from claimdesk.domain.myrewards import RewardPoint
from claimdesk.ui.growing_table import GrowingTableView
from claimdesk.ui.reward_points_model import RewardPointsFilter, RewardPointsModel


def reward_points(first: int, count: int) -> list[RewardPoint]:
    return [
        RewardPoint(
            id=i,
            reference=f"TC-{i:05d}",
            name=f"Radiator valve {i}",
            active=i % 3 > 0,
            quantity=1 + i % 7,
            points_per_quantity=i % 50,
            sale_date_from=dt.date(2026, 1, 1),
            sale_date_to=dt.date(2026, 12, 31),
            user_groups=(350,),
        )
        for i in range(first, first + count)
    ]


class Paints(QObject):
    """Counts the paint events of a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def shown_table(
    qtbot: QtBot, view: QTableView, rows: int
) -> tuple[RewardPointsModel, RewardPointsFilter, Paints]:
    model = RewardPointsModel(view)
    proxy = RewardPointsFilter(model, view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # server order, as the windows
    view.verticalHeader().setVisible(False)
    view.resize(800, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    model.append(reward_points(0, rows))
    qtbot.wait(50)
    paints = Paints()
    view.viewport().installEventFilter(paints)
    return model, proxy, paints


def test_rows_added_below_the_visible_ones_repaint_nothing_but_the_scroll_bar(
    qtbot: QtBot,
) -> None:
    view = GrowingTableView()
    model, _proxy, paints = shown_table(qtbot, view, 100)
    before = view.verticalScrollBar().maximum()
    for page in range(1, 6):
        model.append(reward_points(page * 1_000, 1_000))
        qtbot.wait(30)
    assert paints.count == 0
    assert view.verticalScrollBar().maximum() > before  # the new rows can be scrolled to
    view.scrollToBottom()
    qtbot.waitUntil(lambda: paints.count > 0)
    last = view.rowAt(view.viewport().height() - 1)
    assert view.model().index(last, 0).data() == "TC-05999"


@pytest.mark.parametrize("change", ["sort", "filter", "rows that show"])
def test_other_changes_repaint_as_usual(qtbot: QtBot, change: str) -> None:
    view = GrowingTableView()
    model, proxy, paints = shown_table(qtbot, view, 5 if change == "rows that show" else 100)
    model.append(reward_points(1_000, 200))  # below the visible rows, or where they show
    if change == "sort":
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    elif change == "filter":
        proxy.set_filter(text="TC-0100")
    qtbot.waitUntil(lambda: paints.count > 0)
    assert (
        view.model().index(0, 0).data()
        == {
            "sort": "TC-01199",
            "filter": "TC-01000",
            "rows that show": "TC-00000",
        }[change]
    )


def test_a_plain_table_repaints_for_rows_added_below(qtbot: QtBot) -> None:
    """What the growing table saves: the cost the paint counter above would see."""
    view = QTableView()
    model, _proxy, paints = shown_table(qtbot, view, 100)
    model.append(reward_points(1_000, 1_000))
    qtbot.waitUntil(lambda: paints.count > 0)


def test_a_layout_still_pending_when_a_whole_paint_begins_is_painted_once(qtbot: QtBot) -> None:
    view = GrowingTableView()
    model, _proxy, paints = shown_table(qtbot, view, 0)
    model.append(reward_points(0, 100))
    # The layout now: the scroll bar's new range has Qt lay the view out once more, after
    # the paint is asked for and before it is done, so inside the paint.
    view.executeDelayedItemsLayout()
    qtbot.wait(100)
    assert paints.count == 1  # not a second time for the layout done inside the paint
    assert view.rowAt(0) == 0
    assert view.verticalScrollBar().maximum() > 0

"""The Claret sales browser (real, offscreen) against the sandbox: every page followed in the
background with the first shown at once, totals, the flattened hierarchy, export."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.connectors.claret import ClaretConnector, ClaretCredentials
from claimdesk.connectors.http import HttpClient
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.claret import ClaretService
from claimdesk.service.sales import SalesBrowser
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.sales_window import SalesWindow
from tests.helpers.loading import Recording, drain, requests_made, slow_down

DEMO = ClaretCredentials(demo.CLARET_TENANT, demo.CLARET_TOKEN)
TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=3000)


def connector(url: str) -> ClaretConnector:
    http = HttpClient(url, DEMO.headers(), sleep=lambda _s: None)
    return ClaretConnector(url, DEMO, http=http)


def browser(url: str) -> SalesBrowser:
    return SalesBrowser(connector(url), ("History", "Forecast"))


def everything(url: str, flat: bool = False) -> list[object]:
    return connector(url).sales("History", START, 3650, include_flattened_hierarchy=flat)


@pytest.fixture
def window(qtbot: QtBot, sandbox: str) -> SalesWindow:
    window = SalesWindow(browser(sandbox), "Training · Claret")
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_page_of_more_than_5000_records_with_totals(
    qtbot: QtBot, window: SalesWindow, sandbox: str
) -> None:
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "claret", "path": "/demo/api/v1/sales", "latency_ms": 60, "times": 50},
        timeout=5,
    ).raise_for_status()
    window.set_query("History", START, 3650)
    qtbot.mouseClick(window.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    assert window.loader.loading  # the first page is shown while the rest load
    assert window.stop_button.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        pass
    expected = everything(sandbox)
    assert len(expected) > 5_000
    assert window.model.rowCount() == len(expected)
    assert window.pages_loaded >= 6
    total = sum((s.quantity for s in expected), Decimal(0))  # type: ignore[attr-defined]
    assert window.totals.quantity == total
    assert window.totals_label.text().startswith(f"{len(expected):,} records · quantity ")
    assert not window.progress.isVisible()
    assert window.export_button.isEnabled()


def test_flattened_hierarchy_adds_columns(qtbot: QtBot, window: SalesWindow) -> None:
    window.set_query("Forecast", TODAY - dt.timedelta(days=30), 1000, flattened=True)
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.load()
    headers = [
        window.proxy.headerData(c, Qt.Orientation.Horizontal)
        for c in range(window.proxy.columnCount())
    ]
    assert headers[:5] == ["ID", "Sell date", "Item", "Customer group", "Quantity"]
    assert "Item category" in headers
    assert "Customer region" in headers


def test_sorting_by_quantity_is_numeric(qtbot: QtBot, window: SalesWindow) -> None:
    window.set_query("History", TODAY - dt.timedelta(days=60), 61)
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.load()
    column = window.model.keys.index("quantity")
    window.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    values = [
        Decimal(window.proxy.data(window.proxy.index(r, column)))
        for r in range(window.proxy.rowCount())
    ]
    assert values == sorted(values, reverse=True)


def test_an_unknown_sale_type_is_named(qtbot: QtBot, window: SalesWindow) -> None:
    window.set_query("Budget", TODAY, 7)
    with qtbot.waitSignal(window.failed, timeout=15_000):
        window.load()
    assert window.banner.isVisible()
    assert "sale type" in window.banner.text().lower()
    assert window.load_button.isEnabled()


def load_a_month(qtbot: QtBot, window: SalesWindow) -> None:
    window.set_query("History", TODAY - dt.timedelta(days=30), 31)
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.load()


def test_export_writes_every_record_with_the_api_s_names(
    qtbot: QtBot, window: SalesWindow, tmp_path: Path
) -> None:
    load_a_month(qtbot, window)
    path = tmp_path / "sales.csv"
    with qtbot.waitSignal(window.exported, timeout=10_000) as blocker:
        window.export_csv(path)
    assert blocker.args[0] == window.model.rowCount()
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == window.model.rowCount()
    assert list(rows[0])[:5] == ["id", "sell_date", "item_name", "customer_group_name", "quantity"]
    first = window.model.items[0]
    assert rows[0]["item_name"] == first.item_name
    assert Decimal(rows[0]["quantity"]) == first.quantity


def test_opened_from_the_main_window_for_claret(qtbot: QtBot, sandbox: str) -> None:
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.form_ready, timeout=15_000):
        main.use_service(ClaretService(ClaretConnector(sandbox, DEMO)), "test sandbox")
    assert main.menus.sales_browser.isEnabled()
    assert not main.menus.reward_points.isEnabled()
    main.menus.sales_browser.trigger()
    window = main.admin_window
    assert isinstance(window, SalesWindow)
    qtbot.addWidget(window)
    assert [window.sale_type.itemText(i) for i in range(window.sale_type.count())] == [
        "History",
        "Forecast",
    ]
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.load()
    assert window.model.rowCount() > 0
    window.close()
    main.close()


# --- closing mid-load ---------------------------------------------------------------------
# Not given to qtbot: each test deletes its window itself, mid-load, and waits for the
# thread pool in its own body (not through conftest's fixture).

SALES_PATH = "/demo/api/v1/sales"


class RecordingWindow(Recording, SalesWindow):
    pass


def loading_window(qtbot: QtBot, url: str) -> RecordingWindow:
    slow_down(url, "claret", SALES_PATH, times=50)
    window = RecordingWindow(browser(url), "Training · Claret")
    window.show()
    window.set_query("History", START, 3650)
    window.load()
    qtbot.waitUntil(lambda: window.pages_loaded >= 1, timeout=15_000)
    return window


def test_closing_mid_load_returns_at_once_and_stops_reading(qtbot: QtBot, sandbox: str) -> None:
    from PySide6.QtCore import QThreadPool

    window = loading_window(qtbot, sandbox)
    window.close()
    # close() did not wait for the page request under way: it is still running.
    assert QThreadPool.globalInstance().activeThreadCount() >= 1
    assert not window.loader.loading
    assert window.load_button.isEnabled()  # shown again, it offers Load
    assert not window.stop_button.isEnabled()
    seen = len(window.handed)
    drain(qtbot)
    assert window.handed == ["page"] * seen
    assert requests_made(sandbox, SALES_PATH, 50) <= seen + 2  # not every page
    window.deleteLater()
    qtbot.wait(10)


def test_deleted_mid_load_nothing_is_delivered_and_reading_stops(
    qtbot: QtBot, sandbox: str
) -> None:
    """Deleted without being closed (as by its parent): no closeEvent, and still safe."""
    import shiboken6

    window = loading_window(qtbot, sandbox)
    seen = len(window.handed)
    shiboken6.delete(window)
    drain(qtbot)
    assert window.handed == ["page"] * seen
    assert requests_made(sandbox, SALES_PATH, 50) <= seen + 2


def test_an_export_that_cannot_be_written_says_why_in_the_banner(
    qtbot: QtBot, window: SalesWindow, tmp_path: Path
) -> None:
    load_a_month(qtbot, window)
    with qtbot.waitSignal(window.exported, timeout=10_000):
        window.export_csv(tmp_path)  # a folder
    assert window.banner.isVisible()
    assert window.banner.property("kind") == "error"
    assert window.banner.text().startswith(f"{tmp_path.name} cannot be written:")
    with qtbot.waitSignal(window.exported, timeout=10_000):
        window.export_csv(tmp_path / "sales.csv")
    assert window.banner.property("kind") == "success"
    assert window.banner.text() == f"{window.model.rowCount()} rows exported."

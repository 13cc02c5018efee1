"""Peak SALE_EXTRA rows entered through the real (offscreen) main window, on the training
connection (and on a saved profile whose earlier rows are suggested), and found in the
sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.platform import Outcome
from claimdesk.service.profiles import Profile
from claimdesk.service.workspace import Workspace, training_connection
from claimdesk.storage.outbox import NewClaim, Outbox
from claimdesk.ui.main_window import MainWindow
from tests.helpers.window import error_of, line, stored, submit, type_into, wait_for_outbox


@pytest.fixture
def window(qtbot: QtBot, sandbox: str) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.set_connections([training_connection(sandbox, "peak")])
    wait_for_outbox(qtbot, window)
    return window


def fill(qtbot: QtBot, window: MainWindow, **changes: str) -> None:
    values = {
        "product_id": "PROD-003",  # typed: Peak documents no list of products
        "location_id": "LOC-FR-001",
        "product_variant": "size:M",
        "sold_at": "2026-11-20T09:15:00Z",
        "sales_units": "3",
        "sales_value": "59.70",
        "return_units": "0",
        "return_value": "0",
        **changes,
    }
    for name, text in values.items():
        type_into(qtbot, window, name, text)


def table(url: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = requests.get(f"{url}/_sandbox/peak/rows", timeout=5).json()["rows"]
    return rows


def test_the_form_shows_the_sixteen_attributes(window: MainWindow) -> None:
    form = window.form
    assert form is not None
    assert window.target_label.text() == "Ob&ject:"  # Alt+O is the connection list's
    assert window.target_box.currentText().startswith("QP_SALE_EXTRA_OOTB")
    labels = [form.rows[n].label.text() for n in form.rows]
    assert len(labels) == 16
    assert labels[:4] == ["Product *", "Location *", "Variant *", "Sold at *"]
    assert "Customer ID" in labels  # nullable: not marked required


def test_one_row_entered_through_the_window_is_stored(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill(qtbot, window)
    result = submit(qtbot, window)
    assert result.outcome is Outcome.ACCEPTED, result.message
    qtbot.waitUntil(lambda: len(stored(sandbox, "peak")) == 1, timeout=10_000)
    [item] = stored(sandbox, "peak")
    record = item["record"]
    assert (record["product_id"], record["location_id"]) == ("PROD-003", "LOC-FR-001")
    assert record["sales_units"] == 3
    assert record["sales_value"] == 59.7
    assert record["returned_at"] is None
    assert "customer_id" in record
    assert table(sandbox) == [record]


def test_a_bad_value_is_shown_on_its_field_and_nothing_is_sent(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill(qtbot, window, sales_units="2.5", sold_at="2026-11-20T09:15:00")
    assert error_of(window, "sales_units") == "⚠ must be a whole number"
    assert "zone" in error_of(window, "sold_at")
    assert error_of(window, "sales_value") == ""
    with qtbot.assertNotEmitted(window.submitted, wait=200):  # nothing is sent
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert "Not sent" in window.banner.text()
    assert stored(sandbox, "peak") == []


@pytest.fixture
def shop(sandbox: str) -> Iterator[Workspace]:
    """A saved Peak profile whose outbox already holds two earlier rows."""
    workspace = Workspace()
    profile = Profile(
        name="Shop", platform="peak", url=sandbox, solution="QP_OOTB", prefix="QP_", suffix="_OOTB"
    )
    workspace.save_profile(profile, {"token": demo.PEAK_TOKEN})
    outbox = Outbox(workspace.database())
    for product, location in (("PROD-005", "LOC-UK-002"), ("PROD-007", "LOC-UK-002")):
        values = {"product_id": product, "location_id": location}
        outbox.enqueue(NewClaim("Shop", "peak", "QP_SALE_EXTRA_OOTB", "x", values, "", product))
    yield workspace
    workspace.close()


def test_earlier_rows_are_suggested_without_asking_peak(qtbot: QtBot, shop: Workspace) -> None:
    connection = shop.open_profile("Shop")
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=15_000):  # read on a worker
        window.set_connections([connection])
    completer = line(window, "product_id").completer()
    assert completer is not None
    model = completer.model()
    offered = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert offered == ["PROD-007", "PROD-005"]
    assert line(window, "location_id").completer() is not None

"""Claret claims entered through the real (offscreen) main window, against the sandbox."""

from __future__ import annotations

import datetime as dt
from unittest.mock import MagicMock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from claimdesk.connectors.claret import ClaretConnector, ClaretCredentials
from claimdesk.domain.claret import BETA_WARNING
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.claret import ClaretService
from claimdesk.service.platform import Outcome
from claimdesk.service.workspace import training_connection
from claimdesk.ui.main_window import MainWindow
from tests.helpers.window import error_of, line, stored, submit, type_into, wait_for_outbox

DEMO = ClaretCredentials(demo.CLARET_TENANT, demo.CLARET_TOKEN)
TODAY = dt.date.today().isoformat()


@pytest.fixture
def window(qtbot: QtBot, sandbox: str) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.use_service(ClaretService(ClaretConnector(sandbox, DEMO)), "test sandbox")
    wait_for_outbox(qtbot, window)
    return window


def tick_create_missing(qtbot: QtBot, window: MainWindow) -> None:
    assert window.form is not None
    box = window.form.rows["create_missing_item_customer_group"].editor.focus_widget()
    assert isinstance(box, QCheckBox)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()


def fill(qtbot: QtBot, window: MainWindow, **changes: str) -> None:
    values = {
        "sale_type_name": "History",
        "item_name": "Claret Reserve 75cl",
        "customer_group_name": "Northern Retail",
        "sell_date": TODAY,
        "timing_interval_name": "Weekly",
        "quantity": "24",
        **changes,
    }
    for name, text in values.items():
        type_into(qtbot, window, name, text)


def test_the_form_shows_the_arguments_and_one_row(window: MainWindow) -> None:
    form = window.form
    assert form is not None
    labels = [form.rows[n].label.text() for n in form.rows]
    assert labels == [
        "Sale type *",
        "Create missing items and customer groups",
        "Item *",
        "Customer group *",
        "Sell date *",
        "Timing interval *",
        "Quantity *",
    ]
    assert window.target_box.currentText() == "Sales (beta)"
    assert isinstance(
        form.rows["create_missing_item_customer_group"].editor.focus_widget(), QCheckBox
    )
    # Items and customer groups of recent sales are offered while typing.
    completer = line(window, "item_name").completer()
    assert completer is not None
    assert completer.model().rowCount() == 12


def test_beta_is_confirmed_once_then_two_claims_are_stored(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    confirm = MagicMock(return_value=True)
    window.confirm_warning = confirm  # type: ignore[method-assign]

    fill(qtbot, window)
    first = submit(qtbot, window)
    assert first.outcome is Outcome.ACCEPTED, first.message
    assert "Accepted by Claret (beta)" in window.banner.text()
    # Ready for the next claim: item and quantity emptied, the rest kept.
    assert line(window, "item_name").text() == ""
    assert line(window, "quantity").text() == ""
    assert line(window, "customer_group_name").text() == "Northern Retail"

    fill(qtbot, window, item_name="Merlot House 75cl", quantity="6")
    second = submit(qtbot, window)
    assert second.outcome is Outcome.ACCEPTED, second.message

    confirm.assert_called_once_with(BETA_WARNING)
    records = stored(sandbox, "claret")
    assert [r["record"] for r in records] == [
        {
            "item_name": "Claret Reserve 75cl",
            "customer_group_name": "Northern Retail",
            "sell_date": TODAY,
            "timing_interval_name": "Weekly",
            "quantity": 24,
        },
        {
            "item_name": "Merlot House 75cl",
            "customer_group_name": "Northern Retail",
            "sell_date": TODAY,
            "timing_interval_name": "Weekly",
            "quantity": 6,
        },
    ]
    assert {r["tenant"] for r in records} == {"demo"}
    assert [r["arguments"] for r in records] == [
        {"sale_type_name": "History", "create_missing_item_customer_group": 0}
    ] * 2
    assert [str(r["id"]) for r in records] == [*first.claim_ids, *second.claim_ids]


def test_declining_the_beta_warning_sends_nothing_and_keeps_the_claim(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    confirm = MagicMock(return_value=False)
    window.confirm_warning = confirm  # type: ignore[method-assign]
    fill(qtbot, window)

    with qtbot.assertNotEmitted(window.submitted, wait=300):
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)

    confirm.assert_called_once_with(BETA_WARNING)
    assert "Not sent" in window.banner.text()
    assert line(window, "item_name").text() == "Claret Reserve 75cl"
    assert stored(sandbox, "claret") == []


def test_a_local_rule_blocks_the_send_before_any_warning(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    confirm = MagicMock(return_value=True)
    window.confirm_warning = confirm  # type: ignore[method-assign]
    fill(qtbot, window, quantity="2.5")
    assert error_of(window, "quantity") == "⚠ must be a whole number from 0 to 1,000,000"

    with qtbot.assertNotEmitted(window.submitted, wait=200):
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)

    confirm.assert_not_called()
    assert "Not sent" in window.banner.text()
    assert stored(sandbox, "claret") == []


def test_an_unknown_item_is_refused_on_its_field_then_created_when_ticked(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    window.confirm_warning = MagicMock(return_value=True)  # type: ignore[method-assign]
    fill(qtbot, window, item_name="Sauternes 37.5cl")

    refused = submit(qtbot, window)
    assert refused.outcome is Outcome.REJECTED
    assert error_of(window, "item_name").startswith("⚠ “Sauternes 37.5cl” is not an item in Claret")
    assert line(window, "item_name").text() == "Sauternes 37.5cl"
    assert stored(sandbox, "claret") == []

    tick_create_missing(qtbot, window)
    accepted = submit(qtbot, window)
    assert accepted.outcome is Outcome.ACCEPTED, accepted.message
    assert "Claret created item “Sauternes 37.5cl”" in window.banner.text()
    [record] = stored(sandbox, "claret")
    assert record["arguments"]["create_missing_item_customer_group"] == 1


def test_the_training_connection_reaches_the_claret_sandbox(qtbot: QtBot, sandbox: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    connection = training_connection(sandbox, "claret")
    assert connection.name == "Training · Claret"
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.set_connections([connection])
    wait_for_outbox(qtbot, window)
    assert window.target_label.text() == "&Data:"

    confirm = MagicMock(return_value=True)
    window.confirm_warning = confirm  # type: ignore[method-assign]
    fill(qtbot, window, sale_type_name="Forecast", timing_interval_name="Monthly")
    result = submit(qtbot, window)

    assert result.outcome is Outcome.ACCEPTED, result.message
    confirm.assert_called_once()
    [record] = stored(sandbox, "claret")
    assert record["arguments"]["sale_type_name"] == "Forecast"

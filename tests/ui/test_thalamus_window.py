"""Thalamus sales entered through the real (offscreen) main window, against the sandbox."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimdesk.connectors.thalamus import ThalamusConnector, ThalamusCredentials
from claimdesk.domain.thalamus import BOTH_MESSAGE, PRINCIPAL_MESSAGE, SENT_MESSAGE
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.platform import Outcome
from claimdesk.service.thalamus import ThalamusService
from claimdesk.ui.main_window import MainWindow
from tests.helpers.window import error_of, line, stored, submit, type_into

DEMO = ThalamusCredentials(
    demo.THALAMUS_TOUCHPOINT,
    demo.THALAMUS_API_TOKEN,
    demo.THALAMUS_PRINCIPAL,
    demo.THALAMUS_PASSWORD,
)
TODAY = dt.date.today().isoformat()


@pytest.fixture
def window(qtbot: QtBot, sandbox: str) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.use_service(ThalamusService(ThalamusConnector(sandbox, DEMO)), "test sandbox")
    return window


def fill_valid(qtbot: QtBot, window: MainWindow) -> None:
    for name, text in (
        ("credentialPrincipal", "22222222"),
        ("saleDate", TODAY),
        ("partnerSkuCode", "pa6_termo"),
        ("quantity", "4"),
        ("amount", "43912.40"),
        ("currency", "USD"),
        ("description1", "Entered in ClaimDesk"),
    ):
        type_into(qtbot, window, name, text)


def test_the_form_shows_the_sale_fields(window: MainWindow) -> None:
    form = window.form
    assert form is not None
    assert window.target_label.text() == "To&uchpoint:"  # Alt+T is the Tools menu's
    assert window.target_box.currentData() == demo.THALAMUS_TOUCHPOINT
    labels = [form.rows[n].label.text() for n in form.rows]
    assert labels[:11] == [
        "Customer (credential principal) *",
        "Sale date *",
        "Partner SKU code",
        "Legacy SKU key",
        "Legacy SKU code",
        "Quantity *",
        "Amount *",
        "Currency",
        "Transaction ID",
        "Sales origin",
        "Vendor ID",
    ]
    assert labels[-1] == "Description 10"
    completer = line(window, "partnerSkuCode").completer()
    assert completer is not None
    assert any(
        "pa6_termo" in completer.model().index(row, 0).data()
        for row in range(completer.model().rowCount())
    )


def test_one_sale_with_a_generated_transaction_id_reaches_thalamus(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill_valid(qtbot, window)
    assert line(window, "transactionId").text() == ""
    result = submit(qtbot, window)
    assert result.outcome is Outcome.ACCEPTED, result.message
    [transaction_id] = result.claim_ids
    assert transaction_id.startswith("CD-")
    assert transaction_id in window.banner.text()
    [sale] = stored(sandbox, "thalamus")
    assert sale["sale"] == {
        "credentialPrincipal": "22222222",
        "saleDate": TODAY,
        "partnerSkuCode": "pa6_termo",
        "quantity": 4,
        "amount": 43912.4,
        "currency": "USD",
        "transactionId": transaction_id,
        "description1": "Entered in ClaimDesk",
    }
    # Ready for the next sale: the customer, date and currency kept, the rest emptied.
    assert line(window, "credentialPrincipal").text() == "22222222"
    assert line(window, "currency").text() == "USD"
    assert line(window, "partnerSkuCode").text() == ""
    assert line(window, "transactionId").text() == ""


def test_both_ways_of_naming_the_product_is_explained_and_not_sent(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window, "skuCodeKey", "EAN")
    assert error_of(window, "partnerSkuCode") == f"⚠ {BOTH_MESSAGE}"
    with qtbot.assertNotEmitted(window.submitted, wait=200):
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert "Not sent" in window.banner.text()
    assert stored(sandbox, "thalamus") == []
    type_into(qtbot, window, "skuCodeKey", "")
    assert error_of(window, "partnerSkuCode") == ""


def test_thalamus_refusal_lands_on_the_customer_field(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window, "credentialPrincipal", "33333333")
    result = submit(qtbot, window)
    assert result.outcome is Outcome.REJECTED
    assert error_of(window, "credentialPrincipal") == f"⚠ {PRINCIPAL_MESSAGE}"
    assert line(window, "credentialPrincipal").text() == "33333333"  # kept to correct
    assert line(window, "quantity").text() == "4"
    assert stored(sandbox, "thalamus") == []


def test_a_typed_transaction_id_already_sent_is_flagged_on_its_field(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window, "transactionId", "INV-2026-7")
    assert submit(qtbot, window).outcome is Outcome.ACCEPTED
    fill_valid(qtbot, window)
    type_into(qtbot, window, "transactionId", "INV-2026-7")
    assert error_of(window, "transactionId") == f"⚠ {SENT_MESSAGE}"
    with qtbot.assertNotEmitted(window.submitted, wait=200):
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert len(stored(sandbox, "thalamus")) == 1


def test_training_mode_offers_thalamus(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=20_000):
        qtbot.mouseClick(window.training_button, Qt.MouseButton.LeftButton)
    url = window.workspace.training_url
    assert url is not None
    with qtbot.waitSignal(window.form_ready, timeout=20_000):
        window.select_connection("Training · Thalamus")
    fill_valid(qtbot, window)
    result = submit(qtbot, window)
    assert result.outcome is Outcome.ACCEPTED, result.message
    [sale] = stored(url, "thalamus")
    assert sale["sale"]["transactionId"] == result.claim_ids[0]
    window.close()
    QApplication.processEvents()

"""The claim window in a real (offscreen) Qt window against the sandbox over HTTP."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.myrewards import MyRewardsService
from claimdesk.service.platform import Outcome
from claimdesk.ui.main_window import MainWindow
from tests.helpers.window import error_of, line, stored, submit, type_into

DEMO = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)
TODAY = dt.date.today().isoformat()


def open_window(qtbot: QtBot, url: str) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.use_service(MyRewardsService(MyRewardsConnector(url, DEMO)), "test sandbox")
    qtbot.waitUntil(lambda: bool(window.outbox_sender.services), timeout=10_000)
    return window


@pytest.fixture
def window(qtbot: QtBot, sandbox: str) -> MainWindow:
    window = open_window(qtbot, sandbox)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.select_promotion(36)
    return window


def fill_valid(qtbot: QtBot, window: MainWindow) -> None:
    assert window.form is not None
    combo = window.form.rows["customer_name"].editor.focus_widget()
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    combo.setCurrentIndex(0)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Bob
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Harry
    assert combo.currentText() == "Harry"
    for name, text in (
        ("sale_date", TODAY),
        ("invoice_date", TODAY),
        ("product_or_activity_ref", "BOIL-100"),
        ("quantity", "3"),
        ("value_of_sale", "1250.50"),
        ("username", "demo.rep"),
    ):
        type_into(qtbot, window, name, text)


def test_promotion_36_form_follows_the_schema(window: MainWindow) -> None:
    form = window.form
    assert form is not None
    labels = [form.rows[n].label.text() for n in form.rows]
    assert labels == [
        "Sale date *",
        "Customer name",
        "Invoice date *",
        "Product or Activity Ref *",
        "Quantity *",
        "Value of sale *",
        "Username *",
        "Returns identifier",  # offered, optional until the server asks for it
    ]
    assert isinstance(form.rows["customer_name"].editor.focus_widget(), QComboBox)
    # Tab order follows position.
    first = form.rows["sale_date"].editor.focus_widget()
    first.setFocus()
    order = [first]
    for _ in range(len(form.rows) - 1):
        order.append(order[-1].nextInFocusChain())
        while not order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            order[-1] = order[-1].nextInFocusChain()
    assert order == [form.rows[n].editor.focus_widget() for n in form.rows]
    for name, row in form.rows.items():
        assert row.editor.focus_widget().accessibleName(), name


def test_rule_violation_shows_on_the_field_then_fix_submit_and_store(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window, "quantity", "0")
    assert error_of(window, "quantity") == "⚠ must be a whole number from 1 to 1,000,000"
    assert error_of(window, "value_of_sale") == ""
    assert "—" in window.points_label.text()

    with qtbot.assertNotEmitted(window.submitted, wait=200):  # nothing is sent
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert "Not sent" in window.banner.text()
    assert stored(sandbox) == []

    type_into(qtbot, window, "quantity", "3")
    assert error_of(window, "quantity") == ""
    assert window.points_label.text().startswith("Estimated points: ")
    estimate = int(window.points_label.text().rsplit(" ", 1)[1])

    result = submit(qtbot, window)
    assert result.outcome is Outcome.ACCEPTED, result.message
    assert result.points == estimate
    assert "Accepted" in window.banner.text()
    [claim] = stored(sandbox)
    assert claim["promotion_id"] == 36
    assert claim["record"] == {
        "sale_date": TODAY,
        "customer_name": "Harry",
        "invoice_date": TODAY,
        "product_or_activity_ref": "BOIL-100",
        "quantity": 3,
        "value_of_sale": 1250.5,
        "username": "demo.rep",
    }
    # Ready for the next claim: product emptied, sale date and user kept.
    assert line(window, "product_or_activity_ref").text() == ""
    assert line(window, "username").text() == "demo.rep"


def test_submit_with_missing_fields_marks_each_one(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    for name in (
        "sale_date",
        "invoice_date",
        "product_or_activity_ref",
        "quantity",
        "value_of_sale",
        "username",
    ):
        assert error_of(window, name) == "⚠ is required", name
    assert error_of(window, "customer_name") == ""
    assert "Not sent" in window.banner.text()


def test_inactive_sku_is_explained_on_its_field(qtbot: QtBot, window: MainWindow) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window, "product_or_activity_ref", "NO-SUCH-SKU")
    assert "is not a reward point of this promotion" in error_of(window, "product_or_activity_ref")


def test_server_reason_is_mapped_to_the_field_and_input_kept(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window, "username", "nobody.at.all")
    result = submit(qtbot, window)
    assert result.outcome is Outcome.NOT_EARNING
    assert "User not found" in error_of(window, "username")
    assert "earns no points" in window.banner.text()
    assert line(window, "username").text() == "nobody.at.all"
    assert line(window, "quantity").text() == "3"


def outbox_claims(window: MainWindow) -> list:
    return [
        c for service in window.outbox_sender.services.values() for c in service.outbox.claims()
    ]


def test_server_failure_queues_the_claim_and_sends_it_later_by_itself(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill_valid(qtbot, window)
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={
            "platform": "myrewards",
            "method": "POST",
            "status": 503,
            "retry_after": 1,
            "times": 1,
        },
        timeout=5,
    ).raise_for_status()
    result = submit(qtbot, window)
    assert result.outcome is Outcome.FAILED
    assert "Queued as claim #" in window.banner.text()
    assert "503" in window.banner.text()
    assert "Will send when online" in window.banner.text()
    assert stored(sandbox) == []
    [claim] = outbox_claims(window)
    assert claim.values["product_or_activity_ref"] == "BOIL-100"  # nothing typed is lost
    assert claim.state.value == "queued"
    qtbot.waitUntil(lambda: len(stored(sandbox)) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: outbox_claims(window)[0].state.value == "accepted", timeout=10_000)
    qtbot.waitUntil(lambda: "0 queued" in window.badge.text(), timeout=10_000)


def test_claim_entered_offline_is_sent_when_the_server_returns(qtbot: QtBot) -> None:
    from claimdesk.sandbox.server import SandboxServer

    first = SandboxServer()
    first.start()
    port = first.port
    window = open_window(qtbot, first.base_url)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.select_promotion(36)
    fill_valid(qtbot, window)
    first.stop()
    result = submit(qtbot, window)
    assert result.outcome is Outcome.FAILED
    assert "nothing was sent" in window.banner.text()
    assert "Will send when online" in window.banner.text()
    assert [c.state.value for c in outbox_claims(window)] == ["queued"]
    second = SandboxServer(port=port)
    second.start()
    try:
        qtbot.waitUntil(lambda: outbox_claims(window)[0].state.value == "accepted", timeout=30_000)
        assert len(stored(second.base_url)) == 1
    finally:
        window.close()
        second.stop()


def test_training_mode_starts_its_own_sandbox(qtbot: QtBot, claimdesk_home: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=20_000):
        qtbot.mouseClick(window.training_button, Qt.MouseButton.LeftButton)
    url = window.workspace.training_url
    assert url is not None
    assert url.startswith("http://127.0.0.1:")
    assert window.training_badge.isVisible()
    assert [c.name for c in window.connections] == [
        "Training · MyRewards",
        "Training · Claret",
        "Training · Peak",
        "Training · Thalamus",
    ]
    # The demo connections live in memory: the user's own profiles are not touched.
    assert not (claimdesk_home / "config" / "profiles.json").exists()
    assert window.target_box.count() >= 3
    window.close()
    assert window.workspace.training_url is None  # the window's workspace closed with it
    QApplication.processEvents()


def test_window_keeps_handling_events_while_the_platform_is_slow(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    from PySide6.QtCore import QTimer

    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={
            "platform": "myrewards",
            "method": "GET",
            "latency_ms": 1500,
            "times": 0,
        },
        timeout=5,
    ).raise_for_status()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    with qtbot.waitSignal(window.form_ready, timeout=20_000):
        window.reload()
        qtbot.wait(600)
        assert len(ticks) >= 4  # the event loop ran while the load waited on the network
        type_into(qtbot, window, "username", "still.typing")
    timer.stop()
    assert line(window, "username").text() == "still.typing"  # kept across the reload


def test_offline_start_uses_the_cached_form_and_queues(qtbot: QtBot) -> None:
    from claimdesk.sandbox.server import SandboxServer

    server = SandboxServer()
    server.start()
    window = open_window(qtbot, server.base_url)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.select_promotion(36)
    window.close()
    server.stop()
    # The next start, with the platform away: the form comes from the cache.
    again = open_window(qtbot, server.base_url)
    with qtbot.waitSignal(again.form_ready, timeout=15_000):
        again.select_promotion(36)
    assert "Offline: this form uses what the platform sent at" in again.banner.text()
    fill_valid(qtbot, again)
    result = submit(qtbot, again)
    assert result.outcome is Outcome.FAILED
    assert [c.state.value for c in outbox_claims(again)] == ["queued"]


def test_a_list_that_cannot_load_is_said_and_signalled(qtbot: QtBot, sandbox: str) -> None:
    """``--quit-when-ready`` (IT's and the package test's check) stops on this signal
    instead of waiting for a form that will not come."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    wrong = MyRewardsCredentials("not-a-key", "not-a-secret")
    with qtbot.waitSignal(window.load_failed, timeout=15_000) as blocker:
        window.use_service(MyRewardsService(MyRewardsConnector(sandbox, wrong)), "test")
    assert blocker.args[0]  # the reason, in words
    # A refused login: F5 cannot help, the connection's credentials can (issue 19).
    assert "F5" not in window.empty_label.text()
    assert "then save the connection" in window.empty_label.text()
    assert window.welcome.edit_connection_button.isVisibleTo(window)


def test_an_edited_secret_takes_effect_at_once(qtbot: QtBot, sandbox: str) -> None:
    """Connections belong to the workspace, tied to their profile: saving the profile with
    a new secret (as the profiles dialog does) reopens its connection, no restart."""
    from claimdesk.service.profiles import Profile

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    profile = Profile(name="Work", platform="myrewards", url=sandbox, api_key=DEMO.api_key)
    window.workspace.save_profile(profile, {"secret_key": "not-the-secret"})
    with qtbot.waitSignal(window.load_failed, timeout=15_000):
        window.load_profiles()
    assert window.connection_name == "Work"
    first = window.current_connection
    window.workspace.save_profile(profile, {"secret_key": DEMO.secret_key})
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.load_profiles()  # what the dialog's profiles_changed does
    assert window.current_connection is not first
    assert window.connection_state.text() == "✔ Connected"


def test_a_quantity_below_the_reward_points_is_a_note_not_an_error(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window, "product_or_activity_ref", "BOIL-110")  # earns per 2
    type_into(qtbot, window, "quantity", "1")
    assert error_of(window, "quantity") == ""
    assert window.points_label.text() == "Estimated points: 0"
    assert window.claim_page.points_note.text() == (
        "counts toward the minimum of 2; earns 0 points until reached"
    )
    result = submit(qtbot, window)
    assert result.outcome is Outcome.ACCEPTED, result.message
    assert [c["record"]["quantity"] for c in stored(sandbox)] == [1]


def test_promotions_that_take_no_sales_data_are_listed_as_not_available(
    window: MainWindow,
) -> None:
    items = [window.target_box.itemText(i) for i in range(window.target_box.count())]
    [installer] = [t for t in items if "#4" in t]
    assert installer == (
        "Installer Loyalty — #4 — not available: self claim promotions do not take sales "
        "data; only data upload promotions do"
    )
    assert items[0].startswith("Autumn Boiler Bonus — #36")  # what can be used comes first


def test_choosing_a_promotion_that_takes_no_sales_data_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_promotion(4)
    qtbot.waitUntil(lambda: "is not available" in window.empty_label.text(), timeout=15_000)
    assert "self claim promotions do not take sales data" in window.empty_label.text()


def test_the_servers_request_for_a_returns_identifier_shows_on_the_field(
    qtbot: QtBot, window: MainWindow, sandbox: str
) -> None:
    from tests.helpers.variants import use_variants

    use_variants(sandbox, "myrewards-returns")
    fill_valid(qtbot, window)
    assert window.form is not None
    assert window.form.rows["returns_identifier"].label.text() == "Returns identifier"

    result = submit(qtbot, window)

    assert result.outcome is Outcome.REJECTED
    qtbot.waitUntil(
        lambda: (
            window.form is not None
            and window.form.rows["returns_identifier"].label.text() == "Returns identifier *"
        ),
        timeout=15_000,
    )
    # The server's words, on the field, now required.
    assert error_of(window, "returns_identifier") == "⚠ Please complete this field"
    assert stored(sandbox) == []
    type_into(qtbot, window, "returns_identifier", "RET-5")
    assert submit(qtbot, window).outcome is Outcome.ACCEPTED
    assert stored(sandbox)[0]["record"]["returns_identifier"] == "RET-5"

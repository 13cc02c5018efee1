""" "Copy details": an error banner, a failed connection test and a claim's attempts in the
outbox each put a plain-text block for support on the clipboard — the time, the platform,
the connection, what was sent, the status, the server's words, ClaimDesk's version, and no
secret."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from claimdesk import __version__
from claimdesk.service.details import DetailsContext
from claimdesk.ui.banner import Banner
from claimdesk.ui.outbox_view import OutboxDialog
from claimdesk.ui.profiles_dialog import ProfilesDialog
from tests.ui.test_claim_window import fill_valid, submit
from tests.ui.test_outbox_view import fault, window_on_36
from tests.ui.test_profiles_dialog import ThreadsSeen, fill_myrewards


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def test_an_error_banner_offers_copy_details(qtbot: QtBot) -> None:
    window = QWidget()
    window.setWindowTitle("Reward points — North")
    banner = Banner(window)
    QVBoxLayout(window).addWidget(banner)
    qtbot.addWidget(window)
    window.show()
    banner.context = DetailsContext(platform="MyRewards", connection="North")
    banner.say("info", "Loading…")
    assert banner.copy_button is None or not banner.copy_button.isVisible()
    banner.say("error", "The server had a problem (HTTP 500). Try again in a moment.")
    assert banner.copy_button is not None
    assert banner.copy_button.isVisible()
    qtbot.mouseClick(banner.copy_button, Qt.MouseButton.LeftButton)
    text = clipboard()
    assert text.startswith(f"ClaimDesk {__version__} — details\nTime: ")
    assert "What: Reward points — North\n" in text
    assert "Platform: MyRewards\nConnection: North\n" in text
    assert "Message: The server had a problem (HTTP 500)." in text
    banner.say("success", "Saved.")
    assert not banner.copy_button.isVisible()


def test_a_rejected_claim_copies_its_details_from_the_banner_and_the_outbox(
    qtbot: QtBot, sandbox: str
) -> None:
    window = window_on_36(qtbot, sandbox)
    fault(sandbox, status=422, times=1)
    fill_valid(qtbot, window)
    result = submit(qtbot, window)
    assert result.outcome.value == "rejected"
    button = window.claim_page.banner.copy_button
    assert button is not None
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    text = clipboard()
    assert f"ClaimDesk {__version__} — details" in text
    assert "Platform: MyRewards" in text
    assert "Status: HTTP 422" in text
    assert "Sent:\n" in text
    assert "1250.50" in text
    assert "demo-secret" not in text

    window.open_outbox()
    dialog = window.outbox_dialog
    assert isinstance(dialog, OutboxDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert not dialog.copy_button.isEnabled()  # nothing selected
    with qtbot.waitSignal(dialog.details_shown, timeout=5_000):
        dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.details_copied, timeout=5_000):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = clipboard()
    assert text.startswith(f"ClaimDesk {__version__} — details\n")
    assert "Platform: MyRewards" in text
    assert "(rejected)" in text
    assert "Attempts (1):\n  1. " in text
    assert "rejected, HTTP 422" in text
    assert "value_of_sale: 1250.50" in text
    assert "demo-secret" not in text


def test_a_failed_connection_test_copies_its_details(
    qtbot: QtBot, sandbox: str, tmp_path: object
) -> None:
    from pathlib import Path

    workspace = ThreadsSeen(Path(str(tmp_path)) / "profiles.json")
    dialog = ProfilesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.runner.busy)
    fill_myrewards(qtbot, dialog, sandbox, "wrong-one-4242")
    assert not dialog.copy_button.isVisible()
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as tested:
        dialog.test_connection()
    assert tested.args[0] is False
    assert dialog.copy_button.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = clipboard()
    assert text.startswith(f"ClaimDesk {__version__} — details\n")
    assert "What: Test connection\n" in text
    assert "Platform: MyRewards\nConnection: Acme\n" in text
    assert f"Address: {sandbox}\n" in text
    assert "Setting api_key: •••\n" in text  # a key by its name: blanked all the same
    assert "Status: HTTP 401\n" in text
    assert "Message: MyRewards refused the API key and secret key (HTTP 401)" in text
    assert "The server's words: " in text
    assert "secret key (not shown)" in text
    assert "wrong-one-4242" not in text

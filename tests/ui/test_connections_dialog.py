"""Issue 19, item 6: the Connections dialog opens on the window's connection, saving after a
failed test asks first (and untested address or credentials are said to be untested), a
refused login offers "Edit connection…" instead of F5, and no pydantic wording reaches the
screen. Real windows, the real sandbox, real files and an in-memory keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from claimdesk.service.platforms import PLATFORM_KEYS
from claimdesk.service.profiles import Profile, ProfileStore
from claimdesk.service.workspace import Workspace
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.profiles_dialog import ProfilesDialog
from tests.helpers.window import stored, submit, wait_for_outbox
from tests.ui.test_claim_window import fill_valid
from tests.ui.test_window_keys import mnemonics

RAW = ("String should", "Value error", "Input should", "[type=", "settings.", "url: ")


ANSWERING: list[bool] = []  # the pending answer's "still wanted" flag (see the fixture)


@pytest.fixture(autouse=True)
def no_answer_outlives_its_test() -> Iterator[None]:
    yield
    for index in range(len(ANSWERING)):
        ANSWERING[index] = False


def answer_box(button: str, seen: list[str]) -> None:
    """Click ``button`` of the next message box once it is up (it runs its own loop)."""
    ANSWERING[:] = [True]

    def answer() -> None:
        if not ANSWERING[0]:
            return  # the test ended without the box
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        [wanted] = [b for b in box.buttons() if b.text().replace("&", "") == button]
        wanted.click()

    QTimer.singleShot(0, answer)


def myrewards(name: str, url: str) -> Profile:
    return Profile(name=name, platform="myrewards", url=url, api_key="demo-key")


@pytest.fixture
def two_profiles(sandbox: str) -> str:
    """Acme and Beta saved in the user's config (the window's default workspace)."""
    store = ProfileStore()
    store.save(myrewards("Acme", sandbox), {"secret_key": "demo-secret"})
    store.save(myrewards("Beta", sandbox), {"secret_key": "demo-secret"})
    return sandbox


def opened_window(qtbot: QtBot, connections: int) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load_profiles()
    qtbot.waitUntil(lambda: window.connection_box.count() == connections, timeout=20_000)
    return window


def open_dialog(qtbot: QtBot, window: MainWindow, opener: Callable[[], None]) -> ProfilesDialog:
    opener()
    dialog = window.profiles_dialog
    qtbot.waitUntil(lambda: not dialog.runner.busy and dialog.list.count() > 0, timeout=10_000)
    return dialog


# --- 1. the dialog opens on the current connection -------------------------------------------


def test_connections_opens_on_the_connection_the_window_works_with(
    qtbot: QtBot, two_profiles: str
) -> None:
    window = opened_window(qtbot, 2)
    with qtbot.waitSignal(window.targets_loaded, timeout=20_000):
        window.select_connection("Beta")
    dialog = open_dialog(qtbot, window, window.open_profiles)
    assert dialog.editing == "Beta"
    assert dialog.name_edit.text() == "Beta"
    assert dialog.list.currentItem().text().startswith("Beta")
    assert dialog.url_edit.text() == two_profiles
    assert dialog.status.text() == ""  # no error on opening
    dialog.close()


def test_in_training_mode_connections_opens_on_a_profile_and_says_why(
    qtbot: QtBot, two_profiles: str
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.start_training()
    qtbot.waitUntil(lambda: window.connection_box.count() >= 4, timeout=30_000)
    assert window.current_connection is not None
    assert window.current_connection.profile is None
    dialog = open_dialog(qtbot, window, window.open_profiles)
    assert dialog.editing == "Acme"  # the first profile, not a blank form
    assert dialog.name_edit.text() == "Acme"
    assert "Training mode's connections are built in" in dialog.status.text()
    assert "✖" not in dialog.status.text()


def test_in_training_mode_without_profiles_connections_offers_a_new_one(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.start_training()
    qtbot.waitUntil(lambda: window.connection_box.count() >= 4, timeout=30_000)
    window.open_profiles()
    dialog = window.profiles_dialog
    qtbot.waitUntil(lambda: "Training mode's" in dialog.status.text(), timeout=10_000)
    assert dialog.editing is None
    assert dialog.list.count() == 0


# --- 2. saving after a failed test asks; untested changes are said to be untested -------------


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> ProfilesDialog:
    workspace = Workspace(tmp_path / "data", ProfileStore(tmp_path / "profiles.json"))
    dialog = ProfilesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.runner.busy)
    yield dialog
    workspace.close()


def test_connection(qtbot: QtBot, dialog: ProfilesDialog) -> tuple[bool, str]:
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    return bool(tested.args[0]), str(tested.args[1])


test_connection.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def click_save(qtbot: QtBot, dialog: ProfilesDialog) -> str:
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args[0] is True, done.args[1]
    return str(done.args[1])


def test_saving_after_a_failed_test_asks_first(
    qtbot: QtBot, dialog: ProfilesDialog, sandbox: str
) -> None:
    secret = dialog.setting_edits[("myrewards", "secret_key")]
    qtbot.keyClicks(dialog.name_edit, "Acme")
    qtbot.keyClicks(dialog.url_edit, sandbox)
    qtbot.keyClicks(dialog.setting_edits[("myrewards", "api_key")], "demo-key")
    qtbot.keyClicks(secret, "wrong-secret-55")
    ok, said = test_connection(qtbot, dialog)
    assert not ok
    assert "HTTP 401" in said

    # Cancel: nothing is saved, and the form keeps what was typed.
    seen: list[str] = []
    answer_box("Cancel", seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [question] = seen
    assert question.startswith("The last test failed: MyRewards refused the API key")
    assert question.endswith("Save anyway?")
    assert "wrong-secret-55" not in question
    assert "Not saved" in dialog.status.text()
    assert dialog.workspace.store.list() == []
    assert secret.text() == "wrong-secret-55"

    # Save anyway: saved.
    answer_box("Save anyway", seen)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args[0] is True
    assert len(seen) == 2
    assert [p.name for p in dialog.workspace.store.list()] == ["Acme"]

    # A test that passes, then a save: no question, no "not tested".
    qtbot.keyClicks(secret, "demo-secret")
    ok, said = test_connection(qtbot, dialog)
    assert ok, said
    said = click_save(qtbot, dialog)
    assert "not tested" not in said
    assert len(seen) == 2


def test_saving_untested_credentials_says_they_are_not_tested(
    qtbot: QtBot, dialog: ProfilesDialog, sandbox: str
) -> None:
    qtbot.keyClicks(dialog.name_edit, "Acme")
    qtbot.keyClicks(dialog.url_edit, sandbox)
    qtbot.keyClicks(dialog.setting_edits[("myrewards", "api_key")], "demo-key")
    qtbot.keyClicks(dialog.setting_edits[("myrewards", "secret_key")], "demo-secret")
    said = click_save(qtbot, dialog)
    assert "Saved Acme" in said
    assert "not tested: press Test connection" in said
    assert dialog.test_button.hasFocus()

    # Renamed only: nothing a test proves changed.
    dialog.name_edit.setText("Acme North")
    assert "not tested" not in click_save(qtbot, dialog)

    # A new secret typed and not tested.
    qtbot.keyClicks(dialog.setting_edits[("myrewards", "secret_key")], "another-secret")
    assert "not tested" in click_save(qtbot, dialog)


# --- 3. a refused login offers "Edit connection…" instead of "Press F5" ----------------------


def test_a_refused_login_while_loading_offers_edit_connection(qtbot: QtBot, sandbox: str) -> None:
    ProfileStore().save(myrewards("Acme", sandbox), {"secret_key": "wrong-secret-71"})
    window = opened_window(qtbot, 1)
    qtbot.waitUntil(lambda: window.welcome.edit_connection_button.isVisibleTo(window))
    text = window.empty_label.text()
    assert "HTTP 401" in text
    assert "F5" not in text
    assert "then save the connection: the form loads again" in text
    assert "wrong-secret-71" not in text
    assert "Credentials refused" in window.connection_state.text()
    assert not {k: v for k, v in mnemonics(window).items() if len(v) > 1}  # Alt+I is free

    dialog = open_dialog(qtbot, window, window.welcome.edit_connection_button.click)
    assert dialog.editing == "Acme"
    qtbot.keyClicks(dialog.setting_edits[("myrewards", "secret_key")], "demo-secret")
    with qtbot.waitSignal(window.form_ready, timeout=20_000):
        click_save(qtbot, dialog)
    assert not window.welcome.edit_connection_button.isVisibleTo(window)


def test_a_refused_send_offers_edit_connection_and_the_save_sends_it(
    qtbot: QtBot, sandbox: str
) -> None:
    """The platform refuses the permission (403) when the claim goes; the admin grants it;
    the rep opens the connection from the banner, tests and saves: the claim goes at once."""
    ProfileStore().save(myrewards("Acme", sandbox), {"secret_key": "demo-secret"})
    window = opened_window(qtbot, 1)
    qtbot.waitUntil(lambda: window.current is not None, timeout=20_000)
    with qtbot.waitSignal(window.form_ready, timeout=20_000):
        window.select_promotion(36)
    wait_for_outbox(qtbot, window)
    fill_valid(qtbot, window)
    fault = {"platform": "myrewards", "method": "POST", "status": 403, "times": 0}
    requests.post(f"{sandbox}/_sandbox/faults", json=fault, timeout=5).raise_for_status()
    submit(qtbot, window)
    banner = window.banner.text()
    assert "Queued as claim #" in banner
    assert "403" in banner
    assert "then save the connection: the claim goes at once" in banner
    assert window.claim_page.edit_connection_button.isVisibleTo(window)
    assert not {k: v for k, v in mnemonics(window).items() if len(v) > 1}

    requests.delete(f"{sandbox}/_sandbox/faults", timeout=5).raise_for_status()  # granted
    dialog = open_dialog(qtbot, window, window.claim_page.edit_connection_button.click)
    assert dialog.editing == "Acme"
    ok, said = test_connection(qtbot, dialog)
    assert ok, said
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(stored(sandbox)) == 1, timeout=20_000)


def test_a_refused_background_send_offers_edit_connection(qtbot: QtBot, sandbox: str) -> None:
    """Queued while the platform was down (503); its retry in the background meets a
    refused permission (403): the banner says so and offers Edit connection…"""
    ProfileStore().save(myrewards("Acme", sandbox), {"secret_key": "demo-secret"})
    window = opened_window(qtbot, 1)
    qtbot.waitUntil(lambda: window.current is not None, timeout=20_000)
    with qtbot.waitSignal(window.form_ready, timeout=20_000):
        window.select_promotion(36)
    wait_for_outbox(qtbot, window)
    fill_valid(qtbot, window)
    for fault in (
        {"platform": "myrewards", "method": "POST", "status": 503, "retry_after": 1},
        {"platform": "myrewards", "method": "POST", "status": 403, "times": 0},
    ):
        requests.post(f"{sandbox}/_sandbox/faults", json=fault, timeout=5).raise_for_status()
    submit(qtbot, window)
    assert "Will send when online" in window.banner.text()
    assert not window.claim_page.edit_connection_button.isVisibleTo(window)
    qtbot.waitUntil(
        lambda: window.claim_page.edit_connection_button.isVisibleTo(window), timeout=30_000
    )
    banner = window.banner.text()
    assert "Claim #1 is waiting" in banner
    assert "HTTP 403" in banner
    assert stored(sandbox) == []


# --- 4. no pydantic wording on the screen ------------------------------------------------------


def test_a_blank_form_is_explained_in_sentences(qtbot: QtBot, dialog: ProfilesDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = dialog.status.text()
    assert "Give the connection a name." in text
    assert "Address: enter the platform's web address" in text
    assert not any(raw in text for raw in RAW), text
    assert dialog.name_edit.hasFocus()
    ok, said = test_connection(qtbot, dialog)
    assert not ok
    assert "Give the connection a name." in said
    assert not any(raw in said for raw in RAW), said


MISSING = {
    "myrewards": "API key: MyRewards needs it.",
    "claret": "Tenant: Claret needs it.",
    "peak": "Solution name: Peak needs it.",
    "thalamus": "Touchpoint code: Thalamus needs it. Partner principal: Thalamus needs it.",
}
FIRST_REQUIRED = {
    "myrewards": "api_key",
    "claret": "tenant",
    "peak": "solution",
    "thalamus": "touchpoint",
}


@pytest.mark.parametrize("platform", PLATFORM_KEYS)
def test_each_platforms_problems_name_the_field(
    qtbot: QtBot, dialog: ProfilesDialog, platform: str
) -> None:
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData(platform))
    qtbot.keyClicks(dialog.name_edit, "Shop")
    qtbot.keyClicks(dialog.url_edit, "shop.example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = dialog.status.text()
    assert text == (
        "✖ Not saved: Address: must be a web address such as https://platform.example.com."
    ), text
    assert dialog.url_edit.hasFocus()

    dialog.url_edit.setText("http://shop.example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Address: must use https:// for shop.example.com" in dialog.status.text()

    dialog.url_edit.setText("https://shop.example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = dialog.status.text()
    assert text == f"✖ Not saved: {MISSING[platform]}", text
    assert not any(raw in text for raw in RAW), text
    assert dialog.setting_edits[(platform, FIRST_REQUIRED[platform])].hasFocus()

    dialog.name_edit.setText("Training · Shop")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Name: must not begin with “Training ·”" in dialog.status.text()
    assert dialog.workspace.store.list() == []


def test_peak_upload_path_is_named_by_its_label(qtbot: QtBot, dialog: ProfilesDialog) -> None:
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("peak"))
    qtbot.keyClicks(dialog.name_edit, "Shop")
    qtbot.keyClicks(dialog.url_edit, "https://shop.example.com")
    qtbot.keyClicks(dialog.setting_edits[("peak", "solution")], "QP_OOTB")
    qtbot.keyClicks(dialog.setting_edits[("peak", "ingest_path")], "v3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.status.text() == "✖ Not saved: Upload path: must be one of: auto, objects, ingest."
    )
    assert dialog.setting_edits[("peak", "ingest_path")].hasFocus()

"""The profiles dialog in a real (offscreen) window, tested against the sandbox."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from claimdesk.service.profiles import Profile, ProfileStore
from claimdesk.service.workspace import Workspace
from claimdesk.ui.profiles_dialog import ProfilesDialog
from tests.helpers.keyrings import MemoryKeyring


class ThreadsSeen(Workspace):
    """The real workspace, noting the threads that read and write the profiles."""

    def __init__(self, path: Path) -> None:
        super().__init__(path.parent, ProfileStore(path))
        self.threads: set[threading.Thread] = set()

    def profiles(self) -> list[Profile]:
        self.threads.add(threading.current_thread())
        return super().profiles()

    def save_profile(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.threads.add(threading.current_thread())
        super().save_profile(*args, **kwargs)


@pytest.fixture
def workspace(tmp_path: Path) -> ThreadsSeen:
    return ThreadsSeen(tmp_path / "profiles.json")


@pytest.fixture
def dialog(qtbot: QtBot, workspace: ThreadsSeen) -> ProfilesDialog:
    dialog = ProfilesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(workspace.threads) and not dialog.runner.busy)
    return dialog


def edit(dialog: ProfilesDialog, platform: str, name: str) -> QLineEdit:
    return dialog.setting_edits[(platform, name)]


def fill_myrewards(qtbot: QtBot, dialog: ProfilesDialog, url: str, secret: str) -> None:
    dialog.new_profile()
    qtbot.keyClicks(dialog.name_edit, "Acme")
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("myrewards"))
    qtbot.keyClicks(dialog.url_edit, url)
    qtbot.keyClicks(edit(dialog, "myrewards", "api_key"), "demo-key")
    qtbot.keyClicks(edit(dialog, "myrewards", "secret_key"), secret)


def save(qtbot: QtBot, dialog: ProfilesDialog) -> str:
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as done:
        assert dialog.save(), dialog.status.text()
    assert done.args[0] is True, done.args[1]
    return str(done.args[1])


def test_only_the_chosen_platforms_fields_show(dialog: ProfilesDialog) -> None:
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("thalamus"))
    visible = {key for key, e in dialog.setting_edits.items() if e.isVisibleTo(dialog)}
    assert visible == {
        ("thalamus", "touchpoint"),
        ("thalamus", "user"),
        ("thalamus", "login_path"),
        ("thalamus", "password"),
        ("thalamus", "api_token"),
    }
    assert edit(dialog, "thalamus", "password").echoMode() == QLineEdit.EchoMode.Password


def test_add_edit_without_retyping_the_secret_and_remove(
    qtbot: QtBot,
    dialog: ProfilesDialog,
    workspace: ThreadsSeen,
    sandbox: str,
    memory_keyring: MemoryKeyring,
) -> None:
    fill_myrewards(qtbot, dialog, sandbox, "demo-secret")
    assert "Saved Acme" in save(qtbot, dialog)
    assert memory_keyring.store == {("ClaimDesk", "Acme:secret_key"): "demo-secret"}
    assert dialog.list.count() == 1
    # The secret field is never filled back from the keyring.
    assert edit(dialog, "myrewards", "secret_key").text() == ""
    assert "leave empty to keep" in edit(dialog, "myrewards", "secret_key").placeholderText()

    dialog.url_edit.setText(sandbox + "/")
    edit(dialog, "myrewards", "api_key").setText("demo-key")
    save(qtbot, dialog)
    assert memory_keyring.store == {("ClaimDesk", "Acme:secret_key"): "demo-secret"}

    dialog.name_edit.setText("Acme renamed")
    save(qtbot, dialog)
    assert memory_keyring.store == {("ClaimDesk", "Acme renamed:secret_key"): "demo-secret"}

    dialog.confirm_remove = lambda _name: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.remove_selected()
    assert dialog.list.count() == 0
    assert memory_keyring.store == {}
    # Read and written on workers only, never on the GUI thread.
    assert threading.main_thread() not in workspace.threads


def test_a_profile_the_store_refuses_is_explained(
    qtbot: QtBot, dialog: ProfilesDialog, sandbox: str
) -> None:
    dialog.new_profile()  # a new Peak profile needs its token
    qtbot.keyClicks(dialog.name_edit, "Acme")
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("peak"))
    qtbot.keyClicks(dialog.url_edit, sandbox)
    qtbot.keyClicks(edit(dialog, "peak", "solution"), "QP_OOTB")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as done:
        assert dialog.save()
    assert done.args[0] is False
    assert "needs its secrets: token" in dialog.status.text()
    assert dialog.name_edit.text() == "Acme"


def test_a_myrewards_api_key_without_a_secret_key_saves_and_connects(
    qtbot: QtBot, dialog: ProfilesDialog, sandbox: str
) -> None:
    fill_myrewards(qtbot, dialog, sandbox, "")  # the docs allow `Token token=KEY` alone
    assert "optional" in edit(dialog, "myrewards", "secret_key").placeholderText()
    save(qtbot, dialog)
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as tested:
        dialog.test_connection()
    assert tested.args[0] is True, tested.args[1]
    assert "MyRewards accepted the API key (no secret key)." in tested.args[1]


def test_invalid_input_is_explained_and_kept(qtbot: QtBot, dialog: ProfilesDialog) -> None:
    fill_myrewards(qtbot, dialog, "http://mr.example.com", "s")
    assert not dialog.save()
    assert "must use https:// for mr.example.com" in dialog.status.text()
    assert dialog.url_edit.text() == "http://mr.example.com"
    assert edit(dialog, "myrewards", "secret_key").text() == "s"


def test_connection_test_succeeds_and_fails_in_plain_words(
    qtbot: QtBot, dialog: ProfilesDialog, sandbox: str
) -> None:
    fill_myrewards(qtbot, dialog, sandbox, "demo-secret")
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as good:
        dialog.test_connection()
    assert good.args[0] is True
    assert "Connected to MyRewards" in good.args[1]

    edit(dialog, "myrewards", "secret_key").setText("wrong-one-77")
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as bad:
        dialog.test_connection()
    assert bad.args[0] is False
    assert "MyRewards refused the API key and secret key (HTTP 401)" in bad.args[1]
    assert "wrong-one-77" not in bad.args[1]


def test_a_thalamus_profile_without_password_saves_and_tests(
    qtbot: QtBot, dialog: ProfilesDialog, workspace: ThreadsSeen, sandbox: str
) -> None:
    """A touchpoint that needs no password (the sandbox's KIOSK); the login path's field shows
    the documented default and may stay empty."""
    dialog.new_profile()
    qtbot.keyClicks(dialog.name_edit, "Kiosk")
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("thalamus"))
    qtbot.keyClicks(dialog.url_edit, sandbox)
    qtbot.keyClicks(edit(dialog, "thalamus", "touchpoint"), "KIOSK")
    qtbot.keyClicks(edit(dialog, "thalamus", "user"), "demo-partner")
    qtbot.keyClicks(edit(dialog, "thalamus", "api_token"), "kiosk-token")
    assert edit(dialog, "thalamus", "login_path").placeholderText() == "/api/v4/signin"
    assert edit(dialog, "thalamus", "password").placeholderText().startswith("optional")
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as tested:
        dialog.test_connection()
    assert tested.args[0] is True, tested.args[1]
    assert "Signed in as demo-partner at touchpoint KIOSK" in tested.args[1]
    assert "Saved Kiosk" in save(qtbot, dialog)
    saved = workspace.store.get("Kiosk")
    assert saved.settings["login_path"] == "/api/v4/signin"  # left blank: the default
    assert workspace.store.secrets_of(saved) == {"password": "", "api_token": "kiosk-token"}


def shown(dialog: ProfilesDialog, platform: str) -> set[str]:
    return {name for (p, name), e in dialog.setting_edits.items() if p == platform
            and e.isVisibleTo(dialog)}  # fmt: skip


def test_a_claret_profile_asks_for_the_password_with_an_email_else_a_token(
    qtbot: QtBot, dialog: ProfilesDialog, sandbox: str, memory_keyring: MemoryKeyring
) -> None:
    from claimdesk.sandbox import demo_credentials as demo

    dialog.new_profile()
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("claret"))
    assert shown(dialog, "claret") == {"tenant", "email", "token"}
    assert "without an email" in dialog.form.labelForField(edit(dialog, "claret", "token")).text()

    qtbot.keyClicks(dialog.name_edit, "Plan")
    qtbot.keyClicks(dialog.url_edit, sandbox)
    qtbot.keyClicks(edit(dialog, "claret", "tenant"), demo.CLARET_TENANT)
    qtbot.keyClicks(edit(dialog, "claret", "email"), demo.CLARET_EMAIL)
    assert shown(dialog, "claret") == {"tenant", "email", "password"}
    password = edit(dialog, "claret", "password")
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert "with an email" in dialog.form.labelForField(password).text()
    qtbot.keyClicks(password, demo.CLARET_PASSWORD)

    with qtbot.waitSignal(dialog.tested, timeout=15_000) as tested:
        dialog.test_connection()
    assert tested.args[0] is True, tested.args[1]
    assert f"Signed in as {demo.CLARET_EMAIL}" in tested.args[1]

    save(qtbot, dialog)
    assert memory_keyring.store == {("ClaimDesk", "Plan:password"): demo.CLARET_PASSWORD}

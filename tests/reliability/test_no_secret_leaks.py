"""Known secrets go through every path that handles them — the CLI, the profiles dialog,
a connection test, a claim submitted, a refused call, logging — and are then looked for
everywhere else: config, data and log folders, captured output, and every widget's text."""

from __future__ import annotations

import contextlib
import logging
import uuid
from pathlib import Path

import keyring.backend
import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from claimdesk.app_logging import setup_logging
from claimdesk.service.platform import Outcome
from claimdesk.service.profiles import ProfileError, ProfileStore
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.profiles_dialog import ProfilesDialog
from tests.helpers.cli import add_myrewards, run

# The sandbox accepts only its demo secret, so the accepted paths use it; the other
# secrets are refused ones, which travel through error paths.
WRONG_SECRET = f"wrong-{uuid.uuid4().hex}"
CLI_SECRET = f"cli-{uuid.uuid4().hex}"
DEMO_SECRET = "demo-secret"


def all_text_under(folder: Path) -> str:
    chunks = []
    for path in folder.rglob("*"):
        if path.is_file():
            chunks.append(path.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(chunks)


def widget_texts() -> str:
    texts = []
    for widget in QApplication.allWidgets():
        if (
            isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Password
        ) or isinstance(widget, QLabel):
            texts.append(widget.text())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName() + widget.accessibleDescription())
    return "\n".join(texts)


def test_secrets_stay_in_the_keyring(
    qtbot: QtBot,
    sandbox: str,
    claimdesk_home: Path,
    real_keyring: keyring.backend.KeyringBackend,
    capfd: pytest.CaptureFixture[str],
) -> None:
    log_file = setup_logging(logging.DEBUG)
    names = [f"leak-{uuid.uuid4().hex[:6]}-{i}" for i in range(3)]
    store = ProfileStore()
    try:
        # 1. The CLI adds a profile with a secret read from stdin.
        done = add_myrewards(names[0], sandbox, CLI_SECRET)
        assert done.returncode == 0, done.stderr
        tested = run("profiles", "test", names[0], timeout=60)
        assert tested.returncode == 1  # refused: the sandbox knows only demo-secret
        cli_output = done.stdout + done.stderr + tested.stdout + tested.stderr

        # 2. The dialog adds a good profile and a wrong one, edits, and tests both.
        dialog = ProfilesDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        for name, secret in ((names[1], DEMO_SECRET), (names[2], WRONG_SECRET)):
            dialog.new_profile()
            dialog.name_edit.setText(name)
            dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("myrewards"))
            dialog.url_edit.setText(sandbox)
            dialog.setting_edits[("myrewards", "api_key")].setText("demo-key")
            dialog.setting_edits[("myrewards", "secret_key")].setText(secret)
            assert dialog.save(), dialog.status.text()
            dialog.url_edit.setText(sandbox + "/")  # an edit that keeps the secret
            assert dialog.save()
            with qtbot.waitSignal(dialog.tested, timeout=15_000):
                dialog.test_connection()
        assert store.secrets_of(store.get(names[2])) == {"secret_key": WRONG_SECRET}

        # 3. The window opens the profiles, submits a claim on the good one and meets a
        #    refusal on the wrong one.
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.load_profiles()
        qtbot.waitUntil(lambda: window.connection_box.count() == 3, timeout=20_000)
        with qtbot.waitSignal(window.form_ready, timeout=20_000):
            window.select_connection(names[1])
        with qtbot.waitSignal(window.form_ready, timeout=20_000):
            window.select_target("36")
        assert window.form is not None
        window.form.set_values(
            {
                "sale_date": "2026-11-20",
                "invoice_date": "2026-11-20",
                "product_or_activity_ref": "BOIL-100",
                "quantity": "1",
                "value_of_sale": "10",
                "username": "demo.rep",
            }
        )
        with qtbot.waitSignal(window.submitted, timeout=20_000) as sent:
            window.submit()
        assert sent.args[0].outcome is Outcome.ACCEPTED
        window.select_connection(names[2])
        qtbot.waitUntil(lambda: "refused the API key" in window.empty_label.text(), timeout=20_000)
        shown = widget_texts()
        window.close()
    finally:
        for name in names:
            with contextlib.suppress(ProfileError):  # a step that failed left less behind
                store.remove(name)

    captured = capfd.readouterr()
    everywhere = "\n".join(
        [all_text_under(claimdesk_home), cli_output, captured.out, captured.err, shown]
    )
    assert log_file.read_text(encoding="utf-8").count("\n") > 5  # the log was really used
    for secret in (WRONG_SECRET, CLI_SECRET):
        assert secret not in everywhere
    assert f"token={'demo-key'}:{DEMO_SECRET}" not in everywhere
    assert f": {DEMO_SECRET}" not in everywhere

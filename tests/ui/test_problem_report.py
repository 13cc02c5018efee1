"""The problem report (``claimdesk report``, Help → "Save a problem report…"): one zip with
the versions, the last logs, the profiles' non-secret settings, the outbox's counts and
last attempts, and the self-test — and no secret, planted where a careless report would
pick one up (the keyring, the log, an attempt's message)."""

from __future__ import annotations

import json
import logging
import uuid
import zipfile
from pathlib import Path

import keyring.backend
from pytestqt.qtbot import QtBot

from claimdesk.app_logging import setup_logging
from claimdesk.service.profiles import Profile, ProfileStore
from claimdesk.service.workspace import Workspace
from claimdesk.storage.outbox import Finish, NewClaim
from claimdesk.ui.problem_report import save_problem_report
from tests.helpers.cli import add_myrewards, run
from tests.reliability.test_http_trace import forms


def unzipped(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name.removeprefix("claimdesk-report/"): zf.read(name) for name in zf.namelist()}


def test_the_window_saves_a_report_with_what_support_needs_and_no_secret(
    qtbot: QtBot,
    sandbox: str,
    tmp_path: Path,
    memory_keyring: keyring.backend.KeyringBackend,
) -> None:
    stored = f"stored-{uuid.uuid4().hex}"  # only in the keyring until the report starts
    store = ProfileStore()
    store.save(
        Profile(name="north", platform="myrewards", url=sandbox, api_key="north-key"),
        {"secret_key": "placeholder"},
    )
    memory_keyring.set_password("ClaimDesk", "north:secret_key", stored)
    log_file = setup_logging()
    # A secret the log could not know when it was written (pasted into a note, say).
    logging.getLogger("claimdesk.test").warning("the user pasted %s somewhere", stored)
    workspace = Workspace()
    outbox = workspace.outbox().outbox
    claim = outbox.enqueue(
        NewClaim("north", "myrewards", "36", "Boilers", {"quantity": "1"}, "1 boiler", "fp")
    )
    attempt = outbox.begin_attempt(claim)
    outbox.finish_attempt(
        claim, attempt, Finish.REJECTED, f"The server said: unknown key {stored}", http_status=422
    )
    assert stored in log_file.read_text(encoding="utf-8")

    target = tmp_path / "reports" / "report.zip"
    try:
        with qtbot.waitCallback(timeout=120_000) as done:
            report = save_problem_report(None, workspace, target)
            assert report is not None
            report.saved.connect(done)
            report.failed.connect(done)
        assert done.args == [str(target)]
        assert report.message is not None
        assert str(target) in report.message.text()
        report.message.close()
    finally:
        workspace.close()

    files = unzipped(target)
    about = files["about.txt"].decode()
    for part in ("ClaimDesk ", "Python ", "Qt: Qt ", "PySide6 ", "Operating system: "):
        assert part in about
    profiles = json.loads(files["profiles.json"])["profiles"]
    assert profiles == [
        {
            "name": "north",
            "platform": "myrewards",
            "url": sandbox,
            "api_key": "north-key",
            "beta_confirmed": False,
        }
    ]
    outbox_text = files["outbox.txt"].decode()
    assert "rejected: 1" in outbox_text
    assert "claim #1 myrewards · north: rejected (HTTP 422) The server said: unknown key •••" in (
        outbox_text
    )
    assert "self-test:" in files["self-test.txt"].decode()
    assert "the user pasted ••• somewhere" in files["logs/claimdesk.log"].decode()
    everything = b"".join(files.values())
    assert not any(form in everything for form in forms(stored))


def test_report_command_writes_the_zip_and_says_where(
    sandbox: str, tmp_path: Path, real_keyring: keyring.backend.KeyringBackend
) -> None:
    secret = f"cli-{uuid.uuid4().hex}"
    name = f"report-{uuid.uuid4().hex[:6]}"
    added = add_myrewards(name, sandbox, secret)
    assert added.returncode == 0, added.stderr
    try:
        run("--verbose", "profiles", "test", name, timeout=60)  # a traced, refused call
        target = tmp_path / "support.zip"
        done = run("report", "--output", str(target), timeout=180)
    finally:
        run("profiles", "remove", name, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Problem report saved: {target}"
    files = unzipped(target)
    assert set(files) == {
        "about.txt",
        "profiles.json",
        "outbox.txt",
        "self-test.txt",
        "logs/claimdesk.log",
    }
    assert "HTTP GET " in files["logs/claimdesk.log"].decode()
    assert name in files["profiles.json"].decode()
    assert "self-test:" in files["self-test.txt"].decode()
    everything = b"".join(files.values())
    assert not any(form in everything for form in forms(secret))

"""``claimdesk --self-test``: without opening a window, check that what ClaimDesk stands on
loads on this computer (for IT after installing), and say it in one line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _qt() -> str:
    """A Qt platform plugin loads (in a child process: a missing plugin aborts Qt)."""
    command = (
        [sys.executable, "--qt-probe"]
        if getattr(sys, "frozen", False)
        else [sys.executable, "-m", "claimdesk", "--qt-probe"]
    )
    env = dict(os.environ)
    env.setdefault(
        "QT_QPA_PLATFORM",
        "offscreen" if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") else "",
    )
    if not env["QT_QPA_PLATFORM"]:
        del env["QT_QPA_PLATFORM"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"the Qt platform plugin did not load: {last}")
    return done.stdout.strip()


def qt_probe() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    print(app.platformName())
    return 0


def _sqlite() -> str:
    with tempfile.TemporaryDirectory() as folder:
        connection = sqlite3.connect(Path(folder) / "probe.sqlite3")
        mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        connection.execute("CREATE TABLE t (x)")
        connection.close()
    if mode != "wal":
        raise RuntimeError(f"write-ahead logging is not available ({mode})")
    return sqlite3.sqlite_version


def _keyring() -> str:
    from claimdesk.credentials import SecretStore

    store = SecretStore()
    store.check()
    return type(store.backend).__module__.rsplit(".", 1)[-1]


def _sandbox() -> str:
    """Training mode starts: the sandbox, and its MyRewards connection lists promotions."""
    from claimdesk.service.workspace import Workspace

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(Path(folder))
        try:
            first = workspace.start_training()[0]
            if not first.service.targets():
                raise RuntimeError(f"{first.name} offers nothing")
        finally:
            workspace.close()
    return f"{time.perf_counter() - started:.1f} s"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("Qt", _qt),
    ("SQLite", _sqlite),
    ("keyring", _keyring),
    ("sandbox", _sandbox),
)


def summary() -> tuple[str, bool]:
    """The one line of ``--self-test``, and whether every check passed (a problem report
    includes it)."""
    from claimdesk import __version__

    parts, failed = [], False
    for name, check in CHECKS:
        try:
            parts.append(f"{name} ok ({check()})")
        except Exception as error:  # every failure is reported, none stops the others
            failed = True
            parts.append(f"{name} FAILED: {str(error).splitlines()[0][:300]}")
    verdict = "some checks failed" if failed else "all good"
    return f"ClaimDesk {__version__} self-test: {'; '.join(parts)} — {verdict}", not failed


def run() -> int:
    line, passed = summary()
    print(line)
    return 0 if passed else 1

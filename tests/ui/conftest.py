"""The windows' background work ends before the test's windows are deleted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot


@pytest.fixture(autouse=True)
def background_work_finishes(qtbot: QtBot) -> Iterator[None]:
    """Torn down before ``qtbot`` closes and deletes the test's widgets, so that one test's
    background work never overlaps the next test's. A job can no longer deliver into a
    deleted window (``ui/workers``: the tests named ``*deleted_mid_load*`` delete windows
    mid-load on purpose and wait in their own body); this stays as a belt for windows
    whose Python-owned Qt objects a collector pass on a pool thread could still free."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(60_000)
    qtbot.wait(10)  # deliver what the finished jobs queued, while their windows still exist


@pytest.fixture(autouse=True)
def no_disk_on_the_gui_thread() -> Iterator[None]:
    """Fails a test in which ClaimDesk's code opened a file, SQLite or the keyring on the
    GUI thread (tests/helpers/gui_thread.py). Armed for the test's body: fixtures that set
    the stage (profiles saved, a sandbox reset) run before it."""
    import threading

    from tests.helpers.gui_thread import AUDIT

    AUDIT.install()
    AUDIT.gui_thread = threading.get_ident()
    AUDIT.found.clear()
    AUDIT.armed = True
    try:
        yield
    finally:
        AUDIT.armed = False
    found, AUDIT.found[:] = list(AUDIT.found), []
    assert not found, "the GUI thread touched the disk, SQLite or the keyring:\n" + "\n".join(
        dict.fromkeys(found)
    )

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

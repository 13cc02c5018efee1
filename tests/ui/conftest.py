"""The windows' background work ends before the test's windows are deleted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot


@pytest.fixture(autouse=True)
def background_work_finishes(qtbot: QtBot) -> Iterator[None]:
    """Torn down before ``qtbot`` closes and deletes the test's widgets: a page still being
    read, or a job still running, must not deliver into a window that is being deleted (a
    full run crashed there twice). The app itself keeps its windows while they load."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(60_000)
    qtbot.wait(10)  # deliver what the finished jobs queued, while their windows still exist

"""For the tests that close or delete a window while its pages load: a window that records
what it is handed, the sandbox's count of slowed requests, and waiting for the pool."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot


class Recording:
    """Mixed in before a window class: records every page, end and failure it is handed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.handed: list[str] = []
        super().__init__(*args, **kwargs)

    def _on_page(self, page: Any) -> None:
        self.handed.append("page")
        super()._on_page(page)  # type: ignore[misc]

    def _on_done(self) -> None:
        self.handed.append("done")
        super()._on_done()  # type: ignore[misc]

    def _on_failed(self, error: BaseException) -> None:
        self.handed.append("failed")
        super()._on_failed(error)  # type: ignore[misc]


def slow_down(url: str, platform: str, path: str, times: int, latency_ms: int = 700) -> None:
    rule = {"platform": platform, "path": path, "latency_ms": latency_ms, "times": times}
    requests.post(f"{url}/_sandbox/faults", json=rule, timeout=5).raise_for_status()


def requests_made(url: str, path: str, times: int) -> int:
    """How many requests a fault rule of ``times`` requests has slowed down so far."""
    rules = requests.get(f"{url}/_sandbox/faults", timeout=5).json()
    remaining = [rule["remaining"] for rule in rules if rule["path"] == path]
    return times - (remaining[0] if remaining else 0)


def drain(qtbot: QtBot) -> None:
    """Let every background job end, then deliver what they sent."""
    assert QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)

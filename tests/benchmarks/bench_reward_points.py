"""Reward points window: load the 53 pages (5,250 reward points) of demo promotion 52 from a
sandbox in another process (as a remote server would be), 20 ms latency a page.

Rows:
- the longest gap between ticks of a 10 ms timer from the first page shown to the last
  page in (target: no gap over 50 ms), beside the time of one repaint of the same table
  (software rendering here; what any visible change of the table costs);
- the time to load every page into the window, beside the connector reading the same pages
  alone (target ≤ 1.5×).

    python -m tests.benchmarks.bench_reward_points [--quick]   (from the checkout)
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

from tests.benchmarks.common import Row

PROMOTION = 52
LATENCY_MS = 20


@contextmanager
def sandbox() -> Iterator[str]:
    exe = os.path.join(os.path.dirname(sys.executable), "claimdesk")
    command = [exe] if os.path.exists(exe) else [sys.executable, "-m", "claimdesk"]
    proc = subprocess.Popen([*command, "sandbox", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            found = re.search(r"(http://127\.0\.0\.1:\d+)", line)
            if found:
                yield found.group(1)
                return
        raise RuntimeError("the sandbox did not start")
    finally:
        proc.kill()
        proc.wait()


def _slow_pages(url: str) -> None:
    import requests

    requests.post(
        f"{url}/_sandbox/faults",
        json={
            "platform": "myrewards",
            "path": f"/api/v2/performance/promotions/{PROMOTION}/reward_points",
            "latency_ms": LATENCY_MS,
            "times": 1000,
        },
        timeout=5,
    ).raise_for_status()


def _service(url: str):  # type: ignore[no-untyped-def]
    from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
    from claimdesk.service.reward_points import RewardPointsService

    return RewardPointsService(
        MyRewardsConnector(url, MyRewardsCredentials("demo-key", "demo-secret"))
    )


def load_once(url: str) -> tuple[float, float, float]:
    """(longest tick gap, load time, one table repaint), seconds."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from claimdesk.ui.reward_points_window import RewardPointsWindow

    app = QApplication.instance() or QApplication([])
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window = RewardPointsWindow(_service(url), "benchmark", promotion_id=PROMOTION)
    window.show()
    loop = QEventLoop()
    first: list[float] = []  # when the first page reached the table
    window.loader.page.connect(lambda _page: first or first.append(time.perf_counter()))
    window.loaded.connect(loop.quit)
    started = time.perf_counter()
    timer.start()
    loop.exec()
    took = time.perf_counter() - started
    timer.stop()
    assert window.model.rowCount() >= 5_000, window.model.rowCount()
    # From the first page on: the window's first show is the same for any window.
    loading = [t for t in ticks if t >= first[0]]
    gaps = [b - a for a, b in itertools.pairwise(loading)]
    paint = time.perf_counter()
    window.table.viewport().grab()
    paint = time.perf_counter() - paint
    window.close()
    app.processEvents()
    return max(gaps), took, paint


def connector_alone(url: str) -> float:
    service = _service(url)
    started = time.perf_counter()
    items = [rp for page in service.pages(PROMOTION) for rp in page]
    assert len(items) >= 5_000
    return time.perf_counter() - started


def measure(quick: bool) -> list[Row]:
    runs = 1 if quick else 3
    with sandbox() as url:
        _slow_pages(url)
        results = [load_once(url) for _ in range(runs)]
        alone = [connector_alone(url) for _ in range(runs)]
    gap = statistics.median(r[0] for r in results) * 1000
    took = statistics.median(r[1] for r in results)
    paint = statistics.median(r[2] for r in results) * 1000
    return [
        Row(
            "reward points window: longest event-loop gap while 53 pages load",
            round(gap, 1),
            "ms",
            baseline=round(paint, 1),
            baseline_name="one repaint of the same table",
            limit=50,
            note=f"median of {runs}; 10 ms timer; {LATENCY_MS} ms latency a page",
        ),
        Row(
            "reward points window: load 5,250 reward points (53 pages)",
            round(took, 3),
            "s",
            baseline=round(statistics.median(alone), 3),
            baseline_name="connector reading the same pages",
            max_ratio=1.5,
            note=f"median of {runs}",
        ),
    ]


if __name__ == "__main__":
    for row in measure("--quick" in sys.argv):
        print(row.as_json())

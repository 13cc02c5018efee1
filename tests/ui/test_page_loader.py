"""The page loader and the runner on the real thread pool: results reach the GUI thread
only while their owner exists; a deleted owner's reader stops before its next page; what a
job captured is released on the GUI thread; no collector pass while pages are read."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimdesk.ui.page_loader import PageLoader
from claimdesk.ui.workers import Runner
from tests.helpers.loading import drain


class Captured:
    """Notes the thread that frees it."""

    def __init__(self, freed_on: list[str]) -> None:
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def test_pages_arrive_in_order_with_no_collector_pass_while_they_are_read(qtbot: QtBot) -> None:
    collector: list[bool] = []

    def pages() -> Iterator[list[int]]:
        for number in range(3):
            collector.append(gc.isenabled())
            yield [number]

    owner = QWidget()
    qtbot.addWidget(owner)
    loader = PageLoader(owner)
    got: list[object] = []
    loader.page.connect(got.append)
    with qtbot.waitSignal(loader.done, timeout=10_000):
        loader.start(pages)
    assert got == [[0], [1], [2]]
    assert not loader.loading
    assert collector == [False, False, False]
    assert gc.isenabled()


def test_a_deleted_loader_s_reader_stops_before_its_next_page(qtbot: QtBot) -> None:
    allowed = threading.Semaphore(0)
    read: list[int] = []
    freed_on: list[str] = []

    def pages(captured: Captured = Captured(freed_on)) -> Iterator[list[int]]:  # noqa: B008
        for number in range(50):
            assert allowed.acquire(timeout=10)
            read.append(number)
            yield [number]

    owner = QWidget()  # its loader goes with it
    loader = PageLoader(owner)
    got: list[object] = []
    loader.page.connect(got.append)
    loader.start(pages)
    allowed.release()
    qtbot.waitUntil(lambda: got == [[0]])
    shiboken6.delete(owner)
    for _ in range(50):
        allowed.release()
    del pages
    drain(qtbot)
    assert got == [[0]]
    assert len(read) <= 2  # the page under way, not the other 48
    assert freed_on == ["MainThread"]  # what the job held went back to the GUI thread


def test_a_result_for_a_deleted_runner_is_dropped(qtbot: QtBot) -> None:
    go = threading.Event()
    freed_on: list[str] = []
    captured = Captured(freed_on)

    def work(captured: Captured = captured) -> str:
        assert go.wait(10)
        return "done"

    owner = QWidget()
    runner = Runner(owner)
    got: list[object] = []
    runner.run(work, got.append, got.append)
    assert runner.busy
    del captured, work
    shiboken6.delete(owner)
    go.set()
    drain(qtbot)
    assert got == []
    assert freed_on == ["MainThread"]


def test_the_runner_reports_each_result_or_error_and_when_it_is_idle(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = Runner(owner)
    results: list[object] = []
    errors: list[BaseException] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)

    def fail() -> None:
        raise ValueError("no such promotion")

    runner.run(lambda: 42, results.append, errors.append)
    runner.run(fail, results.append, errors.append)
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == [42]
    assert [str(e) for e in errors] == ["no such promotion"]
    assert busy == [True, False]

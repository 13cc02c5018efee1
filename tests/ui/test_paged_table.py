"""The paged-table controller both admin windows use, on the real thread pool: the first
page goes into the model at once, later ones gathered; counts and the announced total;
Stop keeps what was read and ends the reading; a deleted owner is handed nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimdesk.ui.paged_table import Chunk, PagedTableLoader
from tests.helpers.loading import drain


class Rows:
    """What a model does with a page: appends it (and counts how often)."""

    def __init__(self) -> None:
        self.rows: list[int] = []
        self.appends = 0

    def append(self, rows: Sequence[int]) -> None:
        self.rows.extend(rows)
        self.appends += 1


def test_every_page_reaches_the_model_with_counts_and_total(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    model = Rows()
    loader = PagedTableLoader(model.append, owner)

    def pages() -> Iterator[Chunk]:
        for number in range(4):
            yield Chunk([number * 10, number * 10 + 1], total=8)

    with qtbot.waitSignal(loader.done, timeout=10_000):
        loader.start(pages)
    assert model.rows == [0, 1, 10, 11, 20, 21, 30, 31]
    assert (loader.pages_loaded, loader.rows_loaded, loader.total) == (4, 8, 8)
    assert model.appends == 4  # no gathering asked: one append per page
    assert not loader.loading


def test_later_pages_are_gathered_into_few_appends(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    model = Rows()
    loader = PagedTableLoader(model.append, owner, gather_ms=10_000)
    with qtbot.waitSignal(loader.done, timeout=10_000):
        loader.start(lambda: (Chunk([n]) for n in range(50)))
    assert model.rows == list(range(50))  # the end puts in what was gathered
    assert model.appends == 2  # the first page at once, the 49 others together


def test_cancel_keeps_what_was_read_and_stops_the_reader(qtbot: QtBot) -> None:
    allowed = threading.Semaphore(0)
    read: list[int] = []

    def pages() -> Iterator[Chunk]:
        for number in range(50):
            assert allowed.acquire(timeout=10)
            read.append(number)
            yield Chunk([number])

    owner = QWidget()
    qtbot.addWidget(owner)
    model = Rows()
    loader = PagedTableLoader(model.append, owner, gather_ms=10_000)
    ended: list[str] = []
    loader.done.connect(lambda: ended.append("done"))
    loader.start(pages)
    allowed.release()
    allowed.release()
    qtbot.waitUntil(lambda: loader.pages_loaded == 2)
    loader.cancel()
    assert not loader.loading
    assert model.rows == [0, 1]  # the gathered second page went in
    for _ in range(50):
        allowed.release()
    drain(qtbot)
    assert model.rows == [0, 1]
    assert ended == []
    assert len(read) <= 3


def test_a_deleted_owner_is_handed_nothing(qtbot: QtBot) -> None:
    allowed = threading.Semaphore(0)

    def pages() -> Iterator[Chunk]:
        for number in range(50):
            assert allowed.acquire(timeout=10)
            yield Chunk([number])

    owner = QWidget()
    model = Rows()
    loader = PagedTableLoader(model.append, owner)
    loader.start(pages)
    allowed.release()
    qtbot.waitUntil(lambda: model.rows == [0])
    shiboken6.delete(owner)
    for _ in range(50):
        allowed.release()
    drain(qtbot)
    assert model.rows == [0]

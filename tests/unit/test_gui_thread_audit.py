"""The audit behind the UI tests' "no disk on the GUI thread" rule sees each kind of wait
it promises to see, blames the window's line, and leaves tests' own file work alone."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.credentials import SecretStore
from tests.helpers.gui_thread import APP, AUDIT
from tests.helpers.keyrings import MemoryKeyring


@pytest.fixture
def armed() -> Iterator[list[str]]:
    AUDIT.install()
    AUDIT.gui_thread = threading.get_ident()
    AUDIT.found.clear()
    AUDIT.armed = True
    try:
        yield AUDIT.found
    finally:
        AUDIT.armed = False
        AUDIT.found.clear()


def as_window_code(source: str, **names: object) -> None:
    """Run ``source`` as if a module of claimdesk/ui had it on line 1."""
    exec(compile(source, APP + "ui/pretend_window.py", "exec"), dict(names))


def test_a_file_opened_by_window_code_is_blamed_on_its_line(
    armed: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "drafts.json"
    path.write_text("{}")  # the test's own work: not counted
    assert armed == []
    as_window_code("open(path).close()", path=path)
    assert armed == [f"open {str(path)!r} from ui/pretend_window.py:1 (<module>)"]


def test_sqlite_and_the_keyring_are_seen_too(armed: list[str], tmp_path: Path) -> None:
    as_window_code("sqlite3.connect(path).close()", sqlite3=sqlite3, path=tmp_path / "x.db")
    store = SecretStore(MemoryKeyring())
    as_window_code("store.get('Office', 'token')", store=store)
    assert [line.split(" ", 1)[0] for line in armed] == ["sqlite3.connect", "claimdesk.keyring"]


def test_other_threads_and_imports_are_not_counted(armed: list[str], tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_text("x")
    worker = threading.Thread(
        target=lambda: as_window_code("open(path).close()", path=path), daemon=True
    )
    worker.start()
    worker.join(10)
    as_window_code("import json")
    assert armed == []

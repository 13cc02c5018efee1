"""The GUI thread never waits on the disk, SQLite or the keyring once a window is up.

An audit hook (PEP 578) watches three events on the thread that runs Qt's event loop:
``open`` (any file opened by Python), ``sqlite3.connect`` (a database opened: the outbox
keeps one connection per thread, so a query on the GUI thread opens one there first) and
``claimdesk.keyring`` (raised by ``claimdesk.credentials`` before each keyring call). It
blames the innermost frame of ClaimDesk's own code when a window's code (``claimdesk/ui``)
is on the stack: a file the test itself opens (writing a CSV to import, reading an export
back) is the test's business, the command line may wait on the disk, and modules imported
on the GUI thread (the windows import lazily on purpose) are not user data. The fixture in
``tests/ui/conftest.py`` fails the test that did it, naming the event, the file and the
line of ClaimDesk that asked."""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

APP = str(Path(__file__).resolve().parents[2] / "app" / "claimdesk") + "/"
WATCHED = frozenset({"open", "sqlite3.connect", "claimdesk.keyring"})
# Files the Python runtime and libraries read for themselves, not the user's data.
RUNTIME = (sys.prefix, sys.base_prefix, "/usr/", "/etc/", "/proc/", "/sys/", "/dev/")
CODE = (".py", ".pyc", ".so")  # modules imported on the GUI thread: code, not data
UI = APP + "ui/"


@dataclass
class Audit:
    armed: bool = False
    gui_thread: int | None = None
    found: list[str] = field(default_factory=list)
    installed: bool = False

    def install(self) -> None:
        if not self.installed:
            sys.addaudithook(self._hook)
            self.installed = True

    def _hook(self, event: str, args: tuple[object, ...]) -> None:
        if not self.armed or event not in WATCHED:
            return
        if threading.get_ident() != self.gui_thread:
            return
        if event == "open":
            path = args[0]
            if not isinstance(path, str | Path):
                return  # a file descriptor: opened before
            if str(path).startswith(RUNTIME) or str(path).endswith(CODE):
                return  # the runtime's own files, or a module being imported
        where = _app_frame(sys._getframe(1))
        if where is not None:
            self.found.append(f"{event} {args[0]!r} from {where}")


def _app_frame(frame: FrameType | None) -> str | None:
    """ClaimDesk's innermost frame, when a window's code is on the stack: the command line
    runs on the main thread too, and there waiting on the disk is its job."""
    blamed = None
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith("<frozen importlib"):
            return None  # a module being imported: code, not data
        if blamed is None and name.startswith(APP):
            blamed = f"{name.removeprefix(APP)}:{frame.f_lineno} ({frame.f_code.co_name})"
        if name.startswith(UI):
            window = f"{name.removeprefix(APP)}:{frame.f_lineno} ({frame.f_code.co_name})"
            return blamed if blamed == window else f"{blamed} via {window}"
        frame = frame.f_back
    return None


AUDIT = Audit()

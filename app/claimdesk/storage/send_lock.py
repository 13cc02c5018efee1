"""One sender at a time per data file, across processes: an operating-system lock on a file
beside the database (``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows),
released by the system when its process ends, however it ends.

The outbox holds it for a whole send (``send_due``, ``send_ids``, ``send_queued``): a claim
is marked ``sending`` only under it, so a claim found ``sending`` by a process that got the
lock and is not sending itself was left by a process that is gone: crash recovery runs
only then."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


LOCK_SUFFIX = ".send-lock"


class SenderBusy(Exception):
    """Another ClaimDesk is sending from this data folder; the claims stay queued."""


class SendLock:
    """Held by a process while any of its threads sends (a count of holds; the threads
    take turns on their own); one process at a time per file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._guard = threading.Lock()
        self._descriptor: int | None = None
        self._holds = 0

    @property
    def holds(self) -> int:
        """How many holds this process has now (0: it is not sending)."""
        return self._holds

    def acquire(self, timeout: float) -> bool:
        """Hold the lock (waiting up to ``timeout`` seconds for another process to let it
        go); False when it did not."""
        deadline = time.monotonic() + max(0.0, timeout)
        with self._guard:
            if self._holds == 0:
                descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
                while not _try_lock(descriptor):
                    if time.monotonic() >= deadline:
                        os.close(descriptor)
                        return False
                    time.sleep(0.02)
                self._descriptor = descriptor
            self._holds += 1
            return True

    def release(self) -> None:
        with self._guard:
            self._holds -= 1
            if self._holds == 0 and self._descriptor is not None:
                _unlock(self._descriptor)
                os.close(self._descriptor)
                self._descriptor = None


_locks: dict[Path, SendLock] = {}
_locks_guard = threading.Lock()


def send_lock_for(database: Path) -> SendLock:
    """The one lock object of this process for the file beside ``database``."""
    path = database.with_name(database.name + LOCK_SUFFIX).absolute()
    with _locks_guard:
        lock = _locks.get(path)
        if lock is None:
            lock = _locks[path] = SendLock(path)
        return lock

"""One sender at a time per data file, across processes: an operating-system lock on a file
beside the database (``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows),
released by the system when its process ends, however it ends.

The outbox takes it around each request's ``sending`` window (marked sending, sent,
outcome recorded), so while nobody holds it no live process has a claim ``sending``: crash
recovery run under it touches only claims whose sender is gone."""

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
    """Re-entrant within a thread; one holder per process (threads wait their turn) and
    one process at a time per file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._threads = threading.RLock()
        self._descriptor: int | None = None
        self._depth = 0

    def acquire(self, timeout: float) -> bool:
        deadline = time.monotonic() + max(0.0, timeout)
        if not self._threads.acquire(timeout=max(0.0, timeout)):
            return False
        if self._depth == 0:
            try:
                descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                self._threads.release()
                raise
            while not _try_lock(descriptor):
                if time.monotonic() >= deadline:
                    os.close(descriptor)
                    self._threads.release()
                    return False
                time.sleep(0.02)
            self._descriptor = descriptor
        self._depth += 1
        return True

    def release(self) -> None:
        self._depth -= 1
        if self._depth == 0 and self._descriptor is not None:
            _unlock(self._descriptor)
            os.close(self._descriptor)
            self._descriptor = None
        self._threads.release()


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

"""One logging set-up for the app and the CLI: a rotating file in the user's log folder,
every line passed through the redaction filter (stored secrets, Authorization, tokens).

It also holds the switch of the HTTP trace (each exchange with a platform written to the
log, secrets blanked): on with ``claimdesk --verbose``, with ``CLAIMDESK_DEBUG_HTTP=1``, or
for 24 hours from when the Settings switch "Record network traffic for troubleshooting" was
turned on."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from claimdesk.paths import log_dir
from claimdesk.redaction import RedactingFilter

LOG_FILE = "claimdesk.log"
TRACE_ENV = "CLAIMDESK_DEBUG_HTTP"
TRACE_LOGGER = "claimdesk.http.trace"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_trace_lock = threading.Lock()
_trace_forced = False  # --verbose
_trace_until: dt.datetime | None = None  # the Settings switch: on until then


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """The log names claims and connections: its files are readable by their owner only
    (0600), the rotated ones too."""

    def _open(self):  # type: ignore[no-untyped-def]
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)  # an older file made with the umask's mode
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def set_http_trace(on: bool) -> None:
    """``--verbose``: trace every exchange of this process (or stop)."""
    global _trace_forced
    with _trace_lock:
        _trace_forced = on


def set_http_trace_until(until: dt.datetime | None) -> None:
    """The Settings switch: trace until then (None: the switch is off)."""
    global _trace_until
    with _trace_lock:
        _trace_until = until


def trace_from_environment() -> bool:
    # Guess: "1", "true", "yes" and "on" (any case) all mean on; anything else off.
    return os.environ.get(TRACE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def http_trace_on(now: dt.datetime | None = None) -> bool:
    """Whether an exchange made now is written to the log."""
    if _trace_forced or trace_from_environment():
        return True
    until = _trace_until
    if until is None:
        return False
    return (now or dt.datetime.now(dt.UTC)) < until


def apply_trace_setting() -> None:
    """Follow the Settings switch as saved (off when its 24 hours are over)."""
    from claimdesk.settings import load_settings

    set_http_trace_until(load_settings().trace_until())


def log_files() -> list[Path]:
    """The log file and its rotated copies, newest first (those that exist)."""
    path = log_dir() / LOG_FILE
    found = [path, *(path.with_name(f"{LOG_FILE}.{n}") for n in range(1, 10))]
    return [p for p in found if p.is_file()]


def setup_logging(level: int = logging.INFO, *, stderr: bool = False) -> Path:
    """Attach the file handler to the ``claimdesk`` logger (once); return the file's path.
    The HTTP trace follows the Settings switch from here on."""
    apply_trace_setting()
    logger = logging.getLogger("claimdesk")
    path = log_dir() / LOG_FILE
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handlers: list[logging.Handler] = []
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handlers.append(
            _PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        )
    except OSError as error:  # a read-only or full disk: say so once, go on without the file
        print(f"claimdesk: no log file ({path}: {error.strerror or error}).", file=sys.stderr)
    if stderr:
        handlers.append(logging.StreamHandler())
    for each in handlers:
        each.setFormatter(logging.Formatter(_FORMAT))
        each.addFilter(RedactingFilter())
        logger.addHandler(each)
    logger.setLevel(level)
    return path

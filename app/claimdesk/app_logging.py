"""One logging set-up for the app and the CLI: a rotating file in the user's log folder,
every line passed through the redaction filter (stored secrets, Authorization, tokens)."""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from claimdesk.paths import log_dir
from claimdesk.redaction import RedactingFilter

LOG_FILE = "claimdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """The log names claims and connections: its files are readable by their owner only
    (0600), the rotated ones too."""

    def _open(self):  # type: ignore[no-untyped-def]
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)  # an older file made with the umask's mode
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(level: int = logging.INFO, *, stderr: bool = False) -> Path:
    """Attach the file handler to the ``claimdesk`` logger (once); return the file's path."""
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

"""Secrets never reach a log line or an error message: every connector registers the
secrets it holds, and this filter blanks them (and any Authorization or token value)."""

from __future__ import annotations

import logging
import re
import threading

MASK = "•••"
_lock = threading.Lock()
_secrets: set[str] = set()

_PATTERNS = (
    re.compile(r"(?i)(authorization\s*[:=]\s*)([^\r\n,;]+)"),
    re.compile(r"(?i)(token\s*[=:]\s*)([^\s&,;\"']+)"),
    re.compile(r"(?i)(\b(?:password|secret|api[_-]?key)\s*[=:]\s*)([^\s&,;\"']+)"),
    re.compile(r"(?i)(\b(?:bearer|token)\s+)([A-Za-z0-9._~+/=-]{6,})"),
)


def register_secret(secret: str | None) -> None:
    if secret and len(secret) >= 3:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Attach to handlers: rewrites each record's message with secrets blanked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            cleaned += "\n" + redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = cleaned, None
        return True

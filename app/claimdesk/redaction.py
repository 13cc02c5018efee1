"""Secrets never reach a log line, an error message, a copied block or a problem report:
every secret ClaimDesk holds is registered here (the connectors register theirs, the keyring
registers every secret it reads or stores, a workspace registers every stored secret of
every profile when it opens them), and ``redact`` blanks each — also in the forms it takes
on the wire (URL-encoded, JSON-escaped) — and any
Authorization, cookie, token, password or secret value.

``redact_headers``, ``redact_url`` and ``redact_body`` blank by name, for the HTTP trace:
those values are gone before the text is made, whatever they are."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

MASK = "•••"
_lock = threading.Lock()
_secrets: set[str] = set()  # each secret and its encodings

# Headers whose value is a credential, whatever it is.
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "thalamus-token",
        "x-api-key",
    }
)
# A query, form or JSON field whose name contains one of these holds a credential.
_SECRET_FIELD = re.compile(r"(?i)token|password|secret")

_PATTERNS = (
    re.compile(r"(?i)(authorization\s*[:=]\s*)([^\r\n,;]+)"),
    re.compile(r"(?i)((?:set-)?cookie\s*:\s*)([^\r\n]+)"),
    re.compile(r"(?i)(token\s*[=:]\s*)([^\s&,;\"']+)"),
    re.compile(r"(?i)(\b(?:password|secret|api[_-]?key)\s*[=:]\s*)([^\s&,;\"']+)"),
    re.compile(r"(?i)(\b(?:bearer|token)\s+)([A-Za-z0-9._~+/=-]{6,})"),
    # "password": "…" and the like, in JSON text that was not parsed
    re.compile(r'(?i)("[^"\\]*(?:token|password|secret)[^"\\]*"\s*:\s*")((?:[^"\\]|\\.)*)'),
)


def _forms(secret: str) -> set[str]:
    """The secret and the ways it is written on the wire."""
    forms = {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}
    return {form for form in forms if len(form) >= 3}


def register_secret(secret: str | None) -> None:
    if secret and len(secret) >= 3:
        with _lock:
            _secrets.update(_forms(secret))


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


def is_secret_field(name: str) -> bool:
    return bool(_SECRET_FIELD.search(name))


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> list[str]:
    """``Name: value`` lines, credentials' values blanked, the rest through ``redact``."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    lines = []
    for name, value in pairs:
        secret = name.lower() in SECRET_HEADERS or is_secret_field(name)
        lines.append(f"{name}: {MASK if secret else redact(str(value))}")
    return lines


def _blank_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, MASK if is_secret_field(k) else v) for k, v in pairs]


def redact_url(url: str) -> str:
    """The URL with its query kept, token/password/secret parameters' values blanked, any
    user:password dropped, and registered secrets blanked."""
    try:
        parts = urlsplit(url)
        query = urlencode(_blank_pairs(parse_qsl(parts.query, keep_blank_values=True)), safe=MASK)
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        url = urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    except ValueError:
        pass
    return redact(url)


def _blank_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: MASK if isinstance(k, str) and is_secret_field(k) else _blank_json(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_blank_json(v) for v in value]
    return value


def redact_body(text: str, content_type: str = "") -> str:
    """A request's or answer's body: JSON and form fields named token/password/secret
    blanked (whatever their value), then registered secrets and known patterns."""
    kind = content_type.split(";")[0].strip().lower()
    stripped = text.strip()
    if kind.endswith("json") or stripped[:1] in ("{", "["):
        with contextlib.suppress(ValueError):
            text = json.dumps(_blank_json(json.loads(stripped)), ensure_ascii=False)
    elif kind == "application/x-www-form-urlencoded":
        text = urlencode(_blank_pairs(parse_qsl(stripped, keep_blank_values=True)), safe=MASK)
    return redact(text)


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

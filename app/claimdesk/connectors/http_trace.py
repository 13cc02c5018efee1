"""The HTTP trace: each exchange with a platform written to the log as one record — method,
URL with its query, request and answer headers, status, time taken and up to 8 KB of each
body — when ``app_logging.http_trace_on()`` (``--verbose``, ``CLAIMDESK_DEBUG_HTTP=1``, the
Settings switch). Every credential is blanked before the text is made: Authorization,
cookies, Thalamus-Token and the like by header name, token/password/secret fields of the
query and the body by name, and every registered secret wherever it appears."""

from __future__ import annotations

import logging

import requests

from claimdesk.app_logging import TRACE_LOGGER, http_trace_on
from claimdesk.redaction import redact, redact_body, redact_headers, redact_url

log = logging.getLogger(TRACE_LOGGER)

BODY_LIMIT = 8 * 1024  # bytes of each body written
# Redaction runs on a little more than is written, so that a secret cut by the limit is
# still recognised whole (and blanked) before the cut.
_REDACT_LIMIT = 256 * 1024


def _body_text(body: bytes | str | None, content_type: str) -> str:
    if not body:
        return ""
    raw = body if isinstance(body, bytes) else body.encode("utf-8", errors="replace")
    size = len(raw)
    text = redact_body(raw[:_REDACT_LIMIT].decode("utf-8", errors="replace"), content_type)
    shown = text.encode("utf-8")[:BODY_LIMIT].decode("utf-8", errors="ignore")
    if len(shown) < len(text):
        shown += f"\n… ({size} bytes in all; the first {BODY_LIMIT} shown)"
    return shown


def _headers(headers: requests.structures.CaseInsensitiveDict[str] | None) -> list[str]:
    if not headers:
        return []
    pairs = [
        (name, redact_url(value) if name.lower() == "location" else value)
        for name, value in headers.items()
    ]
    return redact_headers(pairs)


def _lines(prefix: str, headers: list[str], body: str) -> list[str]:
    lines = [f"{prefix} {line}" for line in headers]
    if body:
        lines.append(prefix)
        lines += [f"{prefix} {line}" for line in body.splitlines()]
    return lines


def trace_exchange(
    request: requests.PreparedRequest | None,
    response: requests.Response | None,
    elapsed_ms: float,
    failure: BaseException | None = None,
) -> None:
    """Write one exchange to the log (nothing when the trace is off). Troubleshooting must
    never break a request: a failure here is logged and the exchange goes on."""
    if request is None or not http_trace_on():
        return
    try:
        _write(request, response, elapsed_ms, failure)
    except Exception as error:  # any: see the docstring
        log.warning("the exchange could not be traced: %s", type(error).__name__)


def _write(
    request: requests.PreparedRequest,
    response: requests.Response | None,
    elapsed_ms: float,
    failure: BaseException | None,
) -> None:
    method = request.method or "?"
    url = redact_url(request.url or "")
    request_type = request.headers.get("Content-Type", "") if request.headers else ""
    lines = _lines(">", _headers(request.headers), _body_text(request.body, request_type))
    if response is not None:
        head = f"{method} {url} -> {response.status_code} {response.reason or ''}".rstrip()
        answer_type = response.headers.get("Content-Type", "")
        lines += _lines("<", _headers(response.headers), _body_text(response.content, answer_type))
    else:
        why = redact(type(failure).__name__ if failure is not None else "no answer")
        head = f"{method} {url} -> no answer ({why})"
    log.info("HTTP %s in %.0f ms\n%s", head, elapsed_ms, "\n".join(lines))


ANSWER_LIMIT = 600  # characters of a refusal kept as the server's own words


def answer_excerpt(response: requests.Response) -> str:
    """The start of a refusal's body, secrets blanked: what "Copy details" quotes as the
    server's own words."""
    kind = response.headers.get("Content-Type", "")
    text = redact_body(response.content[:_REDACT_LIMIT].decode("utf-8", errors="replace"), kind)
    text = " ".join(text.split())
    return text if len(text) <= ANSWER_LIMIT else text[: ANSWER_LIMIT - 1] + "…"

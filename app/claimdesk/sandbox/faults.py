"""Injected faults: rules set through /_sandbox/faults and the ASGI middleware that applies them.

The middleware wraps the whole application, so a fault acts like the network or a proxy in
front of the platform: the platform code never knows about it.
"""

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .platforms import platform_for_path

CONTROL_PREFIX = "/_sandbox"
_MALFORMED_BODY = (
    b"<!DOCTYPE html><html><head><title>Service unavailable</title></head>"
    b"<body><h1>Service temporarily unavailable</h1><p>Please try again later.</p></body></html>"
)

_GATEWAY_BODY = (
    b"<html><head><title>{status} Gateway error</title></head><body>"
    b"<center><h1>{status} Gateway error</h1></center><hr><center>nginx</center></body></html>"
)


class FaultRule(BaseModel):
    """What to do to the next `times` requests that match (times 0: until cleared).

    After `latency_ms`, one effect applies, the first set of: drop before_store, redirect,
    status, malformed, gateway, drop after_store; with none of them the request is served
    normally.

    `gateway` (502 or 504) answers as a reverse proxy in front of the platform would: an
    HTML error page, after the platform stored the request (`gateway_when` "after_store",
    the default) or without passing it on ("before_store"). `redirect` answers 307 with
    that Location without passing the request on.
    """

    model_config = ConfigDict(extra="forbid")

    platform: Literal["myrewards", "claret", "peak", "thalamus"] | None = None
    path: str | None = None  # a prefix of the request path
    method: str | None = None
    latency_ms: int = Field(default=0, ge=0, le=600_000)
    status: int | None = Field(default=None, ge=100, le=599)
    retry_after: int | None = Field(default=None, ge=0)
    message: str = "Injected fault"  # the error a `status` answer gives, in the JSON body
    drop: Literal["before_store", "after_store"] | None = None
    malformed: bool = False
    gateway: Literal[502, 504] | None = None
    gateway_when: Literal["before_store", "after_store"] = "after_store"
    redirect: str | None = None
    times: int = Field(default=1, ge=0)

    @field_validator("method")
    @classmethod
    def _upper(cls, method: str | None) -> str | None:
        return method.upper() if method else None

    def matches(self, platform: str | None, path: str, method: str) -> bool:
        return (
            (self.platform is None or self.platform == platform)
            and (self.path is None or path.startswith(self.path))
            and (self.method is None or self.method == method)
        )


@dataclass
class _Entry:
    id: int
    rule: FaultRule
    remaining: int | None  # None: until cleared


class FaultBook:
    """The active fault rules, in the order they were added."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._next_id = 1

    def add(self, rule: FaultRule) -> dict[str, Any]:
        entry = _Entry(self._next_id, rule, rule.times or None)
        self._next_id += 1
        self._entries.append(entry)
        return self._describe(entry)

    def clear(self) -> None:
        self._entries.clear()

    def describe(self) -> list[dict[str, Any]]:
        return [self._describe(entry) for entry in self._entries]

    def take(self, path: str, method: str) -> FaultRule | None:
        """The first rule matching this request, counting the request against it."""
        platform = platform_for_path(path)
        for entry in self._entries:
            if entry.rule.matches(platform, path, method):
                if entry.remaining is not None:
                    entry.remaining -= 1
                    if entry.remaining == 0:
                        self._entries.remove(entry)
                return entry.rule
        return None

    @staticmethod
    def _describe(entry: _Entry) -> dict[str, Any]:
        return {"id": entry.id, **entry.rule.model_dump(), "remaining": entry.remaining}


class ConnectionDropped(Exception):
    """Raised after a response has started, so that uvicorn closes the connection."""


class _HideDroppedConnections(logging.Filter):
    """Keeps the intended drops out of uvicorn's error log (real errors still show)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc_type = record.exc_info[0] if record.exc_info else None
        return not (exc_type is not None and issubclass(exc_type, ConnectionDropped))


_HIDE_DROPS = _HideDroppedConnections()


class FaultMiddleware:
    """Pure ASGI middleware applying the first matching rule of `book` to each request."""

    def __init__(self, app: ASGIApp, book: FaultBook) -> None:
        self.app = app
        self.book = book
        uvicorn_errors = logging.getLogger("uvicorn.error")
        if _HIDE_DROPS not in uvicorn_errors.filters:
            uvicorn_errors.addFilter(_HIDE_DROPS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or path.startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        rule = self.book.take(path, scope["method"])
        if rule is None:
            await self.app(scope, receive, send)
            return

        if rule.latency_ms:
            await asyncio.sleep(rule.latency_ms / 1000)
        if rule.drop == "before_store":
            await _drain(receive)
            await _break_connection(send)
        elif rule.redirect is not None:
            await _drain(receive)
            await _send(
                send, 307, b"text/html; charset=utf-8", b"", [(b"location", rule.redirect.encode())]
            )
        elif rule.status is not None:
            await _drain(receive)
            await _send_status(send, rule.status, rule.retry_after, rule.message)
        elif rule.malformed:
            await _drain(receive)
            await _send(send, 200, b"text/html; charset=utf-8", _MALFORMED_BODY)
        elif rule.gateway is not None:
            if rule.gateway_when == "after_store":
                await self.app(scope, receive, _discard)
            else:
                await _drain(receive)
            body = _GATEWAY_BODY.replace(b"{status}", str(rule.gateway).encode())
            await _send(send, rule.gateway, b"text/html; charset=utf-8", body)
        elif rule.drop == "after_store":
            await self.app(scope, receive, _discard)
            await _break_connection(send)
        else:
            await self.app(scope, receive, send)


async def _discard(_message: Message) -> None:
    return None


async def _drain(receive: Receive) -> None:
    """Read the request body so that closing the socket does not reset unread data."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _send(
    send: Send,
    status: int,
    content_type: bytes,
    body: bytes,
    extra_headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    headers = [
        (b"content-type", content_type),
        (b"content-length", str(len(body)).encode()),
        *(extra_headers or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _send_status(send: Send, status: int, retry_after: int | None, message: str) -> None:
    extra = [(b"retry-after", str(retry_after).encode())] if retry_after is not None else []
    body = json.dumps({"errors": [message]}, separators=(",", ":")).encode()
    await _send(send, status, b"application/json", body, extra)


async def _break_connection(send: Send) -> None:
    """Announce a body that never comes, then fail: uvicorn closes the transport, and the
    client sees the connection end in the middle of the response."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
        }
    )
    raise ConnectionDropped("injected fault: connection dropped")

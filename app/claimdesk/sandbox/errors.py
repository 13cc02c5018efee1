"""Every error the sandbox answers is JSON of the form {"errors": [...], ...}."""

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

_STATUS_MESSAGES = {404: "Not found", 405: "Method not allowed"}


class SandboxError(Exception):
    """An error answer: status, messages and optional extra top-level keys."""

    def __init__(
        self, status_code: int, errors: list[str], extra: dict[str, Any] | None = None
    ) -> None:
        super().__init__(status_code, errors)
        self.status_code = status_code
        self.errors = errors
        self.extra = extra or {}


def error_response(
    status_code: int,
    errors: list[str],
    extra: dict[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse({"errors": errors, **(extra or {})}, status_code, headers=headers)


async def _sandbox_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, SandboxError)
    return error_response(exc.status_code, exc.errors, exc.extra)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = _STATUS_MESSAGES.get(exc.status_code, str(exc.detail))
    return error_response(exc.status_code, [message], headers=exc.headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    messages = []
    for error in exc.errors():
        location = [str(part) for part in error.get("loc", ()) if part not in ("body", "query")]
        field = ".".join(location) or "body"
        messages.append(f"{field}: {error.get('msg', 'is invalid')}")
    return error_response(422, messages)


async def _internal_error(_request: Request, _exc: Exception) -> JSONResponse:
    return error_response(500, ["Internal server error"])


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(SandboxError, _sandbox_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _internal_error)

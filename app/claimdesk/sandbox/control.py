"""Inspection and fault control for tests and trainers, under /_sandbox (no auth)."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from .errors import SandboxError
from .faults import CONTROL_PREFIX, FaultRule
from .platforms import PLATFORMS
from .state import SandboxState

router = APIRouter(prefix=CONTROL_PREFIX)


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


@router.get("/received")
async def received(request: Request, platform: str | None = None) -> list[dict[str, Any]]:
    if platform is not None and platform not in PLATFORMS:
        raise SandboxError(422, ["platform: must be one of " + ", ".join(PLATFORMS)])
    return _state(request).received_for(platform)


@router.post("/reset")
async def reset(request: Request) -> dict[str, str]:
    _state(request).reset()
    return {"status": "reset"}


@router.get("/faults")
async def list_faults(request: Request) -> list[dict[str, Any]]:
    return _state(request).faults.describe()


@router.post("/faults")
async def add_fault(request: Request, rule: FaultRule) -> JSONResponse:
    return JSONResponse(_state(request).faults.add(rule), status_code=201)


@router.delete("/faults")
async def clear_faults(request: Request) -> dict[str, str]:
    _state(request).faults.clear()
    return {"status": "cleared"}

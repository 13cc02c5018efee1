"""Inspection and fault control for tests and trainers, under /_sandbox (no auth)."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from .errors import SandboxError
from .faults import CONTROL_PREFIX, FaultRule
from .platforms import PLATFORMS
from .state import sandbox_state
from .variants import VARIANTS, checked

router = APIRouter(prefix=CONTROL_PREFIX)


@router.get("/received")
async def received(request: Request, platform: str | None = None) -> list[dict[str, Any]]:
    if platform is not None and platform not in PLATFORMS:
        raise SandboxError(422, ["platform: must be one of " + ", ".join(PLATFORMS)])
    return sandbox_state(request).received_for(platform)


@router.post("/reset")
async def reset(request: Request) -> dict[str, str]:
    sandbox_state(request).reset()
    return {"status": "reset"}


@router.get("/faults")
async def list_faults(request: Request) -> list[dict[str, Any]]:
    return sandbox_state(request).faults.describe()


@router.post("/faults")
async def add_fault(request: Request, rule: FaultRule) -> JSONResponse:
    return JSONResponse(sandbox_state(request).faults.add(rule), status_code=201)


@router.delete("/faults")
async def clear_faults(request: Request) -> dict[str, str]:
    sandbox_state(request).faults.clear()
    return {"status": "cleared"}


@router.get("/variants")
async def list_variants(request: Request) -> dict[str, Any]:
    return {"active": sorted(sandbox_state(request).variants), "known": VARIANTS}


@router.put("/variants")
async def set_variants(request: Request, body: dict[str, list[str]]) -> dict[str, Any]:
    """Follow exactly the variants named (until the next reset, which restores the start's)."""
    try:
        chosen = checked(body.get("variants", []))
    except ValueError as exc:
        raise SandboxError(422, [f"variants: {exc}"]) from exc
    sandbox_state(request).variants = chosen
    return {"active": sorted(chosen)}

"""The sandbox's ASGI application: one router per platform, shared state, faults around all."""

from collections.abc import Iterable

from fastapi import FastAPI

from . import claret, control, myrewards, myrewards_returns, peak, thalamus
from .errors import install_error_handlers
from .faults import FaultMiddleware
from .state import SandboxState


def create_app(variants: Iterable[str] = ()) -> FastAPI:
    """A new application with its own fresh demo data, following `variants` (variants.py)."""
    app = FastAPI(
        title="ClaimDesk sandbox",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    state = SandboxState(variants)
    app.state.sandbox = state
    install_error_handlers(app)
    app.include_router(myrewards.router)
    app.include_router(myrewards_returns.router)
    app.include_router(peak.router)
    app.include_router(thalamus.router)
    app.include_router(claret.router)  # last: its /{tenant}/… paths would match the others
    app.include_router(control.router)
    app.add_middleware(FaultMiddleware, book=state.faults)
    return app

"""Local HTTP emulator of the platforms, with demo data and fault injection.

Importing this package is cheap: the server parts (FastAPI, uvicorn) load on first use of
`SandboxServer`, `run_foreground` or `create_app`.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .server import SandboxServer, run_foreground

__all__ = ["SandboxServer", "create_app", "run_foreground"]


def __getattr__(name: str) -> Any:
    if name in ("SandboxServer", "run_foreground"):
        from . import server

        return getattr(server, name)
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Training mode's connections are opened by ``service/workspace.py`` (it starts the
sandbox) through the same path as saved profiles; ``Connection`` lives in
``service/connections.py`` and is named here for the callers that import it from here."""

from __future__ import annotations

from claimdesk.service.connections import Connection

__all__ = ["Connection", "training_connections"]


def training_connections(base_url: str) -> list[Connection]:
    """For callers not moved to the workspace yet: see ``workspace.training_connections``."""
    from claimdesk.service.workspace import training_connections as opened

    return opened(base_url)

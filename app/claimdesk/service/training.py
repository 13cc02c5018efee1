"""Training mode: one connection per platform to the built-in sandbox, demo credentials."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from claimdesk.service.platform import PlatformService

# Each module offers ``training_connection(base_url) -> Connection``.
PLATFORM_SERVICES = ("myrewards", "claret", "peak", "thalamus")


@dataclass(frozen=True)
class Connection:
    """A named, ready service: a connection profile once opened, or a training one."""

    name: str
    service: PlatformService
    description: str = ""
    profile: str | None = None  # the saved profile behind it; None in training mode
    confirmed: bool = False  # the platform's caution was confirmed (Claret's beta POST)


def training_connections(base_url: str) -> list[Connection]:
    """The demo connections, one per platform, to a sandbox at ``base_url``."""
    return [
        importlib.import_module(f"claimdesk.service.{platform}").training_connection(base_url)
        for platform in PLATFORM_SERVICES
    ]

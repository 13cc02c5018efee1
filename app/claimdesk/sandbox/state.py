"""The sandbox's in-memory state: the platforms' data, the received log and the fault rules.

All endpoints are `async def`, so every change happens on the server's event loop thread.
"""

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request

from . import claret, peak, thalamus
from .demo_data import build_myrewards
from .faults import FaultBook
from .myrewards_models import MyRewardsData
from .variants import checked


class SandboxState:
    def __init__(self, variants: Iterable[str] = ()) -> None:
        self.startup_variants = checked(variants)
        self.variants: frozenset[str] = self.startup_variants
        self.faults = FaultBook()
        self.received: list[dict[str, Any]] = []
        self.myrewards: MyRewardsData = build_myrewards()
        self.claret: Any = claret.fresh_data()
        self.peak: Any = peak.fresh_data()
        self.thalamus: Any = thalamus.fresh_data()

    def reset(self) -> None:
        """Fresh demo data, an empty received log, no faults and the variants of the start."""
        self.variants = self.startup_variants
        self.faults.clear()
        self.received.clear()
        self.myrewards = build_myrewards()
        self.claret = claret.fresh_data()
        self.peak = peak.fresh_data()
        self.thalamus = thalamus.fresh_data()

    def record_received(self, platform: str, item: dict[str, Any]) -> None:
        received_at = datetime.now(UTC).isoformat(timespec="microseconds")
        self.received.append({"platform": platform, **item, "received_at": received_at})

    def received_for(self, platform: str | None) -> list[dict[str, Any]]:
        return [item for item in self.received if platform in (None, item["platform"])]


def sandbox_state(request: Request) -> SandboxState:
    """The state of the application serving `request`."""
    state: SandboxState = request.app.state.sandbox
    return state


def variant_on(request: Request, name: str) -> bool:
    """Whether the sandbox serving `request` follows the reading `name` (see variants.py)."""
    return name in sandbox_state(request).variants

"""ClaimDesk: sales claims and reward points on four incentive platforms."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    # importlib.metadata costs ~40 ms, so it is read on first use, not on import: the
    # window's start-up path never needs it.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimdesk")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'claimdesk' has no attribute {name!r}")

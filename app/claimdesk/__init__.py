"""ClaimDesk: sales claims and reward points on four incentive platforms."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claimdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

"""Which emulated platform a request path belongs to (used by faults and the received log)."""

import re
from typing import Final

MYREWARDS: Final = "myrewards"
CLARET: Final = "claret"
PEAK: Final = "peak"
THALAMUS: Final = "thalamus"
PLATFORMS: Final = (CLARET, MYREWARDS, PEAK, THALAMUS)

_PREFIXES: Final = (
    ("/api/v2/performance/", MYREWARDS),
    ("/api/v3/performance/", MYREWARDS),  # returned claims
    ("/api/v2/ingest/", PEAK),
    ("/api/v2/objects/", PEAK),
    ("/api/v4/", THALAMUS),  # /api/v4/signin and /api/v4/partner/...
)
_CLARET_PATH: Final = re.compile(r"^/[^/]+/api/v1/")


def platform_for_path(path: str) -> str | None:
    """The platform whose documented URL space holds `path`, or None (e.g. /_sandbox)."""
    for prefix, platform in _PREFIXES:
        if path.startswith(prefix) or path == prefix.rstrip("/"):
            return platform
    if _CLARET_PATH.match(path):
        return CLARET
    return None

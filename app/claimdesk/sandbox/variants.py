"""Readings of the vendors' documents that the sandbox can switch between.

Where a vendor's documentation conflicts with itself or is silent, the sandbox serves every
documented reading by default and one reading alone when a variant asks for it, so the tests
prove the client copes with whichever reading a real server follows (`claimdesk sandbox
--variant NAME`, `PUT /_sandbox/variants`).
"""

from collections.abc import Iterable
from typing import Final

PEAK_OBJECTS_PATH: Final = "peak-objects-path"
PEAK_INGEST_PATH: Final = "peak-ingest-path"
THALAMUS_COOKIE_SESSION: Final = "thalamus-cookie-session"
THALAMUS_BASIC_SESSION: Final = "thalamus-basic-session"
CLARET_SHORT_TOKENS: Final = "claret-short-tokens"
MYREWARDS_RETURNS: Final = "myrewards-returns"

VARIANTS: Final[dict[str, str]] = {
    PEAK_OBJECTS_PATH: "Peak uploads only at /api/v2/objects/{name} (the walkthrough and curl "
    "examples); /api/v2/ingest/object/{name} answers 404",
    PEAK_INGEST_PATH: "Peak uploads only at /api/v2/ingest/object/{name} (the resource pages); "
    "/api/v2/objects/{name} answers 404",
    THALAMUS_COOKIE_SESSION: "Thalamus keeps the session by the login's cookies only; "
    "Basic auth alone is refused",
    THALAMUS_BASIC_SESSION: "Thalamus keeps the session by HTTP Basic principal:password only; "
    "it sets no cookie",
    CLARET_SHORT_TOKENS: "a Claret token expires after a few calls (the client must fetch "
    "a new one with the email and password)",
    MYREWARDS_RETURNS: "MyRewards promotion 36 has returns enabled: its claims need a "
    "returns_identifier, as the server would say it",
}

# Variants that contradict each other: at most one of each group at a time.
EXCLUSIVE: Final = (
    frozenset({PEAK_OBJECTS_PATH, PEAK_INGEST_PATH}),
    frozenset({THALAMUS_COOKIE_SESSION, THALAMUS_BASIC_SESSION}),
)


def checked(names: Iterable[str]) -> frozenset[str]:
    """`names` as a set of known, compatible variants; ValueError naming the first problem."""
    chosen = frozenset(names)
    for name in sorted(chosen):
        if name not in VARIANTS:
            raise ValueError(f"unknown variant {name!r} (known: {', '.join(sorted(VARIANTS))})")
    for group in EXCLUSIVE:
        both = sorted(chosen & group)
        if len(both) > 1:
            raise ValueError(f"variants {' and '.join(both)} exclude each other")
    return chosen

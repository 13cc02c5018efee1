"""Peak's demo data: the products and locations that the foreign keys are checked against
(never listed: Peak documents no read of them), and the stored SALE_EXTRA table (by
primary key)."""

from dataclasses import dataclass, field
from typing import Any

from .demo_credentials import PEAK_PREFIX, PEAK_SOLUTION_NAME, PEAK_SUFFIX

SALE_EXTRA = f"{PEAK_PREFIX}SALE_EXTRA{PEAK_SUFFIX}"
SOLUTION = PEAK_SOLUTION_NAME
MAX_ROWS = 500  # the Supply Chain & Retail API guide's limit per request

_PRODUCTS = (
    ("PROD-001", "Trail running shoe"),
    ("PROD-002", "Rain jacket"),
    ("PROD-003", "Merino base layer"),
    ("PROD-004", "Hiking sock, 3 pack"),
    ("PROD-005", "Daypack 22 L"),
    ("PROD-006", "Insulated bottle 750 ml"),
    ("PROD-007", "Softshell trousers"),
    ("PROD-008", "Fleece mid layer"),
)
_LOCATIONS = (
    ("LOC-UK-001", "London Oxford Street"),
    ("LOC-UK-002", "Manchester Arndale"),
    ("LOC-DE-001", "Berlin Mitte"),
    ("LOC-FR-001", "Paris Les Halles"),
)


@dataclass
class PeakData:
    products: dict[str, str] = field(default_factory=lambda: dict(_PRODUCTS))
    locations: dict[str, str] = field(default_factory=lambda: dict(_LOCATIONS))
    # SALE_EXTRA rows by (product_id, location_id, product_variant, sold_at in UTC).
    rows: dict[tuple[str, str, str, str], dict[str, Any]] = field(default_factory=dict)


def build_peak() -> PeakData:
    return PeakData()

"""Checks of SALE_EXTRA rows, to the letter of seeds/peak-sale-extra.md: every attribute key
in every row, nullability as the table says, types validated, foreign keys that exist.
Errors carry Peak's DI_E_ codes with the row and attribute."""

import math
from datetime import UTC, datetime
from typing import Any

from .peak_data import PeakData

# (attribute, type, nullable) in the seed's order.
ATTRIBUTES: tuple[tuple[str, str, bool], ...] = (
    ("product_id", "string", False),
    ("location_id", "string", False),
    ("product_variant", "string", False),
    ("sold_at", "timestamp", False),
    ("created_at", "timestamp", True),
    ("sale_id", "string", True),
    ("customer_id", "string", True),
    ("sales_units", "integer", False),
    ("sales_value", "float", False),
    ("return_units", "integer", False),
    ("return_value", "float", False),
    ("demand_units", "float", True),
    ("demand_value", "float", True),
    ("returned_at", "timestamp", True),
    ("shipped_at", "timestamp", True),
    ("updated_at", "timestamp", True),
)
NAMES = tuple(a[0] for a in ATTRIBUTES)
PRIMARY_KEY = ("product_id", "location_id", "product_variant", "sold_at")

MISSING = "DI_E_00010"
UNKNOWN = "DI_E_00011"
NOT_NULLABLE = "DI_E_00012"
WRONG_TYPE = "DI_E_00020"
FOREIGN_KEY = "DI_E_00030"
BAD_REQUEST = "DI_E_00001"


def error(
    code: str, message: str, row: int | None = None, attribute: str | None = None
) -> dict[str, Any]:
    return {"code": code, "row": row, "attribute": attribute, "message": message}


def timestamp(value: object) -> datetime | None:
    """ISO 8601 with a zone ("Z" or ±hh:mm); anything else is not a timestamp."""
    if not isinstance(value, str) or len(value) < 16 or value[10] not in "Tt":
        return None
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else None


def _type_ok(kind: str, value: object) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        )
    return timestamp(value) is not None


def check_row(index: int, row: object, data: PeakData) -> list[dict[str, Any]]:
    if not isinstance(row, dict):
        return [error(BAD_REQUEST, "each row must be a JSON object", index)]
    found: list[dict[str, Any]] = []
    for name in row:
        if name not in NAMES:
            found.append(error(UNKNOWN, f"{name} is not an attribute of SALE_EXTRA", index, name))
    for name, kind, nullable in ATTRIBUTES:
        if name not in row:
            found.append(error(MISSING, f"attribute {name} is required in every row", index, name))
            continue
        value = row[name]
        if value is None:
            if not nullable:
                found.append(error(NOT_NULLABLE, f"{name} cannot be null", index, name))
            continue
        if not _type_ok(kind, value):
            found.append(error(WRONG_TYPE, f"{name} must be a {kind}", index, name))
    if not found:
        if row["product_id"] not in data.products:
            found.append(
                error(
                    FOREIGN_KEY, f"product {row['product_id']} does not exist", index, "product_id"
                )
            )
        if row["location_id"] not in data.locations:
            found.append(
                error(
                    FOREIGN_KEY,
                    f"location {row['location_id']} does not exist",
                    index,
                    "location_id",
                )
            )
    return found


def key_of(row: dict[str, Any]) -> tuple[str, str, str, str]:
    sold = timestamp(row["sold_at"])
    assert sold is not None
    utc = sold.astimezone(UTC).isoformat()
    return (row["product_id"], row["location_id"], row["product_variant"], utc)

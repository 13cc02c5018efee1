"""Checks of SALE_EXTRA rows, to the letter of seeds/peak-sale-extra.md: every attribute key
in every row, nullability as the table says, types validated, foreign keys that exist.
Each broken rule is one error with Peak's DI_E_ code, the row and the attribute.

Where the seed is silent (the same choices as the desktop's domain/peak.py, written here
again on purpose: the sandbox shares no model with the client):
- integer: a JSON integer. ``true``, ``2.0``, ``2e0`` and ``"2"`` are not integers.
- float: any finite JSON number (``0`` as well as ``0.00``); not a bool, not a string.
- timestamp: ISO 8601 date and time with a zone (``Z`` or ``±hh:mm``); a zoneless or
  date-only value is not a timestamp.
- string: at most 255 characters.
- return_units, return_value, demand_units, demand_value are not negative; sales_units and
  sales_value are net of returns and may be.
"""

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
NOT_NEGATIVE = frozenset({"return_units", "return_value", "demand_units", "demand_value"})
MAX_STRING = 255

# The sandbox's DI_E_ codes (Peak documents the DI_E_XXXXX shape, not the numbers).
BAD_REQUEST = "DI_E_00001"  # the body or a row is not a JSON object
BAD_SOLUTION = "DI_E_00002"  # solutionName is not the connection's solution
BAD_OPERATION = "DI_E_00003"  # operationType is not UPSERT or APPEND
NO_DATA = "DI_E_00004"  # data is missing, not an array, or empty
BAD_DRY_RUN = "DI_E_00005"  # dryRun is present and not a boolean
NOT_JSON = "DI_E_00006"  # Content-Type is not application/json (answered with 415)
MISSING = "DI_E_00010"  # an attribute key is absent from a row
UNKNOWN = "DI_E_00011"  # a key that is not an attribute of the object
NOT_NULLABLE = "DI_E_00012"  # null in a non-nullable attribute
TOO_MANY_ROWS = "DI_E_00013"  # more than 500 rows in one request
WRONG_TYPE = "DI_E_00020"  # the value is not of the attribute's type
NEGATIVE = "DI_E_00021"  # a count or value of returns / demand below zero
TOO_LONG = "DI_E_00022"  # a string over 255 characters
FOREIGN_KEY = "DI_E_00030"  # product_id / location_id not in PRODUCT / LOCATION
KEY_EXISTS = "DI_E_00040"  # APPEND of a primary key that is stored or repeated
UNAUTHORISED = "DI_E_00401"
NO_SUCH_OBJECT = "DI_E_00404"

_TYPE_WORDS = {
    "string": "must be a string",
    "integer": "must be an integer (a JSON number without a fraction, e.g. 2)",
    "float": "must be a finite number",
    "timestamp": "must be an ISO 8601 timestamp with a zone, e.g. 2025-01-28T14:30:00Z",
}


def error(
    code: str, message: str, row: int | None = None, attribute: str | None = None
) -> dict[str, Any]:
    """One entry of the 400 body ``{"errors": [...]}``; ``message`` follows the attribute's
    name ("sales_units" + "cannot be null")."""
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


def type_ok(kind: str, value: object) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        )
    return timestamp(value) is not None


def _value_errors(index: int, name: str, kind: str, value: object) -> list[dict[str, Any]]:
    if not type_ok(kind, value):
        return [error(WRONG_TYPE, _TYPE_WORDS[kind], index, name)]
    if kind == "string" and isinstance(value, str) and len(value) > MAX_STRING:
        return [error(TOO_LONG, f"must be at most {MAX_STRING} characters", index, name)]
    if name in NOT_NEGATIVE and isinstance(value, int | float) and value < 0:
        return [error(NEGATIVE, "cannot be negative", index, name)]
    return []


def check_row(index: int, row: object, data: PeakData) -> list[dict[str, Any]]:
    """Every broken rule of one row (empty when the row can be stored)."""
    if not isinstance(row, dict):
        return [error(BAD_REQUEST, "must be a JSON object", index)]
    found: list[dict[str, Any]] = [
        error(UNKNOWN, "is not an attribute of SALE_EXTRA", index, name)
        for name in row
        if name not in NAMES
    ]
    for name, kind, nullable in ATTRIBUTES:
        if name not in row:
            found.append(error(MISSING, "is required in every row (null if unknown)", index, name))
        elif row[name] is None:
            if not nullable:
                found.append(error(NOT_NULLABLE, "cannot be null", index, name))
        else:
            found += _value_errors(index, name, kind, row[name])
    for name, table, what in (
        ("product_id", data.products, "product"),
        ("location_id", data.locations, "location"),
    ):
        value = row.get(name)
        if isinstance(value, str) and value not in table:
            found.append(error(FOREIGN_KEY, f"{value} is not a known {what}", index, name))
    return found


def key_of(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """The primary key; sold_at compared as an instant (…T15:30+01:00 is …T14:30Z)."""
    sold = timestamp(row["sold_at"])
    assert sold is not None
    utc = sold.astimezone(UTC).isoformat()
    return (row["product_id"], row["location_id"], row["product_variant"], utc)

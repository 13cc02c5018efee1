"""Strict readers for values that arrive in JSON bodies.

Each returns the parsed value or None when the value does not have the expected form, so the
callers phrase the error in their platform's own words.
"""

import math
import re
from datetime import date

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGITS = re.compile(r"^\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def is_blank(value: object) -> bool:
    """Missing in the sense of the platforms: null, or a string of only whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


def iso_date(value: object) -> date | None:
    """A calendar date written exactly as YYYY-MM-DD."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def json_int(value: object) -> int | None:
    """A JSON integer (never a boolean, never a float such as 1.5 or 2.0)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def int_or_digits(value: object) -> int | None:
    """A JSON integer, or a string of decimal digits."""
    if isinstance(value, str):
        text = value.strip()
        return int(text) if _DIGITS.match(text) else None
    return json_int(value)


def is_number(value: object) -> bool:
    """A finite JSON number, or a string holding one."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, str) and _NUMBER.match(value.strip()):
        return math.isfinite(float(value))
    return False

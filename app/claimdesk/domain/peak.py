"""Peak SALE_EXTRA: the sixteen attributes of seeds/peak-sale-extra.md as a form, their
local rules, the row the API expects (every key present, null where blank and nullable),
and primary-key clashes within one batch.

Where the seed is silent (the sandbox's sandbox/peak_rows.py makes the same choices):
- An integer attribute is sent as a JSON integer. Typed text "2" or "2.0" is the whole
  number 2 and goes out as ``2``; "2.5" is refused here. The server refuses ``2.0``,
  ``true`` and ``"2"``, none of which this module ever sends.
- A float attribute is sent as a JSON number with a point (``0.0``), finite.
- A timestamp is ISO 8601 with its zone; it is sent as typed, with ``+00:00`` as ``Z``.
- Returns and demand (units and values) are not negative; net sales (``sales_units``,
  ``sales_value``, after returns) may be.
- Strings are trimmed and at most 255 characters; blank is absent, and an absent nullable
  attribute is sent as null (never left out).
- The primary key compares ``sold_at`` as an instant: 15:30+01:00 is 14:30Z.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from claimdesk.domain.checks import ClaimCheck, in_form_order
from claimdesk.domain.fields import (
    PRODUCT_HEADERS,
    QUANTITY_HEADERS,
    Choice,
    FieldSpec,
    FieldType,
    FormSchema,
)
from claimdesk.domain.issues import Issue
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.domain.validation import Value, check_values, json_number

PLATFORM = "peak"
MAX_ROWS_PER_REQUEST = 500  # the API guide's limit; also the chunk size ClaimDesk sends
PRIMARY_KEY = ("product_id", "location_id", "product_variant", "sold_at")

# (name, label, type, nullable), in the seed's order.
ATTRIBUTES: tuple[tuple[str, str, FieldType, bool], ...] = (
    ("product_id", QT_TRANSLATE_NOOP("Fields", "Product"), FieldType.TEXT, False),
    ("location_id", QT_TRANSLATE_NOOP("Fields", "Location"), FieldType.TEXT, False),
    ("product_variant", QT_TRANSLATE_NOOP("Fields", "Variant"), FieldType.TEXT, False),
    ("sold_at", QT_TRANSLATE_NOOP("Fields", "Sold at"), FieldType.TIMESTAMP, False),
    ("created_at", QT_TRANSLATE_NOOP("Fields", "Created at"), FieldType.TIMESTAMP, True),
    ("sale_id", QT_TRANSLATE_NOOP("Fields", "Sale ID"), FieldType.TEXT, True),
    ("customer_id", QT_TRANSLATE_NOOP("Fields", "Customer ID"), FieldType.TEXT, True),
    ("sales_units", QT_TRANSLATE_NOOP("Fields", "Net units sold"), FieldType.INTEGER, False),
    ("sales_value", QT_TRANSLATE_NOOP("Fields", "Net sales value"), FieldType.NUMBER, False),
    ("return_units", QT_TRANSLATE_NOOP("Fields", "Units returned"), FieldType.INTEGER, False),
    ("return_value", QT_TRANSLATE_NOOP("Fields", "Value returned"), FieldType.NUMBER, False),
    ("demand_units", QT_TRANSLATE_NOOP("Fields", "Units demanded"), FieldType.NUMBER, True),
    ("demand_value", QT_TRANSLATE_NOOP("Fields", "Value demanded"), FieldType.NUMBER, True),
    ("returned_at", QT_TRANSLATE_NOOP("Fields", "Returned at"), FieldType.TIMESTAMP, True),
    ("shipped_at", QT_TRANSLATE_NOOP("Fields", "Shipped at"), FieldType.TIMESTAMP, True),
    ("updated_at", QT_TRANSLATE_NOOP("Fields", "Updated at"), FieldType.TIMESTAMP, True),
)
NAMES = tuple(a[0] for a in ATTRIBUTES)
# Headers offices write for Peak's product and units sold (domain/fields.py).
_SYNONYMS = {"product_id": PRODUCT_HEADERS, "sales_units": QUANTITY_HEADERS}
NOT_NEGATIVE = frozenset({"return_units", "return_value", "demand_units", "demand_value"})
_HELP = {
    "product_variant": QT_TRANSLATE_NOOP(
        "Fields", "Size, colour, pack… written the same way on every row, e.g. size:L."
    ),
    "sales_units": QT_TRANSLATE_NOOP("Fields", "Net units sold for this variant, after returns."),
    "sold_at": QT_TRANSLATE_NOOP(
        "Fields", "Date and time with its zone, e.g. 2025-01-28T14:30:00Z."
    ),
}


def build_schema(
    object_name: str, products: Iterable[Choice] = (), locations: Iterable[Choice] = ()
) -> FormSchema:
    """The form. Products and locations are typed freely: Peak documents no list of them
    (its server checks the foreign keys); ``products`` and ``locations`` are suggestions."""
    suggested = {"product_id": tuple(products), "location_id": tuple(locations)}
    fields = []
    for position, (name, label, kind, nullable) in enumerate(ATTRIBUTES):
        fields.append(
            FieldSpec(
                name,
                label,
                kind,
                required=not nullable,
                position=position,
                suggestions=suggested.get(name, ()),
                min_value=0 if name in NOT_NEGATIVE else None,
                max_length=255 if kind is FieldType.TEXT else None,
                help=_HELP.get(name, ""),
                synonyms=_SYNONYMS.get(name, ()),
            )
        )
    return FormSchema(key=f"{PLATFORM}:{object_name}", title=object_name, fields=tuple(fields))


def check_row(schema: FormSchema, raw: Mapping[str, object]) -> ClaimCheck:
    parsed = check_values(schema, raw)
    issues = list(parsed.issues)
    return ClaimCheck(in_form_order(issues, schema.names), parsed.values)


def _json(value: Value) -> Any:
    if isinstance(value, dt.datetime):
        return _iso(value, value.tzinfo)
    if isinstance(value, Decimal):
        return _number(value)  # exact: the digits checked, not a rounded float
    return value


# Cached: a batch repeats few distinct times and amounts, and 100,000 rows go through here
# (tests/benchmarks/bench_peak.py). A time is keyed with its zone (equal instants in two
# zones are written as given); equal decimals make the same JSON number whatever their digits.
@functools.lru_cache(maxsize=4096)
def _iso(value: dt.datetime, _zone: dt.tzinfo | None) -> str:
    return value.isoformat().replace("+00:00", "Z")


@functools.lru_cache(maxsize=4096)
def _number(value: Decimal) -> int | float:
    return json_number(value)


_FLOATS = frozenset(
    name for name, _label, kind, _nullable in ATTRIBUTES if kind is FieldType.NUMBER
)


def row_payload(values: Mapping[str, Value]) -> dict[str, Any]:
    """Every attribute key, in order; blank nullable ones as null. Floats as JSON numbers."""
    row: dict[str, Any] = {}
    for name in NAMES:  # one pass: 100,000 rows go through here (tests/benchmarks/bench_peak.py)
        value: Any = values.get(name)
        if value is not None and value.__class__ is not str:
            value = _json(value)
            if name in _FLOATS and isinstance(value, int):
                value = float(value)
        row[name] = value
    return row


def key_of(values: Mapping[str, Value]) -> tuple[object, ...] | None:
    """The primary key, ``sold_at`` as a UTC instant; None while a part of it is missing."""
    sold = values.get("sold_at")
    if not isinstance(sold, dt.datetime):
        return None
    parts = tuple(values.get(name) for name in PRIMARY_KEY[:3])
    if any(part is None for part in parts):
        return None
    return (*parts, sold.astimezone(dt.UTC))


def duplicate_keys(rows: Sequence[Mapping[str, Value]]) -> dict[int, Issue]:
    """Rows whose primary key an earlier row of the same batch has, by row index: an
    upsert would silently keep only the last of them, so they are flagged before sending."""
    first: dict[tuple[object, ...], int] = {}
    found: dict[int, Issue] = {}
    for index, values in enumerate(rows):
        key = key_of(values)
        if key is None:
            continue
        if key in first:
            found[index] = Issue(
                "sold_at",
                "duplicate_key",
                translate(
                    "Peak",
                    "repeats row {row}: the same product, location, variant and time; only one "
                    "of them would be kept",
                ).format(row=first[key] + 1),
            )
        else:
            first[key] = index
    return found


def check_batch(schema: FormSchema, rows: Sequence[Mapping[str, object]]) -> list[ClaimCheck]:
    """Each row's own rules, then primary keys repeated within the batch; one check per
    row, in order, so that issues map to row indexes."""
    checks = [check_row(schema, row) for row in rows]
    for index, issue in duplicate_keys([c.values for c in checks]).items():
        checks[index] = ClaimCheck(
            in_form_order([*checks[index].issues, issue], schema.names), checks[index].values
        )
    return checks

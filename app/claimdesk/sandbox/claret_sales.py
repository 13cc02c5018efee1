"""Claret's sales rules: the GET query and the POST body, checked as Claret's (Laravel) API
would, and the POST's effect on the data.

Errors take Laravel's validation shape (the sandbox's choice for Claret, see DESIGN.md):
422 `{"message": "<first error> (and N more errors)", "errors": {"<key>": ["<message>"]}}`,
where `<key>` names the place: `sale_type_name` (a query parameter), `arguments.sale_type_name`,
`content.3.item_name` (row 3, zero-based, field item_name). The POST is all-or-nothing: one bad
row stores nothing.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from .claret_data import NEW_ITEM_UOM, UNASSIGNED, ClaretData, CustomerGroup, Item, key
from .json_values import int_or_digits, is_blank, iso_date, json_int

PAGE_SIZE = 1000
MAX_POST_ROWS = 1000  # assumed: as many rows as a page holds
MAX_NAME_LENGTH = 255
MIN_QUANTITY = 0  # assumed: units sold or forecast, a whole number 0..1,000,000
MAX_QUANTITY = 1_000_000
MAX_DURATION = 36_600  # about a hundred years of days


class ClaretInvalid(Exception):
    """The request broke rules; `errors` maps each place to its messages."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(errors)
        self.errors = errors

    def body(self) -> dict[str, Any]:
        messages = [m for found in self.errors.values() for m in found]
        more = len(messages) - 1
        suffix = f" (and {more} more error{'s' if more != 1 else ''})" if more else ""
        return {"message": messages[0] + suffix, "errors": self.errors}


def required(attr: str) -> str:
    return f"The {attr} field is required."


def unknown(attr: str) -> str:
    return f"The selected {attr} is invalid."


def zero_or_one(attr: str) -> str:
    return f"The {attr} field must be 0 or 1."


# --- GET ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SalesQuery:
    sale_type_name: str
    start: date
    end: date  # exclusive: start + duration days
    flat: bool
    current_index: int


def read_query(data: ClaretData, params: dict[str, str]) -> SalesQuery:
    """The GET /sales query parameters, or ClaretInvalid naming each bad or missing one."""
    errors: dict[str, list[str]] = {}

    sale_type_name = None
    raw = params.get("sale_type_name")
    if is_blank(raw):
        errors["sale_type_name"] = [required("sale_type_name")]
    else:
        assert raw is not None
        sale_type_name = data.sale_types.get(key(raw))
        if sale_type_name is None:
            errors["sale_type_name"] = [unknown("sale_type_name")]

    raw = params.get("start_date")
    start = iso_date(raw.strip()) if raw else None
    if is_blank(raw):
        errors["start_date"] = [required("start_date")]
    elif start is None:
        errors["start_date"] = ["The start_date does not match the format Y-m-d."]

    raw = params.get("duration")
    duration = int_or_digits(raw) if raw is not None else None
    if is_blank(raw):
        errors["duration"] = [required("duration")]
    elif duration is None:
        errors["duration"] = ["The duration must be an integer."]
    elif not 1 <= duration <= MAX_DURATION:
        errors["duration"] = [f"The duration must be between 1 and {MAX_DURATION}."]

    raw = params.get("include_flattened_hierarchy")
    flat = False
    if raw is not None and raw.strip() not in ("", "0", "1"):
        errors["include_flattened_hierarchy"] = [zero_or_one("include_flattened_hierarchy")]
    elif raw is not None:
        flat = raw.strip() == "1"

    raw = params.get("current_index")
    current_index = 0
    if raw is not None and raw.strip():
        parsed = int_or_digits(raw)
        if parsed is None:
            errors["current_index"] = ["The current_index must be an integer."]
        else:
            current_index = parsed

    if errors:
        raise ClaretInvalid(errors)
    assert sale_type_name is not None
    assert start is not None
    assert duration is not None
    return SalesQuery(sale_type_name, start, start + timedelta(days=duration), flat, current_index)


def sales_page(data: ClaretData, query: SalesQuery) -> dict[str, Any]:
    """One page of the records whose sell_date is in [start, start + duration), in id order.

    `current_index` is the zero-based position of the page's first record among them;
    `next_index` is where the next page starts, or null after the last page."""
    matching = [
        record
        for record in data.sales
        if record.sale_type_name == query.sale_type_name
        and query.start <= record.sell_date < query.end
    ]
    begin = query.current_index
    page = matching[begin : begin + PAGE_SIZE]
    following = begin + PAGE_SIZE
    shown = min(following, len(matching))
    # The fields of docs.claret.app's answer (DESIGN.md). Guess (the docs give names, not
    # meanings): `from`/`to` count records from 1 (null on an empty page), as Laravel's
    # paginator does; `previous_data_count` is the records before this page,
    # `data_count_remaining` those after it, `success_count` those on it.
    return {
        "success_message": "Sales data retrieved successfully.",
        "sales": [data.sale_json(record, query.flat) for record in page],
        "total": len(matching),
        "from": begin + 1 if page else None,
        "to": begin + len(page) if page else None,
        "per_page": PAGE_SIZE,
        "previous_data_count": min(begin, len(matching)),
        "data_count_remaining": max(len(matching) - shown, 0),
        "current_index": begin,
        "next_index": following if following < len(matching) else None,
        "success_count": len(page),
    }


# --- POST ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    item_name: str
    customer_group_name: str
    sell_date: date
    timing_interval_name: str
    quantity: int


@dataclass(frozen=True)
class Stored:
    """What a POST stored, for the answer and the received log."""

    sale_type_name: str
    create_missing: int
    sales: list[dict[str, Any]]
    rows: list[dict[str, Any]]  # the content rows as sent
    created_items: list[str]
    created_customer_groups: list[str]


def _text(errors: dict[str, list[str]], attr: str, value: object) -> str | None:
    """A required string of at most MAX_NAME_LENGTH characters, trimmed."""
    if is_blank(value):
        errors[attr] = [required(attr)]
        return None
    if not isinstance(value, str):
        errors[attr] = [f"The {attr} must be a string."]
        return None
    text = value.strip()
    if len(text) > MAX_NAME_LENGTH:
        errors[attr] = [f"The {attr} may not be greater than {MAX_NAME_LENGTH} characters."]
        return None
    return text


def _arguments(
    data: ClaretData, body: dict[str, Any], errors: dict[str, list[str]]
) -> tuple[str | None, int | None]:
    arguments = body.get("arguments")
    if arguments is None:
        errors["arguments"] = [required("arguments")]
        return None, None
    if not isinstance(arguments, dict):
        errors["arguments"] = ["The arguments must be an object."]
        return None, None

    sale_type_name = None
    name = _text(errors, "arguments.sale_type_name", arguments.get("sale_type_name"))
    if name is not None:
        sale_type_name = data.sale_types.get(key(name))
        if sale_type_name is None:
            errors["arguments.sale_type_name"] = [unknown("arguments.sale_type_name")]

    flag_value = arguments.get("create_missing_item_customer_group")
    flag = 0 if flag_value is None else json_int(flag_value)
    if flag not in (0, 1):
        attr = "arguments.create_missing_item_customer_group"
        errors[attr] = [zero_or_one(attr)]
        flag = None
    return sale_type_name, flag


def _row(
    data: ClaretData, index: int, row: object, create: bool, errors: dict[str, list[str]]
) -> _Row | None:
    where = f"content.{index}"
    if not isinstance(row, dict):
        errors[where] = [f"The {where} must be an object."]
        return None
    before = len(errors)

    item = _text(errors, f"{where}.item_name", row.get("item_name"))
    if item is not None and not create and key(item) not in data.items:
        errors[f"{where}.item_name"] = [unknown(f"{where}.item_name")]

    group = _text(errors, f"{where}.customer_group_name", row.get("customer_group_name"))
    if group is not None and not create and key(group) not in data.customer_groups:
        errors[f"{where}.customer_group_name"] = [unknown(f"{where}.customer_group_name")]

    raw_date = row.get("sell_date")
    sell_date = iso_date(raw_date)
    if is_blank(raw_date):
        errors[f"{where}.sell_date"] = [required(f"{where}.sell_date")]
    elif sell_date is None:
        errors[f"{where}.sell_date"] = [f"The {where}.sell_date does not match the format Y-m-d."]

    interval = _text(errors, f"{where}.timing_interval_name", row.get("timing_interval_name"))
    interval_name = data.timing_intervals.get(key(interval)) if interval is not None else None
    if interval is not None and interval_name is None:
        errors[f"{where}.timing_interval_name"] = [unknown(f"{where}.timing_interval_name")]

    raw_quantity = row.get("quantity")
    quantity = json_int(raw_quantity)
    if raw_quantity is None:
        errors[f"{where}.quantity"] = [required(f"{where}.quantity")]
    elif quantity is None:
        errors[f"{where}.quantity"] = [f"The {where}.quantity must be an integer."]
    elif not MIN_QUANTITY <= quantity <= MAX_QUANTITY:
        errors[f"{where}.quantity"] = [
            f"The {where}.quantity must be between {MIN_QUANTITY} and {MAX_QUANTITY}."
        ]

    if len(errors) > before:
        return None
    assert item is not None
    assert group is not None
    assert sell_date is not None
    assert interval_name is not None
    assert quantity is not None
    return _Row(item, group, sell_date, interval_name, quantity)


def submit_sales(data: ClaretData, body: object) -> Stored:
    """Check the whole body, then store every row (creating missing items and customer groups
    when asked); ClaretInvalid and nothing stored when any rule is broken."""
    if not isinstance(body, dict):
        raise ClaretInvalid(
            {"arguments": [required("arguments")], "content": [required("content")]}
        )
    errors: dict[str, list[str]] = {}
    sale_type_name, flag = _arguments(data, body, errors)

    content = body.get("content")
    rows: list[_Row | None] = []
    if content is None:
        errors["content"] = [required("content")]
    elif not isinstance(content, list):
        errors["content"] = ["The content must be an array."]
    elif not content:
        errors["content"] = ["The content must have at least 1 items."]
    elif len(content) > MAX_POST_ROWS:
        errors["content"] = [f"The content may not have more than {MAX_POST_ROWS} items."]
    else:
        create = flag == 1
        rows = [_row(data, index, row, create, errors) for index, row in enumerate(content)]

    if errors:
        raise ClaretInvalid(errors)
    assert sale_type_name is not None
    assert flag is not None
    assert isinstance(content, list)
    return _store(data, sale_type_name, flag, [r for r in rows if r is not None], content)


def _store(
    data: ClaretData, sale_type_name: str, flag: int, rows: list[_Row], sent: list[Any]
) -> Stored:
    created_items: list[str] = []
    created_groups: list[str] = []
    sales = []
    for row in rows:
        item = data.items.get(key(row.item_name))
        if item is None:
            item = Item(row.item_name, NEW_ITEM_UOM, UNASSIGNED, UNASSIGNED)
            data.items[key(item.name)] = item
            created_items.append(item.name)
        group = data.customer_groups.get(key(row.customer_group_name))
        if group is None:
            group = CustomerGroup(row.customer_group_name, UNASSIGNED, UNASSIGNED)
            data.customer_groups[key(group.name)] = group
            created_groups.append(group.name)
        record = data.add_sale(
            sale_type_name,
            item.name,
            group.name,
            row.sell_date,
            row.timing_interval_name,
            Decimal(row.quantity),
        )
        sales.append(data.sale_json(record, flat=False))
    return Stored(sale_type_name, flag, sales, sent, created_items, created_groups)

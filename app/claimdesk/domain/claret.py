"""Claret sales (seeds/claret-sales.md): the records GET /sales answers and POST /sales takes,
as typed models; the claim form (the POST's ``arguments`` and one ``content`` row); the local
rules of DESIGN.md; and the body the platform expects.

Claret's POST is beta ("may not behave as expected … do not use for production data"), so
every send is preceded by ``BETA_WARNING`` (the window asks once per connection) and the
connector refuses to POST unless told ``beta_confirmed=True``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from claimdesk.domain.checks import ClaimCheck, in_form_order
from claimdesk.domain.fields import (
    PRODUCT_HEADERS,
    QUANTITY_HEADERS,
    SALE_DATE_HEADERS,
    Choice,
    FieldSpec,
    FieldType,
    FormSchema,
)
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.domain.validation import Value, check_values

PLATFORM = "claret"

SALE_TYPE = "sale_type_name"
CREATE_MISSING = "create_missing_item_customer_group"
ITEM = "item_name"
CUSTOMER_GROUP = "customer_group_name"
SELL_DATE = "sell_date"
TIMING_INTERVAL = "timing_interval_name"
QUANTITY = "quantity"
ARGUMENT_FIELDS = (SALE_TYPE, CREATE_MISSING)
CONTENT_FIELDS = (ITEM, CUSTOMER_GROUP, SELL_DATE, TIMING_INTERVAL, QUANTITY)

# No endpoint lists sale types or timing intervals: these are the names the documentation
# and the demo tenant use, offered as suggestions (a tenant may have others).
DEFAULT_SALE_TYPES = ("History", "Forecast")
TIMING_INTERVALS = ("Daily", "Weekly", "Monthly")

MAX_NAME_LENGTH = 255  # assumed: Claret's names are VARCHAR(255)
MIN_QUANTITY = 0  # assumed: units sold or forecast, a whole number from 0 to 1,000,000
MAX_QUANTITY = 1_000_000

BETA_WARNING = QT_TRANSLATE_NOOP(
    "Claret",
    "Claret's sales upload (POST) is in beta: Claret's own documentation says it may not "
    "behave as expected and must not be used for production data. Send to Claret anyway?",
)


# --- what the platform answers and takes -------------------------------------------------


class Sale(BaseModel):
    """One record of GET /sales. With ``include_flattened_hierarchy=1`` the platform adds
    hierarchy columns (the sandbox: item_category, item_family, customer_region,
    customer_channel); they are kept as extra fields, see ``hierarchy``."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: int
    sell_date: dt.date
    quantity: Decimal  # a decimal column: "12.00" or 12.5
    item_name: str
    customer_group_name: str
    timing_interval_span: str | None = None
    sale_type_name: str
    uom_abbr: str | None = None

    @property
    def hierarchy(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


class SalesRow(BaseModel):
    """One object of the POST's ``content`` array, typed as the seed's table says."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    item_name: str = Field(min_length=1, max_length=MAX_NAME_LENGTH)
    customer_group_name: str = Field(min_length=1, max_length=MAX_NAME_LENGTH)
    sell_date: dt.date
    timing_interval_name: str = Field(min_length=1, max_length=MAX_NAME_LENGTH)
    quantity: int = Field(ge=MIN_QUANTITY, le=MAX_QUANTITY)

    def to_json(self) -> dict[str, Any]:
        """The row as JSON: sell_date as YYYY-MM-DD, quantity as a JSON integer."""
        return {
            ITEM: self.item_name,
            CUSTOMER_GROUP: self.customer_group_name,
            SELL_DATE: self.sell_date.isoformat(),
            TIMING_INTERVAL: self.timing_interval_name,
            QUANTITY: self.quantity,
        }


def sales_body(
    sale_type_name: str, rows: Sequence[SalesRow], create_missing: bool
) -> dict[str, Any]:
    """The POST body: the ``arguments`` object and the ``content`` array."""
    return {
        "arguments": {
            SALE_TYPE: sale_type_name,
            CREATE_MISSING: 1 if create_missing else 0,
        },
        "content": [row.to_json() for row in rows],
    }


# --- the claim form ------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalog:
    """Names a rep is likely to want: for suggestions and notes, never for refusing (a
    tenant's full lists are not available)."""

    sale_types: tuple[str, ...] = DEFAULT_SALE_TYPES
    items: tuple[str, ...] = ()
    customer_groups: tuple[str, ...] = ()
    timing_intervals: tuple[str, ...] = TIMING_INTERVALS

    @classmethod
    def from_sales(
        cls, sales: Iterable[Sale], sale_types: Sequence[str] = DEFAULT_SALE_TYPES
    ) -> Catalog:
        """The distinct names found in ``sales`` (e.g. recent History), sorted."""
        items: dict[str, str] = {}
        groups: dict[str, str] = {}
        intervals = {_key(t): t for t in TIMING_INTERVALS}
        for sale in sales:
            items.setdefault(_key(sale.item_name), sale.item_name)
            groups.setdefault(_key(sale.customer_group_name), sale.customer_group_name)
            if sale.timing_interval_span:
                intervals.setdefault(_key(sale.timing_interval_span), sale.timing_interval_span)
        return cls(
            sale_types=tuple(sale_types),
            items=tuple(sorted(items.values(), key=str.casefold)),
            customer_groups=tuple(sorted(groups.values(), key=str.casefold)),
            timing_intervals=tuple(intervals.values()),
        )

    @cached_property
    def _known(self) -> dict[str, frozenset[str]]:
        """Each field's names as compared, built once: ``knows`` runs on every keystroke."""
        names = {
            ITEM: self.items,
            CUSTOMER_GROUP: self.customer_groups,
            TIMING_INTERVAL: self.timing_intervals,
            SALE_TYPE: self.sale_types,
        }
        return {field: frozenset(_key(n) for n in found) for field, found in names.items()}

    def knows(self, field: str, name: str) -> bool | None:
        """Whether ``name`` is among the known names of ``field``; None when none are known."""
        known = self._known.get(field)
        if not known:
            return None
        return _key(name) in known


def _key(name: str) -> str:
    return name.strip().casefold()


def _suggest(names: Iterable[str]) -> tuple[Choice, ...]:
    return tuple(Choice(name) for name in names)


def build_sales_schema(catalog: Catalog | None = None, key: str = "claret:sales") -> FormSchema:
    """The POST's arguments, then one content row; every field but the flag required."""
    catalog = catalog or Catalog()
    fields = (
        FieldSpec(
            SALE_TYPE,
            QT_TRANSLATE_NOOP("Fields", "Sale type"),
            FieldType.TEXT,
            required=True,
            position=0,
            suggestions=_suggest(catalog.sale_types),
            max_length=MAX_NAME_LENGTH,
            help=QT_TRANSLATE_NOOP(
                "Fields", "The Claret sale type the sales belong to, e.g. History or Forecast."
            ),
        ),
        FieldSpec(
            CREATE_MISSING,
            QT_TRANSLATE_NOOP("Fields", "Create missing items and customer groups"),
            FieldType.BOOLEAN,
            position=1,
            help=QT_TRANSLATE_NOOP(
                "Fields", "Create items and customer groups that Claret does not have yet"
            ),
        ),
        FieldSpec(
            ITEM,
            QT_TRANSLATE_NOOP("Fields", "Item"),
            FieldType.TEXT,
            required=True,
            position=2,
            suggestions=_suggest(catalog.items),
            max_length=MAX_NAME_LENGTH,
            help=QT_TRANSLATE_NOOP("Fields", "The item's name in Claret."),
            synonyms=PRODUCT_HEADERS,
        ),
        FieldSpec(
            CUSTOMER_GROUP,
            QT_TRANSLATE_NOOP("Fields", "Customer group"),
            FieldType.TEXT,
            required=True,
            position=3,
            suggestions=_suggest(catalog.customer_groups),
            max_length=MAX_NAME_LENGTH,
            help=QT_TRANSLATE_NOOP("Fields", "The customer group's name in Claret."),
        ),
        FieldSpec(
            SELL_DATE,
            QT_TRANSLATE_NOOP("Fields", "Sell date"),
            FieldType.DATE,
            required=True,
            position=4,
            help=QT_TRANSLATE_NOOP("Fields", "The day of the sale, YYYY-MM-DD."),
            synonyms=("Sale date", *SALE_DATE_HEADERS),
        ),
        FieldSpec(
            TIMING_INTERVAL,
            QT_TRANSLATE_NOOP("Fields", "Timing interval"),
            FieldType.TEXT,
            required=True,
            position=5,
            suggestions=_suggest(catalog.timing_intervals),
            max_length=MAX_NAME_LENGTH,
            help=QT_TRANSLATE_NOOP(
                "Fields", "The period the quantity covers: Daily, Weekly or Monthly."
            ),
        ),
        FieldSpec(
            QUANTITY,
            QT_TRANSLATE_NOOP("Fields", "Quantity"),
            FieldType.INTEGER,
            required=True,
            position=6,
            min_value=MIN_QUANTITY,
            max_value=MAX_QUANTITY,
            help=QT_TRANSLATE_NOOP("Fields", "Units, a whole number."),
            synonyms=QUANTITY_HEADERS,
        ),
    )
    return FormSchema(key=key, title=translate("Claret", "Sales (beta)"), fields=fields)


# --- rules -----------------------------------------------------------------------------------


def check_sales_claim(
    schema: FormSchema, raw: Mapping[str, object], catalog: Catalog | None = None
) -> ClaimCheck:
    """Every Claret rule that can be checked before sending, as field-level issues.

    Required fields, types and sizes come from the schema; the create flag is a yes/no sent as
    1 or 0. Names unknown to the catalog are notes, not issues: the catalog is partial."""
    catalog = catalog or Catalog()
    parsed = check_values(schema, raw)
    values = parsed.values
    create = values.get(CREATE_MISSING) is True
    notes: list[str] = []
    for field in (ITEM, CUSTOMER_GROUP):
        name = values.get(field)
        if isinstance(name, str) and catalog.knows(field, name) is False:
            notes.append(_unknown_name_note(field, name, create))
    for field in (SALE_TYPE, TIMING_INTERVAL):
        name = values.get(field)
        if isinstance(name, str) and catalog.knows(field, name) is False:
            notes.append(
                (
                    translate(
                        "Claret",
                        "“{name}” is not a usual sale type; Claret refuses ones it does not know.",
                    )
                    if field == SALE_TYPE
                    else translate(
                        "Claret",
                        "“{name}” is not a usual timing interval; Claret refuses ones it does not "
                        "know.",
                    )
                ).format(name=name)
            )
    return ClaimCheck(in_form_order(list(parsed.issues), schema.names), values, None, tuple(notes))


def _unknown_name_note(field: str, name: str, create: bool) -> str:
    if create:
        text = (
            translate("Claret", "Claret will create the item “{name}” if it does not exist.")
            if field == ITEM
            else translate(
                "Claret", "Claret will create the customer group “{name}” if it does not exist."
            )
        )
    elif field == ITEM:
        text = translate(
            "Claret",
            "The item “{name}” is not among recent sales: Claret refuses names it does not know "
            "unless “Create missing items and customer groups” is ticked.",
        )
    else:
        text = translate(
            "Claret",
            "The customer group “{name}” is not among recent sales: Claret refuses names it does "
            "not know unless “Create missing items and customer groups” is ticked.",
        )
    return text.format(name=name)


@dataclass(frozen=True)
class SalesClaim:
    """A checked claim: the POST's arguments and its one content row."""

    sale_type_name: str
    create_missing: bool
    row: SalesRow


def sales_claim(values: Mapping[str, Value]) -> SalesClaim:
    """The claim of values that passed ``check_sales_claim`` (raises if they did not)."""
    sell_date = values[SELL_DATE]
    quantity = values[QUANTITY]
    if not isinstance(sell_date, dt.date) or not isinstance(quantity, int):
        raise ValueError("the values were not checked")
    return SalesClaim(
        sale_type_name=str(values[SALE_TYPE]),
        create_missing=values.get(CREATE_MISSING) is True,
        row=SalesRow(
            item_name=str(values[ITEM]),
            customer_group_name=str(values[CUSTOMER_GROUP]),
            sell_date=sell_date,
            timing_interval_name=str(values[TIMING_INTERVAL]),
            quantity=quantity,
        ),
    )

"""Claret sales browsing: the query of seeds/claret-sales.md, every page followed through
``current_index`` / ``next_index``, running totals, and the columns that the sales window's
table, its export and ``claimdesk sales`` all use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from claimdesk.connectors.claret import ClaretConnector, SalesPage
from claimdesk.domain.claret import Sale
from claimdesk.domain.issues import Issue
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, Count, translate
from claimdesk.service.columns import Column, attribute

__all__ = [
    "COLUMNS",
    "MAX_DAYS",
    "Sale",
    "SalesBrowser",
    "SalesPage",
    "SalesQuery",
    "SalesTotals",
    "check_query",
    "columns_for",
]

MAX_DAYS = 3660  # ten years: a longer pull is a typing slip
_CONTEXT = "Sales"
COLUMNS: tuple[Column[Sale], ...] = (
    attribute("id", "ID", _CONTEXT, numeric=True),
    attribute("sell_date", QT_TRANSLATE_NOOP("Sales", "Sell date"), _CONTEXT),
    attribute("item_name", QT_TRANSLATE_NOOP("Sales", "Item"), _CONTEXT),
    attribute("customer_group_name", QT_TRANSLATE_NOOP("Sales", "Customer group"), _CONTEXT),
    attribute("quantity", QT_TRANSLATE_NOOP("Sales", "Quantity"), _CONTEXT, numeric=True),
    attribute("uom_abbr", QT_TRANSLATE_NOOP("Sales", "Unit"), _CONTEXT),
    attribute("timing_interval_span", QT_TRANSLATE_NOOP("Sales", "Timing"), _CONTEXT),
    attribute("sale_type_name", QT_TRANSLATE_NOOP("Sales", "Sale type"), _CONTEXT),
)


@dataclass(frozen=True)
class SalesQuery:
    sale_type_name: str
    start_date: dt.date
    days: int
    include_flattened_hierarchy: bool = False


def check_query(
    sale_type: str, start: str | dt.date, days: str | int, flattened: bool = False
) -> tuple[SalesQuery | None, tuple[Issue, ...]]:
    """The three required parameters, each named when missing or wrong."""
    issues: list[Issue] = []
    name = sale_type.strip()
    if not name:
        issues.append(Issue("sale_type_name", "required", translate("Sales", "is required")))
    day: dt.date | None = start if isinstance(start, dt.date) else None
    if day is None:
        try:
            day = dt.date.fromisoformat(str(start).strip())
        except ValueError:
            issues.append(
                Issue(
                    "start_date",
                    "not_a_date",
                    translate("Sales", "must be a date written YYYY-MM-DD"),
                )
            )
    number: int | None = days if isinstance(days, int) else None
    if number is None and str(days).strip().isdigit():
        number = int(str(days).strip())
    if number is None or not 1 <= number <= MAX_DAYS:
        issues.append(
            Issue(
                "duration",
                "out_of_range",
                translate("Sales", "must be a whole number of days from 1 to {most:,}").format(
                    most=Count(MAX_DAYS)
                ),
            )
        )
        number = None
    if issues or day is None or number is None:
        return None, tuple(issues)
    return SalesQuery(name, day, number, flattened), ()


class SalesBrowser:
    """What the sales window and ``claimdesk sales`` read from a Claret connection: its sale
    types (offered in the query) and the sales of a query, a page at a time."""

    def __init__(self, connector: ClaretConnector, sale_types: Sequence[str]) -> None:
        self.connector = connector
        self.sale_types = tuple(sale_types)

    def pages(self, query: SalesQuery) -> Iterator[SalesPage]:
        """Each page as it arrives (``total`` says how many records in all). Raises
        ClaimDeskError."""
        return self.connector.sales_pages(
            query.sale_type_name,
            query.start_date,
            query.days,
            include_flattened_hierarchy=query.include_flattened_hierarchy,
        )


@dataclass
class SalesTotals:
    records: int = 0
    quantity: Decimal = Decimal(0)
    items: set[str] = field(default_factory=set)
    customer_groups: set[str] = field(default_factory=set)
    first: dt.date | None = None
    last: dt.date | None = None

    def add(self, sales: Sequence[Sale]) -> None:
        for sale in sales:
            self.records += 1
            self.quantity += sale.quantity
            self.items.add(sale.item_name)
            self.customer_groups.add(sale.customer_group_name)
            self.first = sale.sell_date if self.first is None else min(self.first, sale.sell_date)
            self.last = sale.sell_date if self.last is None else max(self.last, sale.sell_date)

    def text(self) -> str:
        span = (
            translate("Sales", ", {first} to {last}").format(
                first=self.first.isoformat(), last=self.last.isoformat()
            )
            if self.first and self.last
            else ""
        )
        return translate(
            "Sales",
            "{records:,} records · quantity {quantity:,} · {items:,} items · {groups:,} customer "
            "groups{span}",
        ).format(
            records=Count(self.records),
            quantity=(
                Count(int(self.quantity))
                if self.quantity == self.quantity.to_integral_value()
                else self.quantity.normalize()
            ),
            items=Count(len(self.items)),
            groups=Count(len(self.customer_groups)),
            span=span,
        )


def hierarchy_keys(sales: Sequence[Sale]) -> list[str]:
    keys: dict[str, None] = {}
    for sale in sales[:50]:
        for key in sale.hierarchy:
            keys.setdefault(key, None)
    return list(keys)


def hierarchy_column(key: str) -> Column[Sale]:
    """A column of the flattened hierarchy, named after the API's key (item_category:
    "Item category")."""
    label = key.replace("_", " ").capitalize()
    return Column(key, label, _CONTEXT, lambda sale: sale.hierarchy.get(key))


def columns_for(sales: Sequence[Sale]) -> list[Column[Sale]]:
    """The columns of a list of sales: the record's own, then the hierarchy's the first
    sales carry (when the query asked for them)."""
    return [*COLUMNS, *(hierarchy_column(key) for key in hierarchy_keys(sales))]

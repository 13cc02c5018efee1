"""Claret's demo data: tenant `demo`, sale types, timing intervals, items, customer groups
and sales records, and their JSON shapes as in the seed (seeds/claret-sales.md) and
docs.claret.app (DESIGN.md).

The records are generated deterministically (a seeded random generator) with dates relative to
today, so paging is real in any year: more than 5,000 `History` records (7 pages of 1,000)
and fewer `Forecast` records. Names are matched case-insensitively, as a MySQL-backed service would.
"""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .demo_credentials import CLARET_EMAIL, CLARET_PASSWORD

TENANT = "demo"
# For POST /{tenant}/api/v1/tokens/create (training data only).
DEMO_EMAIL = CLARET_EMAIL
DEMO_PASSWORD = CLARET_PASSWORD

SALE_TYPES = ("History", "Forecast")
TIMING_INTERVALS = ("Daily", "Weekly", "Monthly")

# Defaults for what `create_missing_item_customer_group: 1` creates.
NEW_ITEM_UOM = "EA"
UNASSIGNED = "Unassigned"


@dataclass(frozen=True)
class Item:
    name: str
    uom_abbr: str
    category: str
    family: str


@dataclass(frozen=True)
class CustomerGroup:
    name: str
    region: str
    channel: str


ITEMS = (
    Item("Claret Reserve 75cl", "BT", "Red wine", "Bordeaux"),
    Item("Claret Reserve Magnum", "BT", "Red wine", "Bordeaux"),
    Item("Medoc Grand Vin 75cl", "BT", "Red wine", "Bordeaux"),
    Item("Pomerol Estate 75cl", "BT", "Red wine", "Bordeaux"),
    Item("Merlot House 75cl", "BT", "Red wine", "Varietal"),
    Item("Cabernet Franc 75cl", "BT", "Red wine", "Varietal"),
    Item("Sauvignon Blanc 75cl", "BT", "White wine", "Varietal"),
    Item("Semillon Blend 75cl", "BT", "White wine", "Bordeaux"),
    Item("Rose de Saignee 75cl", "BT", "Rose wine", "Varietal"),
    Item("Cremant Brut 75cl", "BT", "Sparkling wine", "Cremant"),
    Item("Claret Reserve Case 6", "CS", "Red wine", "Bordeaux"),
    Item("Tasting Set 3x20cl", "EA", "Gift", "Sets"),
)

CUSTOMER_GROUPS = (
    CustomerGroup("Northern Retail", "North", "Retail"),
    CustomerGroup("Southern Retail", "South", "Retail"),
    CustomerGroup("Eastern Retail", "East", "Retail"),
    CustomerGroup("Western Retail", "West", "Retail"),
    CustomerGroup("Online Direct", "National", "Online"),
    CustomerGroup("Marketplaces", "National", "Online"),
    CustomerGroup("Hotels and Restaurants", "National", "On-trade"),
    CustomerGroup("Wholesale North", "North", "Wholesale"),
    CustomerGroup("Wholesale South", "South", "Wholesale"),
    CustomerGroup("Export", "International", "Wholesale"),
)

_SEED = 1855  # the year of the Bordeaux classification: any fixed number would do
ACTUAL_WEEKS = 53  # weekly History for every item and customer group, the weeks before this one
ACTUAL_DAYS = 30  # daily History for a few items sold online, the days before today
DAILY_ITEMS = 4
FORECAST_MONTHS = 6  # monthly Forecast for every item and customer group, from next month


@dataclass(frozen=True)
class SaleRecord:
    id: int
    sale_type_name: str
    item_name: str
    customer_group_name: str
    sell_date: date
    timing_interval_name: str
    quantity: Decimal

    def to_json(self, item: Item | None, group: CustomerGroup | None, flat: bool) -> dict[str, Any]:
        """A record of GET /sales; `flat` adds the flattened item and customer hierarchy."""
        record: dict[str, Any] = {
            "id": self.id,
            "sell_date": self.sell_date.isoformat(),
            "quantity": f"{self.quantity:.2f}",  # a decimal column, written as Laravel does
            "item_name": self.item_name,
            "customer_group_name": self.customer_group_name,
            "timing_interval_span": self.timing_interval_name,
            "sale_type_name": self.sale_type_name,
            "uom_abbr": item.uom_abbr if item else NEW_ITEM_UOM,
        }
        if flat:
            record["item_category"] = item.category if item else UNASSIGNED
            record["item_family"] = item.family if item else UNASSIGNED
            record["customer_region"] = group.region if group else UNASSIGNED
            record["customer_channel"] = group.channel if group else UNASSIGNED
        return record


def key(name: str) -> str:
    """How names are compared: trimmed, case-insensitive."""
    return name.strip().casefold()


@dataclass
class ClaretData:
    """One tenant's data. `sales` is kept in id order (new records are appended)."""

    tenant: str = TENANT
    sale_types: dict[str, str] = field(default_factory=dict)
    timing_intervals: dict[str, str] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    customer_groups: dict[str, CustomerGroup] = field(default_factory=dict)
    sales: list[SaleRecord] = field(default_factory=list)
    # Tokens from tokens/create (besides the fixed demo one), each with the calls it served.
    tokens: dict[str, int] = field(default_factory=dict)
    next_id: int = 1

    def add_sale(
        self,
        sale_type_name: str,
        item_name: str,
        customer_group_name: str,
        sell_date: date,
        timing_interval_name: str,
        quantity: Decimal,
    ) -> SaleRecord:
        record = SaleRecord(
            self.next_id,
            sale_type_name,
            item_name,
            customer_group_name,
            sell_date,
            timing_interval_name,
            quantity,
        )
        self.next_id += 1
        self.sales.append(record)
        return record

    def sale_json(self, record: SaleRecord, flat: bool) -> dict[str, Any]:
        return record.to_json(
            self.items.get(key(record.item_name)),
            self.customer_groups.get(key(record.customer_group_name)),
            flat,
        )


def build_claret(today: date | None = None) -> ClaretData:
    """Fresh demo data for tenant `demo` (the generated records are shared, never changed)."""
    day = today or date.today()
    records = _generated_sales(day)
    return ClaretData(
        sale_types={key(name): name for name in SALE_TYPES},
        timing_intervals={key(name): name for name in TIMING_INTERVALS},
        items={key(item.name): item for item in ITEMS},
        customer_groups={key(group.name): group for group in CUSTOMER_GROUPS},
        sales=list(records),
        next_id=records[-1].id + 1,
    )


@lru_cache(maxsize=2)
def _generated_sales(today: date) -> tuple[SaleRecord, ...]:
    """Every demo record for `today`, in date order, with ids 1, 2, … in that order."""
    rng = random.Random(_SEED)
    rows: list[tuple[str, str, str, date, str, Decimal]] = []  # SaleRecord's fields after id
    this_monday = today - timedelta(days=today.weekday())
    for weeks_back in range(ACTUAL_WEEKS, 0, -1):
        monday = this_monday - timedelta(weeks=weeks_back)
        for item in ITEMS:
            for group in CUSTOMER_GROUPS:
                quantity = Decimal(rng.randint(0, 240))
                rows.append(("History", item.name, group.name, monday, "Weekly", quantity))
    online = CUSTOMER_GROUPS[4]
    for days_back in range(ACTUAL_DAYS, 0, -1):
        for item in ITEMS[:DAILY_ITEMS]:
            quantity = Decimal(rng.randint(0, 40))
            day = today - timedelta(days=days_back)
            rows.append(("History", item.name, online.name, day, "Daily", quantity))
    first_of_month = today.replace(day=1)
    for months_ahead in range(1, FORECAST_MONTHS + 1):
        month = _add_months(first_of_month, months_ahead)
        for item in ITEMS:
            for group in CUSTOMER_GROUPS:
                quantity = Decimal(rng.randint(200, 1200))
                rows.append(("Forecast", item.name, group.name, month, "Monthly", quantity))
    rows.sort(key=lambda row: row[3])  # stable: same-day rows keep their generated order
    return tuple(SaleRecord(index, *row) for index, row in enumerate(rows, start=1))


def _add_months(first: date, months: int) -> date:
    month_index = first.month - 1 + months
    return date(first.year + month_index // 12, month_index % 12 + 1, 1)


def history_count() -> int:
    """How many History records the demo holds (the same every day)."""
    return ACTUAL_WEEKS * len(ITEMS) * len(CUSTOMER_GROUPS) + ACTUAL_DAYS * DAILY_ITEMS


def forecast_count() -> int:
    return FORECAST_MONTHS * len(ITEMS) * len(CUSTOMER_GROUPS)

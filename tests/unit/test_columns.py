"""The column specs (service/columns.py): one list per record type from which the tables,
the windows' exports and the command line's CSV are made."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from claimdesk.domain.claret import Sale
from claimdesk.domain.myrewards import RewardPoint
from claimdesk.service import sales
from claimdesk.service.columns import export_rows, headers, plain, write_csv_rows
from claimdesk.service.reward_points import COLUMNS, TABLE_COLUMNS

RP = RewardPoint(
    id=166,
    reference="p1",
    name="product 1",
    active=True,
    quantity=1,
    points_per_quantity=10,
    sale_date_from=dt.date(2013, 2, 1),
    sale_date_to=None,
    user_groups=(350, 355),
    updated_at=dt.datetime(2026, 3, 4, 5, 6, tzinfo=dt.UTC),
)


def test_exported_cells_are_the_api_s_values_written_plainly() -> None:
    assert [plain(v) for v in (True, False, None, (1, 2), Decimal("12.50"))] == [
        "true", "false", "", "1,2", "12.5",
    ]  # fmt: skip
    assert headers(COLUMNS) == [
        "id", "reference", "name", "active", "quantity", "points_per_quantity",
        "sale_date_from", "sale_date_to", "user_groups", "created_at", "updated_at",
    ]  # fmt: skip
    assert export_rows(COLUMNS, [RP]) == [
        ["166", "p1", "product 1", "true", "1", "10", "2013-02-01", "", "350,355", "",
         "2026-03-04T05:06:00+00:00"],
    ]  # fmt: skip


def test_the_table_shows_its_own_text_and_sorts_by_value() -> None:
    assert [c.cell(RP) for c in TABLE_COLUMNS] == [
        "p1", "product 1", "Yes", "1", "10", "2013-02-01", "", "350, 355", "2026-03-04 05:06",
    ]  # fmt: skip
    keys = {c.key: c.sort_key(RP) for c in TABLE_COLUMNS}
    assert keys["points_per_quantity"] == 10
    assert keys["user_groups"] == 2
    assert [c.key for c in TABLE_COLUMNS if c.numeric] == ["quantity", "points_per_quantity"]


def test_sales_columns_add_the_hierarchy_the_records_carry() -> None:
    sale = Sale.model_validate(
        {"id": 9, "sell_date": "2026-01-02", "quantity": "12.00", "item_name": "Valve",
         "customer_group_name": "North", "sale_type_name": "History", "item_category": "Heat"}
    )  # fmt: skip
    columns = sales.columns_for([sale])
    assert headers(columns)[-1] == "item_category"
    assert columns[-1].label == "Item category"
    out = io.StringIO()
    write_csv_rows(out, columns, [sale], header=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["quantity"] == "12"
    assert rows[0]["sell_date"] == "2026-01-02"
    assert rows[0]["item_category"] == "Heat"
    assert rows[0]["uom_abbr"] == ""

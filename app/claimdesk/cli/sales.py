"""``claimdesk sales``: Claret sales of a sale type and date range over every page.

Exit status: 0 done; 2 usage, profile or connection error."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimdesk.service.platform import PlatformService
    from claimdesk.service.sales import SalesBrowser

OK, USAGE = 0, 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sales = commands.add_parser(
        "sales",
        help="Claret sales over every page",
        description="Claret sales of one sale type from a start date for a number of days, "
        "every page followed; totals on standard error. Exit status: 0 done, 2 usage, "
        "profile or connection error.",
    )
    sales.add_argument("--profile", required=True, help="a Claret connection profile")
    sales.add_argument("--sale-type", required=True, help="sale type name, e.g. History")
    sales.add_argument("--start", required=True, help="first sell date, YYYY-MM-DD")
    sales.add_argument("--days", required=True, help="number of days from the start")
    sales.add_argument(
        "--flattened",
        action="store_true",
        help="include the flattened item and customer hierarchy (include_flattened_hierarchy=1)",
    )
    sales.add_argument("--format", choices=("csv", "json"), default="csv")


def _fail(message: str) -> int:
    print(f"claimdesk sales: {message}", file=sys.stderr)
    return USAGE


def run_sales(args: argparse.Namespace) -> int:
    from claimdesk.credentials import KeyringUnavailable
    from claimdesk.errors import ClaimDeskError
    from claimdesk.service import sales
    from claimdesk.service.columns import Column, write_csv_rows
    from claimdesk.service.profiles import ProfileError
    from claimdesk.service.workspace import Workspace

    query, issues = sales.check_query(args.sale_type, args.start, args.days, args.flattened)
    if query is None:
        return _fail("; ".join(i.describe(_OPTION.get(i.field or "")) for i in issues))
    try:
        connection = Workspace().open_profile(args.profile)
    except (ProfileError, KeyringUnavailable) as error:
        return _fail(str(error))
    try:
        browser = _browser(connection.service)
    except LookupError:
        name = connection.service.platform_name
        connection.service.close()
        return _fail(f"profile {connection.name} offers no sales browser ({name})")
    totals = sales.SalesTotals()
    out = sys.stdout
    tty = sys.stderr.isatty()
    columns: list[Column[sales.Sale]] | None = None
    try:
        for page in browser.pages(query):
            if columns is None:
                columns = sales.columns_for(page.sales)
                if args.format == "csv":
                    write_csv_rows(out, columns, [], header=True)
                else:
                    out.write("[")
            if args.format == "csv":  # the same cells as the window's export
                write_csv_rows(out, columns, page.sales, header=False)
            else:
                for index, sale in enumerate(page.sales, start=totals.records):
                    record = json.dumps(sale.model_dump(mode="json"), ensure_ascii=False)
                    out.write(("," if index else "") + "\n  " + record)
            totals.add(page.sales)
            if tty:
                print(f"\r{totals.records:,} of {page.total:,}", end="", file=sys.stderr)
    except ClaimDeskError as error:
        if tty:
            print(file=sys.stderr)
        return _fail(f"cannot read sales from {connection.name}: {error}")
    finally:
        connection.service.close()
    if tty:
        print(file=sys.stderr)
    if args.format != "csv":
        out.write("[" if columns is None else "")
        out.write("\n]\n")
    print(totals.text(), file=sys.stderr)
    return OK


def _browser(service: PlatformService) -> SalesBrowser:
    """The platform's sales browser; LookupError when it offers none."""
    from claimdesk.service.platform import AdminTool
    from claimdesk.service.sales import SalesBrowser

    browser = service.admin(AdminTool.SALES)
    assert isinstance(browser, SalesBrowser)
    return browser


_OPTION = {"sale_type_name": "--sale-type", "start_date": "--start", "duration": "--days"}

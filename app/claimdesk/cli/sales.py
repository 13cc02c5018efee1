"""``claimdesk sales``: Claret sales of a sale type and date range over every page.

Exit status: 0 done; 2 usage, profile or connection error."""

from __future__ import annotations

import argparse
import csv
import json
import sys

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
    sales.add_argument("--sale-type", required=True, help="sale type name, e.g. Actuals")
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
    from claimdesk.profiles import ProfileError, ProfileStore
    from claimdesk.service import sales
    from claimdesk.service.connections import open_connection

    query, issues = sales.check_query(args.sale_type, args.start, args.days, args.flattened)
    if query is None:
        return _fail("; ".join(i.describe(_OPTION.get(i.field or "")) for i in issues))
    store = ProfileStore()
    try:
        profile = store.get(args.profile)
        if profile.platform != "claret":
            return _fail(f"profile {profile.name} is not a Claret connection")
        connection = open_connection(profile, store)
    except (ProfileError, KeyringUnavailable) as error:
        return _fail(str(error))
    connector = getattr(connection.service, "connector", None)
    totals = sales.SalesTotals()
    out = sys.stdout
    tty = sys.stderr.isatty()
    keys: list[str] | None = None
    writer = csv.writer(out) if args.format == "csv" else None
    try:
        for page in sales.pages(connector, query):  # type: ignore[arg-type]
            if keys is None:
                keys = [k for k, _label in sales.COLUMNS] + sales.hierarchy_keys(page.sales)
                if writer:
                    writer.writerow(keys)
                else:
                    out.write("[")
            for sale in page.sales:
                if writer:
                    writer.writerow([sales.cell(sale, k) for k in keys])
                else:
                    record = sale.model_dump(mode="json")
                    lead = "," if totals.records else ""
                    out.write(lead + "\n  " + json.dumps(record, ensure_ascii=False))
                totals.add([sale])
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
    if writer is None:
        out.write("[" if keys is None else "")
        out.write("\n]\n")
    print(totals.text(), file=sys.stderr)
    return OK


_OPTION = {"sale_type_name": "--sale-type", "start_date": "--start", "duration": "--days"}

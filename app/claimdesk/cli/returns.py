"""``claimdesk returns``: a CSV / XLSX file of MyRewards returned claims (columns
``username`` or ``user_id``, ``returns_identifier``, ``product_or_activity_ref``,
``quantity``, by name or label) checked, queued in the outbox and sent, at most 50 a request.

Exit status: 0 all returned; 1 some refused, invalid or in doubt; 2 usage, profile,
connection or file error."""

from __future__ import annotations

import argparse
import sys

OK, SOME_BAD, USAGE = 0, 1, 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    returns = commands.add_parser(
        "returns",
        help="return MyRewards claims from a CSV / XLSX file (points taken back)",
        description="Return MyRewards claims: a CSV / XLSX file with the columns username "
        "(or user_id), returns_identifier, product_or_activity_ref and quantity (by name or "
        "label), checked, queued in the outbox and sent, at most 50 a request. Exit status: "
        "0 all returned, 1 some refused, invalid or in doubt, 2 usage, profile, connection "
        "or file error.",
    )
    returns.add_argument("--profile", required=True, help="a MyRewards connection profile")
    returns.add_argument("--promotion", required=True, help="the promotion id of the claims")
    returns.add_argument("file", help="CSV, TXT (delimited) or XLSX file, with a header row")


def _fail(message: str) -> int:
    print(f"claimdesk returns: {message}", file=sys.stderr)
    return USAGE


def run_returns(args: argparse.Namespace) -> int:
    from claimdesk.cli.batch import run_file
    from claimdesk.credentials import KeyringUnavailable
    from claimdesk.errors import ClaimDeskError
    from claimdesk.service.myrewards import ReturnsDesk
    from claimdesk.service.platform import AdminTool
    from claimdesk.service.profiles import ProfileError
    from claimdesk.service.workspace import Workspace

    promotion = str(args.promotion).strip()
    if not promotion.isdigit():
        return _fail(f"--promotion must be a promotion id (a number), not {args.promotion!r}")
    workspace = Workspace()
    try:
        connection = workspace.open_profile(args.profile)
    except (ProfileError, KeyringUnavailable) as error:
        return _fail(str(error))
    service = connection.service
    if AdminTool.RETURNS not in service.capabilities.admin_tools:
        return _fail(
            f"{connection.name} is a {service.platform_name} connection; returned claims "
            "are MyRewards'"
        )
    desk = service.admin(AdminTool.RETURNS)
    assert isinstance(desk, ReturnsDesk)
    try:
        form = desk.form(promotion)
    except ClaimDeskError as error:
        return _fail(f"cannot reach {connection.name}: {error}")
    return run_file(args, workspace, connection, form)

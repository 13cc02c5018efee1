"""``claimdesk reward-points list | create | update ID``: MyRewards reward points from a
script, with the window's rules.

Exit status: 0 done; 1 some reward point invalid or refused by the platform; 2 usage,
profile, connection or file error."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimdesk.domain.myrewards import Promotion, RewardPoint
    from claimdesk.service.platform import PlatformService
    from claimdesk.service.reward_points import RewardPointsService, Saved

OK, SOME_BAD, USAGE = 0, 1, 2
# option dest -> body key
VALUE_OPTIONS = {
    "reference": "reference",
    "quantity": "quantity",
    "points": "points_per_quantity",
    "date_from": "date_from",
    "date_to": "date_to",
    "user_groups": "user_group_ids",
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "reward-points",
        help="MyRewards reward points: list every page, create, update",
        description="List, create and update the reward points of a MyRewards promotion. "
        "Exit status: 0 done, 1 some invalid or refused, 2 usage, profile, connection or "
        "file error.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every reward point of a promotion (every page)")
    _common(listing)
    listing.add_argument("--format", choices=("csv", "json"), default="csv")
    create = actions.add_parser(
        "create",
        help="create one reward point, or one per row of a CSV / XLSX file",
        description="Create a reward point from the options, or one per row of --file (columns "
        "named like the options: reference, quantity, points_per_quantity, date_from, date_to, "
        "user_group_ids, active). Rows that break a rule are listed and not sent.",
    )
    _common(create)
    create.add_argument("--reference", help="performance product ref (required)")
    _values(create)
    create.add_argument("--file", help="CSV or XLSX file, one reward point per row")
    update = actions.add_parser(
        "update",
        help="change some fields of one reward point (only changed fields are sent)",
    )
    _common(update)
    update.add_argument("id", type=int, help="the reward point's id")
    _values(update)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", required=True, help="a MyRewards connection profile")
    parser.add_argument("--promotion", required=True, type=int, help="promotion id")


def _values(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quantity", help="units to claim to qualify (a whole number ≥ 1)")
    parser.add_argument("--points", help="points per quantity (a whole number ≥ 1)")
    parser.add_argument("--date-from", help="first eligible sale date, YYYY-MM-DD")
    parser.add_argument("--date-to", help="last eligible sale date, YYYY-MM-DD")
    parser.add_argument(
        "--user-groups", help="user group ids separated by commas; '' opens it to every group"
    )
    active = parser.add_mutually_exclusive_group()
    active.add_argument("--active", dest="active", action="store_const", const=True)
    active.add_argument("--inactive", dest="active", action="store_const", const=False)


def _fail(action: str, message: str) -> int:
    print(f"claimdesk reward-points {action}: {message}", file=sys.stderr)
    return USAGE


def run_reward_points(args: argparse.Namespace) -> int:
    from claimdesk.credentials import KeyringUnavailable
    from claimdesk.errors import ClaimDeskError
    from claimdesk.service.profiles import ProfileError
    from claimdesk.service.workspace import Workspace

    action = args.action
    try:
        connection = Workspace().open_profile(args.profile)
    except (ProfileError, KeyringUnavailable) as error:
        return _fail(action, str(error))
    try:
        service = _reward_points(connection.service)
    except LookupError:
        name = connection.service.platform_name
        connection.service.close()
        return _fail(action, f"profile {connection.name} offers no reward points ({name})")
    try:
        promotion = service.promotion(args.promotion)
        if promotion is None:
            return _fail(action, f"promotion {args.promotion} is not offered by {connection.name}")
        if action == "list":
            return _list(service, promotion, args.format)
        if action == "create":
            return _create(service, promotion, args)
        return _update(service, promotion, args)
    except ClaimDeskError as error:
        return _fail(action, f"cannot reach {connection.name}: {error}")
    finally:
        connection.service.close()


def _reward_points(service: PlatformService) -> RewardPointsService:
    """The platform's reward points admin; LookupError when it offers none."""
    from claimdesk.service.platform import AdminTool
    from claimdesk.service.reward_points import RewardPointsService

    admin = service.admin(AdminTool.REWARD_POINTS)
    assert isinstance(admin, RewardPointsService)
    return admin


def _list(service: RewardPointsService, promotion: Promotion, fmt: str) -> int:
    from claimdesk.service.columns import write_csv_rows
    from claimdesk.service.reward_points import COLUMNS

    count = 0
    out = sys.stdout
    if fmt == "csv":  # the same cells as the window's export
        write_csv_rows(out, COLUMNS, [], header=True)
    else:
        out.write("[")
    for page in service.pages(promotion.id):
        if fmt == "csv":
            write_csv_rows(out, COLUMNS, page, header=False)
        else:
            for index, rp in enumerate(page, start=count):
                record = json.dumps(rp.model_dump(mode="json"), ensure_ascii=False)
                out.write(("," if index else "") + "\n  " + record)
        count += len(page)
    if fmt != "csv":
        out.write("\n]\n")
    print(f"{count:,} reward points in promotion {promotion.id}.", file=sys.stderr)
    return OK


def _given_values(args: argparse.Namespace) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for dest, key in VALUE_OPTIONS.items():
        value = getattr(args, dest, None)
        if value is not None:
            raw[key] = value
    if args.active is not None:
        raw["active"] = args.active
    return raw


def _report(saved: Saved, labels: Mapping[str, str]) -> int:
    for issue in saved.issues:
        print(f"{labels.get(issue.field or '', issue.field or 'reward point')}: {issue.message}")
    if saved.ok:
        print(saved.message, file=sys.stderr)
        if saved.reward_point is not None:
            print(json.dumps(saved.reward_point.model_dump(mode="json"), ensure_ascii=False))
        return OK
    print(saved.message, file=sys.stderr)
    return SOME_BAD


def _create(service: RewardPointsService, promotion: Promotion, args: argparse.Namespace) -> int:
    from claimdesk.domain.reward_points import LABELS

    raw = _given_values(args)
    if args.file:
        if raw:
            return _fail("create", "give either --file or the values, not both")
        return _create_file(service, promotion, Path(args.file))
    return _report(service.create(promotion, raw), LABELS)


def _create_file(service: RewardPointsService, promotion: Promotion, path: Path) -> int:
    from claimdesk.cli.batch import _locale_name
    from claimdesk.domain.reward_points import LABELS
    from claimdesk.service.reward_points import FileProblem, describe_row, read_rows

    try:
        found = read_rows(path, _locale_name())  # dates and numbers as the claims import
    except FileProblem as error:
        return _fail("create", str(error))
    for header in found.ignored_columns:
        print(f"note: column {header!r} matches no field and is ignored", file=sys.stderr)
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\rsent {done:,} of {total:,}", end="", file=sys.stderr, flush=True)

    results = service.create_rows(promotion, found.rows, progress, numbers=found.numbers)
    if tty:
        print(file=sys.stderr)
    for result in results:
        for line in describe_row(result, LABELS):
            print(line)
    created = sum(1 for r in results if r.saved.ok)
    print(f"{created} of {len(results)} reward points created.", file=sys.stderr)
    return OK if created == len(results) else SOME_BAD


def _update(service: RewardPointsService, promotion: Promotion, args: argparse.Namespace) -> int:
    from claimdesk.domain.reward_points import LABELS

    raw = _given_values(args)
    if not raw:
        return _fail("update", "say what to change (--quantity, --points, --date-from, …)")
    current: RewardPoint | None = service.find(promotion.id, args.id)
    if current is None:
        return _fail("update", f"promotion {promotion.id} has no reward point {args.id}")
    # Just read from the server: fresh, so no second look is needed.
    return _report(service.update(promotion, current, raw, fetched_at=service.now()), LABELS)

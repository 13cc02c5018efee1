"""``claimdesk report [--output FILE]``: the problem report for support (service/report.py)
written to one zip; the command says where."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help="save a problem report (a zip for support; nothing secret in it)",
        description="Save one zip for support: the versions of ClaimDesk, Python, Qt and the "
        "operating system, the last log files, the profiles' non-secret settings, the "
        "outbox's counts and last 50 attempts, and the self-test's result. Secrets are "
        "left out. Exit status: 0 saved, 2 not saved.",
    )
    report.add_argument(
        "--output",
        metavar="FILE",
        help="where to write the zip (default: claimdesk-report-DATE-TIME.zip in the "
        "current folder)",
    )


def _self_test() -> str:
    from claimdesk import self_test

    return self_test.summary()[0]


def run_report(args: argparse.Namespace) -> int:
    from claimdesk.service.report import build_report, report_name
    from claimdesk.service.workspace import Workspace

    output = Path(args.output) if args.output else Path.cwd() / report_name()
    workspace = Workspace()
    try:
        saved = build_report(workspace, output, self_test=_self_test)
    except OSError as error:
        print(f"claimdesk report: not saved: {error}", file=sys.stderr)
        return 2
    finally:
        workspace.close()
    print(f"Problem report saved: {saved}")
    return 0

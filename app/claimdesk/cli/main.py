"""The command line: the desktop app, training mode, and the sandbox on its own.
Parsing stays light so that starting the window is not slowed: the window's own options
are read without argparse, the commands' parsers are built only for a command."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import argparse

# The options that start the window (or time its start), and nothing else.
WINDOW_OPTIONS = {
    "--demo": "demo",
    "--quit-after-shown": "quit_after_shown",
    "--quit-when-ready": "quit_when_ready",
}


def _version_action() -> type[argparse.Action]:
    import argparse

    class VersionAction(argparse.Action):
        """``--version``, reading the installed version only when asked."""

        def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
            super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

        def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
            from claimdesk import __version__

            print(f"ClaimDesk {__version__}")
            parser.exit()

    return VersionAction


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands``, only the window's own options."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="claimdesk",
        description="Enter sales claims and manage reward points on MyRewards, Claret, "
        "Peak and Thalamus.",
    )
    parser.add_argument("--version", action=_version_action())
    parser.add_argument(
        "--demo",
        action="store_true",
        help="training mode: the built-in sandbox with demo data, no account",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check, without a window, that Qt, SQLite, the keyring and the "
        "sandbox work here; one line, exit 0 or 1",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="record each exchange with the platforms in the log (headers, status, time, "
        "the start of each body; secrets blanked), as CLAIMDESK_DEBUG_HTTP=1 does",
    )
    parser.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-shown", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sandbox = subcommands.add_parser(
        "sandbox",
        help="run the platform emulator in the foreground",
        description="Run the local emulator of the platforms, with demo data, until Ctrl+C.",
    )
    sandbox.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, loopback only)"
    )
    sandbox.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 = any)")
    sandbox.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KEY=VALUE,…",
        help="inject a fault into every matching request until the sandbox stops (repeatable): "
        "platform=, path=, method=, latency_ms=, status=, retry_after=, drop=before_store|"
        "after_store, malformed=true, times= (e.g. --fault status=503,retry_after=5,times=3)",
    )
    from claimdesk.service.workspace import sandbox_variants

    sandbox.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME",
        help="follow one reading where the vendors' documents conflict or are silent "
        "(repeatable): "
        + "; ".join(f"{name}: {what}" for name, what in sorted(sandbox_variants().items())),
    )
    _add_profile_commands(subcommands)
    _add_outbox_command(subcommands)
    from claimdesk.cli import report as report_cli
    from claimdesk.cli import returns as returns_cli
    from claimdesk.cli import reward_points as reward_points_cli
    from claimdesk.cli import sales as sales_cli

    reward_points_cli.add_parser(subcommands)
    sales_cli.add_parser(subcommands)
    report_cli.add_parser(subcommands)
    returns_cli.add_parser(subcommands)
    for name, what in (
        ("validate", "check a CSV / XLSX file of claims (nothing is sent)"),
        ("submit", "check, queue and send a CSV / XLSX file of claims"),
    ):
        batch = subcommands.add_parser(
            name,
            help=what,
            description=f"{what[0].upper()}{what[1:]}. "
            "Exit status: 0 all valid/accepted, 1 some invalid, "
            "rejected or unknown, 2 usage or file error.",
        )
        batch.add_argument("--profile", required=True, help="connection profile")
        batch.add_argument(
            "--promotion",
            help="promotion (or other target) id; needed when the connection offers several",
        )
        batch.add_argument(
            "--date-order",
            choices=("DMY", "MDY", "YMD"),
            help="how to read numeric dates such as 03/04/2026 (default: from the locale)",
        )
        batch.add_argument(
            "--decimal-mark",
            choices=("comma", "point"),
            help="how to read numbers such as 1,234 (default: what the column's values show, "
            "else the locale)",
        )
        if name == "submit":
            batch.add_argument(
                "--allow-duplicates",
                action="store_true",
                help="send rows whose claim this desktop has already queued or sent "
                "(by default they are skipped and listed, exit status 1)",
            )
            batch.add_argument(
                "--results",
                metavar="DIR",
                help="write two files there after sending: the accepted rows with the "
                "platform's claim number and points, and every other row with its reason in a "
                "Problem column, ready to fix and submit again",
            )
            batch.add_argument(
                "--claret-beta",
                action="store_true",
                help="confirm sending to Claret's sales upload, which Claret's documentation "
                "marks beta and not for production data (remembered for the profile)",
            )
        batch.add_argument("file", help="CSV, TXT (delimited) or XLSX file, with a header row")
    return parser


def _add_outbox_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outbox = commands.add_parser(
        "outbox",
        help="list queued, unknown and rejected claims; --retry sends the queued",
        description="List the claims that are queued, of unknown outcome, or rejected. With "
        "--retry, send every queued claim now (claims left 'sending' by a crash are first "
        "re-queued where a repeat is harmless, else marked unknown). 'outbox resolve ID "
        "--accepted|--resend' settles a claim whose outcome is unknown. Exit status: 0 nothing "
        "left queued, rejected or unknown, 1 some are, 2 usage or storage error.",
    )
    outbox.add_argument("--retry", action="store_true", help="send the queued claims now")
    outbox.add_argument(
        "action", nargs="?", choices=("resolve",), help="resolve ID: settle a claim"
    )
    outbox.add_argument("claim_id", nargs="?", type=int, metavar="ID", help="the claim's number")
    settle = outbox.add_mutually_exclusive_group()
    settle.add_argument(
        "--accepted", action="store_true", help="with resolve: you found it on the platform"
    )
    settle.add_argument(
        "--resend", action="store_true", help="with resolve: it was not stored; send it again"
    )


def _add_profile_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    profiles = commands.add_parser(
        "profiles",
        help="connection profiles (secrets in the system keyring)",
        description="Connection profiles: settings in your config folder, secrets only in "
        "the operating system's keyring.",
    )
    actions = profiles.add_subparsers(dest="action", metavar="ACTION", required=True)
    from claimdesk.service.platforms import (
        PLATFORM_KEYS,
        cli_settings,
        secret_order,
        setting_choices,
    )

    add = actions.add_parser(
        "add",
        help="add a profile",
        description=(
            "Add a profile. The secrets are asked for without echo, or read one per line from "
            f"standard input with --secret-stdin, in this order: {secret_order()}."
        ),
    )
    add.add_argument("name")
    add.add_argument("--platform", required=True, choices=PLATFORM_KEYS)
    add.add_argument("--url", required=True, help="https://… (http:// only for 127.0.0.1)")
    for option, dest, text in cli_settings():  # each platform's settings, from the registry
        add.add_argument(
            option, dest=dest, default="", help=text, choices=setting_choices(dest) or None
        )
    add.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read the secrets from standard input, one per line",
    )
    actions.add_parser("list", help="list profiles (never prints a secret)")
    remove = actions.add_parser("remove", help="remove a profile and its secrets")
    remove.add_argument("name")
    test = actions.add_parser("test", help="call the platform with a profile")
    test.add_argument("name")


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Starting the window (its own options only) is read without argparse, which costs
    ~20 ms of a 0.3 s start (it imports gettext and locale, and its help formatter shutil).
    Other window options parse without the commands' parsers and the modules they import;
    anything else — a command, help, an unknown option — goes to the whole parser, whose
    usage and errors name every command."""
    given = list(sys.argv[1:] if argv is None else argv)
    if set(given) <= WINDOW_OPTIONS.keys():
        chosen = {dest: option in given for option, dest in WINDOW_OPTIONS.items()}
        window = SimpleNamespace(command=None, qt_probe=False, self_test=False, **chosen)
        return cast("argparse.Namespace", window)  # the same names, read the same way
    if all(arg.startswith("-") and arg not in ("-h", "--help") for arg in given):
        args, unknown = build_parser(commands=False).parse_known_args(given)
        if not unknown:
            return args
    return build_parser().parse_args(given)


def main(argv: Sequence[str] | None = None, *, started: float | None = None) -> int:
    args = parse(argv)
    if args.command not in (None, "sandbox"):
        from claimdesk.cli.terminal import printable_output

        with printable_output():  # data's control characters are shown, never obeyed
            return _run(args, started)
    return _run(args, started)


def _logging(args: argparse.Namespace) -> None:
    """The log file; with ``--verbose`` (or CLAIMDESK_DEBUG_HTTP=1, or the Settings switch)
    the HTTP trace too, once every stored secret is known to the redaction."""
    import logging

    from claimdesk.app_logging import http_trace_on, set_http_trace, setup_logging

    verbose = bool(getattr(args, "verbose", False))
    if verbose:
        set_http_trace(True)
    path = setup_logging(logging.DEBUG if verbose else logging.INFO)
    if http_trace_on():
        from claimdesk.service.trace import register_stored_secrets

        register_stored_secrets()
        if verbose:
            print(f"claimdesk: recording network traffic in {path}", file=sys.stderr)


def _run(args: argparse.Namespace, started: float | None) -> int:
    if args.qt_probe or args.self_test:
        from claimdesk import self_test

        return self_test.qt_probe() if args.qt_probe else self_test.run()
    if args.command == "sandbox":
        if not 0 <= args.port <= 65535:
            print(f"claimdesk sandbox: --port must be 0–65535, not {args.port}", file=sys.stderr)
            return 2
        from claimdesk.service.workspace import run_sandbox_foreground

        return run_sandbox_foreground(args.host, args.port, args.fault, args.variant)
    if args.command in ("validate", "submit"):
        from claimdesk.cli.batch import run_batch

        _logging(args)
        return run_batch(args)
    if args.command == "outbox":
        from claimdesk.cli.outbox import run_outbox

        _logging(args)
        return run_outbox(args)
    if args.command == "reward-points":
        from claimdesk.cli.reward_points import run_reward_points

        _logging(args)
        return run_reward_points(args)
    if args.command == "returns":
        from claimdesk.app_logging import setup_logging
        from claimdesk.cli.returns import run_returns

        setup_logging()
        return run_returns(args)
    if args.command == "sales":
        from claimdesk.cli.sales import run_sales

        _logging(args)
        return run_sales(args)
    if args.command == "profiles":
        from claimdesk.cli.profiles import run_profiles

        _logging(args)
        return run_profiles(args)
    if args.command == "report":
        from claimdesk.cli.report import run_report

        _logging(args)
        return run_report(args)
    if getattr(args, "verbose", False):  # the window: its own logging starts later
        from claimdesk.app_logging import set_http_trace

        set_http_trace(True)
    from claimdesk.ui.app import run

    return run(
        demo=args.demo,
        quit_after_shown=args.quit_after_shown,
        quit_when_ready=args.quit_when_ready,
        started=started,
    )

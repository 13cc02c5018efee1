"""``claimdesk outbox [--retry]``: what is waiting or needs a look, and sending it."""

from __future__ import annotations

import argparse
import sys

from claimdesk.credentials import KeyringUnavailable
from claimdesk.profiles import ProfileError, ProfileStore
from claimdesk.service.training import Connection
from claimdesk.storage.outbox import State

OK, SOME_FAILED, USAGE = 0, 1, 2
ATTENTION = (State.QUEUED, State.SENDING, State.UNKNOWN, State.REJECTED)


def _print(claims: list, out=sys.stdout) -> None:  # type: ignore[no-untyped-def,type-arg]
    if not claims:
        print("The outbox is empty: nothing queued, unknown or rejected.", file=out)
        return
    for c in claims:
        print(
            f"#{c.id}\t{c.state.value}\t{c.connection}\t{c.target_name}\t{c.summary}\t{c.message}",
            file=out,
        )


def run_outbox(args: argparse.Namespace) -> int:
    from claimdesk.paths import data_dir
    from claimdesk.service.connections import open_connection
    from claimdesk.service.outbox import OutboxService

    store = ProfileStore()
    opened: dict[str, Connection | None] = {}
    problems: list[str] = []

    def connection_of(name: str) -> Connection | None:
        if name not in opened:
            try:
                opened[name] = open_connection(store.get(name), store)
            except (ProfileError, KeyringUnavailable) as error:
                problems.append(f"{name}: {error}")
                opened[name] = None
        return opened[name]

    try:
        service = OutboxService.open(data_dir(), connection_of)
        if args.retry:
            requeued, unknown = service.recover()
            if requeued or unknown:
                print(
                    f"After an interruption: {requeued} re-queued, {unknown} marked unknown.",
                    file=sys.stderr,
                )
            for claim in service.outbox.claims(states=[State.QUEUED]):
                service.outbox.retry_now(claim.id)
            sent = 0
            while True:
                batch = service.send_due(limit=200)
                sent += len(batch)
                if not batch:
                    break
                if sys.stderr.isatty():
                    print(f"\rsent {sent}", end="", file=sys.stderr, flush=True)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            counts = service.outbox.counts()
            print(
                f"Sent {sent} attempt(s): {counts[State.ACCEPTED]} accepted, "
                f"{counts[State.QUEUED]} still queued, {counts[State.UNKNOWN]} unknown, "
                f"{counts[State.REJECTED]} rejected."
            )
        for problem in dict.fromkeys(problems):
            print(f"claimdesk outbox: cannot send for {problem}", file=sys.stderr)
        waiting = service.outbox.claims(states=ATTENTION)
        _print(waiting)
    except (OSError, RuntimeError) as error:
        print(f"claimdesk outbox: {error}", file=sys.stderr)
        return USAGE
    counts = service.outbox.counts()
    return SOME_FAILED if counts[State.UNKNOWN] or counts[State.REJECTED] else OK

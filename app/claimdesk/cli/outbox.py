"""``claimdesk outbox [--retry]``: what is waiting or needs a look, and sending it."""

from __future__ import annotations

import argparse
import sys

from claimdesk.service.outbox import OutboxClaim, State
from claimdesk.service.profiles import KeyringUnavailable, ProfileError
from claimdesk.service.workspace import Workspace

OK, SOME_FAILED, USAGE = 0, 1, 2
ATTENTION = (State.QUEUED, State.SENDING, State.UNKNOWN, State.REJECTED)


def _print(claims: list[OutboxClaim], out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    if not claims:
        print("The outbox is empty: nothing queued, unknown or rejected.", file=out)
        return
    for c in claims:
        print(
            f"#{c.id}\t{c.state.value}\t{c.connection}\t{c.target_name}\t{c.summary}\t{c.message}",
            file=out,
        )


def _open_for(workspace: Workspace, claims: list[OutboxClaim]) -> list[str]:
    """Open the profiles these claims go to; a sentence for each that cannot open."""
    problems = []
    for name in dict.fromkeys(c.connection for c in claims):
        try:
            workspace.open_profile(name)
        except (ProfileError, KeyringUnavailable) as error:
            problems.append(f"{name}: {error}")
    return problems


def run_outbox(args: argparse.Namespace, workspace: Workspace | None = None) -> int:
    owned = workspace is None
    workspace = workspace or Workspace()
    try:
        return _run(args, workspace)
    finally:
        if owned:
            workspace.close()


def _run(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        service = workspace.outbox()
        if args.retry:
            requeued, unknown = service.recover()
            if requeued or unknown:
                print(
                    f"After an interruption: {requeued} re-queued, {unknown} marked unknown.",
                    file=sys.stderr,
                )
            queued = service.outbox.claims(states=[State.QUEUED])
            problems = _open_for(workspace, queued)
            for claim in queued:
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
            for problem in problems:
                print(f"claimdesk outbox: cannot send for {problem}", file=sys.stderr)
        waiting = service.outbox.claims(states=ATTENTION)
        _print(waiting)
    except (OSError, RuntimeError) as error:
        print(f"claimdesk outbox: {error}", file=sys.stderr)
        return USAGE
    counts = service.outbox.counts()
    return SOME_FAILED if counts[State.UNKNOWN] or counts[State.REJECTED] else OK

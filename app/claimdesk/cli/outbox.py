"""``claimdesk outbox [--retry]``: what is waiting or needs a look, and sending it;
``claimdesk outbox resolve ID --accepted|--resend`` settles a claim of unknown outcome."""

from __future__ import annotations

import argparse
import sys

from claimdesk.service.outbox import (
    InvalidTransition,
    OutboxClaim,
    OutboxService,
    SenderBusy,
    State,
    StorageFault,
)
from claimdesk.service.profiles import KeyringUnavailable, ProfileError
from claimdesk.service.workspace import Workspace

OK, SOME_FAILED, USAGE = 0, 1, 2
ATTENTION = (State.QUEUED, State.SENDING, State.UNKNOWN, State.REJECTED)


def _print(claims: list[OutboxClaim]) -> None:
    out = sys.stdout
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
    action = getattr(args, "action", None)
    if action is None and (getattr(args, "accepted", False) or getattr(args, "resend", False)):
        print("claimdesk outbox: --accepted and --resend go with 'resolve ID'", file=sys.stderr)
        return USAGE
    try:
        service = workspace.outbox()
        if action == "resolve":
            return _resolve(args, workspace, service)
        if args.retry:
            _retry(workspace, service)
        waiting = service.outbox.claims(states=ATTENTION)
        _print(waiting)
        counts = service.outbox.counts()
    except SenderBusy as error:
        print(f"claimdesk outbox: {error}", file=sys.stderr)
        return SOME_FAILED
    except (OSError, RuntimeError, StorageFault) as error:
        print(f"claimdesk outbox: {error}", file=sys.stderr)
        return USAGE
    left = counts[State.QUEUED] + counts[State.SENDING] + counts[State.UNKNOWN]
    return SOME_FAILED if left or counts[State.REJECTED] else OK


def _retry(workspace: Workspace, service: OutboxService) -> None:
    requeued, unknown = service.recover()
    if requeued or unknown:
        print(
            f"After an interruption: {requeued} re-queued, {unknown} marked unknown.",
            file=sys.stderr,
        )
    queued = service.outbox.claims(states=[State.QUEUED])
    problems = _open_for(workspace, queued)
    # Every waiting claim due now, in one statement: one that another ClaimDesk took to
    # send meanwhile is simply no longer waiting (claim by claim, that was a crash).
    service.outbox.all_due_now()
    tty = sys.stderr.isatty()

    def progress(sent: int) -> None:
        if tty:
            print(f"\rsent {sent}", end="", file=sys.stderr, flush=True)

    sent = service.send_queued(progress=progress)
    if tty:
        print(file=sys.stderr)
    counts = service.outbox.counts()
    print(
        f"Sent {sent} attempt(s): {counts[State.ACCEPTED]} accepted, "
        f"{counts[State.QUEUED]} still queued, {counts[State.UNKNOWN]} unknown, "
        f"{counts[State.REJECTED]} rejected."
    )
    for problem in problems:
        print(f"claimdesk outbox: cannot send for {problem}", file=sys.stderr)


def _resolve(args: argparse.Namespace, workspace: Workspace, service: OutboxService) -> int:
    if args.claim_id is None or not (args.accepted or args.resend):
        print(
            "claimdesk outbox: say 'resolve ID --accepted' or 'resolve ID --resend'",
            file=sys.stderr,
        )
        return USAGE
    try:
        claim = service.resolve(args.claim_id, accepted=args.accepted)
    except KeyError:
        print(f"claimdesk outbox: there is no claim #{args.claim_id}", file=sys.stderr)
        return USAGE
    except InvalidTransition:
        state = service.outbox.get(args.claim_id).state.value
        print(
            f"claimdesk outbox: claim #{args.claim_id} is {state}, not unknown: nothing to resolve",
            file=sys.stderr,
        )
        return USAGE
    if args.accepted:
        print(f"#{claim.id}\taccepted\t{claim.summary}")
        return OK
    problems = _open_for(workspace, [claim])
    for problem in problems:
        print(f"claimdesk outbox: cannot send for {problem}", file=sys.stderr)
    service.send_ids([claim.id])
    claim = service.outbox.get(claim.id)
    print(f"#{claim.id}\t{claim.state.value}\t{claim.summary}\t{claim.message}")
    return OK if claim.state is State.ACCEPTED else SOME_FAILED

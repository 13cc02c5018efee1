""" "Copy details": one plain-text block a person can paste to support when something went
wrong — the time, the platform, the connection (its address and non-secret settings), what
was sent (field labels and values, never credentials), the status, the server's own words,
and ClaimDesk's version. Built here, without Qt, for every error banner, every failed
connection test and every claim's attempts in the outbox; every block passes through the
redaction last.

Guess: the block is in English whatever the window's language, like the log: it is read by
support, and the server's words and field values are shown as they are."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimdesk.domain.issues import Issue
from claimdesk.errors import ClaimDeskError
from claimdesk.redaction import redact
from claimdesk.service.platforms import PLATFORM_NAMES, entry

if TYPE_CHECKING:
    from claimdesk.service.connections import Connection
    from claimdesk.service.profiles import Profile
    from claimdesk.storage.outbox import Attempt, OutboxClaim


@dataclass(frozen=True)
class DetailsContext:
    """Where it happened: the platform and the connection, without secrets."""

    platform: str = ""  # "MyRewards", …
    connection: str = ""  # the connection's name
    address: str = ""  # "MyRewards at https://…", or the URL
    settings: Mapping[str, str] = field(default_factory=dict)  # non-secret settings


def context_of_profile(profile: Profile) -> DetailsContext:
    """A profile's connection: its platform, name, URL and non-secret settings."""
    secret = set(entry(profile.platform).secret_names)
    return DetailsContext(
        platform=PLATFORM_NAMES.get(profile.platform, profile.platform),
        connection=profile.name,
        address=profile.url,
        settings={k: v for k, v in profile.settings.items() if k not in secret},
    )


def context_of(connection: Connection | None) -> DetailsContext:
    """An open connection (its description names the platform and address)."""
    if connection is None:
        return DetailsContext()
    return DetailsContext(
        platform=connection.service.platform_name,
        connection=connection.name,
        address=connection.description,
    )


def _when(moment: dt.datetime | None) -> str:
    moment = moment or dt.datetime.now(dt.UTC)
    local = moment.astimezone()
    return (
        f"{local.isoformat(sep=' ', timespec='seconds')} ({moment.astimezone(dt.UTC):%H:%M:%S} UTC)"
    )


def _status(status: int | None) -> str:
    return f"HTTP {status}" if status else "no answer from the server"


def details_text(
    what: str,
    context: DetailsContext,
    *,
    message: str = "",
    sent: Iterable[tuple[str, str]] = (),
    status: int | None = None,
    answered: bool | None = None,
    server_words: str = "",
    reasons: Sequence[Issue] = (),
    labels: Mapping[str, str] | None = None,
    when: dt.datetime | None = None,
    more: Sequence[str] = (),
) -> str:
    """The block. ``sent`` is (label, value) pairs; ``answered`` False says no answer came
    (None: not known)."""
    from claimdesk import __version__

    lines = [
        f"ClaimDesk {__version__} — details",
        f"Time: {_when(when)}",
        f"What: {what}",
        f"Platform: {context.platform or 'not known'}",
        f"Connection: {context.connection or 'not known'}",
    ]
    if context.address:
        lines.append(f"Address: {context.address}")
    for name, value in context.settings.items():
        if value:
            lines.append(f"Setting {name}: {value}")
    if answered is False and not status:
        lines.append("Status: no answer from the server")
    elif status or answered:
        lines.append(f"Status: {_status(status)}")
    if message:
        lines.append(f"Message: {message}")
    if server_words:
        lines.append(f"The server's words: {server_words}")
    if reasons:
        lines.append("Reasons:")
        lines += [f"  {issue.describe((labels or {}).get(issue.field or ''))}" for issue in reasons]
    shown = [(label, value) for label, value in sent if value]
    if shown:
        lines.append("Sent:")
        lines += [f"  {label}: {value}" for label, value in shown]
    lines += more
    return redact("\n".join(lines)) + "\n"


def error_details(
    what: str,
    error: BaseException,
    context: DetailsContext,
    *,
    sent: Iterable[tuple[str, str]] = (),
    when: dt.datetime | None = None,
) -> str:
    """An error as raised: its sentence, status, the server's words and reasons."""
    status = error.status if isinstance(error, ClaimDeskError) else None
    answer = error.answer if isinstance(error, ClaimDeskError) else ""
    issues: Sequence[Issue] = getattr(error, "issues", ())
    return details_text(
        what,
        context,
        message=str(error) or type(error).__name__,
        sent=sent,
        status=status,
        answered=True if status else None,
        server_words=answer,
        reasons=issues,
        when=when,
    )


def connection_test_details(
    profile: Profile, error: BaseException, when: dt.datetime | None = None
) -> str:
    """A failed "Test connection": the profile's settings were what was sent (its secrets
    only as "set")."""
    context = context_of_profile(profile)
    names = entry(profile.platform).secret_names
    sent = [("Secrets", ", ".join(f"{n.replace('_', ' ')} (not shown)" for n in names))]
    return error_details("Test connection", error, context, sent=sent, when=when)


def claim_details(
    claim: OutboxClaim,
    attempts: Sequence[Attempt],
    labels: Mapping[str, str] | None = None,
    context: DetailsContext | None = None,
) -> str:
    """A claim of the outbox and every attempt to send it, the newest last."""
    context = context or DetailsContext(
        platform=PLATFORM_NAMES.get(claim.platform, claim.platform), connection=claim.connection
    )
    names = labels or {}
    more = [f"Attempts ({len(attempts)}):"] if attempts else ["Attempts: none yet"]
    for number, attempt in enumerate(attempts, 1):
        outcome = attempt.outcome or "in progress"
        more.append(
            f"  {number}. {_when(attempt.started_at)}: {outcome}, {_status(attempt.http_status)}"
            + (f", request {attempt.request_id}" if attempt.request_id else "")
        )
        if attempt.message:
            more.append(f"     {attempt.message}")
    last = attempts[-1] if attempts else None
    return details_text(
        f"Claim #{claim.id} for {claim.target_name} ({claim.state.value})",
        context,
        message=claim.message,
        sent=[(names.get(k, k), v) for k, v in claim.values.items()],
        status=last.http_status if last else None,
        reasons=claim.issues,
        labels=names,
        when=last.finished_at or last.started_at if last else claim.updated_at,
        more=more,
    )

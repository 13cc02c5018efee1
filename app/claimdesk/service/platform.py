"""What the window and the command line need from any platform, and the values they get
back. Each platform's service (``service/myrewards.py``, ``service/claret.py``, …)
implements ``PlatformService`` (usually on ``ServiceBase``) and declares what it can do in
its ``Capabilities``: callers read those, they never guess with ``hasattr``. The UI holds no
platform-specific code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.fields import FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.domain.translation import translate
from claimdesk.errors import (
    AmbiguousOutcome,
    ClaimDeskError,
    RejectedError,
)


class Outcome(StrEnum):
    ACCEPTED = "accepted"  # stored, and (where the platform says so) a claim was created
    NOT_EARNING = "not_earning"  # stored by HTTP, but the platform created no claim
    INVALID = "invalid"  # local rules failed: nothing was sent
    REJECTED = "rejected"  # the platform refused the content: nothing stored
    FAILED = "failed"  # auth, unreachable, server error: nothing stored
    UNKNOWN = "unknown"  # the request may or may not have been stored


@dataclass(frozen=True)
class SubmitResult:
    outcome: Outcome
    message: str
    issues: tuple[Issue, ...] = ()
    points: int | None = None
    claim_ids: tuple[str, ...] = ()
    retryable: bool = False
    retry_after: float | None = None  # seconds the platform asked to wait (429, 503)
    http_status: int | None = None


@dataclass(frozen=True)
class Target:
    """What a claim is entered against: a MyRewards promotion, a Claret sale type, a Peak
    object, a Thalamus touchpoint."""

    key: str
    name: str
    status: str = ""
    # Why no claim can be entered for it (a MyRewards promotion that takes no sales
    # data), or "" when one can: listed, said, never loaded as a form.
    unavailable: str = ""

    @property
    def display(self) -> str:
        suffix = f" ({self.status})" if self.status and self.status != "active" else ""
        if self.unavailable:
            return translate("Service", "{name}{suffix} — not available: {reason}").format(
                name=self.name, suffix=suffix, reason=self.unavailable
            )
        return f"{self.name}{suffix}"


@dataclass(frozen=True)
class LoadedForm:
    """A target's schema and whatever its rules need (reward points, catalogues)."""

    target: Target
    schema: FormSchema
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    summary: str = ""
    context: Any = None
    earns_points: bool = False  # the platform estimates points (MyRewards)
    # Kept from one claim to the next: a rep usually enters several sales in a row.
    sticky_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Probe:
    """What "Test connection" proved by real requests, one plain sentence each ("Signed in
    as demo-partner.", "May read promotions: 2 found."), and settings it found out that the
    profile should keep (Peak's upload path)."""

    proved: tuple[str, ...]
    learned: Mapping[str, str] = field(default_factory=dict)


class AdminTool(StrEnum):
    """A window beside the claim form that a platform may offer (``PlatformService.admin``)."""

    REWARD_POINTS = "reward_points"  # service.reward_points.RewardPointsService
    SALES = "sales"  # service.sales.SalesBrowser
    RETURNS = "returns"  # service.returns.ReturnsDesk (MyRewards returned claims)


@dataclass(frozen=True)
class Capabilities:
    """What a platform's service can do, declared once by the service itself."""

    claims_per_request: int = 1  # >1: submit_many sends up to that many per request
    # Requests submit_many keeps in flight at once (Thalamus: one sale a request, several
    # requests together). The outbox hands a service claims_per_request × this many claims
    # at a time and marks just those as sending, so an interrupted send leaves no more in
    # doubt than were really on their way.
    concurrent_requests: int = 1
    resend_is_safe: bool = False  # a resend cannot double a claim
    batch_rules: bool = False  # check_rows adds rules across rows
    generated_fields: tuple[str, ...] = ()  # left out of duplicate fingerprints
    admin_tools: tuple[AdminTool, ...] = ()

    @property
    def claims_per_send(self) -> int:
        """Claims handed to ``submit_many`` at once."""
        return max(1, self.claims_per_request) * max(1, self.concurrent_requests)


def _stop_nothing() -> None:
    return None


@runtime_checkable
class PlatformService(Protocol):
    platform: str  # "myrewards", "claret", "peak", "thalamus"
    platform_name: str  # "MyRewards", ...
    target_noun: str  # "Promotion", "Sale type", …, shown as the target list's label
    capabilities: Capabilities

    def targets(self) -> list[Target]: ...

    def load_form(self, target: Target) -> LoadedForm: ...

    def check(self, form: LoadedForm, values: Mapping[str, object]) -> ClaimCheck: ...

    def prepare(self, form: LoadedForm, values: Mapping[str, str]) -> dict[str, str]:
        """The values as they are queued: what ClaimDesk generates for the claim (Thalamus's
        transaction ID left blank) filled in once, so that every attempt sends the same."""
        ...

    def settle(self, values: Mapping[str, str], *, stored: bool) -> None:
        """The user settled a claim of unknown outcome: found on the platform (``stored``)
        or found not stored, to be sent again (Thalamus frees its transaction ID then)."""
        ...

    def check_rows(
        self, form: LoadedForm, rows: Sequence[Mapping[str, object]]
    ) -> list[ClaimCheck]:
        """One check per row, in order; with ``capabilities.batch_rules`` also the rules
        that look across rows (Peak: a primary key repeated within one batch)."""
        ...

    def submit(self, form: LoadedForm, values: Mapping[str, object]) -> SubmitResult: ...

    def submit_many(
        self, form: LoadedForm, rows: Sequence[Mapping[str, object]]
    ) -> list[SubmitResult]:
        """One result per row, in order; never raises a ClaimDeskError. Up to
        ``capabilities.claims_per_request`` rows share one request."""
        ...

    def warning(self, form: LoadedForm) -> str | None:
        """A caution the user must confirm once per connection before the first send
        (Claret's POST is beta), or None."""
        ...

    def probe(self) -> Probe:
        """Real requests that prove the connection works ("Test connection"); raises the
        connector's error (naming the platform and the credential concerned) when not."""
        ...

    def served_from_cache(self) -> dt.datetime | None:
        """When the last answers came from the offline cache: their fetch time, else None."""
        ...

    def admin(self, tool: AdminTool) -> object:
        """The service behind an admin window in ``capabilities.admin_tools``
        (REWARD_POINTS: a RewardPointsService, SALES: a SalesBrowser); LookupError for a
        tool the platform does not offer."""
        ...

    def watch_forms(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """Call ``listener(target_key)`` (from any thread) when a target's form changed
        behind the form's back (an admin edited MyRewards' reward points); returns the
        function that stops listening."""
        ...

    def refreshed_form(self, form: LoadedForm) -> LoadedForm | None:
        """The form rebuilt on what changed since (no network), or None when nothing did."""
        ...

    def close(self) -> None: ...


class _Transport(Protocol):
    served_from_cache: dt.datetime | None


class _Connector(Protocol):
    @property
    def http(self) -> _Transport: ...

    def close(self) -> None: ...


class ServiceBase:
    """Defaults of ``PlatformService`` so that a platform's service writes only what it
    has: rows checked and sent one by one, no admin tool, forms that never change."""

    platform: str
    platform_name: str
    target_noun: str
    capabilities = Capabilities()
    connector: _Connector

    def targets(self) -> list[Target]:
        raise NotImplementedError

    def check(self, form: LoadedForm, values: Mapping[str, object]) -> ClaimCheck:
        raise NotImplementedError

    def submit(self, form: LoadedForm, values: Mapping[str, object]) -> SubmitResult:
        raise NotImplementedError

    def prepare(self, form: LoadedForm, values: Mapping[str, str]) -> dict[str, str]:
        return dict(values)

    def settle(self, values: Mapping[str, str], *, stored: bool) -> None:
        return None

    def check_rows(
        self, form: LoadedForm, rows: Sequence[Mapping[str, object]]
    ) -> list[ClaimCheck]:
        return [self.check(form, row) for row in rows]

    def submit_many(
        self, form: LoadedForm, rows: Sequence[Mapping[str, object]]
    ) -> list[SubmitResult]:
        return [self.submit(form, row) for row in rows]

    def warning(self, form: LoadedForm) -> str | None:
        return None

    def probe(self) -> Probe:
        # Only right where targets() asks the server; a platform whose targets are local
        # (Claret's sale types, Peak's object) must make its own request.
        found = self.targets()
        return Probe(
            (
                translate("Service", "{count} {noun}(s) found.").format(
                    count=len(found), noun=translate("Service", self.target_noun).lower()
                ),
            )
        )

    def served_from_cache(self) -> dt.datetime | None:
        return self.connector.http.served_from_cache

    def admin(self, tool: AdminTool) -> object:
        raise LookupError(f"{self.platform_name} offers no {tool.value} tool")

    def watch_forms(self, listener: Callable[[str], None]) -> Callable[[], None]:
        return _stop_nothing

    def refreshed_form(self, form: LoadedForm) -> LoadedForm | None:
        return None

    def close(self) -> None:
        self.connector.close()


def invalid_result(check: ClaimCheck) -> SubmitResult:
    fields = {i.field for i in check.issues}
    count = len(fields)
    return SubmitResult(
        Outcome.INVALID,
        (
            translate("Service", "Not sent: 1 field to correct.")
            if count == 1
            else translate("Service", "Not sent: {count} fields to correct.").format(count=count)
        ),
        check.issues,
    )


def result_from_error(error: ClaimDeskError, schema: FormSchema) -> SubmitResult:
    """Every connector error as the outcome a person reads; issues on fields the form
    does not have become record-level issues that name the field."""
    if isinstance(error, RejectedError):
        issues = tuple(
            i if i.field in schema else Issue(None, i.code, i.describe()) for i in error.issues
        )
        return SubmitResult(Outcome.REJECTED, error.message, issues, http_status=error.status)
    if isinstance(error, AmbiguousOutcome):
        return SubmitResult(Outcome.UNKNOWN, error.message, http_status=error.status)
    return SubmitResult(
        Outcome.FAILED,
        error.message,
        retryable=error.retryable,
        retry_after=error.retry_after,
        http_status=error.status,
    )

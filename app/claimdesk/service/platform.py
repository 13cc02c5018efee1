"""What the window and the command line need from any platform, and the values they get
back. Each platform's service (``service/myrewards.py``, ``service/claret.py``, …)
implements ``PlatformService``; the UI holds no platform-specific code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
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

    @property
    def display(self) -> str:
        suffix = f" ({self.status})" if self.status and self.status != "active" else ""
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


@runtime_checkable
class PlatformService(Protocol):
    platform: str  # "myrewards", "claret", "peak", "thalamus"
    platform_name: str  # "MyRewards", ...
    target_noun: str  # "Promotion", "Sale type", …, shown as the target list's label

    def targets(self) -> list[Target]: ...

    def load_form(self, target: Target) -> LoadedForm: ...

    def check(self, form: LoadedForm, values: Mapping[str, object]) -> ClaimCheck: ...

    def submit(self, form: LoadedForm, values: Mapping[str, object]) -> SubmitResult: ...

    def warning(self, form: LoadedForm) -> str | None:
        """A caution the user must confirm once per connection before the first send
        (Claret's POST is beta), or None."""
        ...

    def close(self) -> None: ...


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
    wait = getattr(error, "retry_after", None)
    return SubmitResult(
        Outcome.FAILED,
        error.message,
        retryable=error.retryable,
        retry_after=wait,
        http_status=error.status,
    )

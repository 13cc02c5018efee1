"""``ClaimService``: one claim from typed-in values to the platform's answer, shared by the
window and the command line. Every outcome comes back as a value the caller renders."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from claimdesk.connectors.errors import (
    AmbiguousOutcome,
    AuthError,
    ClaimDeskError,
    RateLimited,
    RejectedError,
    TransientError,
)
from claimdesk.connectors.myrewards import MyRewardsConnector
from claimdesk.domain.fields import FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import (
    ClaimCheck,
    Promotion,
    RewardPoint,
    RewardPointIndex,
    build_claim_schema,
    check_claim,
    claim_payload,
    field_of_server_message,
)

log = logging.getLogger("claimdesk.service")


class Outcome(StrEnum):
    ACCEPTED = "accepted"  # stored, and a claim was created
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
    claim_ids: tuple[int, ...] = ()
    retryable: bool = False


@dataclass(frozen=True)
class PromotionForm:
    """Everything needed to fill and check a claim for one promotion."""

    promotion: Promotion
    schema: FormSchema
    reward_points: tuple[RewardPoint, ...]
    fetched_at: dt.datetime
    index: RewardPointIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", RewardPointIndex(self.reward_points))


class ClaimService:
    def __init__(
        self, connector: MyRewardsConnector, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self.connector = connector
        self._today = today

    @property
    def base_url(self) -> str:
        return self.connector.http.base_url

    def promotions(self) -> list[Promotion]:
        """Promotions a claim can be entered for (archived ones are left out), by name."""
        found = [p for p in self.connector.promotions() if p.status != "archived"]
        return sorted(found, key=lambda p: (p.status != "active", p.name.casefold()))

    def load_form(self, promotion: Promotion) -> PromotionForm:
        fields = self.connector.data_fields(promotion.id)
        reward_points = tuple(self.connector.reward_points(promotion.id))
        schema = build_claim_schema(promotion, fields, reward_points, today=self._today())
        return PromotionForm(promotion, schema, reward_points, dt.datetime.now(dt.UTC))

    def check(self, form: PromotionForm, values: Mapping[str, object]) -> ClaimCheck:
        return check_claim(form.schema, values, form.index)

    def submit(self, form: PromotionForm, values: Mapping[str, object]) -> SubmitResult:
        """Check locally, then send one claim; never raises a ClaimDeskError."""
        checked = self.check(form, values)
        if not checked.ok:
            count = len(checked.issues)
            return SubmitResult(
                Outcome.INVALID,
                f"Not sent: {count} field{'s' if count > 1 else ''} to correct.",
                checked.issues,
            )
        record = claim_payload(form.schema, checked.values)
        try:
            answer = self.connector.submit_claims(form.promotion.id, [record])
        except RejectedError as error:
            return SubmitResult(Outcome.REJECTED, error.message, self._known_fields(form, error))
        except AmbiguousOutcome as error:
            return SubmitResult(Outcome.UNKNOWN, error.message)
        except (AuthError, TransientError, RateLimited) as error:
            return SubmitResult(Outcome.FAILED, error.message, retryable=error.retryable)
        except ClaimDeskError as error:
            return SubmitResult(Outcome.FAILED, error.message)
        result = answer.results[0]
        if not result.created:
            issues = tuple(
                Issue(field_of_server_message(m, form.schema), "server", m) for m in result.errors
            )
            reasons = "; ".join(result.errors) or "no reason given"
            return SubmitResult(
                Outcome.NOT_EARNING,
                f"The platform received the claim but created none, so it earns no points: "
                f"{reasons}.",
                issues,
            )
        ids = tuple(c.id for c in result.created if c.id is not None)
        log.info("claim accepted for promotion %s: ids %s", form.promotion.id, ids)
        return SubmitResult(
            Outcome.ACCEPTED,
            f"Accepted: claim {', '.join(map(str, ids))} earns {result.points} points.",
            points=result.points,
            claim_ids=ids,
        )

    @staticmethod
    def _known_fields(form: PromotionForm, error: RejectedError) -> tuple[Issue, ...]:
        """Server issues keep their field when it is one of the form's, else apply to all."""
        return tuple(
            i if i.field in form.schema else Issue(None, i.code, i.describe()) for i in error.issues
        )

"""MyRewards performance over HTTP: promotions, data fields, reward points (every page),
and claims (an all-or-nothing batch), as typed models."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import requests
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from claimdesk.connectors.http import HttpClient, json_body, parse_answer
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import DataField, Promotion, RewardPoint
from claimdesk.errors import AmbiguousOutcome, PermanentError, RejectedError
from claimdesk.redaction import register_secret

PAGE_SIZE = 100
MAX_PAGES = 10_000  # a guard against a server that never returns a short page
API = "/api/v2/performance"

_FIELD_PREFIX = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+)$", re.S)


class ClaimInfo(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: int | None = None
    state: str | None = None
    points: int | None = None


class CreatedClaim(BaseModel):
    model_config = ConfigDict(extra="ignore")
    claim: ClaimInfo = ClaimInfo()
    errors: list[str] = []


class RecordResult(BaseModel):
    model_config = ConfigDict(extra="ignore")
    claims: list[CreatedClaim] = []

    @property
    def created(self) -> list[ClaimInfo]:
        return [c.claim for c in self.claims if c.claim.id is not None]

    @property
    def errors(self) -> list[str]:
        return [e for c in self.claims for e in c.errors]

    @property
    def points(self) -> int:
        return sum(c.points or 0 for c in self.created)


class SubmissionResult(BaseModel):
    """The 201 answer: one result per record sent, in order. A record can be 'accepted'
    by HTTP and still create no claim (user, product or reward not found)."""

    model_config = ConfigDict(extra="ignore")
    results: list[RecordResult]

    def unearned(self) -> list[tuple[int, list[str]]]:
        """(index, reasons) of records that created no claim."""
        return [
            (i, r.errors or ["no claim was created"])
            for i, r in enumerate(self.results)
            if not r.created
        ]


_promotions = TypeAdapter(list[Promotion])
_data_fields = TypeAdapter(list[DataField])
_reward_points = TypeAdapter(list[RewardPoint])


def _parse(adapter: TypeAdapter[Any], payload: Any, what: str) -> Any:
    return parse_answer(adapter.validate_python, payload, what)


def issues_from_errors(errors: Any) -> tuple[Issue, ...]:
    """MyRewards error strings are "field: message" (or a bare message); objects with
    ``field``/``message`` are read too."""
    if isinstance(errors, str | dict):
        errors = [errors]
    if not isinstance(errors, list):
        return ()
    issues: list[Issue] = []
    for item in errors:
        if isinstance(item, dict):
            field = item.get("field") or item.get("attribute")
            issues.append(
                Issue(
                    str(field) if field else None,
                    "server",
                    str(item.get("message") or item.get("error") or item),
                )
            )
            continue
        text = str(item)
        match = _FIELD_PREFIX.match(text)
        if match:
            issues.append(Issue(match.group(1), "server", match.group(2).strip()))
        else:
            issues.append(Issue(None, "server", text.strip()))
    return tuple(issues)


def rejection(response: requests.Response) -> RejectedError:
    """422 (or 400): ``{"errors": [...], "index_of_failed_data": N}``."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return RejectedError(
            f"The server refused the request (HTTP {response.status_code}) without saying why.",
            status=response.status_code,
        )
    issues = issues_from_errors(body.get("errors"))
    index = body.get("index_of_failed_data")
    index = index if isinstance(index, int) and not isinstance(index, bool) else None
    reasons = "; ".join(i.describe() for i in issues) or "no reason given"
    where = f" Record {index + 1} was refused, so nothing was stored." if index is not None else ""
    return RejectedError(
        f"The server refused the request: {reasons}.{where}",
        issues,
        record_index=index,
        status=response.status_code,
    )


@dataclass(frozen=True)
class MyRewardsCredentials:
    api_key: str
    secret_key: str

    def header(self) -> str:
        return f"Token token={self.api_key}:{self.secret_key}"


class MyRewardsConnector:
    platform = "myrewards"

    def __init__(
        self, base_url: str, credentials: MyRewardsCredentials, *, http: HttpClient | None = None
    ) -> None:
        register_secret(credentials.secret_key)
        register_secret(credentials.header())
        self.http = http or HttpClient(base_url, {"Authorization": credentials.header()})

    def close(self) -> None:
        self.http.close()

    def promotions(self) -> list[Promotion]:
        response = self.http.send("GET", f"{API}/promotions", idempotent=True)
        result: list[Promotion] = _parse(_promotions, json_body(response), "promotions")
        return result

    def data_fields(self, promotion_id: int) -> list[DataField]:
        response = self.http.send(
            "GET", f"{API}/promotions/{promotion_id}/data_fields", idempotent=True
        )
        result: list[DataField] = _parse(_data_fields, json_body(response), "data fields")
        return result

    def reward_point_pages(self, promotion_id: int) -> Iterator[list[RewardPoint]]:
        """Each page in turn (100 a page), fetched when asked for; stops after a short page."""
        for page in range(1, MAX_PAGES + 1):
            response = self.http.send(
                "GET",
                f"{API}/promotions/{promotion_id}/reward_points",
                params={"page": page},
                idempotent=True,
            )
            items: list[RewardPoint] = _parse(_reward_points, json_body(response), "reward points")
            if items:
                yield items
            if len(items) < PAGE_SIZE:
                return
        raise PermanentError(f"The server kept sending full pages past page {MAX_PAGES}.")

    def reward_points(self, promotion_id: int) -> list[RewardPoint]:
        return [rp for page in self.reward_point_pages(promotion_id) for rp in page]

    def create_reward_point(self, promotion_id: int, body: Mapping[str, Any]) -> RewardPoint:
        response = self.http.send(
            "POST",
            f"{API}/promotions/{promotion_id}/reward_points",
            json=dict(body),
            idempotent=False,
            rejection=rejection,
        )
        created: RewardPoint = _parse(TypeAdapter(RewardPoint), json_body(response), "reward point")
        return created

    def update_reward_point(
        self, promotion_id: int, reward_point_id: int, changes: Mapping[str, Any]
    ) -> RewardPoint:
        # A PATCH of the same values twice leaves the same record: safe to retry.
        response = self.http.send(
            "PATCH",
            f"{API}/promotions/{promotion_id}/reward_points/{reward_point_id}",
            json=dict(changes),
            idempotent=True,
            rejection=rejection,
        )
        updated: RewardPoint = _parse(TypeAdapter(RewardPoint), json_body(response), "reward point")
        return updated

    def submit_claims(
        self, promotion_id: int, records: Sequence[Mapping[str, Any]]
    ) -> SubmissionResult:
        """POST the batch. All-or-nothing on the server: a RejectedError means none stored."""
        response = self.http.send(
            "POST",
            f"{API}/promotions/{promotion_id}/data",
            json={"data": [dict(r) for r in records]},
            idempotent=False,
            rejection=rejection,
        )
        try:
            result = SubmissionResult.model_validate(response.json())
        except (ValueError, ValidationError):
            raise AmbiguousOutcome(
                f"The server accepted the request (HTTP {response.status_code}) but its answer "
                "could not be read, so it is unknown which claims earn points. Check on the "
                "platform before sending again.",
                status=response.status_code,
            ) from None
        if len(result.results) != len(records):
            raise AmbiguousOutcome(
                f"The server accepted the request but answered for {len(result.results)} of "
                f"{len(records)} records. Check on the platform before sending again.",
                status=response.status_code,
            )
        return result
